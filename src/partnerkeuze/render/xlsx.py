"""The memo as an Excel workbook whose totals and ranks are live formulas.

Sheet 'Afweging': the weights in points (the cells a reader changes), the weights as
a percentage, the scores as written, then the total per candidate as
``ROUND(SUMPRODUCT(weights, values) / SUM(weights) * 100, 10)`` and ``RANK``.
The values are formulas too: the model's rescaling of each raw score on sheet
'Gegevens' (README "Het model"), so changing a weight or a score in Excel gives the
totals partnerkeuze computes. The ROUND to 1e-10 points (1e-12 of the 0-1 total)
makes totals that partnerkeuze calls tied exactly equal for RANK. Everything that
depends on the ranking (the ★, the ranks, the portfolio's best partner) is a formula;
what cannot be (the sensitivity analysis) says it holds for the weights at export.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.comments import Comment  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter, quote_sheetname  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

from partnerkeuze.language.texts import t
from partnerkeuze.render.markdown import sampling_text
from partnerkeuze.render.memo import Memo, MemoSensitivity
from partnerkeuze.render.ooxml import fixed_time, stable_zip
from partnerkeuze.render import xlsx_curves
from partnerkeuze.render.xlsx_cells import (
    BOLD, TOP, WRAP, euro_unit, fit_height, formula, number_format, paragraph, print_setup, row, text, widths,
)

FIRST = 4  # column D: the first candidate
LABEL_WIDTH = 42
_DATA_NAME_WIDTH = 36  # the criterion's name on sheet 'Gegevens'
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class TableCells:
    """Where a task's figures are on its 'Afweging' sheet, for formulas on other sheets."""

    sheet: str  # quoted sheet name
    names: str  # the candidate names in the header row, e.g. $D$7:$G$7
    totals: str
    order: str  # 1, 2, 3 ... without ties (a tie keeps the file's order)


def render(memo: Memo) -> bytes:
    """The .xlsx file's bytes (identical for the same memo)."""
    wb = Workbook()
    table = wb.active
    assert table is not None  # a new workbook always has one sheet
    table.title = t("memo.xlsx_sheet_table")
    data = wb.create_sheet(t("memo.xlsx_sheet_data"))
    data_rows = data_sheet(data, memo)
    print_setup(data, landscape=True, title_rows=(3, 3))
    table_sheet(table, memo, quote_sheetname(data.title), data_rows)
    _notes_sheet(wb.create_sheet(t("memo.xlsx_sheet_notes")), memo)
    if memo.description:
        _description_sheet(wb.create_sheet(t("memo.description")), memo)
    if memo.sensitivity is not None:
        _sensitivity_sheet(wb.create_sheet(t("memo.xlsx_sheet_sensitivity")), memo, memo.sensitivity)
    return save(wb, memo, memo.title)


def save(wb: Workbook, memo: Memo, title: str) -> bytes:
    """The workbook's bytes with fixed properties (no clock)."""
    props = wb.properties
    props.title = title
    props.subject = t("memo.section_table")
    props.creator = memo.organisation or "partnerkeuze"
    props.lastModifiedBy = "partnerkeuze"
    props.keywords = "partnerkeuze"
    props.identifier = memo.reproducibility.sha256
    props.description = memo.repro_text
    props.language = "nl-NL" if memo.language == "nl" else "en-GB"
    props.created = props.modified = fixed_time(memo.reproducibility.export_date).replace(tzinfo=None)
    out = io.BytesIO()
    # ExcelWriter, not Workbook.save: save() stamps 'modified' with the clock.
    ExcelWriter(wb, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)).save()
    return stable_zip(out.getvalue())


