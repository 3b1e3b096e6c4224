"""Word: real tables and headings in the document's styles, read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from lxml import etree

from partnerkeuze.render import docx as render_docx
from partnerkeuze.render.memo import Memo
from partnerkeuze.render.portfolio_view import PortfolioMemo


def _read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def dump(document: Document) -> str:
    """The document as text: each paragraph with its style, each table row, each image."""
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += ["| " + " | ".join(c.text for c in row.cells) + " |" for row in block.rows]
        else:
            images = len(block._p.xpath(".//pic:pic"))
            lines.append(f"[{block.style.name}] {block.text}" + " [afbeelding]" * images)
    lines += [f"[voetnoot {number}] {text}" for number, text in footnotes(document).items()]
    return "\n".join(lines) + "\n"


def footnotes(document: Document) -> dict[int, str]:
    """The document's footnotes (without Word's two separators) by id."""
    part = next((r.target_part for r in document.part.rels.values() if r.reltype.endswith("/footnotes")), None)
    if part is None:
        return {}
    root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
    return {int(n.get(qn("w:id"))): "".join(n.itertext()).strip() for n in root.iter(qn("w:footnote"))
            if int(n.get(qn("w:id"))) > 0}


def test_golden_dutch(memo: Memo, golden: Callable[[str, str], None]) -> None:
    golden("docx/memo.txt", dump(_read(render_docx.render(memo))))


def test_golden_public_with_sensitivity(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    text = dump(_read(render_docx.render(make_memo(openbaar=True, sensitivity=True))))
    golden("docx/memo-openbaar.txt", text)
    assert "Markt B" not in text


def test_the_comparison_table_cells(memo: Memo) -> None:
    table = _read(render_docx.render(memo)).tables[0]
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0] == ["Criterium", "Gewicht", "Hengelo ★", "Markt B", "Coöperatie Oost", "Zelf doen"]
    assert cells[2] == ["Structurele kosten", "35%", "€ 1.250.000", "€ 900.000", "€ 1.100.000", "€ 600.000"]
    assert cells[-2] == ["Gewogen totaalscore (0–100)", "100%", "71,9", "55,5", "54,5", "59,5"]  # noqa: RUF001 - the en dash of a range
    assert cells[-1] == ["Rangorde", "", "1", "3", "4", "2"]
    reference = table.rows[2].cells[2].paragraphs[0]._p.findall(f".//{qn('w:footnoteReference')}")
    assert [r.get(qn("w:id")) for r in reference] == ["4"]  # a Word footnote, numbered in reading order
    assert table.style is not None
    assert table.style.name == "Table Grid"
    assert table.rows[-2].cells[2].paragraphs[0].runs[0].bold  # the preferred alternative's total


def test_headings_use_the_document_styles(make_memo: Callable[..., Memo]) -> None:
    document = _read(render_docx.render(make_memo(sensitivity=True)))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Partner voor de ICT van Voorbeeld"] == "Title"
    assert styles["Alternatieven en afweging"] == "Heading 1"
    assert styles["Gevoeligheid"] == "Heading 1"
    assert styles["Gewichtsintervallen"] == "Heading 2"
    assert "Onderbouwing van de scores" not in styles  # the notes are Word footnotes now


def test_a_chart_per_analysis(make_memo: Callable[..., Memo]) -> None:
    assert len(_read(render_docx.render(make_memo())).inline_shapes) == 1
    assert len(_read(render_docx.render(make_memo(sensitivity=True))).inline_shapes) == 2


def test_same_memo_same_bytes_and_fixed_properties(memo: Memo) -> None:
    data = render_docx.render(memo)
    assert render_docx.render(memo) == data
    props = _read(data).core_properties
    midnight = dt.datetime(2024, 3, 15, tzinfo=dt.UTC)
    assert (props.created, props.modified, props.revision) == (midnight, midnight, 1)
    assert (props.title, props.author, props.last_modified_by) == (memo.title, "Gemeente Voorbeeld", "partnerkeuze")
    assert "python-docx" not in (props.comments + props.author)


def _template(*, with_table_grid: bool) -> bytes:
    """A 'house style': a green Heading 1 in Georgia, a letterhead, and maybe no Table Grid."""
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.size = Pt(20)
    document.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld — briefpapier"
    document.add_paragraph("Deze voorbeeldtekst van het sjabloon hoort niet in het memo.")
    if not with_table_grid:
        document.styles["Table Grid"].delete()
        document.styles["Intense Quote"].delete()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_template_gives_its_styles_header_and_no_sample_text(memo: Memo) -> None:
    result = _read(render_docx.render(memo, template=_template(with_table_grid=True)))
    assert result.styles["Heading 1"].font.name == "Georgia"
    assert result.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeld — briefpapier"
    assert all("voorbeeldtekst" not in p.text for p in result.paragraphs)
    assert result.paragraphs[0].text == memo.title


def test_a_template_without_a_style_falls_back(memo: Memo) -> None:
    result = _read(render_docx.render(memo, template=_template(with_table_grid=False)))
    assert result.tables[0].rows[1].cells[0].text == "Kwaliteit en informatieveiligheid"
    notice = next(p for p in result.paragraphs if p.text.startswith("Interne versie"))
    assert notice.style.name == "Normal"
    assert notice.runs[0].bold


def test_a_dotx_template_is_accepted(memo: Memo) -> None:
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(_template(with_table_grid=True)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    assert _read(render_docx.render(memo, template=out.getvalue())).styles["Heading 1"].font.name == "Georgia"


def test_an_unusable_template_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="zip"):
        render_docx.open_template(b"geen word")


def test_styles_used_exist_in_the_default_template() -> None:
    names = {s.name for s in docx.Document().styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    assert {"Title", "Heading 1", "Heading 2", "Body Text", "Caption", "Intense Quote", "List Bullet"} <= names


# --- the portfolio (a file with tasks) ------------------------------------------------


def test_a_portfolio_is_one_document_with_the_summary_then_a_section_per_task(
    make_portfolio: Callable[..., PortfolioMemo],
) -> None:
    portfolio = make_portfolio()

    result = _read(render_docx.render_portfolio(portfolio))

    summary = result.tables[0]
    assert [c.text for c in summary.rows[0].cells] == list(portfolio.header)
    assert [c.text for c in summary.rows[0].cells][:3] == ["Taak", "Laag", "Beste partner"]
    assert [[c.text for c in row.cells] for row in summary.rows[1:]] == [list(r) for r in portfolio.rows]
    assert summary.rows[1].cells[0].text == "ICT"
    assert summary.rows[1].cells[2].text == "Zwolle"
    headings = [(p.style.name, p.text) for p in result.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", portfolio.title)
    assert ("Heading 1", "Portfolio: de beste partner per taak") in headings
    tasks = [name for _, name, _ in portfolio.tasks]
    assert [text for style, text in headings if style == "Heading 1"][1:] == ["Toelichting", *tasks, "Reproduceerbaarheid"]
    # each task's memo sits one level down, with its own table, sensitivity and reproducibility
    assert sum(1 for h in headings if h == ("Heading 2", "Alternatieven en afweging")) == len(portfolio.tasks)
    # the file's toelichting and the reproducibility are said once, not in every task
    assert [h for h in headings if h[1] in ("Toelichting", "Reproduceerbaarheid")] == [
        ("Heading 1", "Toelichting"), ("Heading 1", "Reproduceerbaarheid")]
    assert len(result.tables) > len(portfolio.tasks)
    assert "Wie neemt welke taken" in [text for _, text in headings]
    text = "\n".join(p.text for p in result.paragraphs)
    for _, lines in portfolio.sections:
        for line in lines:
            assert line in text


def test_a_portfolio_document_is_byte_identical_and_uses_the_template(
    make_portfolio: Callable[..., PortfolioMemo],
) -> None:
    portfolio = make_portfolio()
    assert render_docx.render_portfolio(portfolio) == render_docx.render_portfolio(portfolio)
    styled = _read(render_docx.render_portfolio(portfolio, template=_template(with_table_grid=True)))
    assert styled.styles["Heading 1"].font.name == "Georgia"
    assert styled.core_properties.title == portfolio.title


def test_a_portfolio_document_in_english(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    result = _read(render_docx.render_portfolio(make_portfolio(lang="en")))
    assert [c.text for c in result.tables[0].rows[0].cells][:3] == ["Task", "Layer", "Best partner"]
    assert any(p.text == "Portfolio: the best partner per task" for p in result.paragraphs)


def _language(document: Document) -> str:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    return str(defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")))


def test_a4_pages_and_the_language_of_the_text(make_memo: Callable[..., Memo]) -> None:
    dutch = _read(render_docx.render(make_memo()))
    assert [(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in dutch.sections] == [(21.0, 29.7)]
    assert _language(dutch) == "nl-NL"  # Word spell-checks the memo as Dutch
    assert _language(_read(render_docx.render(make_memo(lang="en")))) == "en-GB"


def test_every_picture_has_alt_text_in_the_users_language(make_memo: Callable[..., Memo]) -> None:
    document = _read(render_docx.render(make_memo(sensitivity=True)))
    described = [(shape._inline.docPr.get("title"), shape._inline.docPr.get("descr")) for shape in document.inline_shapes]
    assert len(described) == 2
    assert described[0][1].startswith("Staafdiagram van de totaalscore per kandidaat")
    assert described[1][1].startswith("Diagram van de gewichten waartussen Hengelo eerste blijft")
    assert all(title and descr for title, descr in described)


def test_the_score_table_fits_its_words_and_stays_whole(memo: Memo) -> None:
    table = _read(render_docx.render(memo)).tables[0]
    widths = [cell.width for cell in table.rows[0].cells]
    assert widths[0] == max(widths)  # the criteria get the room, not an equal share
    assert widths[1] == min(widths)
    rows = [row._tr.trPr for row in table.rows]
    assert rows[0].find(qn("w:tblHeader")) is not None
    assert all(properties.find(qn("w:cantSplit")) is not None for properties in rows)
    # a short table on one page, with its legend underneath
    assert all(row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows)


def test_a_wide_portfolio_summary_gets_a_landscape_page_and_the_rest_stays_portrait(
    make_portfolio: Callable[..., PortfolioMemo],
) -> None:
    document = _read(render_docx.render_portfolio(make_portfolio()))
    pages = [(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in document.sections]
    assert pages[0] == (29.7, 21.0)
    assert set(pages) == {(29.7, 21.0), (21.0, 29.7)}
    assert pages[-1] == (21.0, 29.7)
