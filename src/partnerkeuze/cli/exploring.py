"""The ``explore`` command: move weights live in the terminal (``explore_app.py``).

The file is read and checked before textual loads, so a scenario with errors ends
like every other command (messages on stderr, exit code 1) and ``--help`` costs
nothing extra. ``--keys`` and ``--screenshot`` run the same app headless at 80 x 24.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import handle_errors
from partnerkeuze.errors import UsageError
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import t

# Key names --keys accepts besides single characters (textual's names).
KEY_NAMES = frozenset({
    "up", "down", "left", "right", "shift+left", "shift+right", "plus", "minus", "greater_than_sign",
    "less_than_sign", "question_mark", "enter", "escape", "tab", "backspace", "delete", "home", "end",
    "space", "full_stop",
})


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``explore`` (help texts through ``h``)."""

    @command("explore")
    @handle_errors
    def explore(
        file: Annotated[Path, options.scenario_file(h)],
        profiel: Annotated[str | None, options.profile(h)] = None,
        taak: Annotated[str | None, options.task(h)] = None,
        keys: Annotated[str | None, typer.Option("--keys", help=h("keys"), metavar="TOETS,TOETS")] = None,
        screenshot: Annotated[Path | None, typer.Option("--screenshot", help=h("screenshot"),
                                                        metavar="SCHERM.svg")] = None,
        force: Annotated[bool, typer.Option("--force", help=h("force"))] = False,
        lang: Annotated[str, options.lang(h)] = "nl",
    ) -> None:
        from partnerkeuze.app.explore import Explorer  # noqa: PLC0415 - keep --help fast

        set_language(parse_language(lang))
        pressed = parse_keys(keys) if keys is not None else None
        if screenshot is not None:  # before the replay: an existing file is the user's, as with export -o
            from partnerkeuze.atomic import check_target  # noqa: PLC0415

            check_target(screenshot, force=force, protect=[file])
        headless = pressed is not None or screenshot is not None
        if not headless and not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(t("explore.needs_terminal"))
        explorer = Explorer(file, taak, profiel)
        from partnerkeuze.cli import explore_app  # noqa: PLC0415 - textual: only for explore

        app = explore_app.ExploreApp(explorer, watch=not headless)
        if not headless:
            app.run()
            return
        text, svg = explore_app.replay(app, pressed or [], screenshot is not None)
        if screenshot is None:
            sys.stdout.write(text)
            return
        from partnerkeuze.atomic import write_atomic  # noqa: PLC0415

        write_atomic(screenshot, (svg or "").encode("utf-8"), force=force, protect=[file])


def parse_keys(text: str) -> list[str]:
    """``"right,right,s,enter,q"`` -> the keys; a single character or one of ``KEY_NAMES``."""
    keys = [part.strip() for part in text.split(",") if part.strip()]
    for key in keys:
        if len(key) != 1 and key not in KEY_NAMES:
            raise UsageError(t("explore.key_unknown", key=key))
    return keys