def data_sheet(ws: Worksheet, memo: Memo, *, top: int = 0) -> list[int]:
    """Raw scores, direction and range per criterion (from row ``top`` + 1); returns each criterion's row."""
    header = ["id", t("memo.col_criterion"), t("memo.xlsx_direction"), t("memo.xlsx_low"), t("memo.xlsx_high")]
    hint = t("memo.xlsx_data_hint") + (" " + t("xlsx.curve_hint") if memo.curves else "")
    text(ws, top + 1, 1, hint, font=Font(italic=True))
    row(ws, top + 3, [*header, *(c.name for c in memo.columns)], font=BOLD)
    last = get_column_letter(FIRST + 1 + len(memo.columns))
    euro = number_format(memo.language, '"€" #,##0')
    plain = number_format(memo.language, "General")
    rows = []
    for r, criterion in enumerate(memo.rows, start=top + 4):
        raws = f"F{r}:{last}{r}"
        direction = t("curves.direction") if criterion.value_function else "max" if criterion.maximise else "min"
        row(ws, r, [criterion.id, criterion.name, direction])
        ws.cell(r, 2).alignment = WRAP
        fit_height(ws, r, criterion.name, _DATA_NAME_WIDTH)
        ends = xlsx_curves.ends(memo, list(range(top + 4, top + 4 + len(memo.rows))), r - top - 4)
        for c, bound, fn in ((4, criterion.low, "MIN"), (5, criterion.high, "MAX")):
            if ends is not None:  # the function's first and last score, in its block below
                formula(ws, r, c, ends[c - 4])
            elif criterion.fixed_range:
                ws.cell(r, c, bound)
            else:
                formula(ws, r, c, f"={fn}({raws})")
        for i, cell in enumerate(criterion.cells):
            ws.cell(r, 6 + i, cell.raw)
        is_euro = euro_unit(criterion.unit)
        for c in range(1, FIRST + 2 + len(memo.columns)):
            if c != 2:
                ws.cell(r, c).alignment = TOP
            if c >= 4:
                ws.cell(r, c).number_format = euro if is_euro else plain
        rows.append(r)
    xlsx_curves.write(ws, memo, rows, euro=euro, plain=plain)
    column_widths = [24, _DATA_NAME_WIDTH, 10, 14, 14, *(_candidate_width(c.name) for c in memo.columns)]
    for c, width in enumerate(column_widths, start=1):  # a portfolio's blocks share the columns: the widest wins
        ws.cell(top + 3, c).alignment = Alignment(wrap_text=True, vertical="bottom",
                                                  horizontal="right" if c >= 4 else "left")
        known = ws.column_dimensions.get(get_column_letter(c))
        column_widths[c - 1] = max(width, known.width if known is not None and known.width else 0)
    widths(ws, column_widths)
    for c, width in enumerate(column_widths, start=1):
        fit_height(ws, top + 3, str(ws.cell(top + 3, c).value), width, bold=True)
    return rows


