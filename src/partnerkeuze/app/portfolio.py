"""The portfolio use case: the best partner per task, and the whole picture.

Each task of a file (``taken:``) is ranked as an ordinary scenario (``tasks.py``,
``service.rank``/``service.sensitivity``). On top of that:

- **Task score** in points: the weighted-sum total x 100 of the task's ranking.
  Totals are normalised within a task, so a task's points compare its candidates;
  summing them over tasks gives every task the same say.
- **Portfolio value** of an assignment (a partner for every task):
  ``Σ_task points(partner of task) - c x (distinct partners - 1)``, with ``c`` =
  ``coordinatiekosten_per_partner`` (points out of 100, default 0). Every distinct
  candidate counts as a partner, doing it yourself (status quo) too: each is one
  more arrangement to direct.
- **Advice**: the assignment with the highest portfolio value, searched over every
  set of partners (at most ``MAX_EXACT`` candidates; above that only "best per
  task" and "everything with one partner" are compared). Ties go to fewer
  partners, then to the per-task winners. With c = 0 it is the best partner per task.
- **Single partner**: the candidate with the highest value when it takes every task
  (only candidates that offer and pass every task qualify).
- **Fragility** of a task: the smallest change of one criterion's weight (the others
  in proportion) after which another candidate leads (``weightintervals.weight_intervals``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from partnerkeuze.app import service
from partnerkeuze.app.results import RankedCandidate, SensitivityReport
from partnerkeuze.core.weightintervals import by_fragility, takeover_distance
from partnerkeuze.errors import UsageError
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.loaded import LoadedScenario
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ResolvedScenario, select

if TYPE_CHECKING:
    from partnerkeuze.app.workshop import Workshop

MAX_EXACT = 16
"""Up to this many candidates the advice is the exact optimum over all sets of partners."""

FRAGILE = 0.05
"""A task whose winner changes within 5 percentage points of one weight is called fragile."""


@dataclass(frozen=True)
class TaskResult:
    """One task: its ranking and robustness, and who gets it in the advice."""

    scenario: ResolvedScenario
    report: SensitivityReport
    fragile_criterion: int | None  # index into scenario.criteria; None: no weight change flips it
    fragile_move: float  # smallest weight change (0-1) after which another leads; inf: none
    advised: str  # candidate id in the advised assignment

    @property
    def winner(self) -> RankedCandidate:
        """The (first) candidate ranked first."""
        return self.report.ranking.order[0]

    @property
    def runner_up(self) -> RankedCandidate | None:
        """The best candidate after the winner, if any."""
        order = self.report.ranking.order
        return order[1] if len(order) > 1 else None

    @property
    def margin(self) -> float | None:
        """Winner's score minus the runner-up's (0-1); None with one candidate."""
        second = self.runner_up
        return None if second is None else self.winner.score - second.score

    @property
    def fragile(self) -> bool:
        """True when a weight change below ``FRAGILE`` (or a tie) changes who leads."""
        margin = self.margin
        return self.fragile_move < FRAGILE or (margin is not None and margin < 1e-9)

    @property
    def first_share(self) -> float | None:
        """Monte Carlo share of first places of the winner, when sampled."""
        accepted = self.report.acceptability
        return None if accepted is None else float(accepted.first_shares[self.winner.index])

    def points(self, candidate: str) -> float | None:
        """The candidate's task score in points (0-100); None when it is not ranked here."""
        found = next((c for c in self.report.ranking.order if c.id == candidate), None)
        return None if found is None else found.score * 100


@dataclass(frozen=True)
class Assignment:
    """A partner for every task, and its portfolio value."""

    by_task: tuple[str, ...]  # candidate id per task, in task order
    total: float  # Σ task points
    cost: float  # c x (partners - 1)

    @property
    def partners(self) -> tuple[str, ...]:
        """The distinct partners, in order of first task."""
        return tuple(dict.fromkeys(self.by_task))

    @property
    def value(self) -> float:
        """Portfolio value: total - cost."""
        return self.total - self.cost


