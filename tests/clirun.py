"""Running the command line in the tests: a wide, colourless, Dutch runner, and output flattened."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from partnerkeuze.cli import app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": None, "NO_COLOR": None, "FORCE_COLOR": None})


def run(runner: CliRunner, *args: str | Path) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def flat(text: str) -> str:
    return " ".join(text.split())
