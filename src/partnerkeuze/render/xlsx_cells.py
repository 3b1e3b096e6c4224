"""Writing a worksheet so it opens as a memo, not as a dump: text, formulas, layout, print.

Two kinds of cell content, never mixed up: ``text`` writes whatever the scenario says
as a string, even when it starts with ``=``, ``+``, ``-`` or ``@`` (openpyxl would make
``=...`` a live formula, and some spreadsheets evaluate the others on editing), and
``formula`` writes the formulas partnerkeuze composes itself. Row heights are set from
an estimate of the wrapped lines, because neither Excel nor Calc grows a row of a merged
or pre-written cell by itself. Number formats carry the language's locale, so Calc shows
``68,8`` and ``€ 450.000`` in a Dutch memo whatever the machine's own settings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.page import PageMargins  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from partnerkeuze.language import Language

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LINE_HEIGHT = 15.0  # points: one line of the default 11 pt font
BOLD_NARROWING = 0.85  # a column holds this share of the characters when they are bold
SHEET_NAME_MAX = 31  # Excel's limit
_LOCALES = {"nl": "[$-413]", "en": "[$-809]"}  # nl-NL, en-GB
ONE_PAGE_SLACK = 1.3  # a sheet this many pages tall at full width is shrunk onto one page
_A4 = (595.3, 841.9)  # points, portrait
_MARGINS = (72.0, 86.4)  # points: left + right, top + bottom of the margins print_setup sets
_FORMULA_LIKE = ("=", "+", "-", "@")
_SMALL_WORDS = {"en", "van", "de", "het", "een", "in", "op", "voor", "met", "and", "of", "the", "for", "a"}
_FORBIDDEN = "[]:*?/\\"


def text(ws: Worksheet, r: int, c: int, value: object, *, font: Font | None = None) -> None:
    """Put a value the scenario supplied: strings stay strings (no formula, no error code)."""
    cell = ws.cell(r, c)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # '=HYPERLINK(...)' or '#N/A' as a name is just a name
        if value.startswith(_FORMULA_LIKE):
            cell.quotePrefix = True  # editing the cell keeps it text
    if font is not None:
        cell.font = font


def row(ws: Worksheet, r: int, values: Sequence[object], *, font: Font | None = None, start: int = 1) -> None:
    """Text cells side by side from column ``start``."""
    for c, value in enumerate(values, start=start):
        text(ws, r, c, value, font=font)


def formula(ws: Worksheet, r: int, c: int, expression: str, *, number_format: str | None = None,
            font: Font | None = None) -> None:
    """Put a formula partnerkeuze wrote (``expression`` starts with '=')."""
    assert expression.startswith("=")
    cell = ws.cell(r, c, expression)
    if number_format is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font


def euro_unit(unit: str | None) -> bool:
    """True for a criterion in euros: its amounts get the format '€ 1.200.000'."""
    return bool(unit and unit.strip().lower() in ("eur", "euro", "€"))


def number_format(language: Language, code: str) -> str:
    """``code`` ('0.0', '"€" #,##0') in the language's locale: a decimal comma in Dutch."""
    return _LOCALES[language] + code


