"""Scale: how partnerkeuze behaves as the question grows (issue 7, part 4).

Usage: python benchmarks/bench_scale.py [--samples N] [--tasks T] [--seed S] [--keep DIR]

Generates a scenario with 342 municipalities as candidates and 30 criteria (every
score with a one-line rationale, as a careful file would have), writes it as YAML,
and runs the real command line on it in fresh processes: validate, rank,
sensitivity (10^6 weight samples by default), export md, and a portfolio of 10
tasks over the same candidates. Each row shows whole-process wall time and peak
resident memory (ru_maxrss of the child). Not a test: it prints a table.

The runs share a fresh scenario cache (a temporary PARTNERKEUZE_CACHE): the first
``rank`` reads and validates the file, the second finds it in the cache, as a user's
second run would.
"""

# ruff: noqa: T201  (a script: printing the table is its job)

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

WORDS = ("goed", "redelijk", "beperkt", "sterk", "zwak", "wisselend")


def scenario_yaml(m: int, n: int, seed: int, tasks: int = 0) -> str:
    """A generated scenario: m candidates, n numeric criteria on 0..100, rationale per score."""
    rng = np.random.default_rng(seed)
    lines = ["versie: 1", f"titel: Schaalproef {m} kandidaten x {n} criteria", "criteria:"]
    for j in range(n):
        direction = "min" if j % 4 == 3 else "max"
        lines += [
            f"  - id: k{j:02d}",
            f"    naam: Criterium {j + 1}",
            f"    gewicht: {int(rng.integers(1, 11))}",
            f"    richting: {direction}",
            "    bereik: [0, 100]",
        ]
    if tasks:
        lines += ["lagen:", "  bedrijfsvoering:", "    naam: Bedrijfsvoering", "taken:"]
        for k in range(tasks):
            weights = ", ".join(f"k{j:02d}: {int(rng.integers(0, 11))}" for j in range(n))
            lines += [f"  - id: taak{k}", f"    naam: Taak {k + 1}", "    laag: bedrijfsvoering",
                      f"    gewichten: {{{weights}}}"]
    lines.append("kandidaten:")
    for i in range(m):
        lines += [f"  - id: g{i:03d}", f"    naam: Gemeente {i + 1}", "    scores:"]
        for j in range(n):
            value = int(rng.integers(0, 101))
            why = f"{WORDS[(i + j) % len(WORDS)]} volgens de verkenning van {2020 + j % 5}"
            lines.append(f"      k{j:02d}: {{waarde: {value}, onderbouwing: \"{why}\"}}")
    return "\n".join(lines) + "\n"


CACHE = tempfile.mkdtemp(prefix="partnerkeuze-bench-cache-")


def run(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) and exit code of one child process."""
    env = {**os.environ, "PARTNERKEUZE_LANG": "nl", "NO_COLOR": "1", "COLUMNS": "120",
           "PARTNERKEUZE_CACHE": CACHE}
    start = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) as child:
        _, status, usage = os.wait4(child.pid, 0)
        err = child.stderr.read().decode(errors="replace") if child.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code:
        print(f"  ({' '.join(argv[3:5])} exited with {code}: {err.strip()[:200]})")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, code


def main() -> None:
    """Generate the files, run the commands, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=342)
    parser.add_argument("--criteria", type=int, default=30)
    parser.add_argument("--samples", type=int, default=10**6)
    parser.add_argument("--tasks", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", type=Path, default=None, help="write the files here (default: a temp dir)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    m, n, samples = args.candidates, args.criteria, str(args.samples)
    single = folder / "schaal.yaml"
    single.write_text(scenario_yaml(m, n, args.seed), encoding="utf-8")
    multi = folder / "schaal-taken.yaml"
    multi.write_text(scenario_yaml(m, n, args.seed, tasks=args.tasks), encoding="utf-8")
    cli = [sys.executable, "-m", "partnerkeuze"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {m} candidates x {n} criteria; "
          f"{single.stat().st_size / 2**20:.1f} MiB of YAML; files in {folder}")
    rows = {
        "validate": [*cli, "validate", str(single)],
        "rank (first read)": [*cli, "rank", str(single)],
        "rank (read before)": [*cli, "rank", str(single)],
        "rank --json (read before)": [*cli, "rank", str(single), "--json"],
        f"sensitivity -n {samples} (rond)": [*cli, "sensitivity", str(single), "-n", samples, "--json"],
        f"sensitivity -n {samples} uniform": [*cli, "sensitivity", str(single), "-n", samples,
                                              "--sampling", "uniform", "--json"],
        "export md (10 000 samples)": [*cli, "export", str(single), "-o", str(folder / "m.md"), "--force"],
        f"portfolio {args.tasks} tasks": [*cli, "portfolio", str(multi), "--json"],
        f"portfolio {args.tasks} tasks -n {samples}": [*cli, "portfolio", str(multi), "--json", "-n", samples],
    }
    print(f"{'command':40} {'seconds':>8} {'peak MiB':>9}")
    failed_portfolio = False
    for name, argv in rows.items():
        seconds, rss, code = run(argv)
        failed_portfolio |= bool(code) and name.startswith("portfolio")
        print(f"{name:40} {seconds:8.2f} {rss:9.1f}{'  (failed)' if code else ''}", flush=True)
    if failed_portfolio:
        total = sum(run(rows[f"sensitivity -n {samples} (rond)"])[0] for _ in range(args.tasks))
        print(f"{f'{args.tasks} x sensitivity -n {samples}':40} {total:8.2f}   (instead of portfolio)")


if __name__ == "__main__":
    main()
