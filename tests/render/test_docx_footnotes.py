"""Word footnotes written by hand: a valid part, every reference with its note, separators as Word's."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from lxml import etree

from partnerkeuze.render.docx_footnotes import CONTENT_TYPE, Footnotes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _package(doc: docx.document.Document) -> zipfile.ZipFile:
    out = io.BytesIO()
    doc.save(out)
    return zipfile.ZipFile(io.BytesIO(out.getvalue()))


def test_each_reference_has_its_note_and_the_part_is_declared() -> None:
    doc = docx.Document()
    for text in ("eerste noot", "tweede noot"):
        Footnotes.of(doc).add(doc.add_paragraph("tekst"), text)

    package = _package(doc)

    notes = etree.fromstring(package.read("word/footnotes.xml"))
    by_id = {n.get(f"{W}id"): "".join(n.itertext()).strip() for n in notes.iter(f"{W}footnote")}
    assert by_id == {"-1": "", "0": "", "1": "eerste noot", "2": "tweede noot"}
    body = etree.fromstring(package.read("word/document.xml"))
    assert [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")] == ["1", "2"]
    assert CONTENT_TYPE in package.read("[Content_Types].xml").decode()
    assert "footnotes.xml" in package.read("word/_rels/document.xml.rels").decode()
    settings = etree.fromstring(package.read("word/settings.xml"))
    footnote_pr = settings.find(f"{W}footnotePr")
    assert [n.get(f"{W}id") for n in footnote_pr] == ["-1", "0"]
    assert footnote_pr.getnext().tag == f"{W}compat"  # its place in the schema's sequence


def test_the_styles_word_uses_for_footnotes_exist() -> None:
    doc = docx.Document()
    Footnotes.of(doc).add(doc.add_paragraph(), "noot")
    ids = {s.style_id for s in doc.styles}
    assert {"FootnoteText", "FootnoteReference"} <= ids
    assert doc.styles["footnote reference"].font.superscript


def test_a_document_with_footnotes_gets_its_notes_appended() -> None:
    doc = docx.Document()
    Footnotes.of(doc).add(doc.add_paragraph(), "van het sjabloon")
    reread = docx.Document(io.BytesIO(_save(doc)))
    Footnotes.of(reread).add(reread.add_paragraph(), "van ons")
    notes = etree.fromstring(_package(reread).read("word/footnotes.xml"))
    assert [n.get(qn("w:id")) for n in notes.iter(qn("w:footnote"))] == ["-1", "0", "1", "2"]


def _save(doc: docx.document.Document) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
