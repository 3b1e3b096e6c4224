"""The command line for the decision model (``cli/``): weights, profiles, --profiel,
knock-outs and the status quo in rank, sensitivity and export.

Kept apart from ``test_cli.py`` so that file stays about the commands' shared contract.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from clirun import flat, run, runner  # noqa: F401 - runner is a fixture
from typer.testing import CliRunner

ROOT = Path(__file__).parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"
OMMEN = ROOT / "scenarios" / "ommen-ict.yaml"
WriteScenario = Callable[..., Path]


# --- weights and profiles -------------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_weights_and_profiles_work_for_every_shipped_scenario(runner: CliRunner, path: Path) -> None:
    for command in ("weights", "profiles"):
        result = run(runner, command, path)
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
        assert json.loads(run(runner, command, path, "--json").stdout)["title"]


def test_weights_shows_the_ahp_consistency_of_the_raad(runner: CliRunner) -> None:
    result = run(runner, "weights", HAAKSBERGEN)

    shown = flat(result.stdout)
    assert "Profiel raad (Gemeenteraad): paarsgewijze vergelijkingen op de schaal van Saaty (AHP)" in shown
    assert "CR 0,004" in shown


def test_profiles_says_where_the_stakeholders_disagree(runner: CliRunner) -> None:
    result = run(runner, "profiles", HAAKSBERGEN)

    assert result.exit_code == 0
    assert "Hengelo of Enschede: college en ondernemingsraad verkiezen Hengelo, raad verkiest Enschede." in flat(result.stdout)


def test_profiles_in_english(runner: CliRunner) -> None:
    result = run(runner, "profiles", HAAKSBERGEN, "--lang", "en")

    assert "The profiles differ on first place: college chooses Hengelo, raad chooses Enschede" in flat(result.stdout)


# --- --profiel ------------------------------------------------------------------------------------------


def test_rank_with_a_profile(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--profiel", "raad")
    document = json.loads(run(runner, "rank", HAAKSBERGEN, "--profile", "raad", "--json").stdout)

    assert result.exit_code == 0
    assert "1. Enschede ★" in result.stdout
    assert "Gewichten: profiel raad (Gemeenteraad) (paarsgewijs (AHP), CR 0,00)." in flat(result.stdout)
    assert document["profile"]["id"] == "raad"
    assert document["ranking"][0]["id"] == "enschede"


def test_rank_with_the_group_profile(runner: CliRunner) -> None:
    document = json.loads(run(runner, "rank", HAAKSBERGEN, "--profiel", "groep", "--json").stdout)

    assert document["profile"] == {"id": "groep", "name": "groep", "kind": "group", "method": "groep",
                                   "members": ["college", "raad", "ondernemingsraad"], "group_of": "profiles"}
    assert document["ranking"][0]["id"] == "hengelo"


def test_an_unknown_profile_is_a_usage_error(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--profiel", "wethouder")

    assert result.exit_code == 2
    assert "--profiel wethouder: onbekend profiel; kies uit bestand, college, raad, ondernemingsraad, groep" in result.stderr


def test_a_profile_on_a_file_without_profiles_is_a_usage_error(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", OMMEN, "--profiel", "raad", "--samples", "0")

    assert result.exit_code == 2
    assert "dit scenario heeft geen profielen" in result.stderr


def test_sensitivity_per_profile(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", HAAKSBERGEN, "--profiel", "raad", "--samples", "500", "--json")

    document = json.loads(result.stdout)
    assert document["winner"] == "enschede"
    assert document["profile"]["id"] == "raad"
    assert document["acceptability"]["sampled_scores"] == 0


def test_export_per_profile(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "raad.md"

    result = run(runner, "export", HAAKSBERGEN, "-o", out, "--profiel", "raad", "--samples", "300")

    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "> Gewichten: profiel raad (Gemeenteraad) (paarsgewijs (AHP), CR 0,00)." in text
    assert "Enschede staat eerste" in text


# --- knock-outs -----------------------------------------------------------------------------------------


def test_rank_lists_the_excluded_candidate_with_its_reason(runner: CliRunner) -> None:
    result = run(runner, "rank", OMMEN)
    document = json.loads(run(runner, "rank", OMMEN, "--json").stdout)

    assert "Niet gerangschikt, want een harde eis wordt niet gehaald:" in result.stdout
    assert "• Gemeente Hardenberg: Aanbieder is bereid en in staat de dienst te leveren: nee (minimaal ja vereist)" in result.stdout
    assert "Gemeente Hardenberg" not in result.stdout.split("Niet gerangschikt")[0]
    assert document["excluded"][0]["id"] == "hardenberg"
    assert document["excluded"][0]["reason"] == "Aanbieder is bereid en in staat de dienst te leveren: nee (minimaal ja vereist)"
    assert "hardenberg" not in [entry["id"] for entry in document["ranking"]]


def test_sensitivity_says_it_covers_the_remaining_candidates(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", OMMEN, "--samples", "500")
    document = json.loads(run(runner, "sensitivity", OMMEN, "--samples", "500", "--json").stdout)

    shown = flat(result.stdout)
    assert "De analyse gaat alleen over de kandidaten die aan de harde eisen voldoen; niet meegenomen: Gemeente Hardenberg." in shown
    assert "Ook 2 onzekere scores zijn getrokken" in shown
    assert [entry["id"] for entry in document["excluded"]] == ["hardenberg"]
    assert "hardenberg" not in document["acceptability"]["first"]
    assert document["acceptability"]["sampled_scores"] == 2


@pytest.mark.parametrize("suffix", ["md", "html", "csv", "docx", "xlsx"])
def test_every_export_format_lists_the_knock_out(runner: CliRunner, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"ommen.{suffix}"

    result = run(runner, "export", OMMEN, "-o", out, "--samples", "200")

    assert result.exit_code == 0, result.output
    if suffix in ("docx", "xlsx"):
        with zipfile.ZipFile(out) as package:
            text = " ".join(package.read(name).decode("utf-8", "ignore") for name in package.namelist()
                            if name.endswith(".xml"))
    else:
        text = out.read_text(encoding="utf-8-sig")
    assert "Hardenberg" in text
    assert "minimaal ja vereist" in text


def test_all_candidates_excluded_is_a_clear_error(runner: CliRunner, write_scenario: WriteScenario) -> None:
    path = write_scenario("""\
