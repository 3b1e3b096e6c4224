"""SMAA-2 rank acceptability: exact cases, symmetries and reproducibility."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerkeuze.core import montecarlo
from partnerkeuze.core.montecarlo import acceptability
from partnerkeuze.core.ranktally import Acceptability, RankTally
from partnerkeuze.core.scoring import rank, totals
from partnerkeuze.core.weightsampling import (
    DEFAULT_CONCENTRATION,
    sample_around,
    sample_uniform,
)

FAST = settings(deadline=None)


def run(values, weights, samples=20_000, seed=1, **options) -> Acceptability:
    return acceptability(
        np.asarray(values, dtype=float),
        np.asarray(weights, dtype=float),
        samples=samples,
        rng=np.random.default_rng(seed),
        **options,
    )


def within(share: float, exact: float, samples: int, sigmas: float = 4.0) -> bool:
    error = np.sqrt(max(exact * (1 - exact), 1e-12) / samples)
    return abs(share - exact) <= sigmas * error


@st.composite
def value_matrices(draw):
    m = draw(st.integers(1, 7))
    n = draw(st.integers(1, 4))
    cells = st.integers(0, 4).map(lambda x: x / 4)
    rows = draw(
        st.lists(st.lists(cells, min_size=n, max_size=n), min_size=m, max_size=m)
    )
    weights = draw(
        st.lists(st.integers(0, 3), min_size=n, max_size=n).filter(lambda w: sum(w) > 0)
    )
    return np.array(rows), np.array(weights, dtype=float)


@FAST
@given(value_matrices(), st.sampled_from(["around", "uniform"]))
def test_shares_sum_to_one_per_row_and_column(problem, sampling):
    """Ties included: candidates on a grid of quarters tie often."""
    values, weights = problem
    result = run(values, weights, samples=500, sampling=sampling)
    np.testing.assert_allclose(result.rank_shares.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(result.rank_shares.sum(axis=0), 1.0, atol=1e-12)
    np.testing.assert_allclose(result.first_shares, result.rank_shares[:, 0])
    assert result.first_shares.sum() == pytest.approx(1.0)
    first_only = run(values, weights, samples=500, sampling=sampling, ranks=False)
    np.testing.assert_allclose(first_only.first_shares, result.first_shares, atol=1e-12)
    np.testing.assert_allclose(
        first_only.central_weights, result.central_weights, atol=1e-12
    )


def reference(values, weights, drawn):
    """A plain loop over scoring.rank: tied candidates split the ranks they cover."""
    m = len(values)
    shares = np.zeros((m, m))
    sums = np.zeros((m, len(weights)))
    for w in drawn:
        ranks = rank(totals(values, w))
        for r in np.unique(ranks):
            group = np.flatnonzero(ranks == r)
            shares[np.ix_(group, np.arange(r - 1, r - 1 + len(group)))] += 1 / len(
                group
            )
            if r == 1:
                sums[group] += w / len(group)
    first = shares[:, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        central = sums / first[:, None]
    return shares / len(drawn), central


@FAST
@given(value_matrices(), st.sampled_from(["around", "uniform"]))
def test_shares_match_a_plain_loop_over_the_model(problem, sampling):
    values, weights = problem
    result = run(values, weights, samples=120, seed=4, sampling=sampling, chunk_size=50)
    rng = np.random.default_rng(4)
    if sampling == "uniform":
        drawn = sample_uniform(rng, 120, len(weights))
    else:
        drawn = sample_around(rng, 120, weights)
    shares, central = reference(values, weights, drawn)
    np.testing.assert_allclose(result.rank_shares, shares, atol=1e-12)
    np.testing.assert_allclose(result.central_weights, central, atol=1e-12)


def test_a_dominated_candidate_is_never_first():
    """C is no better than A anywhere and worse on criterion 2."""
    values = [[0.9, 0.6, 0.2], [0.1, 0.9, 0.8], [0.9, 0.5, 0.2], [0.5, 0.5, 0.5]]
    for sampling in ("uniform", "around"):
        result = run(values, [1, 1, 1], sampling=sampling)
        assert result.first_shares[2] == 0.0
        assert np.isnan(result.central_weights[2]).all()
        assert result.rank_shares[2, 0] == 0.0


@pytest.mark.parametrize("sampling", ["uniform", "around"])
def test_mirror_image_candidates_get_equal_shares(sampling):
    """A and B swap their values on criteria 1 and 2; the weights are symmetric."""
    values = [[0.9, 0.2, 0.5], [0.2, 0.9, 0.5], [0.5, 0.5, 0.6]]
    samples = 40_000
    result = run(values, [0.35, 0.35, 0.3], samples=samples, sampling=sampling)
    for r in range(3):
        a, b = result.rank_shares[0, r], result.rank_shares[1, r]
        error = np.sqrt((a + b - (a - b) ** 2) / samples)
        assert abs(a - b) <= 4 * error + 1e-12


def test_same_seed_gives_identical_arrays():
    rng = np.random.default_rng(5)
    values, weights = rng.random((12, 5)), rng.random(5)
    one = run(values, weights, samples=3000, seed=9)
    two = run(values, weights, samples=3000, seed=9)
    other = run(values, weights, samples=3000, seed=10)
    np.testing.assert_array_equal(one.rank_shares, two.rank_shares)
    np.testing.assert_array_equal(one.central_weights, two.central_weights)
    assert not np.array_equal(one.rank_shares, other.rank_shares)


@pytest.mark.parametrize("ranks", [True, False])
@pytest.mark.parametrize("sampling", ["uniform", "around"])
def test_chunk_size_does_not_change_the_result(ranks, sampling):
    """Bitwise: draws come from one stream and every sum runs in sample order.

    Candidates 0 and 3 are identical, so the exact path for ties is chunked too.
    """
    rng = np.random.default_rng(6)
    values = rng.random((9, 4))
    values[3] = values[0]
    weights = np.array([0.4, 0.3, 0.2, 0.1])
    results = [
        run(
            values,
            weights,
            samples=2_500,
            sampling=sampling,
            ranks=ranks,
            chunk_size=size,
        )
        for size in (None, 1, 7, 1000, 5000)
    ]
    for other in results[1:]:
        if ranks:
            np.testing.assert_array_equal(other.rank_shares, results[0].rank_shares)
        np.testing.assert_array_equal(other.first_shares, results[0].first_shares)
        np.testing.assert_array_equal(other.central_weights, results[0].central_weights)


def test_two_criteria_match_the_breakpoints_of_the_lines():
    """Uniform weights (t, 1 - t), t ~ U(0, 1); totals A = t, B = 0.6 - 0.3t, C = 0.5.

    B = C at t = 1/3, A = B at t = 6/13, A = C at t = 1/2, so the order is
    B C A below 1/3, C B A up to 6/13, C A B up to 1/2 and A C B above.
    """
    values = [[1.0, 0.0], [0.3, 0.6], [0.5, 0.5]]
    exact = np.array(
        [
            [1 / 2, 1 / 2 - 6 / 13, 6 / 13],
            [1 / 3, 6 / 13 - 1 / 3, 1 - 6 / 13],
            [1 / 2 - 1 / 3, 1 / 3 + 1 / 2, 0.0],
        ]
    )
    samples = 40_000
    result = run(values, [1, 1], samples=samples, sampling="uniform")
    for i in range(3):
        for r in range(3):
            assert within(result.rank_shares[i, r], exact[i, r], samples), (i, r)
    # A is first for t > 1/2: mean t = 3/4
    assert result.central_weights[0] == pytest.approx([0.75, 0.25], abs=0.01)


def test_three_symmetric_criteria_give_the_methods_central_weights():
    """METHODS §2: e1, e2, e3 -> b = 1/3 each, central weight (11/18, 7/36, 7/36)."""
    samples = 60_000
    result = run(np.eye(3), [1, 1, 1], samples=samples, sampling="uniform")
    for i in range(3):
        assert within(result.first_shares[i], 1 / 3, samples)
        expected = np.full(3, 7 / 36)
        expected[i] = 11 / 18
        # sd of a weight given first place is about 0.2; its mean over ~20 000 samples
        np.testing.assert_allclose(result.central_weights[i], expected, atol=0.006)
    np.testing.assert_allclose(
        result.rank_shares, 1 / 3, atol=4 * np.sqrt(2 / 9 / samples)
    )


@pytest.mark.parametrize("ranks", [True, False])
def test_identical_candidates_split_their_shares(ranks):
    """A and B are the same: every sample they share two ranks, half each."""
    values = [[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]
    samples = 20_000
    result = run(values, [1, 1], samples=samples, sampling="uniform", ranks=ranks)
    assert result.first_shares[0] == result.first_shares[1]
    assert within(result.first_shares[0], 1 / 4, samples)
    np.testing.assert_array_equal(result.central_weights[0], result.central_weights[1])
    if ranks:
        np.testing.assert_array_equal(result.rank_shares[0], result.rank_shares[1])
        assert result.rank_shares[0, 1] == 0.5  # second place is always theirs, shared
        assert result.rank_shares[2, 1] == 0.0


def test_zero_weight_criteria_stay_zero_around_the_file_weights():
    """Criterion 3 has weight 0, so A and C (equal elsewhere) always tie."""
    values = [[0.8, 0.2, 0.0], [0.3, 0.9, 0.5], [0.8, 0.2, 1.0]]
    result = run(values, [0.5, 0.5, 0.0], samples=5000)
    assert result.sampling == "around"
    assert result.concentration == DEFAULT_CONCENTRATION
    assert result.first_shares[0] == result.first_shares[2]
    assert np.all(
        result.central_weights[:, 2][~np.isnan(result.central_weights[:, 2])] == 0
    )


def test_around_sampler_has_the_documented_mean_and_spread():
    """Dirichlet(c w): mean w, sd sqrt(w (1 - w) / (c + 1)); zero weights stay zero."""
    weights = np.array([0.5, 0.3, 0.2, 0.0])
    drawn = sample_around(
        np.random.default_rng(3), 40_000, weights, concentration=100.0
    )
    np.testing.assert_allclose(drawn.sum(axis=1), 1.0)
    np.testing.assert_allclose(drawn.mean(axis=0), weights, atol=0.002)
    expected = np.sqrt(weights * (1 - weights) / 101)
    np.testing.assert_allclose(drawn.std(axis=0), expected, rtol=0.03, atol=1e-12)
    assert np.all(drawn[:, 3] == 0)


def test_uniform_sampler_is_flat_on_the_simplex():
    """Dirichlet(1, 1, 1): each weight has mean 1/3 and P(w_1 > 1/2) = 1/4."""
    drawn = sample_uniform(np.random.default_rng(4), 40_000, 3)
    np.testing.assert_allclose(drawn.sum(axis=1), 1.0)
    np.testing.assert_allclose(drawn.mean(axis=0), 1 / 3, atol=0.005)
    assert within(float(np.mean(drawn[:, 0] > 0.5)), 0.25, 40_000)


def test_progress_reports_samples_done():
    seen: list[int] = []
    run(np.eye(3), [1, 1, 1], samples=2500, chunk_size=1000, progress=seen.append)
    assert seen == [1000, 2000, 2500]


def test_one_candidate_is_always_first():
    result = run([[0.2, 0.7]], [1, 3], samples=100)
    assert result.rank_shares.tolist() == [[1.0]]
    np.testing.assert_allclose(result.central_weights[0], [0.25, 0.75], atol=0.02)


def test_negative_values_take_the_general_path():
    """Values outside [0, 1] (a score outside its range) still rank correctly."""
    values = np.array([[-0.5, 1.0], [0.2, 0.1], [1.2, -1.0]])
    plain = run(values, [1, 1], samples=3000)
    shifted = run(values + 2.0, [1, 1], samples=3000)  # same order: totals shift by 2
    np.testing.assert_array_equal(plain.rank_shares, shifted.rank_shares)


def test_a_stack_of_value_matrices_counts_like_one_matrix():
    """The extension point for uncertain scores: one value matrix per sample."""
    rng = np.random.default_rng(8)
    values = rng.random((5, 3))
    weights = sample_uniform(rng, 400, 3)
    flat, stacked = RankTally(5, 3, True, 1e-12), RankTally(5, 3, True, 1e-12)
    flat.add(weights, values)
    stacked.add(weights, np.broadcast_to(values, (400, 5, 3)))
    one = flat.result(400, "uniform", None)
    two = stacked.result(400, "uniform", None)
    np.testing.assert_allclose(one.rank_shares, two.rank_shares)
    np.testing.assert_allclose(one.central_weights, two.central_weights)


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"samples": 0}, "samples"),
        ({"samples": 2.5}, "samples"),
        ({"sampling": "normal"}, "sampling"),
        ({"concentration": 0.0}, "concentration"),
        ({"chunk_size": 0}, "chunk_size"),
        ({"rng": 42}, "rng"),
        ({"weights": np.array([1.0, -1.0])}, "weights"),
        ({"weights": np.array([1.0])}, "weights"),
        ({"values": np.array([[np.inf, 0.0]])}, "values"),
    ],
)
def test_acceptability_rejects_bad_arguments(options, argument):
    arguments = {
        "values": np.eye(2),
        "weights": np.array([1.0, 1.0]),
        "samples": 10,
        "rng": np.random.default_rng(0),
    }
    arguments.update(options)
    values, weights = arguments.pop("values"), arguments.pop("weights")
    with pytest.raises(ValueError, match=argument):
        acceptability(values, weights, **arguments)


def test_first_share_errors_follow_the_binomial_formula():
    result = run(np.eye(2), [1, 1], samples=10_000, sampling="uniform")
    b = result.first_shares
    np.testing.assert_allclose(result.first_share_errors, np.sqrt(b * (1 - b) / 10_000))


def test_results_are_read_only():
    result = run(np.eye(2), [1, 1], samples=100)
    with pytest.raises(ValueError, match="read-only"):
        result.first_shares[0] = 1.0


# --- uncertain scores (scoresampling.py): SMAA-2's f_X ------------------------------------------


def uncertain_second_candidate(low: float = 0.0, high: float = 1.0, pert: bool = False):
    """Candidate 1's only value is uncertain on [low, high]; candidate 0 is a certain 0.5."""
    from partnerkeuze.core.scoresampling import UncertainScores  # noqa: PLC0415

    return UncertainScores([1], [0], [low], [(low + high) / 2 if not pert else 0.5], [high], [pert])


