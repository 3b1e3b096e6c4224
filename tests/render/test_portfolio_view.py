"""The portfolio as a terminal view, sentences, JSON and a Markdown memo."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from partnerkeuze.app.portfolio import PortfolioResult, portfolio
from partnerkeuze.render.portfolio_view import (
    portfolio_json,
    portfolio_markdown,
    portfolio_memo,
    portfolio_view,
    sentences,
    summary_header,
    summary_rows,
)
from partnerkeuze.render.redaction import Scrubber
from partnerkeuze.scenario.loading import load

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"


@pytest.fixture(scope="module")
def ommen() -> PortfolioResult:
    return portfolio(load(SCENARIOS / "ommen-diensten.yaml"))


def plain(renderable: object) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None, legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_summary_rows(ommen: PortfolioResult) -> None:
    rows = summary_rows(ommen)

    assert summary_header()[:3] == ["Taak", "Laag", "Beste partner"]
    assert rows[0] == ["ICT", "Bedrijfsvoering", "Zwolle", "77,5", "Marktpartij", "12,5", "robuust", "Zwolle"]
    assert rows[-1][6] == "kwetsbaar"


def test_sentences_name_the_assignment_the_comparison_and_the_fragile_task(ommen: PortfolioResult) -> None:
    text = sentences(ommen)

    assert text["assignment"][0] == "Zwolle: ICT"
    assert "Dalfsen: Financiële administratie en Werk in het openbaar gebied" in text["assignment"]
    assert text["comparison"][0].startswith("De beste partner per taak levert 4 partners op")
    assert any("2 punten aan coördinatie" in line for line in text["comparison"])
    assert text["fragility"][0].startswith("Werk in het openbaar gebied: de keuze voor Dalfsen is kwetsbaar.")


def test_the_terminal_view_marks_the_best_partner(ommen: PortfolioResult) -> None:
    out = plain(portfolio_view(ommen))

    assert "★ Zwolle" in out
    assert "Wie neemt welke taken" in out
    assert "Welke keuze is kwetsbaar" in out


def test_json(ommen: PortfolioResult) -> None:
    data = json.loads(portfolio_json(ommen))

    assert data["taken"][0]["beste"] == ["zwolle"]
    assert data["advies"]["waarde"] == pytest.approx(data["advies"]["totaal"] - 2 * (len(data["advies"]["partners"]) - 1))
    assert data["taken"][0]["afgevallen"] == ["hardenberg"]


def test_markdown_has_the_summary_then_each_task(ommen: PortfolioResult) -> None:
    text = portfolio_markdown(ommen, ["# taak 1\n", "# taak 2\n"])

    assert text.startswith("# Nieuwe aanbieders voor de diensten van Ommen vanaf 2025\n")
    assert "| ICT | Bedrijfsvoering | Zwolle | 77,5 | Marktpartij | 12,5 | robuust | Zwolle |" in text
    assert text.endswith("\n---\n\n# taak 1\n\n---\n\n# taak 2\n")


def test_english(ommen: PortfolioResult) -> None:
    from partnerkeuze.language import set_language

    set_language("en")
    try:
        assert summary_header()[0] == "Task"
        assert sentences(ommen)["comparison"][0].startswith("The best partner per task makes 4 partners")
    finally:
        set_language("nl")


def test_the_portfolio_memo_holds_the_summary_and_every_task(ommen: PortfolioResult) -> None:
    memos = [object()] * len(ommen.tasks)  # the renderers' concern; here only carried along

    whole = portfolio_memo(ommen, memos)  # type: ignore[arg-type]

    assert whole.title == ommen.title
    assert list(whole.header) == summary_header()
    assert [list(row) for row in whole.rows] == summary_rows(ommen)
    assert [heading for heading, _ in whole.sections] == [
        "Wie neemt welke taken", "Vergelijking met één partner", "Welke keuze is kwetsbaar"]
    assert whole.tasks[0][:2] == ("ict", "ICT")
    assert whole.notices == ()


def test_the_public_summary_is_scrubbed_with_a_notice(ommen: PortfolioResult) -> None:
    scrub = Scrubber({"Zwolle": "Kandidaat B"})
    memos = [object()] * len(ommen.tasks)

    whole = portfolio_memo(ommen, memos, scrub=scrub, notice="Openbaar.")  # type: ignore[arg-type]
    text = portfolio_markdown(ommen, ["# taak\n"] * len(ommen.tasks), scrub=scrub, notice="Openbaar.")

    flat = " ".join([*(c for row in whole.rows for c in row), *(s for _, lines in whole.sections for s in lines)])
    assert "Zwolle" not in flat
    assert "Kandidaat B" in flat
    assert whole.notices == ("Openbaar.",)
    assert "Zwolle" not in text
    assert "| ICT | Bedrijfsvoering | Kandidaat B |" in text
    assert text.splitlines()[2] == "> **Openbaar.**"