@dataclass(frozen=True)
class PortfolioResult:
    """The portfolio of a file with tasks (renderer input)."""

    title: str
    organisation: str | None
    date: str | None
    description: str | None
    tasks: tuple[TaskResult, ...]
    names: tuple[tuple[str, str], ...]  # candidate id -> name, in file order
    coordination_cost: float
    best: Assignment  # the winner of every task
    advice: Assignment  # highest portfolio value (equals best when c = 0)
    single: Assignment | None  # everything with the best single partner; None if nobody offers all
    exact: bool  # advice searched over every set of partners
    samples: int
    seed: int
    overrides: tuple[tuple[str, float], ...] = ()  # --weight, applied to every task
    profile: str | None = None  # --profiel, applied to every task
    participants: tuple[tuple[str, str], ...] = ()  # --deelnemer: (id, name) of each, beside every task

    @property
    def weighed_by_participants(self) -> bool:
        """True when the participants' group (or one participant) weighs every task."""
        active = self.tasks[0].scenario.active_weighting if self.tasks else None
        return active is not None and (active.kind == "participant" or active.group_of == "participants")

    def name(self, candidate: str) -> str:
        """A candidate's name to show."""
        return dict(self.names).get(candidate, candidate)


def portfolio(
    loaded: LoadedScenario,
    *,
    samples: int = 0,
    seed: int = service.DEFAULT_SEED,
    progress: Callable[[int], object] | None = None,
    overrides: Mapping[str, float] | None = None,
    profile: str | None = None,
    workshop: Workshop | None = None,
) -> PortfolioResult:
    """Rank every task, find its fragility and build the advised assignment.

    ``profile`` (``--profiel``) and ``overrides`` (``--weight``) apply to every task,
    exactly as to a single scenario: each task's weights are the profile's, or the
    task's own, with the overridden criteria replaced. ``workshop`` (``--deelnemer``)
    too: the returned forms stand beside every task's weightings and their group (or
    ``profile``, one participant's id) weighs every task.
    """
    s = loaded.scenario
    if not s.tasks:
        raise UsageError(t("portfolio.no_tasks", path=loaded.path))

    def weighed(task: str) -> ResolvedScenario:
        scenario = resolve(loaded, task)
        return select(workshop.apply(scenario) if workshop is not None else scenario, profile)

    reports = [
        service.sensitivity(weighed(task.id), overrides, samples=samples, seed=seed, progress=progress)
        for task in s.tasks
    ]
    cost = s.coordination_cost
    tables = [{c.id: c.score * 100 for c in report.ranking.order} for report in reports]
    best = _assignment(tuple(report.ranking.order[0].id for report in reports), tables, cost)
    everyone = [c.id for c in s.candidates]
    singles = [_assignment((cid,) * len(tables), tables, cost) for cid in everyone
               if all(cid in table for table in tables)]
    single = max(singles, key=lambda a: a.value, default=None)
    offered = [cid for cid in everyone if any(cid in table for table in tables)]
    exact = len(offered) <= MAX_EXACT
    advice = _optimum(offered, tables, cost, best) if exact else best
    if not exact and single is not None and single.value > best.value:
        advice = single
    tasks = []
    for report, advised in zip(reports, advice.by_task, strict=True):
        criterion, move = _most_fragile(report)
        tasks.append(TaskResult(report.ranking.scenario, report, criterion, move, advised))
    first = tasks[0].scenario
    return PortfolioResult(
        title=s.title, organisation=first.organisation, date=first.date, description=first.description,
        tasks=tuple(tasks), names=tuple((c.id, c.label) for c in s.candidates), coordination_cost=cost,
        best=best, advice=advice, single=single, exact=exact, samples=samples, seed=seed,
        overrides=tuple((overrides or {}).items()), profile=profile,
        participants=tuple((p.id, p.name) for p in workshop.participants) if workshop is not None else (),
    )


def _assignment(by_task: tuple[str, ...], tables: list[dict[str, float]], cost: float) -> Assignment:
    total = sum(table[cid] for cid, table in zip(by_task, tables, strict=True))
    return Assignment(by_task, total, cost * (len(set(by_task)) - 1))


def _optimum(offered: list[str], tables: list[dict[str, float]], cost: float, best: Assignment) -> Assignment:
    """The highest portfolio value over every set of partners that covers every task."""
    chosen = best
    for size in range(1, len(set(best.by_task)) + 1):
        for partners in itertools.combinations(offered, size):
            by_task = []
            for table in tables:
                available = [cid for cid in partners if cid in table]
                if not available:
                    break
                by_task.append(max(available, key=table.__getitem__))
            else:
                candidate = _assignment(tuple(by_task), tables, cost)
                if candidate.value > chosen.value + 1e-9 or (
                    abs(candidate.value - chosen.value) <= 1e-9 and len(candidate.partners) < len(chosen.partners)
                ):
                    chosen = candidate
    return chosen


def _most_fragile(report: SensitivityReport) -> tuple[int | None, float]:
    """The criterion whose weight needs the smallest change before another candidate leads."""
    for item in by_fragility(report.intervals)[:1]:
        distance = takeover_distance(item)
        if distance < math.inf:
            return (item.criterion, distance)
    return (None, math.inf)
