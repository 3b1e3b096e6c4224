"""The command line: parse, call the service, print. The only code that prints or exits.

``main()`` is the console script. The commands live by theme in ``ranking``,
``modelling``, ``files``, ``exporting`` and ``exploring`` (its Textual app in
``explore_app``); each has a ``register(command, h)``.
Their bodies import what they need when they run, so ``--help`` stays fast.
"""

import importlib
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from partnerkeuze._version import __version__
from partnerkeuze.language import Language, default_language, parse_language
from partnerkeuze.language.texts import help_text

_MODULES = {
    "rank": "ranking", "sensitivity": "ranking", "validate": "files", "criteria": "files",
    "export": "exporting", "weights": "modelling", "profiles": "modelling", "init": "files",
    "compare": "modelling", "schema": "files", "portfolio": "exporting", "explore": "exploring",
}
"""Every command and its module (``main()`` imports only the one it runs), in the order ``--help`` lists them."""
COMMANDS = tuple(_MODULES)


def _language_from_argv(argv: list[str]) -> Language:
    """The --lang given on the command line, before typer parses it (for --help texts)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return parse_language(argv[i + 1])
        if arg.startswith("--lang="):
            return parse_language(arg.split("=", 1)[1])
    return default_language()


def build_app(language: Language, only: str | None = None) -> typer.Typer:
    """The typer application, with help texts in ``language``.

    ``only``: register just that command. Why: typer inspects every command's
    signature each time the program starts (about 10 ms on the 2-core reference
    machine, issue #7); a run of ``rank`` only needs ``rank``.
    """
    from partnerkeuze.cli import dutch  # noqa: PLC0415

    group_class, command_class = dutch.classes(language)

    def h(key: str) -> str:
        return help_text(key, language)

    def command(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """``app.command`` for ``name``, unless another command is the only one wanted."""
        if only is not None and only != name:
            return lambda func: func
        return app.command(name=name, help=h(name), cls=command_class)

    app = typer.Typer(
        name="partnerkeuze",
        cls=group_class,
        help=h("app"),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def version_callback(value: bool) -> None:
        if value:
            typer.echo(f"partnerkeuze {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def main_callback(
        version: Annotated[
            bool, typer.Option("--version", help=h("version"), callback=version_callback, is_eager=True)
        ] = False,
    ) -> None:
        pass

    for name in sorted({_MODULES[c] for c in COMMANDS if only in (None, c)}):
        importlib.import_module(f"partnerkeuze.cli.{name}").register(command, h)
    app.registered_commands.sort(key=lambda info: COMMANDS.index(info.name or ""))
    return app


def __getattr__(name: str) -> Any:
    """``app``, the whole application, built on first use (tests, typer's own tools).

    main() does not use it: it builds the one command it runs.
    """
    if name == "app":
        globals()["app"] = built = build_app(default_language())
        return built
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def main() -> None:
    """Console-script entry point."""
    # partnerkeuze uses no pydantic plugins; looking for them reads the metadata of
    # every installed package (about 20 ms of every start). Only for this process.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # The Monte Carlo runs its chunks on its own threads (montecarlo.THREADS); BLAS
    # threads on top of those spin against them (measured: 1.4 s instead of 1.0 s).
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    argv = sys.argv[1:]
    completing = any(name.endswith("_COMPLETE") for name in os.environ)
    only = argv[0] if argv and argv[0] in COMMANDS and not completing else None
    build_app(_language_from_argv(argv), only)(prog_name="partnerkeuze")