def table_sheet(ws: Worksheet, memo: Memo, data: str, data_rows: list[int], *,
                heading: str | None = None, subheading: str | None = None) -> TableCells:
    """Sheet 'Afweging' (or a task's sheet): weights, scores, live totals, ranks and ★."""
    n, m = len(memo.rows), len(memo.columns)
    column_widths = [LABEL_WIDTH, 16, 13, *(_candidate_width(c.name) for c in memo.columns)]
    widths(ws, column_widths)
    span_width = sum(column_widths)
    text(ws, 1, 1, heading or memo.title, font=Font(bold=True, size=14))
    meta = [subheading or "", f"{t('memo.organisation')}: {memo.organisation}" if memo.organisation else "",
            f"{t('memo.date')}: {memo.date_text}" if memo.date_text else ""]
    text(ws, 2, 1, " · ".join(x for x in meta if x))
    r = 3
    for notice in memo.notices:
        paragraph(ws, r, notice, last_column=FIRST + m - 1, total_width=span_width, font=BOLD)
        r += 1
    paragraph(ws, r, t("memo.xlsx_hint"), last_column=FIRST + m - 1, total_width=span_width,
              font=Font(italic=True))
    head = r + 2
    names = [c.name for c in memo.columns]
    _header(ws, head, [t("memo.xlsx_scores"), t("memo.xlsx_points"), t("memo.xlsx_share"), *names], column_widths)
    first, last = head + 1, head + n
    weight_sum, total, rank, star, order = last + 1, last + 2, last + 3, last + 4, last + 5
    values = last + 9  # first row of the values block, after a blank row, the status quo and a header
    points = f"$B${first}:$B${last}"
    percent = number_format(memo.language, "0.0%")
    # Derived weights (AHP, a group mean) are long decimals: show three, keep the exact value.
    whole = all(float(c.points).is_integer() for c in memo.rows)
    points_shown = number_format(memo.language, "0" if whole else "0.0##")
    for k, criterion in enumerate(memo.rows):
        rr = first + k
        text(ws, rr, 1, criterion.name)
        ws.cell(rr, 1).alignment = WRAP
        fit_height(ws, rr, criterion.name, LABEL_WIDTH)
        ws.cell(rr, 2, criterion.points).number_format = points_shown
        formula(ws, rr, 3, f"=B{rr}/SUM({points})", number_format=percent)
        for i, cell in enumerate(criterion.cells):
            text(ws, rr, FIRST + i, cell.text + (f" {str(cell.note).translate(_SUPERSCRIPT)}" if cell.note else ""))
            if cell.note:
                note = next(f for f in memo.footnotes if f.number == cell.note)
                comment = note.text + (" " + t("memo.source", source=note.source) if note.source else "")
                ws.cell(rr, FIRST + i).comment = _comment(f"{note.number}. {comment}")
    text(ws, weight_sum, 1, t("xlsx.row_weight_sum"))
    formula(ws, weight_sum, 2, f"=SUM({points})", number_format=points_shown)
    formula(ws, weight_sum, 3, f"=SUM($C${first}:$C${last})", number_format=number_format(memo.language, "0%"))
    row(ws, total, [t("memo.row_total")], font=BOLD)
    row(ws, rank, [t("memo.row_rank")], font=BOLD)
    row(ws, star, [t("memo.preferred")])
    text(ws, order, 1, t("xlsx.row_order"))
    ws.row_dimensions[order].hidden = True  # for the portfolio's formulas; the ranks above are what a reader reads
    if memo.has_status_quo:
        text(ws, values - 2, 1, t("statusquo.row"))
    _header(ws, values - 1, [t("memo.xlsx_values"), "", "", *names], column_widths)
    left, right = get_column_letter(FIRST), get_column_letter(FIRST + m - 1)
    span = f"${left}${total}:${right}${total}"
    points_format = number_format(memo.language, "0.0")
    for i in range(m):
        col = get_column_letter(FIRST + i)
        raw_col = get_column_letter(6 + i)
        for k, data_row in enumerate(data_rows):
            x, lo, hi = f"{data}!{raw_col}{data_row}", f"{data}!$D${data_row}", f"{data}!$E${data_row}"
            scaled = f"({x}-{lo})/({hi}-{lo})"
            curved = xlsx_curves.value_cell(data, memo, data_rows, k, i)  # a value function's own formula
            formula(ws, values + k, FIRST + i,
                    curved or f'=IF({hi}={lo},1,IF({data}!$C${data_row}="min",1-{scaled},{scaled}))',
                    number_format=number_format(memo.language, "0.000"))
        formula(ws, total, FIRST + i, f"=ROUND(SUMPRODUCT({points},{col}{values}:{col}{values + n - 1})"
                                      f"/SUM({points})*100,10)", number_format=points_format, font=BOLD)
        formula(ws, rank, FIRST + i, f"=RANK({col}{total},{span})")
        formula(ws, star, FIRST + i, f'=IF(AND({col}{rank}=1,COUNT({span})>1),"★","")')
        formula(ws, order, FIRST + i, f"={col}{rank}+COUNTIF(${left}${total}:{col}${total},{col}{total})-1")
        if memo.has_status_quo:  # live: this total minus the status quo's
            base = get_column_letter(FIRST + next(k for k, c in enumerate(memo.columns) if c.status_quo))
            if memo.columns[i].status_quo:
                text(ws, values - 2, FIRST + i, t("statusquo.self"))
            else:
                formula(ws, values - 2, FIRST + i, f"={col}{total}-${base}${total}",
                        number_format=_LOCALE_SIGNED[memo.language])
    for k, criterion in enumerate(memo.rows):
        text(ws, values + k, 1, criterion.name)
    for r2 in (*range(first, values - 1), *range(values, values + n)):  # the values' header wraps
        for c in range(2, FIRST + m):
            ws.cell(r2, c).alignment = Alignment(horizontal="center" if c >= FIRST else "right", vertical="top")
    foot = values + n + 1
    repro, forms = memo.repro_lines
    lines = [(t("memo.legend"), Font(italic=True)), (f"{t('memo.reproducibility')}: {repro}", None),
             *((f"• {item}", None) for item in forms)]
    if memo.dropped:
        lines.append((t("rank.dropped", criteria=", ".join(memo.dropped)), None))
    if memo.excluded:
        lines.append((t("memo.excluded"), BOLD))
        lines.extend((item.text, None) for item in memo.excluded)
    for k, (line, font) in enumerate(lines):
        paragraph(ws, foot + k, line, last_column=FIRST + m - 1, total_width=span_width, font=font)
    ws.freeze_panes = ws.cell(head + 1, 2)
    print_setup(ws, landscape=True, title_rows=(head, head))
    return TableCells(sheet=quote_sheetname(ws.title), names=f"${left}${head}:${right}${head}", totals=span,
                      order=f"${left}${order}:${right}${order}")


