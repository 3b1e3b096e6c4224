"""The portfolio's workbook: a summary whose best partners are formulas over live task sheets."""

from __future__ import annotations

from collections.abc import Callable
import io
from pathlib import Path

import openpyxl
import pytest

from partnerkeuze.render import xlsx_cells, xlsx_portfolio
from partnerkeuze.render.portfolio_view import PortfolioMemo
from render.conftest import EXPORT_DATE, PORTFOLIO
from render.test_xlsx import evaluate


def _portfolio_rows(path: Path) -> range:
    ws = openpyxl.load_workbook(path)["Portfolio"]
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Taak") + 1
    last = next(r for r in range(first, ws.max_row + 2) if ws.cell(r, 1).value is None)
    return range(first, last)


def test_a_portfolio_workbook_has_a_live_summary_and_a_live_sheet_per_task(
    make_portfolio: Callable[..., PortfolioMemo], tmp_path: Path,
) -> None:
    portfolio = make_portfolio()
    path = tmp_path / "portfolio.xlsx"
    path.write_bytes(xlsx_portfolio.render_portfolio(portfolio))

    workbook = openpyxl.load_workbook(path)

    names = [name for _, name, _ in portfolio.tasks]
    assert workbook.sheetnames[0] == "Portfolio"
    assert workbook.sheetnames[-1] == "Gegevens"
    assert workbook.sheetnames[1:-1] == xlsx_cells.sheet_names(names, taken={"Portfolio", "Gegevens"})
    summary = workbook["Portfolio"]
    rows = _portfolio_rows(path)
    header = [c.value for c in summary[rows.start - 1]]
    assert header[:9] == [*portfolio.header[:6], "Robuustheid (bij export)", "Advies (bij export)", "Sinds export"]
    assert summary.cell(rows.start, 1).hyperlink.location == "'ICT'!A1"
    values = evaluate(path)
    for r, row, (_, name, memo), title in zip(rows, portfolio.rows, portfolio.tasks, workbook.sheetnames[1:-1],
                                             strict=True):
        assert str(summary.cell(r, 3).value).startswith("=INDEX(")  # the best partner is a formula
        assert values[f"PORTFOLIO!C{r}"] == row[2]
        winner = next(c for c in memo.columns if c.rank == 1)
        assert values[f"PORTFOLIO!D{r}"] == pytest.approx(winner.total * 100, abs=1e-9)
        assert values[f"PORTFOLIO!I{r}"] == ""  # nothing changed since the export
        ws = workbook[title]
        assert ws["A1"].value == name  # the full task name, whatever the tab says
        labels = {ws.cell(r2, 1).value: r2 for r2 in range(ws.max_row, 0, -1)}
        total, rank = labels["Gewogen totaalscore (0–100)"], labels["Rangorde"]  # noqa: RUF001
        for i, column in enumerate(memo.columns):
            letter = "DEFGHIJ"[i]
            assert values[f"{title.upper()}!{letter}{total}"] == pytest.approx(column.total * 100, abs=1e-9)
            assert values[f"{title.upper()}!{letter}{rank}"] == column.rank


def test_a_weight_changed_on_a_task_sheet_changes_the_portfolios_best_partner(
    make_portfolio: Callable[..., PortfolioMemo], tmp_path: Path,
) -> None:
    portfolio = make_portfolio()
    path = tmp_path / "portfolio.xlsx"
    path.write_bytes(xlsx_portfolio.render_portfolio(portfolio))
    workbook = openpyxl.load_workbook(path)
    ws = workbook["ICT"]
    labels = {ws.cell(r, 1).value: r for r in range(ws.max_row, 0, -1)}
    ws.cell(labels["Nabijheid en lokale kennis"], 2).value = 1000  # 'zelf doen' scores ++ on it

    workbook.save(path)
    values = evaluate(path)

    row = _portfolio_rows(path).start
    assert values[f"PORTFOLIO!C{row}"] == "Zelf doen"
    assert values[f"PORTFOLIO!I{row}"] == "andere beste partner dan bij export"


def test_a_portfolio_workbook_is_byte_identical(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()
    data = xlsx_portfolio.render_portfolio(portfolio)
    assert data == xlsx_portfolio.render_portfolio(portfolio)
    assert openpyxl.load_workbook(io.BytesIO(data)).properties.title == portfolio.title


def test_a_summary_row_has_room_for_whichever_candidate_a_change_makes_best_or_runner_up(
    make_portfolio: Callable[..., PortfolioMemo],
) -> None:
    portfolio = make_portfolio()
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_portfolio.render_portfolio(portfolio)))["Portfolio"]
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Taak") + 1
    for r, (_, _, memo) in zip(range(first, first + len(portfolio.tasks)), portfolio.tasks, strict=True):
        for column in "CE":
            width = ws.column_dimensions[column].width
            lines = max(xlsx_cells.lines_needed(c.name, width) for c in memo.columns)
            assert (ws.row_dimensions[r].height or 15) >= 15 * lines


