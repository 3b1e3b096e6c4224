"""Normalisation, weighted sum and ranking: the model every command shares.

The model (the contract in README "Het model"):
    v = (x - low) / (high - low)     for richting max,   v = 1 - that for min,
    v = 1 where high == low,
    v = the criterion's value function where it has one (``valuefunctions.py``),
    S_i = sum_j w_j v_ij             with sum_j w_j = 1, so S_i is in [0, 1],
    rank 1 = highest total; equal totals share a rank (1, 1, 3).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.core.matrix import DecisionMatrix, FloatArray
from partnerkeuze.core.valuefunctions import apply

# Totals are sums of at most a few hundred products in [0, 1]; two totals closer
# than this are the same number written in a different order of additions.
TIE_TOLERANCE = 1e-12


def normalise(matrix: DecisionMatrix) -> FloatArray:
    """Values in [0, 1] for every candidate and criterion (1 = best)."""
    span = matrix.high - matrix.low
    flat = span == 0
    safe_span = np.where(flat, 1.0, span)
    values = (matrix.raw - matrix.low) / safe_span
    values = np.where(matrix.maximise, values, 1.0 - values)
    return apply(matrix.raw, matrix.curves, np.where(flat, 1.0, values))


def contributions(values: FloatArray, weights: FloatArray) -> FloatArray:
    """Each criterion's weighted contribution w_j * v_ij to each total."""
    return values * weights


def totals(values: FloatArray, weights: FloatArray) -> FloatArray:
    """Weighted sum per candidate; works for one weight vector (n,) or many (k, n)."""
    return values @ np.asarray(weights, dtype=np.float64).T


def rank(scores: FloatArray, tolerance: float = TIE_TOLERANCE) -> NDArray[np.int64]:
    """Competition ranks, 1 = highest; totals within ``tolerance`` share a rank."""
    scores = np.asarray(scores, dtype=np.float64)
    order = np.argsort(-scores, kind="stable")
    ordered = scores[order]
    new_group = np.empty(len(ordered), dtype=bool)
    new_group[:1] = True
    new_group[1:] = (ordered[:-1] - ordered[1:]) > tolerance
    positions = np.arange(1, len(ordered) + 1)
    group_start = np.maximum.accumulate(np.where(new_group, positions, 0))
    ranks = np.empty(len(ordered), dtype=np.int64)
    ranks[order] = group_start
    return ranks


def evaluate(matrix: DecisionMatrix) -> tuple[FloatArray, FloatArray, NDArray[np.int64]]:
    """Values, totals and ranks of a matrix at its own weights."""
    values = normalise(matrix)
    scores = totals(values, matrix.weights)
    return values, scores, rank(scores)
