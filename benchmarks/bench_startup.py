"""Start-up: whole-process wall time and peak memory of each command, against a floor.

Usage: python benchmarks/bench_startup.py [--runs N] [--scenario PATH]

The floor is `python -c "import numpy, yaml"` on the same interpreter in the same run:
a command cannot start faster than its two unavoidable imports. Each command runs
--runs times (default 15) after one warm-up, in turn with the floor and with
`benchmarks/startup_skeleton.py` (a bare typer app that imports numpy and prints a rich
table of the size `rank` prints); the table shows the median wall time, the medians of
the paired ratios to the floor and to the skeleton, and the peak resident memory
(ru_maxrss of the child). Not a test: it prints a table.

The runs use a scenario cache of their own (a temporary PARTNERKEUZE_CACHE), so the
warm-up fills it as a user's first run would: the rows show a file the tool has read
before, the common case while trying weights. The rows marked "(first read)" run
with the cache off: the cost of the first run after editing the file. The package's
bytecode is compiled first, as `pip install` does (an editable install under
PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run).
"""

# ruff: noqa: T201  (a script: printing the table is its job)

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


CACHE = tempfile.mkdtemp(prefix="partnerkeuze-bench-cache-")


FIRST_READ = {"PARTNERKEUZE_CACHE": "uit"}


def run_once(argv: list[str], extra_env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one child process."""
    env = {**os.environ, "PARTNERKEUZE_LANG": "nl", "NO_COLOR": "1", "COLUMNS": "120",
           "PARTNERKEUZE_CACHE": CACHE, **(extra_env or {})}
    start = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env) as child:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode not in (0,):
        msg = f"{' '.join(argv)} exited with {child.returncode}"
        raise SystemExit(msg)
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # Linux reports KiB


def measure(
    argv: list[str], floor: list[str], skeleton: list[str], runs: int,
    extra_env: dict[str, str] | None = None,
) -> tuple[float, float, str, float, float]:
    """Median wall time; the median of the paired ratios to the floor and their
    interquartile range; the median of the paired ratios to the skeleton; the largest
    peak RSS (after a warm-up).

    The command, the floor and the skeleton take turns, so a busy moment of the machine
    slows all three and a pair's ratio stays fair; the spread of the ratios shows how busy
    it was. (CPU time is no fairer: the floor's numpy starts OpenBLAS threads on both
    cores, partnerkeuze sets BLAS to one thread.)
    """
    run_once(argv, extra_env)
    ours, floors, skeletons = [], [], []
    for _ in range(runs):
        ours.append(run_once(argv, extra_env))
        floors.append(run_once(floor))
        skeletons.append(run_once(skeleton))
    seconds = statistics.median(r[0] for r in ours)
    to_floor = [a[0] / b[0] for a, b in zip(ours, floors, strict=True)]
    to_skeleton = [a[0] / b[0] for a, b in zip(ours, skeletons, strict=True)]
    quartiles = statistics.quantiles(to_floor, n=4)
    return (seconds, statistics.median(to_floor), f"{quartiles[0]:.2f}-{quartiles[2]:.2f}",
            statistics.median(to_skeleton), max(r[1] for r in ours))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", default="", help="measure only the commands whose name contains this")
    parser.add_argument("--scenario", type=Path, default=ROOT / "scenarios" / "haaksbergen-2020.yaml")
    args = parser.parse_args()
    py = sys.executable
    cli = [py, "-m", "partnerkeuze"]
    scenario = str(args.scenario)
    out = Path(tempfile.mkdtemp())
    commands = {
        "floor: import numpy, yaml": [py, "-c", "import numpy, yaml"],
        "python -c pass": [py, "-c", "pass"],
        "skeleton: typer+rich table": [py, str(ROOT / "benchmarks" / "startup_skeleton.py"), "rank", scenario],
        "--version": [*cli, "--version"],
        "--help": [*cli, "--help"],
        "rank": [*cli, "rank", scenario],
        "rank (first read)": [*cli, "rank", scenario],
        "rank --json": [*cli, "rank", scenario, "--json"],
        "rank --weight": [*cli, "rank", scenario, "--weight", "ict=40"],
        "validate (always reads)": [*cli, "validate", scenario],
        "criteria": [*cli, "criteria"],
        "sensitivity --samples 0": [*cli, "sensitivity", scenario, "--samples", "0"],
        "sensitivity (10 000)": [*cli, "sensitivity", scenario],
        "export md": [*cli, "export", scenario, "-o", str(out / "m.md"), "--force"],
        "export docx": [*cli, "export", scenario, "-o", str(out / "m.docx"), "--force"],
        "export xlsx": [*cli, "export", scenario, "-o", str(out / "m.xlsx"), "--force"],
        "export html": [*cli, "export", scenario, "-o", str(out / "m.html"), "--force"],
    }
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "src" / "partnerkeuze")],
                   check=False, stdout=subprocess.DEVNULL)
    floor = commands.pop("floor: import numpy, yaml")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.runs} runs each, median wall time")
    print("x floor, x skeleton: the median of the ratios of paired runs (command, floor and")
    print("skeleton run in turn); spread: the middle half of the ratios to the floor")
    print(f"{'command':28} {'seconds':>8} {'x floor':>8} {'spread':>11} {'x skeleton':>11} {'peak MiB':>9}")
    chosen = {name: argv for name, argv in commands.items() if args.only in name}
    skeleton = commands["skeleton: typer+rich table"]
    for name, argv in {"floor: import numpy, yaml": floor, **chosen}.items():
        extra_env = FIRST_READ if "(first read)" in name else None
        seconds, ratio, spread, to_skeleton, rss = measure(argv, floor, skeleton, args.runs, extra_env)
        print(f"{name:28} {seconds:8.3f} {ratio:8.2f} {spread:>11} {to_skeleton:11.2f} {rss:9.1f}", flush=True)

if __name__ == "__main__":
    main()
