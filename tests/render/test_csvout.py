"""CSV: one row per candidate and criterion; Dutch Excel conventions by default."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest

from partnerkeuze.render import csvout
from partnerkeuze.render.memo import Memo
from partnerkeuze.render.portfolio_view import PortfolioMemo


def test_golden_dutch(memo: Memo, golden: Callable[[str, str], None]) -> None:
    data = csvout.render(memo)
    golden("csvout/memo.csv", data.decode("utf-8").replace("\r\n", "\n"))


def test_golden_english(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    data = csvout.render(make_memo(lang="en"))
    golden("csvout/memo-en.csv", data.decode("utf-8").replace("\r\n", "\n"))


def test_dutch_is_for_excel_bom_semicolon_decimal_comma(memo: Memo) -> None:
    data = csvout.render(memo)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["kandidaat_id", "kandidaat", "criterium_id", "criterium", "gewicht_procent"]
    assert len(rows) == 1 + 4 * 3
    hengelo_kosten = rows[2]
    assert hengelo_kosten[:10] == ["hengelo", "Hengelo", "kosten", "Structurele kosten", "35", "€ 1.250.000",
                                   "1250000", "0,375", "13,125", "71,875"]
    assert rows[7][1] == "Coöperatie Oost"


def test_english_is_standard_csv(make_memo: Callable[..., Memo]) -> None:
    memo = make_memo(lang="en")
    data = csvout.render(memo)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == len(memo.columns) * len(memo.rows)
    for row in rows:
        column = next(c for c in memo.columns if c.id == row["candidate_id"])
        assert float(row["total_points"]) == pytest.approx(column.total * 100, abs=1e-9)
        assert int(row["rank"]) == column.rank
    assert rows[0]["preferred"] == "yes"


def test_public_version_has_no_confidential_text(make_memo: Callable[..., Memo]) -> None:
    text = csvout.render(make_memo(openbaar=True)).decode("utf-8-sig")
    assert "Markt B" not in text
    assert "kandidaat_b;Kandidaat B;" in text
    assert "Prijsafspraak" not in text


@pytest.mark.parametrize(("text", "shown"), [("=1+1", "'=1+1"), ("-weinig", "'-weinig"), ("goed", "goed")])
def test_free_text_cannot_become_an_excel_formula(text: str, shown: str) -> None:
    assert csvout._guard(text) == shown


# --- the portfolio (a file with tasks) ------------------------------------------------


def test_a_portfolio_has_every_tasks_rows_with_the_task_first(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()

    data = csvout.render_portfolio(portfolio)

    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ["taak", *rows[0][1:]]
    assert rows[0][1:3] == ["kandidaat_id", "kandidaat"]
    body = rows[1:]
    for _, name, memo in portfolio.tasks:
        single = list(csv.reader(io.StringIO(csvout.render(memo).decode("utf-8-sig"), newline=""), delimiter=";"))
        assert [row[1:] for row in body if row[0] == name] == single[1:]
    assert len(body) == sum(
        len(memo.columns) * len(memo.rows) + len(memo.excluded) for _, _, memo in portfolio.tasks
    )
    assert body[0][0] == "ICT"
    assert any("," in row[10] for row in body)  # decimal comma in the totals
    assert data.endswith(b"\r\n")


def test_a_portfolio_in_english_is_plain_csv(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    data = csvout.render_portfolio(make_portfolio(lang="en"))

    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0][:3] == ["task", "candidate_id", "candidate"]
    assert all("," not in row[10] for row in rows[1:])
