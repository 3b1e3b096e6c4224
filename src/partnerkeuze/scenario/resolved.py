"""A resolved scenario: plain records, every cross-reference settled, nothing left to look up.

``resolve.py`` builds these from a validated file; the model, the sensitivity
analysis and the renderers read only these. Why a module of its own, without
pydantic or YAML: a scenario that was resolved before is read back from the cache
(``scenariocache.py``) as these records, and ``rank`` then starts without the
schema machinery (issue #7: start-up).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from partnerkeuze.errors import UsageError
from partnerkeuze.language.texts import t

if TYPE_CHECKING:
    from partnerkeuze.core.matrix import DecisionMatrix
    from partnerkeuze.core.scoresampling import UncertainScores
    from partnerkeuze.core.valuefunctions import Curve
    from partnerkeuze.core.weighting import PairwiseResult

ScaleItems = tuple[tuple[str, float], ...]
Kind = Literal["file", "profile", "group", "participant"]  # participant: a returned weighing form (participants.py)
FILE = "bestand"  # the file's own weights
GROUP = "groep"  # the combined group profile
RESERVED = frozenset({FILE, GROUP, "file", "group"})  # ids no profile, participant or saved profile may take
# Weight points are relative; above this their sum could overflow a float (1e308 + 1e308).
MAX_WEIGHT_POINTS = 1e12


@dataclass(frozen=True)
class Uncertainty:
    """How uncertain a score is: a range (``bereik``) or a three-point estimate (``schatting``).

    ``low`` and ``high`` are the numbers behind the lowest and highest score; the
    labels are set when the user wrote labels. The most likely value is the score's
    ``raw`` (the middle, for a range).
    """

    kind: Literal["bereik", "schatting"]
    low: float
    high: float
    low_label: str | None = None
    high_label: str | None = None


@dataclass(frozen=True)
class ResolvedScore:
    """A score as the model uses it (``raw``) and as the user wrote it (``label``)."""

    raw: float
    label: str | None
    rationale: str | None
    source: str | None
    confidential: bool = False
    uncertainty: Uncertainty | None = None


@dataclass(frozen=True)
class ResolvedWeighting:
    """One set of weights and how it was obtained.

    ``points`` are per criterion in ``criteria`` order (the criteria that are weighed):
    as given for ``punten``, the ratings for ``swing``, share x 100 for a rank order,
    pairwise comparisons or the group. ``places`` (rank order: 1 = most important),
    ``pairwise`` (AHP) and ``members`` (group: the profile ids) say how.
    """

    id: str
    name: str
    description: str | None
    kind: Kind
    method: str  # punten | rangorde | paarsgewijs | swing | groep
    criteria: tuple[str, ...]
    points: tuple[float, ...]
    formula: str | None = None
    places: tuple[int, ...] | None = None
    pairwise: PairwiseResult | None = None
    members: tuple[str, ...] = ()
    group_of: Literal["profiles", "participants"] | None = None

    @property
    def shares(self) -> tuple[float, ...]:
        """The weights normalised to sum 1."""
        total = sum(self.points)
        return tuple(p / total for p in self.points) if total > 0 else tuple(0.0 for _ in self.points)


@dataclass(frozen=True)
class ValueFunction:
    """What a score is worth (``waardefunctie``): points (score, value 0-100), straight between them.

    ``points`` are in increasing order of score. For a function given per label of the
    scale, the score is the label's number and ``labels`` holds each point's label.
    """

    points: tuple[tuple[float, float], ...]
    labels: tuple[str, ...] | None = None

    @property
    def domain(self) -> tuple[float, float]:
        """The first and the last point's score: the criterion's range."""
        return self.points[0][0], self.points[-1][0]

    @property
    def scores(self) -> tuple[float, ...]:
        """The points' scores, lowest first."""
        return tuple(x for x, _ in self.points)

    @property
    def values(self) -> tuple[float, ...]:
        """The points' values (0-100), in the order of the scores."""
        return tuple(v for _, v in self.points)


@dataclass(frozen=True)
class ResolvedCriterion:
    """A criterion with its weight points, scale and normalisation range settled.

    ``minimum``/``maximum``: the hard requirement on the score (a number; the label
    as written in ``minimum_label``/``maximum_label``), None without one.
    ``value_function``: the criterion's ``waardefunctie``; it fixes the range (its
    first and last score) and the direction (``max`` unless it ends lower than it starts).
    """

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
    minimum: float | None = None
    maximum: float | None = None
    minimum_label: str | None = None
    maximum_label: str | None = None
    value_function: ValueFunction | None = None

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
    status_quo: bool = False


@dataclass(frozen=True)
class Failure:
    """A hard requirement a candidate does not meet: its score is below the minimum or above the maximum."""

    criterion: ResolvedCriterion
    score: ResolvedScore
    kind: Literal["minimum", "maximum"]
    bound: float
    bound_label: str | None


