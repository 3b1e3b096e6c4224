"""The cache's JSON form of a resolved scenario (``cachecodec.py``): exact, and inert."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from partnerkeuze.app import service
from partnerkeuze.language import set_language
from partnerkeuze.scenario import cachecodec

SCENARIOS = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))


def every_resolved_scenario() -> list[object]:
    found = []
    for path in SCENARIOS:
        loaded, first = service.open_scenario(path)
        tasks = [item.id for item in loaded.scenario.tasks]
        found += [first] if not tasks else [service.open_scenario(path, task)[1] for task in tasks]
    return found


def same(a: object, b: object) -> bool:
    """Equal, field by field, with numpy arrays compared bit for bit."""
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    if hasattr(a, "__dataclass_fields__"):
        return type(a) is type(b) and all(same(getattr(a, f), getattr(b, f)) for f in a.__dataclass_fields__)
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(map(same, a, b))
    return type(a) is type(b) and (a == b or (a != a and b != b))  # noqa: PLR0124 - NaN


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_shipped_scenario_comes_back_exactly(lang: str) -> None:
    set_language(lang)  # type: ignore[arg-type]
    for scenario in every_resolved_scenario():
        assert same(cachecodec.loads(cachecodec.dumps(scenario)), scenario)


def test_an_ahp_weighting_keeps_its_arrays() -> None:
    scenario = service.open_scenario(SCENARIOS[0])[1]
    pairwise = [w.pairwise for w in scenario.weightings if w.pairwise is not None]
    assert pairwise, "haaksbergen-2020 has a pairwise profile"

    back = cachecodec.loads(cachecodec.dumps(scenario))

    assert same(back, scenario)


def test_floats_survive_exactly() -> None:
    values = (0.1 + 0.2, 1e-300, 5e-324, 1.7976931348623157e308, float("inf"), -0.0)
    assert cachecodec.loads(cachecodec.dumps(values)) == values


@pytest.mark.parametrize(
    "planted",
    [
        {"$": "os.system", "command": "touch /tmp/x"},
        {"$": "ResolvedScore", "raw": 1.0, "__class__": "x"},
        {"$": "ndarray", "dtype": "object", "shape": [1], "data": [1]},
        {"$": ["ResolvedScore"]},
    ],
)
def test_anything_but_our_own_records_is_refused(planted: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        cachecodec.loads(json.dumps(planted).encode())


def test_a_foreign_object_is_not_written() -> None:
    with pytest.raises(TypeError):
        cachecodec.dumps({"a": 1})
