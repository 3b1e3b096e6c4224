"""Real Word footnotes: the note of a score travels with the table it is pasted from.

python-docx has no footnotes API, so this writes the part the way Word does: a
``word/footnotes.xml`` with the separator (id -1) and continuation separator (id 0),
related from the document with its content type, the ``FootnoteText`` and
``FootnoteReference`` styles, and ``footnotePr`` in the settings naming the two
separators. A template that already has footnotes keeps them; ours are appended.
Word numbers footnotes in document order, so each reference gets a note of its own
(a rationale shared by two scores appears twice, once under each).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
TEXT_STYLE, REFERENCE_STYLE = "FootnoteText", "FootnoteReference"
_EMPTY = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
# Elements of w:settings that come after w:footnotePr in the schema's sequence.
_AFTER_FOOTNOTE_PR = ("endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                      "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                      "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                      "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


class Footnotes:
    """The document's footnotes part, created on first use."""

    def __init__(self, doc: DocumentType) -> None:
        self.doc = doc
        self._root: Any = None
        self._next = 1

    @classmethod
    def of(cls, doc: DocumentType) -> Footnotes:
        """The one Footnotes of ``doc`` (every writer of a document numbers on from the last note)."""
        found = getattr(doc, "_partnerkeuze_footnotes", None)
        if found is None:
            found = cls(doc)
            doc._partnerkeuze_footnotes = found  # type: ignore[attr-defined]
        return found

    def add(self, paragraph: Any, text: str) -> None:
        """A footnote reference at the end of ``paragraph``, the note ``text`` at the page's foot."""
        root = self._part_root()
        number = self._next
        self._next += 1
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        body = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), TEXT_STYLE)
        properties.append(style)
        body.append(properties)
        body.append(_reference_run("w:footnoteRef"))
        run = OxmlElement("w:r")
        content = OxmlElement("w:t")
        content.set(qn("xml:space"), "preserve")
        content.text = " " + text
        run.append(content)
        body.append(run)
        note.append(body)
        root.append(note)
        paragraph._p.append(_reference_run("w:footnoteReference", number))

    def _part_root(self) -> Any:
        if self._root is not None:
            return self._root
        document_part = self.doc.part
        for rel in document_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                part = rel.target_part
                if not isinstance(part, XmlPart):  # python-docx reads footnotes as bytes only
                    part = XmlPart.load(part.partname, part.content_type, part.blob, part.package)
                    rel._target = part  # no public way to swap a relationship's part
                self._root = part.element
                break
        else:
            part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE, parse_xml(_EMPTY), document_part.package)
            document_part.relate_to(part, RT.FOOTNOTES)
            self._root = part.element
        ids = [int(n.get(qn("w:id"))) for n in self._root.iterchildren(qn("w:footnote"))]
        self._next = max([0, *ids]) + 1
        _ensure_styles(self.doc)
        _ensure_settings(self.doc)
        return self._root


def _reference_run(tag: str, number: int | None = None) -> Any:
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), REFERENCE_STYLE)
    properties.append(style)
    run.append(properties)
    mark = OxmlElement(tag)
    if number is not None:
        mark.set(qn("w:id"), str(number))
    run.append(mark)
    return run


def _ensure_styles(doc: DocumentType) -> None:
    """The two footnote styles, as Word names them, unless the document (a template) has them."""
    ids = {s.style_id for s in doc.styles}
    if TEXT_STYLE not in ids:
        text = doc.styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
        text.element.set(qn("w:styleId"), TEXT_STYLE)
        text.base_style = doc.styles["Normal"]
        text.font.size = Pt(9)
        text.paragraph_format.space_after = Pt(0)
        text.paragraph_format.line_spacing = 1.0
    if REFERENCE_STYLE not in ids:
        reference = doc.styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        reference.element.set(qn("w:styleId"), REFERENCE_STYLE)
        reference.font.superscript = True


def _ensure_settings(doc: DocumentType) -> None:
    """``<w:footnotePr>`` naming the separators, in its place in the settings' sequence."""
    settings = doc.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    footnote_pr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    for child in settings.iterchildren():
        if child.tag.rpartition("}")[2] in _AFTER_FOOTNOTE_PR:
            child.addprevious(footnote_pr)
            return
    settings.append(footnote_pr)
