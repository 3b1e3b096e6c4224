"""The model: normalisation, weighted sum and ranking (``scoring.py``)."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from random import Random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerkeuze.core import scoring
from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights


def matrix(
    raw: list[list[float]],
    points: list[float],
    *,
    maximise: list[bool] | None = None,
    low: list[float] | None = None,
    high: list[float] | None = None,
    fixed_range: bool | list[bool] = True,
) -> DecisionMatrix:
    """A small matrix; the range defaults to the columns' own lowest and highest."""
    values = np.array(raw, dtype=float)
    m, n = values.shape
    return DecisionMatrix(
        candidates=tuple(f"k{i}" for i in range(m)),
        criteria=tuple(f"c{j}" for j in range(n)),
        raw=values,
        weights=normalise_weights(np.array(points, dtype=float)),
        maximise=np.array([True] * n if maximise is None else maximise, dtype=bool),
        low=values.min(axis=0) if low is None else np.array(low, dtype=float),
        high=values.max(axis=0) if high is None else np.array(high, dtype=float),
        fixed_range=np.array(
            [fixed_range] * n if isinstance(fixed_range, bool) else fixed_range,
            dtype=bool,
        ),
    )


# --- hand-computed examples --------------------------------------------------------


def test_totals_match_hand_computation() -> None:
    """Two candidates, quality (max, range 0-4, weight 3) and cost (min, range 0-40, weight 1).

    Weights 3 : 1 -> 0.75 and 0.25.
    A: quality 2 -> v = 2/4 = 0.5;   cost 30 -> v = 1 - 30/40 = 0.25
       total = 0.75 * 0.5 + 0.25 * 0.25 = 0.375 + 0.0625 = 0.4375
    B: quality 4 -> v = 4/4 = 1.0;   cost 10 -> v = 1 - 10/40 = 0.75
       total = 0.75 * 1.0 + 0.25 * 0.75 = 0.75 + 0.1875 = 0.9375
    """
    m = matrix(
        [[2, 30], [4, 10]], [3, 1], maximise=[True, False], low=[0, 0], high=[4, 40]
    )

    values, totals, ranks = scoring.evaluate(m)

    assert values.tolist() == [[0.5, 0.25], [1.0, 0.75]]
    assert totals.tolist() == [0.4375, 0.9375]
    assert ranks.tolist() == [2, 1]


def test_contributions_are_weight_times_value_and_sum_to_the_total() -> None:
    """Same matrix as above: A's contributions are 0.75 * 0.5 = 0.375 and 0.25 * 0.25 = 0.0625."""
    m = matrix(
        [[2, 30], [4, 10]], [3, 1], maximise=[True, False], low=[0, 0], high=[4, 40]
    )
    values = scoring.normalise(m)

    parts = scoring.contributions(values, m.weights)

    assert parts.tolist() == [[0.375, 0.0625], [0.75, 0.1875]]
    assert parts.sum(axis=1).tolist() == scoring.totals(values, m.weights).tolist()


def test_min_direction_makes_the_lowest_score_best() -> None:
    """Cost on range [0, 10], lower is better: 2 -> 1 - 2/10 = 0.8; 10 -> 0; 0 -> 1."""
    m = matrix([[2], [10], [0]], [1], maximise=[False], low=[0], high=[10])

    assert scoring.normalise(m)[:, 0].tolist() == pytest.approx([0.8, 0.0, 1.0])
    assert scoring.evaluate(m)[2].tolist() == [2, 3, 1]


def test_values_are_measured_from_the_low_end_of_the_range() -> None:
    """Range [-200, 400]: 100 -> (100 + 200) / 600 = 0.5."""
    m = matrix([[100]], [1], low=[-200], high=[400])

    assert scoring.normalise(m).tolist() == [[0.5]]


@pytest.mark.parametrize("maximise", [True, False])
def test_flat_column_gives_every_candidate_value_one(maximise: bool) -> None:
    """high == low: nobody is better, so everybody gets v = 1 (never a division by zero)."""
    m = matrix([[7, 1], [7, 3]], [1, 1], maximise=[maximise, True])

    values = scoring.normalise(m)

    assert values[:, 0].tolist() == [1.0, 1.0]


def test_multiple_weight_vectors_give_one_total_per_vector() -> None:
    """totals() takes (k, n) weights too: row r of the result (transposed) is vector r."""
    values = np.array([[1.0, 0.0], [0.0, 1.0]])
    weights = np.array([[1.0, 0.0], [0.25, 0.75]])

    assert scoring.totals(values, weights).tolist() == [[1.0, 0.25], [0.0, 0.75]]


# --- ranks ---------------------------------------------------------------------------


def test_equal_totals_share_a_rank_and_the_next_rank_is_skipped() -> None:
    assert scoring.rank(np.array([0.5, 0.5, 0.2])).tolist() == [1, 1, 3]


