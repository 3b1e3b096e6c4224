"""The sensitivity report on the terminal (``render/robustness_view.py``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from rich.console import Console, RenderableType

from partnerkeuze.app import service
from partnerkeuze.core.weightintervals import Bound, StabilityInterval
from partnerkeuze.render.robustness_view import interval_bar, sensitivity_view

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"


def text_of(renderable: RenderableType) -> str:
    out = io.StringIO()
    Console(file=out, width=120, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def test_the_bar_marks_the_interval_and_the_current_weight() -> None:
    interval = StabilityInterval(Bound(0.0, None, False), Bound(0.5, (0, 1), True))
    bar = interval_bar(interval, 0.2, width=10).plain
    assert bar == "━━●━━─────"


def test_report_for_haaksbergen(golden: Callable[[str, str], None]) -> None:
    _, scenario = service.open_scenario(SCENARIOS / "haaksbergen-2020.yaml")
    text = text_of(sensitivity_view(service.sensitivity(scenario, samples=2_000, seed=1)))
    assert "Gevoeligheid: Partner voor de bedrijfsvoering van Haaksbergen (fase 1)" in text
    assert "In woorden, voor het voorstel" in text
    golden("robustness_view/haaksbergen-2020.txt", text)


def test_without_samples_there_is_no_monte_carlo_table() -> None:
    _, scenario = service.open_scenario(SCENARIOS / "leidse-regio.yaml")
    text = text_of(sensitivity_view(service.sensitivity(scenario, samples=0)))
    assert "Monte Carlo" not in text
    assert "Gewichten: hoe ver mag één gewicht bewegen?" in text
