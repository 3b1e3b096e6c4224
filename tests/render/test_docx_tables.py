"""Word tables: columns as wide as their longest word, rows that stay whole, landscape when needed."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from partnerkeuze.render import docx_tables
from partnerkeuze.render.docx_tables import Column


def test_a_figure_is_one_unit_and_words_are_units() -> None:
    assert docx_tables.units("€ 1.500.000") == ["€ 1.500.000"]
    assert docx_tables.units("Vermindering van kwetsbaarheid") == ["Vermindering", "van", "kwetsbaarheid"]


def test_every_column_gets_room_for_its_longest_word() -> None:
    columns = [Column(("Vermindering van kwetsbaarheid", "Voorwaarden van de partner"), "Criterium"),
               Column(("20%",), "Gewicht"),
               Column(("+", "€ 1.500.000"), "Regionale uitvoeringsorganisatie")]
    widths = docx_tables.distribute(columns, 15.9)
    assert widths is not None
    assert sum(widths) == pytest.approx(15.9)
    for column, width in zip(columns, widths, strict=True):
        assert width >= docx_tables.needs(column)[0] - 1e-9
    assert widths[0] >= docx_tables.needs(columns[0])[1] - 1e-9  # the labels get what they want first


def test_words_that_cannot_fit_give_none() -> None:
    assert docx_tables.distribute([Column(("x" * 60,), "a")] * 3, 15.9) is None


def test_a_table_too_wide_for_portrait_goes_landscape_in_a_smaller_font_if_needed() -> None:
    doc = docx.Document()
    narrow = [Column(("kort",), "a")] * 3
    assert docx_tables.fit(doc, narrow)[1:] == (False, False)
    wide = [Column(("uitvoeringsorganisatie",), "Beste partner")] * 6
    widths, landscape, _small = docx_tables.fit(doc, wide)
    assert landscape
    assert sum(widths) > 20


def test_rows_do_not_split_the_header_repeats_and_a_short_table_stays_together() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=4, cols=2)
    docx_tables.keep_rows_whole(table)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    kept = [all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in table.rows]
    assert kept == [True, True, True, False]
    docx_tables.keep_rows_whole(table, caption=True)  # the legend under it stays with the table
    assert table.rows[-1].cells[0].paragraphs[0].paragraph_format.keep_with_next


def test_a_long_table_keeps_only_its_header_with_the_first_rows() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=40, cols=2)
    docx_tables.keep_rows_whole(table)
    kept = [bool(row.cells[0].paragraphs[0].paragraph_format.keep_with_next) for row in table.rows]
    assert kept[:5] == [True, True, True, True, False]  # the header and three rows, not one
    assert not any(kept[4:])


def test_turning_the_page_swaps_width_and_height_and_back() -> None:
    doc = docx.Document()
    portrait = (doc.sections[0].page_width, doc.sections[0].page_height)
    docx_tables.turn_page(doc, landscape=True)
    assert (doc.sections[-1].page_width, doc.sections[-1].page_height) == portrait[::-1]
    docx_tables.turn_page(doc, landscape=False)
    assert (doc.sections[-1].page_width, doc.sections[-1].page_height) == portrait


def test_when_space_is_short_the_labels_get_their_room_before_the_others_grow() -> None:
    columns = [Column(("Vermindering van kwetsbaarheid",), "Criterium")] + [
        Column(("€ 1.500.000",), f"Kandidaat met een lange naam {k}") for k in range(3)]
    widths = docx_tables.distribute(columns, 15.9)
    assert widths is not None
    assert widths[0] == pytest.approx(docx_tables.needs(columns[0])[1])


def test_a_section_without_page_size_or_margins_counts_as_a4() -> None:
    doc = docx.Document()
    properties = doc.sections[0]._sectPr
    for tag in ("w:pgSz", "w:pgMar"):  # a template may leave them out
        properties.remove(properties.find(qn(tag)))
    assert docx_tables.text_width(doc) == pytest.approx(21.0 - 2 * 2.54)
    docx_tables.rotate(doc.sections[0], landscape=True)
    assert (round(doc.sections[0].page_width.cm, 1), round(doc.sections[0].page_height.cm, 1)) == (29.7, 21.0)


def test_heights_are_estimated_from_the_words_and_the_column_widths() -> None:
    assert docx_tables.lines("kort", 5.0) == 1
    assert docx_tables.lines("woord " * 40, 5.0) > docx_tables.lines("woord " * 40, 15.0) > 1
    columns = [Column(("een", "twee"), "a"), Column(("drie", "vier vijf zes zeven acht negen tien elf"), "b")]
    assert docx_tables.table_height(columns, [8.0, 8.0], small=False) < docx_tables.table_height(
        columns, [8.0, 2.0], small=False)


def test_what_is_left_of_a_page_under_the_summary_and_a_section() -> None:
    doc = docx.Document()
    docx_tables.rotate(doc.sections[0], landscape=True)
    columns = [Column(("ICT", "Belastingen"), "Taak"), Column(("Zwolle", "Dalfsen"), "Beste partner")]
    room = docx_tables.page_room(doc, columns)
    assert 0 < room < float(doc.sections[0].page_height.cm)
    assert docx_tables.page_room(doc, columns, notices=1) < room
    one = docx_tables.section_height(doc, ["Een zin."])
    assert docx_tables.section_height(doc, ["Een zin.", "Nog een zin."]) > one > docx_tables.HEADING_CM
