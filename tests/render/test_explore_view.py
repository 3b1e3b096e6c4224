"""explore's renderables (``explore_view.py``): marks not only colours, rows cut to fit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from partnerkeuze.app.explore import STEP, Explorer
from partnerkeuze.language import set_language
from partnerkeuze.render import explore_view as view

ROOT = Path(__file__).parents[2]
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"


def plain(renderable: RenderableType, width: int = 78) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def flipped() -> Explorer:
    explorer = Explorer(HAAKSBERGEN)
    explorer.select(6)  # Vermindering van kwetsbaarheid
    for _ in range(17):
        explorer.move(STEP)
    return explorer


def test_the_flip_shows_in_marks_without_colour(flipped: Explorer) -> None:
    frame = flipped.frame
    ranking = plain(view.ranking_table(frame, 3, 78))
    lines = [line for line in ranking.splitlines() if "Enschede" in line or "Hengelo" in line]
    assert lines[0].split()[:4] == ["1", "↑", "★", "Enschede"]
    assert lines[1].split()[:3] == ["2", "↓", "Hengelo"]
    said = [text.plain for text in view.sentences(frame)]
    assert "⇄ Enschede wordt eerste boven 36,0% voor Vermindering van kwetsbaarheid" in said
    criteria = plain(view.criteria_table(frame, 0, 7, 78))
    assert "▸ 7 Vermindering" in criteria
    assert "37,0% *" in criteria
    assert "36% – 100%" in criteria  # noqa: RUF001 - the en dash of a range


def test_the_flip_line_in_english(flipped: Explorer) -> None:
    set_language("en")
    assert view.flip_sentence(flipped.frame.flip, flipped.frame) == (  # type: ignore[arg-type]
        "Enschede comes first above 36.0% for Vermindering van kwetsbaarheid")


def test_the_bar_draws_the_winner_interval(flipped: Explorer) -> None:
    row = next(line for line in plain(view.criteria_table(flipped.frame, 0, 7, 78)).splitlines() if "▸" in line)
    bar = row.split("*")[1].split("36%")[0].strip()
    assert bar.index("●") == 7  # 37% of 20 cells
    assert set(bar[:7]) == {"─"}
    assert set(bar[8:]) == {"━"}


def test_a_long_ranking_says_how_many_more() -> None:
    frame = Explorer(HAAKSBERGEN).frame
    text = plain(view.ranking_table(frame, 1, 78))
    assert "… en nog 2" in text
    assert "Enschede" not in text


@pytest.mark.parametrize("width", [80, 100, 160])
def test_contribution_columns_hold_the_selected_one_and_fit(width: int) -> None:
    for selected in range(30):
        columns = view.contribution_columns(selected, 30, width)
        assert selected in columns
        assert columns == list(range(columns[0], columns[0] + len(columns)))
        assert 20 + 12 + 6 * len(columns) <= width


def test_tables_fit_80_columns_with_30_criteria(tmp_path: Path) -> None:
    lines = ["versie: 1", "titel: Dertig", "criteria:"]
    lines += [f"  - {{id: k{j}, naam: Een tamelijk lange naam voor criterium {j}, gewicht: {j + 1}, bereik: [0, 9]}}"
              for j in range(30)]
    lines += ["kandidaten:"] + [
        f"  - {{id: g{i}, naam: Gemeente met een lange naam {i}, scores: {{{', '.join(f'k{j}: {(i * j) % 10}' for j in range(30))}}}}}"
        for i in range(12)]
    path = tmp_path / "dertig.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = Explorer(path).frame
    for renderable in (view.criteria_table(frame, 3, 8, 78), view.ranking_table(frame, 5, 78), view.header(frame)):
        assert max(len(line) for line in plain(renderable, 78).splitlines()) <= 78
    assert "Criterium (4–11 van 30)" in plain(view.criteria_table(frame, 3, 8, 78))  # noqa: RUF001


@pytest.mark.parametrize(
    ("height", "criteria", "candidates", "taken", "expected"),
    [
        (24, 7, 3, 12, (7, 3)),  # everything fits
        (24, 30, 342, 12, (6, 5)),  # half each, one ranking row for '… en nog'
        (24, 4, 342, 12, (4, 7)),  # the short list leaves the rest to the other
        (24, 30, 3, 12, (9, 3)),
        (10, 30, 342, 12, (1, 1)),  # never below one row
    ],
)
def test_layout_shares_the_rows(height: int, criteria: int, candidates: int, taken: int,
                                expected: tuple[int, int]) -> None:
    assert view.layout(height, criteria, candidates, taken) == expected


@pytest.mark.parametrize(
    ("selected", "first", "expected"),
    [(0, 0, 0), (5, 0, 0), (6, 0, 1), (2, 4, 2), (29, 0, 24), (12, 20, 12)],
)
def test_the_window_follows_the_selection_moving_as_little_as_possible(selected: int, first: int,
                                                                      expected: int) -> None:
    assert view.window(selected, first, 6, 30) == expected


def test_every_key_is_explained() -> None:
    text = plain(view.keys_table(), 100)
    for keys, _ in view.KEYS:
        assert keys in text
    assert "naar verhouding" in text


def test_issues_are_listed_under_the_notice() -> None:
    text = view.issues_text(["a.yaml:3:5: fout"]).plain
    assert text.splitlines() == [
        "Het bestand is nu niet geldig; de laatste geldige stand blijft staan tot het weer klopt:",
        "• a.yaml:3:5: fout",
    ]
