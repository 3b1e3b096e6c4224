"""explore's Textual app (``explore_app.py``), driven by Textual's Pilot at 80 x 24.

What is checked is the screen as a user reads it (``screen_text``, no colours), and
the screen as an SVG snapshot in Dutch and English (``--update-golden`` rewrites them).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from partnerkeuze.app import service
from partnerkeuze.app.explore import Explorer
from partnerkeuze.cli.explore_app import ExploreApp, replay
from partnerkeuze.language import set_language
from partnerkeuze.scenario.resolved import select
from realprograms import require

ROOT = Path(__file__).parents[2]
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"
Steps = Callable[[Any, ExploreApp], Awaitable[None]]


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    return Path(shutil.copy(HAAKSBERGEN, tmp_path / "haaksbergen.yaml"))


def drive(app: ExploreApp, steps: Steps, size: tuple[int, int] = (80, 24)) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, app)

    asyncio.run(main())


def first_place(screen: str) -> list[str]:
    """The names on the ★ rows of the ranking."""
    return [line.split("★")[1].split()[0] for line in screen.splitlines() if "★" in line]


async def until(pilot: Any, condition: Callable[[], bool], seconds: float = 15) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    message = "the screen did not change in time"
    raise AssertionError(message)


def test_crossing_the_closed_form_bound_flips_the_winner_on_screen_there_and_not_before(scenario: Path) -> None:
    """Kwetsbaarheid from 20%: Hengelo and Enschede tie at 9/25 (by hand: D0 = 9/64, D1 = -1/4)."""
    bound = Fraction(9, 64) / (Fraction(9, 64) + Fraction(1, 4))
    assert bound == Fraction(36, 100)
    seen: list[tuple[int, list[str], bool]] = []

    async def steps(pilot: Any, app: ExploreApp) -> None:
        for _ in range(6):
            await pilot.press("down")
        for _ in range(20):
            await pilot.press("right")
            screen = app.screen_text()
            weight = round(app.explorer.weights[6] * 100)
            seen.append((weight, first_place(screen), "⇄ Enschede wordt eerste boven 36,0%" in screen))

    drive(ExploreApp(Explorer(scenario), watch=False), steps)
    for weight, winners, said in seen:
        if Fraction(weight, 100) < bound:
            assert winners == ["Hengelo"], weight
            assert not said
        elif Fraction(weight, 100) == bound:
            assert winners == ["Enschede", "Hengelo"] or winners == ["Hengelo", "Enschede"], weight
        else:
            assert winners == ["Enschede"], weight
            assert said
    assert next(w for w, winners, _ in seen if winners == ["Enschede"]) == 37


def test_a_bound_between_steps_flips_at_the_first_step_past_it(scenario: Path) -> None:
    """Structurele kosten from 0%: in-house passes Hengelo between 54% and 55% (closed form below)."""
    explorer = Explorer(scenario)
    k = [c.id for c in explorer.scenario.criteria].index("kosten_structureel")
    ids = [c.id for c in explorer.scenario.candidates]
    values = [[Fraction(v) for v in row] for row in explorer.values.tolist()]
    points = [Fraction(c.points) for c in explorer.scenario.criteria]
    rest = sum(p for j, p in enumerate(points) if j != k)
    hengelo = ids.index("hengelo")
    house = next(i for i, c in enumerate(explorer.scenario.candidates) if c.status_quo)
    d0 = sum(p / rest * (values[hengelo][j] - values[house][j]) for j, p in enumerate(points) if j != k)
    d1 = values[hengelo][k] - values[house][k]
    bound = d0 / (d0 - d1)
    assert Fraction(54, 100) < bound < Fraction(55, 100)
    seen: list[tuple[int, list[str]]] = []

    async def steps(pilot: Any, app: ExploreApp) -> None:
        for _ in range(4):
            await pilot.press("down")
        for _ in range(10):
            await pilot.press("shift+right")
        for _ in range(6):
            await pilot.press("right")
            seen.append((round(app.explorer.weights[k] * 100), first_place(app.screen_text())))

    drive(ExploreApp(explorer, watch=False), steps)
    assert seen[:5] == [(51, ["Hengelo"]), (52, ["Hengelo"]), (53, ["Hengelo"]), (54, ["Hengelo"]),
                        (55, [explorer.scenario.candidates[house].name.split()[0]])]


def test_the_file_is_read_again_when_it_is_saved(scenario: Path) -> None:
    async def steps(pilot: Any, app: ExploreApp) -> None:
        assert first_place(app.screen_text()) == ["Hengelo"]
        await pilot.pause(0.5)  # the watcher is watching
        text = scenario.read_text(encoding="utf-8")
        edited = text.replace("  ict: 25\n", "  ict: 0\n", 1).replace("  voorwaarden: 20\n", "  voorwaarden: 0\n", 1)
        scenario.write_text(edited, encoding="utf-8")
        await until(pilot, lambda: "Bestand opnieuw gelezen" in app.screen_text())
        assert first_place(app.screen_text()) == ["Enschede"]

    drive(ExploreApp(Explorer(scenario), watch=True), steps)


def test_an_invalid_save_shows_located_messages_and_keeps_the_last_valid_state(scenario: Path) -> None:
    async def steps(pilot: Any, app: ExploreApp) -> None:
        await pilot.press("right")
        before = app.explorer.frame
        await pilot.pause(0.5)
        good = scenario.read_text(encoding="utf-8")
        scenario.write_text(good.replace('waarde: "0"', 'waarde: "+++"', 1), encoding="utf-8")
        await until(pilot, lambda: "niet geldig" in app.screen_text())
        screen = app.screen_text()
        assert app.issues[0].startswith(f"{scenario}:")  # located: FILE:LINE:COLUMN
        assert "'+++' staat niet in schaal" in screen
        assert app.explorer.frame is before
        assert first_place(screen) == ["Hengelo"]
        assert "21,0% *" in screen
        scenario.write_text(good, encoding="utf-8")
        await until(pilot, lambda: "niet geldig" not in app.screen_text())
        assert "21,0% *" in app.screen_text()  # the explored weight stays

    drive(ExploreApp(Explorer(scenario), watch=True), steps)


def test_the_saved_profile_reproduces_the_ranking_on_screen(scenario: Path) -> None:
    keys = ["down"] * 6 + ["right"] * 17 + ["s", "enter"]
    app = ExploreApp(Explorer(scenario), watch=False)
    screen, _ = replay(app, keys, screenshot=False)

    saved = scenario.with_name("haaksbergen.verkend.yaml")
    assert "Bewaard als profiel 'verkend'" in screen
    ranking = service.rank(select(service.resolved_scenario(saved), "verkend"))
    assert [(c.id, c.rank) for c in ranking.order] == [(c.id, c.rank) for c in app.explorer.frame.ranking.order]
    assert first_place(screen) == ["Enschede"]


def test_the_command_to_check_a_save_quotes_a_path_with_spaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """So it can be copied as it stands: 'OneDrive - Gemeente X' folders are common."""
    (tmp_path / "een map").mkdir()
    shutil.copy(HAAKSBERGEN, tmp_path / "een map" / "h.yaml")
    monkeypatch.chdir(tmp_path)

    screen, _ = replay(ExploreApp(Explorer(Path("een map/h.yaml")), watch=False), ["s", "enter"], screenshot=False)

    assert "partnerkeuze rank 'een map/h.verkend.yaml' --profiel verkend" in " ".join(screen.split())


def test_a_save_to_a_name_asked_for_and_never_over_the_scenario(scenario: Path) -> None:
    async def steps(pilot: Any, app: ExploreApp) -> None:
        await pilot.press("s")
        field = app.screen.query_one("#name")
        assert field.value == "haaksbergen.verkend.yaml"  # type: ignore[attr-defined]
        field.value = scenario.name  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.settled()
        await pilot.pause()
        assert "is het scenario zelf" in app.screen_text()
        await pilot.press("s")
        app.screen.query_one("#name").value = "eigen naam"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.settled()
        await pilot.pause()
        assert "Bewaard als profiel 'verkend'" in app.screen_text()
        await pilot.press("s", "escape")
        assert app.screen is app.screen_stack[0]

    original = scenario.read_text(encoding="utf-8")
    drive(ExploreApp(Explorer(scenario), watch=False), steps)
    assert scenario.read_text(encoding="utf-8") == original
    assert scenario.with_name("eigen naam.yaml").is_file()
    assert not scenario.with_name("haaksbergen.verkend.yaml").exists()


def test_profiles_tasks_and_the_keys_screen(scenario: Path) -> None:
    async def steps(pilot: Any, app: ExploreApp) -> None:
        await pilot.press("p")
        assert "gewichten: College van B&W" in app.screen_text()
        await pilot.press("t")
        assert "Dit bestand heeft geen taken." in app.screen_text()
        await pilot.press("question_mark")
        assert "naar verhouding" in app.screen_text()
        await pilot.press("x")
        assert "naar verhouding" not in app.screen_text()
        await pilot.press("0", "r")
        assert "*" not in app.screen_text().split("Gewicht")[1].split("Kandidaat")[0]

    drive(ExploreApp(Explorer(scenario), watch=False), steps)


def test_tasks_of_a_portfolio_cycle() -> None:
    explorer = Explorer(ROOT / "scenarios" / "ommen-diensten.yaml")
    tasks = explorer.scenario.tasks

    async def steps(pilot: Any, app: ExploreApp) -> None:
        await pilot.press("t")
        await app.settled()
        await pilot.pause()
        assert app.explorer.task == tasks[1]
        assert "taak: " in app.screen_text()

    drive(ExploreApp(explorer, watch=False), steps)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_screen_at_80_by_24_matches_the_snapshot(language: str, golden: Callable[[str, str], None]) -> None:
    """After the flip: the criteria, the ranking, the flip line (SVG and text; review with --update-golden)."""
    set_language(language)
    keys = ["down"] * 6 + ["right"] * 17
    text, svg = replay(ExploreApp(Explorer(HAAKSBERGEN), watch=False), keys, screenshot=True)

    assert svg is not None
    golden(f"explore/haaksbergen-{language}.txt", text)
    golden(f"explore/haaksbergen-{language}.svg", svg)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert len(text.splitlines()) <= 24


@pytest.mark.real_programs
def test_in_a_real_terminal_at_80_by_24_the_keys_flip_the_winner_and_q_quits(scenario: Path) -> None:
    """tmux as the terminal: Textual's own driver, real key codes, a screen of 80 x 24."""
    tmux = [require("tmux"), "-L", f"partnerkeuze-test-{os.getpid()}"]  # a server of its own, with our environment
    command = [sys.executable, "-m", "partnerkeuze", "explore", str(scenario)]

    def screen() -> str:
        return subprocess.run([*tmux, "capture-pane", "-p", "-t", "explore"], capture_output=True, text=True,
                              check=True).stdout

    def wait(condition: Callable[[], bool]) -> None:
        for _ in range(300):
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(screen())

    subprocess.run([*tmux, "new-session", "-d", "-s", "explore", "-x", "80", "-y", "24", *command], check=True,
                   env={**os.environ, "PARTNERKEUZE_LANG": "nl"})
    try:
        wait(lambda: "Winnaar eerste" in screen())
        subprocess.run([*tmux, "send-keys", "-t", "explore", *["Down"] * 6, *["Right"] * 17], check=True)
        wait(lambda: "⇄ Enschede wordt eerste boven 36,0% voor Vermindering van kwetsbaarheid" in screen())
        shown = screen()
        assert first_place(shown) == ["Enschede"]
        assert all(len(line) <= 80 for line in shown.splitlines())
        subprocess.run([*tmux, "send-keys", "-t", "explore", "q"], check=True)
        wait(lambda: subprocess.run([*tmux, "has-session", "-t", "explore"], capture_output=True).returncode != 0)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
