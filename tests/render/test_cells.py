"""How one score reads in any output (``render/cells.py``)."""

from __future__ import annotations

import pytest

from partnerkeuze.render.cells import score_text
from partnerkeuze.scenario.resolved import ResolvedCriterion, ResolvedScore


def criterion(unit: str | None) -> ResolvedCriterion:
    return ResolvedCriterion(
        id="c",
        name="C",
        description=None,
        points=1.0,
        direction="max",
        scale_name=None,
        scale=None,
        unit=unit,
        low=0.0,
        high=1.0,
        fixed_range=False,
    )


def score(raw: float, label: str | None = None) -> ResolvedScore:
    return ResolvedScore(raw=raw, label=label, rationale=None, source=None)


def test_a_label_is_shown_as_written() -> None:
    assert score_text(score(4, "+"), criterion(None)) == "+"


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        (1_200_000, "EUR", "€ 1.200.000"),
        (12.5, "km", "12,5 km"),
        (30, "%", "30%"),
        (3, None, "3"),
    ],
)
def test_a_number_is_shown_in_its_unit(
    raw: float, unit: str | None, expected: str
) -> None:
    assert score_text(score(raw), criterion(unit)) == expected
