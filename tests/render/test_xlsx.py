"""Excel: weights in cells, totals and ranks as live formulas, evaluated by a formula engine."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import formulas
import openpyxl
import pytest

from partnerkeuze.app import service
from partnerkeuze.render import xlsx, xlsx_cells
from partnerkeuze.render.memo import Memo
from partnerkeuze.render.portfolio_view import PortfolioMemo
from render.conftest import SCENARIO

SHEET = "AFWEGING"  # the formulas package upper-cases sheet names


def evaluate(path: Path) -> dict[str, object]:
    """Every cell of the workbook computed by the ``formulas`` engine (not by Excel's cache)."""
    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    values: dict[str, object] = {}
    for key, ranges in solution.items():
        sheet, _, cell = key.rpartition("!")
        if ":" not in cell:
            values[f"{sheet.split(']')[-1].strip(chr(39))}!{cell}"] = ranges.value[0][0]
    return values


def _layout(path: Path) -> tuple[int, int, int]:
    """Rows of the first weight, the totals and the ranks on sheet Afweging."""
    ws = openpyxl.load_workbook(path)["Afweging"]
    labels: dict[object, int] = {}
    for r in range(ws.max_row, 0, -1):  # the first row with a label wins (criteria appear twice)
        labels[ws.cell(r, 1).value] = r
    first = labels["Kwaliteit en informatieveiligheid"]
    return first, labels["Gewogen totaalscore (0–100)"], labels["Rangorde"]  # noqa: RUF001 - the en dash of a range


def _check_against_model(path: Path, overrides: dict[str, float]) -> None:
    _, scenario = service.open_scenario(SCENARIO)
    ranking = service.rank(scenario, overrides)
    values = evaluate(path)
    _, total, rank = _layout(path)
    for ranked in ranking.order:
        column = "DEFG"[ranked.index]
        assert values[f"{SHEET}!{column}{total}"] == pytest.approx(ranked.score * 100, abs=1e-9)
        assert values[f"{SHEET}!{column}{rank}"] == ranked.rank
        assert values[f"{SHEET}!{column}{rank + 1}"] == ("★" if ranked.rank == 1 else "")


def test_the_formulas_give_partnerkeuzes_totals_and_ranks(memo: Memo, tmp_path: Path) -> None:
    path = tmp_path / "memo.xlsx"
    path.write_bytes(xlsx.render(memo))
    _check_against_model(path, {})


def test_a_reader_who_changes_a_weight_sees_the_model_change_too(memo: Memo, tmp_path: Path) -> None:
    path = tmp_path / "memo.xlsx"
    path.write_bytes(xlsx.render(memo))
    workbook = openpyxl.load_workbook(path)
    first, _, _ = _layout(path)
    workbook["Afweging"].cell(first + 1, 2).value = 140  # Structurele kosten: 35 -> 140 points
    workbook.save(path)
    _check_against_model(path, {"kosten": 140})  # Zelf doen now ranks first


def test_totals_and_ranks_are_formulas_not_numbers(memo: Memo) -> None:
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(memo)))["Afweging"]
    formulas_used = [str(c.value) for row in ws.iter_rows() for c in row if str(c.value).startswith("=")]
    assert any("SUMPRODUCT(" in f for f in formulas_used)
    assert any(f.startswith("=RANK(") for f in formulas_used)


def test_golden_cells(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.render(make_memo(sensitivity=True))))
    lines = []
    for ws in workbook.worksheets:
        lines.append(f"## {ws.title}")
        lines += [f"{c.coordinate}: {c.value!r}" for row in ws.iter_rows() for c in row if c.value is not None]
        lines += [f"{c.coordinate} note: {c.comment.text!r}" for row in ws.iter_rows() for c in row if c.comment]
    golden("xlsx/memo.txt", "\n".join(lines) + "\n")


def test_public_version_has_no_confidential_text(make_memo: Callable[..., Memo]) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.render(make_memo(openbaar=True, sensitivity=True))))
    text = repr([[c.value for c in row] for ws in workbook.worksheets for row in ws.iter_rows()])
    comments = repr([c.comment.text for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.comment])
    assert "Markt B" not in text + comments
    assert "Prijsafspraak" not in text + comments


