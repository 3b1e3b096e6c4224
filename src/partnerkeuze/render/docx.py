"""The memo as a Word document: real tables and headings in the document's own styles.

With a municipality's template (``--template``) the body is emptied and the memo is
written with the template's styles, page set-up, headers and footers, so it pastes
into the house style. A style the template lacks falls back to the nearest one.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt
from docx.table import Table

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render import charts, curves
from partnerkeuze.render.docx_footnotes import Footnotes
from partnerkeuze.render.docx_tables import (
    Column,
    apply_widths,
    fit,
    keep_rows_whole,
    landscape_needed,
    page_room,
    rotate,
    section_height,
    turn_page,
)
from partnerkeuze.render.markdown import interval, sampling_text
from partnerkeuze.render.memo import Memo, MemoSensitivity
from partnerkeuze.render.ooxml import fixed_time, stable_zip

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

CHART_WIDTH = Cm(15.9)  # the text width of A4 with 2,54 cm margins
A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.54)
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_template(data: bytes) -> DocumentType:
    """A template (.docx or .dotx) with its body emptied; raises ValueError if unusable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml")
            if _TEMPLATE_TYPE in types:  # a .dotx is a .docx with another content type
                data = _repack(package, types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE))
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValueError(str(exc) or type(exc).__name__) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # keep page set-up, headers and footers
            body.remove(child)
    return document


def render(memo: Memo, *, template: bytes | None = None) -> bytes:
    """The .docx file's bytes (identical for the same memo and template)."""
    doc = _new_document(template, memo)
    w = _Writer(doc)
    w.paragraph(memo.title, "Title")
    append_memo(doc, memo)
    _properties(doc, memo)
    return save(doc)


def render_portfolio(portfolio: PortfolioMemo, *, template: bytes | None = None) -> bytes:
    """The portfolio as one document: summary table and sentences, then a Heading 1 per task with its memo."""
    first = portfolio.first
    doc = _new_document(template, first)
    w = _Writer(doc)
    summary = [Column(tuple(row[c] for row in portfolio.rows), name) for c, name in enumerate(portfolio.header)]
    wide = landscape_needed(doc, summary)
    if wide:  # the summary's page in landscape from the start: no title page on its own
        rotate(doc.sections[-1], landscape=True)
    w.paragraph(portfolio.title, "Title")
    for notice in portfolio.notices:
        w.paragraph(notice, "Intense Quote", bold=True)
    w.paragraph(t("portfolio.title"), "Heading 1")
    w.table(list(portfolio.header), [list(row) for row in portfolio.rows],
            align={3: WD_ALIGN_PARAGRAPH.RIGHT, 5: WD_ALIGN_PARAGRAPH.RIGHT})  # score and margin
    # On the landscape page what fits there (estimated on the high side), then portrait again:
    # a section that would run over would leave a landscape page with one sentence on it.
    room = page_room(doc, summary, notices=len(portfolio.notices)) if wide else 0.0
    for heading, lines in portfolio.sections:
        room -= section_height(doc, lines)
        if wide and room < 0:
            turn_page(doc, landscape=False)
            wide = False
        w.paragraph(heading, "Heading 2")
        for line in lines:
            w.paragraph(line, "List Bullet")
    if wide:
        turn_page(doc, landscape=False)
    _description(w, first)  # the file's toelichting, said once for all tasks
    for _, name, memo in portfolio.tasks:
        w.paragraph(name, "Heading 1")
        append_memo(doc, memo, level=1, whole=False)
    _reproducibility(w, first, "Heading 1")
    _properties(doc, first, title=portfolio.title)
    return save(doc)


def _new_document(template: bytes | None, memo: Memo) -> DocumentType:
    """The template's body emptied, or a blank A4 document; either way in the memo's language."""
    doc = open_template(template) if template is not None else Document()
    if template is None:  # a template brings the municipality's own page set-up
        section = doc.sections[0]
        section.page_width, section.page_height = A4
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        _body_font(doc, "Calibri")
    _language(doc, "nl-NL" if memo.language == "nl" else "en-GB")
    return doc


def _body_font(doc: DocumentType, name: str) -> None:
    """The default font named outright: LibreOffice sets table cells and footnotes in its own
    default serif when the default only points to the theme's font."""
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def _language(doc: DocumentType, tag: str) -> None:
    """Spell-check the text as the language it is in: the default run language of the styles."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
    for name, value in (("w:decimalSymbol", "," if tag == "nl-NL" else "."),
                        ("w:listSeparator", ";" if tag == "nl-NL" else ",")):
        element = settings.find(qn(name))
        if element is not None:
            element.set(qn("w:val"), value)


def save(doc: DocumentType) -> bytes:
    """The document's bytes, with a stable zip (no clock in the package)."""
    out = io.BytesIO()
    doc.save(out)
    return stable_zip(out.getvalue())


