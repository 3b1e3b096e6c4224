"""The explore use case: move one weight at a time and see what it changes.

An ``Explorer`` holds the scenario of one task under one weight profile, its
normalised values (they do not depend on the weights) and the weights as moved so
far. A move changes one weight the way ``rank --weight`` does: the other weights
keep their proportions, which is the path of the weight intervals (METHODS §1.1).
Each move recomputes the ranking (``service.ranking_at``) and the winner's exact
stability intervals (``weightintervals``) from the values, without reading the file;
the file is read on start, on ``reload`` and when the task changes. No I/O beyond
that, no printing: ``cli/explore_app.py`` draws what ``frame`` holds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from partnerkeuze.app import service
from partnerkeuze.app.results import Ranking
from partnerkeuze.core import scoring
from partnerkeuze.core.matrix import normalise_weights
from partnerkeuze.core.weightintervals import WeightInterval, weight_intervals
from partnerkeuze.scenario.resolved import ResolvedScenario, ResolvedWeighting, select
from partnerkeuze.scenario.yamlsource import read_text

STEP = 0.01
"""One key press moves a weight by one percentage point (shift or > and <: five)."""
BIG_STEP = 0.05
_READS = 3  # tries to read a file that changes while it is being read


@dataclass(frozen=True)
class Flip:
    """Who came first on the last move, on which criterion and at which exact weight.

    ``raised``: the weight went up (they lead above ``bound``) or down (below it).
    ``shared``: they share first place with the winner before (the move ended on the bound).
    """

    criterion: int
    winners: tuple[int, ...]
    bound: float
    raised: bool
    shared: bool


@dataclass(frozen=True)
class Frame:
    """What the screen shows: the ranking now, the winner's intervals, the selection.

    ``intervals`` are the winner's per criterion (``ranking`` left out: ``winner_only``).
    ``flip`` is the last change at the top made by moving a weight; ``flipped_now``
    says the last key made it.
    """

    ranking: Ranking
    intervals: tuple[WeightInterval, ...]
    selected: int
    weighting: ResolvedWeighting | None
    flip: Flip | None
    flipped_now: bool

    @property
    def scenario(self) -> ResolvedScenario:
        """The scenario of the current task under the current profile."""
        return self.ranking.scenario


@dataclass(frozen=True)
class Source:
    """One task of the file as read: its text, the scenario and its normalised values."""

    text: str
    scenario: ResolvedScenario  # as resolved, weighed with its default weighting
    values: np.ndarray


class Explorer:
    """The state of one ``explore`` session; every method leaves it valid or unchanged."""

    _scenario: ResolvedScenario  # the current task under the current profile
    _base: np.ndarray  # its own weights, as shares
    _weights: np.ndarray  # the weights now, as shares
    _moved: set[str]  # ids of the criteria moved by hand

    def __init__(self, path: Path, task: str | None = None, profile: str | None = None) -> None:
        """Read ``path`` (task ``task``, profile ``profile``); raises ``PartnerkeuzeError``."""
        self.path = path
        self._source = read(path, task)
        self._use(select(self._source.scenario, profile))
        self.selected = 0
        self.frame = self._compute(flip=None, now=False)

    # --- what is shown ------------------------------------------------------------------
    @property
    def scenario(self) -> ResolvedScenario:
        """The scenario under the current profile (criteria carry its points)."""
        return self._scenario

    @property
    def text(self) -> str:
        """The file's text as last read validly (what ``s`` saves a copy of)."""
        return self._source.text

    @property
    def weights(self) -> np.ndarray:
        """The current weights, shares summing to 1, in criteria order."""
        return self._weights.copy()

    @property
    def values(self) -> np.ndarray:
        """The normalised values of the current task (candidates x criteria)."""
        return self._source.values

    @property
    def task(self) -> str | None:
        """The current task's id (None for a file without tasks)."""
        return self._scenario.task

    def profile_ids(self) -> list[str]:
        """The weightings ``p`` cycles through: the file's own, each profile, the group."""
        return [w.id for w in self._source.scenario.weightings]

    # --- keys ---------------------------------------------------------------------------
    def select(self, step: int) -> None:
        """Select the criterion ``step`` places down (up when negative), within the list."""
        self.selected = min(max(self.selected + step, 0), len(self._weights) - 1)
        self.frame = dataclasses.replace(self.frame, selected=self.selected, flipped_now=False)

    def move(self, step: float) -> bool:
        """Move the selected weight by ``step`` (a share: 0.01 is one point); False if it cannot."""
        share = round(float(self._weights[self.selected]) + step, 12)
        return self.set_share(min(max(share, 0.0), 1.0))

    def set_share(self, share: float) -> bool:
        """Set the selected weight to ``share``, the others in proportion; False when nothing changes."""
        k = self.selected
        new = _rescaled(self._weights, k, share, self._base)
        if new is None or np.array_equal(new, self._weights):
            return False
        before, old = self.frame, self._weights
        self._weights = new
        self._moved.add(self._scenario.criteria[k].id)
        self.frame = self._compute(flip=before.flip, now=False)
        flip = _flip(before, self.frame, k, raised=bool(new[k] > old[k]))
        if flip is not None:
            self.frame = dataclasses.replace(self.frame, flip=flip, flipped_now=True)
        return True

    def reset(self) -> None:
        """Back to the weights of the current profile (or the file)."""
        self._use(self._scenario)
        self.frame = self._compute(flip=None, now=False)

    def next_profile(self) -> bool:
        """Weigh with the next profile (file, each profile, group); False when there is none."""
        ids = self.profile_ids()
        if len(ids) < 2:
            return False
        current = self._scenario.weighting
        following = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self._use(select(self._source.scenario, following))
        self.frame = self._compute(flip=None, now=False)
        return True

    def next_task_id(self) -> str | None:
        """The task ``t`` goes to (after the last, the first); None for a file without tasks."""
        tasks = self._source.scenario.tasks
        if not tasks:
            return None
        current = self._scenario.task
        return tasks[(tasks.index(current) + 1) % len(tasks)] if current in tasks else tasks[0]

    def next_task(self) -> bool:
        """Go to the next task of a portfolio (reads the file); False without tasks."""
        following = self.next_task_id()
        if following is None:
            return False
        self.use(read(self.path, following), keep_weights=False)
        return True

    def reload(self) -> bool:
        """Read the file again (after an edit); True when the explored weights were kept.

        Raises ``PartnerkeuzeError`` and changes nothing when the file is not valid now.
        """
        return self.use(read(self.path, self._scenario.task), keep_weights=True)

    def use(self, source: Source, *, keep_weights: bool) -> bool:
        """Go on with ``source`` (``read`` of this file); True when the weights moved so far stay.

        They stay (with ``keep_weights``) when the criteria and the current profile's
        weights in the file did not change; otherwise the file's weights apply. The
        profile and the selected criterion stay when they still exist.
        """
        profile = self._scenario.weighting
        ids = [w.id for w in source.scenario.weightings]
        chosen = select(source.scenario, profile if profile in ids else None)
        before = self._scenario
        same = (
            keep_weights
            and [c.id for c in chosen.criteria] == [c.id for c in before.criteria]
            and [c.points for c in chosen.criteria] == [c.points for c in before.criteria]
        )
        weights, moved, selected_id = self._weights, set(self._moved), before.criteria[self.selected].id
        self._use(chosen)
        self._source = source
        if same:
            self._weights, self._moved = weights, moved
        ids_now = [c.id for c in chosen.criteria]
        self.selected = ids_now.index(selected_id) if selected_id in ids_now else min(self.selected, len(ids_now) - 1)
        self.frame = self._compute(flip=None, now=False)
        return same

    # --- inside -------------------------------------------------------------------------
    def _use(self, scenario: ResolvedScenario) -> None:
        """Weigh with ``scenario``'s points, nothing moved (all zero: the error ``rank`` gives)."""
        self._base = normalise_weights(service.weight_points(scenario, {}))
        self._scenario = scenario
        self._weights = self._base.copy()
        self._moved = set()

    def _compute(self, *, flip: Flip | None, now: bool) -> Frame:
        """The ranking and the winner's intervals at the current weights."""
        moved = tuple(c.id for c in self._scenario.criteria if c.id in self._moved)
        values = self._source.values
        ranking = service.ranking_at(self._scenario, values, self._weights, self._base, moved)
        intervals = weight_intervals(values, self._weights, winner_only=True)
        return Frame(ranking, intervals, self.selected, self._scenario.active_weighting, flip, now)


