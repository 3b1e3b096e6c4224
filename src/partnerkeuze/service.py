"""Use cases: a scenario file in, a result object out. No printing here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np

from partnerkeuze import montecarlo, scoring, thresholds
from partnerkeuze.errors import UsageError
from partnerkeuze.loading import LoadedScenario, load
from partnerkeuze.matrix import DecisionMatrix, normalise_weights
from partnerkeuze.resolve import ResolvedScenario, resolve
from partnerkeuze.results import RankedCandidate, Ranking, SensitivityReport
from partnerkeuze.texts import t


def open_scenario(path: Path) -> tuple[LoadedScenario, ResolvedScenario]:
    """Load, validate and resolve a scenario file."""
    loaded = load(path)
    return loaded, resolve(loaded)


def parse_weight_overrides(items: list[str]) -> dict[str, float]:
    """``["ict=40", "kosten=10"]`` -> ``{"ict": 40.0, "kosten": 10.0}``."""
    overrides: dict[str, float] = {}
    for item in items:
        key, sep, text = item.partition("=")
        key, text = key.strip(), text.strip().replace(",", ".")
        if not sep or not key or not text:
            raise UsageError(t("cli.weight_syntax", text=item))
        try:
            value = float(text)
        except ValueError:
            raise UsageError(t("cli.weight_value", criterion=key, text=text)) from None
        if not np.isfinite(value) or value < 0:
            raise UsageError(t("cli.weight_value", criterion=key, text=text))
        if key in overrides:
            raise UsageError(t("cli.weight_twice", criterion=key))
        overrides[key] = value
    return overrides


def weight_points(scenario: ResolvedScenario, overrides: Mapping[str, float]) -> np.ndarray:
    """The criteria's weight points with ``--weight`` overrides applied (not yet normalised)."""
    ids = [c.id for c in scenario.criteria]
    for key in overrides:
        if key not in ids:
            if key in {c.id for c in scenario.dropped}:
                raise UsageError(t("cli.weight_dropped", criterion=key))
            raise UsageError(t("cli.weight_unknown", criterion=key, known=", ".join(ids)))
    points = np.array([overrides.get(c.id, c.points) for c in scenario.criteria], dtype=np.float64)
    if not points.sum() > 0:
        raise UsageError(t("check.all_weights_zero"))
    return points


def decision_matrix(scenario: ResolvedScenario, points: np.ndarray | None = None) -> DecisionMatrix:
    """The numeric core of a scenario, at its own weights or at ``points``."""
    criteria = scenario.criteria
    if points is None:
        points = np.array([c.points for c in criteria], dtype=np.float64)
    return DecisionMatrix(
        candidates=tuple(c.id for c in scenario.candidates),
        criteria=tuple(c.id for c in criteria),
        raw=[[score.raw for score in cand.scores] for cand in scenario.candidates],
        weights=normalise_weights(points),
        maximise=[c.maximise for c in criteria],
        low=[c.low for c in criteria],
        high=[c.high for c in criteria],
        fixed_range=[c.fixed_range for c in criteria],
    )


def rank(scenario: ResolvedScenario, overrides: Mapping[str, float] | None = None) -> Ranking:
    """The weighted ranking, under the file's weights or with ``--weight`` overrides."""
    overrides = overrides or {}
    base = decision_matrix(scenario)
    matrix = decision_matrix(scenario, weight_points(scenario, overrides)) if overrides else base
    values = scoring.normalise(base)
    base_scores = scoring.totals(values, base.weights)
    base_ranks = scoring.rank(base_scores)
    scores = scoring.totals(values, matrix.weights)
    ranks = scoring.rank(scores)
    parts = scoring.contributions(values, matrix.weights)
    order = sorted(range(len(scores)), key=lambda i: (ranks[i], i))
    ranked = tuple(
        RankedCandidate(
            index=i,
            id=scenario.candidates[i].id,
            name=scenario.candidates[i].name,
            rank=int(ranks[i]),
            score=float(scores[i]),
            values=tuple(float(v) for v in values[i]),
            contributions=tuple(float(p) for p in parts[i]),
            base_rank=int(base_ranks[i]),
            base_score=float(base_scores[i]),
        )
        for i in order
    )
    changed = tuple(c.id for c in scenario.criteria if overrides.get(c.id, c.points) != c.points)
    return Ranking(
        scenario=scenario,
        weights=tuple(float(w) for w in matrix.weights),
        base_weights=tuple(float(w) for w in base.weights),
        overridden=changed,
        order=ranked,
    )


DEFAULT_SAMPLES = 10_000
_SAMPLINGS: dict[str, montecarlo.Sampling] = {"rond": "around", "around": "around", "uniform": "uniform"}


def parse_sampling(text: str) -> montecarlo.Sampling:
    """``--sampling rond|uniform`` (English 'around' works too)."""
    try:
        return _SAMPLINGS[text.strip().lower()]
    except KeyError:
        raise UsageError(t("cli.sampling_unknown", text=text)) from None


DEFAULT_SEED = 0


def sensitivity(
    scenario: ResolvedScenario,
    overrides: Mapping[str, float] | None = None,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    sampling: montecarlo.Sampling = "around",
    progress: Callable[[int], object] | None = None,
) -> SensitivityReport:
    """Weight intervals, score thresholds and (unless samples == 0) rank acceptability."""
    if samples < 0:
        raise UsageError(t("cli.samples_negative"))
    ranking = rank(scenario, overrides)
    points = weight_points(scenario, overrides or {})
    matrix = decision_matrix(scenario, points)
    values = scoring.normalise(matrix)
    accepted = None
    if samples > 0 and len(scenario.candidates) > 1:
        accepted = montecarlo.acceptability(
            values,
            matrix.weights,
            samples=samples,
            rng=np.random.default_rng(seed),
            sampling=sampling,
            progress=progress,
        )
    return SensitivityReport(
        ranking=ranking,
        intervals=thresholds.weight_intervals(values, matrix.weights),
        thresholds=thresholds.score_thresholds(matrix),
        acceptability=accepted,
        seed=seed,
    )