def _header(ws: Worksheet, r: int, labels: list[str], column_widths: list[float]) -> None:
    """A bold header row whose names wrap at spaces, never inside a word, the row as tall as needed."""
    row(ws, r, labels, font=BOLD)
    for c, width in enumerate(column_widths, start=1):
        ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="left" if c == 1 else "center")
        fit_height(ws, r, labels[c - 1] if c <= len(labels) else "", width, bold=True)


_LOCALE_SIGNED = {lang: number_format(lang, '+0.0;"\u2212"0.0;0.0') for lang in ("nl", "en")}


def _candidate_width(name: str) -> float:
    """Room for the candidate's longest word (never broken) and a score like '€ 1.500.000 ¹²'."""
    longest = max((len(word) for word in name.split()), default=0)
    return float(max(15, longest + 2, min(24, len(name) + 2)))


def _notes_sheet(ws: Worksheet, memo: Memo) -> None:
    header = [t("memo.col_note"), t("memo.col_candidate"), t("memo.col_criterion"), t("memo.col_score"),
              t("memo.col_rationale"), t("memo.col_source")]
    column_widths = [7, 24, 28, 14, 70, 36]
    row(ws, 1, header, font=BOLD)
    notes = {f.number: f for f in memo.footnotes}
    r = 2
    for criterion in memo.rows:
        for column, cell in zip(memo.columns, criterion.cells, strict=True):
            if cell.note:
                note = notes[cell.note]
                row(ws, r, [note.number, column.name, criterion.name, cell.text, note.text, note.source or ""])
                for c in range(1, 7):
                    ws.cell(r, c).alignment = WRAP
                    fit_height(ws, r, str(ws.cell(r, c).value), column_widths[c - 1])
                r += 1
    widths(ws, column_widths)
    print_setup(ws, landscape=True, title_rows=(1, 1))


def _description_sheet(ws: Worksheet, memo: Memo) -> None:
    width = 100
    ws.column_dimensions["A"].width = width
    for r, text_ in enumerate(memo.description, start=1):
        text(ws, r, 1, text_)
        ws.cell(r, 1).alignment = WRAP
        fit_height(ws, r, text_, width)
    print_setup(ws, landscape=False)


def _sensitivity_sheet(ws: Worksheet, memo: Memo, s: MemoSensitivity) -> None:
    column_widths = [36, 10, 12, 12, 12, 12, 28, 28]
    total_width, span = sum(column_widths), len(column_widths)
    paragraph(ws, 1, t("xlsx.sensitivity_at_export"), last_column=span, total_width=total_width,
              font=Font(italic=True))
    r = 3
    for sentence in s.sentences:
        paragraph(ws, r, sentence, last_column=span, total_width=total_width)
        r += 1
    percent = number_format(memo.language, "0.0%")
    if s.intervals:
        r += 1
        text(ws, r, 1, t("memo.intervals"), font=BOLD)
        paragraph(ws, r + 1, t("memo.intervals_intro"), last_column=span, total_width=total_width,
                  font=Font(italic=True))
        header = [t("memo.col_criterion"), t("memo.col_weight"), t("memo.col_winner_interval"), "",
                  t("memo.col_ranking_interval"), "", t("memo.col_takeover_low"), t("memo.col_takeover_high")]
        row(ws, r + 2, header, font=BOLD)
        for c, width in enumerate(column_widths, start=1):
            ws.cell(r + 2, c).alignment = Alignment(wrap_text=True, vertical="bottom")
            fit_height(ws, r + 2, str(ws.cell(r + 2, c).value), width, bold=True)
        r += 3
        for interval in s.intervals:
            row(ws, r, [interval.criterion, interval.weight, interval.winner_low, interval.winner_high,
                        interval.ranking_low, interval.ranking_high, interval.takeover_low or t("memo.none"),
                        interval.takeover_high or t("memo.none")])
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                if c in range(2, 7):
                    ws.cell(r, c).number_format = percent
                else:
                    fit_height(ws, r, str(ws.cell(r, c).value), column_widths[c - 1])
            r += 1
    if s.first_shares:
        r += 1
        row(ws, r, [t("memo.col_candidate"), t("memo.col_share")], font=BOLD)
        for name, share in s.first_shares:
            r += 1
            row(ws, r, [name, share])
            ws.cell(r, 2).number_format = percent
    if s.samples is not None:
        paragraph(ws, r + 2, sampling_text(s), last_column=span, total_width=total_width)
    widths(ws, column_widths)
    print_setup(ws, landscape=True)


def _comment(note: str) -> Comment:
    comment = Comment(note, "partnerkeuze")
    comment.width, comment.height = 320, 140
    return comment
