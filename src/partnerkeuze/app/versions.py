"""What changed between two versions of a scenario, and what that did to the advice.

Pure functions on resolved scenarios and their rankings: no files, no git, no text.
Candidates and criteria are matched by id; an id that disappears while an id with the
same name appears is taken as a renamed id (the scores stay comparable). Weights are
compared as normalised shares, so doubling every weight is no change at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from partnerkeuze.app.results import Ranking
from partnerkeuze.scenario.resolved import (
    ResolvedCandidate,
    ResolvedCriterion,
    ResolvedScenario,
    ResolvedScore,
)

# Two weight shares closer than this are the same share written differently (20/80 vs 25/100).
SHARE_TOLERANCE = 1e-12


@dataclass(frozen=True)
class Item:
    """A candidate or criterion as the user knows it."""

    id: str
    name: str


@dataclass(frozen=True)
class Renamed:
    """The same candidate or criterion under another id and/or name."""

    old: Item
    new: Item


@dataclass(frozen=True)
class Changes:
    """Who came, who went, and who was renamed (by id or by name)."""

    added: tuple[Item, ...] = ()
    removed: tuple[Item, ...] = ()
    renamed: tuple[Renamed, ...] = ()
    excluded: tuple[Item, ...] = ()  # candidates: ranked before, now set aside by a hard requirement
    readmitted: tuple[Item, ...] = ()  # candidates: set aside before, ranked now

    def __bool__(self) -> bool:
        """True when anything came, went, was renamed, set aside or let back in."""
        return bool(self.added or self.removed or self.renamed or self.excluded or self.readmitted)


Points = tuple[tuple[float | str, float], ...]  # a value function: (score or label, value 0-100)


@dataclass(frozen=True)
class FieldChange:
    """One property of a criterion that changed: richting, schaal, eenheid, bereik or waardefunctie."""

    criterion: Item  # as in the new version
    field: str  # "direction", "scale", "unit", "range", "value_function"
    old: str | tuple[float, float] | Points | None
    new: str | tuple[float, float] | Points | None


@dataclass(frozen=True)
class WeightChange:
    """A criterion's normalised weight share before and after (0 when absent or dropped)."""

    criterion: Item  # as in the new version (the old one when removed)
    old: float | None  # None: the criterion did not exist
    new: float | None

    @property
    def change(self) -> float:
        """New minus old share (percentage points / 100)."""
        return (self.new or 0.0) - (self.old or 0.0)


@dataclass(frozen=True)
class ScoreChange:
    """One score that changed: its value or label, its onderbouwing, or its bron."""

    candidate: Item  # as in the new version
    criterion: Item
    old: ResolvedScore
    new: ResolvedScore
    old_criterion: ResolvedCriterion
    new_criterion: ResolvedCriterion

    @property
    def value_changed(self) -> bool:
        """True when the number or the label changed (not only the onderbouwing)."""
        return self.old.raw != self.new.raw or self.old.label != self.new.label

    @property
    def rationale_changed(self) -> bool:
        """True when the onderbouwing or the bron changed."""
        return self.old.rationale != self.new.rationale or self.old.source != self.new.source


@dataclass(frozen=True)
class ScenarioDiff:
    """Every difference between two versions that can change or explain the outcome."""

    title: tuple[str, str] | None  # (old, new) when the title changed
    candidates: Changes
    criteria: Changes
    criterion_fields: tuple[FieldChange, ...]
    weights: tuple[WeightChange, ...]
    scores: tuple[ScoreChange, ...]
    candidate_pairs: tuple[tuple[int, int], ...]  # (old index, new index) of matched candidates
    status_quo: tuple[Item | None, Item | None] | None = None  # (old, new) when it changed

    def __bool__(self) -> bool:
        """True when the versions differ in anything that can change or explain the outcome."""
        return bool(self.title or self.candidates or self.criteria or self.criterion_fields
                    or self.weights or self.scores or self.status_quo)


@dataclass(frozen=True)
class RankChange:
    """One candidate's rank and score before and after (None where it did not exist)."""

    candidate: Item  # as in the new version (the old one when removed)
    old_rank: int | None
    new_rank: int | None
    old_score: float | None
    new_score: float | None


