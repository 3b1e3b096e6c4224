"""Use cases: ``--weight`` parsing and ranking a scenario (``service.py``, ``results.py``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import (
    open_scenario,
    parse_weight_overrides,
    rank,
    sensitivity,
)
from partnerkeuze.errors import EXIT_USAGE, UsageError
from partnerkeuze.scenario.resolved import (
    ResolvedCandidate,
    ResolvedCriterion,
    ResolvedScenario,
    ResolvedScore,
    Uncertainty,
    ValueFunction,
)

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
            "--weight ict=veel: het gewicht moet een getal van 0 tot en met 1.000.000.000.000 zijn",
        ),
        (
            ["ict=-5"],
            "--weight ict=-5: het gewicht moet een getal van 0 tot en met 1.000.000.000.000 zijn",
        ),
        (["ict=nan"], "--weight ict=nan: het gewicht moet een getal"),
        (["ict=inf"], "--weight ict=inf: het gewicht moet een getal"),
        (["ict=1e300"], "--weight ict=1e300: het gewicht moet een getal van 0 tot en met 1.000.000.000.000"),
        (["ict=1", "ict=2"], "--weight: criterium 'ict' staat er twee keer"),
    ],
    ids=["no-equals", "no-id", "no-value", "text", "negative", "nan", "inf", "too-large", "twice"],
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


# --- value functions (waardefunctie) ----------------------------------------------------

COSTS_AND_QUALITY = """\
versie: 1
titel: Kosten en kwaliteit
criteria:
  - id: kosten
    gewicht: 40
    eenheid: EUR
    richting: min
    bereik: [300000, 800000]
  - {id: kwaliteit, gewicht: 60, schaal: oordeel}
kandidaten:
  - id: a
    scores: {kosten: 600000, kwaliteit: "++"}
  - id: b
    scores: {kosten: 450000, kwaliteit: "+"}
"""
CURVED = COSTS_AND_QUALITY.replace(
    "    richting: min\n    bereik: [300000, 800000]\n",
    "    waardefunctie: [[300000, 100], [450000, 70], [600000, 20], [800000, 0]]\n",
)


def test_a_value_function_changes_the_winner_by_hand(write_scenario: WriteScenario) -> None:
    """Weights 40 : 60 -> 0.4 and 0.6; kwaliteit on oordeel 1-5: ++ = 1, + = (4 - 1) / 4 = 0.75.

    Straight line, kosten min on [300.000, 800.000]:
      a: 600.000 -> 1 - 300/500 = 0.4;  0.4 x 0.4 + 0.6 x 1    = 0.16 + 0.60 = 0.76
      b: 450.000 -> 1 - 150/500 = 0.7;  0.4 x 0.7 + 0.6 x 0.75 = 0.28 + 0.45 = 0.73   -> a first
    Value function (300.000: 100, 450.000: 70, 600.000: 20, 800.000: 0):
      a: 600.000 is a point -> 20 -> 0.2;  0.4 x 0.2 + 0.6 x 1    = 0.08 + 0.60 = 0.68
      b: 450.000 is a point -> 70 -> 0.7;  0.4 x 0.7 + 0.6 x 0.75 = 0.28 + 0.45 = 0.73 -> b first
    """
    straight = ranked(write_scenario, COSTS_AND_QUALITY)
    curved = ranked(write_scenario, CURVED)

    assert [(c.id, c.score) for c in straight.order] == [("a", pytest.approx(0.76)), ("b", pytest.approx(0.73))]
    assert [(c.id, c.score) for c in curved.order] == [("b", pytest.approx(0.73)), ("a", pytest.approx(0.68))]
    assert curved.order[1].values == pytest.approx((0.2, 1.0))
    assert curved.order[1].contributions == pytest.approx((0.08, 0.6))


def test_a_value_function_between_points_by_hand(write_scenario: WriteScenario) -> None:
    """a at € 500.000: a third of the way from 450.000 (70) to 600.000 (20): 2/3 x 70 + 1/3 x 20 = 53 1/3."""
    text = CURVED.replace("kosten: 600000", "kosten: 500000")

    a = next(c for c in ranked(write_scenario, text).order if c.id == "a")

    assert a.values[0] == pytest.approx(160 / 300)
    assert a.score == pytest.approx(0.4 * 160 / 300 + 0.6)


def _twins(seed: int) -> tuple[ResolvedScenario, ResolvedScenario]:
    """A random scenario with richting and bereik, and the same with a straight value function instead.

    Some scores are uncertain (a range or an estimate), so the Monte Carlo draws them too.
    """
    rng = np.random.default_rng(seed)
    m, n = int(rng.integers(2, 6)), int(rng.integers(1, 5))
    low = rng.uniform(-1e5, 1e5, n).round(1)
    high = low + rng.uniform(1, 1e5, n).round(1)
    maximise = rng.random(n) < 0.5
    criteria, curved = [], []
    for j in range(n):
        plain = ResolvedCriterion(id=f"c{j}", name=f"c{j}", description=None, points=float(rng.integers(1, 11)),
                                  direction="max" if maximise[j] else "min", scale_name=None, scale=None, unit=None,
                                  low=float(low[j]), high=float(high[j]), fixed_range=True)
        values = (0.0, 100.0) if maximise[j] else (100.0, 0.0)
        function = ValueFunction(((float(low[j]), values[0]), (float(high[j]), values[1])))
        criteria.append(plain)
        curved.append(dataclasses.replace(plain, value_function=function))
    candidates = []
    for i in range(m):
        scores = []
        for j in range(n):
            a, b = sorted(rng.uniform(low[j], high[j], 2))
            kind = rng.integers(0, 3)
            if kind == 0:
                scores.append(ResolvedScore(raw=float(a), label=None, rationale=None, source=None))
            else:
                mode = (a + b) / 2 if kind == 1 else float(rng.uniform(a, b))
                u = Uncertainty("bereik" if kind == 1 else "schatting", float(a), float(b))
                scores.append(ResolvedScore(raw=mode, label=None, rationale=None, source=None, uncertainty=u))
        candidates.append(ResolvedCandidate(id=f"k{i}", name=f"k{i}", description=None, confidential=False,
                                            scores=tuple(scores)))
    base = ResolvedScenario(title="t", organisation=None, date=None, description=None, criteria=tuple(criteria),
                            candidates=tuple(candidates), dropped=())
    return base, dataclasses.replace(base, criteria=tuple(curved))


@given(st.integers(0, 2**32 - 1))
def test_a_straight_value_function_gives_todays_results_bit_for_bit(seed: int) -> None:
    """A value function through exactly the two range ends is today's model: every number the same bits."""
    plain, curved = _twins(seed)

    assert rank(curved) == dataclasses.replace(rank(plain), scenario=curved)
    before, after = sensitivity(plain, samples=300, seed=seed), sensitivity(curved, samples=300, seed=seed)
    assert after.intervals == before.intervals
    assert after.thresholds == before.thresholds
    assert after.methods == before.methods
    assert before.acceptability is not None
    assert after.acceptability is not None
    for name in ("first_shares", "rank_shares", "central_weights"):
        assert getattr(after.acceptability, name).tobytes() == getattr(before.acceptability, name).tobytes()
    assert after.acceptability.sampled_scores == before.acceptability.sampled_scores