def test_ranks_follow_the_totals_not_the_input_order() -> None:
    assert scoring.rank(np.array([0.2, 0.5, 0.5, 0.1])).tolist() == [3, 1, 1, 4]


def test_totals_that_differ_only_by_rounding_share_a_rank() -> None:
    """0.1 + 0.2 != 0.3 in floating point, but they are the same total."""
    assert scoring.rank(np.array([0.1 + 0.2, 0.3, 0.0])).tolist() == [1, 1, 3]


def test_a_single_candidate_ranks_first() -> None:
    assert scoring.rank(np.array([0.0])).tolist() == [1]


# --- a published worked example ------------------------------------------------------


def test_weighted_sum_model_wikipedia_example() -> None:
    """Wikipedia, "Weighted sum model", section "Example" (en.wikipedia.org/wiki/Weighted_sum_model).

    Three alternatives A1..A3 on four benefit criteria with weights 0.20, 0.15, 0.40
    and 0.25, all in the same unit, so the WSM needs no normalisation:

        A1: 25 20 15 30 -> 25*0.20 + 20*0.15 + 15*0.40 + 30*0.25 = 5 + 3 + 6 + 7.5     = 21.50
        A2: 10 30 20 30 -> 10*0.20 + 30*0.15 + 20*0.40 + 30*0.25 = 2 + 4.5 + 8 + 7.5   = 22.00
        A3: 30 10 30 10 -> 30*0.20 + 10*0.15 + 30*0.40 + 10*0.25 = 6 + 1.5 + 12 + 2.5  = 22.00

    A2 and A3 tie for first place; A1 is third. Our model normalises first, so the
    raw matrix goes straight into ``scoring.totals``, which is exactly the WSM.
    (An A4 = 20 20 20 30 with WSM 22.75 is sometimes quoted for this example; the
    article has no A4, and those numbers would give 22.50.)
    """
    raw = np.array([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], dtype=float)
    weights = np.array([0.20, 0.15, 0.40, 0.25])

    totals = scoring.totals(raw, weights)

    assert totals.tolist() == pytest.approx([21.50, 22.00, 22.00])
    assert scoring.rank(totals).tolist() == [3, 1, 1]


# --- an independent check in exact arithmetic ----------------------------------------


def exact_totals(m: DecisionMatrix) -> list[Fraction]:
    """The model written out in Fractions (the README contract, term by term)."""
    totals = []
    for i in range(m.shape[0]):
        total = Fraction(0)
        for j in range(m.shape[1]):
            low, high = Fraction(m.low[j]), Fraction(m.high[j])
            if high == low:
                value = Fraction(1)
            else:
                value = (Fraction(m.raw[i, j]) - low) / (high - low)
                if not m.maximise[j]:
                    value = 1 - value
            total += Fraction(m.weights[j]) * value
        totals.append(total)
    return totals


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("fixed_range", [False, True])
def test_totals_agree_with_exact_fraction_arithmetic(
    make_matrix: Callable[..., DecisionMatrix], seed: int, fixed_range: bool
) -> None:
    m = make_matrix(seed, m=6, n=5, fixed_range=fixed_range)

    _, totals, _ = scoring.evaluate(m)

    assert totals.tolist() == pytest.approx(
        [float(t) for t in exact_totals(m)], abs=1e-12
    )


# --- properties ----------------------------------------------------------------------


@st.composite
def matrices(
    draw: st.DrawFn, *, fixed: bool | None = None, min_candidates: int = 1
) -> DecisionMatrix:
    """Random matrices with small integer scores, so distinct totals are far apart."""
    m = draw(st.integers(min_candidates, 6))
    n = draw(st.integers(1, 5))
    raw = np.array(
        draw(
            st.lists(
                st.lists(st.integers(0, 20), min_size=n, max_size=n),
                min_size=m,
                max_size=m,
            )
        ),
        dtype=float,
    )
    points = draw(st.lists(st.integers(0, 10), min_size=n, max_size=n).filter(any))
    maximise = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    fixed_range = (
        draw(st.lists(st.booleans(), min_size=n, max_size=n))
        if fixed is None
        else [fixed] * n
    )
    low = np.where(fixed_range, 0.0, raw.min(axis=0))
    high = np.where(fixed_range, 20.0, raw.max(axis=0))
    return DecisionMatrix(
        candidates=tuple(f"k{i}" for i in range(m)),
        criteria=tuple(f"c{j}" for j in range(n)),
        raw=raw,
        weights=normalise_weights(np.array(points, dtype=float)),
        maximise=np.array(maximise, dtype=bool),
        low=low,
        high=high,
        fixed_range=np.array(fixed_range, dtype=bool),
    )


def replace(m: DecisionMatrix, **changes: object) -> DecisionMatrix:
    fields = {
        name: getattr(m, name)
        for name in (
            "candidates",
            "criteria",
            "raw",
            "weights",
            "maximise",
            "low",
            "high",
            "fixed_range",
        )
    }
    return DecisionMatrix(**{**fields, **changes})


