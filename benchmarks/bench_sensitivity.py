"""Benchmark the sensitivity core: exact intervals, thresholds, SMAA-2 Monte Carlo.

Usage: python benchmarks/bench_sensitivity.py [--quick] [--seed N]

Every Monte Carlo row is compared with a bare numpy floor written out below:
uniform weights from Exp(1) draws, one chunked matmul with the value matrix, then
argsort (full ranks) or argmax (first place only) and one bincount. Peak memory is
tracemalloc's peak of traced allocations (Python objects and numpy buffers) during
the call, not the process's resident size. Not a test: it prints a table.
"""

# ruff: noqa: T201  (a script: printing the table is its job)

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

try:
    import partnerkeuze  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from partnerkeuze.matrix import DecisionMatrix
from partnerkeuze.montecarlo import CHUNK_ELEMENTS, Sampling, acceptability
from partnerkeuze.thresholds import score_thresholds, weight_intervals

MIB = 2**20


def measure(call: Callable[[], object]) -> tuple[float, float]:
    """Seconds and tracemalloc peak (MiB) of one call."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.perf_counter()
    call()
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / MIB


def floor(values: np.ndarray, samples: int, seed: int, ranks: bool) -> np.ndarray:
    """The bare numpy floor: sample, matmul, rank, count; nothing else."""
    rng = np.random.default_rng(seed)
    m, n = values.shape
    chunk = max(1, min(2**16, CHUNK_ELEMENTS // m))
    counts = np.zeros(m * m if ranks else m, dtype=np.int64)
    for start in range(0, samples, chunk):
        size = min(chunk, samples - start)
        draws = rng.standard_exponential((size, n))
        weights = draws / draws.sum(axis=1, keepdims=True)
        scores = weights @ values.T
        if ranks:
            order = np.argsort(-scores, axis=1)
            counts += np.bincount((order * m + np.arange(m)).ravel(), minlength=m * m)
        else:
            counts += np.bincount(scores.argmax(axis=1), minlength=m)
    return counts


def random_matrix(rng: np.random.Generator, m: int, n: int) -> DecisionMatrix:
    """Scores 1..5, half the criteria on a fixed 1..5 scale, the rest from the data."""
    raw = rng.integers(1, 6, size=(m, n)).astype(float)
    fixed = rng.random(n) < 0.5
    return DecisionMatrix(
        candidates=tuple(f"c{i}" for i in range(m)),
        criteria=tuple(f"k{j}" for j in range(n)),
        raw=raw,
        weights=(w := rng.random(n)) / w.sum(),
        maximise=rng.random(n) < 0.7,
        low=np.where(fixed, 1.0, raw.min(axis=0)),
        high=np.where(fixed, 5.0, raw.max(axis=0)),
        fixed_range=fixed,
    )


def main() -> None:
    """Parse the options and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip 10^6 samples")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)

    print("Exact methods (closed form, no grid)")
    big = random_matrix(rng, 342, 30)
    values = rng.random((342, 30))
    weights = rng.random(30)
    seconds, peak = measure(lambda: weight_intervals(values, weights))
    print(f"  weight_intervals  342 x 30   {seconds:8.3f} s   peak {peak:7.1f} MiB")
    seconds, peak = measure(lambda: score_thresholds(big))
    print(f"  score_thresholds  342 x 30   {seconds:8.3f} s   peak {peak:7.1f} MiB")
    print()

    header = (
        f"{'matrix':>9} {'samples':>9} {'count':>6} {'floor s':>9} {'uniform s':>10} "
        f"{'ratio':>6} {'around s':>9} {'peak MiB':>9} {'floor MiB':>10}"
    )
    print("SMAA-2 Monte Carlo (peak = tracemalloc peak during the uniform call)")
    print(header)
    print("-" * len(header))
    sizes = [10**4, 10**5] + ([] if args.quick else [10**6])
    for m, n in ((10, 6), (342, 30)):
        values = rng.random((m, n))
        weights = rng.random(n)
        for samples in sizes:
            for ranks in (True, False):
                row(values, weights, samples, ranks, args.seed)


def row(
    values: np.ndarray, weights: np.ndarray, samples: int, ranks: bool, seed: int
) -> None:
    """Time the floor and both samplers on one case and print one table row."""

    def ours(sampling: Sampling) -> Callable[[], object]:
        return lambda: acceptability(
            values,
            weights,
            samples=samples,
            rng=np.random.default_rng(seed),
            sampling=sampling,
            ranks=ranks,
        )

    floor_s, floor_peak = measure(lambda: floor(values, samples, seed, ranks))
    uniform_s, peak = measure(ours("uniform"))
    around_s, _ = measure(ours("around"))
    m, n = values.shape
    print(
        f"{m:>4} x {n:<2} {samples:>9} {'ranks' if ranks else 'first':>6} "
        f"{floor_s:9.3f} {uniform_s:10.3f} {uniform_s / floor_s:6.2f} "
        f"{around_s:9.3f} {peak:9.1f} {floor_peak:10.1f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
