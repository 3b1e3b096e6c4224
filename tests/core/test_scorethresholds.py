"""Score thresholds, checked against the model itself."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from partnerkeuze.core.matrix import DecisionMatrix
from partnerkeuze.core.scorethresholds import first_reaching, score_thresholds
from partnerkeuze.core.scoring import evaluate
from partnerkeuze.core.valuefunctions import Curve

FAST = settings(deadline=None)


def make_matrix(raw, weights, maximise, fixed, low=None, high=None) -> DecisionMatrix:
    raw = np.asarray(raw, dtype=float)
    fixed = np.asarray(fixed, dtype=bool)
    low = raw.min(axis=0) if low is None else np.where(fixed, low, raw.min(axis=0))
    high = raw.max(axis=0) if high is None else np.where(fixed, high, raw.max(axis=0))
    m, n = raw.shape
    return DecisionMatrix(
        candidates=tuple(f"c{i}" for i in range(m)),
        criteria=tuple(f"k{j}" for j in range(n)),
        raw=raw,
        weights=np.asarray(weights, dtype=float) / np.sum(weights),
        maximise=np.asarray(maximise, dtype=bool),
        low=low,
        high=high,
        fixed_range=fixed,
    )


def with_score(matrix: DecisionMatrix, i: int, k: int, x: float) -> DecisionMatrix:
    """One raw score changed; ranges taken from the scores follow it."""
    raw = matrix.raw.copy()
    raw[i, k] = x
    low = np.where(matrix.fixed_range, matrix.low, raw.min(axis=0))
    high = np.where(matrix.fixed_range, matrix.high, raw.max(axis=0))
    return DecisionMatrix(
        candidates=matrix.candidates,
        criteria=matrix.criteria,
        raw=raw,
        weights=matrix.weights,
        maximise=matrix.maximise,
        low=low,
        high=high,
        fixed_range=matrix.fixed_range,
        curves=matrix.curves,
    )


def is_first(matrix: DecisionMatrix, i: int) -> bool:
    return bool(evaluate(matrix)[2][i] == 1)


@st.composite
def matrices(draw):
    m = draw(st.integers(1, 5))
    n = draw(st.integers(1, 4))
    raw = np.array(
        draw(
            st.lists(
                st.lists(st.integers(0, 10), min_size=n, max_size=n),
                min_size=m,
                max_size=m,
            )
        )
    )
    weights = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    assume(sum(weights) > 0)
    maximise = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    fixed = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return make_matrix(
        raw, weights, maximise, fixed, low=np.zeros(n), high=np.full(n, 10.0)
    )


def check_thresholds(matrix: DecisionMatrix) -> None:
    result = score_thresholds(matrix)
    m, n = matrix.shape
    assert result.winners == tuple(np.flatnonzero(evaluate(matrix)[2] == 1))
    for i in range(m):
        for k in range(n):
            cell = result.cell(i, k)
            assert (cell.candidate, cell.criterion) == (i, k)
            assert cell.winner == (i in result.winners)
            low, high = cell.domain
            better = 1.0 if matrix.maximise[k] else -1.0
            best, worst = (high, low) if better > 0 else (low, high)
            step = 1e-6 * (high - low)
            if cell.threshold is None:
                end = worst if cell.winner else best
                assert is_first(with_score(matrix, i, k, end), i) == cell.winner
                continue
            x = cell.threshold
            assert low - 1e-12 <= x <= high + 1e-12
            if cell.winner:
                assert better * (x - cell.current) <= 1e-12
            else:
                assert better * (x - cell.current) > 0
                assert cell.inclusive
            assert is_first(with_score(matrix, i, k, x), i) == cell.inclusive
            short, past = x - better * step, x + better * step
            if low <= short <= high:
                assert not is_first(with_score(matrix, i, k, short), i)
            if not cell.inclusive:
                assert is_first(with_score(matrix, i, k, past), i)


@FAST
@given(matrices())
def test_a_threshold_score_makes_the_candidate_first_and_just_short_does_not(matrix):
    check_thresholds(matrix)


def test_fixed_range_threshold_by_hand():
    """Scale 0..10, weights 1/2 and 1/2, both max.

    A = (8, 6): 0.8/2 + 0.6/2 = 0.70; B = (6, 7): 0.30 + 0.35 = 0.65; C = (2, 2): 0.20.
    B needs 0.05 more on one criterion: 0.1 in value = 1 point, so 7 on criterion 1
    or 8 on criterion 2. A may drop to 7 on criterion 1 or 5 on criterion 2.
    C would need 2 + 2 * 0.5 * 10 = 12 > 10 on criterion 1: out of range.
    """
    matrix = make_matrix(
        [[8, 6], [6, 7], [2, 2]], [1, 1], [True, True], [True, True], [0, 0], [10, 10]
    )
    result = score_thresholds(matrix)
    assert result.winners == (0,)
    assert result.cell(1, 0).threshold == pytest.approx(7.0)
    assert result.cell(1, 1).threshold == pytest.approx(8.0)
    assert result.cell(0, 0).threshold == pytest.approx(7.0)
    assert result.cell(0, 1).threshold == pytest.approx(5.0)
    assert result.cell(2, 0).threshold is None
    assert result.cell(2, 0).domain == (0.0, 10.0)
    check_thresholds(matrix)


def test_min_criterion_threshold_by_hand():
    """Cost 0..100 (min), benefit 0..10 (max), weights 1/2, 1/2.

    A: cost 20 -> 0.8, benefit 5 -> 0.5: 0.65.
    B: cost 50 -> 0.5, benefit 9 -> 0.9: 0.70.
    A needs 0.05 more: 0.1 in value on cost, i.e. a cost of at most 10.
    """
    matrix = make_matrix(
        [[20, 5], [50, 9]], [1, 1], [False, True], [True, True], [0, 0], [100, 10]
    )
    result = score_thresholds(matrix)
    assert result.winners == (1,)
    assert result.cell(0, 0).threshold == pytest.approx(10.0)
    assert result.cell(1, 0).threshold == pytest.approx(60.0)  # B may cost up to 60
    check_thresholds(matrix)


def test_derived_range_with_two_candidates():
    """Ranges from the scores: with two candidates every value is 0, 1, or 1 for both.

    A = (10, 4), B = (0, 10), weights 0.6 / 0.4: A = 0.6, B = 0.4. If A drops to 0 on
    criterion 1 the column is flat (both 1) and B wins 1.0 to 0.6, but any score above
    0 keeps A first: threshold 0, not inclusive. B needs 10 there (then both get 1
    and B wins 1.0 to 0.6). On criterion 2 A is already the lowest and B the highest.
    """
    matrix = make_matrix([[10, 4], [0, 10]], [0.6, 0.4], [True, True], [False, False])
    result = score_thresholds(matrix)
    a1, a2 = result.cells[0]
    b1, b2 = result.cells[1]
    assert (a1.threshold, a1.inclusive) == (0.0, False)
    assert (b1.threshold, b1.inclusive) == (10.0, True)
    assert a2.threshold is None
    assert b2.threshold is None
    assert a1.domain == (0.0, 10.0)
    check_thresholds(matrix)


def test_derived_range_moves_every_value():
    """A score beyond everyone else's stretches the range and moves every value.

    The threshold must come from the re-evaluated model, found here by bisection.
    """
    raw = [[3.0, 7.0], [5.0, 6.0], [4.0, 2.0], [9.0, 8.0]]
    matrix = make_matrix(raw, [2, 1], [False, True], [False, False])
    result = score_thresholds(matrix)
    for i in range(4):
        for k in range(2):
            cell = result.cell(i, k)
            if cell.threshold is None or not cell.inclusive:
                continue
            low, high = cell.domain
            better = 1.0 if matrix.maximise[k] else -1.0
            lo, hi = (cell.current, high) if better > 0 else (low, cell.current)
            if cell.winner:
                lo, hi = (low, cell.current) if better > 0 else (cell.current, high)
            first_side = is_first(with_score(matrix, i, k, hi if better > 0 else lo), i)
            for _ in range(80):
                mid = (lo + hi) / 2
                if is_first(with_score(matrix, i, k, mid), i) == first_side:
                    lo, hi = (lo, mid) if better > 0 else (mid, hi)
                else:
                    lo, hi = (mid, hi) if better > 0 else (lo, mid)
            assert cell.threshold == pytest.approx((lo + hi) / 2, abs=1e-9)
    check_thresholds(matrix)


def test_a_tied_winner_stays_first_while_the_tie_lasts():
    """Found by hypothesis: C ties B for first, three min criteria, ranges from scores.

    Weights 2/11, 4/11, 5/11. C has the lowest cost on criterion 3 (0, so v = 1 for
    any cost up to 1) and ties B at 5/11. Raising C's cost shrinks the range and
    lifts A: S_A = 2/11 + (5/11) / (2 - x), which reaches 5/11 at x = 1/3.
    """
    raw = [[0, 1, 1], [1, 0, 2], [2, 1, 0]]
    matrix = make_matrix(raw, [2, 4, 5], [False] * 3, [False] * 3)
    cell = score_thresholds(matrix).cell(2, 2)
    assert cell.winner
    assert cell.threshold == pytest.approx(1 / 3)
    check_thresholds(matrix)


@pytest.mark.parametrize("seed", range(6))
def test_thresholds_on_random_continuous_matrices(seed):
    rng = np.random.default_rng(seed)
    m, n = 6, 4
    raw = rng.random((m, n)) * 10
    matrix = make_matrix(
        raw,
        rng.random(n),
        rng.random(n) < 0.5,
        rng.random(n) < 0.5,
        np.zeros(n),
        np.full(n, 10.0),
    )
    check_thresholds(matrix)


def test_threshold_on_a_flat_or_weightless_criterion_is_none():
    matrix = make_matrix(
        [[5, 1], [5, 9]], [0, 1], [True, True], [False, True], [0, 0], [10, 10]
    )
    result = score_thresholds(matrix)
    assert result.cell(0, 0).threshold is None  # everybody scores 5: nothing to move
    assert result.cell(0, 1).threshold == pytest.approx(9.0)  # needs 9 to tie B


def test_first_reaching_maps_a_threshold_onto_a_scale():
    scale = (1, 2, 3, 4, 5)
    assert first_reaching(3.2, scale, maximise=True) == 3  # the label with number 4
    assert first_reaching(3.0000000000000004, scale, maximise=True) == 2
    assert first_reaching(3.0, scale, maximise=True, inclusive=False) == 3
    assert first_reaching(3.2, scale, maximise=False) == 2  # at most 3.2: 3
    assert first_reaching(5.5, scale, maximise=True) is None
    assert first_reaching(0.5, scale, maximise=False) is None
    with pytest.raises(ValueError, match="scale_numbers"):
        first_reaching(1.0, [], maximise=True)


# --- value functions: the inversion per piece, checked by bisection on the real model ----------


def curved_matrix(seed: int) -> DecisionMatrix:
    """Random candidates; every other criterion has a random value function (rising, falling or both)."""
    rng = np.random.default_rng(seed)
    m, n = int(rng.integers(2, 6)), int(rng.integers(1, 4))
    raw = np.empty((m, n))
    low, high, curves = np.zeros(n), np.zeros(n), []
    for j in range(n):
        points = int(rng.integers(2, 6))
        x = np.sort(rng.uniform(-1000, 1000, points))
        x[-1] = max(x[-1], x[0] + 1)
        curve = Curve(x, rng.random(points)) if j % 2 == 0 or n == 1 else None
        low[j], high[j] = x[0], x[-1]
        raw[:, j] = rng.uniform(x[0], x[-1], m)
        curves.append(curve)
    matrix = make_matrix(raw, rng.integers(1, 11, n), rng.random(n) < 0.5, np.ones(n, bool), low, high)
    return DecisionMatrix(
        candidates=matrix.candidates, criteria=matrix.criteria, raw=raw, weights=matrix.weights,
        maximise=matrix.maximise, low=low, high=high, fixed_range=matrix.fixed_range, curves=tuple(curves),
    )


def bisect_flip(matrix: DecisionMatrix, i: int, k: int, inside: float, outside: float) -> float:
    """Where first place flips between a score at which i is first and one at which it is not."""
    for _ in range(200):
        middle = (inside + outside) / 2
        if middle in (inside, outside):
            break
        if is_first(with_score(matrix, i, k, middle), i):
            inside = middle
        else:
            outside = middle
    return inside


@settings(deadline=None, max_examples=30)  # ~60 model evaluations per cell: a few seconds
@given(st.integers(0, 2**32 - 1))
def test_value_function_thresholds_agree_with_bisection_on_the_real_model(seed: int) -> None:
    """Each inner end of each region is where the real model's first place flips, found by bisection.

    Inside a region (its middle) the candidate is first; in every gap between regions it
    is not; bisecting between the two lands on the region's end. A grid over the whole
    domain finds no other flip.
    """
    matrix = curved_matrix(seed)
    found = score_thresholds(matrix)
    m, n = matrix.shape
    for k in range(n):
        curve = matrix.curves[k]
        if curve is None:
            continue
        low, high = curve.domain
        span = high - low
        grid = np.linspace(low, high, 61)
        for i in range(m):
            cell = found.cell(i, k)
            assert cell.regions is not None
            assert cell.domain == (low, high)
            ends = [low, *(end for region in cell.regions for end in region), high]
            for region in cell.regions:
                assert is_first(with_score(matrix, i, k, (region[0] + region[1]) / 2), i)
            for gap_low, gap_high in zip(ends[::2], ends[1::2], strict=True):
                if gap_high - gap_low <= 1e-9 * span:
                    continue
                middle = (gap_low + gap_high) / 2
                assert not is_first(with_score(matrix, i, k, middle), i), (i, k, middle, cell)
                if gap_low > low:  # a region ends at gap_low
                    assert bisect_flip(matrix, i, k, gap_low - (gap_low - ends[ends.index(gap_low) - 1]) / 2,
                                       middle) == pytest.approx(gap_low, abs=1e-9 * span)
                if gap_high < high:  # a region starts at gap_high
                    following = ends[ends.index(gap_high) + 1]
                    assert bisect_flip(matrix, i, k, (gap_high + following) / 2,
                                       middle) == pytest.approx(gap_high, abs=1e-9 * span)
            near = np.zeros(len(grid), dtype=bool)
            inside = np.zeros(len(grid), dtype=bool)
            for region_low, region_high in cell.regions:
                inside |= (grid >= region_low) & (grid <= region_high)
                near |= (np.abs(grid - region_low) < 1e-9 * span) | (np.abs(grid - region_high) < 1e-9 * span)
            first = np.array([is_first(with_score(matrix, i, k, x), i) for x in grid])
            assert np.all(first[~near] == inside[~near]), (i, k, cell)
            if cell.threshold is not None:
                assert cell.threshold in ends


def test_value_function_threshold_by_hand() -> None:
    """Two candidates, one criterion each way.

    kosten (weight 1/2) with the issue's function 300.000: 100, 450.000: 70, 600.000: 20, 800.000: 0;
    kwaliteit (weight 1/2, range 0-10, max).
    A: 500.000 (53 1/3), kwaliteit 8 (0.8): total (0.5333 + 0.8) / 2 = 0.6667.
    B: 350.000 (90),     kwaliteit 4 (0.4): total (0.9 + 0.4) / 2 = 0.65.
    A stays first while 0.5 v + 0.4 >= 0.65, so v >= 0.5: on the piece 450.000-600.000
    (70 -> 20) v = 0.5 at 450.000 + (0.7 - 0.5) / 0.5 x 150.000 = 510.000.
    B becomes first when 0.5 v + 0.2 >= 0.6667, v >= 0.9333: on 300.000-450.000 (100 -> 70)
    at 300.000 + (1 - 0.9333) / 0.3 x 150.000 = 333.333,33.
    """
    costs = Curve(np.array([300_000, 450_000, 600_000, 800_000.0]), np.array([1.0, 0.7, 0.2, 0.0]))
    matrix = DecisionMatrix(
        candidates=("a", "b"), criteria=("kosten", "kwaliteit"), raw=np.array([[500_000, 8], [350_000, 4.0]]),
        weights=np.array([0.5, 0.5]), maximise=np.array([False, True]), low=np.array([300_000, 0.0]),
        high=np.array([800_000, 10.0]), fixed_range=np.array([True, True]), curves=(costs, None),
    )

    a, b = score_thresholds(matrix).cell(0, 0), score_thresholds(matrix).cell(1, 0)

    assert a.winner
    assert a.threshold == pytest.approx(510_000, abs=1e-6)
    assert [end for region in a.regions or () for end in region] == pytest.approx([300_000, 510_000], abs=1e-6)
    assert not b.winner
    assert b.threshold == pytest.approx(1_000_000 / 3, abs=1e-6)
    assert b.level == pytest.approx(14 / 15)
