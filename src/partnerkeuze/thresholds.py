"""Exact weight stability intervals and score thresholds for the weighted sum.

Why: a council wants to know how far one weight or one score may move before the
advice changes. On the proportional weight path every total is linear in the
weight (METHODS §1.1), so each bound is the crossing of two lines: a closed form,
not a grid. Indices in the results are positions in the matrix (candidates and
criteria); weights are shares (0..1).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.matrix import DecisionMatrix, FloatArray
from partnerkeuze.scoring import TIE_TOLERANCE, normalise, rank, totals

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


def _interval(
    at0: FloatArray,
    at1: FloatArray,
    weight: float,
    ranks: NDArray[np.int64],
    above: NDArray[np.intp],
    below: NDArray[np.intp],
    tied: NDArray[np.bool_],
    tolerance: float,
) -> StabilityInterval:
    """Bounds from pairs (above, below); totals run from at0 (t = 0) to at1 (t = 1).

    Why: D(t) = (1 - t) D0 + t D1 for every pair, so it crosses zero at
    t* = D0 / (D0 - D1); a strict pair needs D <= tolerance somewhere on a side,
    a pair tied at the file's weight breaks at once on a side where the other
    candidate moves ahead by more than the tolerance.
    """
    d0 = at0[above] - at0[below]
    d1 = at1[above] - at1[below]
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = d0 / (d0 - d1)
    steep = np.abs(d1 - d0)
    order = np.stack([ranks[above], -at1[above], ranks[below], -at1[below]], axis=1)
    bounds = []
    for lowest, end_value, end in ((True, d0, 0.0), (False, d1, 1.0)):
        hit = np.where(tied, end_value < -tolerance, end_value <= tolerance)
        if not hit.any():
            bounds.append(Bound(end, None, swaps=False))
            continue
        lo, hi = (end, weight) if lowest else (weight, end)
        roots = np.where(
            tied, weight, np.clip(np.nan_to_num(crossing, nan=end), lo, hi)
        )
        pos = _pick(roots, steep, hit, lowest, order)
        t = float(roots[pos]) + 0.0  # never -0.0
        pair = (int(above[pos]), int(below[pos]))
        bounds.append(Bound(t, pair, swaps=t != end))
    return StabilityInterval(low=bounds[0], high=bounds[1])


def _pairs(
    ranks: NDArray[np.int64], among: NDArray[np.bool_]
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.bool_]]:
    """Ordered pairs (a, b), a from ``among``, with a ahead of or tied with b."""
    a, b = np.nonzero(among[:, None] & (ranks[:, None] <= ranks[None, :]))
    keep = a != b
    a, b = a[keep], b[keep]
    return a, b, ranks[a] == ranks[b]


def weight_intervals(
    values: FloatArray, weights: FloatArray, tolerance: float = TIE_TOLERANCE
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
    pairs = {"winner": _pairs(ranks, ranks == 1), "ranking": _pairs(ranks, everyone)}
    result = []
    for k in range(n):
        weight = float(weights[k])
        if rest[k] <= 0:
            result.append(WeightInterval(k, weight, False, None, None))
            continue
        found = {
            name: _interval(
                at0[:, k], values[:, k], weight, ranks, above, below, tied, tolerance
            )
            for name, (above, below, tied) in pairs.items()
        }
        result.append(
            WeightInterval(k, weight, True, found["winner"], found["ranking"])
        )
    return tuple(result)


@dataclass(frozen=True)
class ScoreThreshold:
    """How far one raw score may move, all else unchanged, before first place changes.

    - ``candidate``, ``criterion``: positions in the matrix; ``current``: raw score now.
    - ``winner``: True when the candidate is (jointly) first now.
    - ``threshold``: None when no score in ``domain`` changes first place. Otherwise,
      for a non-winner: the raw score it needs to become (jointly) first (at least
      this for a max criterion, at most this for a min criterion); for a winner: the
      raw score down to which (max) or up to which (min) it stays (jointly) first.
    - ``inclusive``: True when the candidate is (jointly) first at the threshold
      itself. False only for a winner on a criterion whose range comes from the
      scores while every other candidate has the same score: matching them flattens
      the column, so the winner must stay strictly better than the threshold.
    - ``domain``: (lowest, highest) raw score considered: the fixed range, else the
      lowest and highest score any candidate has now (no extrapolation).
    """

    candidate: int
    criterion: int
    current: float
    winner: bool
    threshold: float | None
    inclusive: bool
    domain: tuple[float, float]


@dataclass(frozen=True)
class ScoreThresholds:
    """Score thresholds for every candidate and criterion; ``cells[i][k]``."""

    winners: tuple[int, ...]
    cells: tuple[tuple[ScoreThreshold, ...], ...]

    def cell(self, candidate: int, criterion: int) -> ScoreThreshold:
        """The threshold of one candidate on one criterion."""
        return self.cells[candidate][criterion]


class _Column:
    """One criterion as 'more is better' (y = x, or y = -x for min), per candidate i.

    ``lead(z)[i]`` = S_i - max_{j != i} S_j after candidate i's y is set to z[i]. Why:
    v_i - v_j = (z - y_j) / span for any range, and only span depends on z (through
    the candidates' own min and max when the range is not fixed), so
    h_ij(z) = d_ij + w (z - y_j) / span(z) with d_ij the gap on all other criteria.
    lead = min_j h_ij is monotone in z (METHODS: S_i - max S_j is monotone in x_ik).
    """

    def __init__(
        self,
        y: FloatArray,
        rest: FloatArray,
        w: float,
        fixed: bool,
        lo: float,
        hi: float,
    ):
        """Scores y (m,), totals without this criterion, its weight and its domain."""
        m = len(y)
        self.y, self.w, self.fixed, self.lo, self.hi = y, w, fixed, lo, hi
        self.d = rest[:, None] - rest[None, :]
        self.self_pair = np.eye(m, dtype=bool)
        ordered = np.sort(y)
        smallest = np.where(y == ordered[0], ordered[min(1, m - 1)], ordered[0])
        largest = np.where(y == ordered[-1], ordered[max(m - 2, 0)], ordered[-1])
        self.a, self.b = smallest, largest  # others' min and max, per candidate i

    def span(self, z: FloatArray) -> FloatArray:
        """Normalisation span when candidate i's score is z[i]."""
        if self.fixed:
            return np.full_like(z, self.hi - self.lo)
        span: FloatArray = np.maximum(self.b, z) - np.minimum(self.a, z)
        return span

    def lead(self, z: FloatArray) -> FloatArray:
        """Each candidate's lead over the best other one, its own score set to z."""
        span = self.span(z)[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            h = self.d + self.w * (z[:, None] - self.y[None, :]) / span
        h = np.where(span > 0, h, self.d)
        lead: FloatArray = np.where(self.self_pair, np.inf, h).min(axis=1)
        return lead

    def root(self, tolerance: float) -> tuple[FloatArray, NDArray[np.bool_]]:
        """Per candidate: lowest z in the domain with lead(z) >= 0, and if z counts."""
        m = len(self.y)
        full = np.full(m, 1.0)
        if self.fixed:
            start, end = self.lo * full, self.hi * full
            alpha, beta = 0.0 * full, (self.hi - self.lo) * full
        else:
            a, b = self.a, self.b
            left = self.lead(a) >= -tolerance  # root at or below the others' minimum
            middle = ~left & (self.lead(b) >= -tolerance)
            start = np.where(left, self.lo, np.where(middle, a, b))
            end = np.where(left, a, np.where(middle, b, self.hi))
            alpha = np.where(left, -1.0, np.where(middle, 0.0, 1.0))
            beta = np.where(left, b, np.where(middle, b - a, -a))
        # On a piece span = alpha z + beta, so h_ij = 0 is linear in z:
        # z = (w y_j - d beta) / (d alpha + w).
        w, d, y = self.w, self.d, self.y[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            h_start = d + w * (start[:, None] - y) / (alpha * start + beta)[:, None]
            h_end = d + w * (end[:, None] - y) / (alpha * end + beta)[:, None]
            solved = (w * y - d * beta[:, None]) / (d * alpha[:, None] + w)
        # Within the tolerance a pair counts as tied, as in scoring.rank.
        roots = np.where(
            h_start >= -tolerance,
            start[:, None],
            np.where(h_end < -tolerance, np.inf, solved),
        )
        roots = np.where(self.self_pair, -np.inf, roots)
        z = np.clip(roots.max(axis=1), start, end)
        inclusive = np.ones(m, dtype=bool)
        if not self.fixed:
            # Every other candidate has the same score c: the lead jumps at z = c.
            flat = self.a == self.b
            c = self.a
            below = np.where(self.self_pair, np.inf, d).min(axis=1)
            at_c = below >= -tolerance
            left_ok = (self.lo < c) & (below - w >= -tolerance)
            z = np.where(flat, np.where(left_ok, self.lo, c), z)
            inclusive = np.where(flat, left_ok | at_c, inclusive)
        return z, inclusive


def score_thresholds(
    matrix: DecisionMatrix, tolerance: float = TIE_TOLERANCE
) -> ScoreThresholds:
    """Per candidate and criterion: the raw score at which first place changes hands.

    Exact per piece of the model: with a fixed range only the candidate's own value
    moves (one linear equation); with a range taken from the scores, moving one
    score can move the range and so every value on that criterion, and the lead
    is solved piece by piece (below, between and above the others' scores).
    """
    values = normalise(matrix)
    scores = totals(values, matrix.weights)
    ranks = rank(scores, tolerance)
    m, n = matrix.shape
    cells: list[list[ScoreThreshold]] = [[] for _ in range(m)]
    for k in range(n):
        sign = 1.0 if matrix.maximise[k] else -1.0
        raw = matrix.raw[:, k]
        if matrix.fixed_range[k]:
            low, high = float(matrix.low[k]), float(matrix.high[k])
        else:
            low, high = float(raw.min()), float(raw.max())
        lo, hi = sorted((sign * low, sign * high))
        y = sign * raw
        w = float(matrix.weights[k])
        found = np.zeros(m, dtype=bool)
        z, inclusive = np.zeros(m), np.ones(m, dtype=bool)
        if m > 1 and w > 0 and hi > lo:
            column = _Column(
                y, scores - w * values[:, k], w, bool(matrix.fixed_range[k]), lo, hi
            )
            winners = ranks == 1
            found = np.where(
                winners,
                column.lead(np.full(m, lo)) < -tolerance,
                column.lead(np.full(m, hi)) >= -tolerance,
            )
            z, inclusive = column.root(tolerance)
            z = np.where(winners, np.minimum(z, y), np.maximum(z, y))
        for i in range(m):
            cells[i].append(
                ScoreThreshold(
                    candidate=i,
                    criterion=k,
                    current=float(raw[i]),
                    winner=bool(ranks[i] == 1),
                    threshold=float(sign * z[i]) + 0.0 if found[i] else None,
                    inclusive=bool(inclusive[i]) if found[i] else True,
                    domain=(low, high),
                )
            )
    return ScoreThresholds(
        winners=tuple(int(i) for i in np.flatnonzero(ranks == 1)),
        cells=tuple(tuple(row) for row in cells),
    )


def first_reaching(
    threshold: float,
    scale_numbers: tuple[float, ...] | list[float] | FloatArray,
    maximise: bool,
    *,
    inclusive: bool = True,
) -> int | None:
    """Index of the least good scale number that reaches the threshold, or None.

    Reaches: >= threshold for a max criterion, <= for a min criterion (strictly
    when ``inclusive`` is False). Why: thresholds are computed in floating point,
    so a number within 1e-9 of the scale's size counts as equal to the threshold.
    """
    numbers = np.asarray(scale_numbers, dtype=np.float64)
    if numbers.ndim != 1 or len(numbers) == 0 or not np.all(np.isfinite(numbers)):
        msg = "scale_numbers must be a non-empty list of finite numbers"
        raise ValueError(msg)
    slack = 1e-9 * max(1.0, float(np.abs(numbers).max()))
    goodness = numbers if maximise else -numbers
    target = threshold if maximise else -threshold
    reach = goodness > target + slack if not inclusive else goodness >= target - slack
    if not reach.any():
        return None
    candidates = np.flatnonzero(reach)
    return int(candidates[np.argmin(goodness[candidates])])


__all__ = [
    "Bound",
    "CriticalChange",
    "ScoreThreshold",
    "ScoreThresholds",
    "StabilityInterval",
    "WeightInterval",
    "by_fragility",
    "first_reaching",
    "score_thresholds",
    "weight_intervals",
]
