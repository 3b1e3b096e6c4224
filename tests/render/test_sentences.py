"""Plain-language sentences about a ranking (``render/sentences.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import open_scenario, rank
from partnerkeuze.language import set_language
from partnerkeuze.render.sentences import conclusion, flips

SCENARIO = """\
versie: 1
titel: Zinnen
criteria:
  - {id: kwaliteit, gewicht: 3, bereik: [0, 10]}
  - {id: kosten, gewicht: 1, richting: min, bereik: [0, 10]}
kandidaten:
  - {id: a, naam: Assen, scores: {kwaliteit: 8, kosten: 6}}
  - {id: b, naam: Borne, scores: {kwaliteit: 4, kosten: 2}}
"""


def ranking_of(
    write_scenario: Callable[..., Path], text: str = SCENARIO, **overrides: float
) -> Ranking:
    _, scenario = open_scenario(write_scenario(text))
    return rank(scenario, overrides)


def test_conclusion_names_winner_margin_and_runner_up(
    write_scenario: Callable[..., Path],
) -> None:
    """Assen: 0.75*0.8 + 0.25*0.4 = 0.70; Borne: 0.75*0.4 + 0.25*0.8 = 0.50."""
    text = conclusion(ranking_of(write_scenario))

    assert (
        text
        == "Assen staat eerste met 70,0 van de 100 punten, 20,0 punten vóór Borne (50,0)."
    )


def test_conclusion_for_a_tie(write_scenario: Callable[..., Path]) -> None:
    text = conclusion(
        ranking_of(
            write_scenario,
            SCENARIO.replace("kwaliteit: 4, kosten: 2", "kwaliteit: 8, kosten: 6"),
        )
    )

    assert text == "Assen en Borne staan gedeeld eerste met elk 70,0 van de 100 punten."


def test_conclusion_for_a_single_candidate(write_scenario: Callable[..., Path]) -> None:
    text = conclusion(ranking_of(write_scenario, SCENARIO.split("  - {id: b")[0]))

    assert text == "Assen is de enige kandidaat (70,0 punten)."


def test_conclusion_in_english(write_scenario: Callable[..., Path]) -> None:
    set_language("en")

    assert conclusion(ranking_of(write_scenario)).startswith(
        "Assen ranks first with 70.0 of 100 points"
    )


def test_no_flip_sentence_without_overrides(
    write_scenario: Callable[..., Path],
) -> None:
    assert flips(ranking_of(write_scenario)) is None


def test_flip_sentence_when_weights_keep_the_order(
    write_scenario: Callable[..., Path],
) -> None:
    assert flips(ranking_of(write_scenario, kwaliteit=2)) == (
        "Met deze gewichten blijft de rangorde gelijk aan die van het bestand."
    )


def test_flip_sentence_names_every_move(write_scenario: Callable[..., Path]) -> None:
    assert flips(ranking_of(write_scenario, kwaliteit=0)) == (
        "Met deze gewichten verandert de rangorde: Borne van 2 naar 1 en Assen van 1 naar 2."
    )
