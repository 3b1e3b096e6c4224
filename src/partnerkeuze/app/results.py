"""Frozen result objects: what the engine found, as the renderers receive it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partnerkeuze.core.ranktally import Acceptability
    from partnerkeuze.core.scorethresholds import ScoreThresholds
    from partnerkeuze.core.weightintervals import WeightInterval
    from partnerkeuze.scenario.resolved import ResolvedCandidate, ResolvedScenario


@dataclass(frozen=True)
class RankedCandidate:
    """One candidate's place in a ranking, with the parts of its total."""

    index: int  # position in scenario.candidates
    id: str
    name: str
    rank: int
    score: float  # total in [0, 1]
    values: tuple[float, ...]  # normalised value per criterion, in [0, 1]
    contributions: tuple[float, ...]  # weight x value per criterion; they sum to score
    base_rank: int  # the rank under the file's own weights
    base_score: float


@dataclass(frozen=True)
class Ranking:
    """A complete weighted ranking of a scenario, ordered by rank."""

    scenario: ResolvedScenario
    weights: tuple[float, ...]  # normalised, in scenario.criteria order
    base_weights: tuple[float, ...]  # the file's own, normalised
    overridden: tuple[str, ...]  # ids of criteria whose weight --weight changed
    order: tuple[RankedCandidate, ...]
    # The aggregation method behind score and rank (methods.py). Under "topsis" or
    # "wpm", values and contributions remain the weighted sum's.
    method: str = "wsm"
    shifted: tuple[int, ...] = ()  # criteria shifted to positive values (wpm only)

    @property
    def winners(self) -> tuple[RankedCandidate, ...]:
        """Every candidate at rank 1 (more than one on a tie)."""
        return tuple(c for c in self.order if c.rank == 1)

    @property
    def changed(self) -> bool:
        """True when the weights given on the command line change any rank."""
        return any(c.rank != c.base_rank for c in self.order)

    def candidate(self, ranked: RankedCandidate) -> ResolvedCandidate:
        """The scenario's own record of a ranked candidate (labels, rationale)."""
        return self.scenario.candidates[ranked.index]

    @property
    def status_quo(self) -> RankedCandidate | None:
        """The status quo candidate's place (``status_quo: true``), if it is ranked."""
        return next((c for c in self.order if self.scenario.candidates[c.index].status_quo), None)

    def versus_status_quo(self, ranked: RankedCandidate) -> float | None:
        """Score minus the status quo's score (in 0-1 units); None without a status quo."""
        reference = self.status_quo
        return None if reference is None else ranked.score - reference.score


@dataclass(frozen=True)
class SensitivityReport:
    """How robust a ranking is: exact weight intervals, score thresholds, Monte Carlo.

    ``intervals`` are in criteria order; ``acceptability`` is None when sampling was
    turned off (``--samples 0``).
    """

    ranking: Ranking
    intervals: tuple[WeightInterval, ...]
    thresholds: ScoreThresholds
    acceptability: Acceptability | None
    seed: int
    methods: tuple[MethodCheck, ...] = ()  # the winner under TOPSIS and the weighted product


@dataclass(frozen=True)
class MethodCheck:
    """Who ranks first under another aggregation method, and whether that is the weighted sum's winner."""

    method: str  # "topsis" or "wpm"
    winners: tuple[int, ...]  # indices into scenario.candidates, rank 1 under that method
    same: bool  # the same candidate(s) first as under the weighted sum
    shifted: tuple[int, ...] = ()  # criteria shifted to positive values (wpm only)
