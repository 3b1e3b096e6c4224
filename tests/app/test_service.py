"""Use cases: ``--weight`` parsing and ranking a scenario (``service.py``, ``results.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import open_scenario, parse_weight_overrides, rank
from partnerkeuze.errors import EXIT_USAGE, UsageError

WriteScenario = Callable[..., Path]

TWO_PARTNERS = """\
versie: 1
titel: Twee partners
criteria:
  - {id: ict, naam: ICT, gewicht: 25, schaal: oordeel}
  - {id: kosten, naam: Kosten, gewicht: 75, richting: min, bereik: [0, 100]}
  - {id: nabijheid, gewicht: 0, schaal: oordeel}
kandidaten:
  - id: goedkoop
    naam: Goedkoop
    scores: {ict: "-", kosten: 20}
  - id: goed
    naam: Goed
    scores: {ict: "++", kosten: 60}
"""


def ranked(
    write_scenario: WriteScenario, text: str = TWO_PARTNERS, **overrides: float
) -> Ranking:
    _, scenario = open_scenario(write_scenario(text))
    return rank(scenario, overrides)


# --- parse_weight_overrides -----------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], {}),
        (["ict=40"], {"ict": 40.0}),
        (["ict=40", "kosten=10"], {"ict": 40.0, "kosten": 10.0}),
        ([" ict = 2,5 "], {"ict": 2.5}),
        (["ict=2.5"], {"ict": 2.5}),
        (["ict=0"], {"ict": 0.0}),
        (["ict=1e2"], {"ict": 100.0}),
    ],
)
def test_weight_overrides_are_parsed(
    items: list[str], expected: dict[str, float]
) -> None:
    assert parse_weight_overrides(items) == expected


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["ict"], "--weight 'ict': schrijf ID=WAARDE, bijvoorbeeld --weight ict=40"),
        (["=40"], "--weight '=40': schrijf ID=WAARDE"),
        (["ict="], "--weight 'ict=': schrijf ID=WAARDE"),
        (
            ["ict=veel"],
            "--weight ict=veel: het gewicht moet een getal van 0 of groter zijn",
        ),
        (
            ["ict=-5"],
            "--weight ict=-5: het gewicht moet een getal van 0 of groter zijn",
        ),
        (["ict=nan"], "--weight ict=nan: het gewicht moet een getal"),
        (["ict=inf"], "--weight ict=inf: het gewicht moet een getal"),
        (["ict=1", "ict=2"], "--weight: criterium 'ict' staat er twee keer"),
    ],
    ids=["no-equals", "no-id", "no-value", "text", "negative", "nan", "inf", "twice"],
)
def test_bad_weight_overrides_are_usage_errors(items: list[str], message: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_weight_overrides(items)

    assert str(info.value).startswith(message)
    assert info.value.exit_code == EXIT_USAGE


# --- rank -----------------------------------------------------------------------------


def test_rank_orders_candidates_by_total(write_scenario: WriteScenario) -> None:
    """ict 25, kosten 75 (nabijheid has weight 0 and no scores, so it is dropped).

    goedkoop: ict '-' -> (2-1)/4 = 0.25, kosten 20 -> 1 - 0.2 = 0.8:  0.25*0.25 + 0.75*0.8 = 0.6625
    goed:     ict '++' -> 1.0,           kosten 60 -> 1 - 0.6 = 0.4:  0.25*1.0  + 0.75*0.4 = 0.55
    """
    ranking = ranked(write_scenario)

    assert [(c.id, c.rank) for c in ranking.order] == [("goedkoop", 1), ("goed", 2)]
    assert [c.score for c in ranking.order] == pytest.approx([0.6625, 0.55])
    assert ranking.weights == pytest.approx((0.25, 0.75))
    assert ranking.overridden == ()
    assert not ranking.changed
    assert [c.id for c in ranking.scenario.dropped] == ["nabijheid"]


def test_contributions_sum_to_the_score(write_scenario: WriteScenario) -> None:
    for candidate in ranked(write_scenario).order:
        assert sum(candidate.contributions) == pytest.approx(candidate.score)


def test_overrides_give_a_new_rank_beside_the_base_rank(
    write_scenario: WriteScenario,
) -> None:
    """ict=75 makes the weights 75:75 = 0.5:0.5.

    goedkoop: 0.5*0.25 + 0.5*0.8 = 0.525;  goed: 0.5*1.0 + 0.5*0.4 = 0.7
    """
    ranking = ranked(write_scenario, ict=75)

    assert [(c.id, c.rank, c.base_rank) for c in ranking.order] == [
        ("goed", 1, 2),
        ("goedkoop", 2, 1),
    ]
    assert [c.score for c in ranking.order] == pytest.approx([0.7, 0.525])
    assert [c.base_score for c in ranking.order] == pytest.approx([0.55, 0.6625])
    assert ranking.weights == pytest.approx((0.5, 0.5))
    assert ranking.base_weights == pytest.approx((0.25, 0.75))
    assert ranking.overridden == ("ict",)
    assert ranking.changed
    assert [w.id for w in ranking.winners] == ["goed"]


def test_override_equal_to_the_file_weight_changes_nothing(
    write_scenario: WriteScenario,
) -> None:
    ranking = ranked(write_scenario, ict=25)

    assert ranking.overridden == ()
    assert not ranking.changed


def test_override_for_an_unknown_criterion_names_the_known_ones(
    write_scenario: WriteScenario,
) -> None:
    with pytest.raises(
        UsageError,
        match="--weight: onbekend criterium 'ictt'; bekend zijn: ict, kosten",
    ):
        ranked(write_scenario, ictt=10)


def test_override_for_a_dropped_criterion_explains_it_has_no_scores(
    write_scenario: WriteScenario,
) -> None:
    with pytest.raises(UsageError, match="criterium 'nabijheid' heeft geen scores"):
        ranked(write_scenario, nabijheid=10)


def test_overrides_that_make_all_weights_zero_are_refused(
    write_scenario: WriteScenario,
) -> None:
    with pytest.raises(UsageError, match="alle gewichten zijn 0"):
        ranked(write_scenario, ict=0, kosten=0)


def test_equal_totals_share_first_place(write_scenario: WriteScenario) -> None:
    text = TWO_PARTNERS.replace('{ict: "++", kosten: 60}', '{ict: "-", kosten: 20}')

    ranking = ranked(write_scenario, text)

    assert [c.rank for c in ranking.order] == [1, 1]
    assert [w.id for w in ranking.winners] == ["goedkoop", "goed"]


def test_candidate_record_is_reachable_from_the_ranking(
    write_scenario: WriteScenario,
) -> None:
    ranking = ranked(write_scenario)

    first = ranking.order[0]

    assert ranking.candidate(first).id == first.id
    assert ranking.candidate(first).scores[0].label == "-"


# --- fixed ranges ---------------------------------------------------------------------

WITH_NEWCOMER = """\
  - id: nieuw
    naam: Nieuwkomer
    scores: {ict: "++", kosten: 0}
"""


def test_adding_a_candidate_does_not_change_the_others_totals_when_ranges_are_fixed(
    write_scenario: WriteScenario,
) -> None:
    before = ranked(write_scenario, TWO_PARTNERS)
    after = ranked(write_scenario, TWO_PARTNERS + WITH_NEWCOMER)

    scores_before = {c.id: c.score for c in before.order}
    scores_after = {c.id: c.score for c in after.order if c.id != "nieuw"}
    assert scores_after == pytest.approx(scores_before, abs=1e-12)


def test_without_a_range_a_new_candidate_can_change_the_others_totals(
    write_scenario: WriteScenario,
) -> None:
    """Why 'bereik' matters: without it, kosten is normalised on the candidates' own scores."""
    text = TWO_PARTNERS.replace(", bereik: [0, 100]", "")

    before = {c.id: c.score for c in ranked(write_scenario, text).order}
    after = {c.id: c.score for c in ranked(write_scenario, text + WITH_NEWCOMER).order}

    assert after["goedkoop"] != pytest.approx(before["goedkoop"])
