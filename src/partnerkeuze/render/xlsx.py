"""The memo as an Excel workbook whose totals and ranks are live formulas.

Sheet 'Afweging': the weights in points (the cells a reader changes), the weights as
a percentage, the scores as written, then the total per candidate as
``ROUND(SUMPRODUCT(weights, values) / SUM(weights) * 100, 10)`` and ``RANK``.
The values are formulas too: the model's rescaling of each raw score on sheet
'Gegevens' (README "Het model"), so changing a weight or a score in Excel gives the
totals partnerkeuze computes. The ROUND to 1e-10 points (1e-12 of the 0-1 total)
makes totals that partnerkeuze calls tied exactly equal for RANK.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.comments import Comment  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter, quote_sheetname  # type: ignore[import-untyped]
from openpyxl.worksheet.hyperlink import Hyperlink  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

from partnerkeuze.language.texts import t
from partnerkeuze.render.markdown import sampling_text
from partnerkeuze.render.memo import Memo, MemoSensitivity
from partnerkeuze.render.ooxml import fixed_time, stable_zip

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

FIRST = 4  # column D: the first candidate
BOLD = Font(bold=True)
_EURO = ("eur", "euro", "€")


def render(memo: Memo) -> bytes:
    """The .xlsx file's bytes (identical for the same memo)."""
    wb = Workbook()
    table = wb.active
    assert table is not None  # a new workbook always has one sheet
    table.title = t("memo.xlsx_sheet_table")
    data = wb.create_sheet(t("memo.xlsx_sheet_data"))
    data_rows = _data_sheet(data, memo)
    _table_sheet(table, memo, quote_sheetname(data.title), data_rows)
    _notes_sheet(wb.create_sheet(t("memo.xlsx_sheet_notes")), memo)
    if memo.description:
        sheet = wb.create_sheet(t("memo.description"))
        sheet.column_dimensions["A"].width = 110
        for r, paragraph in enumerate(memo.description, start=1):
            sheet.cell(r, 1, paragraph).alignment = Alignment(wrap_text=True, vertical="top")
    if memo.sensitivity is not None:
        _sensitivity_sheet(wb.create_sheet(t("memo.xlsx_sheet_sensitivity")), memo.sensitivity)
    return _save(wb, memo, memo.title)


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
    names = _sheet_names([name for _, name, _ in portfolio.tasks], taken={summary.title, data.title})
    summary.cell(1, 1, portfolio.title).font = Font(bold=True, size=14)
    if portfolio.notices:
        summary.cell(2, 1, " ".join(portfolio.notices)).font = BOLD
    _row(summary, 3, [t("portfolio.title")], font=BOLD)
    _row(summary, 4, list(portfolio.header), font=BOLD)
    for r, row in enumerate(portfolio.rows, start=5):
        _row(summary, r, list(row))
        link = summary.cell(r, 1)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"{quote_sheetname(names[r - 5])}!A1")
        for c in (4, 6):
            summary.cell(r, c).alignment = Alignment(horizontal="right")
    r = 5 + len(portfolio.rows)
    for heading, lines in portfolio.sections:
        r += 1
        summary.cell(r, 1, heading).font = BOLD
        for line in lines:
            r += 1
            summary.cell(r, 1, line)
        r += 1
    _widths(summary, [36, 18, 32, 10, 32, 12, 14, 32])
    top = 0
    for (_, name, memo), title in zip(portfolio.tasks, names, strict=True):
        data_rows = _data_sheet(data, memo, top=top)
        data.cell(top + 2, 1, name).font = BOLD
        top = data_rows[-1] + 2 if data_rows else top + 5
        sheet = wb.create_sheet(title)
        _table_sheet(sheet, memo, quote_sheetname(data.title), data_rows)
    wb.move_sheet(data, offset=len(names))  # after the task sheets
    return _save(wb, portfolio.first, portfolio.title)


def _sheet_names(names: list[str], taken: set[str]) -> list[str]:
    """Excel sheet names for the tasks: no []:*?/\\, at most 31 characters, unique (case-insensitive)."""
    used = {n.lower() for n in taken}
    out = []
    for name in names:
        base = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip().strip("'")[:31] or "-"
        candidate, k = base, 2
        while candidate.lower() in used:
            suffix = f" ({k})"
            candidate, k = base[:31 - len(suffix)] + suffix, k + 1
        used.add(candidate.lower())
        out.append(candidate)
    return out


