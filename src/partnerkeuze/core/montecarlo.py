"""SMAA-2 rank acceptability: how often each candidate takes each rank.

Why: a single set of weights is one opinion. Sampling weights (Lahdelma &
Salminen 2001, METHODS §2) shows how robust a ranking is. The core draws from an
injected ``np.random.Generator`` and works in chunks, so memory stays bounded for
any number of samples and one seed always gives the same arrays.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from partnerkeuze.core.matrix import FloatArray
from partnerkeuze.core.ranktally import Acceptability, Crunched, RankTally
from partnerkeuze.core.scoresampling import UncertainScores
from partnerkeuze.core.scoring import TIE_TOLERANCE
from partnerkeuze.core.weightsampling import (
    DEFAULT_CONCENTRATION,
    SAMPLINGS,
    Sampling,
    sample_around,
    sample_uniform,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

# Candidates x samples per chunk; the chunk's arrays stay around 8 MB each.
CHUNK_ELEMENTS = 2**20
_MAX_CHUNK = 2**16
# Worker threads for the chunks: numpy releases the GIL in matmul, sort and bincount.
# The result does not depend on the number (draws and sums stay in sample order).
THREADS = min(4, os.cpu_count() or 1)


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

    tally = RankTally(m, n, ranks, tolerance)
    threads = THREADS if samples > chunk else 1
    pending: deque[tuple[FloatArray, FloatArray, Future[Crunched]]] = deque()
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
