"""Score thresholds for the weighted sum: the raw score at which first place changes.

Why: a council wants to know how far one score may move, all else unchanged, before
the advice changes. This is the one-at-a-time analysis of METHODS §1 applied to a
score instead of a weight: a candidate's lead over the best other one is monotone
in its own score and, per piece of the model, solved in closed form, not on a grid.
Indices in the results are positions in the matrix (candidates and criteria);
thresholds are raw scores in the criterion's own unit.

On a criterion with a value function (``valuefunctions.py``) the lead is linear in the
*value*: the candidate is first where its value reaches one level, and the scores
that reach it are found by inverting the function per piece. A function that rises
and falls can make that set two intervals (or more); ``regions`` holds them all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.core.matrix import DecisionMatrix, FloatArray
from partnerkeuze.core.scoring import TIE_TOLERANCE, normalise, rank, totals
from partnerkeuze.core.valuefunctions import Curve, Interval


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
    - ``regions``: on a criterion with a value function only: the raw scores (closed
      intervals, lowest first) at which the candidate is (jointly) first, all else
      unchanged; ``level`` is the value (0-1) those scores reach. ``threshold`` is then
      the nearest score at which first place changes: for a non-winner the nearest
      score of ``regions``, for a winner the nearer inner end of the interval it is in.
    """

    candidate: int
    criterion: int
    current: float
    winner: bool
    threshold: float | None
    inclusive: bool
    domain: tuple[float, float]
    regions: tuple[Interval, ...] | None = None
    level: float | None = None


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
        curve = matrix.curves[k] if matrix.curves else None
        if curve is not None:
            curved = _curve_column(curve, matrix.raw[:, k], values[:, k], scores, float(matrix.weights[k]),
                                   ranks == 1, tolerance)
            for i in range(m):
                cells[i].append(replace(curved[i], candidate=i, criterion=k))
            continue
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


def _curve_column(curve: Curve, raw: FloatArray, v: FloatArray, scores: FloatArray, w: float,
                  winners: NDArray[np.bool_], tolerance: float) -> list[ScoreThreshold]:
    """The thresholds of one criterion with a value function (candidate and criterion left 0).

    Why so short: the range is the function's domain, so only the candidate's own value
    moves, and lead_i(v) = min_j (S_i - w v_i + w v - S_j) = w v + c_i with
    c_i = min_j (S_i - w v_i - S_j), the same slope w for every rival j. The candidate is
    (jointly) first, within the tie tolerance, exactly where its value reaches
    level_i = -(tolerance + c_i) / w; ``Curve.at_least`` turns that into scores.
    """
    m = len(raw)
    domain = curve.domain
    cells = []
    rest = scores - w * v
    if m > 1 and w > 0:
        gaps = np.where(np.eye(m, dtype=bool), np.inf, rest[:, None] - scores[None, :]).min(axis=1)
        levels = -(tolerance + gaps) / w
    else:
        levels = np.full(m, -np.inf)
    for i in range(m):
        x, level = float(raw[i]), float(levels[i])
        regions = curve.at_least(level) if np.isfinite(level) else (domain,)
        ends: list[float] = []
        if winners[i]:  # the inner ends of the interval it is in: where it stops being first
            own = next((region for region in regions if _near(x, region)), None)
            ends = [end for end, edge in zip(own, domain, strict=True) if end != edge] if own else []
        else:  # the nearest score at which it is first
            ends = [end for region in regions for end in region]
        threshold = min(ends, key=lambda end: abs(end - x)) if ends else None
        cells.append(ScoreThreshold(
            candidate=0, criterion=0, current=x, winner=bool(winners[i]),
            threshold=None if threshold is None else float(threshold) + 0.0, inclusive=True, domain=domain,
            regions=regions, level=level if np.isfinite(level) else None,
        ))
    return cells


def _near(x: float, region: Interval) -> bool:
    """``x`` just outside ``region`` by rounding of the inversion (1e-9 of the region's scale)."""
    slack = 1e-9 * max(1.0, abs(region[0]), abs(region[1]))
    return region[0] - slack <= x <= region[1] + slack


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
    "ScoreThreshold",
    "ScoreThresholds",
    "first_reaching",
    "score_thresholds",
]
