"""Fixtures for the export renderers: one test scenario, memos built from it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze import service
from partnerkeuze.language import set_language
from partnerkeuze.memo import IntervalRow, Memo, MemoSensitivity, build_memo

TESTDATA = Path(__file__).parent / "testdata"
SCENARIO = TESTDATA / "scenario.yaml"
EXPORT_DATE = dt.date(2024, 3, 15)


def hand_made_sensitivity() -> MemoSensitivity:
    """A sensitivity summary as the sensitivity engine will hand it over (names are real)."""
    return MemoSensitivity(
        sentences=(
            "Hengelo blijft eerste zolang Structurele kosten tussen 0% en 52,9% weegt.",
            "Bij een hoger gewicht voor de kosten neemt Zelf doen het over; Markt B wint nooit.",
        ),
        intervals=(
            IntervalRow("Kwaliteit en informatieveiligheid", 0.4, 0.21, 1.0, 0.3, 0.55, "Zelf doen", None),
            IntervalRow("Structurele kosten", 0.35, 0.0, 0.529, 0.2, 0.4, None, "Zelf doen"),
            IntervalRow("Nabijheid", 0.25, None, None, None, None, None, None),
        ),
        first_shares=(("Hengelo", 0.612), ("Zelf doen", 0.301), ("Markt B", 0.087)),
        samples=10_000,
        seed=7,
        sampling="uniform",
    )


def build_test_memo(*, openbaar: bool = False, sensitivity: bool = False,
                    overrides: dict[str, float] | None = None, lang: str = "nl") -> Memo:
    """The memo of the test scenario, in ``lang`` (which stays the current language)."""
    set_language("en" if lang == "en" else "nl")
    loaded, scenario = service.open_scenario(SCENARIO)
    ranking = service.rank(scenario, overrides or {})
    return build_memo(ranking, sha256=loaded.sha256, export_date=EXPORT_DATE, openbaar=openbaar,
                      sensitivity=hand_made_sensitivity() if sensitivity else None)


@pytest.fixture
def make_memo() -> Callable[..., Memo]:
    """``make_memo(openbaar=False, sensitivity=False, overrides=None, lang="nl")``."""
    return build_test_memo


@pytest.fixture
def memo() -> Memo:
    """The internal (unredacted) Dutch memo of the test scenario, without sensitivity."""
    return build_test_memo()