def test_sampled_scores_share_first_place_by_their_probability() -> None:
    """One criterion: candidate 1 ~ U(0, 1) beats a certain 0.5 in half of the draws."""
    result = run([[0.5], [0.5]], [1.0], samples=20_000, scores=uncertain_second_candidate())

    assert within(float(result.first_shares[1]), 0.5, 20_000)
    assert result.sampled_scores == 1


def test_pert_estimate_shares_first_place_by_its_distribution() -> None:
    """Beta-PERT(0, 0.2, 1) = Beta(1.8, 4.2) on [0, 1]: P(X > 0.5) ~ 0.1537 (beta survival)."""
    from partnerkeuze.core.scoresampling import UncertainScores  # noqa: PLC0415

    scores = UncertainScores([1], [0], [0.0], [0.2], [1.0], [True])
    draws = np.random.default_rng(0).beta(1.8, 4.2, size=2_000_000)
    exact = float((draws > 0.5).mean())

    result = run([[0.5], [0.2]], [1.0], samples=20_000, scores=scores)

    assert within(float(result.first_shares[1]), exact, 20_000)


def test_sampling_scores_is_reproducible_and_does_not_depend_on_chunks() -> None:
    values, weights = [[0.5, 0.2], [0.4, 0.6], [0.1, 0.9]], [0.5, 0.5]
    scores = uncertain_second_candidate(0.1, 0.9)
    one = run(values, weights, samples=3_000, seed=4, scores=scores)
    again = run(values, weights, samples=3_000, seed=4, scores=scores, chunk_size=7)

    np.testing.assert_array_equal(one.rank_shares, again.rank_shares)
    np.testing.assert_array_equal(one.central_weights, again.central_weights)