@dataclass(frozen=True)
class ExcludedCandidate:
    """A candidate set aside because it fails one or more hard requirements."""

    candidate: ResolvedCandidate
    failures: tuple[Failure, ...]


@dataclass(frozen=True)
class ResolvedScenario:
    """Everything the model and the renderers need, nothing left to look up.

    ``candidates`` are the ones that meet every hard requirement; ``excluded`` the
    others, with why. ``weightings`` are the file's own weights and/or its profiles
    (and their group); ``weighting`` names the one in the criteria's ``points``.
    """

    title: str
    organisation: str | None
    date: str | None
    description: str | None
    criteria: tuple[ResolvedCriterion, ...]
    candidates: tuple[ResolvedCandidate, ...]
    dropped: tuple[ResolvedCriterion, ...]  # weight 0 and no scores at all
    excluded: tuple[ExcludedCandidate, ...] = ()
    weightings: tuple[ResolvedWeighting, ...] = ()
    weighting: str | None = None
    # A portfolio file (``taken:``) is resolved one task at a time: which task this is
    # (id, name, layer id and name) and every task id of the file, in file order.
    task: str | None = None
    task_name: str | None = None
    layer: str | None = None
    layer_name: str | None = None
    tasks: tuple[str, ...] = ()

    @property
    def active_weighting(self) -> ResolvedWeighting | None:
        """The weighting whose points the criteria carry."""
        return next((r for r in self.weightings if r.id == self.weighting), None)

    @property
    def profiles(self) -> tuple[ResolvedWeighting, ...]:
        """The stakeholder profiles and their group (not the file's own weights)."""
        return tuple(r for r in self.weightings if r.kind != "file")

    @property
    def status_quo(self) -> ResolvedCandidate | None:
        """The status quo candidate, if it is marked and not excluded."""
        return next((c for c in self.candidates if c.status_quo), None)


def free_id(base: str, taken: Collection[str]) -> str:
    """``base``, else ``base-2``, ``base-3``, ...: the first that is not in ``taken`` (a new profile's id)."""
    return next(name for n in itertools.count(1) if (name := base if n == 1 else f"{base}-{n}") not in taken)


def select(scenario: ResolvedScenario, name: str | None) -> ResolvedScenario:
    """The scenario weighed with profile ``name`` (``groep``: the group, ``bestand``: the file's own).

    None leaves the scenario as it is (its default weights).
    """
    if name is None:
        return scenario
    key = name.strip().lower()
    key = GROUP if key == "group" else FILE if key == "file" else key
    if not scenario.profiles and key != FILE:
        raise UsageError(t("weights.no_profiles", name=name))
    chosen = next((r for r in scenario.weightings if r.id == key), None)
    if chosen is None:
        known = ", ".join(r.id for r in scenario.weightings)
        raise UsageError(t("weights.unknown_profile_cli", name=name, known=known))
    points = dict(zip(chosen.criteria, chosen.points, strict=True))
    criteria = tuple(replace(c, points=points[c.id]) for c in scenario.criteria)
    return replace(scenario, criteria=criteria, weighting=chosen.id)


def uncertain_cells(scenario: ResolvedScenario, matrix: DecisionMatrix) -> UncertainScores | None:
    """The uncertain scores of a scenario as cells of its value matrix (None if there are none)."""
    from partnerkeuze.core.scoresampling import UncertainScores, normalised  # noqa: PLC0415 - only when sampling

    cells: list[tuple[int, int, float, float, float, bool, Curve | None]] = []
    for i, candidate in enumerate(scenario.candidates):
        for j, score in enumerate(candidate.scores):
            u = score.uncertainty
            if u is None:
                continue
            curve = matrix.curves[j] if matrix.curves else None
            if curve is not None:  # the score is drawn, then the value function applied
                cells.append((i, j, u.low, min(max(score.raw, u.low), u.high), u.high, u.kind == "schatting", curve))
                continue
            low, high, maximise = float(matrix.low[j]), float(matrix.high[j]), bool(matrix.maximise[j])
            ends = sorted((normalised(u.low, low, high, maximise), normalised(u.high, low, high, maximise)))
            mode = normalised(score.raw, low, high, maximise)
            if ends[1] > ends[0]:
                cells.append((i, j, ends[0], min(max(mode, ends[0]), ends[1]), ends[1], u.kind == "schatting", None))
    if not cells:
        return None
    rows, cols, lows, modes, highs, pert, curves = zip(*cells, strict=True)
    return UncertainScores(rows, cols, lows, modes, highs, pert,  # type: ignore[arg-type]
                           curves if any(c is not None for c in curves) else ())

