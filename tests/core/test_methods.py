"""TOPSIS and the weighted product model (``methods.py``), and ``rank --methode``.

Checked three ways: published worked examples (cited per test), an independent
implementation (pymcdm 1.4, a test-only dependency) on seeded random matrices, and
properties of the methods themselves.

pymcdm pitfalls (METHODS.md §0): ``TOPSIS()`` defaults to min-max normalisation and
``WPM()`` to sum normalisation; the classic definitions need
``TOPSIS(vector_normalization)`` and, for our ratio-to-the-best scores,
``WPM(linear_normalization)`` (x/max for benefit, min/x for cost).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pymcdm import normalizations
from pymcdm.methods import TOPSIS, WPM
from typer.testing import CliRunner

from partnerkeuze.app import service
from partnerkeuze.cli import app
from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights
from partnerkeuze.core.methods import positive_shift, scores, topsis, weighted_product
from partnerkeuze.core.scoring import normalise
from partnerkeuze.errors import UsageError

ROOT = Path(__file__).parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
MakeMatrix = Callable[..., DecisionMatrix]


def types(maximise: np.ndarray) -> np.ndarray:
    """pymcdm's criterion types: 1 = benefit, -1 = cost."""
    return np.where(maximise, 1, -1)


def competition_ranks(values: np.ndarray) -> list[int]:
    return [1 + int(np.sum(values > v)) for v in values]


# --- TOPSIS: published examples -------------------------------------------------------


def test_topsis_tzeng_huang_2011() -> None:
    """Tzeng, G. H. & Huang, J. J. (2011) Multiple attribute decision making: methods and
    applications. CRC Press. The worked example as used in scikit-criteria's own tests
    (``tests/agg/test_topsis.py::test_TOPSIS_tzeng2011multiple``): relative closeness
    0.5037, 0.6581, 0.7482, 0.3340 (4 decimals), ranks 3, 2, 1, 4.
    """
    raw = np.array([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], dtype=float)
    closeness = topsis(raw, np.array([0.3, 0.4, 0.3]), np.array([True, True, True]))

    np.testing.assert_allclose(closeness, [0.5037, 0.6581, 0.7482, 0.3340], atol=1e-4)
    assert competition_ranks(closeness) == [3, 2, 1, 4]


def test_topsis_hwang_yoon_1981_fighter_aircraft() -> None:
    """Hwang, C.-L. & Yoon, K. (1981) Multiple Attribute Decision Making: Methods and
    Applications, pp. 133-134: four fighter aircraft on maximum speed, ferry range,
    maximum payload, acquisition cost (the only cost), reliability and
    maneuverability; w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3). C* = 0.643, 0.268, 0.613,
    0.312, ranks 1, 4, 2, 3. The book computes C* from distances rounded to 4 decimals
    (A3: 0.0920 / (0.0580 + 0.0920) = 0.6133, exactly 0.61354), so C* agrees to within
    one unit in the third decimal (METHODS.md §4).
    """
    raw = np.array([
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
    ])
    weights = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
    maximise = np.array([True, True, True, False, True, True])

    closeness = topsis(raw, weights, maximise)

    np.testing.assert_allclose(closeness, [0.643, 0.268, 0.613, 0.312], atol=1e-3)
    assert competition_ranks(closeness) == [1, 4, 2, 3]


# --- TOPSIS: against pymcdm and properties --------------------------------------------


