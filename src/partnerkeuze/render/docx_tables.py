"""Word tables that read as a memo's: columns as wide as their words, rows that stay whole.

Word and LibreOffice give every column of a new table the same width, so a long word
breaks inside ("Verminderin g"). Here each column gets at least room for its longest
word (a figure such as '€ 1.500.000' counts as one word) and the rest of the width in
proportion to what its text would like. A table whose words do not fit the page in
portrait gets a landscape page of its own and, if needed, a smaller font. Rows never
split across pages, the header repeats, and a short table stays on one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from docx.table import Table

CM_PER_CHAR = 0.19  # an average character of 11 pt Calibri/Carlito (digits 0,197 cm, lower case less)
BOLD_FACTOR = 1.08
PADDING_CM = 0.42  # the cell's left and right margins (2 x 0,19 cm), and a little air
PREFERRED_CHARS = 38  # a column need not be wider than this many characters
SMALL = Pt(9)
# Estimates of height, each on the high side (measured in LibreOffice's PDF of the Ommen
# portfolio: 3,6 cm for a table estimated at 4,3; 7,9 cm of sections estimated at 10,1).
LINE_CM = 0.48  # a line of 11 pt Calibri/Carlito, single spaced
PARAGRAPH_GAP_CM = 0.12
HEADING_CM = 0.9  # a heading with its space before and after
TITLE_CM = 2.4  # the Title style with its rule
NOTICE_CM = 1.6
BULLET_INDENT_CM = 0.63
SHORT_TABLE = 15  # rows: a table this short is kept on one page


@dataclass(frozen=True)
class Column:
    """What a column has to hold: its texts, whether the header is bold, notes adding a mark."""

    texts: tuple[str, ...]
    header: str


def units(text: str) -> list[str]:
    """The pieces a line may not break inside: words, but a figure ('€ 1.500.000', '+23,8') whole."""
    if any(ch.isdigit() for ch in text) and len(text) <= 16:
        return [text]
    return text.split() or [""]


def needs(column: Column, size: float = 1.0) -> tuple[float, float]:
    """(minimum, preferred) width in cm: the longest unbreakable piece, and the longest text up to a limit."""
    per_char = CM_PER_CHAR * size
    pieces = [(len(u), 1.0) for text in column.texts for u in units(text)]
    pieces += [(len(u), BOLD_FACTOR) for u in units(column.header)]
    minimum = max(n * f for n, f in pieces) * per_char + PADDING_CM
    longest = max([len(column.header) * BOLD_FACTOR, *(len(text) for text in column.texts)])
    preferred = max(minimum, min(longest, PREFERRED_CHARS) * per_char + PADDING_CM)
    return minimum, preferred


def distribute(columns: Sequence[Column], available: float, size: float = 1.0) -> list[float] | None:
    """Column widths in cm filling ``available``, or None when the longest words do not fit.

    The first column (the labels: criteria, tasks) gets its preferred width first, as far
    as the others' minimum leaves room; the rest is shared in proportion to what each wants.
    """
    wants = [needs(c, size) for c in columns]
    low = sum(w[0] for w in wants)
    if low > available + 1e-9:
        return None
    widths = [m for m, _ in wants]
    widths[0] = min(wants[0][1], available - (low - wants[0][0]))
    spare = available - sum(widths)
    extra = [p - w for (_, p), w in zip(wants, widths, strict=True)]
    if sum(extra) > spare:
        return [w + spare * e / sum(extra) for w, e in zip(widths, extra, strict=True)]
    widths = [p for _, p in wants]
    return [w * available / sum(widths) for w in widths]


def page(section: Any) -> tuple[int, int, int, int, int, int]:
    """(width, height, left, right, top, bottom) in EMU; what a template leaves out is A4's, 2,54 cm."""
    margin = Cm(2.54)
    values = (section.page_width, section.page_height, section.left_margin, section.right_margin,
              section.top_margin, section.bottom_margin)
    defaults = (Cm(21.0), Cm(29.7), margin, margin, margin, margin)
    return tuple(int(v if v is not None else d) for v, d in zip(values, defaults, strict=True))  # type: ignore[return-value]


def text_width(doc: DocumentType) -> float:
    """The width between the margins of the current (last) section, in cm."""
    width, _, left, right, _, _ = page(doc.sections[-1])
    return float(Emu(width - left - right).cm)


