"""The command line (``cli/``, ``__main__.py``): exit codes, key lines, JSON contract."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.main
from typer.testing import CliRunner, Result

from partnerkeuze import __version__, cli
from partnerkeuze.cli import app
from partnerkeuze.errors import EXIT_UNREADABLE

ROOT = Path(__file__).parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"

WriteScenario = Callable[..., Path]

GOOD = """\
versie: 1
titel: Klein scenario
criteria:
  - {id: kwaliteit, gewicht: 60, schaal: oordeel}
  - {id: kosten, gewicht: 40, richting: min, bereik: [0, 1000]}
kandidaten:
  - id: buur
    naam: Buurgemeente
    scores: {kwaliteit: "+", kosten: 600}
  - id: zelf_doen
    naam: Zelf doen
    scores: {kwaliteit: "0", kosten: 300}
"""

# Two cross-reference problems (a label not in the scale, a number out of range).
BAD = GOOD.replace('kwaliteit: "0"', 'kwaliteit: "+++"').replace(
    "kosten: 600", "kosten: 6000"
)

ANSI = re.compile(r"\x1b\[")
# SGR colour parameters: 30-39, 40-49, 90-97, 100-107 (incl. 38;5 / 38;2 extended colours).
ANSI_COLOUR = re.compile(
    r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m"
)


@pytest.fixture
def runner() -> CliRunner:
    """A runner with a wide, colourless, Dutch environment, whatever the developer's shell says."""
    return CliRunner(
        env={
            "COLUMNS": "200",
            "PARTNERKEUZE_LANG": None,
            "NO_COLOR": None,
            "FORCE_COLOR": None,
            "TTY_COMPATIBLE": None,
            "TTY_INTERACTIVE": None,
        }
    )


def run(runner: CliRunner, *args: str | Path, **kwargs: object) -> Result:
    return runner.invoke(app, [str(a) for a in args], **kwargs)  # type: ignore[arg-type]


def assert_user_error(result: Result, exit_code: int) -> None:
    """A user error: the documented exit code, a message, and no traceback."""
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    assert result.stderr.strip()


# --- rank -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_rank_prints_the_table_and_the_conclusion_for_every_shipped_scenario(
    runner: CliRunner, path: Path
) -> None:
    result = run(runner, "rank", path)

    assert result.exit_code == 0, result.output
    document = json.loads(run(runner, "rank", path, "--json").stdout)
    winner = document["ranking"][0]["name"]
    assert f"Rangorde: {document['title']}" in result.stdout
    assert "Totaal (0–100)" in result.stdout  # noqa: RUF001 - the en dash of a range
    assert (
        f"{winner} staat eerste met" in result.stdout
        or f"{winner} staan gedeeld eerste" in result.stdout
    )


def test_rank_shows_each_score_and_its_contribution(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN)

    assert "1. Hengelo ★" in result.stdout
    assert "€ 600.000 → 0,0" in result.stdout
    assert "Hengelo staat eerste met 75,0 van de 100 punten" in result.stdout


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_rank_json_follows_the_contract(runner: CliRunner, path: Path) -> None:
    result = run(runner, "rank", path, "--json")

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    # The contract keys first, in this order; later features may add keys after them.
    assert list(document)[:4] == ["title", "weights", "ranking", "method"]
    assert document["method"] == "wsm"
    assert isinstance(document["title"], str)
    weights = document["weights"]
    assert all(isinstance(k, str) and isinstance(v, float) for k, v in weights.items())
    assert sum(weights.values()) == pytest.approx(1.0)
    ranks = [entry["rank"] for entry in document["ranking"]]
    assert ranks == sorted(ranks)
    assert ranks[0] == 1
    for entry in document["ranking"]:
        assert list(entry) == ["rank", "id", "name", "score", "contributions"]
        assert isinstance(entry["rank"], int)
        assert isinstance(entry["id"], str)
        assert isinstance(entry["name"], str)
        assert 0 <= entry["score"] <= 1
        assert list(entry["contributions"]) == list(weights)
        assert sum(entry["contributions"].values()) == pytest.approx(entry["score"])


