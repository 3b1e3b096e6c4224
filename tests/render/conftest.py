"""Fixtures for the export renderers: one test scenario, memos built from it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from partnerkeuze.app import service
from partnerkeuze.language import set_language
from partnerkeuze.render.memo import IntervalRow, Memo, MemoSensitivity, build_memo
from partnerkeuze.render.portfolio_view import PortfolioMemo, portfolio_memo
from partnerkeuze.scenario.loading import load

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
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


PORTFOLIO = TESTDATA.parent.parent.parent / "scenarios" / "ommen-diensten.yaml"


def build_test_portfolio(*, lang: str = "nl") -> PortfolioMemo:
    """The portfolio of the shipped Ommen scenario (six tasks), each task's memo with exact sensitivity."""
    from partnerkeuze.app.portfolio import portfolio
    from partnerkeuze.render.robustness import memo_sensitivity

    set_language("en" if lang == "en" else "nl")
    loaded = load(PORTFOLIO)
    result = portfolio(loaded)
    memos = []
    for task in result.tasks:
        report = service.sensitivity(task.scenario, samples=0)
        memos.append(build_memo(report.ranking, sha256=loaded.sha256, export_date=EXPORT_DATE,
                                sensitivity=memo_sensitivity(report)))
    return portfolio_memo(result, memos)


@pytest.fixture
def make_portfolio() -> Callable[..., PortfolioMemo]:
    """``make_portfolio(lang="nl")``: the Ommen portfolio with every task's memo."""
    return build_test_portfolio


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium through Playwright (never 'playwright install'); skips without it, fails in CI."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()
