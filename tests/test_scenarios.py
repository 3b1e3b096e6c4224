"""Every shipped scenario ranks as its source article (or its own top comment) says."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerkeuze.app.portfolio import portfolio
from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import open_scenario, rank
from partnerkeuze.scenario.loading import load

SCENARIOS = Path(__file__).parent.parent / "scenarios"

# file stem -> (winner, a candidate it must beat, or None), from the article or the
# file's own first line "# Verwachte uitkomst: ...".
EXPECTED: dict[str, tuple[str, str | None]] = {
    # "Hengelo eerst, vóór Enschede en zelf doen" (Haaksbergen, 8-7-2020)
    "haaksbergen-2020": ("hengelo", "enschede"),
    # "alleen ICT naar Hengelo eerst, omdat de volledige overgang te duur is"
    "haaksbergen-2021": ("hengelo_ict", "hengelo_volledig"),
    # the same, with illustrative value functions for the structural costs and the vulnerability (issue #13)
    "haaksbergen-2021-waardefunctie": ("hengelo_ict", "hengelo_volledig"),
    # "centrumregeling bij Leiden eerst"
    "leidse-regio": ("centrumregeling_leiden", None),
    # "Zwolle nipt vóór de regionale ICT-samenwerking"
    "ommen-ict": ("zwolle", "ict_samenwerking"),
    # "Twentebrede samenwerking via het SSNT eerst, vóór Enschede"
    "hof-van-twente-bedrijfsvoering": ("twente", "enschede"),
    # "Midden-Twente eerst, vóór Twentebreed"
    "hof-van-twente-beleid": ("midden_twente", "twente"),
}


# Portfolio files (taken:): file stem -> the best partner per task, from the article
# and the file's first line. 'rank' on such a file ranks its first task.
EXPECTED_PER_TASK: dict[str, dict[str, str]] = {
    # Ommen, regiegemeente: "op zoek naar nieuwe aanbieders van eerder genoemde diensten",
    # per dienst; Hardenberg stopt, zelf doen past niet bij het regiemodel.
    "ommen-diensten": {
        "ict": "zwolle",
        "archief": "regio",
        "financien": "dalfsen",
        "belastingen": "regio",
        "zorgadministratie": "raalte",
        "openbaar_gebied": "dalfsen",
    },
    # Hof van Twente: Twente for bedrijfsvoering (cost), Midden-Twente for uitvoering,
    # quality leads in beleid, Euregional project alliances for strategy.
    "hof-van-twente-lagen": {
        "salarisadministratie": "twente",
        "ict": "twente",
        "wmo": "midden_twente",
        "omgevingsbeleid": "midden_twente",
        "economie": "euregio",
    },
}
EXPECTED.update({stem: (next(iter(winners.values())), None) for stem, winners in EXPECTED_PER_TASK.items()})


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


@pytest.mark.parametrize("stem", sorted(EXPECTED_PER_TASK))
def test_portfolio_scenario_advises_per_task_as_expected(stem: str) -> None:
    result = portfolio(load(SCENARIOS / f"{stem}.yaml"))

    assert {task.scenario.task: task.winner.id for task in result.tasks} == EXPECTED_PER_TASK[stem]
    assert [task.advised for task in result.tasks] == list(EXPECTED_PER_TASK[stem].values())
    assert all(len(task.report.ranking.winners) == 1 for task in result.tasks)


def test_ommen_hardenberg_is_knocked_out_of_every_task_and_doing_it_yourself_wins_none() -> None:
    """'Hardenberg verlengt de overeenkomsten niet'; Ommen is a regiegemeente."""
    result = portfolio(load(SCENARIOS / "ommen-diensten.yaml"))

    for task in result.tasks:
        assert [item.candidate.id for item in task.scenario.excluded] == ["hardenberg"]
        assert task.winner.id != "zelf_doen"
    assert len(result.advice.partners) > 1


def test_hof_van_twente_has_no_exclusive_partner() -> None:
    """'Exclusieve partners zijn géén uitgangspunt': different partners per layer, even with coordination cost."""
    result = portfolio(load(SCENARIOS / "hof-van-twente-lagen.yaml"))

    assert result.coordination_cost > 0
    assert len(result.advice.partners) == 3
    assert result.single is not None
    assert result.single.value < result.advice.value
