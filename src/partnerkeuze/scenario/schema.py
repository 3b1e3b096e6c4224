"""The JSON Schema of the scenario format, generated from the pydantic models.

Why: an editor with a YAML language server (VS Code's YAML extension, for one) then
checks and completes a scenario while it is typed, with the Dutch descriptions of
``models.py`` as hover help. The schema is never written by hand: ``partnerkeuze
schema`` prints it, ``schema/scenario.schema.json`` in the repository is that output
(a test keeps the two equal), and scenario files point at it with a modeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from partnerkeuze.scenario.models import Scenario

SCHEMA_FILE_NAME = "scenario.schema.json"
MODELINE_PREFIX = "# yaml-language-server: $schema="


def scenario_schema(*, english_keys: bool = False) -> dict[str, Any]:
    """The scenario format as a JSON Schema (Dutch keys, or English with ``english_keys``)."""
    schema = Scenario.model_json_schema(by_alias=not english_keys, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "partnerkeuze-scenario (versie 1)",
    }


def schema_json(*, english_keys: bool = False) -> str:
    """The schema as stable JSON text (same models, same bytes)."""
    return json.dumps(scenario_schema(english_keys=english_keys), ensure_ascii=False, indent=2) + "\n"


def modeline(scenario: Path, schema: Path) -> str:
    """The first line that points an editor at ``schema``, relative to the scenario's folder."""
    try:
        relative = schema.resolve().relative_to(scenario.resolve().parent)
        target = relative.as_posix()
    except ValueError:
        target = _relative_path(scenario.resolve().parent, schema.resolve())
    return f"{MODELINE_PREFIX}{target}"


def _relative_path(start: Path, target: Path) -> str:
    import os  # noqa: PLC0415

    return Path(os.path.relpath(target, start)).as_posix()
