"""Benchmark the sensitivity core: exact intervals, thresholds, SMAA-2 Monte Carlo.

Usage: python benchmarks/bench_sensitivity.py [--quick] [--seed N]
       python benchmarks/bench_sensitivity.py --issue [--samples N] [--threads T]

Every Monte Carlo row is compared with a bare numpy floor written out below:
uniform weights from Exp(1) draws, one chunked matmul with the value matrix, then
a packed score-and-index integer sort (full ranks) or argmax (first place only) and
one bincount. ``--issue`` runs issue 7's comparison (342 x 30, 10^6 samples), each
case in a fresh process so its peak RSS (resource.getrusage) is its own. Peak memory is
tracemalloc's peak of traced allocations (Python objects and numpy buffers) during
the call, not the process's resident size. Not a test: it prints a table.
"""

# ruff: noqa: T201  (a script: printing the table is its job)

from __future__ import annotations

import argparse
import os
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

from partnerkeuze.core.matrix import DecisionMatrix
from partnerkeuze.core.montecarlo import CHUNK_ELEMENTS, acceptability
from partnerkeuze.core.scorethresholds import score_thresholds
from partnerkeuze.core.weightintervals import weight_intervals
from partnerkeuze.core.weightsampling import Sampling

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
    """The best plain-numpy floor we could write: sample, matmul, rank, count; nothing else.

    Full ranks: the score's bits (>= 0, so they sort like the numbers), inverted so
    the best sorts first, with the candidate index packed into the low bits; one
    integer sort per chunk (about 2x faster than argsort) and one bincount over
    candidate * m + rank. First place only: argmax and one bincount. One thread.
    """
    rng = np.random.default_rng(seed)
    m, n = values.shape
    chunk = max(1, min(2**16, CHUNK_ELEMENTS // m))
    counts = np.zeros(m * m if ranks else m, dtype=np.int64)
    mask = (1 << max(1, (m - 1).bit_length())) - 1
    columns = np.arange(m)
    for start in range(0, samples, chunk):
        size = min(chunk, samples - start)
        draws = rng.standard_exponential((size, n))
        weights = draws / draws.sum(axis=1, keepdims=True)
        scores = weights @ values.T
        if ranks:
            keys = scores.view(np.int64)
            np.invert(keys, out=keys)
            keys &= ~mask
            keys |= columns
            keys.sort(axis=1)
            keys &= mask
            keys *= m
            keys += columns
            counts += np.bincount(keys.ravel(), minlength=m * m)
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


ISSUE_CASES = {
    "floor ranks": ("floor", True, "uniform"),
    "ours ranks uniform": ("ours", True, "uniform"),
    "ours ranks rond": ("ours", True, "around"),
    "floor first": ("floor", False, "uniform"),
    "ours first uniform": ("ours", False, "uniform"),
    "ours first rond": ("ours", False, "around"),
}


def issue_case(name: str, m: int, n: int, samples: int, seed: int, threads: int | None) -> None:
    """One case of the issue's comparison, in this (fresh) process: seconds and peak RSS."""
    import resource  # noqa: PLC0415

    from partnerkeuze.core import montecarlo  # noqa: PLC0415

    if threads:
        montecarlo.THREADS = threads
    kind, ranks, sampling = ISSUE_CASES[name]
    rng = np.random.default_rng(seed)
    values, weights = rng.random((m, n)), rng.random(n)
    start = time.perf_counter()
    if kind == "floor":
        floor(values, samples, seed, ranks)
    else:
        acceptability(values, weights, samples=samples, rng=np.random.default_rng(seed),
                      sampling=sampling, ranks=ranks)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    print(f"{seconds:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")


def issue(m: int, n: int, samples: int, seed: int, threads: int | None) -> None:
    """The issue's comparison: each case in a fresh process, so peak RSS is its own."""
    import subprocess  # noqa: PLC0415

    print(f"SMAA-2, {m} candidates x {n} criteria, {samples:,} weight samples, seed {seed}; "
          f"threads: {threads or 'default'}; peak RSS of the whole process")
    print(f"{'case':22} {'seconds':>8} {'x floor':>8} {'peak RSS MiB':>13}")
    floors: dict[bool, float] = {}
    for name, (kind, ranks, _) in ISSUE_CASES.items():
        argv = [sys.executable, __file__, "--case", name, "--m", str(m), "--n", str(n),
                "--samples", str(samples), "--seed", str(seed)]
        if threads:
            argv += ["--threads", str(threads)]
        # The floor gets numpy's default (multi-threaded BLAS); ours runs as the CLI
        # runs it: BLAS on one thread, chunks on montecarlo.THREADS threads.
        env = dict(os.environ)
        if kind == "ours":
            env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
        out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env).stdout.split()
        seconds, rss = float(out[0]), float(out[1])
        if kind == "floor":
            floors[ranks] = seconds
        print(f"{name:22} {seconds:8.2f} {seconds / floors[ranks]:8.2f} {rss:13.1f}", flush=True)


def main() -> None:
    """Parse the options and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip 10^6 samples")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--issue", action="store_true",
                        help="only the issue's comparison: 342 x 30, 10^6 samples, vs the floor")
    parser.add_argument("--case", choices=sorted(ISSUE_CASES), help=argparse.SUPPRESS)
    parser.add_argument("--m", type=int, default=342)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--samples", type=int, default=10**6)
    parser.add_argument("--threads", type=int, default=None, help="worker threads (default: cores)")
    args = parser.parse_args()
    if args.case:
        issue_case(args.case, args.m, args.n, args.samples, args.seed, args.threads)
        return
    if args.issue:
        issue(args.m, args.n, args.samples, args.seed, args.threads)
        return
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
