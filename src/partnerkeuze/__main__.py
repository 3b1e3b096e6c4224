"""``python -m partnerkeuze``."""

from partnerkeuze.cli import main

main()
