"""YAML file -> validated ``Scenario``, or every problem located as FILE:LINE:COLUMN."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from partnerkeuze.errors import Issue, ScenarioError, ScenarioInvalid
from partnerkeuze.language.texts import t
from partnerkeuze.scenario import criteriasets
from partnerkeuze.scenario.loaded import LoadedScenario
from partnerkeuze.scenario.models import FORMAT_VERSION, CriteriaSet, Scenario
from partnerkeuze.scenario.resolve import check
from partnerkeuze.scenario.validation import issues_from, key_aliases
from partnerkeuze.scenario.yamlsource import Document, SourceMap, read_document

M = TypeVar("M", bound=BaseModel)

# The loader dispatches on 'versie'; a future format adds its model here.
_HANDLERS: dict[int, type[Scenario]] = {FORMAT_VERSION: Scenario}


def load(path: Path) -> LoadedScenario:
    """Read, validate and cross-check a scenario file; raises ``PartnerkeuzeError``."""
    document = read_document(path, aliases=key_aliases())
    data = _top_mapping(document)
    model = _handler(data, document.source)
    criteria_set = set_path = None
    set_name = _first(data, "criteriaset", "criteria_set")
    if set_name is not None:
        criteria_set, set_path, data = _merge_set(data, set_name, document)
    scenario = _validate(model, data, document.source)
    loaded = LoadedScenario(
        scenario=scenario,
        path=path,
        source=document.source,
        sha256=hashlib.sha256(document.raw).hexdigest(),
        criteria_set=criteria_set,
        criteria_set_path=set_path,
    )
    issues = check(loaded)
    if issues:
        raise ScenarioInvalid(issues)
    return loaded


def load_criteria_set(path: Path) -> CriteriaSet:
    """Read and validate a criteria set file."""
    document = read_document(path, aliases=key_aliases())
    data = _top_mapping(document)
    _handler(data, document.source)
    return _validate(CriteriaSet, data, document.source)


def _first(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in data:
            return data[key]
    return None


def _top_mapping(document: Document) -> dict[str, Any]:
    if not isinstance(document.data, dict):
        raise ScenarioError(Issue(document.source.locate(()), t("yaml.top_not_mapping")))
    return document.data


def _handler(data: dict[str, Any], source: SourceMap) -> type[Scenario]:
    version = _first(data, "versie", "version")
    if version is None:
        raise ScenarioError(Issue(source.locate(()), t("version.missing")))
    where = source.locate(("versie",) if "versie" in data else ("version",))
    if isinstance(version, str):
        raise ScenarioError(Issue(where, t("version.not_number")))
    if isinstance(version, bool) or version not in _HANDLERS:
        raise ScenarioError(Issue(where, t("version.unsupported", version=version)))
    return _HANDLERS[version]


def _validate(model: type[M], data: dict[str, Any], source: SourceMap) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ScenarioInvalid(issues_from(exc, source)) from None


def _merge_set(
    data: dict[str, Any], set_name: Any, document: Document
) -> tuple[CriteriaSet, Path, dict[str, Any]]:
    """Take the criteria (and scales) of a set; the scenario's own entries override by id."""
    source = document.source
    set_key = "criteriaset" if "criteriaset" in data else "criteria_set"
    path = criteriasets.find(set_name, source.path.parent) if isinstance(set_name, str) else None
    if path is None:
        known = ", ".join(criteriasets.builtin_names())
        issue = Issue(source.locate((set_key,)), t("check.unknown_set", name=set_name, known=known))
        raise ScenarioError(issue)
    set_document = read_document(path, aliases=key_aliases())
    set_data = _top_mapping(set_document)
    _handler(set_data, set_document.source)
    criteria_set = _validate(CriteriaSet, set_data, set_document.source)

    own = data.get("criteria", [])
    if not isinstance(own, list):
        return criteria_set, path, data  # pydantic reports the wrong type at its own place
    own_source = SourceMap(source.path)
    for table, own_table in ((source.places, own_source.places), (source.keys, own_source.keys)):
        for loc in [loc for loc in table if loc[:1] == ("criteria",) and len(loc) > 1]:
            own_table[loc] = table.pop(loc)
    overrides: dict[Any, tuple[int, dict[str, Any]]] = {}
    for j, entry in enumerate(own):
        if isinstance(entry, dict):
            overrides.setdefault(entry.get("id"), (j, entry))
    used: set[int] = set()
    merged: list[Any] = []
    for i, criterion in enumerate(set_data["criteria"]):
        target = ("criteria", len(merged))
        source.graft(set_document.source, ("criteria", i), target)
        if criterion["id"] in overrides:
            j, override = overrides[criterion["id"]]
            used.add(j)
            source.graft(own_source, ("criteria", j), target)
            criterion = {**_without_replaced(criterion, override), **override}
        merged.append(criterion)
    for j, extra in enumerate(own):
        if j not in used:  # a criterion of the scenario's own, or a duplicate id
            source.graft(own_source, ("criteria", j), ("criteria", len(merged)))
            merged.append(extra)
    if ("criteria",) not in source.places:
        source.places[("criteria",)] = source.locate((set_key,))

    scales = {**set_data.get("schalen", {}), **(data.get("schalen") or {})}
    for name in set_data.get("schalen", {}):
        if name not in (data.get("schalen") or {}):
            source.graft(set_document.source, ("schalen", name), ("schalen", name))
    merged_data = {**data, "criteria": merged}
    if scales:
        merged_data["schalen"] = scales
    return criteria_set, path, merged_data


_LINEAR = ("richting", "direction", "bereik", "range")
_FUNCTION = ("waardefunctie", "value_function")


def _without_replaced(criterion: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """A set's criterion without what the scenario's own entry replaces.

    Why: a value function fixes direction and range, so a scenario that gives one
    replaces the set's ``richting`` and ``bereik`` (and a scenario that gives those
    replaces the set's value function) instead of clashing with them.
    """
    if any(key in override for key in _FUNCTION):
        return {key: value for key, value in criterion.items() if key not in _LINEAR}
    if any(key in override for key in _LINEAR):
        return {key: value for key, value in criterion.items() if key not in _FUNCTION}
    return criterion
