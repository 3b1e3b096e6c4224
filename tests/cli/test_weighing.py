"""The weighing session on the command line: ``form``, and ``--deelnemer`` in profiles, weights,
rank, sensitivity and export, with ``profiles --opslaan``."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import flat, run, runner  # noqa: F401 - runner is a fixture
from returnedforms import PAIRS, POINTS, write_form
from typer.testing import CliRunner

from partnerkeuze.app.workshop import file_sha256

ROOT = Path(__file__).parents[2]
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"


def returned(folder: Path, name: str, body: str, sha: str | None = None) -> Path:
    path = folder / f"weging-{name.lower().replace(' ', '-')}.yaml"
    return write_form(path, name, body, sha or file_sha256(HAAKSBERGEN))


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """A folder with two returned forms for haaksbergen-2020."""
    folder = tmp_path / "weging"
    returned(folder, "Wethouder A", PAIRS)
    returned(folder, "Raadslid B", POINTS)
    return folder


# --- form -----------------------------------------------------------------------------------------


def test_form_writes_one_offline_page(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "weging.html"

    result = run(runner, "form", HAAKSBERGEN, "-o", target, "--methode", "paarsgewijs")

    assert result.exit_code == 0, result.output
    assert f"Geschreven: {target}." in flat(result.stderr)
    page = target.read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert 'data-method="paarsgewijs"' in page
    assert file_sha256(HAAKSBERGEN) in page
    assert "Het vertrouwen tussen de gemeenten" in page  # the definition from the criteria set
    assert "<script src" not in page and "https:" not in page


@pytest.mark.parametrize("name", ["weging.yaml", "weging.docx", "weging"])
def test_form_is_written_only_to_an_html_name(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """An HTML page named weging.yaml, in the folder of the returned forms, would break --deelnemer."""
    result = run(runner, "form", HAAKSBERGEN, "-o", tmp_path / name)

    assert result.exit_code == 2, result.output
    assert "eindigt op .html" in flat(result.stderr)
    assert not (tmp_path / name).exists()


def test_form_says_how_to_read_the_forms_with_a_command_that_can_be_copied(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "een map").mkdir()
    shutil.copy(HAAKSBERGEN, tmp_path / "een map" / "h.yaml")
    monkeypatch.chdir(tmp_path)

    result = run(runner, "form", "een map/h.yaml", "-o", "f.html")

    assert result.exit_code == 0, result.output
    assert "partnerkeuze profiles 'een map/h.yaml' --deelnemer MAP" in flat(result.stderr)


def test_form_help_says_that_without_a_task_the_form_serves_every_task(runner: CliRunner) -> None:
    """Not the ranking commands' 'zonder --taak: de eerste taak': form ranks nothing."""
    result = run(runner, "form", "--help")

    assert "zonder --taak: één formulier voor alle taken" in flat(result.stdout)
    assert "de eerste taak" not in flat(result.stdout)


def test_form_refuses_a_formula_without_a_rank_order_and_an_unknown_method(runner: CliRunner, tmp_path: Path) -> None:
    first = run(runner, "form", HAAKSBERGEN, "-o", tmp_path / "a.html", "--formule", "rs")
    second = run(runner, "form", HAAKSBERGEN, "-o", tmp_path / "a.html", "--methode", "topsis")

    assert first.exit_code == second.exit_code == 2
    assert "--formule geldt alleen bij --methode rangorde" in first.stderr
    assert "--methode topsis: onbekende methode" in second.stderr
    assert not (tmp_path / "a.html").exists()


def test_form_never_writes_over_the_scenario_or_without_force(runner: CliRunner, tmp_path: Path) -> None:
    scenario = tmp_path / "s.yaml"
    shutil.copy(HAAKSBERGEN, scenario)
    target = tmp_path / "weging.html"
    target.write_text("oud", encoding="utf-8")

    assert run(runner, "form", scenario, "-o", scenario, "--force").exit_code == 4
    assert run(runner, "form", scenario, "-o", target).exit_code == 4
    assert target.read_text(encoding="utf-8") == "oud"
    assert run(runner, "form", scenario, "-o", target, "--force", "--methode", "rank", "--formula", "rr").exit_code == 0
    assert 'data-method="rangorde"' in target.read_text(encoding="utf-8")
    assert scenario.read_bytes() == HAAKSBERGEN.read_bytes()


