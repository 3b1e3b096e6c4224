"""Weights from judgements: rank order, pairwise comparisons (AHP), swing, and a group.

Why: a council rarely agrees on "ICT 25 points". It can say what matters most (a rank
order), compare criteria two at a time (Saaty's 1-9 scale) or rate how much the swing
from worst to best of each criterion is worth. Each of these gives weights by a
published rule (METHODS §3 and §5); this module holds those rules and nothing else.
Core module: numpy and the standard library only; ids and locations are the
caller's business (``profiles.py``), here criteria are positions 0..n-1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
RankFormula = Literal["roc", "rs", "rr"]
RANK_FORMULAS: tuple[RankFormula, ...] = ("roc", "rs", "rr")

# Random consistency index RI(n) for n = 1..10 (METHODS §3). n = 1, 2: every
# reciprocal matrix is consistent, RI = 0 and CR is 0 by definition.
RI_TABLES: dict[str, tuple[float, ...]] = {
    "saaty1980": (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49),
    "saaty2005": (0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49),
    "tummala-ling1998": (0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882),
    "donegan-dodd1991": (0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055),
}
DEFAULT_RI_TABLE = "saaty1980"
# Saaty: a consistency ratio above 0.10 asks for the judgements to be revisited.
CR_LIMIT = 0.10


def rank_order_weights(positions: Sequence[int], formula: RankFormula = "roc") -> FloatArray:
    """Surrogate weights from a rank order; ``positions[j]`` is criterion j's place (1 = first).

    Tied criteria share the place of the first of them (1, 2, 2, 4) and each gets the
    mean of the weights of the places they occupy together, so ties never change the
    sum. Formulas for n criteria and place k (METHODS §5):

    - ``roc``, rank-order centroid (Barron & Barrett 1996): w_k = (1/n) sum_{i=k..n} 1/i;
    - ``rs``, rank sum (Stillwell, Seaver & Edwards 1981): w_k = 2(n + 1 - k) / (n(n + 1));
    - ``rr``, rank reciprocal (idem): w_k = (1/k) / sum_{i=1..n} 1/i.
    """
    n = len(positions)
    if n == 0:
        msg = "positions must name at least one criterion"
        raise ValueError(msg)
    if formula not in RANK_FORMULAS:
        msg = f"formula must be one of {', '.join(RANK_FORMULAS)}"
        raise ValueError(msg)
    if sorted(positions) != _competition_places(sorted(positions)):
        msg = "positions must be competition ranks such as 1, 2, 2, 4"
        raise ValueError(msg)
    base = _surrogate(n, formula)
    sizes = {p: positions.count(p) for p in set(positions)}
    weights = [float(np.mean(base[p - 1 : p - 1 + sizes[p]])) for p in positions]
    return np.array(weights, dtype=np.float64)


def _competition_places(ordered: list[int]) -> list[int]:
    """The competition ranks (1, 2, 2, 4) a sorted list of places should equal."""
    places: list[int] = []
    for index, place in enumerate(ordered):
        places.append(places[-1] if index and place == ordered[index - 1] else index + 1)
    return places


def _surrogate(n: int, formula: RankFormula) -> FloatArray:
    """The untied surrogate weights for places 1..n."""
    k = np.arange(1, n + 1, dtype=np.float64)
    if formula == "roc":
        tail = np.cumsum((1.0 / k)[::-1])[::-1]  # sum_{i=k..n} 1/i
        return tail / n
    if formula == "rs":
        return 2.0 * (n + 1 - k) / (n * (n + 1))
    return (1.0 / k) / np.sum(1.0 / k)


@dataclass(frozen=True, eq=False)
class PairwiseResult:
    """AHP priorities of n criteria and how consistent the judgements were.

    - ``weights``: the principal right eigenvector, normalised to sum 1;
    - ``matrix``: the reciprocal matrix, where missing comparisons are completed as
      w_i / w_j (Harker 1987); ``given[i, j]`` says which entries the user gave;
    - ``lambda_max``, ``ci`` = (lambda_max - n)/(n - 1), ``ri`` from ``ri_table``,
      ``cr`` = ci / ri (0 for n <= 2; None for n > 10, outside the RI tables).
    """

    weights: FloatArray
    matrix: FloatArray
    given: NDArray[np.bool_]
    lambda_max: float
    ci: float
    ri: float | None
    cr: float | None
    ri_table: str

    @property
    def missing(self) -> int:
        """Number of pairs the user did not compare."""
        n = len(self.weights)
        return (n * (n - 1) - int(self.given.sum())) // 2

    @property
    def acceptable(self) -> bool:
        """True when CR <= 0.10 (or CR is not defined)."""
        return self.cr is None or self.cr <= CR_LIMIT + 1e-12


def pairwise_weights(
    n: int, comparisons: Mapping[tuple[int, int], float], ri_table: str = DEFAULT_RI_TABLE
) -> PairwiseResult:
    """Saaty's AHP: weights as the principal eigenvector of the comparison matrix.

    ``comparisons[(i, j)] = a`` means criterion i is a times as important as j; the
    reciprocal a_ji = 1/a is implied and must not be given too. Incomplete sets are
    handled by Harker's method (Harker 1987, "Incomplete pairwise comparisons in the
    analytic hierarchy process", Mathematical Modelling 9(11):837-848): a missing a_ij
    is 0 and each diagonal entry is 1 + (missing entries in its row); the principal
    eigenvector of that matrix gives the weights, and filling each gap with w_i / w_j
    gives a complete matrix with the same eigenvalue, from which CI and CR follow.
    The comparisons must connect all criteria (else no weights follow from them).
    """
    if ri_table not in RI_TABLES:
        msg = f"ri_table must be one of {', '.join(RI_TABLES)}"
        raise ValueError(msg)
    matrix = np.zeros((n, n))
    given = np.zeros((n, n), dtype=bool)
    for (i, j), value in comparisons.items():
        if not (0 <= i < n and 0 <= j < n) or i == j:
            msg = f"comparison ({i}, {j}) must name two different criteria below {n}"
            raise ValueError(msg)
        if given[i, j]:
            msg = f"criteria {i} and {j} are compared twice"
            raise ValueError(msg)
        if not (math.isfinite(value) and value > 0):
            msg = f"comparison ({i}, {j}) must be a positive number"
            raise ValueError(msg)
        matrix[i, j], matrix[j, i] = value, 1.0 / value
        given[i, j] = given[j, i] = True
    if len(components(n, list(comparisons))) > 1:
        msg = "the comparisons must connect all criteria"
        raise ValueError(msg)
    harker = matrix + np.diag(1.0 + (n - 1) - given.sum(axis=1))
    weights = _principal(harker)[1]
    complete = np.where(given, matrix, np.outer(weights, 1.0 / weights))
    lambda_max = _principal(complete)[0] if n > 1 else 1.0
    ci = max(0.0, (lambda_max - n) / (n - 1)) if n > 1 else 0.0
    table = RI_TABLES[ri_table]
    ri = table[n - 1] if n <= len(table) else None
    cr = (0.0 if n <= 2 else ci / ri) if ri is not None else None
    return PairwiseResult(_frozen(weights), _frozen(complete), _frozen(given), float(lambda_max),
                          float(ci), ri, cr, ri_table)


def _principal(matrix: FloatArray) -> tuple[float, FloatArray]:
    """Perron eigenvalue and its eigenvector (positive, sum 1) of a positive matrix."""
    values, vectors = np.linalg.eig(matrix)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    return float(values[k].real), vector / vector.sum()


def components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The groups of criteria that the compared pairs connect (union-find), sorted."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())


@dataclass(frozen=True)
class Inconsistency:
    """One given comparison and how far it is from what the weights imply.

    ``given`` is a_ij, ``implied`` is w_i / w_j, ``error`` is |log(a_ij w_j / w_i)|
    (0 for a judgement that agrees exactly with the weights).
    """

    i: int
    j: int
    given: float
    implied: float
    error: float


def inconsistencies(result: PairwiseResult, top: int = 3) -> tuple[Inconsistency, ...]:
    """The given comparisons that contribute most to the inconsistency, worst first.

    Why this measure: a_ij w_j / w_i is 1 for a judgement that fits the derived weights
    exactly; its log is symmetric in i and j, so 3 times too high counts as much as 3
    times too low. Fixing the worst one usually lowers CR the most.
    """
    w = result.weights
    found = []
    n = len(w)
    for i in range(n):
        for j in range(i + 1, n):
            if result.given[i, j]:
                a = float(result.matrix[i, j])
                error = abs(math.log(a * w[j] / w[i]))
                found.append(Inconsistency(i, j, a, float(w[i] / w[j]), error))
    found.sort(key=lambda item: (-tie_rounded(item.error), item.i, item.j))
    return tuple(item for item in found[:top] if item.error > 1e-9)


def tie_rounded(error: float) -> int:
    """An error in units of 1e-9, so errors equal up to rounding tie (the first pair then comes first).

    Why: the errors of a 3 x 3 matrix are equal by symmetry, but computed they differ in
    the last bits, and which bit wins would depend on the arithmetic (the weighing form
    computes them in JavaScript, render/templates/form.js, and must name the same pair).
    """
    return math.floor(error * 1e9 + 0.5)


def swing_weights(ratings: Sequence[float]) -> FloatArray:
    """Swing weighting (von Winterfeldt & Edwards 1986): weight = rating / sum of ratings.

    Each rating (0-100) says how much the swing from the worst to the best score of a
    criterion is worth, the most valuable swing being 100.
    """
    values = np.asarray(ratings, dtype=np.float64)
    if values.ndim != 1 or not np.all(np.isfinite(values)) or np.any(values < 0) or not values.sum() > 0:
        msg = "ratings must be finite numbers >= 0, not all zero"
        raise ValueError(msg)
    shares: FloatArray = values / values.sum()
    return shares


def group_weights(vectors: Sequence[FloatArray]) -> FloatArray:
    """The group's weights: the arithmetic mean of each member's normalised weights.

    This is aggregation of individual priorities (AIP; Forman & Peniwati 1998, EJOR
    108(1):165-169): each stakeholder counts equally, whatever method gave its weights.
    Why not the geometric mean of AHP judgements (Aczel & Saaty 1983): the profiles
    may come from points, a rank order or swing, which have no judgements to average.
    """
    if not vectors:
        msg = "a group needs at least one member"
        raise ValueError(msg)
    stack = np.array([np.asarray(v, dtype=np.float64) for v in vectors])
    if stack.ndim != 2 or np.any(stack < 0) or np.any(~(stack.sum(axis=1) > 0)):
        msg = "every member needs weights >= 0, not all zero, of the same length"
        raise ValueError(msg)
    shares = stack / stack.sum(axis=1, keepdims=True)
    mean: FloatArray = shares.mean(axis=0)
    result: FloatArray = mean / mean.sum()
    return result


A = TypeVar("A", bound=NDArray[Any])


def _frozen(array: A) -> A:
    array.flags.writeable = False
    return array