def _save(wb: Workbook, memo: Memo, title: str) -> bytes:
    """The workbook's bytes with fixed properties (no clock)."""
    props = wb.properties
    props.title = title
    props.subject = t("memo.section_table")
    props.creator = memo.organisation or "partnerkeuze"
    props.lastModifiedBy = "partnerkeuze"
    props.keywords = "partnerkeuze"
    props.identifier = memo.reproducibility.sha256
    props.description = memo.repro_text
    props.created = props.modified = fixed_time(memo.reproducibility.export_date).replace(tzinfo=None)
    out = io.BytesIO()
    # ExcelWriter, not Workbook.save: save() stamps 'modified' with the clock.
    ExcelWriter(wb, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)).save()
    return stable_zip(out.getvalue())


def _data_sheet(ws: Worksheet, memo: Memo, *, top: int = 0) -> list[int]:
    """Raw scores, direction and range per criterion (from row ``top`` + 1); returns each criterion's row."""
    header = ["id", t("memo.col_criterion"), t("memo.xlsx_direction"), t("memo.xlsx_low"), t("memo.xlsx_high")]
    ws.cell(top + 1, 1, t("memo.xlsx_data_hint")).font = Font(italic=True)
    _row(ws, top + 3, [*header, *(c.name for c in memo.columns)], font=BOLD)
    last = get_column_letter(FIRST + 1 + len(memo.columns))
    rows = []
    for r, row in enumerate(memo.rows, start=top + 4):
        raws = f"F{r}:{last}{r}"
        low = row.low if row.fixed_range else f"=MIN({raws})"
        high = row.high if row.fixed_range else f"=MAX({raws})"
        _row(ws, r, [row.id, row.name, "max" if row.maximise else "min", low, high, *(c.raw for c in row.cells)])
        if row.unit and row.unit.strip().lower() in _EURO:
            for c in range(4, FIRST + 2 + len(memo.columns)):
                ws.cell(r, c).number_format = '"€" #,##0'
        rows.append(r)
    _widths(ws, [24, 36, 10, 14, 14, *([16] * len(memo.columns))])
    return rows


def _table_sheet(ws: Worksheet, memo: Memo, data: str, data_rows: list[int]) -> None:
    ws.cell(1, 1, memo.title).font = Font(bold=True, size=14)
    meta = [f"{t('memo.organisation')}: {memo.organisation}" if memo.organisation else "",
            f"{t('memo.date')}: {memo.date_text}" if memo.date_text else ""]
    ws.cell(2, 1, " · ".join(m for m in meta if m))
    r = 3
    for notice in memo.notices:
        ws.cell(r, 1, notice).font = BOLD
        r += 1
    ws.cell(r + 1, 1, t("memo.xlsx_hint")).font = Font(italic=True)
    head = r + 3
    n, m = len(memo.rows), len(memo.columns)
    names = [c.name + (" ★" if c.preferred else "") for c in memo.columns]
    _row(ws, head, [t("memo.xlsx_scores"), t("memo.xlsx_points"), t("memo.xlsx_share"), *names], font=BOLD)
    first, last = head + 1, head + n
    values = last + 6  # first row of the values block, after a blank row
    points = f"$B${first}:$B${last}"
    for k, row in enumerate(memo.rows):
        rr = first + k
        _row(ws, rr, [row.name, row.points, f"=B{rr}/SUM({points})", *(c.text for c in row.cells)])
        ws.cell(rr, 3).number_format = "0.0%"
        for i, cell in enumerate(row.cells):
            if cell.note:
                note = next(f for f in memo.footnotes if f.number == cell.note)
                text = note.text + (" " + t("memo.source", source=note.source) if note.source else "")
                ws.cell(rr, FIRST + i).comment = _comment(f"{note.number}. {text}")
    total, rank, star = last + 1, last + 2, last + 3
    span = f"${get_column_letter(FIRST)}${total}:${get_column_letter(FIRST + m - 1)}${total}"
    _row(ws, total, [t("memo.row_total"), f"=SUM({points})", f"=SUM($C${first}:$C${last})"], font=BOLD)
    ws.cell(total, 3).number_format = "0%"
    _row(ws, rank, [t("memo.row_rank")], font=BOLD)
    _row(ws, star, [t("memo.preferred")])
    if memo.has_status_quo:
        _row(ws, values - 2, [t("statusquo.row")])
    _row(ws, values - 1, [t("memo.xlsx_values"), "", "", *(c.name for c in memo.columns)], font=BOLD)
    for i in range(m):
        col = get_column_letter(FIRST + i)
        raw_col = get_column_letter(6 + i)
        for k, data_row in enumerate(data_rows):
            x, lo, hi = f"{data}!{raw_col}{data_row}", f"{data}!$D${data_row}", f"{data}!$E${data_row}"
            scaled = f"({x}-{lo})/({hi}-{lo})"
            cell = ws.cell(values + k, FIRST + i,
                           f'=IF({hi}={lo},1,IF({data}!$C${data_row}="min",1-{scaled},{scaled}))')
            cell.number_format = "0.000"
        ws.cell(total, FIRST + i, f"=ROUND(SUMPRODUCT({points},{col}{values}:{col}{values + n - 1})"
                                  f"/SUM({points})*100,10)").number_format = "0.0"
        ws.cell(total, FIRST + i).font = BOLD
        ws.cell(rank, FIRST + i, f"=RANK({col}{total},{span})")
        ws.cell(star, FIRST + i, f'=IF(AND({col}{rank}=1,COUNT({span})>1),"★","")')
        if memo.has_status_quo:  # live: this total minus the status quo's
            base = get_column_letter(FIRST + next(k for k, c in enumerate(memo.columns) if c.status_quo))
            versus = ws.cell(values - 2, FIRST + i, t("statusquo.self") if memo.columns[i].status_quo
                             else f"={col}{total}-${base}${total}")
            versus.number_format = '+0.0;"\u2212"0.0;0.0'
    for k, row in enumerate(memo.rows):
        ws.cell(values + k, 1, row.name)
    for r2 in range(head, values + n):
        for c in range(2, FIRST + m):
            ws.cell(r2, c).alignment = Alignment(horizontal="center" if c >= FIRST else "right")
    foot = values + n + 1
    ws.cell(foot, 1, t("memo.legend")).font = Font(italic=True)
    ws.cell(foot + 1, 1, f"{t('memo.reproducibility')}: {memo.repro_text}")
    if memo.dropped:
        ws.cell(foot + 2, 1, t("rank.dropped", criteria=", ".join(memo.dropped)))
    if memo.excluded:
        ws.cell(foot + 3, 1, t("memo.excluded")).font = BOLD
        for k, item in enumerate(memo.excluded):
            ws.cell(foot + 4 + k, 1, item.text)
    ws.freeze_panes = ws.cell(head + 1, 2)
    _widths(ws, [42, 16, 13, *([20] * m)])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _notes_sheet(ws: Worksheet, memo: Memo) -> None:
    header = [t("memo.col_note"), t("memo.col_candidate"), t("memo.col_criterion"), t("memo.col_score"),
              t("memo.col_rationale"), t("memo.col_source")]
    _row(ws, 1, header, font=BOLD)
    notes = {f.number: f for f in memo.footnotes}
    r = 2
    for row in memo.rows:
        for column, cell in zip(memo.columns, row.cells, strict=True):
            if cell.note:
                note = notes[cell.note]
                _row(ws, r, [note.number, column.name, row.name, cell.text, note.text, note.source or ""])
                ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
    _widths(ws, [7, 28, 30, 14, 90, 40])


