"""typer's and click's own words in Dutch (``cli/dutch.py``), and in English with --lang en.

These tests run the CLI and read what it prints: the mechanism leans on typer's
English wording and on names inside typer, so a typer upgrade that moves one of them
fails here, naming the text that went back to English.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from partnerkeuze.cli import build_app
from partnerkeuze.cli.dutch import CLICK_LABELS, CLICK_MESSAGES, translate
from partnerkeuze.language import Language

ENV = {"COLUMNS": "200", "PARTNERKEUZE_LANG": None, "NO_COLOR": "1", "FORCE_COLOR": None}

DUTCH_HELP = (
    "Gebruik: partnerkeuze rank [OPTIES] {SCENARIO.yaml}", "Argumenten", "Opties", "[verplicht]",
    "[standaard: wsm]", "[omgevingsvariabele: PARTNERKEUZE_LANG]", "Toon deze hulp en stop.",
)
ENGLISH_HELP = (
    "Usage: partnerkeuze rank [OPTIONS] {SCENARIO.yaml}", "Arguments", "Options", "[required]",
    "[default: wsm]", "[env var: PARTNERKEUZE_LANG]", "Show this message and exit.",
)


def invoke(language: Language, *args: str) -> tuple[int, str]:
    result = CliRunner(env=ENV).invoke(build_app(language), list(args), prog_name="partnerkeuze")
    return result.exit_code, result.output


def main_output(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m partnerkeuze ...`` as a user runs it: main() builds the one command."""
    env = {k: v for k, v in os.environ.items() if k != "PARTNERKEUZE_LANG"}
    return subprocess.run(
        [sys.executable, "-m", "partnerkeuze", *args], capture_output=True, text=True, check=False,
        env={**env, "COLUMNS": "200", "NO_COLOR": "1"},
    )


# --- help --------------------------------------------------------------------------


def test_help_is_dutch_by_default() -> None:
    result = main_output("rank", "--help")

    assert result.returncode == 0
    for text in DUTCH_HELP:
        assert text in result.stdout
    for text in ENGLISH_HELP:
        assert text not in result.stdout


def test_help_stays_english_with_lang_en() -> None:
    result = main_output("rank", "--help", "--lang", "en")

    assert result.returncode == 0
    for text in ENGLISH_HELP:
        assert text in result.stdout
    assert "Gebruik" not in result.stdout
    assert "[standaard" not in result.stdout


def test_the_program_help_names_commands_and_typer_options_in_dutch() -> None:
    exit_code, output = invoke("nl", "--help")

    assert exit_code == 0
    assert "Gebruik: partnerkeuze [OPTIES] OPDRACHT [ARGUMENTEN]..." in output
    assert "Opdrachten" in output
    assert "Installeer het aanvullen van opdrachten voor deze shell." in output
    assert "Commands" not in output


# --- errors --------------------------------------------------------------------------

ERRORS = [
    (["rank"], "Argument 'SCENARIO.yaml' ontbreekt.", "Missing argument 'SCENARIO.yaml'."),
    (["rank", "--bogus", "x"], "Onbekende optie: --bogus", "No such option: --bogus"),
    (["rank", "x", "--lan", "nl"], "Onbekende optie: --lan (bedoelt u: --lang)",
     "No such option: --lan (Possible options: --lang)"),
    (["rnak"], "Onbekende opdracht 'rnak'. Bedoelt u 'rank'?", "No such command 'rnak'. Did you mean 'rank'?"),
    (["sensitivity", "x", "-n", "-3"],
     "Ongeldige waarde voor '--samples' / '-n': -3 ligt niet in het bereik x>=0.",
     "Invalid value for '--samples' / '-n': -3 is not in the range x>=0."),
    (["sensitivity", "x", "-n", "abc"],
     "Ongeldige waarde voor '--samples' / '-n': 'abc' is geen geheel getal.",
     "Invalid value for '--samples' / '-n': 'abc' is not a valid int range."),
    (["rank", "x", "--weight"], "Optie '--weight' heeft een waarde nodig.", "Option '--weight' requires an argument."),
    (["rank", "x", "--json=ja"], "Optie '--json' heeft geen waarde.", "Option '--json' does not take a value."),
    (["rank", "a.yaml", "b.yaml"], "Te veel argumenten (b.yaml)", "Got unexpected extra argument(s) (b.yaml)"),
]
# click raises these two without a context: typer prints no usage line or hint with them.
WITHOUT_USAGE = ({"--weight"}, {"--json=ja"})


@pytest.mark.parametrize(("args", "dutch", "english"), ERRORS, ids=[" ".join(e[0]) for e in ERRORS])
def test_usage_errors_are_dutch_by_default(args: list[str], dutch: str, english: str) -> None:
    exit_code, output = invoke("nl", *args)

    assert exit_code == 2
    assert dutch in output
    assert english not in output
    assert "─ Fout ─" in output
    if not any(flags <= set(args) for flags in WITHOUT_USAGE):
        assert "Gebruik: partnerkeuze" in output
        assert f"Probeer 'partnerkeuze{' ' + args[0] if args[0] != 'rnak' else ''} -h' voor hulp." in output


@pytest.mark.parametrize(("args", "dutch", "english"), ERRORS, ids=[" ".join(e[0]) for e in ERRORS])
def test_usage_errors_stay_english_with_lang_en(args: list[str], dutch: str, english: str) -> None:
    """Run after a Dutch application in the same process: typer's labels are put back."""
    invoke("nl", *args)

    exit_code, output = invoke("en", *args)

    assert exit_code == 2
    assert english in output
    assert dutch not in output
    assert "─ Error ─" in output
    if not any(flags <= set(args) for flags in WITHOUT_USAGE):
        assert "Usage: partnerkeuze" in output
        assert "for help." in output


def test_a_usage_error_through_main_is_dutch() -> None:
    """main() builds only ``rank``; the error still passes the translating root group."""
    result = main_output("rank", "--bogus", "x")

    assert result.returncode == 2
    assert "Onbekende optie: --bogus" in result.stderr
    assert "Probeer 'partnerkeuze rank -h' voor hulp." in result.stderr


def test_english_with_the_environment_variable() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "partnerkeuze", "rank"], capture_output=True, text=True, check=False,
        env={**os.environ, "PARTNERKEUZE_LANG": "en", "COLUMNS": "200", "NO_COLOR": "1"},
    )

    assert result.returncode == 2
    assert "Missing argument 'SCENARIO.yaml'." in result.stderr


# --- the tables --------------------------------------------------------------------


@pytest.mark.parametrize("english", list(CLICK_MESSAGES))
def test_every_template_translates_its_own_message(english: str) -> None:
    """The order of CLICK_MESSAGES: no earlier template takes another's message."""
    names = [part for i, part in enumerate(english.replace("}", "{").split("{")) if i % 2]
    values = {name: f"<{name}>" for name in names}

    assert translate(english.format(**values)) == CLICK_MESSAGES[english].format(**values)


def test_an_unknown_message_stays_as_it_is() -> None:
    assert translate("Something typer says one day.") == "Something typer says one day."


def test_every_label_is_a_constant_typer_has() -> None:
    """Setting a constant typer renamed would change nothing, silently."""
    from typer import rich_utils

    missing = [name for name in CLICK_LABELS if not hasattr(rich_utils, name)]

    assert missing == []
