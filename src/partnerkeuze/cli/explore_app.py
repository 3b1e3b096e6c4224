"""The Textual app of ``partnerkeuze explore``: widgets, keys, file watching, headless replay.

Only ``explore`` imports this module, so textual and watchfiles load for no other
command. The state and every number live in ``app/explore.py``; what the widgets show
comes from ``render/explore_view.py``. Reading the file (on a save in the editor, on
``t``) and writing a profile (``s``) run on a thread, so the screen stays live on a
large file; a file that is not valid shows its located messages in a panel and the
last valid state stays.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from rich.console import Console, Group
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key, Resize
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from partnerkeuze.app import explore, profilesave
from partnerkeuze.app.explore import Explorer
from partnerkeuze.errors import PartnerkeuzeError, ScenarioError, ScenarioInvalid
from partnerkeuze.language.texts import command_word, t
from partnerkeuze.render import explore_view as view

SIZE = (80, 24)
"""The terminal size of a headless run (``--keys``, ``--screenshot``): the smallest supported."""
MAX_MESSAGES = 6  # located messages shown in the panel of an invalid file
# Lines that are not rows of the two tables: header, footer, three gaps, two table headers.
_FRAME_LINES = 7

CSS = """
Screen { overflow: hidden; }
#header { height: 1; padding: 0 1; background: $panel; }
#criteria, #ranking, #sentences { height: auto; padding: 0 1; margin-top: 1; }
#notice { height: auto; padding: 0 1; }
#issues { height: auto; padding: 0 1; border: round $error; display: none; }
#footer { dock: bottom; height: 1; padding: 0 1; background: $panel; }
#header, #footer { text-wrap: nowrap; text-overflow: ellipsis; }
SaveScreen, KeysScreen { align: center middle; }
#dialog { width: 74; max-width: 100%; height: auto; border: round $accent; padding: 0 1; background: $surface; }
"""


class SaveScreen(ModalScreen[str | None]):
    """Asks for the file name to save to (the default filled in); Enter saves, Esc does not."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(t("explore.save_title"))
            yield Input(value=self.default, id="name")
            yield Static(Text(t("explore.save_hint"), style="dim"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class KeysScreen(ModalScreen[None]):
    """What each key does; any key closes it."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(view.keys_table())

    def on_key(self, event: Key) -> None:
        event.stop()
        self.dismiss(None)


class ExploreApp(App[None]):
    """One screen: criteria with their bars, the ranking, the sentences; keys move weights."""

    CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "select(-1)", show=False),
        Binding("down", "select(1)", show=False),
        Binding("right,plus", f"move({explore.STEP})", show=False),
        Binding("left,minus", f"move({-explore.STEP})", show=False),
        Binding("shift+right,greater_than_sign", f"move({explore.BIG_STEP})", show=False),
        Binding("shift+left,less_than_sign", f"move({-explore.BIG_STEP})", show=False),
        Binding("0", "zero", show=False),
        Binding("r", "reset", show=False),
        Binding("p", "profile", show=False),
        Binding("t", "task", show=False),
        Binding("s", "save", show=False),
        Binding("question_mark", "keys", show=False),
        Binding("q", "quit", show=False),
    ]

    def __init__(self, explorer: Explorer, *, watch: bool = True) -> None:
        super().__init__()
        self.explorer = explorer
        self.watching = watch
        self.notice: Text | None = None
        self.issues: list[str] = []
        self.first = 0  # the first criterion in view
        self._stop = asyncio.Event()

    def compose(self) -> ComposeResult:
        for name in ("header", "criteria", "ranking", "sentences", "notice", "issues", "footer"):
            yield Static(id=name)

    def on_mount(self) -> None:
        self.query_one("#footer", Static).update(view.footer())
        self.draw()
        if self.watching:
            self.run_worker(self._watch(), group="watch")

    def on_resize(self, event: Resize) -> None:
        self.draw()

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Stop watching the file first (else the watcher's thread holds up the exit)."""
        self._stop.set()
        super().exit(*args, **kwargs)

    # --- keys ---------------------------------------------------------------------------
    def action_select(self, step: int) -> None:
        self.explorer.select(step)
        self.draw(notice=None)

    def action_move(self, step: float) -> None:
        self.explorer.move(step)
        self.draw(notice=None)

    def action_zero(self) -> None:
        self.explorer.set_share(0.0)
        self.draw(notice=None)

    def action_reset(self) -> None:
        self.explorer.reset()
        self.draw(notice=None)

    def action_profile(self) -> None:
        changed = self.explorer.next_profile()
        self.draw(notice=None if changed else Text(t("explore.no_profiles")))

    def action_task(self) -> None:
        task = self.explorer.next_task_id()
        if task is None:
            self.draw(notice=Text(t("explore.no_tasks")))
            return
        self.run_worker(self._read(task, keep_weights=False), group="io")

    def action_save(self) -> None:
        default = profilesave.default_target(self.explorer.path).name
        self.push_screen(SaveScreen(default), self._save_to)

    def action_keys(self) -> None:
        self.push_screen(KeysScreen())

    # --- reading and writing --------------------------------------------------------------
    async def _watch(self) -> None:
        """Read the file again whenever it is saved (editors that write a new file and rename it too)."""
        from watchfiles import awatch  # noqa: PLC0415 - only for a live session

        target = self.explorer.path.resolve()

        def ours(_change: object, path: str) -> bool:
            return Path(path).resolve() == target

        async for _changes in awatch(target.parent, watch_filter=ours, stop_event=self._stop,
                                     recursive=False, rust_timeout=1000):
            await self._read(self.explorer.task, keep_weights=True)

    async def _read(self, task: str | None, *, keep_weights: bool) -> None:
        """Read the file (on a thread) and go on with it, or show why it is not valid."""
        try:
            source = await asyncio.to_thread(explore.read, self.explorer.path, task)
            kept = self.explorer.use(source, keep_weights=keep_weights)
        except PartnerkeuzeError as exc:
            self.issues = messages(exc)
            self.draw(notice=None)
            return
        self.issues = []
        notice = None
        if keep_weights:
            notice = Text(t("explore.reloaded" if kept else "explore.reloaded_reset"), style="dim")
        self.draw(notice=notice)

    def _save_to(self, name: str | None) -> None:
        if name is not None:
            self.run_worker(self._save(name), group="io")

    async def _save(self, name: str) -> None:
        try:
            target = profilesave.target_for(self.explorer.path, name)
            prepared = profilesave.prepare(self.explorer)
            saved = await asyncio.to_thread(profilesave.write, prepared, target)
        except PartnerkeuzeError as exc:
            self.draw(notice=Text("\n".join(messages(exc)), style="bold"))
            return
        key = "explore.saved" if prepared.task is None else "explore.saved_task"
        self.draw(notice=Text(t(key, profile=saved.profile, path=command_word(saved.path), task=prepared.task)))

    async def settled(self) -> None:
        """Wait until every read and save started so far is done (for the headless replay)."""
        while busy := [w for w in self.workers if w.group == "io" and not w.is_finished]:
            await self.workers.wait_for_complete(busy)

    # --- drawing ------------------------------------------------------------------------
    def draw(self, notice: Text | bool | None = False) -> None:
        """Show the explorer's frame; ``notice``: a new message (None clears it, False keeps it).

        The tables come as lines of styled text cut to the width (``explore_view``);
        the sentences are rendered here once, at their width, to know their height.
        """
        if notice is not False:
            self.notice = notice if isinstance(notice, Text) else None
        frame = self.explorer.frame
        width = max(40, self.size.width - 2)
        sentences = self._flat(Group(*view.sentences(frame)), width)
        note = self._flat(self.notice, width) if self.notice is not None else None
        issues = self._flat(view.issues_text(shown_messages(self.issues)), width - 2) if self.issues else None
        taken = _FRAME_LINES + _height(sentences) + _height(note) + (_height(issues) + 2 if issues else 0)
        n, m = len(frame.scenario.criteria), len(frame.ranking.order)
        rows, shown = view.layout(self.size.height, n, m, taken)
        self.first = view.window(frame.selected, self.first, rows, n)
        self.query_one("#header", Static).update(view.header(frame))
        for name, table in (("#criteria", view.criteria_table(frame, self.first, rows, width)),
                            ("#ranking", view.ranking_table(frame, shown, width))):
            table.no_wrap, table.overflow = True, "crop"  # its lines fit the width already
            self.query_one(name, Static).update(table)
        self.query_one("#sentences", Static).update(sentences)
        for name, content in (("#notice", note), ("#issues", issues)):
            widget = self.query_one(name, Static)
            widget.display = content is not None
            widget.update(content or "")

    def _flat(self, renderable: Any, width: int) -> Text:
        """``renderable`` rendered at ``width`` into lines of styled text (nothing left to wrap)."""
        lines = self.console.render_lines(renderable, self.console.options.update_width(width), pad=False)
        text = Text(no_wrap=True, overflow="crop", end="")
        for number, line in enumerate(lines):
            if number:
                text.append("\n")
            for segment in line:
                if not segment.control:
                    text.append(segment.text, segment.style)
        return text

    def screen_text(self) -> str:
        """The screen as plain text, as a user sees it (``--keys`` prints it; tests read it)."""
        width, height = self.size
        console = Console(width=width, height=height, file=io.StringIO(), color_system=None,
                          record=True, legacy_windows=False, safe_box=False)
        # As App.export_screenshot renders the screen, without colours.
        console.print(self.screen._compositor.render_update(
            full=True, screen_stack=self._background_screens, simplify=True))
        return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def _height(text: Text | None) -> int:
    """Lines of a rendered part (0 for none)."""
    return 0 if text is None else len(text.plain.split("\n"))


def messages(exc: PartnerkeuzeError) -> list[str]:
    """An error's messages, each located as FILE:LINE:COLUMN where it can be."""
    if isinstance(exc, ScenarioInvalid):
        return [str(issue) for issue in exc.issues]
    if isinstance(exc, ScenarioError):
        return [str(exc.issue)]
    return [str(exc)]


def shown_messages(items: Sequence[str]) -> list[str]:
    """At most ``MAX_MESSAGES``, then how many more there are."""
    if len(items) <= MAX_MESSAGES:
        return list(items)
    return [*items[:MAX_MESSAGES], t("explore.more_rows", count=len(items) - MAX_MESSAGES)]


def replay(app: ExploreApp, keys: Sequence[str], screenshot: bool) -> tuple[str, str | None]:
    """Press ``keys`` headless at 80 x 24 (up to a ``q``); the last screen as text and as SVG."""
    result: dict[str, str | None] = {}

    async def pilot(driver: Any) -> None:
        await driver.pause()
        for key in keys:
            if key == "q":
                break
            await driver.press(key)
            await app.settled()
            await driver.pause()
        result["text"] = app.screen_text()
        result["svg"] = app.export_screenshot(title="partnerkeuze explore") if screenshot else None
        app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=pilot)
    return result.get("text") or "", result.get("svg")
