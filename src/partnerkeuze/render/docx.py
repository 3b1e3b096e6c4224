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
from docx.shared import Cm
from docx.table import Table

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render import charts
from partnerkeuze.render.markdown import interval, sampling_text
from partnerkeuze.render.memo import Memo, MemoSensitivity
from partnerkeuze.render.ooxml import fixed_time, stable_zip

if TYPE_CHECKING:
    from partnerkeuze.render.portfolio_view import PortfolioMemo

CHART_WIDTH = Cm(16)
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
    doc = open_template(template) if template is not None else Document()
    w = _Writer(doc)
    w.paragraph(memo.title, "Title")
    append_memo(doc, memo)
    _properties(doc, memo)
    return save(doc)


def render_portfolio(portfolio: PortfolioMemo, *, template: bytes | None = None) -> bytes:
    """The portfolio as one document: summary table and sentences, then a Heading 1 per task with its memo."""
    doc = open_template(template) if template is not None else Document()
    w = _Writer(doc)
    w.paragraph(portfolio.title, "Title")
    for notice in portfolio.notices:
        w.paragraph(notice, "Intense Quote", bold=True)
    w.paragraph(t("portfolio.title"), "Heading 1")
    table = w.table(list(portfolio.header), [list(row) for row in portfolio.rows])
    for table_row in table.rows:
        for c in (3, 5):  # score and margin
            table_row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for heading, lines in portfolio.sections:
        w.paragraph(heading, "Heading 2")
        for line in lines:
            w.paragraph(line, "List Bullet")
    for _, name, memo in portfolio.tasks:
        w.paragraph(name, "Heading 1")
        append_memo(doc, memo, level=1)
    _properties(doc, portfolio.first, title=portfolio.title)
    return save(doc)


def save(doc: DocumentType) -> bytes:
    """The document's bytes, with a stable zip (no clock in the package)."""
    out = io.BytesIO()
    doc.save(out)
    return stable_zip(out.getvalue())


def append_memo(doc: DocumentType, memo: Memo, *, level: int = 0) -> None:
    """The body of one memo (everything after its title) appended to ``doc``.

    ``level`` shifts the headings down: 1 puts the memo's sections at Heading 2, for a
    memo that sits under a Heading 1 of its own (a task of the portfolio).
    """
    w = _Writer(doc, level)
    meta = [f"{t('memo.organisation')}: {memo.organisation}" if memo.organisation else "",
            f"{t('memo.date')}: {memo.date_text}" if memo.date_text else ""]
    if any(meta):
        w.paragraph(" · ".join(m for m in meta if m))
    for notice in memo.notices:
        w.paragraph(notice, "Intense Quote", bold=True)
    if memo.description:
        w.paragraph(t("memo.description"), w.heading(1))
        for paragraph in memo.description:
            w.paragraph(paragraph, "Body Text")
    w.paragraph(t("memo.section_table"), w.heading(1))
    _score_table(w, memo)
    w.paragraph(t("memo.legend"), "Caption")
    w.paragraph(" ".join(s for s in (memo.conclusion, memo.flips) if s), bold=True)
    if memo.dropped:
        w.paragraph(t("rank.dropped", criteria=", ".join(memo.dropped)))
    if memo.excluded:
        w.paragraph(t("memo.excluded"), w.heading(2))
        for item in memo.excluded:
            w.paragraph(item.text, "List Bullet")
    doc.add_picture(io.BytesIO(charts.contributions_png(memo)), width=CHART_WIDTH)
    if memo.sensitivity is not None:
        _sensitivity(w, memo, memo.sensitivity)
    if memo.footnotes:
        w.paragraph(t("memo.notes"), w.heading(1))
        for note in memo.footnotes:
            source = " " + t("memo.source", source=note.source) if note.source else ""
            w.paragraph(f"{note.number}. {note.text}{source}")
    w.paragraph(t("memo.reproducibility"), w.heading(1))
    w.paragraph(memo.repro_text)


class _Writer:
    """Adds paragraphs and tables with the document's styles, falling back when absent."""

    def __init__(self, doc: DocumentType, level: int = 0) -> None:
        self.doc = doc
        self.level = level
        self.names = {s.name for s in doc.styles}

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

    def table(self, header: list[str], rows: list[list[str]]) -> Table:
        table = self.doc.add_table(rows=1, cols=len(header), style=self.style("Table Grid"))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        _repeat_header(table)
        for values in rows:
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.paragraphs[0].add_run(text)
        return table  # type: ignore[no-any-return]


def _score_table(w: _Writer, memo: Memo) -> None:
    header = [t("memo.col_criterion"), t("memo.col_weight")]
    header += [c.name + (" ★" if c.preferred else "") for c in memo.columns]
    table = w.table(header, [])
    for row in memo.rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        cells[0].paragraphs[0].add_run(row.name)
        cells[1].paragraphs[0].add_run(row.weight_text + (" *" if row.overridden else ""))
        for cell, score in zip(cells[2:], row.cells, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.add_run(score.text)
            if score.note:
                paragraph.add_run(f" {score.note}").font.superscript = True
    extra = [(t("statusquo.row"), "", [memo.versus_text(c) for c in memo.columns])] if memo.has_status_quo else []
    for label, weight, values in (
        (t("memo.row_total"), "100%", [c.total_text for c in memo.columns]),
        (t("memo.row_rank"), "", [str(c.rank) for c in memo.columns]),
        *extra,
    ):
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(weight)
        for cell, text, column in zip(cells[2:], values, memo.columns, strict=True):
            cell.paragraphs[0].add_run(text).bold = column.preferred
    for table_row in table.rows:
        for c, cell in enumerate(table_row.cells[1:], start=1):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER


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
            w.doc.add_picture(io.BytesIO(png), width=CHART_WIDTH)
    if s.first_shares:
        w.paragraph(t("memo.first_shares"), w.heading(2))
        w.table([t("memo.col_candidate"), t("memo.col_share")],
                [[name, formatting.percent(share, 1)] for name, share in s.first_shares])
    if s.samples is not None:
        w.paragraph(sampling_text(s))


def _repeat_header(table: Table) -> None:
    """Repeat the header row on every page the table runs onto."""
    properties = table.rows[0]._tr.get_or_add_trPr()  # python-docx has no API for this
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _properties(doc: DocumentType, memo: Memo, title: str | None = None) -> None:
    """Fixed core properties from the memo: no clock, no user name, no 'python-docx'."""
    props = doc.core_properties
    when = fixed_time(memo.reproducibility.export_date)
    props.title = title if title is not None else memo.title
    props.subject = t("memo.section_table")
    props.author = memo.organisation or "partnerkeuze"
    props.last_modified_by = "partnerkeuze"
    props.comments = memo.repro_text
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
