"""What the commands print and how they fail: consoles, the error decorator, the progress bar."""

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from partnerkeuze.errors import PartnerkeuzeError, ScenarioError, ScenarioInvalid
from partnerkeuze.language.texts import t

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])


# emoji=False: rich would turn "scenario.yaml:100:5" into "scenario.yaml💯5" (and a
# name like ":smile:" into a face); markup=False alone does not stop that.
# markup=False: the renderers' tables hold the user's own text (a candidate "Gemeente
# [x]", a participant "Raad [/b]") as plain strings, which rich would read as markup:
# "[x]" would vanish and an unmatched "[/b]" raise MarkupError. Nothing we print is markup.
# rich is imported where something is printed with it: 'rank --json' needs none of it.
def out() -> "Console":
    """A console on stdout."""
    from rich.console import Console  # noqa: PLC0415

    return Console(highlight=False, emoji=False, markup=False)


def err() -> "Console":
    """A console on stderr: messages, notes, the progress bar."""
    from rich.console import Console  # noqa: PLC0415

    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False, markup=False)


def handle_errors(func: F) -> F:
    """Turn every user-caused error into a located message and a documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ScenarioInvalid as exc:
            console = err()
            for issue in exc.issues:
                console.print(str(issue), markup=False)
            raise typer.Exit(exc.exit_code) from None
        except ScenarioError as exc:
            err().print(str(exc.issue), markup=False)
            raise typer.Exit(exc.exit_code) from None
        except PartnerkeuzeError as exc:
            err().print(f"{t('cli.error_prefix')}: {exc}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        finally:
            _cache_warnings()

    return wrapper  # type: ignore[return-value]


def _cache_warnings() -> None:
    """Say once why the scenario cache was passed over (an unsafe folder or entry)."""
    cache = sys.modules.get("partnerkeuze.scenario.cache")  # not loaded: nothing to say
    if cache is None:
        return
    for reason in cache.warnings():
        err().print(f"{t('cache.warning')}: {reason}", markup=False)


class LazyProgress:
    """A progress bar on stderr that appears only once a run has taken a second.

    Why: most runs finish in a blink, and a bar that flashes by is noise.
    """

    def __init__(self, total: int) -> None:
        import time  # noqa: PLC0415

        self.clock = time.monotonic
        self.total = total
        self.started = self.clock()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int) -> None:
        if self.bar is None:
            if self.clock() - self.started < 1.0 or not err().is_terminal:
                return
            from rich.progress import Progress  # noqa: PLC0415

            self.bar = Progress(console=err(), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(t("cli.sampling_progress"), total=self.total)
        self.bar.update(self.task, completed=done)

    def __enter__(self) -> "LazyProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def progress(total: int) -> LazyProgress:
    """The progress callback for a run of ``total`` steps (shown only on a slow run)."""
    return LazyProgress(total)

