"""The decision matrix: its invariants and weight normalisation (``matrix.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights


def fields(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "candidates": ("a", "b"),
        "criteria": ("x", "y"),
        "raw": [[1.0, 2.0], [3.0, 4.0]],
        "weights": [0.5, 0.5],
        "maximise": [True, False],
        "low": [0.0, 0.0],
        "high": [5.0, 5.0],
        "fixed_range": [True, True],
    }
    return {**base, **changes}


def test_a_valid_matrix_keeps_its_numbers_and_shape() -> None:
    m = DecisionMatrix(**fields())

    assert m.shape == (2, 2)
    assert m.raw.dtype == np.float64
    assert m.maximise.dtype == np.bool_
    assert m.raw.tolist() == [[1.0, 2.0], [3.0, 4.0]]


def test_the_arrays_cannot_be_changed_afterwards() -> None:
    m = DecisionMatrix(**fields())

    with pytest.raises(ValueError, match="read-only"):
        m.raw[0, 0] = 99.0
    with pytest.raises(ValueError, match="read-only"):
        m.weights[0] = 1.0


def test_the_matrix_does_not_share_memory_with_its_input() -> None:
    raw = np.array([[1.0, 2.0], [3.0, 4.0]])
    m = DecisionMatrix(**fields(raw=raw))

    raw[0, 0] = 99.0

    assert m.raw[0, 0] == 1.0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"raw": [[1.0, 2.0]]}, "raw has shape"),
        ({"weights": [1.0]}, "weights must have one entry per criterion"),
        ({"low": [0.0, 0.0, 0.0]}, "low must have one entry per criterion"),
        ({"weights": [1.5, -0.5]}, "weights must be >= 0"),
        ({"weights": [0.5, 0.4]}, "sum to 1"),
        ({"raw": [[1.0, np.nan], [3.0, 4.0]]}, "finite"),
        ({"raw": [[1.0, np.inf], [3.0, 4.0]]}, "finite"),
        ({"low": [6.0, 0.0]}, "low must not exceed high"),
    ],
)
def test_an_inconsistent_matrix_is_refused(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        DecisionMatrix(**fields(**changes))


def test_a_matrix_without_candidates_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one candidate"):
        DecisionMatrix(**fields(candidates=(), raw=np.empty((0, 2))))


def test_with_weights_changes_only_the_weights(
    make_matrix: Callable[..., DecisionMatrix],
) -> None:
    m = make_matrix(1, m=3, n=2)

    other = m.with_weights(np.array([1.0, 0.0]))

    assert other.weights.tolist() == [1.0, 0.0]
    assert other.raw.tolist() == m.raw.tolist()
    assert m.weights.tolist() != [1.0, 0.0]


def test_normalise_weights_turns_points_into_shares() -> None:
    assert normalise_weights(np.array([20.0, 20.0, 40.0, 0.0])).tolist() == [
        0.25,
        0.25,
        0.5,
        0.0,
    ]


@pytest.mark.parametrize(
    "points",
    [[0.0, 0.0], [1.0, -1.0], [1.0, np.nan], [1.0, np.inf], [[1.0, 2.0]]],
    ids=["all-zero", "negative", "nan", "inf", "two-dimensional"],
)
def test_normalise_weights_refuses_unusable_points(points: list[Any]) -> None:
    with pytest.raises(ValueError, match="points"):
        normalise_weights(np.array(points))
