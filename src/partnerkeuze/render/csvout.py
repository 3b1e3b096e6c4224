"""The memo as CSV: one row per candidate and criterion score.

The last two columns: the difference with the status quo (points; empty without
one) and, on one row per candidate that fails a hard requirement, the reason it is
not ranked.

Dutch (default): ``;`` between fields, a decimal comma, and a UTF-8 byte order mark,
because Dutch Excel opening a .csv by double-click reads it as Windows-1252 without
one ("financiÃ«n") and splits fields on ``;`` (the comma is its decimal sign).
English (``--lang en``): standard RFC 4180 CSV for programs: ``,`` and a decimal
point, no BOM. Rows end in CRLF, as RFC 4180 says. Weights are in percent and
contributions and totals in points out of 100, as in the memo's table.

A portfolio (a file with tasks) gives every task's rows, with the task's name as an
extra first column (``taak``; English ``task``).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render.memo import Memo

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

BOM = "\ufeff"


def render(memo: Memo) -> bytes:
    """The CSV file's bytes (UTF-8; with a BOM in Dutch)."""
    dutch = memo.language == "nl"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if dutch else ",", lineterminator="\r\n")
    writer.writerow(t("memo.csv_header").split(";"))
    writer.writerows(_rows(memo))
    return ((BOM if dutch else "") + buffer.getvalue()).encode("utf-8")


def render_portfolio(portfolio: PortfolioMemo) -> bytes:
    """The portfolio's CSV: every task's rows as in ``render``, with the task's name as the first column."""
    dutch = portfolio.first.language == "nl"
    guard = _guard if dutch else str
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if dutch else ",", lineterminator="\r\n")
    writer.writerow([t("portfolio.csv_task"), *t("memo.csv_header").split(";")])
    for _, name, memo in portfolio.tasks:
        writer.writerows([guard(name), *row] for row in _rows(memo))
    return ((BOM if dutch else "") + buffer.getvalue()).encode("utf-8")


def _rows(memo: Memo) -> list[list[object]]:
    """One memo's data rows: a row per candidate and criterion, then one per excluded candidate."""
    guard = _guard if memo.language == "nl" else str
    notes = {note.number: note for note in memo.footnotes}
    rows: list[list[object]] = []
    for i, column in enumerate(memo.columns):
        for row in memo.rows:
            cell = row.cells[i]
            note = notes.get(cell.note) if cell.note else None
            rows.append([
                column.id, guard(column.name), row.id, guard(row.name),
                _number(row.weight * 100), cell.text, _number(cell.raw), _number(cell.value),
                _number(cell.contribution * 100), _number(column.total * 100), column.rank,
                t("memo.yes") if column.preferred else t("memo.no"),
                guard(note.text) if note else "", guard(note.source or "") if note else "",
                _number(column.versus_status_quo * 100) if column.versus_status_quo is not None else "", "",
            ])
    for item in memo.excluded:  # one row per excluded candidate: no scores, the reason last
        rows.append([item.id, guard(item.name), *([""] * 9), t("memo.no"), "", "", "", guard(item.reason)])
    return rows


def _guard(text: str) -> str:
    """Free text that Excel would read as a formula gets a leading apostrophe (OWASP).

    Why only in Dutch: that profile is for Excel; the English one is for programs.
    Score labels ('++', '-') stay as written: Excel cannot parse them as formulas.
    """
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _number(value: float) -> str:
    """Up to 10 decimals, no thousands separator, the language's decimal sign.

    Why no grouping: a thousands dot in a CSV number makes Excel and programs guess.
    """
    return formatting.number(round(value, 10) + 0.0, 10, fixed=False, grouped=False)