def _sensitivity_sheet(ws: Worksheet, s: MemoSensitivity) -> None:
    r = 1
    for sentence in s.sentences:
        ws.cell(r, 1, sentence)
        r += 1
    if s.intervals:
        r += 1
        ws.cell(r, 1, t("memo.intervals")).font = BOLD
        ws.cell(r + 1, 1, t("memo.intervals_intro")).font = Font(italic=True)
        header = [t("memo.col_criterion"), t("memo.col_weight"), t("memo.col_winner_interval"), "",
                  t("memo.col_ranking_interval"), "", t("memo.col_takeover_low"), t("memo.col_takeover_high")]
        _row(ws, r + 2, header, font=BOLD)
        r += 3
        for row in s.intervals:
            _row(ws, r, [row.criterion, row.weight, row.winner_low, row.winner_high, row.ranking_low,
                         row.ranking_high, row.takeover_low or t("memo.none"), row.takeover_high or t("memo.none")])
            for c in range(2, 7):
                ws.cell(r, c).number_format = "0.0%"
            r += 1
    if s.first_shares:
        r += 1
        _row(ws, r, [t("memo.col_candidate"), t("memo.col_share")], font=BOLD)
        for name, share in s.first_shares:
            r += 1
            _row(ws, r, [name, share])
            ws.cell(r, 2).number_format = "0.0%"
    if s.samples is not None:
        ws.cell(r + 2, 1, sampling_text(s))
    _widths(ws, [36, 10, 12, 12, 12, 12, 28, 28])


def _row(ws: Worksheet, r: int, values: Sequence[object], *, font: Font | None = None) -> None:
    for c, value in enumerate(values, start=1):
        cell = ws.cell(r, c, value)
        if font is not None:
            cell.font = font


def _widths(ws: Worksheet, widths: list[float]) -> None:
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width


def _comment(text: str) -> Comment:
    comment = Comment(text, "partnerkeuze")
    comment.width, comment.height = 320, 140
    return comment
