"""Two other ways to aggregate the same matrix: TOPSIS and the weighted product model.

Why: the weighted sum is the model partnerkeuze explains and the memo defends. A
reader may still ask whether another well-known method would have picked another
winner. These two are the usual cross-checks; they work on the *raw* numbers (the
scale values and amounts as entered), not on the weighted sum's 0-1 values.

TOPSIS (Hwang & Yoon 1981; METHODS.md §4), scores in [0, 1]:
    r_ij = x_ij / sqrt(sum_i x_ij^2)        vector normalisation (a column of zeros stays 0)
    v_ij = w_j r_ij
    A+_j = max_i v_ij for max criteria, min_i v_ij for min criteria; A-_j the opposite
    S+_i = ||v_i - A+||, S-_i = ||v_i - A-||,  C_i = S-_i / (S+_i + S-_i)
    C_i = 1 when S+_i = S-_i = 0 (every weighted column is constant: all tie).

Weighted product model (Bridgman 1922; Miller & Starr 1969; Triantaphyllou 2000),
scores in (0, 1]:
    r_ij = x_ij / max_i x_ij      for max criteria   (ratio to the best)
    r_ij = min_i x_ij / x_ij      for min criteria   (Hwang & Yoon's linear scale
                                                      transformation for costs)
    P_i = prod_j r_ij ** w_j
The products compare like Triantaphyllou's ratios P(A_K / A_L) = prod (a_Kj / a_Lj)^w_j;
dividing by the best only puts them in (0, 1]. Ratios need positive numbers, so a
criterion with a value of 0 or less is first *shifted*: every value moves up by
``high - 2 * low`` (its range [low, high] becomes [span, 2 * span], span = high - low),
so the worst possible value is half the best. The shift depends only on the range,
not on the unit: euros or thousands of euros give the same ranking. A criterion whose
range is a single value contributes nothing (r = 1).

A criterion with a value function (``valuefunctions.py``) enters both methods with its
values (0 to 1, higher is better) instead of its raw scores: the function is the
statement of what a score is worth, and a score of a rising-then-falling function has
no direction of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from partnerkeuze.core.matrix import BoolArray, DecisionMatrix, FloatArray
from partnerkeuze.core.valuefunctions import apply

Method = Literal["wsm", "topsis", "wpm"]
METHODS: tuple[Method, ...] = ("wsm", "topsis", "wpm")
OTHER_METHODS: tuple[Method, ...] = ("topsis", "wpm")

# TOPSIS and WPM scores go through square roots, logarithms and exponentials;
# two scores this close are the same score computed along different paths.
TIE_TOLERANCE = 1e-10


@dataclass(frozen=True)
class MethodScores:
    """Scores of one method, one per candidate (higher is better), in [0, 1].

    ``shifted`` lists the criteria whose values were shifted to make them positive
    (weighted product only; empty for the other methods).
    """

    method: Method
    scores: FloatArray
    shifted: tuple[int, ...] = ()


def topsis(raw: FloatArray, weights: FloatArray, maximise: BoolArray) -> FloatArray:
    """TOPSIS relative closeness C_i (Hwang & Yoon 1981) with vector normalisation."""
    raw = np.asarray(raw, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    maximise = np.asarray(maximise, dtype=bool)
    _check(raw, weights, maximise)
    norms = np.sqrt((raw**2).sum(axis=0))
    normalised = raw / np.where(norms == 0, 1.0, norms)
    weighted = normalised * weights
    ideal = np.where(maximise, weighted.max(axis=0), weighted.min(axis=0))
    anti_ideal = np.where(maximise, weighted.min(axis=0), weighted.max(axis=0))
    to_ideal = np.sqrt(((weighted - ideal) ** 2).sum(axis=1))
    to_anti = np.sqrt(((weighted - anti_ideal) ** 2).sum(axis=1))
    total = to_ideal + to_anti
    return np.where(total == 0, 1.0, to_anti / np.where(total == 0, 1.0, total))


def positive_shift(raw: FloatArray, low: FloatArray, high: FloatArray) -> tuple[FloatArray, tuple[int, ...]]:
    """Shift every criterion with a value <= 0 so that its range becomes [span, 2 span].

    Returns the shifted values and the indices of the criteria that were shifted.
    A constant column at or below 0 (span 0) becomes 1 everywhere.
    """
    raw = np.asarray(raw, dtype=np.float64)
    low = np.minimum(np.asarray(low, dtype=np.float64), raw.min(axis=0))
    high = np.maximum(np.asarray(high, dtype=np.float64), raw.max(axis=0))
    needs = (raw <= 0).any(axis=0)
    span = high - low
    shifted = np.where(span > 0, raw - low + span, 1.0)
    return np.where(needs, shifted, raw), tuple(int(j) for j in np.flatnonzero(needs))


def weighted_product(
    raw: FloatArray,
    weights: FloatArray,
    maximise: BoolArray,
    low: FloatArray | None = None,
    high: FloatArray | None = None,
) -> tuple[FloatArray, tuple[int, ...]]:
    """Weighted product scores P_i in (0, 1] and the criteria that had to be shifted.

    ``low`` and ``high`` are the criteria's ranges (the candidates' own lowest and
    highest value when not given); they set the shift for values <= 0.
    """
    raw = np.asarray(raw, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    maximise = np.asarray(maximise, dtype=bool)
    _check(raw, weights, maximise)
    low = raw.min(axis=0) if low is None else np.asarray(low, dtype=np.float64)
    high = raw.max(axis=0) if high is None else np.asarray(high, dtype=np.float64)
    positive, shifted = positive_shift(raw, low, high)
    ratio = np.where(maximise, positive / positive.max(axis=0), positive.min(axis=0) / positive)
    # A ratio that underflows to 0 (a score like 5e-324) would give log 0 = -inf and,
    # times a weight of 0, NaN; the smallest normal number keeps it finite.
    ratio = np.maximum(ratio, np.finfo(np.float64).tiny)
    # Sum of logarithms: a product of many small factors stays accurate.
    return np.exp(np.log(ratio) @ weights), shifted


def scores(matrix: DecisionMatrix, method: Method, values: FloatArray | None = None) -> MethodScores:
    """The scores of ``matrix`` at its own weights under ``method``.

    ``values`` are the weighted sum's normalised values (needed for ``wsm`` only).
    """
    raw, maximise, low, high = _inputs(matrix)
    if method == "topsis":
        return MethodScores("topsis", topsis(raw, matrix.weights, maximise))
    if method == "wpm":
        result, shifted = weighted_product(raw, matrix.weights, maximise, low, high)
        return MethodScores("wpm", result, shifted)
    if method == "wsm":
        if values is None:
            msg = "values (the normalised matrix) are needed for the weighted sum"
            raise ValueError(msg)
        return MethodScores("wsm", values @ matrix.weights)
    msg = f"method must be one of {', '.join(METHODS)}, not {method!r}"
    raise ValueError(msg)


def _inputs(matrix: DecisionMatrix) -> tuple[FloatArray, BoolArray, FloatArray, FloatArray]:
    """Raw scores, directions and ranges; a criterion with a value function as its values on [0, 1]."""
    curved = np.array([curve is not None for curve in matrix.curves], dtype=bool)
    if not curved.any():
        return matrix.raw, matrix.maximise, matrix.low, matrix.high
    values = apply(matrix.raw, matrix.curves, matrix.raw)
    return values, matrix.maximise | curved, np.where(curved, 0.0, matrix.low), np.where(curved, 1.0, matrix.high)


def _check(raw: FloatArray, weights: FloatArray, maximise: BoolArray) -> None:
    if raw.ndim != 2 or raw.shape[0] == 0 or raw.shape[1] == 0:
        msg = f"raw must be a non-empty 2-d array, got shape {raw.shape}"
        raise ValueError(msg)
    n = raw.shape[1]
    if weights.shape != (n,) or maximise.shape != (n,):
        msg = f"weights and maximise need one entry per criterion ({n})"
        raise ValueError(msg)
    if not np.all(np.isfinite(raw)):
        msg = "raw must hold finite numbers"
        raise ValueError(msg)
    if np.any(weights < 0) or not np.all(np.isfinite(weights)):
        msg = "weights must be finite and >= 0"
        raise ValueError(msg)