def test_rank_json_is_only_json(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--json")

    assert result.stdout.startswith("{")
    assert result.stdout.endswith("}\n")
    assert result.stderr == ""


def test_rank_with_weight_shows_both_ranks(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--weight", "ict=80")

    assert result.exit_code == 0, result.output
    assert "Rang met gewichten uit bestand" in result.stdout
    assert "Rang met deze gewichten" in result.stdout
    assert "* aangepast" in result.stdout
    assert (
        "Met deze gewichten blijft de rangorde gelijk aan die van het bestand."
        in result.stdout
    )


def test_rank_with_weight_names_the_flips(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    path = write_scenario(GOOD)

    result = run(runner, "rank", path, "-w", "kwaliteit=0")

    assert (
        "Met deze gewichten verandert de rangorde: Zelf doen van 2 naar 1 en Buurgemeente van 1 naar 2."
        in result.stdout
    )


def test_rank_json_with_weight_reports_the_new_weights(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--json", "--weight", "ict=0")

    assert json.loads(result.stdout)["weights"]["ict"] == 0.0


def test_rank_in_english(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--lang", "en")

    assert "Hengelo ranks first with 75.0 of 100 points" in result.stdout


def test_rank_in_english_from_the_environment(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, env={"PARTNERKEUZE_LANG": "en"})

    assert "Ranking: " in result.stdout


@pytest.mark.parametrize(
    ("weight", "message"),
    [
        (
            "ict",
            "fout: --weight 'ict': schrijf ID=WAARDE, bijvoorbeeld --weight ict=40",
        ),
        (
            "ict=veel",
            "fout: --weight ict=veel: het gewicht moet een getal van 0 tot en met 1.000.000.000.000 zijn",
        ),
        (
            "ictt=3",
            "fout: --weight: onbekend criterium 'ictt'; bekend zijn: vertrouwen, ict,",
        ),
    ],
    ids=["syntax", "value", "unknown-id"],
)
def test_rank_with_a_bad_weight_is_a_usage_error(
    runner: CliRunner, weight: str, message: str
) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--weight", weight)

    assert_user_error(result, 2)
    assert result.stderr.startswith(message)


def test_rank_of_a_missing_file_exits_3(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "rank", tmp_path / "weg.yaml")

    assert_user_error(result, 3)
    assert result.stderr == f"{tmp_path / 'weg.yaml'}: bestand niet gevonden\n"


def test_rank_of_an_invalid_file_exits_1_with_every_problem(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    path = write_scenario(BAD)

    result = run(runner, "rank", path)

    assert_user_error(result, 1)
    assert len(result.stderr.splitlines()) == 2


def test_an_error_on_line_100_keeps_its_location(runner: CliRunner, tmp_path: Path) -> None:
    """Issue 7 fuzzing: rich turned ':100:' into an emoji ('scenario.yaml💯5')."""
    path = tmp_path / "s.yaml"
    path.write_text("versie: 1\n" + "#\n" * 98 + "titel: [a\n", encoding="utf-8")

    result = run(runner, "rank", path)

    assert_user_error(result, 1)
    assert result.stderr.startswith(f"{path}:101:1: ongeldige YAML")
    path.write_text("versie: 1\n" + "#\n" * 98 + "    titel: x\n  y: z\n", encoding="utf-8")
    assert f"{path}:100:" in run(runner, "validate", path).stderr


def test_rank_error_in_english(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    path = write_scenario(BAD)

    result = run(runner, "rank", path, "--lang", "en")

    assert "lies outside the range [0, 1000]" in result.stderr


# --- validate -------------------------------------------------------------------------


def test_validate_accepts_every_shipped_scenario(runner: CliRunner) -> None:
    result = run(runner, "validate", *SHIPPED)

    assert result.exit_code == 0, result.output
    assert result.stdout.count(" is geldig: ") == len(SHIPPED)
    assert (
        "scenarios/haaksbergen-2020.yaml is geldig: 3 kandidaten, 7 criteria."
        in result.stdout
    )


def test_validate_reports_every_problem_as_file_line_column(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    path = write_scenario(BAD)

    result = run(runner, "validate", path)

    assert_user_error(result, 1)
    *problems, summary = result.stderr.splitlines()
    assert len(problems) == 2
    for line in problems:
        assert re.fullmatch(rf"{re.escape(str(path))}:\d+:\d+: \S.*", line), line
    assert problems[0].startswith(f"{path}:9:")
    assert problems[1].startswith(f"{path}:12:")
    assert summary == f"2 problemen gevonden in {path}."


def test_validate_checks_every_file_and_exits_with_the_worst_code(
    runner: CliRunner, write_scenario: WriteScenario, tmp_path: Path
) -> None:
    good = write_scenario(GOOD, "goed.yaml")
    bad = write_scenario(BAD, "fout.yaml")

    result = run(runner, "validate", good, bad, tmp_path / "weg.yaml")

    assert_user_error(result, 3)
    assert f"{good} is geldig" in result.stdout
    assert f"gevonden in {bad}." in result.stderr
    assert f"{tmp_path / 'weg.yaml'}: bestand niet gevonden" in result.stderr


def test_validate_a_missing_file_exits_3(runner: CliRunner, tmp_path: Path) -> None:
    assert_user_error(run(runner, "validate", tmp_path / "weg.yaml"), 3)


# --- criteria -------------------------------------------------------------------------


def test_criteria_lists_the_built_in_sets(runner: CliRunner) -> None:
    result = run(runner, "criteria")

    assert result.exit_code == 0, result.output
    for name in ("drie-k", "haaksbergen", "samenwerkingsvorm", "vier-k"):
        assert name in result.stdout
    assert "Maatgevende criteria (Haaksbergen 2020)" in result.stdout


def test_criteria_shows_one_set_with_its_definitions(runner: CliRunner) -> None:
    result = run(runner, "criteria", "haaksbergen")

    assert result.exit_code == 0, result.output
    assert "Maatgevende criteria (Haaksbergen 2020) (haaksbergen)" in result.stdout
    for criterion in ("vertrouwen", "ict", "voorwaarden", "kosten_structureel"):
        assert criterion in result.stdout
    assert "lager is beter" in result.stdout
    assert "Gebruik in een scenario: 'criteriaset: haaksbergen'" in result.stdout


def test_criteria_with_an_unknown_set_lists_the_built_in_ones(
    runner: CliRunner,
) -> None:
    result = run(runner, "criteria", "vijf-k")

    assert_user_error(result, 2)
    assert result.stderr.startswith(
        "fout: criteriaset 'vijf-k' bestaat niet; ingebouwd zijn: drie-k, haaksbergen, samenwerkingsvorm, vier-k"
    )


# --- the application ------------------------------------------------------------------


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")

    assert result.exit_code == 0
    assert result.stdout == f"partnerkeuze {__version__}\n"


COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_documented_commands_exist() -> None:
    assert {"rank", "validate", "criteria"} <= set(COMMANDS)


@pytest.mark.parametrize(
    "command", [[], *([c] for c in COMMANDS)], ids=["app", *COMMANDS]
)
def test_help_of_every_command_has_an_example(
    runner: CliRunner, command: list[str]
) -> None:
    result = run(runner, *command, "--help")

    assert result.exit_code == 0
    assert "Voorbeeld: partnerkeuze" in result.stdout


def test_help_in_english_with_lang(runner: CliRunner) -> None:
    """--help is built before --lang is parsed, so main() reads --lang from argv itself."""
    code = (
        "import sys; from partnerkeuze.cli import main; "
        "sys.argv = ['partnerkeuze', 'rank', '--help', '--lang', 'en']; main()"
    )
    env = {k: v for k, v in os.environ.items() if k != "PARTNERKEUZE_LANG"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**env, "COLUMNS": "200"},
    )

    assert result.returncode == 0, result.stderr
    assert "Example: partnerkeuze rank" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "weg.yaml"],
        ["rank", "{bad}"],
        ["rank", "{nul}"],
        ["rank", "{negative}"],
        ["rank", "{unknown_key}"],
        ["rank", "{duplicate_key}"],
        ["rank", "{english_out_of_range}"],
        ["rank", str(HAAKSBERGEN), "--weight", "ict"],
        ["validate", "{negative}"],
        ["validate", "{unknown_key}"],
        ["criteria", "vijf-k"],
    ],
    ids=lambda a: "-".join(x.strip("{}") for x in a if "/" not in x),
)
def test_no_user_error_shows_a_traceback(
    runner: CliRunner, write_scenario: WriteScenario, tmp_path: Path, args: list[str]
) -> None:
    files = {
        "bad": write_scenario(BAD, "bad.yaml"),
        "negative": write_scenario(
            GOOD.replace("gewicht: 40", "gewicht: -2"), "negative.yaml"
        ),
        "unknown_key": write_scenario(
            GOOD.replace("gewicht: 40", "gewict: 40"), "unknown_key.yaml"
        ),
        "duplicate_key": write_scenario(
            GOOD.replace("titel: Klein", "titel: A\ntitel: Klein"), "dup.yaml"
        ),
        "english_out_of_range": write_scenario(
            GOOD.replace("kandidaten:", "candidates:")
            .replace("gewicht", "weight")
            .replace("kosten: 300", "kosten: 3000"),
            "english.yaml",
        ),
    }
    (tmp_path / "nul.yaml").write_bytes(b"versie: 1\x00")
    files["nul"] = tmp_path / "nul.yaml"

    result = run(runner, *(a.format(**files) if a.startswith("{") else a for a in args))

    assert result.exit_code in (1, 2, 3), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


def test_a_real_process_prints_no_traceback_for_a_user_error(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(GOOD.replace("gewicht: 40", "gewicht: -2"))

    result = subprocess.run(
        [sys.executable, "-m", "partnerkeuze", "rank", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{path}:5:" in result.stderr


# --- colour ---------------------------------------------------------------------------


def test_no_escape_codes_when_output_is_not_a_terminal(runner: CliRunner) -> None:
    result = run(runner, "rank", HAAKSBERGEN, "--weight", "ict=0")

    assert not ANSI.search(result.stdout)


def test_no_escape_codes_with_no_color(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    ok = run(runner, "rank", HAAKSBERGEN, env={"NO_COLOR": "1"})
    failed = run(runner, "rank", write_scenario(BAD), env={"NO_COLOR": "1"})

    assert not ANSI.search(ok.stdout)
    assert not ANSI.search(failed.stderr)


def test_no_colour_with_no_color_even_on_a_terminal(runner: CliRunner) -> None:
    """NO_COLOR (no-color.org) forbids colour; bold and italic may stay."""
    on_terminal = run(
        runner, "rank", HAAKSBERGEN, "--weight", "ict=0", env={"TTY_COMPATIBLE": "1"}
    )
    no_color = run(
        runner,
        "rank",
        HAAKSBERGEN,
        "--weight",
        "ict=0",
        env={"TTY_COMPATIBLE": "1", "NO_COLOR": "1"},
    )

    assert ANSI_COLOUR.search(on_terminal.stdout), (
        "the terminal check itself needs colour to begin with"
    )
    assert not ANSI_COLOUR.search(no_color.stdout)


@pytest.mark.parametrize("command", ["rank", "sensitivity", "weights", "profiles"])
def test_names_with_square_brackets_are_printed_as_written(
    runner: CliRunner, write_scenario: WriteScenario, command: str
) -> None:
    """A name is text, not rich markup: '[x 1000]' stays, and a lone '[/b]' is no crash."""
    path = write_scenario(
        GOOD.replace("id: kosten,", "id: kosten, naam: 'Kosten [x 1000]',")
        .replace("naam: Buurgemeente", "naam: 'Gemeente [/b] Buren'")
        .replace("kandidaten:", "profielen:\n  raad: {naam: 'Raad [/i]', gewichten: {kwaliteit: 1, kosten: 1}}\n"
                 "kandidaten:")
    )

    result = run(runner, command, path, *(["--samples", "0"] if command == "sensitivity" else []))

    assert result.exit_code == 0, result.output
    assert "Kosten [x 1000]" in result.stdout
    if command != "weights":
        assert "Gemeente [/b] Buren" in result.stdout
    if command == "weights":
        assert "Raad [/i]" in result.stdout


# --- sensitivity ----------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_sensitivity_reports_every_shipped_scenario(runner: CliRunner, path: Path) -> None:
    result = run(runner, "sensitivity", path, "--samples", "500")
    assert result.exit_code == 0, result.output
    assert "In woorden, voor het voorstel" in result.output
    assert "Traceback" not in result.output


def test_sensitivity_json_follows_the_contract(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "3000", "--seed", "5")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["winner"] == "hengelo"
    assert sum(document["weights"].values()) == pytest.approx(1.0)
    by_criterion = {entry["criterion"]: entry for entry in document["weight_intervals"]}
    assert by_criterion["kwetsbaarheid"]["winner"] == pytest.approx([0.0, 0.36])
    assert by_criterion["kwetsbaarheid"]["winner_takeover"]["high"] == "enschede"
    low, high = by_criterion["kwetsbaarheid"]["ranking"]
    assert 0 <= low <= 0.2 <= high <= 1
    accepted = document["acceptability"]
    assert (accepted["samples"], accepted["seed"], accepted["sampling"]) == (3000, 5, "around")
    ranks = accepted["ranks"]
    for shares in ranks.values():
        assert sum(shares) == pytest.approx(1.0)
    for place in range(len(ranks)):
        assert sum(shares[place] for shares in ranks.values()) == pytest.approx(1.0)
    assert {t["candidate"] for t in document["score_thresholds"]} == {"enschede", "hengelo", "zelf_doen"}


def test_sensitivity_is_reproducible_byte_for_byte(runner: CliRunner) -> None:
    first = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "2000", "--seed", "11")
    again = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "2000", "--seed", "11")
    other = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "2000", "--seed", "12")
    assert first.stdout == again.stdout
    assert first.stdout != other.stdout


def test_sensitivity_without_samples_has_no_acceptability(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "0")
    assert json.loads(result.stdout)["acceptability"] is None


def test_sensitivity_uniform_sampling(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "1000", "--sampling", "uniform")
    accepted = json.loads(result.stdout)["acceptability"]
    assert accepted["sampling"] == "uniform"
    assert accepted["concentration"] is None


@pytest.mark.parametrize(
    "args",
    [("--sampling", "ergens"), ("--seed", "-1"), ("--samples", "-5"), ("--weight", "onbekend=3")],
)
def test_sensitivity_refuses_bad_options(runner: CliRunner, args: tuple[str, str]) -> None:
    assert_user_error(run(runner, "sensitivity", HAAKSBERGEN, *args), 2)


def test_sensitivity_with_weight_analyses_the_new_weights(runner: CliRunner) -> None:
    result = run(runner, "sensitivity", HAAKSBERGEN, "--json", "--samples", "0", "--weight", "kwetsbaarheid=80")
    assert json.loads(result.stdout)["winner"] == "enschede"


# --- portfolio and --taak (files with tasks) ----------------------------------------------

OMMEN_TASKS = Path(__file__).parents[2] / "scenarios" / "ommen-diensten.yaml"


def test_portfolio_shows_the_best_partner_per_task_and_the_picture(runner: CliRunner) -> None:
    result = run(runner, "portfolio", OMMEN_TASKS)

    assert result.exit_code == 0, result.output
    assert "★ Zwolle" in result.stdout
    assert "Regionale uitvoeringsorganisatie: Gegevensbeheer en archief en Belastingen" in result.stdout
    assert "Alles bij één partner" in result.stdout


def test_portfolio_json_and_samples_are_reproducible(runner: CliRunner) -> None:
    first = run(runner, "portfolio", OMMEN_TASKS, "--json", "--samples", "300", "--seed", "4")
    second = run(runner, "portfolio", OMMEN_TASKS, "--json", "--samples", "300", "--seed", "4")

    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)["steekproeven"] == 300


def test_portfolio_weight_applies_to_every_task_and_says_so(runner: CliRunner) -> None:
    plain = json.loads(run(runner, "portfolio", OMMEN_TASKS, "--json").stdout)
    weighed = run(runner, "portfolio", OMMEN_TASKS, "--json", "--weight", "nabijheid=40")
    shown = run(runner, "portfolio", OMMEN_TASKS, "--weight", "nabijheid=40")

    assert weighed.exit_code == 0, weighed.output
    document = json.loads(weighed.stdout)
    assert plain["advies"]["per_taak"]["archief"] == "regio"
    assert document["advies"]["per_taak"]["archief"] == "zwolle"
    assert document["gewichten_vervangen"] == {"nabijheid": 40.0}
    assert "Gewichten voor elke taak vervangen (--weight): nabijheid = 40." in shown.stdout


def test_portfolio_refuses_an_unknown_weight_or_profile(runner: CliRunner) -> None:
    weight = run(runner, "portfolio", OMMEN_TASKS, "--weight", "bogus=3")
    profile = run(runner, "portfolio", OMMEN_TASKS, "--profiel", "raad")

    assert_user_error(weight, 2)
    assert "bogus" in weight.stderr
    assert_user_error(profile, 2)
    assert "geen profielen" in profile.stderr


def test_portfolio_in_english(runner: CliRunner) -> None:
    result = run(runner, "portfolio", OMMEN_TASKS, "--lang", "en")

    assert result.exit_code == 0, result.output
    assert "Who takes which tasks" in result.stdout


def test_portfolio_refuses_a_file_without_tasks(runner: CliRunner) -> None:
    result = run(runner, "portfolio", Path(__file__).parents[2] / "scenarios" / "ommen-ict.yaml")

    assert result.exit_code == 2
    assert "geen taken" in result.stderr


def test_rank_without_taak_ranks_the_first_task_and_says_so(runner: CliRunner) -> None:
    result = run(runner, "rank", OMMEN_TASKS, "--json")

    assert result.exit_code == 0, result.output
    assert '"zwolle"' in result.stdout
    assert "eerste taak, 'ict'" in result.stderr
    assert "partnerkeuze portfolio" in result.stderr


@pytest.mark.parametrize("command", ["rank", "sensitivity"])
def test_taak_selects_one_task(runner: CliRunner, command: str) -> None:
    extra = ["--samples", "200"] if command == "sensitivity" else []

    result = run(runner, command, OMMEN_TASKS, "--taak", "zorgadministratie", *extra)

    assert result.exit_code == 0, result.output
    assert "Raalte" in result.stdout
    assert "eerste taak" not in result.stderr


def test_taak_unknown(runner: CliRunner) -> None:
    result = run(runner, "rank", OMMEN_TASKS, "--taak", "ict2")

    assert result.exit_code == 2
    assert "onbekende taak 'ict2'" in result.stderr


def test_main_knows_every_command_by_name() -> None:
    """main() builds only the command it runs (cli.COMMANDS, cli._MODULES); a new command must be listed."""
    registered = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]

    assert sorted(cli.COMMANDS) == registered
    assert sorted(cli._MODULES) == registered
    for name in cli.COMMANDS:  # built alone, each command is there
        alone = typer.main.get_command(cli.build_app("nl", only=name))
        assert list(alone.commands) == [name]  # type: ignore[attr-defined]


def test_a_command_run_alone_still_has_its_help_and_errors() -> None:
    """``partnerkeuze rank --help`` and a usage error, through main() in a fresh process."""
    helped = subprocess.run([sys.executable, "-m", "partnerkeuze", "rank", "--help"],
                            capture_output=True, text=True, check=False)
    wrong = subprocess.run([sys.executable, "-m", "partnerkeuze", "rank", "--bogus"],
                           capture_output=True, text=True, check=False)

    assert helped.returncode == 0
    assert "--weight" in helped.stdout
    assert wrong.returncode == 2
    assert "--bogus" in wrong.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["rank", "validate", "sensitivity"])
def test_a_device_is_refused_at_once_by_every_command(command: str) -> None:
    """`rank /dev/zero` hung, reading forever to look the file up in the cache (issue #16)."""
    result = subprocess.run(
        [sys.executable, "-m", "partnerkeuze", command, "/dev/zero"],
        capture_output=True, text=True, timeout=30, check=False,
        env={**os.environ, "PARTNERKEUZE_LANG": "nl"},
    )

    assert result.returncode == EXIT_UNREADABLE
    assert "dit is geen gewoon bestand" in result.stderr
    assert "Traceback" not in result.stderr