def test_same_memo_same_bytes_and_fixed_properties(memo: Memo) -> None:
    data = xlsx.render(memo)
    assert xlsx.render(memo) == data
    props = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert (props.created, props.modified) == (dt.datetime(2024, 3, 15), dt.datetime(2024, 3, 15))
    assert (props.creator, props.lastModifiedBy, props.title) == ("Gemeente Voorbeeld", "partnerkeuze", memo.title)


def test_a_tie_shares_a_rank_in_excel_too(write_scenario: Callable[..., Path], tmp_path: Path) -> None:
    """Totals equal up to rounding noise (1/6 + 2/6 against 3/6) share a rank, as in partnerkeuze."""
    scenario_path = write_scenario("""
        versie: 1
        titel: Gelijkspel
        criteria:
          - {id: a, gewicht: 1, bereik: [0, 1]}
          - {id: b, gewicht: 2, bereik: [0, 1]}
          - {id: c, gewicht: 3, bereik: [0, 1]}
        kandidaten:
          - {id: x, scores: {a: 1, b: 1, c: 0}}
          - {id: y, scores: {a: 0, b: 0, c: 1}}
          - {id: z, scores: {a: 0, b: 0, c: 0.1}}
    """)
    loaded, scenario = service.open_scenario(scenario_path)
    ranking = service.rank(scenario)
    assert [c.rank for c in sorted(ranking.order, key=lambda c: c.index)] == [1, 1, 3]
    from partnerkeuze.render.memo import build_memo

    memo = build_memo(ranking, sha256=loaded.sha256, export_date=dt.date(2024, 1, 1))
    path = tmp_path / "tie.xlsx"
    path.write_bytes(xlsx.render(memo))
    values = evaluate(path)
    ws = openpyxl.load_workbook(path)["Afweging"]
    rank_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Rangorde")
    assert [values[f"{SHEET}!{c}{rank_row}"] for c in "DEF"] == [1, 1, 3]


def test_the_status_quo_row_is_a_live_difference(tmp_path: Path) -> None:
    """Haaksbergen 2020: each total minus the status quo's (zelf doen), in points."""
    import datetime as _dt  # noqa: PLC0415

    from partnerkeuze.render.memo import build_memo  # noqa: PLC0415

    loaded, scenario = service.open_scenario(Path(__file__).parent.parent.parent / "scenarios" / "haaksbergen-2020.yaml")
    ranking = service.rank(scenario)
    path = tmp_path / "haaksbergen.xlsx"
    path.write_bytes(xlsx.render(build_memo(ranking, sha256=loaded.sha256, export_date=_dt.date(2024, 3, 15))))
    ws = openpyxl.load_workbook(path)["Afweging"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Verschil met status quo")

    values = evaluate(path)

    assert values[f"{SHEET}!D{row}"] == pytest.approx(23.75, abs=1e-9)  # Enschede
    assert values[f"{SHEET}!E{row}"] == pytest.approx(30.0, abs=1e-9)  # Hengelo
    assert ws.cell(row, 6).value == "status quo"


def _formula_cells(data: bytes) -> dict[str, str]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return {f"{ws.title}!{c.coordinate}": str(c.value) for ws in workbook.worksheets
            for row in ws.iter_rows() for c in row if c.data_type == "f"}


HOSTILE = {"kwaliteit": '=HYPERLINK("http://x","klik")', "a": "@SUM(1)", "b": "+31 6", "c": "-1+2", "d": "#N/A"}


def test_scenario_text_that_looks_like_a_formula_stays_text(write_scenario: Callable[..., Path]) -> None:
    """Issue 16: names and rationales are text; the only formulas are the ones partnerkeuze wrote."""
    def export(names: dict[str, str]) -> bytes:
        path = write_scenario(f"""
            versie: 1
            titel: '{names["kwaliteit"].replace("'", "''")}'
            criteria:
              - {{id: kwaliteit, naam: '{names["kwaliteit"].replace("'", "''")}', gewicht: 2, schaal: oordeel}}
              - {{id: kosten, naam: '{names["a"]}', gewicht: 1, bereik: [0, 10], richting: min}}
            kandidaten:
              - id: x
                naam: '{names["b"]}'
                scores: {{kwaliteit: {{waarde: "+", onderbouwing: '{names["c"]}'}}, kosten: 3}}
              - {{id: y, naam: '{names["d"]}', scores: {{kwaliteit: "0", kosten: 5}}}}
        """)
        loaded, scenario = service.open_scenario(path)
        report = service.sensitivity(scenario, samples=0)
        from partnerkeuze.render.memo import build_memo  # noqa: PLC0415
        from partnerkeuze.render.robustness import memo_sensitivity  # noqa: PLC0415

        return xlsx.render(build_memo(report.ranking, sha256=loaded.sha256, export_date=dt.date(2024, 1, 1),
                                      sensitivity=memo_sensitivity(report)))

    hostile = export(HOSTILE)
    harmless = export({key: f"naam {k}" for k, key in enumerate(HOSTILE)})

    assert _formula_cells(hostile) == _formula_cells(harmless)
    workbook = openpyxl.load_workbook(io.BytesIO(hostile))
    texts = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.data_type == "s"]
    for value in HOSTILE.values():
        assert value in texts
    assert all(c.data_type != "e" for ws in workbook.worksheets for row in ws.iter_rows() for c in row)


