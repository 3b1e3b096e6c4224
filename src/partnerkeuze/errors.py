"""The only exception hierarchy; the CLI catches ``PartnerkeuzeError`` and nothing else.

Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Documented exit codes (README "Exitcodes").
EXIT_OK = 0
EXIT_INVALID = 1  # the scenario (or a criteria set) has errors
EXIT_USAGE = 2  # wrong use of the command line (also click's own usage errors)
EXIT_UNREADABLE = 3  # a file is missing, unreadable, not text or too large
EXIT_OUTPUT = 4  # an output file could not be written


@dataclass(frozen=True)
class Location:
    """A place in a file; line and column are 1-based, 0 when unknown."""

    path: Path
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.column}"
        return str(self.path)


@dataclass(frozen=True)
class Issue:
    """One problem in a file, with where it is."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class PartnerkeuzeError(Exception):
    """Root of every error a user can cause."""

    exit_code = EXIT_INVALID


class ScenarioError(PartnerkeuzeError):
    """A single located problem that stops reading a file (unreadable, bad YAML)."""

    def __init__(self, issue: Issue, *, exit_code: int = EXIT_INVALID) -> None:
        super().__init__(str(issue))
        self.issue = issue
        self.exit_code = exit_code


class ScenarioInvalid(PartnerkeuzeError):
    """Every problem found while validating a scenario, reported at once."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = tuple(issues)


class UsageError(PartnerkeuzeError):
    """A command-line argument that cannot be used (e.g. ``--weight`` for an unknown id)."""

    exit_code = EXIT_USAGE


class ExportError(PartnerkeuzeError):
    """An output file that could not be written, or would overwrite something."""

    exit_code = EXIT_OUTPUT
