"""Every shipped scenario ranks as its source article (or its own top comment) says."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerkeuze.results import Ranking
from partnerkeuze.service import open_scenario, rank

SCENARIOS = Path(__file__).parent.parent / "scenarios"

# file stem -> (winner, a candidate it must beat, or None), from the article or the
# file's own first line "# Verwachte uitkomst: ...".
EXPECTED: dict[str, tuple[str, str | None]] = {
    # "Hengelo eerst, vóór Enschede en zelf doen" (Haaksbergen, 8-7-2020)
    "haaksbergen-2020": ("hengelo", "enschede"),
    # "alleen ICT naar Hengelo eerst, omdat de volledige overgang te duur is"
    "haaksbergen-2021": ("hengelo_ict", "hengelo_volledig"),
    # "centrumregeling bij Leiden eerst"
    "leidse-regio": ("centrumregeling_leiden", None),
    # "Zwolle nipt vóór de regionale ICT-samenwerking"
    "ommen-ict": ("zwolle", "ict_samenwerking"),
    # "Twentebrede samenwerking via het SSNT eerst, vóór Enschede"
    "hof-van-twente-bedrijfsvoering": ("twente", "enschede"),
    # "Midden-Twente eerst, vóór Twentebreed"
    "hof-van-twente-beleid": ("midden_twente", "twente"),
}


def ranking_of(stem: str, **overrides: float) -> Ranking:
    _, scenario = open_scenario(SCENARIOS / f"{stem}.yaml")
    return rank(scenario, overrides)


def test_every_shipped_scenario_has_an_expected_outcome() -> None:
    assert sorted(p.stem for p in SCENARIOS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_scenario_states_its_expected_outcome_on_the_first_line(stem: str) -> None:
    first_line = (
        (SCENARIOS / f"{stem}.yaml").read_text(encoding="utf-8").splitlines()[0]
    )

    assert first_line.startswith("# Verwachte uitkomst: ")


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_scenario_ranks_as_expected(stem: str) -> None:
    winner, beaten = EXPECTED[stem]

    ranking = ranking_of(stem)

    assert [c.id for c in ranking.winners] == [winner]
    if beaten is not None:
        ranks = {c.id: c.rank for c in ranking.order}
        assert ranks[winner] < ranks[beaten]


def test_haaksbergen_2021_costs_decide() -> None:
    """The file says: without the costs the full transfer would lead narrowly."""
    ranking = ranking_of("haaksbergen-2021", kosten_structureel=0, kosten_incidenteel=0)

    assert [c.id for c in ranking.winners] == ["hengelo_volledig"]


def test_hof_van_twente_picks_a_different_partner_per_layer() -> None:
    """Both files: 'exclusieve partners zijn géén uitgangspunt'."""
    assert (
        ranking_of("hof-van-twente-bedrijfsvoering").winners[0].id
        != ranking_of("hof-van-twente-beleid").winners[0].id
    )