versie: 1
titel: Niemand
criteria:
  - {id: bereid, gewicht: 1, schaal: janee, minimum: ja}
kandidaten:
  - {id: a, naam: A, scores: {bereid: nee}}
""")

    result = run(runner, "rank", path)
    valid = run(runner, "validate", path)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "geen enkele kandidaat voldoet aan de harde eisen, dus er valt niets te rangschikken: A: bereid: nee" in result.stderr
    assert valid.exit_code == 0


# --- status quo -------------------------------------------------------------------------------------------


def test_rank_shows_the_difference_with_the_status_quo(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN)
    document = json.loads(run(runner, "rank", HAAKSBERGEN, "--json").stdout)

    assert "Verschil met status quo" in result.stdout
    assert "Beter dan de status quo (Bedrijfsvoering in eigen huis versterken, 45,0): Hengelo (+30,0 punten) en Enschede (+23,8 punten)." in flat(result.stdout)
    assert document["status_quo"]["id"] == "zelf_doen"
    assert document["status_quo"]["beaten_by"] == ["hengelo", "enschede"]
    assert document["status_quo"]["differences"]["hengelo"] == pytest.approx(0.3)


def test_export_shows_the_status_quo_row_and_sentence(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "haaksbergen.md"

    run(runner, "export", HAAKSBERGEN, "-o", out, "--samples", "0")

    text = out.read_text(encoding="utf-8")
    assert "| **Verschil met status quo** |  | +23,8 | +30,0 | status quo |" in text  # file order
    assert "Beter dan de status quo (Bedrijfsvoering in eigen huis versterken, 45,0)" in text


def test_csv_has_the_difference_with_the_status_quo(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "haaksbergen.csv"

    run(runner, "export", HAAKSBERGEN, "-o", out, "--samples", "0", "--lang", "en")

    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].endswith(",versus_status_quo_points,excluded")
    assert rows[1].startswith("enschede,") and rows[1].endswith(",23.75,")


# --- help ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["weights", "profiles"])
def test_the_new_commands_have_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")

    assert result.exit_code == 0
    assert f"Voorbeeld: partnerkeuze {command}" in flat(result.stdout)


@pytest.mark.parametrize("command", ["rank", "sensitivity", "export"])
def test_profiel_is_documented_on_every_command_that_weighs(runner: CliRunner, command: str) -> None:
    assert "--profiel" in run(runner, command, "--help").stdout


# --- value functions with the rest of the decision model (issue #13) -------------------------------

CURVED_PORTFOLIO = """\
versie: 1
titel: Waardefuncties door het hele model
criteria:
  - {id: kosten, naam: Kosten, eenheid: EUR, waardefunctie: [[100000, 100], [300000, 80], [500000, 0]],
     maximum: 450000}
  - {id: afstand, naam: Afstand, eenheid: km, waardefunctie: [[0, 60], [20, 100], [50, 0]]}
  - {id: kwaliteit, naam: Kwaliteit, schaal: oordeel, waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}}