def append_memo(doc: DocumentType, memo: Memo, *, level: int = 0, whole: bool = True) -> None:
    """The body of one memo (everything after its title) appended to ``doc``.

    ``level`` shifts the headings down: 1 puts the memo's sections at Heading 2, for a
    memo that sits under a Heading 1 of its own (a task of the portfolio). ``whole=False``
    leaves out the toelichting and reproducibility, which a portfolio says once.
    """
    w = _Writer(doc, level)
    meta = [f"{t('memo.organisation')}: {memo.organisation}" if memo.organisation else "",
            f"{t('memo.date')}: {memo.date_text}" if memo.date_text else ""]
    lead = [w.paragraph(" · ".join(m for m in meta if m))] if any(meta) else []
    lead += [w.paragraph(notice, "Intense Quote", bold=True) for notice in memo.notices]
    for paragraph in lead:  # with what follows: a task's heading never ends a page on its own
        paragraph.paragraph_format.keep_with_next = True
    if whole:
        _description(w, memo)
    _score_table(w, memo)
    w.paragraph(t("memo.legend"), "Caption")
    w.paragraph(" ".join(s for s in (memo.conclusion, memo.flips) if s), bold=True)
    if memo.dropped:
        w.paragraph(t("rank.dropped", criteria=", ".join(memo.dropped)))
    if memo.excluded:
        w.paragraph(t("memo.excluded"), w.heading(2))
        for item in memo.excluded:
            w.paragraph(item.text, "List Bullet")
    _picture(doc, charts.contributions_png(memo), charts.contributions_alt(memo))
    _value_functions(w, memo)
    if memo.sensitivity is not None:
        _sensitivity(w, memo, memo.sensitivity)
    if whole:
        _reproducibility(w, memo, w.heading(1))


def _reproducibility(w: _Writer, memo: Memo, heading: str) -> None:
    """The reproducibility section: the line, and each returned form as a list item."""
    paragraph, items = memo.repro_lines
    w.paragraph(t("memo.reproducibility"), heading)
    w.paragraph(paragraph)
    for item in items:
        w.paragraph(item, "List Bullet")


def _description(w: _Writer, memo: Memo) -> None:
    if memo.description:
        w.paragraph(t("memo.description"), w.heading(1))
        for paragraph in memo.description:
            w.paragraph(paragraph, "Body Text")


def _value_functions(w: _Writer, memo: Memo) -> None:
    """Each value function as a small plot with the candidates on it (README "Waardefuncties")."""
    if not memo.curves:
        return
    w.paragraph(t("curves.section"), w.heading(2)).paragraph_format.keep_with_next = True
    w.paragraph(t("curves.memo_intro"))
    names = [c.name for c in memo.columns]
    for row in memo.curves:
        marks = curves.marks(names, row.cells, row.value_function)  # type: ignore[arg-type]
        _picture(w.doc, charts.value_function_png(row, marks), charts.value_function_alt(row, marks),
                 width=Inches(charts.CURVE_WIDTH_INCHES))


def _picture(doc: DocumentType, png: bytes, alt: str, width: Any = None) -> None:
    """A chart at the text width, with alt text (digitoegankelijkheid: what the chart shows, in words)."""
    shape = doc.add_picture(io.BytesIO(png), width=width or CHART_WIDTH)
    properties = shape._inline.docPr  # python-docx has no API for alt text
    properties.set("descr", alt)
    properties.set("title", alt.split(":")[0])
    doc.paragraphs[-1].paragraph_format.space_before = Pt(6)  # air between a table and the chart's title


class _Writer:
    """Adds paragraphs and tables with the document's styles, falling back when absent."""

    def __init__(self, doc: DocumentType, level: int = 0) -> None:
        self.doc = doc
        self.level = level
        self.names = {s.name for s in doc.styles}
        self.footnotes = Footnotes.of(doc)

    def heading(self, n: int) -> str:
        """The style name of a level-``n`` heading, shifted by the writer's level."""
        return f"Heading {n + self.level}"

    def style(self, name: str | None, fallback: str | None = None) -> str | None:
        for candidate in (name, fallback):
            if candidate and candidate in self.names:
                return candidate
        return None

    def paragraph(self, text: str, style: str | None = None, *, bold: bool = False) -> Any:
        fallback = "Normal"
        found = self.style(style, fallback)
        paragraph = self.doc.add_paragraph(style=found)
        run = paragraph.add_run(text)
        # A heading the template lacks still reads as a heading.
        run.bold = bold or (style is not None and found != style and style.startswith(("Heading", "Title")))
        return paragraph

    def table(self, header: list[str], rows: list[list[str]], *, align: dict[int, Any] | None = None,
              bold: set[tuple[int, int]] | None = None, notes: dict[tuple[int, int], str] | None = None,
              heading: tuple[str, str] | None = None, caption: bool = False) -> Table:
        """A table whose columns fit their words, on a landscape page of its own when it must.

        ``bold`` and ``notes`` are keyed (row, column) over ``rows``; a note becomes a Word
        footnote on that cell. ``heading`` (text, style) goes right above it, on its page;
        ``caption`` keeps the table with the paragraph after it.
        """
        bold, notes, align = bold or set(), notes or {}, align or {}
        columns = [Column(tuple(r[c] + (" " if (k, c) in notes else "") for k, r in enumerate(rows)), header[c])
                   for c in range(len(header))]
        widths, landscape, small = fit(self.doc, columns)
        if landscape:
            turn_page(self.doc, landscape=True)
        if heading is not None:
            self.paragraph(*heading)
        table = self.doc.add_table(rows=1, cols=len(header), style=self.style("Table Grid"))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        for k, values in enumerate(rows):
            for c, (cell, text) in enumerate(zip(table.add_row().cells, values, strict=True)):
                paragraph = cell.paragraphs[0]
                paragraph.add_run(text).bold = (k, c) in bold
                if (k, c) in notes:
                    self.footnotes.add(paragraph, notes[(k, c)])
        for table_row in table.rows:
            for c, alignment in align.items():
                table_row.cells[c].paragraphs[0].alignment = alignment
        apply_widths(table, widths, small=small)
        keep_rows_whole(table, caption=caption)
        if landscape:
            turn_page(self.doc, landscape=False)
        return table  # type: ignore[no-any-return]