@pytest.mark.parametrize("seed", range(25))
def test_topsis_agrees_with_pymcdm_vector_normalisation(seed: int, make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(seed, m=6, n=5)
    reference = TOPSIS(normalizations.vector_normalization)(
        matrix.raw, matrix.weights, types(matrix.maximise)
    )

    np.testing.assert_allclose(topsis(matrix.raw, matrix.weights, matrix.maximise), reference, atol=1e-12)


def test_topsis_is_invariant_to_a_common_scaling_of_the_weights(make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(3)
    once = topsis(matrix.raw, matrix.weights, matrix.maximise)

    np.testing.assert_allclose(topsis(matrix.raw, matrix.weights * 7, matrix.maximise), once, atol=1e-12)


def test_topsis_handles_a_column_of_zeros_and_a_constant_matrix() -> None:
    raw = np.array([[0.0, 1.0], [0.0, 3.0]])
    closeness = topsis(raw, np.array([0.5, 0.5]), np.array([True, True]))
    assert closeness.tolist() == [0.0, 1.0]

    equal = topsis(np.ones((3, 2)), np.array([0.5, 0.5]), np.array([True, False]))
    assert equal.tolist() == [1.0, 1.0, 1.0]  # every candidate is the ideal: all tie


@given(seed=st.integers(0, 10_000), m=st.integers(2, 7), n=st.integers(1, 5))
def test_a_dominated_candidate_never_outranks_its_dominator(
    make_matrix: MakeMatrix, seed: int, m: int, n: int
) -> None:
    matrix = make_matrix(seed, m, n)
    raw = matrix.raw.copy()
    # Candidate 1 becomes a copy of candidate 0, worse on one criterion.
    raw[1] = raw[0]
    raw[1, 0] = raw[0, 0] - 1 if matrix.maximise[0] else raw[0, 0] + 1
    low, high = np.minimum(matrix.low, raw.min(axis=0)), np.maximum(matrix.high, raw.max(axis=0))

    closeness = topsis(raw, matrix.weights, matrix.maximise)
    product, _ = weighted_product(raw, matrix.weights, matrix.maximise, low, high)

    assert closeness[0] >= closeness[1]
    assert product[0] >= product[1]


# --- weighted product -----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(25))
def test_wpm_agrees_with_pymcdm_linear_normalisation(seed: int, make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(seed, m=6, n=5)
    raw = matrix.raw + 1.0  # strictly positive: no shift, the textbook method
    reference = WPM(normalizations.linear_normalization)(raw, matrix.weights, types(matrix.maximise))

    product, shifted = weighted_product(raw, matrix.weights, matrix.maximise)

    assert shifted == ()
    np.testing.assert_allclose(product, reference, rtol=1e-12)


def test_wpm_pymcdm_example_ranks_as_published() -> None:
    """pymcdm 1.4, ``pymcdm.methods.WPM`` docstring example: preferences 0.065, 0.017,
    0.019, 0.007, 0.052 (sum normalisation). The WPM ranking does not depend on how a
    column is scaled, so ours (ratio to the best) ranks the same and is a constant
    multiple of theirs.
    """
    raw = np.array([[96, 83, 75, 7], [63, 5, 56, 9], [72, 30, 32, 48], [11, 4, 27, 9], [77, 21, 17, 11]], dtype=float)
    weights = np.array([8 / 13, 5 / 13, 6 / 13, 7 / 13])
    maximise = np.array([True, True, False, False])

    product, _ = weighted_product(raw, weights, maximise)

    assert competition_ranks(product) == competition_ranks(np.array([0.065, 0.017, 0.019, 0.007, 0.052]))
    with pytest.warns(UserWarning, match="sum of the weights"):  # the example's weights sum to 2
        published = WPM()(raw, weights, types(maximise))
    ratio = product / published
    np.testing.assert_allclose(ratio, ratio[0], rtol=1e-12)


def test_wpm_does_not_depend_on_the_unit() -> None:
    raw = np.array([[1_200_000.0, 4], [900_000, 2], [1_000_000, 5]])
    weights, maximise = np.array([0.5, 0.5]), np.array([False, True])
    in_thousands = raw / np.array([1000.0, 1.0])

    np.testing.assert_allclose(
        weighted_product(raw, weights, maximise)[0], weighted_product(in_thousands, weights, maximise)[0], rtol=1e-12
    )


def test_wpm_shifts_a_criterion_with_zero_by_its_range() -> None:
    """janee (0/1) and a saving that may be negative: the range [low, high] becomes [b, 2b]."""
    raw = np.array([[0.0, -100_000, 3], [1, 200_000, 4]])
    low, high = np.array([0.0, -200_000, 1]), np.array([1.0, 400_000, 5])

    shifted, which = positive_shift(raw, low, high)

    assert which == (0, 1)
    np.testing.assert_allclose(shifted[:, 0], [1, 2])  # b = 1
    np.testing.assert_allclose(shifted[:, 1], [700_000, 1_000_000])  # b = 600.000, x - low + b
    np.testing.assert_allclose(shifted[:, 2], [3, 4])  # positive: untouched
    scaled, _ = positive_shift(raw * [1, 1000, 1], low * [1, 1000, 1], high * [1, 1000, 1])
    np.testing.assert_allclose(scaled[:, 1] / 1000, shifted[:, 1])  # unit-free


def test_wpm_scores_lie_in_zero_to_one_and_the_best_everywhere_scores_one() -> None:
    raw = np.array([[5.0, 100], [3, 200], [4, 100]])
    product, _ = weighted_product(raw, np.array([0.6, 0.4]), np.array([True, False]))

    assert product[0] == pytest.approx(1.0)
    assert np.all((product > 0) & (product <= 1))


def test_wpm_a_constant_column_at_zero_counts_for_nothing() -> None:
    raw = np.array([[0.0, 2], [0.0, 4]])
    product, which = weighted_product(raw, np.array([0.5, 0.5]), np.array([True, True]), np.zeros(2), np.array([0.0, 4]))

    assert which == (0,)
    np.testing.assert_allclose(product, [0.5**0.5, 1.0])


def test_wpm_zero_weight_criterion_changes_nothing(make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(11, n=3)
    weights = normalise_weights(np.array([1.0, 1.0, 0.0]))
    full, _ = weighted_product(matrix.raw + 1, weights, matrix.maximise)
    part, _ = weighted_product(matrix.raw[:, :2] + 1, weights[:2], matrix.maximise[:2])

    np.testing.assert_allclose(full, part, rtol=1e-12)


# --- scores() and bad arguments -------------------------------------------------------


def test_scores_dispatches_on_the_method(make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(5)
    values = normalise(matrix)

    np.testing.assert_allclose(scores(matrix, "wsm", values).scores, values @ matrix.weights)
    np.testing.assert_allclose(scores(matrix, "topsis").scores, topsis(matrix.raw, matrix.weights, matrix.maximise))
    assert scores(matrix, "wpm").method == "wpm"


def test_scores_refuses_an_unknown_method_and_wsm_without_values(make_matrix: MakeMatrix) -> None:
    matrix = make_matrix(5)
    with pytest.raises(ValueError, match="method must be one of"):
        scores(matrix, "electre")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="values"):
        scores(matrix, "wsm")


@pytest.mark.parametrize(
    ("raw", "weights", "maximise", "message"),
    [
        (np.zeros((0, 2)), np.ones(2), np.ones(2, bool), "non-empty"),
        (np.ones((2, 2)), np.ones(3), np.ones(2, bool), "one entry per criterion"),
        (np.array([[1.0, np.nan]]), np.ones(2), np.ones(2, bool), "finite"),
        (np.ones((2, 2)), np.array([1.0, -1.0]), np.ones(2, bool), ">= 0"),
    ],
)
def test_bad_arguments_are_refused(raw: np.ndarray, weights: np.ndarray, maximise: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        topsis(raw, weights, maximise)
    with pytest.raises(ValueError, match=message):
        weighted_product(raw, weights, maximise)


# --- the service and the command line -------------------------------------------------


def test_parse_method_knows_the_names_and_refuses_others() -> None:
    assert service.parse_method("TOPSIS") == "topsis"
    assert service.parse_method(" gewogen-product ") == "wpm"
    assert service.parse_method("wsm") == "wsm"
    with pytest.raises(UsageError, match="--methode 'ahp'"):
        service.parse_method("ahp")


def test_rank_by_topsis_keeps_the_weighted_sum_contributions() -> None:
    _, scenario = service.open_scenario(ROOT / "scenarios" / "haaksbergen-2020.yaml")
    wsm = service.rank(scenario)
    by_topsis = service.rank_by(scenario, method="topsis")

    assert by_topsis.method == "topsis"
    assert by_topsis.winners[0].id == "hengelo"
    matrix = service.decision_matrix(scenario)
    expected = topsis(matrix.raw, matrix.weights, matrix.maximise)
    for ranked in by_topsis.order:
        assert ranked.score == pytest.approx(expected[ranked.index])
        assert ranked.contributions == next(c for c in wsm.order if c.index == ranked.index).contributions


def test_rank_by_with_overrides_has_a_base_rank_under_the_same_method() -> None:
    _, scenario = service.open_scenario(ROOT / "scenarios" / "haaksbergen-2020.yaml")
    ranking = service.rank_by(scenario, {"kwetsbaarheid": 90}, method="wpm")
    plain = service.rank_by(scenario, method="wpm")

    assert ranking.overridden == ("kwetsbaarheid",)
    base = {c.id: (c.rank, c.score) for c in plain.order}
    assert all((c.base_rank, c.base_score) == base[c.id] for c in ranking.order)


def test_sensitivity_names_the_winner_under_the_other_methods() -> None:
    _, scenario = service.open_scenario(ROOT / "scenarios" / "ommen-ict.yaml")
    report = service.sensitivity(scenario, samples=0)
    checks = {c.method: c for c in report.methods}

    assert set(checks) == {"topsis", "wpm"}
    names = [c.id for c in scenario.candidates]
    assert [names[i] for i in checks["topsis"].winners] == ["zwolle"]
    assert checks["topsis"].same
    assert [names[i] for i in checks["wpm"].winners] == ["ict_samenwerking"]
    assert not checks["wpm"].same
    assert [scenario.criteria[j].id for j in checks["wpm"].shifted] == ["regie"]  # 'past niet' = 0


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": None, "NO_COLOR": None})


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
@pytest.mark.parametrize("method", ["topsis", "wpm"])
def test_rank_by_another_method_works_on_every_shipped_scenario(runner: CliRunner, path: Path, method: str) -> None:
    result = runner.invoke(app, ["rank", str(path), "--methode", method])

    assert result.exit_code == 0, result.output
    name = {"topsis": "TOPSIS", "wpm": "het gewogen product"}[method]
    assert f"Rangorde volgens {name}:" in result.stdout
    assert "→" not in result.stdout.split("Per criterium")[0]  # no additive parts in the cells


def test_rank_json_under_topsis_keeps_the_contract_keys(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rank", str(ROOT / "scenarios" / "haaksbergen-2020.yaml"), "--json", "--methode", "topsis"])

    document = json.loads(result.stdout)
    assert list(document)[:4] == ["title", "weights", "ranking", "method"]  # later keys: other features
    assert document["method"] == "topsis"
    for entry in document["ranking"]:
        assert list(entry) == ["rank", "id", "name", "score", "contributions"]
        assert 0 <= entry["score"] <= 1


def test_rank_json_under_wpm_names_the_shifted_criteria(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rank", str(ROOT / "scenarios" / "ommen-ict.yaml"), "--json", "--methode", "wpm"])

    document = json.loads(result.stdout)
    assert document["method"] == "wpm"
    assert document["shifted"] == ["regie"]


def test_rank_with_an_unknown_method_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rank", str(ROOT / "scenarios" / "haaksbergen-2020.yaml"), "--methode", "ahp"])

    assert result.exit_code == 2
    assert "--methode 'ahp': kies wsm" in result.stderr


def test_weighted_product_of_a_tiny_score_is_finite() -> None:
    """Issue 7 fuzzing: a score of 5e-324 made the ratio 0, log 0 = -inf, and NaN at weight 0."""
    raw = np.array([[1.0, 2.0], [1.0, 1.0], [1.0, 5e-324]])

    result, _ = weighted_product(raw, np.array([1.0, 0.0]), np.array([True, True]), np.zeros(2), np.full(2, 100.0))

    assert np.all(np.isfinite(result))
    np.testing.assert_allclose(result, 1.0)


def test_a_criterion_with_a_value_function_enters_topsis_and_wpm_as_its_values() -> None:
    """A single-peaked function (best at 20 km) has no direction: both methods use its values, higher is better."""
    from partnerkeuze.core.valuefunctions import Curve  # noqa: PLC0415

    curve = Curve(np.array([0, 20, 50.0]), np.array([0.6, 1.0, 0.0]))
    raw = np.array([[10, 3.0], [30, 5.0], [45, 1.0]])
    weights = normalise_weights(np.array([2.0, 1.0]))
    curved = DecisionMatrix(
        candidates=("a", "b", "c"), criteria=("afstand", "q"), raw=raw, weights=weights,
        maximise=np.array([False, True]), low=np.array([0, 1.0]), high=np.array([50, 5.0]),
        fixed_range=np.array([True, True]), curves=(curve, None),
    )
    valued = raw.copy()
    valued[:, 0] = curve(raw[:, 0])  # 0.8, 2/3, 1/6

    assert scores(curved, "topsis").scores.tolist() == topsis(valued, weights, np.array([True, True])).tolist()
    expected, shifted = weighted_product(valued, weights, np.array([True, True]), np.array([0, 1.0]), np.array([1, 5.0]))
    assert scores(curved, "wpm").scores.tolist() == expected.tolist()
    assert scores(curved, "wpm").shifted == shifted == ()
