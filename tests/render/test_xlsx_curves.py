"""Value functions in the workbook (``xlsx_curves.py``): points on 'Gegevens', values as live formulas.

Evaluated by the ``formulas`` engine here; LibreOffice Calc recalculates a moved point in
``test_xlsx_real.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from partnerkeuze.app import service
from partnerkeuze.render import xlsx, xlsx_curves
from partnerkeuze.render.memo import build_memo
from render.test_curves import SCENARIO as CURVE_SCENARIO
from render.test_xlsx import SHEET, evaluate

# The scenario of test_curves.py with a third candidate, whose € 800.000 is worth nothing.
CURVES = CURVE_SCENARIO + '  - {id: c, naam: C, scores: {kosten: 800000, kwaliteit: "+", afstand: 0}}\n'


def _curve_workbook(write_scenario: Callable[..., Path], tmp_path: Path) -> tuple[Path, service.Ranking]:
    loaded, scenario = service.open_scenario(write_scenario(CURVES))
    ranking = service.rank(scenario)
    path = tmp_path / "curves.xlsx"
    path.write_bytes(xlsx.render(build_memo(ranking, sha256=loaded.sha256, export_date=dt.date(2024, 3, 15))))
    return path, ranking


def _totals(path: Path) -> list[float]:
    ws = openpyxl.load_workbook(path)["Afweging"]
    total = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 4).value).startswith("=ROUND(SUMPRODUCT("))
    values = evaluate(path)
    return [float(values[f"{SHEET}!{column}{total}"]) for column in "DEF"]  # type: ignore[arg-type]


def test_value_functions_are_live_formulas_over_their_points(write_scenario: Callable[..., Path],
                                                             tmp_path: Path) -> None:
    path, ranking = _curve_workbook(write_scenario, tmp_path)
    data = openpyxl.load_workbook(path)["Gegevens"]

    by_index = {r.index: r for r in ranking.order}
    assert _totals(path) == [pytest.approx(by_index[i].score * 100, abs=1e-9) for i in range(3)]
    titles = [data.cell(r, 2).value for r in range(1, data.max_row + 1)]
    assert {"Waardefunctie: Kosten per jaar", "Waardefunctie: Afstand"} <= set(titles)
    formulas_used = [str(c.value) for row in data.iter_rows() for c in row if str(c.value).startswith("=")]
    assert any("MATCH(MEDIAN(" in f for f in formulas_used)
    assert [data.cell(r, 3).value for r in range(4, 7)] == ["waardefunctie"] * 3


def test_a_reader_who_moves_a_point_sees_the_ranking_change(write_scenario: Callable[..., Path],
                                                            tmp_path: Path) -> None:
    """C's € 800.000 is worth 0; raise that point to 100 and C gains 0,4 x 100 = 40 points."""
    path, _ = _curve_workbook(write_scenario, tmp_path)
    before = _totals(path)
    workbook = openpyxl.load_workbook(path)
    data = workbook["Gegevens"]
    title = next(r for r in range(1, data.max_row + 1) if data.cell(r, 2).value == "Waardefunctie: Kosten per jaar")
    data.cell(title + 2, 9).value = 100  # the fourth point (column I): € 800.000
    workbook.save(path)

    after = _totals(path)

    assert after[2] == pytest.approx(before[2] + 40, abs=1e-9)
    assert after[:2] == pytest.approx(before[:2], abs=1e-12)


def test_blocks_sit_below_the_raw_scores_one_after_another(write_scenario: Callable[..., Path]) -> None:
    """Three functions after criteria rows 4-6: title, scores, values, (labels,) piece, result, a blank row."""
    loaded, scenario = service.open_scenario(write_scenario(CURVES))
    memo = build_memo(service.rank(scenario), sha256=loaded.sha256, export_date=dt.date(2024, 3, 15))

    found = xlsx_curves.blocks(memo, [4, 5, 6])

    assert [(b.title, b.scores, b.values, b.labels, b.piece, b.result) for b in found.values()] == [
        (8, 9, 10, None, 11, 12), (14, 15, 16, 17, 18, 19), (21, 22, 23, None, 24, 25)]
    assert xlsx_curves.value_cell("Gegevens", memo, [4, 5, 6], 1, 2) == "=Gegevens!H19"
    assert xlsx_curves.ends(memo, [4, 5, 6], 0) == ("=$F$9", "=$I$9")
