"""Weight stability intervals, checked against the model itself."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from partnerkeuze.core.scoring import rank, totals
from partnerkeuze.core.weightintervals import (
    Bound,
    WeightInterval,
    by_fragility,
    weight_intervals,
)

FAST = settings(deadline=None)
# Values on a grid of tenths and integer weights keep every slope away from zero,
# so a step of EPS past a bound moves a pair far beyond the tie tolerance.
EPS = 1e-7


# -- helpers -------------------------------------------------------------------------


def path_weights(weights: np.ndarray, k: int, t: float) -> np.ndarray:
    """METHODS §1.1: w_k = t, the others scaled by (1 - t) / (1 - w_k)."""
    weights = weights / weights.sum()
    moved = weights * (1 - t) / (1 - weights[k])
    moved[k] = t
    return moved


def ranks_at(values: np.ndarray, weights: np.ndarray, k: int, t: float) -> np.ndarray:
    return rank(totals(values, path_weights(weights, k, t)))


def lines(
    values: np.ndarray, weights: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each candidate's total at t = 0 and t = 1 on criterion k's path."""
    return totals(values, path_weights(weights, k, 0.0)), values[:, k]


@st.composite
def problems(draw, min_m=2, max_m=6, zero_weights=True):
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(2, 5))
    tenths = st.integers(0, 10)
    values = np.array(
        draw(st.lists(st.lists(tenths, min_size=n, max_size=n), min_size=m, max_size=m))
    )
    low = 0 if zero_weights else 1
    weights = np.array(
        draw(st.lists(st.integers(low, 10), min_size=n, max_size=n)), dtype=float
    )
    assume(weights.sum() > 0)
    return values / 10.0, weights


def check_winner_interval(values, weights, item: WeightInterval) -> None:
    k, interval = item.criterion, item.winner
    assert interval is not None
    winners = np.flatnonzero(rank(totals(values, weights)) == 1)
    low, high = interval.low.weight, interval.high.weight
    inside = [low, high, item.weight]
    if high - low > 2 * EPS:
        inside += [low + EPS, high - EPS, (low + high) / 2]
    for t in inside:  # a tie at a bound counts as staying first
        assert np.all(ranks_at(values, weights, k, t)[winners] == 1), t
    for bound, step in ((interval.low, -EPS), (interval.high, EPS)):
        if bound.swaps:
            a, b = bound.pair
            beyond = ranks_at(values, weights, k, bound.weight + step)
            assert a in winners
            assert beyond[b] == 1
            assert beyond[a] > 1


def check_ranking_interval(values, weights, item: WeightInterval) -> None:
    k, interval = item.criterion, item.ranking
    assert interval is not None
    base = rank(totals(values, weights))
    low, high = interval.low.weight, interval.high.weight
    inside = [item.weight]
    if high - low > 2 * EPS:
        inside += [low + EPS, high - EPS, (low + high) / 2]
    for t in inside:
        np.testing.assert_array_equal(ranks_at(values, weights, k, t), base)
    for bound, step, end in ((interval.low, -EPS, 0.0), (interval.high, EPS, 1.0)):
        at = totals(values, path_weights(weights, k, bound.weight))
        if bound.pair is None:
            assert bound.weight == end
            np.testing.assert_array_equal(ranks_at(values, weights, k, end), base)
            continue
        a, b = bound.pair
        assert base[a] <= base[b]
        assert at[a] == pytest.approx(at[b], abs=1e-12)
        if bound.swaps:
            beyond = ranks_at(values, weights, k, bound.weight + step)
            assert beyond[b] < beyond[a]
        else:
            assert bound.weight == end


# -- weight intervals ------------------------------------------------------------------