def read(path: Path, task: str | None) -> Source:
    """The file's text and the resolved scenario of ``task``, read from one version of the file.

    Safe to run on another thread (``explore`` reads while the screen stays live).
    """
    for _ in range(_READS):
        text, _raw = read_text(path)
        scenario = service.resolved_scenario(path, task)
        again, _raw = read_text(path)
        if again == text:
            break
    values = scoring.normalise(service.decision_matrix(scenario))
    values.flags.writeable = False
    return Source(text, scenario, values)


def _rescaled(weights: np.ndarray, k: int, share: float, base: np.ndarray) -> np.ndarray | None:
    """Weight k at ``share``, the others scaled to keep their proportions (``rank --weight``).

    When the others are all 0 (k had all the weight) they take the proportions of the
    profile's own weights, or equal parts; None when there is no other criterion.
    """
    others = weights.copy()
    others[k] = 0.0
    if others.sum() <= 0:
        others = base.copy()
        others[k] = 0.0
    if others.sum() <= 0:
        others = np.ones_like(weights)
        others[k] = 0.0
    if others.sum() <= 0:
        return None
    new: np.ndarray = others * ((1.0 - share) / others.sum())
    new[k] = share
    return new


def _flip(before: Frame, after: Frame, k: int, *, raised: bool) -> Flip | None:
    """The change at the top when weight k moved from ``before`` to ``after`` (None: none)."""
    old = {c.index for c in before.ranking.winners}
    new = tuple(c.index for c in after.ranking.winners)
    if set(new) == old:
        return None
    interval = after.intervals[k].winner
    if interval is not None:
        bound = interval.low.weight if raised else interval.high.weight
    else:  # all weight on k: no path from here; where the old winner lost it
        previous = before.intervals[k].winner
        bound = after.ranking.weights[k] if previous is None else (
            previous.high.weight if raised else previous.low.weight)
    return Flip(k, new, bound, raised, shared=len(new) > 1 and bool(old & set(new)))
