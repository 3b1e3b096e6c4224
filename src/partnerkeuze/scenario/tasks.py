"""Tasks (``taken:``): a portfolio file seen as one ordinary scenario per task.

A task is just a scenario: the file's criteria and scales, the candidates that offer
the task (``kandidaten`` of the task, else all), each candidate's shared ``scores``
with its ``scores_per_taak`` for this task laid over them, and the most specific
weights: the task's own (``gewichten``, ``weging`` or ``profiel``), else its layer's,
else the file's. Why: every check, knock-out and number then comes from the same
code as a single scenario, and a problem is still reported at its own line (the
view's source map points back into the file).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from partnerkeuze.errors import Issue
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.models import Layer, Scenario, Task
from partnerkeuze.scenario.yamlsource import SourceMap

if TYPE_CHECKING:
    from partnerkeuze.scenario.loaded import LoadedScenario

STANDARD_LAYERS = ("bedrijfsvoering", "uitvoering", "beleid", "strategie")
"""The four layers of Hof van Twente's strategy; always known, ``lagen:`` may add more."""

_PER_TASK = ("scores_per_taak", "scores_per_task")


def layer_ids(scenario: Scenario) -> list[str]:
    """Every layer a task may name: the four standard ones and those under ``lagen:``."""
    return [*STANDARD_LAYERS, *(name for name in scenario.layers if name not in STANDARD_LAYERS)]


def layer_label(scenario: Scenario, layer: str) -> str:
    """The layer's name to show (its ``naam``, else the id)."""
    own = scenario.layers.get(layer)
    return (own.name if own is not None and own.name else None) or layer


def check_tasks(loaded: LoadedScenario) -> list[Issue]:
    """Problems with the task keys themselves (the per-task scenarios are checked apart)."""
    s = loaded.scenario
    source = loaded.source
    issues: list[Issue] = []

    def add(loc: tuple[str | int, ...], key: str, /, *, at_key: bool = False, **values: object) -> None:
        issues.append(Issue(source.locate(loc, key=at_key), t(key, **values)))

    if not s.tasks:
        if s.layers:
            add(("lagen",), "tasks.without_tasks", at_key=True, key="lagen")
        if {("coordinatiekosten_per_partner",), ("coordination_cost_per_partner",)} & set(source.keys):
            add(("coordinatiekosten_per_partner",), "tasks.without_tasks", at_key=True,
                key="coordinatiekosten_per_partner")
        for i, candidate in enumerate(s.candidates):
            if candidate.scores_per_task:
                add(("kandidaten", i, "scores_per_taak"), "tasks.without_tasks", at_key=True, key="scores_per_taak")
        return issues
    known_layers = layer_ids(s)
    task_ids = [task.id for task in s.tasks]
    candidate_ids = [c.id for c in s.candidates]
    first: dict[str, int] = {}
    for i, task in enumerate(s.tasks):
        if task.id in first:
            add(("taken", i), "tasks.duplicate", id=task.id, line=source.locate(("taken", first[task.id])).line)
        else:
            first[task.id] = i
        if task.layer not in known_layers:
            add(("taken", i, "laag"), "tasks.unknown_layer", task=task.id, layer=task.layer,
                known=", ".join(known_layers))
        _one_weighting(task, ("taken", i), add)
        _known_profile(s, task, ("taken", i), add)
        for j, cid in enumerate(task.candidates or ()):
            if cid not in candidate_ids:
                add(("taken", i, "kandidaten", j), "tasks.unknown_candidate", task=task.id, candidate=cid,
                    known=", ".join(candidate_ids))
    for name, layer in s.layers.items():
        _one_weighting(layer, ("lagen", name), add)
        _known_profile(s, layer, ("lagen", name), add)
    for k, candidate in enumerate(s.candidates):
        for tid in candidate.scores_per_task:
            where = ("kandidaten", k, "scores_per_taak", tid)
            if tid not in task_ids:
                add(where, "tasks.unknown_task", at_key=True, candidate=candidate.id, task=tid,
                    known=", ".join(task_ids))
                continue
            task = s.tasks[task_ids.index(tid)]
            if task.candidates is not None and candidate.id not in task.candidates:
                add(where, "tasks.not_offered", at_key=True, candidate=candidate.id, task=tid)
    return issues


def _one_weighting(item: Task | Layer, loc: tuple[str | int, ...], add: Any) -> None:
    given = [key for key, value in (("gewichten", item.weights), ("weging", item.weighting),
                                    ("profiel", item.profile)) if value is not None]
    if len(given) > 1:
        add((*loc, given[1]), "tasks.two_weightings", at_key=True, first=given[0], second=given[1])


def _known_profile(s: Scenario, item: Task | Layer, loc: tuple[str | int, ...], add: Any) -> None:
    if item.profile is not None and item.profile not in s.profiles and item.profile not in ("groep", "group"):
        add((*loc, "profiel"), "weights.unknown_profile", name=item.profile, known=", ".join(s.profiles) or "-")


def task_view(loaded: LoadedScenario, task: Task) -> LoadedScenario:
    """The scenario of one task, with a source map that points back into the file."""
    s = loaded.scenario
    old = loaded.source
    layer = s.layers.get(task.layer)
    source = SourceMap(old.path, aliases=old.aliases)
    for table, new in ((old.places, source.places), (old.keys, source.keys)):
        for loc, place in table.items():
            if loc[:1] not in (("kandidaten",), ("candidates",), ("gewichten",), ("weights",),
                               ("weging",), ("weighting",), ("standaardprofiel",), ("default_profile",)):
                new[loc] = place
    offered = [k for k, c in enumerate(s.candidates) if task.candidates is None or c.id in task.candidates]
    candidates = []
    for i, k in enumerate(offered):
        candidate = s.candidates[k]
        for name in ("kandidaten", "candidates"):
            source.graft(old, (name, k), ("kandidaten", i))
        override = candidate.scores_per_task.get(task.id, {})
        for name in _PER_TASK:
            for cid in override:
                source.graft(old, ("kandidaten", k, name, task.id, cid), ("kandidaten", i, "scores", cid))
        candidates.append(candidate.model_copy(update={"scores": {**candidate.scores, **override}}))
    update: dict[str, Any] = {"candidates": candidates}
    own: tuple[Task | Layer, tuple[str | int, ...]] | None = None
    if task.weights is not None or task.weighting is not None or task.profile is not None:
        own = (task, ("taken", s.tasks.index(task)))
    elif layer is not None and (layer.weights is not None or layer.weighting is not None or layer.profile is not None):
        own = (layer, ("lagen", task.layer))
    if own is None:
        for name in ("gewichten", "weights", "weging", "weighting", "standaardprofiel", "default_profile"):
            source.graft(old, (name,), (name,))
    else:
        item, loc = own
        if item.weights is not None:
            update.update(weights=item.weights, weighting=None, default_profile=None)
            source.graft(old, (*loc, "gewichten"), ("gewichten",))
        elif item.weighting is not None:
            update.update(weights={}, weighting=item.weighting, default_profile=None)
            source.graft(old, (*loc, "weging"), ("weging",))
        else:
            update.update(weights={}, weighting=None, default_profile=item.profile)
            for name in ("profiel", "profile"):
                source.graft(old, (*loc, name), ("standaardprofiel",))
        # Weights in the task's own terms: a criterion's own 'gewicht' would compete with them.
        update["criteria"] = [c.model_copy(update={"weight": None}) for c in s.criteria]
    scenario = s.model_copy(update=update)
    return dataclasses.replace(loaded, scenario=scenario, source=source)
