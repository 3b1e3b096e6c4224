"""Exact weight stability intervals for the weighted sum.

Why: a council wants to know how far one weight may move, the others rescaled in
proportion, before the advice changes. On that proportional weight path every
total is linear in the weight (METHODS §1.1), so each bound is the crossing of two
lines (METHODS §1.2): a closed form, not a grid. The winner and ranking intervals
and the critical changes follow METHODS §1.3. Indices in the results are positions
in the matrix (candidates and criteria); weights are shares (0..1).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.core.matrix import FloatArray
from partnerkeuze.core.scoring import TIE_TOLERANCE, rank, totals

# Two crossings closer than this on the weight axis are the same crossing.
_SAME_ROOT = 1e-12


@dataclass(frozen=True)
class Bound:
    """One end of a stability interval on one criterion's weight path.

    - ``weight``: the weight t of the criterion at this end.
    - ``pair``: ``(a, b)``: the candidates that tie at this end, where ``a`` was
      ahead of (or tied with) ``b`` at the file's weights and ``b`` leads just past
      this end; None where the interval simply runs to 0 or 1.
    - ``swaps``: True when ``b`` really moves ahead past this end; False when the
      end is 0 or 1, where the pair only ties (all or no weight on the criterion).
    """

    weight: float
    pair: tuple[int, int] | None
    swaps: bool

    @property
    def takeover(self) -> int | None:
        """The candidate that draws level here and leads past this end (``b``)."""
        return None if self.pair is None else self.pair[1]


@dataclass(frozen=True)
class StabilityInterval:
    """Weights t of one criterion, the others rescaled in proportion, from low to high.

    Winner interval: the current winner(s) stay (jointly) first on the closed
    interval; a tie at a bound counts as staying. Ranking interval: the complete
    ranking (ties included) is unchanged on the open interval and at the file's
    weight; at a bound with a pair that pair ties.
    """

    low: Bound
    high: Bound


@dataclass(frozen=True)
class CriticalChange:
    """The nearest bound with a pair: the smallest weight change that matters.

    ``delta`` = ``weight`` - file weight (negative: lowering the weight);
    ``relative`` = delta / file weight (None where the file weight is 0).
    """

    weight: float
    delta: float
    relative: float | None
    pair: tuple[int, int]
    swaps: bool


@dataclass(frozen=True)
class WeightInterval:
    """Winner and ranking stability intervals for one criterion (METHODS §1.3).

    ``path_defined`` is False where the criterion holds all the weight (w_k = 1):
    the proportional path is undefined there and both intervals are None.
    """

    criterion: int
    weight: float
    path_defined: bool
    winner: StabilityInterval | None
    ranking: StabilityInterval | None

    @property
    def winner_change(self) -> CriticalChange | None:
        """Smallest change of this weight at which first place is shared or lost."""
        return _critical(self.weight, self.winner)

    @property
    def ranking_change(self) -> CriticalChange | None:
        """Smallest change of this weight at which any two candidates tie or swap."""
        return _critical(self.weight, self.ranking)


def _critical(
    weight: float, interval: StabilityInterval | None
) -> CriticalChange | None:
    """The bound with a pair nearest to the file's weight, as a change."""
    if interval is None:
        return None
    sides = [b for b in (interval.low, interval.high) if b.pair is not None]
    if not sides:
        return None
    # On equal distance the lowering side wins: it is listed first.
    bound = min(sides, key=lambda b: abs(b.weight - weight))
    assert bound.pair is not None
    delta = bound.weight - weight
    relative = delta / weight if weight > 0 else None
    return CriticalChange(bound.weight, delta, relative, bound.pair, bound.swaps)


def takeover_distance(item: WeightInterval) -> float:
    """Smallest change of this weight after which another candidate really leads (inf: none).

    Why not ``winner_change``: that also counts a pair that only ties at 0 or 1 (all or
    no weight on the criterion), where the winner shares first place but keeps it.
    """
    if item.winner is None:
        return float(np.inf)
    moves = [abs(b.weight - item.weight) for b in (item.winner.low, item.winner.high) if b.pair is not None and b.swaps]
    return min(moves, default=float(np.inf))