profielen:
  college: {gewichten: {kosten: 60, afstand: 20, kwaliteit: 20}}
  raad: {weging: {methode: rangorde, volgorde: [kwaliteit, afstand, kosten]}}
lagen:
  bedrijfsvoering: {profiel: college}
  beleid: {profiel: raad}
taken:
  - {id: ict, laag: bedrijfsvoering}
  - {id: beleid, laag: beleid}
kandidaten:
  - id: buur
    naam: Buurgemeente
    scores: {kosten: {laag: 250000, waarschijnlijk: 300000, hoog: 420000}, afstand: 20, kwaliteit: "+"}
  - id: regio
    naam: Regio
    scores: {kosten: 200000, afstand: [30, 45], kwaliteit: ["0", "++"]}
    scores_per_taak:
      beleid: {kwaliteit: "++"}
  - id: duur
    naam: Duur
    scores: {kosten: 480000, afstand: 5, kwaliteit: "++"}
  - id: zelf
    naam: Zelf doen
    status_quo: true
    scores: {kosten: 350000, afstand: 0, kwaliteit: "0"}
"""


def test_value_functions_work_with_tasks_profiles_knock_outs_status_quo_and_uncertainty(
    runner: CliRunner, tmp_path: Path,
) -> None:
    """Duur fails the maximum (€ 480.000 > € 450.000) and is not ranked; the rest runs as without functions."""
    path = tmp_path / "s.yaml"
    path.write_text(CURVED_PORTFOLIO, encoding="utf-8")

    ranked = json.loads(run(runner, "rank", path, "--json", "--taak", "ict").output)
    sensitivity = json.loads(run(runner, "sensitivity", path, "--json", "--samples", "500",
                                 "--taak", "beleid").output)
    profiles = run(runner, "profiles", path)
    portfolio = run(runner, "portfolio", path)
    compared = run(runner, "compare", path, path)

    assert [e["id"] for e in ranked["excluded"]] == ["duur"]
    assert ranked["status_quo"]["id"] == "zelf"
    assert {u["criterion"] for u in ranked["uncertain_scores"]} == {"kosten", "afstand", "kwaliteit"}
    assert set(ranked["value_functions"]) == {"kosten", "afstand", "kwaliteit"}
    assert sensitivity["acceptability"]["sampled_scores"] == 2  # in beleid Regio is sure of its "++"
    assert all("regions" in c for c in sensitivity["score_thresholds"])
    assert profiles.exit_code == portfolio.exit_code == compared.exit_code == 0
    assert "Buurgemeente" in portfolio.output and "Regio" in portfolio.output
