"""A validated scenario with where it came from: what ``loading`` hands to ``resolve``.

A module of its own so that reading (``loading``) and cross-checking (``resolve``,
``tasks``) both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partnerkeuze.scenario.models import CriteriaSet, Scenario
from partnerkeuze.scenario.yamlsource import SourceMap


@dataclass(frozen=True)
class LoadedScenario:
    """A validated scenario with where it came from."""

    scenario: Scenario
    path: Path
    source: SourceMap
    sha256: str
    criteria_set: CriteriaSet | None = None
    criteria_set_path: Path | None = None  # the set's file, when the scenario names one