@dataclass(frozen=True)
class Effect:
    """What the changes did to the outcome and the advice."""

    ranks: tuple[RankChange, ...]  # in the new ranking's order, removed candidates last
    old_winners: tuple[Item, ...]
    new_winners: tuple[Item, ...]
    winner_changed: bool  # another candidate (or set of tied candidates) ranks first
    old_sentences: tuple[str, ...]  # the robustness sentences (sensitivity without sampling)
    new_sentences: tuple[str, ...]

    @property
    def ranks_changed(self) -> bool:
        """True when any candidate's rank changed, or candidates came or went."""
        return any(r.old_rank != r.new_rank for r in self.ranks)

    @property
    def sentences_removed(self) -> tuple[str, ...]:
        """Robustness sentences of the old version that the new one no longer says."""
        return tuple(s for s in self.old_sentences if s not in self.new_sentences)

    @property
    def sentences_added(self) -> tuple[str, ...]:
        """Robustness sentences the new version says and the old one did not."""
        return tuple(s for s in self.new_sentences if s not in self.old_sentences)

    @property
    def advice_changed(self) -> bool:
        """True when the winner or any robustness sentence changed."""
        return self.winner_changed or bool(self.sentences_removed or self.sentences_added)


def _item(thing: ResolvedCandidate | ResolvedCriterion) -> Item:
    return Item(thing.id, thing.name)


def match(old: Sequence[Item], new: Sequence[Item]) -> tuple[list[tuple[int, int]], Changes]:
    """Pair old and new items by id, then leftover ids by identical name."""
    new_by_id = {item.id: j for j, item in enumerate(new)}
    pairs = [(i, new_by_id[item.id]) for i, item in enumerate(old) if item.id in new_by_id]
    old_left = [i for i, item in enumerate(old) if item.id not in new_by_id]
    taken = {j for _, j in pairs}
    new_left = [j for j in range(len(new)) if j not in taken]
    for i in list(old_left):
        same_name = [j for j in new_left if new[j].name == old[i].name]
        if len(same_name) == 1:
            pairs.append((i, same_name[0]))
            old_left.remove(i)
            new_left.remove(same_name[0])
    pairs.sort()
    renamed = tuple(Renamed(old[i], new[j]) for i, j in pairs if old[i] != new[j])
    return pairs, Changes(
        added=tuple(new[j] for j in new_left),
        removed=tuple(old[i] for i in old_left),
        renamed=renamed,
    )


def _shares(scenario: ResolvedScenario) -> dict[str, float]:
    total = sum(c.points for c in scenario.criteria)
    shares = {c.id: (c.points / total if total > 0 else 0.0) for c in scenario.criteria}
    shares.update({c.id: 0.0 for c in scenario.dropped})
    return shares


def _range(criterion: ResolvedCriterion) -> tuple[float, float] | None:
    if criterion.value_function is not None:  # the function's own range: part of the function
        return None
    return (criterion.low, criterion.high) if criterion.fixed_range and criterion.scale is None else None


def _function(criterion: ResolvedCriterion) -> Points | None:
    function = criterion.value_function
    if function is None:
        return None
    scores = function.labels or function.scores
    return tuple(zip(scores, function.values, strict=True))


def _field_changes(old: ResolvedCriterion, new: ResolvedCriterion) -> list[FieldChange]:
    item = _item(new)
    found = []
    if _function(old) != _function(new):
        found.append(FieldChange(item, "value_function", _function(old), _function(new)))
    elif old.direction != new.direction:
        found.append(FieldChange(item, "direction", old.direction, new.direction))
    if old.scale_name != new.scale_name or (old.scale_name and old.scale != new.scale):
        found.append(FieldChange(item, "scale", old.scale_name, new.scale_name))
    if old.unit != new.unit:
        found.append(FieldChange(item, "unit", old.unit, new.unit))
    if _range(old) != _range(new):
        found.append(FieldChange(item, "range", _range(old), _range(new)))
    return found


