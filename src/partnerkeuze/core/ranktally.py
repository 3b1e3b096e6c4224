"""Counting ranks over chunks of SMAA-2 samples, so that chunking cannot change the counts.

The tally turns sampled totals into rank and first-place counts, splits tied ranks
evenly (as scoring.rank does) and keeps the central-weight sums in sample order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.core.matrix import FloatArray
from partnerkeuze.core.weightsampling import Sampling

# Packing a candidate index into a score's low bits costs 2**(bits - 52) relative
# precision; up to 2**11 candidates that stays below the tie tolerance.
_MAX_PACKED_BITS = 11

IntArray = NDArray[np.int64]
# A crunched chunk: first place per sample, samples near a tie, rank counts (or None).
Crunched = tuple[IntArray, NDArray[np.bool_], IntArray | None]


@dataclass(frozen=True, eq=False)
class Acceptability:
    """SMAA-2 results for m candidates and n criteria (METHODS §2).

    - ``rank_shares[i, r]``: share of samples in which candidate i takes rank r + 1
      (m x m; rows and columns sum to 1; candidates whose totals tie within the
      tie tolerance split the ranks they occupy equally). None when only first
      places were counted.
    - ``first_shares[i]``: the acceptability index b_i^1 (share of first places).
    - ``central_weights[i]``: mean weights over the samples where i is first
      (tied first places count with their fraction); NaN row where never first.
    - ``samples``, ``sampling``, ``concentration`` (None for uniform): the draw.
    - ``sampled_scores``: how many uncertain scores were drawn too (0: weights only).
    """

    rank_shares: FloatArray | None
    first_shares: FloatArray
    central_weights: FloatArray
    samples: int
    sampling: Sampling
    concentration: float | None
    sampled_scores: int = 0

    @property
    def first_share_errors(self) -> FloatArray:
        """Monte Carlo standard error of each first share: sqrt(b (1 - b) / N)."""
        shares = self.first_shares
        return np.sqrt(shares * (1.0 - shares) / self.samples)


class RankTally:
    """Running counts over chunks, kept so that chunking cannot change them.

    ``add`` takes a chunk of weights (k, n) and either one value matrix (m, n) or
    a stack of them (k, m, n), one per sample. Why: a later version samples
    uncertain scores too, and then only the caller's values change.
    """

    def __init__(self, m: int, n: int, ranks: bool, tolerance: float) -> None:
        """Empty counts for m candidates and n criteria."""
        self.m, self.ranks, self.tolerance = m, ranks, tolerance
        self.bits = max(1, (m - 1).bit_length())
        self.rank_counts = np.zeros(m * m, dtype=np.int64)  # [candidate * m + rank]
        self.first_counts = np.zeros(m, dtype=np.int64)
        # Tied groups: (candidate, first position, size) -> samples; 1/size each.
        self.shared: Counter[tuple[int, int, int]] = Counter()
        self.weight_sums = np.zeros((m, n))
        self.shared_weight_sums = np.zeros((m, n))

    def add(self, weights: FloatArray, values: FloatArray) -> None:
        """Count one chunk of samples."""
        self.record(weights, values, self.crunch(weights, values))

    def crunch(self, weights: FloatArray, values: FloatArray) -> Crunched:
        """The heavy, independent part of counting a chunk: totals, sort, rank counts.

        Why separate: it touches no running sum, so chunks may be crunched on
        several threads at once (numpy's matmul, sort and bincount release the GIL);
        ``record`` then adds them up in chunk order.
        """
        scores = _scores(weights, values)
        if self.ranks:
            return self._count_ranks(scores, values)
        first, suspect = self._count_firsts(scores)
        return first, suspect, None

    def record(self, weights: FloatArray, values: FloatArray, crunched: Crunched) -> None:
        """Add one crunched chunk to the running counts and sums, in sample order."""
        first, suspect, rank_counts = crunched
        if rank_counts is not None:
            self.rank_counts += rank_counts
        clear = ~suspect
        _add_rows(self.weight_sums, first[clear], weights[clear])
        if not self.ranks:
            self.first_counts += np.bincount(first[clear], minlength=self.m)
        if suspect.any():
            rows = np.flatnonzero(suspect)
            stack = values if values.ndim == 2 else values[rows]
            self._count_ties(_scores(weights[rows], stack), weights[rows])

    def _count_firsts(self, scores: FloatArray) -> tuple[IntArray, NDArray[np.bool_]]:
        """Argmax per sample; flags samples whose runner-up is within the tolerance."""
        rows = np.arange(len(scores))
        first = scores.argmax(axis=1)
        top = scores[rows, first]
        scores[rows, first] = -np.inf
        return first, top - scores.max(axis=1) <= self.tolerance

    def _count_ranks(self, scores: FloatArray, values: FloatArray) -> Crunched:
        """Sort every sample, count (candidate, rank); flag samples near a tie."""
        m = self.m
        mask = (1 << self.bits) - 1
        if self.bits <= _MAX_PACKED_BITS and values.min() >= 0:
            # Scores >= 0: their bit patterns sort like the numbers, and inverted
            # bits sort them best first. The low bits carry the candidate index, so
            # one integer sort replaces an argsort.
            keys = scores.view(np.int64)
            np.invert(keys, out=keys)
            keys &= ~mask
            keys |= np.arange(m)
            keys.sort(axis=1)
            # Inverting back gives the scores up to 2**bits units in the last place.
            approx = np.invert(keys).view(np.float64)
            slack = float(values.max()) * 2.0 ** (self.bits - 51)
            gaps = approx[:, :-1] - approx[:, 1:]
            keys &= mask
            order = keys
        else:
            order = np.argsort(-scores, axis=1, kind="stable")
            ordered = np.take_along_axis(scores, order, axis=1)
            slack = 0.0
            gaps = ordered[:, :-1] - ordered[:, 1:]
        suspect = gaps.min(axis=1, initial=np.inf) <= self.tolerance + slack
        first = order[:, 0].copy()
        cells = order  # reused in place: candidate * m + rank
        cells *= m
        cells += np.arange(m)
        if suspect.any():
            cells[suspect] = m * m  # counted on the exact path instead
        counts = np.bincount(cells.ravel(), minlength=m * m + 1)[: m * m]
        return first, suspect, counts

    def _count_ties(self, scores: FloatArray, weights: FloatArray) -> None:
        """Samples near a tie: groups as in scoring.rank, ranks split evenly."""
        k, m = scores.shape
        order = np.argsort(-scores, axis=1, kind="stable")
        ordered = np.take_along_axis(scores, order, axis=1)
        new_group = np.ones((k, m), dtype=bool)
        new_group[:, 1:] = ordered[:, :-1] - ordered[:, 1:] > self.tolerance
        group = np.cumsum(new_group, axis=1) - 1 + (m * np.arange(k))[:, None]
        size = np.bincount(group.ravel(), minlength=k * m)[group]
        positions = np.broadcast_to(np.arange(m), (k, m))
        start = np.maximum.accumulate(np.where(new_group, positions, 0), axis=1)
        single = size == 1
        if self.ranks:
            cells = order[single] * m + start[single]
            self.rank_counts += np.bincount(cells, minlength=m * m)
        else:
            self.first_counts += np.bincount(order[single & (start == 0)], minlength=m)
        wanted = ~single if self.ranks else ~single & (start == 0)
        events = np.stack([order[wanted], start[wanted], size[wanted]], axis=1)
        if len(events):
            found, counts = np.unique(events, axis=0, return_counts=True)
            for (c, s, g), count in zip(found.tolist(), counts.tolist(), strict=True):
                self.shared[(c, s, g)] += count
        # Samples near a tie get their own sum, so every sum runs in sample order.
        sample, where = np.nonzero(start == 0)
        share = weights[sample] / size[sample, where][:, None]
        _add_rows(self.shared_weight_sums, order[sample, where], share)

    def result(
        self, samples: int, sampling: Sampling, concentration: float | None
    ) -> Acceptability:
        """Shares from the counts; tied groups are added in a fixed order."""
        m = self.m
        counts = self.rank_counts.reshape(m, m).astype(np.float64)
        firsts = self.first_counts.astype(np.float64)
        for (c, s, g), count in sorted(self.shared.items()):
            if self.ranks:
                counts[c, s : s + g] += count / g
            else:
                firsts[c] += count / g
        if self.ranks:
            firsts = counts[:, 0].copy()
        central = np.full_like(self.weight_sums, np.nan)
        chosen = firsts > 0
        central[chosen] = (self.weight_sums + self.shared_weight_sums)[chosen] / firsts[
            chosen, None
        ]
        return Acceptability(
            rank_shares=_frozen(counts / samples) if self.ranks else None,
            first_shares=_frozen(firsts / samples),
            central_weights=_frozen(central),
            samples=samples,
            sampling=sampling,
            concentration=concentration,
        )


def _add_rows(total: FloatArray, rows: IntArray, weights: FloatArray) -> None:
    """total[rows[s]] += weights[s], one sample after the other.

    Why: unbuffered, in sample order, so the sums do not depend on chunking; on
    the flattened array numpy's fast path is about four times quicker.
    """
    n = total.shape[1]
    cells = (rows[:, None] * n + np.arange(n)).ravel()
    np.add.at(total.reshape(-1), cells, weights.ravel())


def _frozen(array: FloatArray) -> FloatArray:
    """The same array, read-only."""
    array.flags.writeable = False
    return array


def _scores(weights: FloatArray, values: FloatArray) -> FloatArray:
    """Totals (k, m) for one value matrix (m, n) or one per sample (k, m, n)."""
    scores: FloatArray
    if values.ndim == 2:
        scores = weights @ values.T
    else:
        scores = np.matmul(values, weights[:, :, None])[:, :, 0]
    return scores
