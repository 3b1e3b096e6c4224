"""The options several commands share, and the two things every ``register()`` receives.

Options are built per application because their help text is in the run's language;
a command module turns them into types with ``Annotated[str, options.lang(h)]``.
"""

from collections.abc import Callable
from typing import Any

import typer

from partnerkeuze.language import ENV_VAR

HelpText = Callable[[str], str]
"""``h(key)``: a ``--help`` text in the application's language (the catalogues' help.* keys)."""

Command = Callable[[str], Callable[[Callable[..., Any]], Callable[..., Any]]]
"""``command(name)``: registers a function as that command, unless main() runs another."""


def lang(h: HelpText) -> Any:
    return typer.Option("--lang", envvar=ENV_VAR, help=h("lang"), metavar="nl|en")


def scenario_file(h: HelpText) -> Any:
    return typer.Argument(help=h("file"), metavar="SCENARIO.yaml")


def as_json(h: HelpText) -> Any:
    return typer.Option("--json", help=h("json"))


def profile(h: HelpText) -> Any:
    return typer.Option("--profiel", "--profile", help=h("profiel"), metavar="NAAM")


def task(h: HelpText) -> Any:
    return typer.Option("--taak", "--task", help=h("taak"), metavar="ID")


def weight(h: HelpText) -> Any:
    return typer.Option("--weight", "-w", help=h("weight"), metavar="ID=WAARDE")


def samples(h: HelpText) -> Any:
    return typer.Option("--samples", "-n", help=h("samples"), min=0, metavar="AANTAL")


def seed(h: HelpText) -> Any:
    return typer.Option("--seed", help=h("seed"), min=0, metavar="GETAL")


def sampling(h: HelpText) -> Any:
    return typer.Option("--sampling", help=h("sampling"), metavar="rond|uniform")


def participant(h: HelpText) -> Any:
    return typer.Option("--deelnemer", "--participant", help=h("deelnemer"), metavar="BESTAND|MAP")
