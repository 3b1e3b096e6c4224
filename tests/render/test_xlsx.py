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
from partnerkeuze.render import xlsx
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


# --- the portfolio (a file with tasks) ------------------------------------------------


def test_a_portfolio_workbook_has_the_summary_and_a_live_sheet_per_task(
    make_portfolio: Callable[..., PortfolioMemo], tmp_path: Path,
) -> None:
    portfolio = make_portfolio()
    path = tmp_path / "portfolio.xlsx"
    path.write_bytes(xlsx.render_portfolio(portfolio))

    workbook = openpyxl.load_workbook(path)

    names = [name for _, name, _ in portfolio.tasks]
    assert workbook.sheetnames[0] == "Portfolio"
    assert workbook.sheetnames[-1] == "Gegevens"
    assert workbook.sheetnames[1:-1] == [name[:31] for name in names]
    summary = workbook["Portfolio"]
    assert [c.value for c in summary[4]][:8] == list(portfolio.header)
    assert [[c.value for c in summary[5 + k]][:8] for k in range(len(names))] == [list(r) for r in portfolio.rows]
    assert summary["A5"].hyperlink.location == "'ICT'!A1"
    values = evaluate(path)
    for title, (_, _, memo) in zip(workbook.sheetnames[1:-1], portfolio.tasks, strict=True):
        ws = workbook[title]
        labels = {ws.cell(r, 1).value: r for r in range(ws.max_row, 0, -1)}
        total, rank = labels["Gewogen totaalscore (0–100)"], labels["Rangorde"]  # noqa: RUF001
        for i, column in enumerate(memo.columns):
            letter = "DEFGHIJ"[i]
            assert str(ws[f"{letter}{total}"].value).startswith("=ROUND(SUMPRODUCT(")
            assert str(ws[f"{letter}{rank}"].value).startswith("=RANK(")
            assert values[f"{title.upper()}!{letter}{total}"] == pytest.approx(column.total * 100, abs=1e-9)
            assert values[f"{title.upper()}!{letter}{rank}"] == column.rank


def test_a_portfolio_workbook_is_byte_identical(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()
    data = xlsx.render_portfolio(portfolio)
    assert data == xlsx.render_portfolio(portfolio)
    assert openpyxl.load_workbook(io.BytesIO(data)).properties.title == portfolio.title


def test_sheet_names_are_short_unique_and_valid() -> None:
    long = "Administratie zorg en ondersteuning"
    names = xlsx._sheet_names([long, long, "a/b: c?", "portfolio", "ICT"], taken={"Portfolio", "Gegevens"})
    assert names == [long[:31], long[:27] + " (2)", "a b  c", "portfolio (2)", "ICT"]
    assert all(len(n) <= 31 for n in names)
