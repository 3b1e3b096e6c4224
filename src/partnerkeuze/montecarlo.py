"""SMAA-2 rank acceptability: how often each candidate takes each rank.

Why: a single set of weights is one opinion. Sampling weights (Lahdelma &
Salminen 2001, METHODS §2) shows how robust a ranking is. The core draws from an
injected ``np.random.Generator`` and works in chunks, so memory stays bounded for
any number of samples and one seed always gives the same arrays.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.matrix import FloatArray
from partnerkeuze.scoresampling import UncertainScores
from partnerkeuze.scoring import TIE_TOLERANCE

if TYPE_CHECKING:
    from concurrent.futures import Future

Sampling = Literal["around", "uniform"]
SAMPLINGS: tuple[Sampling, ...] = ("around", "uniform")

# Dirichlet(c w): sd of w_j = sqrt(w_j (1 - w_j) / (c + 1)), at most 0.05 (w_j = 0.5).
DEFAULT_CONCENTRATION = 100.0
# Candidates x samples per chunk; the chunk's arrays stay around 8 MB each.
CHUNK_ELEMENTS = 2**20
_MAX_CHUNK = 2**16
# Packing a candidate index into a score's low bits costs 2**(bits - 52) relative
# precision; up to 2**11 candidates that stays below the tie tolerance.
_MAX_PACKED_BITS = 11

IntArray = NDArray[np.int64]
# A crunched chunk: first place per sample, samples near a tie, rank counts (or None).
_Crunched = tuple[IntArray, NDArray[np.bool_], IntArray | None]
# Worker threads for the chunks: numpy releases the GIL in matmul, sort and bincount.
# The result does not depend on the number (draws and sums stay in sample order).
THREADS = min(4, os.cpu_count() or 1)


def sample_uniform(rng: np.random.Generator, samples: int, criteria: int) -> FloatArray:
    """Weights uniform on the simplex: Dirichlet(1, ..., 1), as in SMAA-2.

    w = E / sum(E) with E_j ~ Exp(1) independent gives the density (n - 1)! on
    {w >= 0, sum w = 1} (Lahdelma & Salminen 2001; Tervonen & Lahdelma 2007).
    Why: "no preference information"; the file's weights are ignored.
    """
    draws = rng.standard_exponential((samples, criteria))
    weights: FloatArray = draws / draws.sum(axis=1, keepdims=True)
    return weights


def sample_around(
    rng: np.random.Generator,
    samples: int,
    weights: FloatArray,
    concentration: float = DEFAULT_CONCENTRATION,
) -> FloatArray:
    """Weights around the file's weights: Dirichlet(c w) on the criteria with w > 0.

    The mean is w; the standard deviation of w_j is sqrt(w_j (1 - w_j) / (c + 1)),
    so the default c = 100 gives at most 0.05 (5 percentage points, at w_j = 0.5)
    and e.g. 0.04 at w_j = 0.2. Criteria with weight 0 stay at 0: the file says
    they do not count, and Dirichlet needs positive parameters. Weights are read as
    shares (normalised first).
    """
    weights = np.asarray(weights, dtype=np.float64)
    if weights.ndim != 1 or np.any(weights < 0) or not weights.sum() > 0:
        msg = "weights must be a 1-d array of numbers >= 0, not all zero"
        raise ValueError(msg)
    if not (np.isfinite(concentration) and concentration > 0):
        msg = "concentration must be a finite number > 0"
        raise ValueError(msg)
    weights = weights / weights.sum()
    positive = weights > 0
    drawn = np.zeros((samples, len(weights)))
    drawn[:, positive] = rng.dirichlet(concentration * weights[positive], size=samples)
    return drawn


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


class _Tally:
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

    def crunch(self, weights: FloatArray, values: FloatArray) -> _Crunched:
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

    def record(self, weights: FloatArray, values: FloatArray, crunched: _Crunched) -> None:
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

    def _count_ranks(self, scores: FloatArray, values: FloatArray) -> _Crunched:
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


def _check(
    values: FloatArray,
    weights: FloatArray,
    samples: int,
    rng: np.random.Generator,
    sampling: str,
    concentration: float,
    chunk_size: int | None,
) -> tuple[FloatArray, FloatArray, int]:
    """Validated values and weights (as shares) and the chunk size to use."""
    values = np.asarray(values, dtype=np.float64) + 0.0  # + 0.0 turns -0.0 into 0.0
    weights = np.asarray(weights, dtype=np.float64)
    problems = {
        "values": values.ndim != 2
        or 0 in values.shape
        or not np.all(np.isfinite(values)),
        "weights": weights.shape != values.shape[1:]
        or not np.all(np.isfinite(weights))
        or bool(np.any(weights < 0))
        or not weights.sum() > 0,
        "samples": isinstance(samples, bool)
        or not isinstance(samples, int | np.integer)
        or samples < 1,
        "rng": not isinstance(rng, np.random.Generator),
        "sampling": sampling not in SAMPLINGS,
        "concentration": not (np.isfinite(concentration) and concentration > 0),
        "chunk_size": chunk_size is not None
        and (
            isinstance(chunk_size, bool)
            or not isinstance(chunk_size, int | np.integer)
            or chunk_size < 1
        ),
    }
    for name, bad in problems.items():
        if bad:
            msg = f"invalid {name}: {_EXPECTED[name]}"
            raise ValueError(msg)
    m = values.shape[0]
    chunk = int(chunk_size or max(1, min(_MAX_CHUNK, CHUNK_ELEMENTS // m)))
    return values, weights / weights.sum(), chunk


_EXPECTED = {
    "values": "a non-empty 2-d array of finite numbers (candidates x criteria)",
    "weights": "one finite weight >= 0 per criterion, not all zero",
    "samples": "a whole number >= 1",
    "rng": "a numpy.random.Generator (np.random.default_rng(seed))",
    "sampling": f"one of {', '.join(SAMPLINGS)}",
    "concentration": "a finite number > 0",
    "chunk_size": "None or a whole number >= 1",
}


def acceptability(
    values: FloatArray,
    weights: FloatArray,
    *,
    samples: int,
    rng: np.random.Generator,
    sampling: Sampling = "around",
    concentration: float = DEFAULT_CONCENTRATION,
    chunk_size: int | None = None,
    ranks: bool = True,
    tolerance: float = TIE_TOLERANCE,
    progress: Callable[[int], object] | None = None,
    scores: UncertainScores | None = None,
) -> Acceptability:
    """SMAA-2 rank acceptability, first shares and central weights.

    ``values`` are the normalised values (m x n), ``weights`` the file's weights.
    ``ranks=False`` counts first places only (much cheaper). ``progress`` gets the
    number of samples done after every chunk. Reproducible: the same seed gives
    identical arrays, whatever ``chunk_size`` (default: about 2**20 / m samples),
    because numpy's generators fill consecutive draws from one stream and every
    sum runs in sample order.

    ``scores``: uncertain cells to draw in every sample as well (SMAA-2's f_X), from
    a generator spawned from ``rng``, so the weight draws stay those of ``rng`` and
    each stream runs on unbroken across chunks. Certain cells keep their ``values``.
    """
    values, weights, chunk = _check(
        values, weights, samples, rng, sampling, concentration, chunk_size
    )
    m, n = values.shape
    score_rng = rng.spawn(1)[0] if scores is not None and len(scores) else None
    if score_rng is not None and chunk_size is None:
        chunk = max(1, min(_MAX_CHUNK, CHUNK_ELEMENTS // (m * n)))

    def draw(size: int) -> FloatArray:
        if sampling == "uniform":
            return sample_uniform(rng, size, n)
        return sample_around(rng, size, weights, concentration)

    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - only when sampling

    tally = _Tally(m, n, ranks, tolerance)
    threads = THREADS if samples > chunk else 1
    pending: deque[tuple[FloatArray, FloatArray, Future[_Crunched]]] = deque()
    done = 0

    def settle() -> None:
        nonlocal done
        drawn, stack, future = pending.popleft()
        tally.record(drawn, stack, future.result())
        done += len(drawn)
        if progress is not None:
            progress(done)

    # Draws happen here, in order, from one stream; chunks are crunched on up to
    # ``threads`` threads and recorded in the order they were drawn.
    with ThreadPoolExecutor(max_workers=threads) as pool:
        drawn_so_far = 0
        while drawn_so_far < samples:
            size = min(chunk, samples - drawn_so_far)
            drawn = draw(size)
            stack = values if score_rng is None else scores.sample(score_rng, size, values)  # type: ignore[union-attr]
            pending.append((drawn, stack, pool.submit(tally.crunch, drawn, stack)))
            drawn_so_far += size
            while len(pending) > threads:
                settle()
        while pending:
            settle()
    result = tally.result(
        int(samples), sampling, None if sampling == "uniform" else float(concentration)
    )
    if score_rng is None:
        return result
    return replace(result, sampled_scores=len(scores))  # type: ignore[arg-type]
