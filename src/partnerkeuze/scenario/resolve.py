"""Cross-references of a validated scenario, turned into numbers.

pydantic checks each value on its own; here the values are checked against each
other (a score for an unknown criterion, a label that is not in the scale...) and
every score becomes the number the model works with. All problems are collected
and located, so the user sees every one of them at once.

Here too: which weights apply (``profiles.py``), which candidates fail a hard
requirement (``minimum``/``maximum``: they are set aside with the reason, and never
enter the decision matrix) and which candidate is the status quo.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from partnerkeuze.errors import Issue
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.models import Criterion, Scenario
from partnerkeuze.scenario.profiles import WeightingResolver, default_weighting, hint
from partnerkeuze.scenario.resolved import (
    ExcludedCandidate,
    Failure,
    ResolvedCandidate,
    ResolvedCriterion,
    ResolvedScenario,
    ResolvedScore,
    ScaleItems,
)
from partnerkeuze.scenario.scorevalues import (
    BUILTIN_SCALES,
    Bounds,
    ScoreReader,
    failed_requirements,
)
from partnerkeuze.scenario.tasks import check_tasks, layer_label, task_view
from partnerkeuze.scenario.valuepoints import ValueFunctionReader

if TYPE_CHECKING:
    from partnerkeuze.scenario.loaded import LoadedScenario


def check(loaded: LoadedScenario) -> list[Issue]:
    """Every cross-reference problem in a loaded scenario (empty when valid).

    A file with tasks is checked as one scenario per task (``tasks.py``); a problem
    that only some tasks have says which ones.
    """
    issues = check_tasks(loaded)
    if not loaded.scenario.tasks:
        return issues + _Resolver(loaded).run()[1]
    if issues:
        return issues
    found: dict[tuple[str, str], list[str]] = {}
    for task in loaded.scenario.tasks:
        for issue in _Resolver(task_view(loaded, task)).run()[1]:
            found.setdefault((str(issue.location), issue.message), [])
            seen = found[(str(issue.location), issue.message)]
            if task.id not in seen:
                seen.append(task.id)
            if (str(issue.location), issue.message) not in [(str(i.location), i.message) for i in issues]:
                issues.append(issue)
    every = len(loaded.scenario.tasks)
    return [
        issue if len(found[(str(issue.location), issue.message)]) == every
        else Issue(issue.location, t("tasks.in_tasks", tasks=", ".join(found[(str(issue.location), issue.message)]),
                                     message=issue.message))
        for issue in issues
    ]


def resolve(loaded: LoadedScenario, task: str | None = None) -> ResolvedScenario:
    """The scenario in numbers; call only on a scenario whose ``check`` is empty.

    With tasks (``taken:``): the scenario of task ``task`` (default the first);
    ``task`` must be one of the file's task ids (the service checks that).
    """
    tasks = loaded.scenario.tasks
    chosen = None
    if tasks:
        chosen = next((item for item in tasks if item.id == task), tasks[0])
        loaded = task_view(loaded, chosen)
    resolved, issues = _Resolver(loaded).run()
    if issues or resolved is None:  # pragma: no cover - load() already refused these
        msg = "resolve() called on an invalid scenario"
        raise ValueError(msg)
    if chosen is not None:
        resolved = dataclasses.replace(
            resolved, task=chosen.id, task_name=chosen.label, layer=chosen.layer,
            layer_name=layer_label(loaded.scenario, chosen.layer), tasks=tuple(item.id for item in tasks),
        )
    return resolved


class _Resolver:
    def __init__(self, loaded: LoadedScenario) -> None:
        self.scenario: Scenario = loaded.scenario
        self.source = loaded.source
        self.issues: list[Issue] = []
        self.scales = {**BUILTIN_SCALES, **self.scenario.scales}
        self.reader = ScoreReader(self.scales, self.add)

    def add(self, loc: tuple[str | int, ...], key: str, /, *, at_key: bool = False, **values: object) -> None:
        self.issues.append(Issue(self.source.locate(loc, key=at_key), t(key, **values)))

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        return self.source.locate(loc).line

    def run(self) -> tuple[ResolvedScenario | None, list[Issue]]:
        s = self.scenario
        for name, scale in s.scales.items():
            if not scale:
                self.add(("schalen", name), "check.empty_scale", scale=name)
        for j, criterion in enumerate(s.criteria):
            if criterion.scale is not None and criterion.scale not in self.scales:
                self.add(("criteria", j, "schaal"), "check.unknown_scale",
                         scale=criterion.scale, known=", ".join(sorted(self.scales)))
        functions = ValueFunctionReader(self.scales, self.add)
        self.reader.functions = {c.id: f for j, c in enumerate(s.criteria) if (f := functions.read(c, j))}
        self._duplicates([c.id for c in s.criteria], "criteria", "check.duplicate_criterion")
        self._duplicates([c.id for c in s.candidates], "kandidaten", "check.duplicate_candidate")
        weights = WeightingResolver(s, self.add, self.line_of)
        weights.read()
        requirements = self.reader.requirements(s.criteria)
        criteria_ids = [c.id for c in s.criteria]
        scored = {cid for cand in s.candidates for cid in cand.scores}
        dropped_ids = {c.id for c in s.criteria
                       if c.id not in scored and c.id not in requirements and not weights.maybe_weighted(c.id)}
        kept = [c for c in s.criteria if c.id not in dropped_ids]

        raw_scores: list[list[ResolvedScore | None]] = []
        for i, candidate in enumerate(s.candidates):
            for cid in candidate.scores:
                if cid not in criteria_ids:
                    self.add(
                        ("kandidaten", i, "scores", cid), "check.unknown_criterion_in_score",
                        at_key=True, candidate=candidate.id, criterion=cid, hint=hint(cid, criteria_ids),
                    )
            row: list[ResolvedScore | None] = []
            for criterion in kept:
                score = candidate.scores.get(criterion.id)
                if score is None:
                    self.add(("kandidaten", i), "check.missing_score", candidate=candidate.id, criterion=criterion.id)
                    row.append(None)
                else:
                    row.append(self.reader.score(criterion, score, ("kandidaten", i, "scores", criterion.id)))
            raw_scores.append(row)
        self._status_quo()
        found = weights.derive([c.id for c in kept], requirements)
        if self.issues:
            return None, self.issues
        chosen = default_weighting(s, found)
        assert chosen is not None  # every valid scenario has weights
        points = dict(zip(chosen.criteria, chosen.points, strict=True))
        rows = [tuple(row) for row in raw_scores]  # no None left: issues would have been added
        failures = [failed_requirements(kept, requirements, row) for row in rows]  # type: ignore[arg-type]
        passing = [k for k, fails in enumerate(failures) if not fails]
        criteria = tuple(
            self._resolved_criterion(c, points[c.id], [rows[k][j] for k in passing], requirements.get(c.id))  # type: ignore[misc]
            for j, c in enumerate(kept)
        )
        self._spans(criteria)
        if self.issues:
            return None, self.issues
        candidates = [
            ResolvedCandidate(
                id=c.id, name=c.label, description=c.description, confidential=c.confidential,
                scores=row, status_quo=c.status_quo,  # type: ignore[arg-type]
            )
            for c, row in zip(s.candidates, rows, strict=True)
        ]
        by_id = {c.id: c for c in criteria}
        excluded = tuple(
            ExcludedCandidate(candidates[k], tuple(
                Failure(by_id[cid], score, kind, bound, label)  # type: ignore[arg-type]
                for cid, score, kind, bound, label in failures[k]))
            for k in range(len(candidates)) if failures[k]
        )
        dropped = tuple(self._resolved_criterion(c, 0.0, [], None) for c in s.criteria if c.id in dropped_ids)
        date = s.date.isoformat() if hasattr(s.date, "isoformat") else s.date  # type: ignore[union-attr]
        resolved = ResolvedScenario(
            title=s.title, organisation=s.organisation, date=date, description=s.description,
            criteria=criteria, candidates=tuple(candidates[k] for k in passing), dropped=dropped,
            excluded=excluded, weightings=tuple(found), weighting=chosen.id,
        )
        return resolved, []

    def _duplicates(self, ids: Sequence[str], where: str, key: str) -> None:
        first: dict[str, int] = {}
        for index, item in enumerate(ids):
            if item in first:
                other = self.source.locate((where, first[item]))
                self.add((where, index), key, id=item, line=other.line)
            else:
                first[item] = index

    def _spans(self, criteria: Sequence[ResolvedCriterion]) -> None:
        """A range wider than the largest float (1e308 to -1e308) cannot be normalised."""
        index = {c.id: j for j, c in enumerate(self.scenario.criteria)}
        for c in criteria:
            if not math.isfinite(c.high - c.low):
                j = index[c.id]
                loc = ("criteria", j, "bereik") if self.scenario.criteria[j].range else ("criteria", j)
                self.add(loc, "check.span_too_wide", criterion=c.id, low=f"{c.low:.6g}", high=f"{c.high:.6g}")

    def _status_quo(self) -> None:
        first: int | None = None
        for i, candidate in enumerate(self.scenario.candidates):
            if candidate.status_quo:
                if first is None:
                    first = i
                else:
                    self.add(("kandidaten", i, "status_quo"), "scores.status_quo_twice",
                             candidate=candidate.id, other=self.scenario.candidates[first].id,
                             line=self.line_of(("kandidaten", first)))

    def _scale(self, criterion: Criterion) -> ScaleItems | None:
        scale = self.scales.get(criterion.scale) if criterion.scale else None
        return tuple(sorted(scale.items(), key=lambda item: item[1])) if scale else None

    def _resolved_criterion(self, criterion: Criterion, points: float, column: list[ResolvedScore],
                            bounds: Bounds | None) -> ResolvedCriterion:
        scale = self._scale(criterion)
        function = self.reader.functions.get(criterion.id)
        direction = criterion.direction
        if function is not None:  # the function fixes the range, and which way is better
            (low, high), fixed = function.domain, True
            direction = "min" if function.points[-1][1] < function.points[0][1] else "max"
        elif criterion.range is not None:
            low, high, fixed = criterion.range[0], criterion.range[1], True
        elif scale:
            low, high, fixed = scale[0][1], scale[-1][1], True
        elif column:
            # Uncertain scores count with their whole range, so every draw stays in [0, 1].
            raws = [score.raw for score in column]
            raws += [v for score in column if score.uncertainty for v in (score.uncertainty.low, score.uncertainty.high)]
            low, high, fixed = min(raws), max(raws), False
        else:
            low = high = 0.0
            fixed = False
        minimum, maximum = bounds or (None, None)
        return ResolvedCriterion(
            id=criterion.id, name=criterion.label, description=criterion.description,
            points=points, direction=direction, scale_name=criterion.scale,
            scale=scale, unit=criterion.unit, low=low, high=high, fixed_range=fixed,
            minimum=minimum[0] if minimum else None, maximum=maximum[0] if maximum else None,
            minimum_label=minimum[1] if minimum else None, maximum_label=maximum[1] if maximum else None,
            value_function=function,
        )
