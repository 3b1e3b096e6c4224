"""The workbooks as LibreOffice Calc computes them: after a weight change, what partnerkeuze says.

Every shipped scenario (a file with tasks as its portfolio workbook), in Dutch and in
English, is exported; one weight on one sheet is raised with openpyxl, as a
reader would type it; Calc recalculates every formula on load and writes each sheet as
CSV. The totals, ranks and ★ on that sheet, and the portfolio's best partner per task,
must be what ``rank --weight`` gives for the same weights.
"""

from __future__ import annotations

import csv
import dataclasses
import subprocess
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from partnerkeuze.app import service
from partnerkeuze.app.export import ExportOptions, export
from partnerkeuze.app.portfolio import portfolio
from partnerkeuze.language import set_language
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolved import ValueFunction
from realprograms import CSV_PER_SHEET, office_profile, pdf_text, require

pytestmark = pytest.mark.real_programs
SCENARIOS = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))
CASES = [(path, language) for language in ("nl", "en") for path in SCENARIOS]


@dataclass
class Changed:
    """One exported workbook with one weight raised on one sheet, and what partnerkeuze says then."""

    name: str
    sheet: str  # the sheet whose weight was changed
    rows: dict[str, int]  # 'total', 'rank', 'star', 'summary' (portfolio row of the task, or 0)
    expected: service.Ranking


def _rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> tuple[range, dict[str, int]]:
    """The criteria rows and the rows of totals, ranks and ★, found by their formulas."""
    found: dict[str, int] = {}
    for r in range(1, ws.max_row + 1):
        value = str(ws.cell(r, 4).value)
        for key, start in (("total", "=ROUND(SUMPRODUCT("), ("rank", "=RANK("), ("star", '=IF(AND(')):
            if value.startswith(start) and key not in found:
                found[key] = r
    share = [r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 3).value).startswith("=B")]
    return range(share[0], share[-1] + 1), found


def _change(path: Path, scenario_path: Path, language: str) -> Changed:
    """On the last task's sheet (or the only one), raise the weight where the runner-up is strongest."""
    set_language(language)  # type: ignore[arg-type]
    loaded = load(scenario_path)
    if loaded.scenario.tasks:
        scenario = portfolio(loaded).tasks[-1].scenario
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[len(loaded.scenario.tasks)]  # after 'Portfolio'
    else:
        scenario = service.open_scenario(scenario_path)[1]
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
    criteria, rows = _rows(sheet)
    ids = {c.name: c.id for c in scenario.criteria}
    ranking = service.rank(scenario)
    winner, second = ranking.order[0], ranking.order[min(1, len(ranking.order) - 1)]
    position = {c.id: j for j, c in enumerate(scenario.criteria)}

    def gap(r: int) -> float:
        j = position[ids[sheet.cell(r, 1).value]]
        return second.values[j] - winner.values[j]

    target = max(criteria, key=gap)
    sheet.cell(target, 2).value = float(sheet.cell(target, 2).value or 0) * 5 + 50
    workbook.save(path)
    overrides = {ids[sheet.cell(r, 1).value]: float(sheet.cell(r, 2).value or 0) for r in criteria}
    rows["summary"] = _summary_row(workbook, len(loaded.scenario.tasks)) if loaded.scenario.tasks else 0
    return Changed(path.stem, sheet.title, rows, service.rank(scenario, overrides))


def _summary_row(workbook: openpyxl.Workbook, tasks: int) -> int:
    """The portfolio row of the last task: the last row whose best partner is a formula."""
    ws = workbook.worksheets[0]
    return max(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 3).value).startswith("=INDEX("))


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Changed], Path]:
    folder = tmp_path_factory.mktemp("xlsx-real")
    changed = {}
    for k, (scenario_path, language) in enumerate(CASES):
        path = folder / f"{k}-{scenario_path.stem}-{language}.xlsx"
        set_language(language)  # type: ignore[arg-type]
        export(scenario_path, ExportOptions(output=path, samples=0))
        changed[path.stem] = _change(path, scenario_path, language)
    set_language("nl")
    out = folder / "csv"
    _convert(sorted(folder.glob("*.xlsx")), CSV_PER_SHEET, out, office_profile(folder / "profile"))
    return changed, out


