"""Weights from judgements (``weighting.py``): published examples and properties."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerkeuze.core.weighting import (
    CR_LIMIT,
    RI_TABLES,
    components,
    group_weights,
    inconsistencies,
    pairwise_weights,
    rank_order_weights,
    swing_weights,
)

FAST = settings(deadline=None)

# Saaty, T.L. (2008) Decision making with the analytic hierarchy process. Int. J.
# Services Sciences 1(1):83-98: "Which drink is consumed more in the U.S.?" (METHODS §3,
# as transcribed in the AHPy test suite). Rows and columns in this order.
DRINKS = ("coffee", "wine", "tea", "beer", "sodas", "milk", "water")
DRINKS_MATRIX = np.array([
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
])


def upper(matrix: np.ndarray) -> dict[tuple[int, int], float]:
    n = len(matrix)
    return {(i, j): float(matrix[i, j]) for i in range(n) for j in range(i + 1, n)}


# --- rank order (METHODS §5) -------------------------------------------------------------


def test_rank_order_centroid_for_four_criteria_is_the_formulas_own_values() -> None:
    """Barron & Barrett (1996): w_k = (1/n) sum_{i=k..n} 1/i; n = 4 gives 25/48, 13/48, 7/48, 1/16."""
    weights = rank_order_weights([1, 2, 3, 4], "roc")

    expected = [Fraction(25, 48), Fraction(13, 48), Fraction(7, 48), Fraction(1, 16)]
    np.testing.assert_allclose(weights, [float(x) for x in expected], rtol=0, atol=1e-15)
    # The published two-decimal version: .52 .27 .15 .06
    assert [round(w, 2) for w in weights] == [0.52, 0.27, 0.15, 0.06]


def test_rank_sum_and_rank_reciprocal_for_four_criteria() -> None:
    """Stillwell, Seaver & Edwards (1981): RS .4 .3 .2 .1; RR 12/25, 6/25, 4/25, 3/25."""
    np.testing.assert_allclose(rank_order_weights([1, 2, 3, 4], "rs"), [0.4, 0.3, 0.2, 0.1], atol=1e-15)
    np.testing.assert_allclose(rank_order_weights([1, 2, 3, 4], "rr"), [12 / 25, 6 / 25, 4 / 25, 3 / 25], atol=1e-15)


def test_tied_criteria_share_the_mean_of_their_places() -> None:
    weights = rank_order_weights([1, 2, 2, 4], "roc")

    assert weights[1] == weights[2] == pytest.approx((13 / 48 + 7 / 48) / 2)
    assert weights.sum() == pytest.approx(1.0)


def test_order_of_the_positions_does_not_matter() -> None:
    assert list(rank_order_weights([3, 1, 2], "roc")) == pytest.approx(
        [rank_order_weights([1, 2, 3])[2], rank_order_weights([1, 2, 3])[0], rank_order_weights([1, 2, 3])[1]])


@pytest.mark.parametrize("positions", [[], [1, 3], [2, 2], [1, 1, 2], [0, 1]])
def test_positions_that_are_not_competition_ranks_are_refused(positions: list[int]) -> None:
    with pytest.raises(ValueError, match="positions"):
        rank_order_weights(positions)


def test_an_unknown_formula_is_refused() -> None:
    with pytest.raises(ValueError, match="formula"):
        rank_order_weights([1, 2], "sum")  # type: ignore[arg-type]


@FAST
@given(st.integers(1, 40), st.sampled_from(["roc", "rs", "rr"]))
def test_surrogate_weights_sum_to_one_and_strictly_decrease(n: int, formula: str) -> None:
    weights = rank_order_weights(list(range(1, n + 1)), formula)  # type: ignore[arg-type]

    assert weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.all(np.diff(weights) < 0) or n == 1
    assert np.all(weights > 0)


@FAST
@given(st.lists(st.integers(1, 6), min_size=1, max_size=12), st.sampled_from(["roc", "rs", "rr"]))
def test_with_ties_weights_still_sum_to_one_and_follow_the_order(groups: list[int], formula: str) -> None:
    positions: list[int] = []
    for size in groups:
        positions += [len(positions) + 1] * size
    weights = rank_order_weights(positions, formula)  # type: ignore[arg-type]

    assert weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.all(np.diff(weights) <= 1e-15)
    for p in set(positions):
        assert len({weights[k] for k, q in enumerate(positions) if q == p}) == 1


# --- AHP (METHODS §3) -----------------------------------------------------------------------


def test_saaty_2008_drinks_weights_and_consistency_ratio() -> None:
    """Saaty (2008), drinks: the eigenvector (AHPy to 4 decimals) and CR 0.022 (Saaty's own RI)."""
    result = pairwise_weights(7, upper(DRINKS_MATRIX), "saaty2005")

    weights = dict(zip(DRINKS, (round(float(w), 4) for w in result.weights), strict=True))
    assert weights == {"coffee": 0.1775, "wine": 0.0191, "tea": 0.0418, "beer": 0.1164,
                       "sodas": 0.1896, "milk": 0.1288, "water": 0.3268}
    assert round(result.cr, 3) == 0.022  # type: ignore[arg-type]
    assert result.lambda_max == pytest.approx(7.1766, abs=5e-5)
    assert result.acceptable
    assert result.missing == 0


def test_drinks_consistency_ratio_under_each_random_index_table() -> None:
    """CR depends on the RI table (METHODS §3): the default is Saaty's classic 1980 table."""
    crs = {table: pairwise_weights(7, upper(DRINKS_MATRIX), table).cr for table in RI_TABLES}

    assert round(crs["donegan-dodd1991"], 4) == 0.0235  # AHPy's default table  # type: ignore[arg-type]
    assert round(crs["saaty1980"], 4) == 0.0223  # type: ignore[arg-type]
    assert pairwise_weights(7, upper(DRINKS_MATRIX)).ri_table == "saaty1980"


@FAST
@given(st.lists(st.floats(0.05, 1.0), min_size=2, max_size=9))
def test_a_consistent_matrix_gives_back_its_weights_with_cr_zero(raw: list[float]) -> None:
    truth = np.array(raw) / sum(raw)
    n = len(truth)
    comparisons = {(i, j): float(truth[i] / truth[j]) for i in range(n) for j in range(i + 1, n)}

    result = pairwise_weights(n, comparisons)

    np.testing.assert_allclose(result.weights, truth, atol=1e-9)
    assert result.ci == pytest.approx(0.0, abs=1e-9)
    assert result.cr == pytest.approx(0.0, abs=1e-9)


@FAST
@given(st.lists(st.floats(0.05, 1.0), min_size=2, max_size=8), st.randoms(use_true_random=False))
def test_harker_recovers_consistent_weights_from_a_spanning_tree(raw: list[float], random) -> None:  # noqa: ANN001
    """Harker (1987): n - 1 comparisons that connect all criteria determine consistent weights."""
    truth = np.array(raw) / sum(raw)
    n = len(truth)
    comparisons = {}
    for j in range(1, n):
        i = random.randrange(j)
        comparisons[(i, j)] = float(truth[i] / truth[j])

    result = pairwise_weights(n, comparisons)

    np.testing.assert_allclose(result.weights, truth, atol=1e-9)
    assert result.missing == n * (n - 1) // 2 - (n - 1)
    assert result.cr == pytest.approx(0.0, abs=1e-9)


def test_harker_on_the_incomplete_example_of_bozoki_fulop_ronyai_2010() -> None:
    """Bozóki, Fülöp & Rónyai (2010), Math. Comput. Modelling 52:318-333: c-d not compared.

    Their optimal completion (lambda_max minimal) gives a 0.3738, b 0.392, c 0.0985, d 0.1357 and
    CR 0.0372 (Donegan & Dodd RI, as AHPy reports). Harker's method is a different, simpler rule;
    its weights agree to within 0.0005 and its CR to four decimals.
    """
    result = pairwise_weights(4, {(0, 1): 1, (0, 2): 5, (0, 3): 2, (1, 2): 3, (1, 3): 4}, "donegan-dodd1991")

    np.testing.assert_allclose(result.weights, [0.3738, 0.392, 0.0985, 0.1357], atol=5e-4)
    assert round(result.cr, 4) == 0.0372  # type: ignore[arg-type]
    assert result.missing == 1
    assert not result.given[2, 3]
    assert result.matrix[2, 3] == pytest.approx(result.weights[2] / result.weights[3])


def test_harker_eigenvalue_equals_that_of_the_completed_matrix() -> None:
    comparisons = {(0, 1): 3, (1, 2): 2, (0, 3): 1 / 2, (2, 3): 1 / 5}
    result = pairwise_weights(4, comparisons)
    harker = np.zeros((4, 4))
    for (i, j), a in comparisons.items():
        harker[i, j], harker[j, i] = a, 1 / a
    harker += np.diag(1 + 3 - (harker > 0).sum(axis=1))

    assert max(np.linalg.eigvals(harker).real) == pytest.approx(result.lambda_max)


def test_an_inconsistent_judgement_is_named_first() -> None:
    """Consistent weights .4 .3 .2 .1, then one judgement turned around (a_03 = 1/4 instead of 4)."""
    truth = np.array([0.4, 0.3, 0.2, 0.1])
    comparisons = {(i, j): float(truth[i] / truth[j]) for i in range(4) for j in range(i + 1, 4)}
    comparisons[(0, 3)] = 1 / 4

    result = pairwise_weights(4, comparisons)
    worst = inconsistencies(result)

    assert result.cr > CR_LIMIT  # type: ignore[operator]
    assert not result.acceptable
    assert (worst[0].i, worst[0].j) == (0, 3)
    assert worst[0].given == pytest.approx(0.25)
    assert worst[0].implied > 3 * worst[0].given  # the weights point the other way


def test_a_consistent_matrix_has_no_inconsistencies_to_report() -> None:
    assert inconsistencies(pairwise_weights(3, {(0, 1): 2, (1, 2): 2, (0, 2): 4})) == ()


def test_two_criteria_are_always_consistent_and_one_weighs_everything() -> None:
    two = pairwise_weights(2, {(0, 1): 3})
    one = pairwise_weights(1, {})

    assert list(two.weights) == pytest.approx([0.75, 0.25])
    assert two.cr == 0.0
    assert list(one.weights) == [1.0]


def test_beyond_the_ri_tables_there_is_no_consistency_ratio() -> None:
    n = 11
    result = pairwise_weights(n, {(i, j): 1.0 for i in range(n) for j in range(i + 1, n)})

    assert result.cr is None
    assert result.ri is None
    assert result.acceptable


@pytest.mark.parametrize(
    ("comparisons", "message"),
    [
        ({(0, 1): 2}, "connect"),
        ({(0, 0): 2, (0, 1): 1, (1, 2): 1}, "two different"),
        ({(0, 1): 2, (1, 0): 0.5, (1, 2): 1}, "twice"),
        ({(0, 1): -2, (1, 2): 1}, "positive"),
    ],
)
def test_bad_comparison_sets_are_refused(comparisons: dict[tuple[int, int], float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        pairwise_weights(3, comparisons)


def test_an_unknown_ri_table_is_refused() -> None:
    with pytest.raises(ValueError, match="ri_table"):
        pairwise_weights(2, {(0, 1): 1}, "mine")


def test_components_groups_the_connected_criteria() -> None:
    assert components(5, [(0, 1), (3, 4)]) == [[0, 1], [2], [3, 4]]


# --- swing and the group ----------------------------------------------------------------------


def test_swing_weights_are_the_ratings_over_their_sum() -> None:
    """von Winterfeldt & Edwards (1986): 100, 80, 20 -> 0.5, 0.4, 0.1."""
    np.testing.assert_allclose(swing_weights([100, 80, 20]), [0.5, 0.4, 0.1])


@pytest.mark.parametrize("ratings", [[0, 0], [-1, 100], [float("nan"), 100], [[1, 2]]])
def test_bad_swing_ratings_are_refused(ratings: list[float]) -> None:
    with pytest.raises(ValueError, match="ratings"):
        swing_weights(ratings)


def test_the_group_is_the_mean_of_the_normalised_members() -> None:
    """Forman & Peniwati (1998), aggregation of individual priorities, arithmetic mean."""
    group = group_weights([np.array([30, 20, 50]), np.array([0.5, 0.4, 0.1]), np.array([2, 2, 0])])

    np.testing.assert_allclose(group, [(0.3 + 0.5 + 0.5) / 3, (0.2 + 0.4 + 0.5) / 3, (0.5 + 0.1 + 0) / 3])


@FAST
@given(st.lists(st.lists(st.integers(0, 9), min_size=3, max_size=3).filter(lambda v: sum(v) > 0),
                min_size=1, max_size=5), st.integers(1, 100))
def test_the_group_ignores_the_units_of_each_member(members: list[list[int]], factor: int) -> None:
    vectors = [np.array(v, dtype=float) for v in members]
    scaled = [v * factor if k == 0 else v for k, v in enumerate(vectors)]

    np.testing.assert_allclose(group_weights(vectors), group_weights(scaled), atol=1e-12)
    assert group_weights(vectors).sum() == pytest.approx(1.0)


def test_a_group_needs_members_with_weights() -> None:
    with pytest.raises(ValueError, match="member"):
        group_weights([])
    with pytest.raises(ValueError, match="member"):
        group_weights([np.array([0.0, 0.0])])