@given(matrices())
def test_ranks_run_from_one_with_ties_sharing_a_rank(m: DecisionMatrix) -> None:
    _, totals, ranks = scoring.evaluate(m)

    for i, r in enumerate(ranks):
        assert r == 1 + sum(t > totals[i] + scoring.TIE_TOLERANCE for t in totals)


@given(matrices())
def test_totals_lie_between_zero_and_one(m: DecisionMatrix) -> None:
    values, totals, _ = scoring.evaluate(m)

    assert np.all((values >= 0) & (values <= 1))
    assert np.all((totals >= -1e-12) & (totals <= 1 + 1e-12))


@given(matrices(), st.floats(min_value=1e-3, max_value=1e3))
def test_scaling_all_weights_changes_no_rank(m: DecisionMatrix, c: float) -> None:
    points = m.weights * 17  # any positive unit, as in a scenario's 'gewicht'
    scaled = m.with_weights(normalise_weights(points * c))

    assert scoring.evaluate(scaled)[2].tolist() == scoring.evaluate(m)[2].tolist()


@given(matrices(), st.randoms(use_true_random=False))
def test_permuting_candidates_permutes_the_result(
    m: DecisionMatrix, random: Random
) -> None:
    order = list(range(m.shape[0]))
    random.shuffle(order)
    shuffled = replace(
        m, candidates=tuple(m.candidates[i] for i in order), raw=m.raw[order]
    )

    _, totals, ranks = scoring.evaluate(m)
    _, shuffled_totals, shuffled_ranks = scoring.evaluate(shuffled)

    assert shuffled_totals.tolist() == pytest.approx(totals[order].tolist(), abs=1e-12)
    assert shuffled_ranks.tolist() == ranks[order].tolist()


@given(matrices(min_candidates=2))
def test_a_candidate_at_least_as_good_everywhere_never_ranks_below(
    m: DecisionMatrix,
) -> None:
    raw = m.raw.copy()
    raw[0] = np.where(
        m.maximise, np.maximum(raw[0], raw[1]), np.minimum(raw[0], raw[1])
    )
    dominant = replace(m, raw=raw)

    ranks = scoring.evaluate(dominant)[2]

    assert ranks[0] <= ranks[1]


@given(matrices(fixed=True), st.data())
def test_adding_a_candidate_leaves_the_others_alone_when_ranges_are_fixed(
    m: DecisionMatrix, data: st.DataObject
) -> None:
    n = m.shape[1]
    newcomer = data.draw(st.lists(st.integers(0, 20), min_size=n, max_size=n))
    bigger = replace(
        m, candidates=(*m.candidates, "nieuw"), raw=np.vstack([m.raw, newcomer])
    )

    _, totals, _ = scoring.evaluate(m)
    _, bigger_totals, bigger_ranks = scoring.evaluate(bigger)

    assert bigger_totals[:-1].tolist() == pytest.approx(totals.tolist(), abs=1e-12)
    for a in range(m.shape[0]):
        for b in range(m.shape[0]):
            if totals[a] > totals[b] + scoring.TIE_TOLERANCE:
                assert bigger_ranks[a] < bigger_ranks[b]


@given(matrices(), st.data())
def test_a_criterion_with_weight_zero_changes_nothing(
    m: DecisionMatrix, data: st.DataObject
) -> None:
    k = m.shape[0]
    column = np.array(
        data.draw(st.lists(st.integers(0, 20), min_size=k, max_size=k)), dtype=float
    )
    maximise = data.draw(st.booleans())
    wider = replace(
        m,
        criteria=(*m.criteria, "nul"),
        raw=np.column_stack([m.raw, column]),
        weights=np.append(m.weights, 0.0),
        maximise=np.append(m.maximise, maximise),
        low=np.append(m.low, column.min()),
        high=np.append(m.high, column.max()),
        fixed_range=np.append(m.fixed_range, False),
    )

    _, totals, ranks = scoring.evaluate(m)
    _, wider_totals, wider_ranks = scoring.evaluate(wider)

    assert wider_totals.tolist() == pytest.approx(totals.tolist(), abs=1e-12)
    assert wider_ranks.tolist() == ranks.tolist()


@given(matrices(), st.randoms(use_true_random=False))
def test_the_order_of_criteria_does_not_matter(
    m: DecisionMatrix, random: Random
) -> None:
    order = list(range(m.shape[1]))
    random.shuffle(order)
    reordered = replace(
        m,
        criteria=tuple(m.criteria[j] for j in order),
        raw=m.raw[:, order],
        weights=m.weights[order],
        maximise=m.maximise[order],
        low=m.low[order],
        high=m.high[order],
        fixed_range=m.fixed_range[order],
    )

    _, totals, ranks = scoring.evaluate(m)
    _, reordered_totals, reordered_ranks = scoring.evaluate(reordered)

    assert reordered_totals.tolist() == pytest.approx(totals.tolist(), abs=1e-12)
    assert reordered_ranks.tolist() == ranks.tolist()