def _score_table(w: _Writer, memo: Memo) -> None:
    header = [t("memo.col_criterion"), t("memo.col_weight")]
    header += [c.name + (" ★" if c.preferred else "") for c in memo.columns]
    rows: list[list[str]] = []
    notes: dict[tuple[int, int], str] = {}
    texts = {f.number: f.text + (" " + t("memo.source", source=f.source) if f.source else "") for f in memo.footnotes}
    for k, row in enumerate(memo.rows):
        rows.append([row.name, row.weight_text + (" *" if row.overridden else ""), *(c.text for c in row.cells)])
        notes.update({(k, 2 + i): texts[c.note] for i, c in enumerate(row.cells) if c.note})
    extra = [(t("statusquo.row"), "", [memo.versus_text(c) for c in memo.columns])] if memo.has_status_quo else []
    bold: set[tuple[int, int]] = set()
    for label, weight, values in (
        (t("memo.row_total"), "100%", [c.total_text for c in memo.columns]),
        (t("memo.row_rank"), "", [str(c.rank) for c in memo.columns]),
        *extra,
    ):
        bold.add((len(rows), 0))
        bold.update((len(rows), 2 + i) for i, c in enumerate(memo.columns) if c.preferred)
        rows.append([label, weight, *values])
    align = {1: WD_ALIGN_PARAGRAPH.RIGHT, **dict.fromkeys(range(2, len(header)), WD_ALIGN_PARAGRAPH.CENTER)}
    # The legend stays under the table (kept with it as far as the page allows): above it, a table
    # whose footnotes fill a page moved on in LibreOffice and left its heading and legend alone.
    w.table(header, rows, align=align, bold=bold, notes=notes, heading=(t("memo.section_table"), w.heading(1)),
            caption=True)


def _sensitivity(w: _Writer, memo: Memo, s: MemoSensitivity) -> None:
    w.paragraph(t("memo.sensitivity"), w.heading(1))
    for sentence in s.sentences:
        w.paragraph(sentence, "List Bullet")
    if s.intervals:
        w.paragraph(t("memo.intervals"), w.heading(2))
        w.paragraph(t("memo.intervals_intro"))
        header = [t("memo.col_criterion"), t("memo.col_weight"), t("memo.col_winner_interval"),
                  t("memo.col_ranking_interval"), t("memo.col_takeover_low"), t("memo.col_takeover_high")]
        w.table(header, [
            [r.criterion, formatting.percent(r.weight, 1), interval(r.winner_low, r.winner_high),
             interval(r.ranking_low, r.ranking_high), r.takeover_low or t("memo.none"), r.takeover_high or t("memo.none")]
            for r in s.intervals
        ])
        png = charts.intervals_png(memo)
        if png:
            _picture(w.doc, png, charts.intervals_alt(memo))
    if s.first_shares:
        w.paragraph(t("memo.first_shares"), w.heading(2))
        w.table([t("memo.col_candidate"), t("memo.col_share")],
                [[name, formatting.percent(share, 1)] for name, share in s.first_shares])
    if s.samples is not None:
        w.paragraph(sampling_text(s))


def _properties(doc: DocumentType, memo: Memo, title: str | None = None) -> None:
    """Fixed core properties from the memo: no clock, no user name, no 'python-docx'."""
    props = doc.core_properties
    when = fixed_time(memo.reproducibility.export_date)
    props.title = title if title is not None else memo.title
    props.subject = t("memo.section_table")
    props.author = memo.organisation or "partnerkeuze"
    props.last_modified_by = "partnerkeuze"
    props.comments = memo.reproducibility.text(memo.export_date_text, forms=False)  # at most 255 characters
    props.keywords = "partnerkeuze"
    props.identifier = memo.reproducibility.sha256
    props.language = "nl-NL" if memo.language == "nl" else "en-GB"
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1


def _repack(package: zipfile.ZipFile, types: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in package.infolist():
            data = types if info.filename == "[Content_Types].xml" else package.read(info.filename)
            target.writestr(info, data)
    return out.getvalue()