HOSTILE = ['=HYPERLINK("http://x","klik")', "@SUM(1)", "+31 6", "-1+2", "=1+1", "#N/A", "'quoted'", '="a"&"b"']


def _ommen_portfolio(path: Path) -> PortfolioMemo:
    from partnerkeuze.app import service  # noqa: PLC0415
    from partnerkeuze.app.portfolio import portfolio  # noqa: PLC0415
    from partnerkeuze.render.memo import build_memo  # noqa: PLC0415
    from partnerkeuze.render.portfolio_view import portfolio_memo  # noqa: PLC0415
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415

    loaded = load(path)
    result = portfolio(loaded)
    memos = [build_memo(service.rank(task.scenario), sha256=loaded.sha256, export_date=EXPORT_DATE)
             for task in result.tasks]
    return portfolio_memo(result, memos)


def test_a_portfolio_with_formula_like_names_keeps_them_text_and_its_formulas_still_match(tmp_path: Path) -> None:
    """Issue 16: task, layer and candidate names and rationales that look like formulas; quoted in our formulas."""
    import yaml  # noqa: PLC0415

    source = yaml.safe_load(PORTFOLIO.read_text(encoding="utf-8"))
    source["titel"], source["organisatie"] = HOSTILE[0], HOSTILE[1]
    for k, task in enumerate(source["taken"]):
        task["naam"] = f"{HOSTILE[k % len(HOSTILE)]} taak {k}"
    for k, layer in enumerate(source["lagen"].values()):
        layer["naam"] = HOSTILE[(k + 3) % len(HOSTILE)]
    for k, candidate in enumerate(source["kandidaten"]):
        candidate["naam"] = f"{HOSTILE[(k + 2) % len(HOSTILE)]} {k}"
        for score in candidate["scores"].values():
            if isinstance(score, dict):
                score["onderbouwing"], score["bron"] = HOSTILE[4], HOSTILE[5]
    hostile_path = tmp_path / "hostile.yaml"
    hostile_path.write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")

    memo = _ommen_portfolio(hostile_path)
    hostile = xlsx_portfolio.render_portfolio(memo)
    harmless = xlsx_portfolio.render_portfolio(_ommen_portfolio(PORTFOLIO))

    def formula_cells(data: bytes) -> set[tuple[int, str]]:
        workbook = openpyxl.load_workbook(io.BytesIO(data))
        return {(k, c.coordinate) for k, ws in enumerate(workbook.worksheets) for row in ws.iter_rows() for c in row
                if c.data_type == "f"}

    assert formula_cells(hostile) == formula_cells(harmless)
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(hostile)
    workbook = openpyxl.load_workbook(path)
    texts = {str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.data_type == "s"}
    assert all(any(value in text for text in texts) for value in HOSTILE)
    values = evaluate(path)
    for r, exported in zip(_portfolio_rows(path), memo.rows, strict=True):
        assert values[f"PORTFOLIO!C{r}"] == exported[2]  # the live best partner is the exported one
        assert values[f"PORTFOLIO!I{r}"] == ""  # so nothing changed since the export, quotes and all


def test_value_functions_of_every_task_sit_on_the_shared_data_sheet(tmp_path: Path) -> None:
    """Issue #13: each task's function block below its own raw scores; every task sheet's totals as partnerkeuze's."""
    from cli.test_cli_decision import CURVED_PORTFOLIO  # noqa: PLC0415

    from partnerkeuze.app import service  # noqa: PLC0415
    from partnerkeuze.app.portfolio import portfolio  # noqa: PLC0415
    from partnerkeuze.render.memo import build_memo  # noqa: PLC0415
    from partnerkeuze.render.portfolio_view import portfolio_memo  # noqa: PLC0415
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415

    source = tmp_path / "s.yaml"
    source.write_text(CURVED_PORTFOLIO, encoding="utf-8")
    loaded = load(source)
    result = portfolio(loaded)
    memos = [build_memo(service.rank(task.scenario), sha256=loaded.sha256, export_date=EXPORT_DATE)
             for task in result.tasks]
    path = tmp_path / "portfolio.xlsx"
    path.write_bytes(xlsx_portfolio.render_portfolio(portfolio_memo(result, memos)))

    workbook = openpyxl.load_workbook(path)
    values = evaluate(path)

    data = workbook["Gegevens"]
    titles = [r for r in range(1, data.max_row + 1) if str(data.cell(r, 2).value).startswith("Waardefunctie: ")]
    assert len(titles) == 3 * 2  # three functions in each of the two tasks, none written over another
    for memo, title in zip(memos, workbook.sheetnames[1:-1], strict=True):
        ws = workbook[title]
        total = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 4).value).startswith("=ROUND(SUMPRODUCT("))
        for i, column in enumerate(memo.columns):
            assert values[f"{title.upper()}!{'DEFG'[i]}{total}"] == pytest.approx(column.total * 100, abs=1e-9)
