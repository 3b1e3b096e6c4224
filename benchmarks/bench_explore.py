"""explore: the recompute per key press, the screen update, and the start-up (issue 14).

Usage: python benchmarks/bench_explore.py [--presses N] [--runs N]

1. Recompute: an ``Explorer`` on a generated scenario of 342 candidates x 30 criteria
   (``bench_scale.scenario_yaml``) moves a weight one point up and down in turn, as the
   arrow keys do: the ranking (``service.ranking_at``), the winner's exact intervals
   (``weight_intervals(..., winner_only=True)``) and the flip check. In process, no file read.
2. Screen update: the Textual app headless; each row is one key press, from sending the
   key until Textual hands the new screen to its driver, rendered as the bytes a
   terminal would get, at 80 x 24 and at 160 x 50. "draw" is the part spent building
   the tables and sentences (``ExploreApp.draw``, within the update).
3. Start-up: ``partnerkeuze explore FILE --keys q`` as a whole process (start, read the
   file, load textual, draw the first screen, quit), beside ``rank FILE``; the file is in
   the scenario cache, as on any start after the first.

Medians and 95th percentiles over the presses; medians over the runs. Not a test: it
prints a table.
"""

# ruff: noqa: T201  (a script: printing the table is its job)

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import scenario_yaml  # noqa: E402

from partnerkeuze.app.explore import STEP, Explorer  # noqa: E402

CACHE = tempfile.mkdtemp(prefix="partnerkeuze-bench-cache-")
os.environ["PARTNERKEUZE_CACHE"] = CACHE


def stats(milliseconds: list[float]) -> str:
    """'median / p95' in ms."""
    p95 = statistics.quantiles(milliseconds, n=20)[-1]
    return f"{statistics.median(milliseconds):7.2f} {p95:7.2f}"


def recompute(path: Path, presses: int) -> tuple[list[float], list[float]]:
    """Milliseconds per move of one weight (one point up, then down, in turn): wall and CPU time."""
    explorer = Explorer(path)
    explorer.select(3)
    wall, cpu = [], []
    for i in range(presses):
        start, used = time.perf_counter(), time.process_time()
        explorer.move(STEP if i % 2 == 0 else -STEP)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def screen(path: Path, presses: int, size: tuple[int, int]) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds from a key press to the screen update it causes, and per draw() alone.

    The update counts as done when Textual hands the new screen to its driver
    (``App._display``), with the terminal's byte sequence rendered as a real terminal
    would get it (``CompositorUpdate.render_segments``); headless, nothing is written.
    """
    from textual import events  # noqa: PLC0415
    from textual._compositor import CompositorUpdate  # noqa: PLC0415

    from partnerkeuze.cli.explore_app import ExploreApp  # noqa: PLC0415

    app = ExploreApp(Explorer(path), watch=False)
    pressed: list[float] = []
    busy: list[float] = []
    drawn: list[float] = []
    shown: list[tuple[float, float]] = []
    draw, display = app.draw, app._display

    def timed_draw(*args: object, **kwargs: object) -> None:
        start = time.perf_counter()
        draw(*args, **kwargs)  # type: ignore[arg-type]
        drawn.append((time.perf_counter() - start) * 1000)

    def timed_display(where: object, renderable: object) -> None:
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(app.console)
            shown.append((time.perf_counter(), time.process_time()))
        display(where, renderable)  # type: ignore[arg-type]

    app.draw = timed_draw  # type: ignore[method-assign]
    app._display = timed_display  # type: ignore[method-assign]

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.press("down", "down", "down")
            await pilot.pause(0.2)
            drawn.clear()
            for i in range(presses):
                before = len(shown)
                start, used = time.perf_counter(), time.process_time()
                app._driver.send_message(events.Key("right" if i % 2 == 0 else "left", None))  # type: ignore[union-attr]
                while len(shown) == before:
                    await asyncio.sleep(0.0005)
                pressed.append((shown[before][0] - start) * 1000)
                busy.append((shown[before][1] - used) * 1000)
                await asyncio.sleep(0.03)

    asyncio.run(main())
    return pressed, busy, drawn


def process(argv: list[str], runs: int) -> float:
    """Median wall seconds of ``argv`` as a fresh process (after one warm-up run)."""
    env = {**os.environ, "PARTNERKEUZE_LANG": "nl", "NO_COLOR": "1", "COLUMNS": "120"}
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                       env=env, check=True)
        if i:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="partnerkeuze-bench-explore-"))
    big = folder / "schaal-342x30.yaml"
    big.write_text(scenario_yaml(342, 30, seed=0), encoding="utf-8")
    small = ROOT / "scenarios" / "haaksbergen-2020.yaml"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "partnerkeuze")],
                   check=False, stdout=subprocess.DEVNULL)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("milliseconds, median and 95th percentile; wall time, and the process's CPU time")
    print("(CPU: what this process itself used; less dependent on other processes, not independent)")
    print(f"{'recompute per key press':38} {'wall':>7} {'p95':>7}   {'CPU':>7} {'p95':>7}")
    for name, path in (("haaksbergen-2020 (3 x 7)", small), ("342 x 30", big)):
        wall, cpu = recompute(path, args.presses)
        print(f"  {name:36} {stats(wall)}   {stats(cpu)}", flush=True)
    print(f"{'key press to screen update':38} {'wall':>7} {'p95':>7}   {'CPU':>7} {'p95':>7}   of which draw()")
    for name, path in (("haaksbergen-2020", small), ("342 x 30", big)):
        for size in ((80, 24), (160, 50)):
            pressed, busy, drawn = screen(path, max(50, args.presses // 3), size)
            print(f"  {name + f' at {size[0]}x{size[1]}':36} {stats(pressed)}   {stats(busy)}   {stats(drawn)}",
                  flush=True)
    print(f"{'start-up, whole process (seconds)':44} {'median':>7}")
    cli = [sys.executable, "-m", "partnerkeuze"]
    for name, path in (("haaksbergen-2020", small), ("342 x 30", big)):
        explore = process([*cli, "explore", str(path), "--keys", "q"], args.runs)
        ranked = process([*cli, "rank", str(path), "--json"], args.runs)
        print(f"  {'explore --keys q, ' + name:42} {explore:7.3f}   rank --json {ranked:6.3f}", flush=True)
    imported = process([sys.executable, "-c", "import textual.app, textual.widgets, watchfiles"], args.runs)
    bare = process([sys.executable, "-c", "pass"], args.runs)
    print(f"  {'import textual.app, widgets, watchfiles':42} {imported - bare:7.3f}   (beyond python -c pass)")


if __name__ == "__main__":
    main()
