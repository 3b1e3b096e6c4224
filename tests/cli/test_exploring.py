"""The ``explore`` command (``cli/exploring.py``): headless replay, screenshots, errors before textual."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from partnerkeuze.cli import app
from partnerkeuze.cli.exploring import parse_keys
from partnerkeuze.errors import EXIT_INVALID, EXIT_OUTPUT, EXIT_USAGE, UsageError

ROOT = Path(__file__).parents[2]
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"
WriteScenario = Callable[..., Path]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"PARTNERKEUZE_LANG": None, "NO_COLOR": None, "FORCE_COLOR": None})


def run(runner: CliRunner, *args: str | Path) -> Result:
    return runner.invoke(app, ["explore", *(str(a) for a in args)])


def test_keys_are_replayed_and_the_last_screen_printed(runner: CliRunner) -> None:
    keys = ",".join(["down"] * 6 + ["right"] * 17 + ["q", "left"])
    result = run(runner, HAAKSBERGEN, "--keys", keys)

    assert result.exit_code == 0, result.output
    assert "⇄ Enschede wordt eerste boven 36,0% voor Vermindering van kwetsbaarheid" in result.stdout
    assert "37,0% *" in result.stdout  # the 'left' after 'q' was not pressed
    assert len(result.stdout.splitlines()) == 24


def test_a_screenshot_needs_no_terminal(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "a.svg"
    result = run(runner, HAAKSBERGEN, "--keys", "", "--screenshot", target, "--lang", "en")

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    assert "Winner&#160;first" in svg or "Winner first" in svg


def test_a_screenshot_replaces_an_existing_file_only_with_force(runner: CliRunner, tmp_path: Path) -> None:
    """As export -o and form -o: a file that is there is the user's (here a scenario with a typo'd name)."""
    target = tmp_path / "haaksbergen.yml"
    target.write_text("versie: 1\n", encoding="utf-8")

    refused = run(runner, HAAKSBERGEN, "--keys", "", "--screenshot", target)
    assert refused.exit_code == EXIT_OUTPUT
    assert "bestaat al; gebruik --force om het te vervangen" in refused.stderr
    assert target.read_text(encoding="utf-8") == "versie: 1\n"

    replaced = run(runner, HAAKSBERGEN, "--keys", "", "--screenshot", target, "--force")
    assert replaced.exit_code == 0, replaced.output
    assert target.read_text(encoding="utf-8").startswith("<svg")


def test_explore_runs_headless_in_a_real_process_without_a_terminal(tmp_path: Path) -> None:
    target = tmp_path / "a.svg"
    env = {**os.environ, "PARTNERKEUZE_LANG": "nl"}
    env.pop("TEXTUAL", None)
    done = subprocess.run(
        [sys.executable, "-m", "partnerkeuze", "explore", str(HAAKSBERGEN), "--keys", "", "--screenshot", str(target)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120, check=False,
    )

    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("<svg")


def test_without_a_terminal_and_without_keys_it_says_how(runner: CliRunner) -> None:
    result = run(runner, HAAKSBERGEN)

    assert result.exit_code == EXIT_USAGE
    assert "--keys" in result.stderr
    assert "Traceback" not in result.output


def test_an_invalid_scenario_ends_before_the_screen_opens(runner: CliRunner, write_scenario: WriteScenario) -> None:
    path = write_scenario("versie: 1\ntitel: X\ncriteria: []\nkandidaten: []\n")
    result = run(runner, path, "--keys", "")

    assert result.exit_code == EXIT_INVALID
    assert f"{path}:" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profiel", "niemand"], "niemand"),
        (["--taak", "geen"], "geen"),
        (["--keys", "rechts"], "rechts"),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = run(runner, HAAKSBERGEN, *args, *(["--keys", ""] if "--keys" not in args else []))

    assert result.exit_code == EXIT_USAGE, result.output
    assert message in result.stderr


def test_help_explains_the_keys(runner: CliRunner) -> None:
    result = run(runner, "--help")

    assert result.exit_code == 0
    for option in ("--profiel", "--taak", "--keys", "--screenshot", "--lang"):
        assert option in result.stdout
    assert "procentpunt" in result.stdout


def test_keys_are_single_characters_or_textual_names() -> None:
    assert parse_keys("right, shift+right,>,+,s,enter,q") == ["right", "shift+right", ">", "+", "s", "enter", "q"]
    assert parse_keys("") == []
    with pytest.raises(UsageError):
        parse_keys("right,links")
