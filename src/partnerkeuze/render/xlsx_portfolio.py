"""The portfolio as a workbook: a live summary over one live 'Afweging' sheet per task.

The summary's best partner, score, runner-up and margin are formulas over the task
sheets (INDEX/MATCH on each sheet's hidden order row), so a weight changed on a task's
sheet changes the portfolio too. Robustness, advice and the sentences below come from
the analysis at export and cannot follow; their headings say so, and a column flags a
task whose best partner is no longer the one exported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import quote_sheetname  # type: ignore[import-untyped]
from openpyxl.worksheet.hyperlink import Hyperlink  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from partnerkeuze.language.texts import t
from partnerkeuze.render.xlsx import TableCells, data_sheet, save, table_sheet
from partnerkeuze.render.xlsx_cells import (
    BOLD, fit_height, formula, number_format, paragraph, print_setup, row, sheet_names, text, widths,
)

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

_WIDTHS = [30, 16, 26, 10, 26, 12, 16, 26, 24]
_HEAD = 5  # the summary's header row


def render_portfolio(portfolio: PortfolioMemo) -> bytes:
    """The portfolio's workbook: sheet 'Portfolio' with the summary, then a sheet per task.

    Each task's sheet is the single memo's 'Afweging' sheet (weights, scores, live
    totals and ranks, notes as comments); the raw scores its formulas rescale are on
    one shared sheet 'Gegevens', a block per task.
    """
    wb = Workbook()
    summary = wb.active
    assert summary is not None  # a new workbook always has one sheet
    summary.title = t("portfolio.xlsx_sheet")[:31]
    data = wb.create_sheet(t("memo.xlsx_sheet_data"))
    names = sheet_names([name for _, name, _ in portfolio.tasks], taken={summary.title, data.title})
    top, tables = 0, []
    for (_, name, memo), title in zip(portfolio.tasks, names, strict=True):
        data_rows = data_sheet(data, memo, top=top)
        text(data, top + 2, 1, name, font=BOLD)
        top = data.max_row + 2 if data_rows else top + 5  # below its value functions' blocks too
        sheet = wb.create_sheet(title)
        tables.append(table_sheet(sheet, memo, quote_sheetname(data.title), data_rows,
                                  heading=name, subheading=portfolio.title))
    print_setup(data, landscape=True)
    wb.move_sheet(data, offset=len(names))  # after the task sheets
    _summary_sheet(summary, portfolio, names, tables)
    return save(wb, portfolio.first, portfolio.title)


def _summary_sheet(ws: Worksheet, portfolio: PortfolioMemo, names: list[str], tables: list[TableCells]) -> None:
    language = portfolio.first.language
    total_width, span = sum(_WIDTHS), len(_WIDTHS)
    widths(ws, _WIDTHS)
    text(ws, 1, 1, portfolio.title, font=Font(bold=True, size=14))
    if portfolio.notices:
        paragraph(ws, 2, " ".join(portfolio.notices), last_column=span, total_width=total_width, font=BOLD)
    text(ws, 3, 1, t("portfolio.title"), font=BOLD)
    paragraph(ws, 4, t("xlsx.portfolio_live"), last_column=span, total_width=total_width, font=Font(italic=True))
    header = list(portfolio.header)
    header[6] = t("xlsx.at_export", column=header[6])
    header[7] = t("xlsx.at_export", column=header[7])
    row(ws, _HEAD, [*header, t("xlsx.col_since_export")], font=BOLD)
    for c, width in enumerate(_WIDTHS, start=1):
        ws.cell(_HEAD, c).alignment = Alignment(wrap_text=True, vertical="bottom")
        fit_height(ws, _HEAD, str(ws.cell(_HEAD, c).value), width, bold=True)
    points = number_format(language, "0.0")
    for k, (cells, table, title) in enumerate(zip(portfolio.rows, tables, names, strict=True)):
        r = _HEAD + 1 + k
        text(ws, r, 1, cells[0])
        ws.cell(r, 1).hyperlink = Hyperlink(ref=f"A{r}", location=f"{quote_sheetname(title)}!A1")
        text(ws, r, 2, cells[1])
        names_, totals, order = (f"{table.sheet}!{a}" for a in (table.names, table.totals, table.order))
        best, second = f"MATCH(1,{order},0)", f"MATCH(2,{order},0)"
        formula(ws, r, 3, f"=INDEX({names_},{best})")
        formula(ws, r, 4, f"=INDEX({totals},{best})", number_format=points)
        formula(ws, r, 5, f'=IFERROR(INDEX({names_},{second}),"-")')
        formula(ws, r, 6, f'=IFERROR(INDEX({totals},{best})-INDEX({totals},{second}),"-")', number_format=points)
        text(ws, r, 7, cells[6])
        text(ws, r, 8, cells[7])
        exported = cells[2].replace('"', '""')
        formula(ws, r, 9, f'=IF(C{r}="{exported}","",{_quoted(t("xlsx.best_changed"))})')
        for c in range(1, span + 1):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="center" if c in (4, 6) else None)
            if c in (1, 2, 7, 8):
                fit_height(ws, r, str(ws.cell(r, c).value), _WIDTHS[c - 1])
        memo = portfolio.tasks[k][2]
        for c in (3, 5):  # any candidate can become best or runner-up after a change: room for the longest
            for candidate in memo.columns:
                fit_height(ws, r, candidate.name, _WIDTHS[c - 1])
    r = _HEAD + 2 + len(portfolio.rows)
    paragraph(ws, r, t("xlsx.sections_at_export"), last_column=span, total_width=total_width,
              font=Font(italic=True))
    for heading, lines in portfolio.sections:
        r += 2
        text(ws, r, 1, heading, font=BOLD)
        for line in lines:
            r += 1
            paragraph(ws, r, line, last_column=span, total_width=total_width)
    ws.freeze_panes = ws.cell(_HEAD + 1, 2)
    print_setup(ws, landscape=True, title_rows=(_HEAD, _HEAD))


def _quoted(value: str) -> str:
    """A string literal inside a formula."""
    return '"' + value.replace('"', '""') + '"'