def test_weight_intervals_hand_computed_example():
    """Three candidates, three criteria, worked out in fractions.

    Values A = (1, 0, 1/2), B = (0, 1, 1), C = (1/2, 1/2, 0); weights (1/2, 1/4, 1/4).
    Totals A = 1/2 + 0 + 1/8 = 5/8, B = 0 + 1/4 + 1/4 = 1/2, C = 1/4 + 1/8 + 0 = 3/8.

    Criterion 1 (w = 1/2): R = (S - w r)/(1 - w) gives R_A = 1/4, R_B = 1, R_C = 1/4,
    so S_A(t) = 1/4 + 3t/4, S_B(t) = 1 - t, S_C(t) = 1/4 + t/4.
    A = B at 7t/4 = 3/4, t = 3/7 (below it B leads); B = C at 5t/4 = 3/4, t = 3/5.
    Winner interval [3/7, 1], ranking interval [3/7, 3/5].
    Criterion 2 (w = 1/4): R_A = 5/6, R_B = R_C = 1/3; S_A = 5/6 - 5t/6,
    S_B = 1/3 + 2t/3, S_C = 1/3 + t/6. A = B at t = 1/3; B = C only at t = 0.
    Winner interval [0, 1/3], ranking interval [0, 1/3] with B, C tied at 0.
    Criterion 3 (w = 1/4): R_A = 2/3, R_B = 1/3, R_C = 1/2; S_A = 2/3 - t/6,
    S_B = 1/3 + 2t/3, S_C = 1/2 - t/2. A = B at 5t/6 = 1/3, t = 2/5;
    B = C at 7t/6 = 1/6, t = 1/7. Winner interval [0, 2/5], ranking [1/7, 2/5].
    Critical changes -1/14, +1/12, +3/20: criterion 1 is the most fragile.
    """
    values = np.array([[1, 0, 0.5], [0, 1, 1], [0.5, 0.5, 0]])
    weights = np.array([0.5, 0.25, 0.25])
    c1, c2, c3 = weight_intervals(values, weights)

    def check(interval, low, low_pair, high, high_pair):
        assert interval.low.weight == pytest.approx(low, abs=1e-15)
        assert interval.high.weight == pytest.approx(high, abs=1e-15)
        assert (interval.low.pair, interval.high.pair) == (low_pair, high_pair)

    check(c1.winner, 3 / 7, (0, 1), 1.0, None)
    check(c1.ranking, 3 / 7, (0, 1), 3 / 5, (1, 2))
    check(c2.winner, 0.0, None, 1 / 3, (0, 1))
    check(c2.ranking, 0.0, (1, 2), 1 / 3, (0, 1))
    assert not c2.ranking.low.swaps  # B and C only tie at t = 0
    check(c3.winner, 0.0, None, 2 / 5, (0, 1))
    check(c3.ranking, 1 / 7, (1, 2), 2 / 5, (0, 1))
    assert c1.winner.low.takeover == 1
    assert c1.winner_change.delta == pytest.approx(-1 / 14)
    assert c1.winner_change.relative == pytest.approx(-1 / 7)
    assert c2.winner_change.delta == pytest.approx(1 / 12)
    assert c3.winner_change.delta == pytest.approx(3 / 20)
    assert [item.criterion for item in by_fragility((c3, c2, c1))] == [0, 1, 2]


def test_hand_example_fractions_match_the_closed_form():
    """The same example, with METHODS §1.2 evaluated in exact fractions."""
    f = Fraction
    values = [[f(1), f(0), f(1, 2)], [f(0), f(1), f(1)], [f(1, 2), f(1, 2), f(0)]]
    weights = [f(1, 2), f(1, 4), f(1, 4)]
    scores = [sum(w * v for w, v in zip(weights, row, strict=True)) for row in values]
    a, b, k = 0, 1, 0
    d = scores[a] - scores[b]
    dr = values[a][k] - values[b][k]
    assert (weights[k] * dr - d) / (dr - d) == f(3, 7)


@FAST
@given(problems())
def test_every_bound_holds_inside_and_breaks_outside(problem):
    values, weights = problem
    for item in weight_intervals(values, weights):
        if not item.path_defined:
            assert item.winner is None
            assert item.ranking is None
            continue
        check_winner_interval(values, weights, item)
        check_ranking_interval(values, weights, item)


