"""Tables at 80 and 60 columns: split into parts with the labels repeated, folded, never cut."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from partnerkeuze.cli import app
from partnerkeuze.render.fitwidth import Fitted, pieces

SCENARIOS = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))


def _render(renderable: object, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def _wide_table() -> Table:
    table = Table(title="Rangorde")
    table.add_column("Criterium")
    for k in range(6):
        table.add_column(f"Kandidaat {k}", justify="right")
    for name in ("Kwaliteit en informatieveiligheid", "Structurele kosten"):
        table.add_row(name, *(f"€ 1.{k}50.000 → 10,6" for k in range(6)))
    return table


def test_an_amount_is_one_piece_with_its_currency_sign() -> None:
    assert pieces("€ 1.150.000 → 10,6") == ["€ 1.150.000", "→", "10,6"]
    assert pieces("(€ 950.000 tot € 1.350.000)") == ["(€ 950.000", "tot", "€ 1.350.000)"]


def test_a_table_that_fits_is_left_as_it_is() -> None:
    table = Table()
    table.add_column("a")
    table.add_row("kort")
    assert _render(Fitted(table), 80) == _render(table, 80)


@pytest.mark.parametrize("width", [80, 60])
def test_a_wide_table_splits_into_parts_that_repeat_the_labels_and_cut_nothing(width: int) -> None:
    text = _render(Fitted(_wide_table()), width)
    assert "…" not in text
    assert all(len(line) <= width for line in text.splitlines())
    assert text.count("Rangorde") >= 2 and "(vervolg)" in text
    assert text.count("Structurele kosten") == text.count("Rangorde")  # every part has its labels
    for k in range(6):
        assert f"€ 1.{k}50.000" in text  # every amount whole on one line


def test_one_column_too_wide_even_alone_does_not_split_the_others_one_by_one() -> None:
    """A participant named with an 80-letter word: four short columns still share a part."""
    table = Table(title="Gewichten per deelnemer")
    table.add_column("Criterium")
    for name in ("A", "B", "C", "x" * 80, "D"):
        table.add_column(name, justify="right")
    table.add_row("Vertrouwen", *["11,0% (10)"] * 5)

    text = _render(Fitted(table), 80)

    assert text.count("Gewichten per deelnemer") == 3  # A B C | the long one, folded | D
    assert all(len(line) <= 80 for line in text.splitlines())


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.stem)
def test_no_command_cuts_a_word_or_number_at_a_narrow_terminal(scenario: Path, width: int, language: str) -> None:
    runner = CliRunner()
    commands = [["rank"], ["sensitivity", "--samples", "500"], ["weights"], ["profiles"],
                ["validate"], ["compare", str(SCENARIOS[0])]]
    if "taken:" in scenario.read_text(encoding="utf-8"):
        commands.append(["portfolio", "--samples", "0"])
    for command in commands:
        result = runner.invoke(app, [command[0], str(scenario), *command[1:], "--lang", language],
                               env={"COLUMNS": str(width)})
        assert result.exit_code in (0, 2), (command, result.output)  # compare of two different files: 0
        assert "…" not in result.stdout, (command, width)  # stderr messages wrap in the terminal itself
        too_long = [line for line in result.stdout.splitlines() if len(line) > width]
        assert not too_long, (command, too_long[:3])


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("arguments", [["criteria"], ["criteria", "haaksbergen"]])
def test_the_criteria_sets_fit_a_narrow_terminal(arguments: list[str], width: int) -> None:
    result = CliRunner().invoke(app, arguments, env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    assert "…" not in result.stdout
    assert all(len(line) <= width for line in result.stdout.splitlines())