def test_form_in_english(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "f.html"
    result = run(runner, "form", HAAKSBERGEN, "-o", target, "--method", "swing", "--lang", "en")

    assert result.exit_code == 0
    assert "2. Weigh the step from worst to best score" in target.read_text(encoding="utf-8")


# --- --deelnemer ----------------------------------------------------------------------------------


def test_profiles_shows_each_participant_by_name_and_the_group(runner: CliRunner, session: Path) -> None:
    result = run(runner, "profiles", HAAKSBERGEN, "--deelnemer", session)

    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert "Ingevulde weegformulieren van 2 deelnemers: weging-raadslid-b.yaml en weging-wethouder-a.yaml." in shown
    # a row: who, first choice, then each candidate's rank (points) in the group's order
    assert "│ Raadslid B │ Enschede │ 1 (90,0) │ 2 (75,0) │ 3 (32,5) │" in shown
    assert "De deelnemers en profielen verschillen over de eerste plaats:" in shown
    assert "Raadslid B kiest Enschede" in shown
    assert "gemiddelde van de genormaliseerde gewichten van Raadslid B en Wethouder A, elke deelnemer één stem" in shown
    assert "│ groep (deelnemers) │" in shown
    assert result.stderr == ""


def test_profiles_json_lists_the_participants(runner: CliRunner, session: Path) -> None:
    document = json.loads(run(runner, "profiles", HAAKSBERGEN, "--participant", session, "--json").stdout)

    assert [p["name"] for p in document["participants"]] == ["Raadslid B", "Wethouder A"]
    assert document["participants"][0]["same_scenario"] is True
    assert set(document["rankings"]) >= {"raadslid-b", "wethouder-a", "groep"}


def test_rank_weighs_with_the_group_and_sensitivity_too(runner: CliRunner, session: Path) -> None:
    text = run(runner, "rank", HAAKSBERGEN, "--deelnemer", session)
    document = json.loads(run(runner, "rank", HAAKSBERGEN, "--deelnemer", session, "--json").stdout)
    single = json.loads(run(runner, "rank", HAAKSBERGEN, "--deelnemer", session, "--profiel", "raadslid-b",
                            "--json").stdout)
    sensitivity = json.loads(run(runner, "sensitivity", HAAKSBERGEN, "--deelnemer", session, "-n", "0",
                                 "--json").stdout)

    assert "Gewichten van 2 deelnemers, groepsgemiddelde: Raadslid B en Wethouder A." in flat(text.stdout)
    assert (document["profile"]["kind"], document["profile"]["group_of"]) == ("group", "participants")
    assert document["profile"]["name"] == "groep (deelnemers)"
    assert document["profile"]["members"] == ["raadslid-b", "wethouder-a"]
    assert (single["profile"]["kind"], single["profile"]["name"]) == ("participant", "Raadslid B")
    assert single["ranking"][0]["id"] == "enschede"
    assert sensitivity["profile"]["id"] == "groep"


def test_a_glob_in_quotes_works(runner: CliRunner, session: Path) -> None:
    result = run(runner, "weights", HAAKSBERGEN, "--deelnemer", str(session / "weging-w*.yaml"), "--json")

    ids = [w["id"] for w in json.loads(result.stdout)["weightings"]]
    assert ids == ["bestand", "college", "raad", "ondernemingsraad", "wethouder-a"]  # one participant: no group


def test_the_memo_names_the_participants_and_the_public_memo_only_counts_them(runner: CliRunner, session: Path,
                                                                           tmp_path: Path) -> None:
    internal, public = tmp_path / "intern.md", tmp_path / "openbaar.md"

    first = run(runner, "export", HAAKSBERGEN, "-o", internal, "--deelnemer", session, "-n", "0")
    second = run(runner, "export", HAAKSBERGEN, "-o", public, "--deelnemer", session, "-n", "0", "--openbaar")

    assert first.exit_code == second.exit_code == 0, first.output + second.output
    named = flat(internal.read_text(encoding="utf-8"))
    assert "Gewichten van 2 deelnemers, groepsgemiddelde: Raadslid B en Wethouder A." in named
    hashes = {f.name: file_sha256(f) for f in session.iterdir()}
    assert ("Ingevulde weegformulieren (--deelnemer) van 2 deelnemers, elk met de SHA-256 van het bestand: "
            f"- weging-raadslid-b.yaml (SHA-256 {hashes['weging-raadslid-b.yaml']}) "
            f"- weging-wethouder-a.yaml (SHA-256 {hashes['weging-wethouder-a.yaml']})") in named
    text = flat(public.read_text(encoding="utf-8"))
    assert "Gewichten van 2 deelnemers, groepsgemiddelde." in text
    assert "Raadslid B" not in text
    assert "Wethouder A" not in text
    assert "weging-" not in text
    together = hashlib.sha256("".join(f"{h}\n" for h in sorted(hashes.values())).encode()).hexdigest()
    assert f"Ingevulde weegformulieren (--deelnemer) van 2 deelnemers, samen SHA-256 {together}" in text


def test_a_form_of_another_version_is_noted_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "weging"
    path = returned(folder, "Wethouder A", PAIRS, sha="0" * 64)

    result = run(runner, "rank", HAAKSBERGEN, "--deelnemer", path)

    assert result.exit_code == 0
    assert f"{path}:2:11: let op: dit formulier is gemaakt bij een andere versie van het scenario" in result.stderr


def test_bad_forms_fail_with_every_located_message(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "weging"
    bad = returned(folder, "A", "gewichten: {vertrouwen: -1}\n")
    missing = folder / "weg.yaml"

    result = run(runner, "profiles", HAAKSBERGEN, "--deelnemer", bad, "--deelnemer", missing)

    assert result.exit_code == 3  # one file is not there
    assert f"{bad}:4:25: 'vertrouwen' moet 0 of groter zijn (gekregen: -1)" in result.stderr
    assert f"{missing}: " in result.stderr
    assert "Traceback" not in result.output


OMMEN = ROOT / "scenarios" / "ommen-diensten.yaml"


@pytest.fixture
def ommen_session(tmp_path: Path) -> Path:
    """Three returned forms for ommen-diensten (a file with tasks): points, a rank order, points."""
    folder = tmp_path / "ommen"
    sha = file_sha256(OMMEN)
    returned(folder, "Wethouder A", "gewichten: {kwaliteit: 30, kosten: 30, overgang: 10, regie: 20, nabijheid: 10}\n",
             sha)
    returned(folder, "Raadslid B", "weging: {methode: rangorde, volgorde: [nabijheid, kwaliteit, [kosten, regie], "
                                   "overgang]}\n", sha)
    returned(folder, "OR", "gewichten: {kwaliteit: 40, kosten: 10, overgang: 30, regie: 10, nabijheid: 10}\n", sha)
    return folder


def test_a_portfolio_is_weighed_by_the_participants_in_every_task(runner: CliRunner, ommen_session: Path) -> None:
    shown = run(runner, "portfolio", OMMEN, "--deelnemer", ommen_session)
    document = json.loads(run(runner, "portfolio", OMMEN, "--deelnemer", ommen_session, "--json").stdout)
    one = run(runner, "portfolio", OMMEN, "--deelnemer", ommen_session, "--profiel", "raadslid-b")

    assert shown.exit_code == 0, shown.output
    assert "Elke taak is gewogen met het groepsgemiddelde van 3 deelnemers: OR, Raadslid B en Wethouder A." \
        in flat(shown.stdout)
    assert [p["naam"] for p in document["deelnemers"]] == ["OR", "Raadslid B", "Wethouder A"]
    assert "Elke taak is gewogen met de gewichten van deelnemer Raadslid B." in flat(one.stdout)
    for task in ("ict", "belastingen"):  # each task ranked as rank --taak ranks it with the same forms
        ranked = json.loads(run(runner, "rank", OMMEN, "--taak", task, "--deelnemer", ommen_session, "--json").stdout)
        entry = next(x for x in document["taken"] if x["id"] == task)
        assert [c["id"] for c in ranked["ranking"]] == [c["id"] for c in entry["rangorde"]]
        assert [c["score"] for c in ranked["ranking"]] == pytest.approx([c["score"] for c in entry["rangorde"]],
                                                                         abs=1e-12)


def test_a_portfolio_memo_says_who_weighed_every_task(runner: CliRunner, ommen_session: Path, tmp_path: Path) -> None:
    internal, public = tmp_path / "intern.md", tmp_path / "openbaar.md"

    first = run(runner, "export", OMMEN, "-o", internal, "--deelnemer", ommen_session, "-n", "0")
    second = run(runner, "export", OMMEN, "-o", public, "--deelnemer", ommen_session, "-n", "0", "--openbaar")

    assert first.exit_code == second.exit_code == 0, first.output + second.output
    named = flat(internal.read_text(encoding="utf-8"))
    assert named.count("Gewichten van 3 deelnemers, groepsgemiddelde: OR, Raadslid B en Wethouder A.") == 6  # tasks
    assert "Elke taak is gewogen met het groepsgemiddelde van 3 deelnemers: OR, Raadslid B en Wethouder A." in named
    assert f"weging-or.yaml (SHA-256 {file_sha256(ommen_session / 'weging-or.yaml')})" in named
    text = flat(public.read_text(encoding="utf-8"))
    assert "Elke taak is gewogen met het groepsgemiddelde van 3 deelnemers." in text
    assert "Raadslid B" not in text and "weging-" not in text


# --- profiles --opslaan -----------------------------------------------------------------------------------


def test_opslaan_writes_a_scenario_with_the_participants_as_profiles(runner: CliRunner, session: Path,
                                                                    tmp_path: Path) -> None:
    target = tmp_path / "nieuw.yaml"

    result = run(runner, "profiles", HAAKSBERGEN, "--deelnemer", session, "--opslaan", target)

    assert result.exit_code == 0, result.output
    assert f"Geschreven: {target}, met de 2 deelnemers onder 'profielen:'" in flat(result.stderr)
    assert (f"In {target} zegt 'groep:' dat het groepsprofiel het gemiddelde van de 2 deelnemers is; de profielen "
            "college, raad en ondernemingsraad van het origineel staan ernaast, maar tellen daarin niet mee.") \
        in flat(result.stderr)
    assert "--profiel groep geeft het groepsgemiddelde van de deelnemers" in flat(result.stderr)
    with_forms = json.loads(run(runner, "profiles", HAAKSBERGEN, "--deelnemer", session, "--json").stdout)
    saved = json.loads(run(runner, "profiles", target, "--json").stdout)
    assert saved["rankings"] == with_forms["rankings"]
    group = json.loads(run(runner, "rank", target, "--profiel", "groep", "--json").stdout)
    assert group["weights"] == json.loads(run(runner, "rank", HAAKSBERGEN, "--deelnemer", session, "--json").stdout)[
        "weights"]
    assert group["profile"]["members"] == ["raadslid-b", "wethouder-a"]
    again = run(runner, "profiles", HAAKSBERGEN, "--deelnemer", session, "--opslaan", target)
    assert again.exit_code == 4  # it exists: --force to replace it


def test_opslaan_with_one_form_speaks_of_one_participant(runner: CliRunner, tmp_path: Path) -> None:
    """Not 'met de 1 deelnemers', in the message nor in the comment it writes."""
    form = returned(tmp_path / "weging", "Wethouder A", POINTS)
    target = tmp_path / "nieuw.yaml"

    result = run(runner, "profiles", HAAKSBERGEN, "--deelnemer", form, "--opslaan", target)

    assert result.exit_code == 0, result.output
    assert f"Geschreven: {target}, met de deelnemer onder 'profielen:'" in flat(result.stderr)
    assert "zegt 'groep:' dat het groepsprofiel de gewichten van de deelnemer zijn" in flat(result.stderr)
    assert "het ingevulde weegformulier van 1 deelnemer." in target.read_text(encoding="utf-8")
    assert "1 deelnemers" not in flat(result.stderr) + target.read_text(encoding="utf-8")


def test_opslaan_without_forms_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "profiles", HAAKSBERGEN, "--opslaan", tmp_path / "n.yaml")

    assert result.exit_code == 2
    assert "geef ze met --deelnemer" in result.stderr


def test_twelve_forms_through_the_command_line_in_well_under_a_second(tmp_path: Path) -> None:
    folder = tmp_path / "weging"
    for k in range(12):
        returned(folder, f"Deelnemer {k}", PAIRS if k % 2 else POINTS)
    command = [sys.executable, "-m", "partnerkeuze", "profiles", str(HAAKSBERGEN), "--deelnemer", str(folder),
               "--json"]
    subprocess.run(command, check=True, capture_output=True)  # the scenario cache and bytecode warmed

    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start

    assert len(json.loads(done.stdout)["participants"]) == 12
    assert elapsed < 2.0  # the whole process; reading the twelve forms is ~15 ms (tests/scenario)