@pytest.mark.parametrize("seed", range(4))
def test_intervals_agree_with_a_brute_force_grid(seed):
    """20 001 points on t: ranking as the file's inside, different just outside."""
    rng = np.random.default_rng(seed)
    values = rng.random((6, 4))
    weights = rng.random(4)
    grid = np.linspace(0.0, 1.0, 20_001)
    step = grid[1]
    base = rank(totals(values, weights))
    for item in weight_intervals(values, weights):
        k = item.criterion
        all_weights = np.array([path_weights(weights, k, t) for t in grid])
        scores = totals(values, all_weights).T  # (grid, candidates)
        # competition ranks, as scoring.rank (no near-ties in continuous random data)
        grid_ranks = 1 + np.sum(scores[:, None, :] - scores[:, :, None] > 1e-12, axis=2)
        same = np.all(grid_ranks == base, axis=1)
        first = np.all(grid_ranks[:, np.flatnonzero(base == 1)] == 1, axis=1)
        for interval, holds in ((item.ranking, same), (item.winner, first)):
            low, high = interval.low.weight, interval.high.weight
            strictly_inside = (grid > low + 1e-9) & (grid < high - 1e-9)
            assert holds[strictly_inside].all()
            # the grid's own interval around w_k, found by walking outwards
            centre = int(np.searchsorted(grid, item.weight))
            lo = centre
            while lo > 0 and holds[lo - 1]:
                lo -= 1
            hi = centre
            while hi < len(grid) - 1 and holds[hi + 1]:
                hi += 1
            assert grid[lo] - step <= low <= grid[lo] + 1e-12
            assert grid[hi] - 1e-12 <= high <= grid[hi] + step


@pytest.mark.parametrize("seed", range(4))
def test_bounds_match_the_methods_crossing_formula(seed):
    """METHODS §1.2: t* = (w_k dr - D)/(dr - D) and dw = -D (1 - w_k)/(dr - D)."""
    rng = np.random.default_rng(100 + seed)
    values = rng.random((8, 5))
    weights = rng.random(5)
    weights /= weights.sum()
    scores = totals(values, weights)
    checked = 0
    for item in weight_intervals(values, weights):
        k, w = item.criterion, item.weight
        for bound in (
            item.ranking.low,
            item.ranking.high,
            item.winner.low,
            item.winner.high,
        ):
            if bound.pair is None:
                continue
            a, b = bound.pair
            d = scores[a] - scores[b]
            dr = values[a, k] - values[b, k]
            assert (w * dr - d) / (dr - d) == pytest.approx(bound.weight, abs=1e-12)
            assert -d * (1 - w) / (dr - d) == pytest.approx(bound.weight - w, abs=1e-12)
            checked += 1
    assert checked > 0


@FAST
@given(problems(), st.floats(0.01, 100.0))
def test_scaling_all_weights_changes_no_interval(problem, c):
    values, weights = problem
    for one, other in zip(
        weight_intervals(values, weights),
        weight_intervals(values, c * weights),
        strict=True,
    ):
        assert one.weight == pytest.approx(other.weight, abs=1e-12)
        assert one.path_defined == other.path_defined
        for mine, theirs in ((one.winner, other.winner), (one.ranking, other.ranking)):
            if mine is None:
                assert theirs is None
                continue
            for x, y in ((mine.low, theirs.low), (mine.high, theirs.high)):
                assert x.weight == pytest.approx(y.weight, abs=1e-9)
                assert x.pair == y.pair


def same_line(values, weights, k, i, j) -> bool:
    at0, at1 = lines(values, weights, k)
    return bool(abs(at0[i] - at0[j]) < 1e-12 and abs(at1[i] - at1[j]) < 1e-12)


@FAST
@given(problems(), st.randoms(use_true_random=False))
def test_permuting_candidates_permutes_the_pairs(problem, random):
    """Up to candidates that move identically along the path (either may be named)."""
    values, weights = problem
    m = len(values)
    order = list(range(m))
    random.shuffle(order)  # new position p holds old candidate order[p]
    moved = values[order]
    for one, other in zip(
        weight_intervals(values, weights), weight_intervals(moved, weights), strict=True
    ):
        if not one.path_defined:
            continue
        k = one.criterion
        for mine, theirs in ((one.winner, other.winner), (one.ranking, other.ranking)):
            for x, y in ((mine.low, theirs.low), (mine.high, theirs.high)):
                assert x.weight == pytest.approx(y.weight, abs=1e-12)
                assert (x.pair is None) == (y.pair is None)
                if x.pair is not None:
                    mapped = tuple(order[p] for p in y.pair)
                    assert all(
                        same_line(values, weights, k, i, j)
                        for i, j in zip(x.pair, mapped, strict=True)
                    )