def widths(ws: Worksheet, values: Sequence[float]) -> None:
    for c, width in enumerate(values, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width


def lines_needed(value: str, width: float) -> int:
    """How many lines ``value`` wraps to in a column ``width`` characters wide (a cautious estimate).

    Greedy word wrapping as the spreadsheet does it, with a line as long as the column
    is wide in digits: proportional text runs narrower, so the estimate errs on more lines.
    """
    capacity = max(1.0, width)
    lines = 0
    for part in value.split("\n"):
        lines += 1
        used = 0.0
        for word in part.split(" "):
            if used and used + 1 + len(word) > capacity:
                lines, used = lines + 1, 0.0
            used += (1 if used else 0) + len(word)
            while used > capacity:  # a word longer than the line breaks inside
                lines, used = lines + 1, used - capacity
    return lines


def fit_height(ws: Worksheet, r: int, value: str, width: float, *, bold: bool = False) -> None:
    """Make row ``r`` tall enough for ``value`` wrapped in ``width`` (never lower than it is).

    Bold text runs about a tenth wider: 'Gewicht (punten)' fits a 16-wide column, in bold it wraps.
    """
    height = LINE_HEIGHT * lines_needed(value, width * BOLD_NARROWING if bold else width)
    current = ws.row_dimensions[r].height or LINE_HEIGHT
    ws.row_dimensions[r].height = max(current, height)


def paragraph(ws: Worksheet, r: int, value: str, *, last_column: int, total_width: float,
              font: Font | None = None) -> None:
    """A sentence across columns A..``last_column``: merged, wrapped, its row as tall as the text."""
    text(ws, r, 1, value, font=font)
    ws.cell(r, 1).alignment = WRAP
    if last_column > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_column)
    fit_height(ws, r, value, total_width)


def print_setup(ws: Worksheet, *, landscape: bool, title_rows: tuple[int, int] | None = None) -> None:
    """A4, as wide as the page, as many pages down as needed (one if it nearly fits); header rows on every page.

    Call it when the sheet is written: the print area is what is there, plus a narrow
    empty column, because Calc prints a wrapped line a little wider than its column.
    """
    margin = ws.max_column + 1
    ws.column_dimensions[get_column_letter(margin)].width = 3
    ws.print_area = f"A1:{get_column_letter(margin)}{ws.max_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if pages_tall(ws, landscape=landscape) <= ONE_PAGE_SLACK else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"


def pages_tall(ws: Worksheet, *, landscape: bool) -> float:
    """How many A4 pages the sheet's rows fill once its columns are fitted to the page width (an estimate).

    A column ``w`` characters wide is ``7w + 5`` pixels of ¾ point; a row without a
    height of its own is one line. Why: a task's sheet is a little longer than a page,
    and printing its last two lines on a page of their own serves no one.
    """
    page_width, page_height = _A4[::-1] if landscape else _A4
    width = sum((7 * (d.width if d is not None and d.width else 8.43) + 5) * 0.75
                for d in (ws.column_dimensions.get(get_column_letter(c)) for c in range(1, ws.max_column + 1)))
    scale = min(1.0, (page_width - _MARGINS[0]) / max(width, 1.0))
    height = sum(0.0 if d is not None and d.hidden else (d.height if d is not None and d.height else LINE_HEIGHT)
                 for d in (ws.row_dimensions.get(r) for r in range(1, ws.max_row + 1)))
    return height * scale / (page_height - _MARGINS[1])


def sheet_names(names: Sequence[str], taken: set[str]) -> list[str]:
    """Tab names: no []:*?/\\, at most 31 characters, unique (case-insensitive).

    A long name is cut at a word boundary, without a dangling 'en'/'van', and marked
    with '…' ('Administratie zorg…'); the sheet's first cell gives the name in full.
    """
    used = {n.lower() for n in taken}
    out = []
    for name in names:
        clean = "".join(" " if ch in _FORBIDDEN else ch for ch in name).strip().strip("'") or "-"
        candidate, k = abbreviate(clean), 2
        while candidate.lower() in used:
            suffix = f" ({k})"
            candidate, k = abbreviate(clean, SHEET_NAME_MAX - len(suffix)) + suffix, k + 1
        used.add(candidate.lower())
        out.append(candidate)
    return out


def abbreviate(name: str, limit: int = SHEET_NAME_MAX) -> str:
    """``name`` if it fits in ``limit`` characters, else its first whole words and '…'."""
    if len(name) <= limit:
        return name
    words = name[:limit].split(" ")
    if len(words) > 1 and not name[limit:limit + 1].isspace():
        words = words[:-1]  # the last word was cut
    while len(words) > 1 and words[-1].lower() in _SMALL_WORDS:
        words = words[:-1]
    short = " ".join(words).rstrip(" ,;:-")
    return (short[:limit - 1] if len(short) >= limit else short) + "…"
