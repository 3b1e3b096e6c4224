"""Cross-references of a validated scenario, turned into numbers.

pydantic checks each value on its own; here the values are checked against each
other (a score for an unknown criterion, a label that is not in the scale...) and
every score becomes the number the model works with. All problems are collected
and located, so the user sees every one of them at once.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from partnerkeuze.errors import Issue
from partnerkeuze.models import Criterion, Scenario, Score
from partnerkeuze.texts import t

if TYPE_CHECKING:
    from partnerkeuze.loading import LoadedScenario

# The scales every scenario may use without defining them.
BUILTIN_SCALES: dict[str, dict[str, float]] = {
    "oordeel": {"--": 1, "-": 2, "0": 3, "+": 4, "++": 5},
    "janee": {"nee": 0, "ja": 1},
}

ScaleItems = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class ResolvedScore:
    """A score as the model uses it (``raw``) and as the user wrote it (``label``)."""

    raw: float
    label: str | None
    rationale: str | None
    source: str | None
    confidential: bool = False


@dataclass(frozen=True)
class ResolvedCriterion:
    """A criterion with its weight points, scale and normalisation range settled."""

    id: str
    name: str
    description: str | None
    points: float
    direction: str
    scale_name: str | None
    scale: ScaleItems | None
    unit: str | None
    low: float
    high: float
    fixed_range: bool

    @property
    def maximise(self) -> bool:
        """True when a higher score is better."""
        return self.direction == "max"


@dataclass(frozen=True)
class ResolvedCandidate:
    """A candidate with one ``ResolvedScore`` per criterion, in criteria order."""

    id: str
    name: str
    description: str | None
    confidential: bool
    scores: tuple[ResolvedScore, ...]


@dataclass(frozen=True)
class ResolvedScenario:
    """Everything the model and the renderers need, nothing left to look up."""

    title: str
    organisation: str | None
    date: str | None
    description: str | None
    criteria: tuple[ResolvedCriterion, ...]
    candidates: tuple[ResolvedCandidate, ...]
    dropped: tuple[ResolvedCriterion, ...]  # weight 0 and no scores at all


def check(loaded: LoadedScenario) -> list[Issue]:
    """Every cross-reference problem in a loaded scenario (empty when valid)."""
    return _Resolver(loaded).run()[1]


def resolve(loaded: LoadedScenario) -> ResolvedScenario:
    """The scenario in numbers; call only on a scenario whose ``check`` is empty."""
    resolved, issues = _Resolver(loaded).run()
    if issues or resolved is None:  # pragma: no cover - load() already refused these
        msg = "resolve() called on an invalid scenario"
        raise ValueError(msg)
    return resolved


def label_for_number(number: float) -> str:
    """How an unquoted number reads as a label: 0 -> '0', 2.5 -> '2.5'."""
    return str(int(number)) if float(number).is_integer() else repr(number)


class _Resolver:
    def __init__(self, loaded: LoadedScenario) -> None:
        self.scenario: Scenario = loaded.scenario
        self.source = loaded.source
        self.issues: list[Issue] = []
        self.scales = {**BUILTIN_SCALES, **self.scenario.scales}

    def add(self, loc: tuple[str | int, ...], key: str, /, *, at_key: bool = False, **values: object) -> None:
        self.issues.append(Issue(self.source.locate(loc, key=at_key), t(key, **values)))

    def run(self) -> tuple[ResolvedScenario | None, list[Issue]]:
        s = self.scenario
        for name, scale in s.scales.items():
            if not scale:
                self.add(("schalen", name), "check.empty_scale", scale=name)
        for j, criterion in enumerate(s.criteria):
            if criterion.scale is not None and criterion.scale not in self.scales:
                self.add(("criteria", j, "schaal"), "check.unknown_scale",
                         scale=criterion.scale, known=", ".join(sorted(self.scales)))
        self._duplicates([c.id for c in s.criteria], "criteria", "check.duplicate_criterion")
        self._duplicates([c.id for c in s.candidates], "kandidaten", "check.duplicate_candidate")
        points = self._weights()
        criteria_ids = [c.id for c in s.criteria]
        scored = {cid for cand in s.candidates for cid in cand.scores}
        dropped_ids = {c.id for c in s.criteria if points.get(c.id) == 0 and c.id not in scored}
        kept = [c for c in s.criteria if c.id not in dropped_ids]
        if points and kept and all(points.get(c.id, 0) == 0 for c in kept):
            self.add(("gewichten",) if s.weights else ("criteria",), "check.all_weights_zero")

        raw_scores: list[list[ResolvedScore | None]] = []
        for i, candidate in enumerate(s.candidates):
            for cid in candidate.scores:
                if cid not in criteria_ids:
                    self.add(
                        ("kandidaten", i, "scores", cid), "check.unknown_criterion_in_score",
                        at_key=True, candidate=candidate.id, criterion=cid, hint=_hint(cid, criteria_ids),
                    )
            row = []
            for criterion in kept:
                score = candidate.scores.get(criterion.id)
                if score is None:
                    self.add(("kandidaten", i), "check.missing_score", candidate=candidate.id, criterion=criterion.id)
                    row.append(None)
                else:
                    row.append(self._score(criterion, score, ("kandidaten", i, "scores", criterion.id)))
            raw_scores.append(row)
        if self.issues:
            return None, self.issues

        criteria = tuple(
            self._resolved_criterion(c, points[c.id], [row[j] for row in raw_scores])  # type: ignore[misc]
            for j, c in enumerate(kept)
        )
        candidates = tuple(
            ResolvedCandidate(
                id=c.id, name=c.label, description=c.description, confidential=c.confidential,
                scores=tuple(row),  # type: ignore[arg-type]
            )
            for c, row in zip(s.candidates, raw_scores, strict=True)
        )
        dropped = tuple(self._resolved_criterion(c, 0.0, []) for c in s.criteria if c.id in dropped_ids)
        date = s.date.isoformat() if hasattr(s.date, "isoformat") else s.date  # type: ignore[union-attr]
        resolved = ResolvedScenario(
            title=s.title, organisation=s.organisation, date=date, description=s.description,
            criteria=criteria, candidates=candidates, dropped=dropped,
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

    def _weights(self) -> dict[str, float]:
        s = self.scenario
        ids = [c.id for c in s.criteria]
        for cid in s.weights:
            if cid not in ids:
                self.add(("gewichten", cid), "check.weight_unknown_criterion", at_key=True,
                         criterion=cid, hint=_hint(cid, ids))
        points: dict[str, float] = {}
        for j, criterion in enumerate(s.criteria):
            if criterion.weight is not None and criterion.id in s.weights:
                self.add(("criteria", j, "gewicht"), "check.weight_twice", criterion=criterion.id)
            weight = s.weights.get(criterion.id, criterion.weight)
            if weight is None:
                self.add(("criteria", j), "check.no_weight", criterion=criterion.id)
            else:
                points[criterion.id] = weight
        return points

    def _scale(self, criterion: Criterion) -> ScaleItems | None:
        scale = self.scales.get(criterion.scale) if criterion.scale else None
        return tuple(sorted(scale.items(), key=lambda item: item[1])) if scale else None

    def _score(self, criterion: Criterion, score: Score, loc: tuple[str | int, ...]) -> ResolvedScore | None:
        if criterion.scale is not None and criterion.scale not in self.scales:
            return None  # reported once, in run()
        scale = dict(self.scales[criterion.scale]) if criterion.scale else None
        value = score.value
        label: str | None = None
        if scale is not None:
            text = value if isinstance(value, str) else label_for_number(value)
            if text in scale:
                label, raw = text, float(scale[text])
            elif isinstance(value, str):
                self.add(loc, "check.unknown_label", label=value, scale=criterion.scale,
                         criterion=criterion.id, labels=", ".join(scale))
                return None
            else:
                raw = value
        elif isinstance(value, str):
            hint = t("check.hint_add_scale") if value in BUILTIN_SCALES["oordeel"] else ""
            self.add(loc, "check.text_without_scale", label=value, criterion=criterion.id, hint=hint)
            return None
        else:
            raw = value
        if label is None and not self._in_range(criterion, scale, raw, loc):
            return None
        return ResolvedScore(raw=raw, label=label, rationale=score.rationale, source=score.source,
                             confidential=score.confidential)

    def _in_range(self, criterion: Criterion, scale: dict[str, float] | None, raw: float,
                  loc: tuple[str | int, ...]) -> bool:
        if criterion.range is not None:
            low, high = criterion.range
            if not low <= raw <= high:
                self.add(loc, "check.out_of_range", value=_num(raw), criterion=criterion.id,
                         low=_num(low), high=_num(high))
                return False
        elif scale:
            low, high = min(scale.values()), max(scale.values())
            if not low <= raw <= high:
                self.add(loc, "check.out_of_scale", value=_num(raw), criterion=criterion.id,
                         scale=criterion.scale, low=_num(low), high=_num(high))
                return False
        return True

    def _resolved_criterion(self, criterion: Criterion, points: float,
                            column: list[ResolvedScore]) -> ResolvedCriterion:
        scale = self._scale(criterion)
        if criterion.range is not None:
            low, high, fixed = criterion.range[0], criterion.range[1], True
        elif scale:
            low, high, fixed = scale[0][1], scale[-1][1], True
        elif column:
            raws = [score.raw for score in column]
            low, high, fixed = min(raws), max(raws), False
        else:
            low = high = 0.0
            fixed = False
        return ResolvedCriterion(
            id=criterion.id, name=criterion.label, description=criterion.description,
            points=points, direction=criterion.direction, scale_name=criterion.scale,
            scale=scale, unit=criterion.unit, low=low, high=high, fixed_range=fixed,
        )


def _num(value: float) -> str:
    return label_for_number(value) if math.isfinite(value) else str(value)


def _hint(name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return t("schema.did_you_mean", suggestion=close[0]) if close else ""
