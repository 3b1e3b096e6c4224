"""``partnerkeuze export`` end to end through the CLI: every shipped scenario, every format."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from partnerkeuze.app import export as exporting
from partnerkeuze.cli import app
from partnerkeuze.errors import EXIT_OUTPUT, EXIT_USAGE, ExportError, UsageError
from partnerkeuze.scenario.loading import load
from render.conftest import SCENARIO

ROOT = Path(__file__).parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
# Files with tasks export the portfolio memo (tests at the end).
PORTFOLIOS = [ROOT / "scenarios" / "ommen-diensten.yaml", ROOT / "scenarios" / "hof-van-twente-lagen.yaml"]
SHIPPED = [p for p in SHIPPED if p not in PORTFOLIOS]
FORMATS = [f.value for f in exporting.ExportFormat]
DATE = ["--datum", "2024-03-15"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": None})


def run(runner: CliRunner, *args: str | Path) -> Result:
    return runner.invoke(app, ["export", *(str(a) for a in args)])


@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_exports_to_every_format(runner: CliRunner, scenario: Path, tmp_path: Path) -> None:
    for fmt in FORMATS:
        output = tmp_path / f"memo.{fmt}"
        result = run(runner, scenario, "-o", output, *DATE)
        assert result.exit_code == 0, result.output
        assert output.stat().st_size > 0
        assert f"Geschreven: {output}" in result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_scenario_gives_the_same_bytes(runner: CliRunner, fmt: str, tmp_path: Path) -> None:
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    assert run(runner, SCENARIO, "-o", first, *DATE).exit_code == 0
    assert run(runner, SCENARIO, "-o", second, *DATE).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_an_existing_file_is_replaced_only_with_force(runner: CliRunner, tmp_path: Path) -> None:
    output = tmp_path / "memo.md"
    output.write_text("ouder memo\n", encoding="utf-8")
    refused = run(runner, SCENARIO, "-o", output, *DATE)
    assert refused.exit_code == EXIT_OUTPUT
    assert "bestaat al; gebruik --force om het te vervangen" in refused.stderr
    assert output.read_text(encoding="utf-8") == "ouder memo\n"
    assert run(runner, SCENARIO, "-o", output, "--force", *DATE).exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("# Partner voor de ICT van Voorbeeld")


def test_never_writes_over_the_scenario_file(runner: CliRunner, tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.md"  # an extension that is also an export format
    scenario.write_bytes(SCENARIO.read_bytes())
    result = run(runner, scenario, "-o", scenario, "--force", *DATE)
    assert result.exit_code == EXIT_OUTPUT
    assert "is een van de bestanden die dit commando leest" in result.stderr
    assert scenario.read_bytes() == SCENARIO.read_bytes()


def test_openbaar_redacts_every_format(runner: CliRunner, tmp_path: Path) -> None:
    for fmt in FORMATS:
        output = tmp_path / f"openbaar.{fmt}"
        assert run(runner, SCENARIO, "-o", output, "--openbaar", *DATE).exit_code == 0
    for fmt in ("md", "html", "csv"):
        text = (tmp_path / f"openbaar.{fmt}").read_text(encoding="utf-8-sig")
        assert "Markt B" not in text
        assert "Prijsafspraak" not in text
        assert "Kandidaat B" in text
    assert "Openbare versie (Woo)" in (tmp_path / "openbaar.md").read_text(encoding="utf-8")


def test_the_format_comes_from_the_option_or_the_extension(runner: CliRunner, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(runner, SCENARIO, "--format", "md", *DATE).exit_code == 0
    assert (tmp_path / "scenario.md").read_text(encoding="utf-8").startswith("# ")
    assert run(runner, SCENARIO, "-o", "memo.txt", "-f", "csv", *DATE).exit_code == 0
    assert (tmp_path / "memo.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    unknown = run(runner, SCENARIO, "-o", "memo.pdf", *DATE)
    assert unknown.exit_code == EXIT_USAGE
    assert "kan het formaat niet afleiden uit 'memo.pdf'" in unknown.stderr
    assert run(runner, SCENARIO, *DATE).exit_code == EXIT_USAGE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.md", "--datum", "15-3-2024"], "--datum '15-3-2024': schrijf een datum als 2024-03-15"),
        (["-o", "x.md", "--template", "t.docx"], "--template werkt alleen voor Word (docx)"),
        (["-o", "x.docx", "--template", "geen.docx"], "--template geen.docx: geen bruikbaar Word-bestand"),
        (["-o", "x.md", "--weight", "onbekend=3"], "--weight: onbekend criterium 'onbekend'"),
        (["-f", "pdf"], "kan het formaat niet afleiden uit 'pdf'"),
    ],
)
def test_usage_errors(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, SCENARIO, *args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert not (tmp_path / "x.md").exists()


def test_weights_and_language_reach_the_file(runner: CliRunner, tmp_path: Path) -> None:
    output = tmp_path / "memo.csv"
    assert run(runner, SCENARIO, "-o", output, "--weight", "kosten=140", "--lang", "en", *DATE).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"), newline="")))
    first = {row["candidate"] for row in rows if row["rank"] == "1"}
    assert first == {"Zelf doen"}


def test_a_renderer_that_fails_half_way_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "memo.docx"
    output.write_bytes(b"het goede memo")

    def broken(*_args: object, **_kwargs: object) -> bytes:
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"]  # the temporary file is open
        msg = "renderer crashed"
        raise RuntimeError(msg)

    monkeypatch.setattr(exporting, "render", broken)
    options = exporting.ExportOptions(output=output, force=True)
    with pytest.raises(RuntimeError, match="renderer crashed"):
        exporting.export(SCENARIO, options)
    assert output.read_bytes() == b"het goede memo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.docx"]


def test_a_template_is_never_overwritten(tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.docx"
    template.write_bytes(b"PK")
    options = exporting.ExportOptions(output=template, template=template, force=True)
    with pytest.raises(ExportError, match="is een van de bestanden die dit commando leest"):
        exporting.export(SCENARIO, options)
    assert template.read_bytes() == b"PK"


def test_the_memo_carries_the_sensitivity_analysis_of_the_engine(tmp_path: Path) -> None:
    output = tmp_path / "memo.md"
    options = exporting.ExportOptions(output=output, samples=2_000, seed=7)
    exporting.export(Path("scenarios/haaksbergen-2020.yaml"), options)
    text = output.read_text(encoding="utf-8")
    assert "## Gevoeligheid" in text
    assert "Enschede wordt alleen eerste als het gewicht van Vermindering van kwetsbaarheid boven" in text
    assert "Bij 2.000 trekkingen" in text
    assert "seed 7" in text


def test_without_samples_the_memo_keeps_the_exact_analysis_only(tmp_path: Path) -> None:
    output = tmp_path / "memo.md"
    exporting.export(Path("scenarios/haaksbergen-2020.yaml"), exporting.ExportOptions(output=output, samples=0))
    text = output.read_text(encoding="utf-8")
    assert "### Gewichtsintervallen" in text
    assert "trekkingen" not in text


def test_parse_date() -> None:
    assert str(exporting.parse_date(" 2024-03-15 ")) == "2024-03-15"
    with pytest.raises(UsageError):
        exporting.parse_date("gisteren")


# --- the portfolio memo (a file with tasks) ----------------------------------------------


@pytest.mark.parametrize("scenario", PORTFOLIOS, ids=lambda p: p.stem)
def test_a_portfolio_exports_to_markdown_byte_identically(runner: CliRunner, scenario: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"

    assert run(runner, scenario, "-o", first, *DATE, "--samples", "200").exit_code == 0
    assert run(runner, scenario, "-o", second, *DATE, "--samples", "200").exit_code == 0

    text = first.read_text(encoding="utf-8")
    assert first.read_bytes() == second.read_bytes()
    assert "## Portfolio: de beste partner per taak" in text
    assert "| Taak | Laag | Beste partner | Score | Tweede | Voorsprong | Robuustheid | Advies |" in text
    tasks = load(scenario).scenario.tasks
    assert text.count("\n---\n") == len(tasks) + 1  # each task, then the toelichting and reproducibility
    for task in tasks:
        assert f"\n## {task.name or task.id}\n" in text  # the task's name heads its section
    assert text.count("## Reproduceerbaarheid") == 1


@pytest.mark.parametrize("scenario", PORTFOLIOS, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html", "csv"])
def test_a_portfolio_exports_to_every_format_byte_identically(
    runner: CliRunner, scenario: Path, fmt: str, tmp_path: Path,
) -> None:
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"

    result = run(runner, scenario, "-o", first, *DATE, "--samples", "0")
    assert result.exit_code == 0, result.output
    assert run(runner, scenario, "-o", second, *DATE, "--samples", "0").exit_code == 0

    assert f"Geschreven: {first}" in result.stderr
    assert first.read_bytes() == second.read_bytes()
    tasks = [(task.id, task.name) for task in load(scenario).scenario.tasks]
    _check_portfolio(fmt, first, tasks)


def _check_portfolio(fmt: str, path: Path, tasks: list[tuple[str, str]]) -> None:
    """Every format holds the summary and a section (or rows, or a sheet) per task."""
    names = [name for _, name in tasks]
    if fmt == "docx":
        import docx

        document = docx.Document(str(path))
        header = [c.text for c in document.tables[0].rows[0].cells]
        assert header == ["Taak", "Laag", "Beste partner", "Score", "Tweede", "Voorsprong", "Robuustheid", "Advies"]
        assert [row.cells[0].text for row in document.tables[0].rows[1:]] == names
        headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
        assert headings == ["Portfolio: de beste partner per taak", "Toelichting", *names, "Reproduceerbaarheid"]
    elif fmt == "csv":
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        assert rows[0][:3] == ["taak", "kandidaat_id", "kandidaat"]
        assert list(dict.fromkeys(row[0] for row in rows[1:])) == names
    elif fmt == "html":
        page = path.read_text(encoding="utf-8")
        assert "Portfolio: de beste partner per taak" in page
        for task, name in tasks:
            assert f'<section class="task" id="taak-{task}"><h2>{name}</h2>' in page
        assert not any(marker in page for marker in ("http:", "https:", "//"))
    else:
        import openpyxl

        from partnerkeuze.render.xlsx_cells import abbreviate

        workbook = openpyxl.load_workbook(path)
        assert workbook.sheetnames == ["Portfolio", *(abbreviate(name) for name in names), "Gegevens"]
        cells = [str(c.value) for c in workbook.worksheets[1]["D"] if c.value is not None]
        assert any(v.startswith("=ROUND(SUMPRODUCT(") for v in cells)


def test_a_portfolio_in_english(tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": "en"})
    output = tmp_path / "memo.csv"

    result = run(runner, PORTFOLIOS[0], "-o", output, *DATE, "--samples", "0")

    assert result.exit_code == 0, result.output
    assert output.read_text(encoding="utf-8").startswith("task,candidate_id,candidate,")


def test_a_portfolio_refuses_a_template_for_other_formats(runner: CliRunner, tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.docx"
    template.write_bytes(b"")
    result = run(runner, PORTFOLIOS[0], "-o", tmp_path / "memo.html", "--template", template, *DATE)
    assert result.exit_code == EXIT_USAGE
    assert not (tmp_path / "memo.html").exists()


def _confidential_portfolio(tmp_path: Path) -> Path:
    """Ommen with Hardenberg (first in the file) and Zwolle (second) confidential."""
    text = PORTFOLIOS[0].read_text(encoding="utf-8")
    for name in ("Hardenberg", "Zwolle"):
        text = text.replace(f"    naam: {name}\n", f"    naam: {name}\n    vertrouwelijk: true\n", 1)
    path = tmp_path / "vertrouwelijk.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_public_portfolio_redacts_the_summary_and_every_task(runner: CliRunner, fmt: str, tmp_path: Path) -> None:
    import zipfile

    scenario = _confidential_portfolio(tmp_path)
    output = tmp_path / f"openbaar.{fmt}"

    result = run(runner, scenario, "-o", output, "--openbaar", *DATE, "--samples", "0")

    assert result.exit_code == 0, result.output
    data = output.read_bytes()
    if fmt in ("docx", "xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            text = "\n".join(package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".xml"))
    else:
        text = data.decode("utf-8-sig")
    assert "Zwolle" not in text  # also where a task does not rank Zwolle
    assert "Hardenberg" not in text
    assert "Kandidaat B" in text  # Zwolle: the second candidate of the file, in every task
    if fmt != "csv":
        assert "Openbare versie (Woo)" in text
    assert output.read_bytes() == data


def test_a_public_portfolio_names_a_candidate_the_same_everywhere(runner: CliRunner, tmp_path: Path) -> None:
    output = tmp_path / "openbaar.md"

    assert run(runner, _confidential_portfolio(tmp_path), "-o", output, "--openbaar", *DATE, "--samples", "0").exit_code == 0

    text = output.read_text(encoding="utf-8")
    summary, _, tasks = text.partition("\n---\n")
    assert "| ICT | Bedrijfsvoering | Kandidaat B |" in summary
    assert "- Kandidaat B: ICT" in summary
    assert "| Criterium | Gewicht | Kandidaat B ★ |" in tasks  # the ICT memo
    assert "Kandidaat A: Bereid en in staat" in tasks  # Hardenberg, set aside in every task


# --- returned weighing forms (--deelnemer): named with their hashes in every format's reproducibility line ---


def _text_of(output: Path) -> str:
    import zipfile

    data = output.read_bytes()
    if output.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "\n".join(package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".xml"))
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("scenario", [ROOT / "scenarios" / "haaksbergen-2020.yaml", PORTFOLIOS[0]], ids=lambda p: p.stem)
def test_every_format_names_the_returned_forms_and_their_hashes(runner: CliRunner, scenario: Path,
                                                                tmp_path: Path) -> None:
    import hashlib

    from partnerkeuze.app.workshop import file_sha256
    from partnerkeuze.render.reproducibility import combined_sha256
    from returnedforms import write_form

    resolved = load(scenario).scenario
    ids = [c.id for c in resolved.criteria if c.minimum is None]
    folder = tmp_path / "weging"
    for k, name in enumerate(("Wethouder A", "Raadslid B", "OR-lid")):
        order = ids[k:] + ids[:k]
        write_form(folder / f"weging-{k}.yaml", name, "weging: {methode: rangorde, volgorde: [" + ", ".join(order)
                   + "]}\n", file_sha256(scenario))
    hashes = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(folder.iterdir())}
    for fmt in ("md", "docx", "xlsx", "html"):
        internal, public = tmp_path / f"intern.{fmt}", tmp_path / f"openbaar.{fmt}"
        for output, extra in ((internal, ()), (public, ("--openbaar",))):
            result = run(runner, scenario, "-o", output, "--deelnemer", folder, *DATE, "-n", "0", *extra)
            assert result.exit_code == 0, result.output
        named, hidden = _text_of(internal), _text_of(public)
        for name, digest in hashes.items():
            assert f"{name} (SHA-256 {digest})" in named, fmt
            assert name not in hidden, fmt
            assert digest not in hidden, fmt
        assert f"3 deelnemers, samen SHA-256 {combined_sha256(hashes.values())}" in hidden, fmt
        assert "Raadslid B" in named, fmt
        assert "Raadslid B" not in hidden, fmt


@pytest.mark.parametrize("scenario", [ROOT / "scenarios" / "haaksbergen-2020.yaml", PORTFOLIOS[0]], ids=lambda p: p.stem)
def test_never_writes_over_a_returned_form_even_with_force(runner: CliRunner, scenario: Path, tmp_path: Path) -> None:
    """A returned form is an input, as the scenario is: the memo's reproducibility line names its hash."""
    from partnerkeuze.app.workshop import file_sha256
    from returnedforms import write_form

    ids = [c.id for c in load(scenario).scenario.criteria if c.minimum is None]
    form = write_form(tmp_path / "weging-a.yaml", "Wethouder A", "weging: {methode: rangorde, volgorde: ["
                      + ", ".join(ids) + "]}\n", file_sha256(scenario))
    before = form.read_bytes()

    result = run(runner, scenario, "--format", "md", "-o", form, "--force", "--deelnemer", form, *DATE, "-n", "0")

    assert result.exit_code == EXIT_OUTPUT, result.output
    assert "is een van de bestanden die dit commando leest" in result.stderr
    assert form.read_bytes() == before
