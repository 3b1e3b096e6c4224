"""The terminal table (``render/terminal.py``), against golden files.

Refresh with ``pytest --update-golden`` and read the diff before committing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from rich.console import Console, RenderableType

from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import open_scenario, rank
from partnerkeuze.render.terminal import (
    MEMO_LAYOUT_MAX_CANDIDATES,
    criteria_set_view,
    criteria_sets_view,
    ranking_view,
)
from partnerkeuze.scenario.criteriasets import builtin_dir
from partnerkeuze.scenario.loading import load_criteria_set

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"
Golden = Callable[[str, str], None]


def text_of(renderable: RenderableType) -> str:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None, legacy_windows=False).print(
        renderable
    )
    return out.getvalue()


def ranking_of(path: Path, **overrides: float) -> Ranking:
    _, scenario = open_scenario(path)
    return rank(scenario, overrides)


def test_ranking_table_haaksbergen_2020(golden: Golden) -> None:
    golden(
        "terminal/haaksbergen-2020.txt",
        text_of(ranking_view(ranking_of(SCENARIOS / "haaksbergen-2020.yaml"))),
    )


def test_ranking_table_haaksbergen_2020_with_weight(golden: Golden) -> None:
    ranking = ranking_of(SCENARIOS / "haaksbergen-2020.yaml", kwetsbaarheid=100)

    golden("terminal/haaksbergen-2020-weight.txt", text_of(ranking_view(ranking)))


def test_many_candidates_get_one_row_each(write_scenario: Callable[..., Path]) -> None:
    count = MEMO_LAYOUT_MAX_CANDIDATES + 1
    candidates = "".join(
        f"  - {{id: k{i}, naam: Kandidaat {i}, scores: {{kwaliteit: {i}}}}}\n"
        for i in range(count)
    )
    path = write_scenario(
        "versie: 1\ntitel: Veel kandidaten\ncriteria:\n"
        "  - {id: kwaliteit, naam: Kwaliteit, gewicht: 1, bereik: [0, 10]}\n"
        "kandidaten:\n" + candidates
    )

    text = text_of(ranking_view(ranking_of(path)))

    assert "┃ # ┃ Kandidaat" in text
    rows = [line for line in text.splitlines() if line.startswith("│")]
    assert len(rows) == count
    assert rows[0].startswith("│ 1 │ Kandidaat 8 ★")


def test_many_candidates_with_weight_show_both_rank_columns(
    write_scenario: Callable[..., Path],
) -> None:
    candidates = "".join(
        f"  - {{id: k{i}, scores: {{kwaliteit: {i}, kosten: {2 * i}}}}}\n"
        for i in range(MEMO_LAYOUT_MAX_CANDIDATES + 1)
    )
    path = write_scenario(
        "versie: 1\ntitel: Veel kandidaten\ncriteria:\n"
        "  - {id: kwaliteit, gewicht: 1, bereik: [0, 10]}\n"
        "  - {id: kosten, gewicht: 2, richting: min, bereik: [0, 20]}\n"
        "kandidaten:\n" + candidates
    )

    text = text_of(ranking_view(ranking_of(path, kosten=0)))

    assert "Rang" in text
    assert "bestand" in text
    assert "nu" in text
    rows = [line for line in text.splitlines() if line.startswith("│")]
    assert rows[0].startswith("│ 1 │ k8 ★")
    assert [cell.strip() for cell in rows[0].split("│")][4:6] == [
        "9",
        "1 ↑",
    ]  # file rank 9, now 1


def test_criteria_sets_overview_names_every_set() -> None:
    names = ["drie-k", "haaksbergen"]
    sets = [(name, load_criteria_set(builtin_dir() / f"{name}.yaml")) for name in names]

    text = text_of(criteria_sets_view(sets))

    assert "Criteriasets" in text
    assert all(name in text for name in names)


def test_criteria_set_view_shows_directions_in_words() -> None:
    text = text_of(
        criteria_set_view(
            "haaksbergen", load_criteria_set(builtin_dir() / "haaksbergen.yaml")
        )
    )

    assert "hoger is beter" in text
    assert "lager is beter" in text
    assert "'criteriaset: haaksbergen'" in text


def test_another_method_shows_its_score_and_no_contributions() -> None:
    from partnerkeuze.app.service import rank_by

    _, scenario = open_scenario(SCENARIOS / "haaksbergen-2020.yaml")
    text = text_of(ranking_view(rank_by(scenario, method="topsis")))

    assert "Rangorde volgens TOPSIS: Partner voor de bedrijfsvoering van Haaksbergen (fase 1)" in text
    assert "Score TOPSIS (0–100)" in text
    assert "TOPSIS (Hwang & Yoon)" in text
    assert "→" not in text.split("Per criterium")[0]


def test_the_weighted_product_names_the_shifted_criteria() -> None:
    from partnerkeuze.app.service import rank_by

    _, scenario = open_scenario(SCENARIOS / "ommen-ict.yaml")
    out = io.StringIO()
    Console(file=out, width=240, color_system=None, legacy_windows=False).print(
        ranking_view(rank_by(scenario, method="wpm"))
    )
    text = out.getvalue()

    assert "Score gewogen product (0–100)" in text
    assert "omdat er een waarde van 0 of lager in staat: Past bij de regiegemeente." in " ".join(text.split())
