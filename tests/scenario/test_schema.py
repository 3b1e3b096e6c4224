"""The JSON Schema of the scenario format (``schema.py``, ``partnerkeuze schema``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from partnerkeuze.cli import app
from partnerkeuze.scenario.schema import (
    MODELINE_PREFIX,
    modeline,
    scenario_schema,
    schema_json,
)

ROOT = Path(__file__).parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
COMMITTED = ROOT / "schema" / "scenario.schema.json"


def as_json(value: Any) -> Any:
    """YAML data as JSON data (dates become ISO strings, as an editor's validator sees them)."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def errors_of(data: Any, schema: dict[str, Any] | None = None) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema or scenario_schema())
    return [error.message for error in validator.iter_errors(as_json(data))]


def test_the_committed_schema_is_the_generated_one() -> None:
    """Refresh with: partnerkeuze schema > schema/scenario.schema.json"""
    assert COMMITTED.read_text(encoding="utf-8") == schema_json()


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(scenario_schema())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_validates_against_the_schema(path: Path) -> None:
    assert errors_of(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_points_its_editor_at_the_schema(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert f"{MODELINE_PREFIX}../schema/scenario.schema.json" in lines
    assert (path.parent / "../schema/scenario.schema.json").resolve() == COMMITTED.resolve()


def test_the_schema_catches_what_an_editor_should_flag() -> None:
    good = {"versie": 1, "titel": "x", "criteria": [{"id": "ict", "gewicht": 1}],
            "kandidaten": [{"id": "a", "scores": {"ict": "++"}}]}
    assert errors_of(good) == []
    negative = json.loads(json.dumps(good))
    negative["criteria"][0]["gewicht"] = -2
    assert errors_of(negative)
    unknown = {**good, "gewict": 3}
    assert errors_of(unknown)
    bad_direction = json.loads(json.dumps(good))
    bad_direction["criteria"][0]["richting"] = "omhoog"
    assert errors_of(bad_direction)


def test_descriptions_are_dutch_and_everywhere() -> None:
    schema = scenario_schema()
    for name, definition in schema["$defs"].items():
        for key, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{key} has no description"
    assert "hoger is beter" in json.dumps(schema, ensure_ascii=False)


def test_english_keys_on_request() -> None:
    english = scenario_schema(english_keys=True)
    assert {"title", "candidates", "criteria", "version"} <= set(english["properties"])
    data = {"version": 1, "title": "x", "criteria": [{"id": "ict", "weight": 1}],
            "candidates": [{"id": "a", "scores": {"ict": 3}}]}
    assert errors_of(data, english) == []


def test_modeline_is_relative_to_the_scenario(tmp_path: Path) -> None:
    (tmp_path / "schema").mkdir()
    scenario = tmp_path / "scenarios" / "x.yaml"
    assert modeline(scenario, tmp_path / "schema" / "s.json") == f"{MODELINE_PREFIX}../schema/s.json"
    assert modeline(scenario, tmp_path / "scenarios" / "s.json") == f"{MODELINE_PREFIX}s.json"


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "partnerkeuze-scenario (versie 1)"


def test_init_writes_the_modeline_and_the_schema_beside_it(tmp_path: Path) -> None:
    output = tmp_path / "nieuw.yaml"
    result = CliRunner().invoke(app, ["init", str(output), "--criteriaset", "drie-k", "--kandidaat", "Hengelo"])
    assert result.exit_code == 0, result.output
    assert f"{MODELINE_PREFIX}scenario.schema.json" in output.read_text(encoding="utf-8").splitlines()
    assert (tmp_path / "scenario.schema.json").read_text(encoding="utf-8") == schema_json()
    assert errors_of(yaml.safe_load(output.read_text(encoding="utf-8"))) == []


def test_init_keeps_an_existing_schema_file(tmp_path: Path) -> None:
    mine = tmp_path / "scenario.schema.json"
    mine.write_text("{}", encoding="utf-8")
    CliRunner().invoke(app, ["init", str(tmp_path / "nieuw.yaml")])
    assert mine.read_text(encoding="utf-8") == "{}"


def test_the_schema_knows_both_forms_of_a_value_function() -> None:
    """Points [score, value] with values 0-100, or a value per label (issue #13)."""
    base = {"versie": 1, "titel": "T", "kandidaten": [{"id": "a", "scores": {"k": 1}}]}
    good = [{"id": "k", "waardefunctie": [[0, 100], [5, 40], [10, 0]]},
            {"id": "q", "schaal": "oordeel", "waardefunctie": {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}}]
    bad = [{"id": "k", "waardefunctie": [[0, 100], [10, 120]]}, {"id": "k", "waardefunctie": [[0, 100]]},
           {"id": "k", "waardefunctie": {"+": -1}}, {"id": "k", "waardefunctie": "steil"}]

    assert errors_of({**base, "criteria": good}) == []
    for criterion in bad:
        assert errors_of({**base, "criteria": [criterion]}), criterion
