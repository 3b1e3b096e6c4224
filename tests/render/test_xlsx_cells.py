"""Cells that stay what they are: text as text, formulas ours, rows tall enough, tabs cut at a word."""

from __future__ import annotations

import io

import openpyxl
import pytest

from partnerkeuze.render import xlsx_cells


@pytest.mark.parametrize("value", ["=1+1", '=HYPERLINK("http://x","klik")', "+31", "-2", "@A1", "#N/A", "#DIV/0!"])
def test_text_is_stored_as_a_string_whatever_it_starts_with(value: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    xlsx_cells.text(ws, 1, 1, value)
    out = io.BytesIO()
    wb.save(out)
    cell = openpyxl.load_workbook(io.BytesIO(out.getvalue())).active["A1"]
    assert (cell.value, cell.data_type) == (value, "s")


def test_a_formula_is_a_formula() -> None:
    ws = openpyxl.Workbook().active
    xlsx_cells.formula(ws, 1, 1, "=SUM(B1:B2)", number_format="0.0")
    assert (ws["A1"].data_type, ws["A1"].number_format) == ("f", "0.0")


def test_number_formats_carry_the_language() -> None:
    assert xlsx_cells.number_format("nl", "0.0") == "[$-413]0.0"
    assert xlsx_cells.number_format("en", "0.0%") == "[$-809]0.0%"


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("", 10, 1), ("kort", 10, 1), ("Gewicht (punten)", 16, 1), ("Gewicht (punten)", 15, 2),
    ("een\ntwee", 40, 2), ("x" * 25, 10, 3),
])
def test_lines_needed_wraps_at_spaces_like_a_spreadsheet(text: str, width: float, lines: int) -> None:
    assert xlsx_cells.lines_needed(text, width) == lines


def test_sheet_names_are_short_unique_valid_and_cut_at_a_word() -> None:
    long = "Administratie zorg en ondersteuning"
    names = xlsx_cells.sheet_names([long, long, "a/b: c?", "portfolio", "ICT"], taken={"Portfolio", "Gegevens"})
    assert names == ["Administratie zorg…", "Administratie zorg… (2)", "a b  c", "portfolio (2)", "ICT"]
    assert all(len(n) <= 31 for n in names)


def test_a_single_long_word_is_cut_with_a_mark() -> None:
    assert xlsx_cells.abbreviate("x" * 40) == "x" * 30 + "…"
    assert xlsx_cells.abbreviate("Werk in het openbaar gebied") == "Werk in het openbaar gebied"


def test_bold_text_is_given_more_room() -> None:
    ws = openpyxl.Workbook().active
    xlsx_cells.fit_height(ws, 1, "Gewicht (punten)", 16)
    xlsx_cells.fit_height(ws, 2, "Gewicht (punten)", 16, bold=True)
    assert (ws.row_dimensions[1].height, ws.row_dimensions[2].height) == (15, 30)


def test_a_sheet_that_nearly_fits_is_printed_on_one_page_and_a_long_one_is_not() -> None:
    wb = openpyxl.Workbook()
    short, long = wb.active, wb.create_sheet("lang")
    for ws, rows in ((short, 40), (long, 80)):
        xlsx_cells.widths(ws, [40, 20, 20, 20])
        for r in range(1, rows + 1):
            xlsx_cells.text(ws, r, 1, f"regel {r}")
        xlsx_cells.print_setup(ws, landscape=True)
    assert 1 < xlsx_cells.pages_tall(short, landscape=True) <= xlsx_cells.ONE_PAGE_SLACK
    assert (short.page_setup.fitToHeight, long.page_setup.fitToHeight) == (1, 0)
