"""Drawing uncertain scores (``scoresampling.py``): uniform ranges and Beta-PERT estimates."""

from __future__ import annotations

import numpy as np
import pytest

from partnerkeuze.core.scoresampling import UncertainScores, normalised


def cells(**overrides: object) -> UncertainScores:
    spec: dict[str, object] = {
        "rows": [0, 1], "cols": [1, 0], "low": [0.2, 0.0], "mode": [0.5, 0.25], "high": [0.8, 1.0],
        "pert": [False, True],
    }
    spec.update(overrides)
    return UncertainScores(**spec)  # type: ignore[arg-type]


def test_draws_stay_within_each_cells_bounds() -> None:
    draws = cells().draw(np.random.default_rng(3), 20_000)

    assert draws.shape == (20_000, 2)
    assert draws[:, 0].min() >= 0.2 and draws[:, 0].max() <= 0.8
    assert draws[:, 1].min() >= 0.0 and draws[:, 1].max() <= 1.0


def test_a_range_is_uniform() -> None:
    draws = cells().draw(np.random.default_rng(4), 200_000)[:, 0]

    assert draws.mean() == pytest.approx(0.5, abs=0.003)
    assert draws.var() == pytest.approx(0.6**2 / 12, rel=0.02)


def test_an_estimate_is_beta_pert_with_mean_a_plus_4m_plus_b_over_6() -> None:
    """Malcolm et al. (1959); Vose (2008): alpha = 1 + 4 (m - a)/(b - a), beta = 1 + 4 (b - m)/(b - a)."""
    uncertain = cells()
    draws = uncertain.draw(np.random.default_rng(5), 200_000)[:, 1]
    alpha, beta = uncertain.alpha_beta

    assert (float(alpha[1]), float(beta[1])) == pytest.approx((2.0, 4.0))
    assert (float(alpha[0]), float(beta[0])) == (1.0, 1.0)  # the range: Beta(1, 1), the uniform
    assert draws.mean() == pytest.approx((0.0 + 4 * 0.25 + 1.0) / 6, abs=0.003)
    # The mode of Beta(2, 4) is (alpha - 1) / (alpha + beta - 2) = 0.25: the most likely value.
    counts, edges = np.histogram(draws, bins=20, range=(0, 1))
    assert 0.2 <= edges[np.argmax(counts)] <= 0.3


def test_chunks_continue_one_stream() -> None:
    """Two draws of 7 and 13 samples equal one draw of 20: chunking cannot change the Monte Carlo."""
    uncertain = cells()
    rng = np.random.default_rng(9)
    parts = np.vstack([uncertain.draw(rng, 7), uncertain.draw(rng, 13)])

    np.testing.assert_array_equal(parts, uncertain.draw(np.random.default_rng(9), 20))


def test_sample_replaces_only_the_uncertain_cells() -> None:
    values = np.array([[0.1, 0.5, 0.9], [0.3, 0.4, 0.6]])

    stack = cells().sample(np.random.default_rng(1), 50, values)

    assert stack.shape == (50, 2, 3)
    np.testing.assert_array_equal(stack[:, 0, 0], 0.1)
    np.testing.assert_array_equal(stack[:, 1, 2], 0.6)
    assert len(set(stack[:, 0, 1])) == 50
    assert len(set(stack[:, 1, 0])) == 50


def test_a_degenerate_estimate_is_its_value() -> None:
    uncertain = cells(low=[0.5, 0.3], mode=[0.5, 0.3], high=[0.5, 0.3])

    np.testing.assert_array_equal(uncertain.draw(np.random.default_rng(2), 5), [[0.5, 0.3]] * 5)


@pytest.mark.parametrize(
    "overrides",
    [{"low": [0.6, 0.0]}, {"high": [0.8, 1.2]}, {"rows": [0]}, {"mode": [0.9, 0.25]}],
    ids=["low-above-mode", "above-one", "lengths", "mode-above-high"],
)
def test_bad_cells_are_refused(overrides: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="cell"):
        cells(**overrides)


@pytest.mark.parametrize(
    ("raw", "maximise", "expected"),
    [(50, True, 0.5), (75, True, 0.75), (75, False, 0.25), (10, True, 1.0)],
)
def test_normalised_follows_the_model(raw: float, maximise: bool, expected: float) -> None:
    low, high = (0.0, 100.0) if raw != 10 else (10.0, 10.0)

    assert normalised(raw, low, high, maximise) == expected


def test_a_score_on_a_value_function_is_drawn_then_valued() -> None:
    """Draw the score, then apply the function: the same stream gives curve(draw) in the curve's cell."""
    from partnerkeuze.core.valuefunctions import Curve  # noqa: PLC0415

    curve = Curve(np.array([0.0, 0.5, 1.0]), np.array([1.0, 0.9, 0.0]))
    plain = UncertainScores([0, 1], [0, 0], [0.2, 0.1], [0.5, 0.3], [0.9, 0.7], [True, False])
    curved = UncertainScores([0, 1], [0, 0], [0.2, 0.1], [0.5, 0.3], [0.9, 0.7], [True, False], (curve, None))

    drawn = plain.draw(np.random.default_rng(7), 1000)
    valued = curved.draw(np.random.default_rng(7), 1000)

    assert valued[:, 0].tolist() == curve(drawn[:, 0]).tolist()
    assert valued[:, 1].tolist() == drawn[:, 1].tolist()


def test_a_score_outside_its_value_function_is_refused() -> None:
    from partnerkeuze.core.valuefunctions import Curve  # noqa: PLC0415

    curve = Curve(np.array([10.0, 20.0]), np.array([1.0, 0.0]))
    with pytest.raises(ValueError, match="domain"):
        UncertainScores([0], [0], [5.0], [12.0], [15.0], [False], (curve,))
    assert len(UncertainScores([0], [0], [11.0], [12.0], [15.0], [False], (curve,))) == 1