def test_ranking_words_come_from_formulas_and_the_weights_add_up_in_their_own_row(memo: Memo) -> None:
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(memo)))["Afweging"]
    cells = [c for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "s" and "★" in str(c.value) and not
                str(c.value).startswith("★ =")]  # the ★ only in the legend and in the live formula row
    labels = {ws.cell(r, 1).value: r for r in range(ws.max_row, 0, -1)}
    assert ws.cell(labels["Som van de gewichten"], 2).value.startswith("=SUM(")
    assert ws.cell(labels["Gewogen totaalscore (0–100)"], 2).value is None  # noqa: RUF001


def test_every_sheet_prints_on_a4_as_wide_as_the_page(make_memo: Callable[..., Memo]) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.render(make_memo(sensitivity=True))))
    for ws in workbook.worksheets:
        assert ws.page_setup.paperSize == int(ws.PAPERSIZE_A4), ws.title
        assert ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight in (0, 1), ws.title  # 1: it nearly fits, so one page
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert workbook["Afweging"].page_setup.fitToHeight == 1  # not its last lines on a page of their own
    assert workbook["Afweging"].print_title_rows
    assert workbook["Onderbouwing"].print_title_rows == "$1:$1"


def test_wrapped_rationales_get_rows_tall_enough_to_read(memo: Memo) -> None:
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(memo)))["Onderbouwing"]
    width = ws.column_dimensions["E"].width
    for r in range(2, ws.max_row + 1):
        note = str(ws.cell(r, 5).value)
        assert ws.cell(r, 5).alignment.wrap_text
        assert (ws.row_dimensions[r].height or 15) >= 15 * xlsx_cells.lines_needed(note, width) - 1e-9


def test_note_numbers_are_visible_in_the_score_cells(memo: Memo) -> None:
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(memo)))["Afweging"]
    with_comment = [c for row in ws.iter_rows() for c in row if c.comment]
    assert with_comment
    for cell in with_comment:
        number = cell.comment.text.split(".")[0]
        assert str(cell.value).endswith(" " + number.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")))




def test_derived_weight_points_show_three_decimals_and_keep_their_exact_value(
    make_memo: Callable[..., Memo],
) -> None:
    """An AHP or group weight is a long decimal: 24,32 on paper, the exact number in the cell."""
    def weight_cell(memo: Memo) -> openpyxl.cell.Cell:
        ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(memo)))["Afweging"]
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Kwaliteit en informatieveiligheid")
        return ws.cell(row, 2)

    whole, derived = weight_cell(make_memo()), weight_cell(make_memo(overrides={"kwaliteit": 24.3201072}))

    assert whole.number_format.endswith("]0")
    assert derived.number_format.endswith("]0.0##")
    assert derived.value == 24.3201072