def by_fragility(intervals: tuple[WeightInterval, ...]) -> tuple[WeightInterval, ...]:
    """Criteria sorted most fragile first: smallest weight change that costs the winner.

    Criteria without a takeover anywhere on their path (or without a path, w = 1)
    come last, in matrix order.
    """
    return tuple(sorted(intervals, key=lambda item: (takeover_distance(item), item.criterion)))


def _check_model(
    values: FloatArray, weights: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Validated float arrays, weights normalised to shares."""
    values = np.asarray(values, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    if values.ndim != 2 or 0 in values.shape or not np.all(np.isfinite(values)):
        msg = "values must be a non-empty 2-d array of finite numbers"
        raise ValueError(msg)
    if weights.shape != (values.shape[1],):
        msg = f"weights must have one entry per criterion ({values.shape[1]})"
        raise ValueError(msg)
    if not np.all(np.isfinite(weights)) or np.any(weights < 0) or weights.sum() <= 0:
        msg = "weights must be finite, >= 0 and not all zero"
        raise ValueError(msg)
    return values, weights / weights.sum()


def _pick(
    roots: FloatArray,
    steep: FloatArray,
    hit: NDArray[np.bool_],
    lowest: bool,
    order: FloatArray,
) -> int:
    """Index of the crossing reached first.

    Several at once: the steepest (it leads past the bound), then the order given by
    ``order`` (columns: rank of a, value of a, rank of b, value of b), so the choice
    does not depend on where candidates stand in the matrix.
    """
    candidates = np.flatnonzero(hit)
    best = roots[candidates].max() if lowest else roots[candidates].min()
    near = candidates[np.abs(roots[candidates] - best) <= _SAME_ROOT]
    steepest = near[steep[near] >= steep[near].max() - _SAME_ROOT]
    keys = order[steepest]
    return int(steepest[np.lexsort(keys.T[::-1])[0]])


# Pairs x criteria worked on at once: arrays of this many numbers (0.5 MB) stay in
# the cache. With blocks of 250 000 the 342 x 30 case was several times slower.
_BLOCK = 65_536


def _intervals(
    at0: FloatArray,
    at1: FloatArray,
    weights: FloatArray,
    ranks: NDArray[np.int64],
    above: NDArray[np.intp],
    below: NDArray[np.intp],
    tied: NDArray[np.bool_],
    tolerance: float,
) -> list[StabilityInterval]:
    """Bounds from pairs (above, below), one interval per column of at0 and at1.

    Column c holds the totals of criterion c's path at t = 0 (at0) and t = 1 (at1),
    and ``weights[c]`` is its weight now. Why: D(t) = (1 - t) D0 + t D1 for every
    pair, so it crosses zero at t* = D0 / (D0 - D1); a strict pair needs
    D <= tolerance somewhere on a side, a pair tied at the file's weight breaks at
    once on a side where the other candidate moves ahead by more than the tolerance.
    All columns are worked on together (a key press of ``explore`` on 342 x 30 needs
    this); only a bound where several crossings meet goes through ``_pick``.
    """
    if len(above) == 0:  # one candidate, or all tied along the path
        return [StabilityInterval(Bound(0.0, None, swaps=False), Bound(1.0, None, swaps=False))] * at0.shape[1]
    d0 = at0[above] - at0[below]  # [pair, criterion]
    d1 = at1[above] - at1[below]
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = d0 / (d0 - d1)
    steep = np.abs(d1 - d0)
    tied_col = tied[:, None]
    sides = []
    for lowest, end_value, end in ((True, d0, 0.0), (False, d1, 1.0)):
        hit = np.where(tied_col, end_value < -tolerance, end_value <= tolerance)
        # The crossing clipped to [end, weight] or [weight, end]; a pair with no
        # crossing (0/0) meets the end: fmax/fmin take the bound where one side is NaN.
        if lowest:
            clipped = np.fmin(np.fmax(crossing, end), weights[None, :])
        else:
            clipped = np.fmax(np.fmin(crossing, end), weights[None, :])
        roots = np.where(tied_col, weights[None, :], clipped)
        reached = np.where(hit, roots, -np.inf if lowest else np.inf)
        best = reached.max(axis=0) if lowest else reached.min(axis=0)
        near = hit & (np.abs(roots - best[None, :]) <= _SAME_ROOT)
        any_hit: list[bool] = np.any(hit, axis=0).tolist()
        count: list[int] = near.sum(axis=0).tolist()
        first: list[int] = near.argmax(axis=0).tolist()
        sides.append((lowest, end, hit, roots, any_hit, count, first))
    result = []
    for c in range(at0.shape[1]):
        bounds = []
        for lowest, end, hit, roots, any_hit, count, first in sides:
            if not any_hit[c]:
                bounds.append(Bound(end, None, swaps=False))
                continue
            if count[c] == 1:
                pos = first[c]
            else:
                order = np.stack([ranks[above], -at1[above, c], ranks[below], -at1[below, c]], axis=1)
                pos = _pick(roots[:, c], steep[:, c], hit[:, c], lowest, order)
            t = float(roots[pos, c]) + 0.0  # never -0.0
            pair = (int(above[pos]), int(below[pos]))
            bounds.append(Bound(t, pair, swaps=t != end))
        result.append(StabilityInterval(low=bounds[0], high=bounds[1]))
    return result


def _pairs(
    ranks: NDArray[np.int64], among: NDArray[np.bool_]
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.bool_]]:
    """Ordered pairs (a, b), a from ``among``, with a ahead of or tied with b."""
    rows = np.flatnonzero(among)
    a, b = np.nonzero(ranks[rows][:, None] <= ranks[None, :])
    a = rows[a]
    keep = a != b
    a, b = a[keep], b[keep]
    return a, b, ranks[a] == ranks[b]


def weight_intervals(
    values: FloatArray, weights: FloatArray, tolerance: float = TIE_TOLERANCE, *, winner_only: bool = False
) -> tuple[WeightInterval, ...]:
    """Exact winner and ranking stability intervals per criterion (METHODS §1.1-1.3).

    Weight k moves to t in [0, 1], the others keep their proportions. Weights are
    normalised first (any positive scale gives the same intervals). When several
    candidates share first place, "the winner" is all of them: the winner interval
    is where every one of them stays (jointly) first, so it is degenerate ({w_k})
    on a side where the tie breaks, and that bound names (a, b) with b the tied
    candidate that leads past it. The same holds for tied pairs in the ranking
    interval. Candidates tied along the whole path never bound an interval. If
    several pairs cross at one bound, the pair whose difference changes fastest is
    named, then the best placed (rank, then value on the criterion).

    ``winner_only``: leave out the ranking intervals (``ranking`` is None). Why: they
    compare every pair of candidates, about 170 times the work of the winner's on
    342 candidates, and ``explore`` recomputes the winner's on every key press.
    """
    values, weights = _check_model(values, weights)
    scores = totals(values, weights)
    ranks = rank(scores, tolerance)
    n = len(weights)
    others = np.where(np.eye(n, dtype=bool), 0.0, weights[:, None])  # [j, k]
    rest = others.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        at0 = values @ (others / rest)  # R_ik: totals with all weight off criterion k
    everyone = np.ones(len(ranks), dtype=bool)
    kinds = {"winner": _pairs(ranks, ranks == 1)}
    if not winner_only:
        kinds["ranking"] = _pairs(ranks, everyone)
    defined = [k for k in range(n) if rest[k] > 0]
    found: dict[str, dict[int, StabilityInterval]] = {name: {} for name in kinds}
    for name, (above, below, tied) in kinds.items():
        step = max(1, _BLOCK // max(1, len(above)))
        for start in range(0, len(defined), step):
            block = defined[start : start + step]
            found[name].update(zip(block, _intervals(
                at0[:, block], values[:, block], weights[block], ranks, above, below, tied, tolerance,
            ), strict=True))
    result = [
        WeightInterval(k, float(weights[k]), True, found["winner"][k], None if winner_only else found["ranking"][k])
        if rest[k] > 0 else WeightInterval(k, float(weights[k]), False, None, None)
        for k in range(n)
    ]
    return tuple(result)


__all__ = [
    "Bound",
    "CriticalChange",
    "StabilityInterval",
    "WeightInterval",
    "by_fragility",
    "takeover_distance",
    "weight_intervals",
]