def fit(doc: DocumentType, columns: Sequence[Column]) -> tuple[list[float], bool, bool]:
    """(widths, landscape, small): as it is if the words fit, else a smaller font, else a landscape page.

    ``landscape`` is True when the table needs a landscape page of its own (the current
    section is portrait and too narrow even in the smaller font).
    """
    width, height, _, _, top, bottom = page(doc.sections[-1])
    here = text_width(doc)
    small_size = SMALL.pt / 11
    for small in (False, True):
        widths = distribute(columns, here, small_size if small else 1.0)
        if widths is not None:
            return widths, False, small
    if width < height:
        turned = float(Emu(height - top - bottom).cm)
        for small in (False, True):
            widths = distribute(columns, turned, small_size if small else 1.0)
            if widths is not None:
                return widths, True, small
        here = turned
    # Even so too wide: shares of the width, and the longest words may break.
    wants = [needs(c, small_size)[0] for c in columns]
    return [w * here / sum(wants) for w in wants], here != text_width(doc), True


def lines(text: str, width_cm: float, size: float = 1.0) -> int:
    """How many lines ``text`` takes in a column ``width_cm`` wide (greedy, by words; an estimate)."""
    room = max(1, int((width_cm - PADDING_CM) / (CM_PER_CHAR * size)))
    count, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > room:
            count, used = count + 1, 0
        used += len(word) + (1 if used else 0)
    return count


def table_height(columns: Sequence[Column], widths: Sequence[float], *, small: bool) -> float:
    """The table's estimated height in cm (header and rows, each as tall as its longest cell)."""
    size = SMALL.pt / 11 if small else 1.0
    line = LINE_CM * size
    rows = zip(*([c.header, *c.texts] for c in columns), strict=True)
    return sum(max(lines(text, w, size) for text, w in zip(row, widths, strict=True)) * line + 0.05 for row in rows)


def page_room(doc: DocumentType, columns: Sequence[Column], *, notices: int = 0) -> float:
    """What is left in cm of the current page under a title, its notices, a heading and this table."""
    _, height, _, _, top, bottom = page(doc.sections[-1])
    widths, _, small = fit(doc, columns)
    used = TITLE_CM + notices * NOTICE_CM + HEADING_CM + table_height(columns, widths, small=small)
    return float(Emu(height - top - bottom).cm) - used


def section_height(doc: DocumentType, bullets: Sequence[str]) -> float:
    """The estimated height in cm of a Heading 2 with these bullets at the current text width."""
    width = text_width(doc) - BULLET_INDENT_CM
    return HEADING_CM + sum(lines(text, width) * LINE_CM + PARAGRAPH_GAP_CM for text in bullets)


def landscape_needed(doc: DocumentType, columns: Sequence[Column]) -> bool:
    """Whether a table of these columns would need a landscape page."""
    return fit(doc, columns)[1]


def turn_page(doc: DocumentType, *, landscape: bool) -> None:
    """Start a new section on a new page, in landscape or back in portrait."""
    doc.add_section(WD_SECTION.NEW_PAGE)  # a copy of the previous section's set-up
    rotate(doc.sections[-1], landscape=landscape)


def rotate(section: Any, *, landscape: bool) -> None:
    """Turn ``section``'s page (and its margins with it) to landscape or portrait."""
    width, height, left, right, top, bottom = (Emu(v) for v in page(section))
    if (width > height) == landscape:
        return
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = height, width
    section.left_margin, section.top_margin, section.right_margin, section.bottom_margin = top, left, bottom, right


def apply_widths(table: Table, widths: Sequence[float], *, small: bool) -> None:
    """Fixed column widths (grid and every cell, as Word and LibreOffice each read one of them)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
            if small:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = SMALL


def keep_rows_whole(table: Table, *, caption: bool = False) -> None:
    """Header repeated, no row split over two pages, a short table on one page, a long one not orphaned.

    A short table's footnotes need not fit beside it: what does not fit on its page
    continues on the next (Word and LibreOffice both do), the table stays whole. With
    ``caption`` the last row stays with the paragraph after the table (its legend) too.
    """
    rows = list(table.rows)
    _row_property(rows[0], "w:tblHeader")
    for row in rows:
        _row_property(row, "w:cantSplit")
    short = len(rows) <= SHORT_TABLE
    together = len(rows) - (0 if caption else 1) if short else 4  # else the header with three rows
    for row in rows[:together]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _row_property(row: Any, tag: str) -> None:
    properties = row._tr.get_or_add_trPr()  # python-docx has no API for these
    if properties.find(qn(tag)) is None:
        marker = OxmlElement(tag)
        marker.set(qn("w:val"), "true")
        properties.append(marker)