def test_tied_winners_make_the_winner_interval_degenerate():
    """A and B share first place; any change of weight 1 breaks the tie.

    Raising weight 1 makes A the sole winner, lowering it makes B the sole winner.
    """
    values = np.array([[1.0, 0.0], [0.0, 1.0], [0.2, 0.2]])
    item = weight_intervals(values, np.array([0.5, 0.5]))[0]
    assert item.winner.low == Bound(0.5, (0, 1), swaps=True)
    assert item.winner.high == Bound(0.5, (1, 0), swaps=True)
    assert item.ranking.low.weight == item.ranking.high.weight == 0.5
    assert item.winner_change.delta == 0.0
    check_winner_interval(values, np.array([0.5, 0.5]), item)


def test_identical_winners_move_together():
    """Identical candidates stay tied along the path: only C can end their joint lead.

    S_A = S_B = 1/2 + t/2 and S_C = 1 - t meet at t = 1/3.
    """
    values = np.array([[1.0, 0.5], [1.0, 0.5], [0.0, 1.0]])
    item = weight_intervals(values, np.array([0.5, 0.5]))[0]
    assert item.winner.low.weight == pytest.approx(1 / 3)
    assert item.winner.low.takeover == 2
    assert item.winner.high == Bound(1.0, None, swaps=False)
    assert item.ranking.low.weight == pytest.approx(1 / 3)


def test_a_criterion_with_all_weight_has_no_path():
    values = np.array([[1.0, 0.0, 0.3], [0.0, 1.0, 0.6]])
    items = weight_intervals(values, np.array([0.0, 2.0, 0.0]))
    assert [item.path_defined for item in items] == [True, False, True]
    assert items[1].winner is None
    assert items[1].winner_change is None
    assert items[0].winner.low == Bound(0.0, None, swaps=False)
    assert items[0].winner_change.weight == pytest.approx(1 / 2)  # A: t, B: 1 - t
    assert [item.criterion for item in by_fragility(items)] == [0, 1, 2]


def test_single_candidate_never_loses():
    item = weight_intervals(np.array([[0.4, 0.9]]), np.array([1.0, 1.0]))[0]
    assert item.winner.low == Bound(0.0, None, swaps=False)
    assert item.winner.high == Bound(1.0, None, swaps=False)
    assert item.winner_change is None


@pytest.mark.parametrize(
    ("values", "weights", "argument"),
    [
        (np.ones((2, 2)), np.array([1.0, -1.0, 1.0]), "weights"),
        (np.ones((2, 2)), np.array([1.0, -1.0]), "weights"),
        (np.ones((2, 2)), np.array([0.0, 0.0]), "weights"),
        (np.ones(2), np.array([1.0, 1.0]), "values"),
        (np.array([[np.nan, 1.0]]), np.array([1.0, 1.0]), "values"),
    ],
)
def test_weight_intervals_rejects_bad_input(values, weights, argument):
    with pytest.raises(ValueError, match=argument):
        weight_intervals(values, weights)


def test_weight_intervals_for_342_candidates_is_fast_enough():
    rng = np.random.default_rng(7)
    items = weight_intervals(rng.random((342, 30)), rng.random(30))
    assert len(items) == 30
    assert all(
        item.winner.low.weight <= item.weight <= item.winner.high.weight
        for item in items
    )


@FAST
@given(problems(), st.sampled_from([1, 3, 10]))
def test_blocks_and_winner_only_give_the_same_intervals(problem, block):
    """Criteria are worked on in blocks (``_BLOCK``); neither the block size nor
    leaving out the ranking intervals (``winner_only``, for explore) changes a bound."""
    import partnerkeuze.core.weightintervals as module

    values, weights = problem
    whole = weight_intervals(values, weights)
    saved = module._BLOCK
    module._BLOCK = block
    try:
        blocked = weight_intervals(values, weights)
    finally:
        module._BLOCK = saved
    winners = weight_intervals(values, weights, winner_only=True)

    assert blocked == whole
    assert [item.winner for item in winners] == [item.winner for item in whole]
    assert all(item.ranking is None for item in winners)