def test_the_weight_draws_are_the_same_with_or_without_uncertain_scores() -> None:
    """The scores come from a spawned generator: the weight stream is untouched."""
    values, weights = [[0.5, 0.2], [0.4, 0.6]], [0.5, 0.5]
    fixed = uncertain_second_candidate(0.4, 0.4)  # a zero-width range: nothing really varies

    plain = run(values, weights, samples=2_000, seed=8)
    sampled = run(values, weights, samples=2_000, seed=8, scores=fixed)

    np.testing.assert_array_equal(plain.rank_shares, sampled.rank_shares)
    assert sampled.sampled_scores == 1 and plain.sampled_scores == 0


def test_no_uncertain_cells_is_weights_only() -> None:
    from partnerkeuze.core.scoresampling import UncertainScores  # noqa: PLC0415

    empty = UncertainScores([], [], [], [], [], [])
    result = run([[0.5], [0.4]], [1.0], samples=100, scores=empty)

    assert result.sampled_scores == 0


@pytest.mark.parametrize("ranks", [True, False])
def test_thread_count_does_not_change_the_result(ranks, monkeypatch):
    """Issue 7: chunks are crunched on threads, but drawn and summed in sample order."""
    rng = np.random.default_rng(9)
    values = rng.random((9, 4))
    values[3] = values[0]  # ties: the exact path runs too
    weights = np.array([0.4, 0.3, 0.2, 0.1])
    results = []
    for threads in (1, 2, 5):
        monkeypatch.setattr(montecarlo, "THREADS", threads)
        results.append(run(values, weights, samples=3_000, ranks=ranks, chunk_size=128))
    for other in results[1:]:
        if ranks:
            np.testing.assert_array_equal(other.rank_shares, results[0].rank_shares)
        np.testing.assert_array_equal(other.first_shares, results[0].first_shares)
        np.testing.assert_array_equal(other.central_weights, results[0].central_weights)