def _convert(sources: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """All workbooks in one soffice run (one start of LibreOffice: 16 files in ~5 s instead of ~26 s)."""
    outdir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [require("soffice"), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), *map(str, sources)],
        capture_output=True, text=True, timeout=240, check=False,
    )
    missing = [s.name for s in sources if not any(outdir.glob(f"{s.stem}*"))]
    assert result.returncode == 0 and not missing, f"soffice did not convert {missing}: {result.stdout}{result.stderr}"


def _sheet(out: Path, workbook: str, sheet: str) -> list[list[str]]:
    with (out / f"{workbook}-{sheet}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _number(text: str) -> float:
    """A raw value as Calc writes it: a Dutch-formatted cell keeps its decimal comma."""
    return float(text.replace(",", "."))


@pytest.mark.parametrize("case", [f"{k}-{p.stem}-{lang}" for k, (p, lang) in enumerate(CASES)])
def test_calc_after_a_weight_change_gives_what_rank_weight_gives(calc: tuple[dict[str, Changed], Path],
                                                                 case: str) -> None:
    changed, out = calc
    c = changed[case]
    table = _sheet(out, c.name, c.sheet)
    totals = table[c.rows["total"] - 1]
    ranks = table[c.rows["rank"] - 1]
    stars = table[c.rows["star"] - 1]
    for ranked in c.expected.order:
        column = 3 + ranked.index
        assert _number(totals[column]) == pytest.approx(ranked.score * 100, abs=1e-9)
        assert _number(ranks[column]) == ranked.rank
        assert (stars[column] == "★") == (ranked.rank == 1 and len(c.expected.order) > 1)
    if c.rows["summary"]:
        summary = next(p for p in out.glob(f"{c.name}-*.csv") if p.stem == f"{c.name}-Portfolio")
        with summary.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        best = next(r for r in c.expected.order if r.rank == 1)
        assert rows[c.rows["summary"] - 1][2] == best.name


def test_the_changes_are_big_enough_to_move_the_winner_somewhere(calc: tuple[dict[str, Changed], Path]) -> None:
    """Otherwise the test above would only show that an unchanged workbook stays unchanged."""
    changed, _ = calc
    moved = [c.name for c in changed.values() if c.expected.order[0].base_rank != 1]
    assert len(moved) >= len(changed) // 2, moved


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every shipped scenario in both languages, as exported (no change made)."""
    folder = tmp_path_factory.mktemp("xlsx-as-exported")
    paths = {}
    for scenario_path, language in CASES:
        paths[f"{scenario_path.stem}-{language}"] = path = folder / f"{scenario_path.stem}-{language}.xlsx"
        set_language(language)  # type: ignore[arg-type]
        export(scenario_path, ExportOptions(output=path, samples=0))
    set_language("nl")
    return paths


def test_tabs_are_whole_words_and_every_sheet_prints_on_a4(exported: dict[str, Path]) -> None:
    for case, path in exported.items():
        workbook = openpyxl.load_workbook(path)
        for ws in workbook.worksheets:
            assert (ws.page_setup.paperSize, ws.page_setup.fitToWidth) == (9, 1), (case, ws.title)
            assert ws.sheet_properties.pageSetUpPr.fitToPage, (case, ws.title)
            assert len(ws.title) <= 31, (case, ws.title)
        loaded = load(SCENARIOS[0].parent / f"{case.rsplit('-', 1)[0]}.yaml")
        for task, ws in zip(loaded.scenario.tasks or [], workbook.worksheets[1:], strict=False):
            full = str(ws["A1"].value)  # the task's name in full, whatever the tab says
            assert full == task.label, case
            if ws.title != full:
                assert ws.title.endswith("…") and full.startswith(ws.title[:-1]), (case, ws.title)
                assert full[len(ws.title) - 1] == " ", (case, ws.title)  # cut before a space, not inside a word


def test_a_task_sheet_prints_on_one_page_with_nothing_cut(exported: dict[str, Path], tmp_path: Path) -> None:
    """As a reader prints it: the Afweging of Haaksbergen and each task sheet of Ommen on a page of its own."""
    sources = [exported["haaksbergen-2020-nl"], exported["ommen-diensten-en"]]
    _convert(sources, "pdf", tmp_path, office_profile(tmp_path / "profile"))
    first = pdf_text(tmp_path / "haaksbergen-2020-nl.pdf").split("\f")[0]
    assert "Partner voor de bedrijfsvoering" in first and "Reproduceerbaarheid" in first
    assert "Hengelo ★" not in first and "68,8" in first and "75,0" in first
    pages = pdf_text(tmp_path / "ommen-diensten-en.pdf").split("\f")
    workbook = openpyxl.load_workbook(exported["ommen-diensten-en"])
    tasks = [ws["A1"].value for ws in workbook.worksheets[1:-1]]
    for k, task in enumerate(tasks, start=1):  # page 0 is the portfolio, then one page per task
        assert pages[k].startswith(task) and "Reproducibility" in pages[k], (k, pages[k][:200])
    assert not [p for p in pages if "###" in p or "Err:" in p]


# --- a value function's point moved in the workbook (issue #13) -------------------------------


@pytest.fixture(scope="module")
def moved_point(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, service.Ranking]:
    """The value-function scenario exported, two points of its cost function moved on 'Gegevens' as a reader
    would (€ 200.000 from 90 to 40, € 600.000 from 10 to 80), recalculated by Calc; and what partnerkeuze
    ranks with those points."""
    folder = tmp_path_factory.mktemp("xlsx-value-function")
    scenario_path = SCENARIOS[0].parent / "haaksbergen-2021-waardefunctie.yaml"
    path = folder / "curve.xlsx"
    export(scenario_path, ExportOptions(output=path, samples=0))
    workbook = openpyxl.load_workbook(path)
    data = workbook[t("memo.xlsx_sheet_data")]
    title = next(r for r in range(1, data.max_row + 1)
                 if data.cell(r, 2).value == t("xlsx.curve_title", criterion="Structurele kosten"))
    moved = {200000: 40, 600000: 80}
    for c in range(6, data.max_column + 1):
        if data.cell(title + 1, c).value in moved:
            data.cell(title + 2, c).value = moved[data.cell(title + 1, c).value]
    workbook.save(path)
    _convert([path], CSV_PER_SHEET, folder / "csv", office_profile(folder / "profile"))
    scenario = service.open_scenario(scenario_path)[1]
    criteria = tuple(
        dataclasses.replace(c, value_function=ValueFunction(tuple((x, moved.get(int(x), v)) for x, v in
                                                                  c.value_function.points)))
        if c.id == "kosten_structureel" and c.value_function else c
        for c in scenario.criteria
    )
    return folder / "csv", service.rank(dataclasses.replace(scenario, criteria=criteria))


def test_calc_after_moving_a_point_of_a_value_function_ranks_as_partnerkeuze(
    moved_point: tuple[Path, service.Ranking],
) -> None:
    """The moved points turn the ranking round: the full move to Hengelo comes first (73,5 against 68,0)."""
    out, expected = moved_point
    workbook = openpyxl.load_workbook(next(out.parent.glob("*.xlsx")))
    _, rows = _rows(workbook.worksheets[0])
    table = _sheet(out, "curve", workbook.worksheets[0].title)
    assert [r.id for r in expected.order][:2] == ["hengelo_volledig", "hengelo_ict"]
    for ranked in expected.order:
        assert _number(table[rows["total"] - 1][3 + ranked.index]) == pytest.approx(ranked.score * 100, abs=1e-9)
        assert _number(table[rows["rank"] - 1][3 + ranked.index]) == ranked.rank
    assert expected.order[0].score == pytest.approx(0.735)
