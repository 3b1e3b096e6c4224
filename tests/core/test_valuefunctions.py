"""Value functions (``valuefunctions.py``): evaluation, the straight line, inversion per piece."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerkeuze.core import scoring
from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights
from partnerkeuze.core.valuefunctions import Curve

# The example: the first savings count most, beyond € 800.000 an offer is worthless.
COSTS = Curve(np.array([300_000, 450_000, 600_000, 800_000.0]), np.array([1.0, 0.7, 0.2, 0.0]))
# "About 20 km away is best": rises, then falls.
DISTANCE = Curve(np.array([0, 20, 50.0]), np.array([0.6, 1.0, 0.0]))


def test_values_by_hand() -> None:
    """€ 350.000: 1/3 of the way from 300.000 to 450.000 -> 2/3 x 100 + 1/3 x 70 = 90.

    € 500.000: 1/3 of the way from 450.000 to 600.000 -> 2/3 x 70 + 1/3 x 20 = 53 1/3.
    """
    values = COSTS(np.array([350_000, 500_000.0]))

    assert values == pytest.approx([0.9, 0.7 * 2 / 3 + 0.2 / 3], abs=1e-15)


def test_values_at_the_points_are_the_points_exactly() -> None:
    assert COSTS(COSTS.x).tolist() == COSTS.y.tolist()
    assert DISTANCE(DISTANCE.x).tolist() == DISTANCE.y.tolist()


def test_straight_lines_are_recognised() -> None:
    assert Curve(np.array([0, 10.0]), np.array([0, 1.0])).straight() is True
    assert Curve(np.array([0, 10.0]), np.array([1, 0.0])).straight() is False
    assert Curve(np.array([0, 10.0]), np.array([0.2, 1.0])).straight() is None
    assert COSTS.straight() is None


@pytest.mark.parametrize(
    ("x", "y", "problem"),
    [
        ([0.0], [1.0], "at least two points"),
        ([0, 0.0], [0, 1.0], "strictly increasing"),
        ([0, 1.0], [0, 1.5], r"\[0, 1\]"),
        ([0, np.inf], [0, 1.0], "finite"),
    ],
)
def test_bad_curves_are_refused(x: list[float], y: list[float], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Curve(np.array(x), np.array(y))


def test_at_least_on_a_falling_function() -> None:
    """Value >= 0.5 on the costs function: 0.5 lies on the piece 450.000-600.000 (70 -> 20):
    t = (0.5 - 0.7) / (0.2 - 0.7) = 0.4, so 450.000 + 0.4 x 150.000 = 510.000."""
    ((low, high),) = COSTS.at_least(0.5)

    assert low == 300_000
    assert high == pytest.approx(510_000, abs=1e-9)


def test_at_least_on_a_single_peaked_function_gives_one_inner_interval() -> None:
    """Value >= 0.8: rising piece 0.6 -> 1 over 0-20 km crosses at 10 km; falling 1 -> 0 over 20-50 at 26 km."""
    ((low, high),) = DISTANCE.at_least(0.8)

    assert (low, high) == pytest.approx((10, 26), abs=1e-12)


def test_at_least_on_a_valley_gives_two_intervals() -> None:
    valley = Curve(np.array([0, 10, 20.0]), np.array([1.0, 0.0, 1.0]))

    found = valley.at_least(0.5)

    assert [end for region in found for end in region] == pytest.approx([0, 5, 15, 20])


def test_at_least_beyond_the_function() -> None:
    assert COSTS.at_least(1.01) == ()
    assert COSTS.at_least(0.0) == ((300_000, 800_000),)
    assert DISTANCE.at_least(-1) == ((0, 50),)


def test_plateau_counts_whole() -> None:
    plateau = Curve(np.array([0, 1, 2, 3.0]), np.array([0, 0.5, 0.5, 1.0]))

    assert plateau.at_least(0.5) == ((1, 3),)


@given(
    st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=6, unique=True),
    st.lists(st.floats(0, 1), min_size=6, max_size=6),
    st.floats(0, 1),
)
def test_at_least_agrees_with_the_values(xs: list[float], ys: list[float], level: float) -> None:
    """Every score inside a found interval reaches the level (up to rounding); every score outside does not."""
    x = np.array(sorted(xs))
    if np.any(np.diff(x) <= 0):
        return
    curve = Curve(x, np.array(ys[: len(x)]))
    found = curve.at_least(level)
    grid = np.linspace(x[0], x[-1], 301)
    inside = np.zeros(len(grid), dtype=bool)
    for low, high in found:
        assert low <= high
        inside |= (grid >= low) & (grid <= high)
    values = curve(grid)
    assert np.all(values[inside] >= level - 1e-9)
    assert np.all(values[~inside] < level + 1e-9)


@given(st.integers(0, 2**32 - 1), st.integers(1, 6), st.integers(1, 5))
def test_a_straight_function_gives_the_linear_values_bit_for_bit(seed: int, m: int, n: int) -> None:
    """(low, 0)-(high, 1) and (low, 1)-(high, 0) evaluated as curves are scoring.normalise exactly.

    The service does not even build such curves (it computes them as the linear model);
    this shows that it would not matter.
    """
    rng = np.random.default_rng(seed)
    low = rng.uniform(-1e6, 1e6, n)
    high = low + rng.uniform(1e-3, 1e6, n)
    raw = low + (high - low) * rng.random((m, n))
    maximise = rng.random(n) < 0.5
    plain = DecisionMatrix(
        candidates=tuple(f"k{i}" for i in range(m)), criteria=tuple(f"c{j}" for j in range(n)), raw=raw,
        weights=normalise_weights(np.ones(n)), maximise=maximise, low=low, high=high, fixed_range=np.ones(n, bool),
    )
    curves = tuple(Curve(np.array([low[j], high[j]]), np.array([0.0, 1.0] if maximise[j] else [1.0, 0.0]))
                   for j in range(n))
    curved = DecisionMatrix(
        candidates=plain.candidates, criteria=plain.criteria, raw=raw, weights=plain.weights,
        maximise=maximise, low=low, high=high, fixed_range=plain.fixed_range, curves=curves,
    )

    assert scoring.normalise(curved).tobytes() == scoring.normalise(plain).tobytes()


def test_matrix_refuses_a_curve_whose_domain_is_not_the_range() -> None:
    with pytest.raises(ValueError, match="domain"):
        DecisionMatrix(
            candidates=("a",), criteria=("c",), raw=np.array([[400_000.0]]), weights=np.array([1.0]),
            maximise=np.array([False]), low=np.array([0.0]), high=np.array([800_000.0]),
            fixed_range=np.array([True]), curves=(COSTS,),
        )