def diff(old: ResolvedScenario, new: ResolvedScenario) -> ScenarioDiff:
    """Everything that differs between ``old`` and ``new``."""
    old_criteria = [*old.criteria, *old.dropped]
    new_criteria = [*new.criteria, *new.dropped]
    criterion_pairs, criteria = match([_item(c) for c in old_criteria], [_item(c) for c in new_criteria])
    candidate_pairs, candidates = match([_item(c) for c in old.candidates], [_item(c) for c in new.candidates])
    candidates = _knock_outs(candidates, old, new)

    old_shares, new_shares = _shares(old), _shares(new)
    weights: list[WeightChange] = []
    fields: list[FieldChange] = []
    for i, j in criterion_pairs:
        before, after = old_criteria[i], new_criteria[j]
        fields += _field_changes(before, after)
        change = WeightChange(_item(after), old_shares[before.id], new_shares[after.id])
        if abs(change.change) > SHARE_TOLERANCE:
            weights.append(change)
    matched_old = {i for i, _ in criterion_pairs}
    matched_new = {j for _, j in criterion_pairs}
    weights += [WeightChange(_item(c), None, new_shares[c.id])
                for j, c in enumerate(new_criteria) if j not in matched_new]
    weights += [WeightChange(_item(c), old_shares[c.id], None)
                for i, c in enumerate(old_criteria) if i not in matched_old]

    old_column = {c.id: k for k, c in enumerate(old.criteria)}
    new_column = {c.id: k for k, c in enumerate(new.criteria)}
    scores: list[ScoreChange] = []
    for ci, cj in candidate_pairs:
        before_candidate, after_candidate = old.candidates[ci], new.candidates[cj]
        for i, j in criterion_pairs:
            k_old = old_column.get(old_criteria[i].id)
            k_new = new_column.get(new_criteria[j].id)
            if k_old is None or k_new is None:
                continue  # a dropped criterion has no scores
            score_change = ScoreChange(
                candidate=_item(after_candidate),
                criterion=_item(new_criteria[j]),
                old=before_candidate.scores[k_old],
                new=after_candidate.scores[k_new],
                old_criterion=old.criteria[k_old],
                new_criterion=new.criteria[k_new],
            )
            if score_change.value_changed or score_change.rationale_changed:
                scores.append(score_change)

    return ScenarioDiff(
        title=(old.title, new.title) if old.title != new.title else None,
        candidates=candidates,
        criteria=criteria,
        criterion_fields=tuple(fields),
        weights=tuple(weights),
        scores=tuple(scores),
        candidate_pairs=tuple(candidate_pairs),
        status_quo=_status_quo_change(old, new),
    )


def _knock_outs(changes: Changes, old: ResolvedScenario, new: ResolvedScenario) -> Changes:
    """A candidate a hard requirement now sets aside is 'uitgesloten', not 'verwijderd'."""
    now_out = {e.candidate.id for e in new.excluded}
    was_out = {e.candidate.id for e in old.excluded}
    return Changes(
        added=tuple(c for c in changes.added if c.id not in was_out),
        removed=tuple(c for c in changes.removed if c.id not in now_out),
        renamed=changes.renamed,
        excluded=tuple(c for c in changes.removed if c.id in now_out),
        readmitted=tuple(c for c in changes.added if c.id in was_out),
    )


def _status_quo_change(old: ResolvedScenario, new: ResolvedScenario) -> tuple[Item | None, Item | None] | None:
    before, after = old.status_quo, new.status_quo
    if (before.id if before else None) == (after.id if after else None):
        return None
    return (_item(before) if before else None, _item(after) if after else None)


def effect(
    changes: ScenarioDiff,
    old: Ranking,
    new: Ranking,
    old_sentences: Sequence[str] = (),
    new_sentences: Sequence[str] = (),
) -> Effect:
    """Ranks before and after, the winners, and the robustness sentences of both versions."""
    old_by_index = {c.index: c for c in old.order}
    new_to_old = {j: i for i, j in changes.candidate_pairs}
    ranks = []
    for ranked in new.order:
        before = old_by_index.get(new_to_old[ranked.index]) if ranked.index in new_to_old else None
        ranks.append(RankChange(
            candidate=_item(new.scenario.candidates[ranked.index]),
            old_rank=before.rank if before else None,
            new_rank=ranked.rank,
            old_score=before.score if before else None,
            new_score=ranked.score,
        ))
    still_there = {i for i, _ in changes.candidate_pairs}
    for ranked in old.order:
        if ranked.index not in still_there:
            ranks.append(RankChange(_item(old.scenario.candidates[ranked.index]), ranked.rank, None,
                                    ranked.score, None))
    old_to_new = dict(changes.candidate_pairs)
    old_first = {old_to_new.get(w.index, -1 - w.index) for w in old.winners}
    return Effect(
        ranks=tuple(ranks),
        old_winners=tuple(_item(old.candidate(w)) for w in old.winners),
        new_winners=tuple(_item(new.candidate(w)) for w in new.winners),
        winner_changed=old_first != {w.index for w in new.winners},
        old_sentences=tuple(old_sentences),
        new_sentences=tuple(new_sentences),
    )
