"""Use cases: a scenario file in, a result object out. No printing here."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from partnerkeuze.app.knockouts import require_candidates
from partnerkeuze.app.results import (
    MethodCheck,
    RankedCandidate,
    Ranking,
    SensitivityReport,
)
from partnerkeuze.core import scoring
from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights
from partnerkeuze.core.valuefunctions import Curve
from partnerkeuze.errors import UsageError
from partnerkeuze.language.texts import t
from partnerkeuze.scenario import cache as scenariocache
from partnerkeuze.scenario.resolved import MAX_WEIGHT_POINTS, ResolvedCriterion, ResolvedScenario, uncertain_cells

if TYPE_CHECKING:  # imported where needed, so 'rank' starts faster
    from partnerkeuze.core import methods, weightsampling
    from partnerkeuze.scenario.loaded import LoadedScenario


def open_scenario(path: Path, task: str | None = None) -> tuple[LoadedScenario, ResolvedScenario]:
    """Load, validate and resolve a scenario file.

    A file with tasks (``taken:``) resolves to the scenario of ``task`` (``--taak``),
    by default its first task; ``task`` on a file without tasks is refused.
    """
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415 - YAML and pydantic: only when the cache misses
    from partnerkeuze.scenario.resolve import resolve  # noqa: PLC0415

    loaded = load(path)
    ids = [item.id for item in loaded.scenario.tasks]
    if task is not None and task not in ids:
        if not ids:
            raise UsageError(t("tasks.option_without_tasks", task=task))
        raise UsageError(t("tasks.option_unknown", task=task, known=", ".join(ids)))
    return loaded, resolve(loaded, task)


def resolved_scenario(path: Path, task: str | None = None) -> ResolvedScenario:
    """The resolved scenario of a file, as ``open_scenario`` gives it, from the cache when it can.

    A file whose bytes were resolved before (same task, language and version of
    partnerkeuze) is not read and validated again (``scenariocache.py``).
    """
    cached = scenariocache.lookup(path, task)
    if cached is not None:
        return cached
    loaded, scenario = open_scenario(path, task)
    extra = [loaded.criteria_set_path] if loaded.criteria_set_path is not None else []
    scenariocache.store(path, loaded.sha256, task, scenario, extra)
    return scenario


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
        if not np.isfinite(value) or not 0 <= value <= MAX_WEIGHT_POINTS:
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
    """The numeric core of a scenario, at its own weights or at ``points``.

    Only the candidates that meet every hard requirement are in it.
    """
    require_candidates(scenario)
    criteria = scenario.criteria
    if points is None:
        points = np.array([c.points for c in criteria], dtype=np.float64)
    curves = tuple(curve(c) for c in criteria)
    return DecisionMatrix(
        candidates=tuple(c.id for c in scenario.candidates),
        criteria=tuple(c.id for c in criteria),
        raw=np.array([[score.raw for score in cand.scores] for cand in scenario.candidates], dtype=np.float64),
        weights=normalise_weights(points),
        maximise=np.array([c.maximise for c in criteria], dtype=bool),
        low=np.array([c.low for c in criteria], dtype=np.float64),
        high=np.array([c.high for c in criteria], dtype=np.float64),
        fixed_range=np.array([c.fixed_range for c in criteria], dtype=bool),
        curves=curves if any(item is not None for item in curves) else (),
    )


def curve(criterion: ResolvedCriterion) -> Curve | None:
    """The criterion's value function for the core; None for the straight line.

    A function that is the straight line from (low, 0) to (high, 100), or from (low, 100)
    to (high, 0), is the model of ``richting``/``bereik`` itself and is computed as that
    (its ``direction``, ``low`` and ``high`` say so): the same numbers to the last bit.
    """
    function = criterion.value_function
    if function is None:
        return None
    found = Curve(np.array(function.scores), np.array(function.values) / 100.0)
    return None if found.straight() is not None else found


def rank(scenario: ResolvedScenario, overrides: Mapping[str, float] | None = None) -> Ranking:
    """The weighted ranking, under the file's weights or with ``--weight`` overrides."""
    overrides = overrides or {}
    base = decision_matrix(scenario)
    matrix = decision_matrix(scenario, weight_points(scenario, overrides)) if overrides else base
    changed = tuple(c.id for c in scenario.criteria if overrides.get(c.id, c.points) != c.points)
    return ranking_at(scenario, scoring.normalise(base), matrix.weights, base.weights, changed)


def ranking_at(
    scenario: ResolvedScenario,
    values: np.ndarray,
    weights: np.ndarray,
    base_weights: np.ndarray,
    overridden: tuple[str, ...] = (),
) -> Ranking:
    """The ranking of normalised ``values`` at ``weights`` (shares), ranks also at ``base_weights``.

    Why apart from ``rank``: ``explore`` keeps the values and recomputes this on every
    key press, without building the decision matrix again.
    """
    base_scores = scoring.totals(values, base_weights)
    base_ranks = scoring.rank(base_scores).tolist()
    scores = scoring.totals(values, weights)
    ranks = scoring.rank(scores).tolist()
    rows, parts = values.tolist(), scoring.contributions(values, weights).tolist()
    score_list, base_list = scores.tolist(), base_scores.tolist()
    order = sorted(range(len(score_list)), key=lambda i: (ranks[i], i))
    candidates = scenario.candidates
    # Positional (index, id, name, rank, score, values, contributions, base_rank,
    # base_score): twice as fast as keywords, which counts for 342 candidates per key.
    ranked = tuple(
        RankedCandidate(i, candidates[i].id, candidates[i].name, ranks[i], score_list[i], tuple(rows[i]),
                        tuple(parts[i]), base_ranks[i], base_list[i])
        for i in order
    )
    return Ranking(
        scenario=scenario,
        weights=tuple(np.asarray(weights, dtype=np.float64).tolist()),
        base_weights=tuple(np.asarray(base_weights, dtype=np.float64).tolist()),
        overridden=overridden,
        order=ranked,
    )


DEFAULT_SAMPLES = 10_000
_SAMPLINGS: dict[str, weightsampling.Sampling] = {"rond": "around", "around": "around", "uniform": "uniform"}


def parse_sampling(text: str) -> weightsampling.Sampling:
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
    sampling: weightsampling.Sampling = "around",
    progress: Callable[[int], object] | None = None,
) -> SensitivityReport:
    """Weight intervals, score thresholds and (unless samples == 0) rank acceptability."""
    from partnerkeuze.core import (
        montecarlo,  # noqa: PLC0415 - keep 'rank' fast
        scorethresholds,  # noqa: PLC0415 - keep 'rank' fast
        weightintervals,  # noqa: PLC0415 - keep 'rank' fast
    )

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
            scores=uncertain_cells(scenario, matrix),
        )
    return SensitivityReport(
        ranking=ranking,
        intervals=weightintervals.weight_intervals(values, matrix.weights),
        thresholds=scorethresholds.score_thresholds(matrix),
        acceptability=accepted,
        seed=seed,
        methods=method_checks(ranking, matrix),
    )


# --- other aggregation methods (methods.py): --methode and the cross-check ------------

_METHODS: dict[str, methods.Method] = {
    "wsm": "wsm", "gewogen-som": "wsm", "weighted-sum": "wsm",
    "topsis": "topsis",
    "wpm": "wpm", "gewogen-product": "wpm", "weighted-product": "wpm",
}


def parse_method(text: str) -> methods.Method:
    """``--methode wsm|topsis|wpm`` (also 'gewogen-som', 'gewogen-product')."""
    try:
        return _METHODS[text.strip().lower()]
    except KeyError:
        raise UsageError(t("cli.method_unknown", text=text)) from None


def rank_by(
    scenario: ResolvedScenario,
    overrides: Mapping[str, float] | None = None,
    method: methods.Method = "wsm",
) -> Ranking:
    """The ranking under ``method``: score and rank are that method's.

    Values and contributions stay the weighted sum's (the memo's model); base_rank and
    base_score are the method's at the file's own weights.
    """
    ranking = rank(scenario, overrides)
    if method == "wsm":
        return ranking
    from partnerkeuze.core import methods  # noqa: PLC0415 - only for --methode topsis|wpm
    base = decision_matrix(scenario)
    matrix = decision_matrix(scenario, weight_points(scenario, overrides or {})) if overrides else base
    base_result = methods.scores(base, method)
    result = methods.scores(matrix, method)
    base_ranks = scoring.rank(base_result.scores, methods.TIE_TOLERANCE)
    ranks = scoring.rank(result.scores, methods.TIE_TOLERANCE)
    by_index = {c.index: c for c in ranking.order}
    order = sorted(range(len(ranks)), key=lambda i: (ranks[i], i))
    ranked = tuple(
        dataclasses.replace(
            by_index[i],
            rank=int(ranks[i]),
            score=float(result.scores[i]),
            base_rank=int(base_ranks[i]),
            base_score=float(base_result.scores[i]),
        )
        for i in order
    )
    return dataclasses.replace(ranking, order=ranked, method=method, shifted=result.shifted)


def method_checks(ranking: Ranking, matrix: DecisionMatrix) -> tuple[MethodCheck, ...]:
    """Who comes first under TOPSIS and the weighted product, at the ranking's weights."""
    from partnerkeuze.core import methods  # noqa: PLC0415 - not needed by 'rank'

    if len(ranking.order) < 2:
        return ()
    wsm_winners = {c.index for c in ranking.winners}
    checks = []
    for method in methods.OTHER_METHODS:
        result = methods.scores(matrix, method)
        ranks = scoring.rank(result.scores, methods.TIE_TOLERANCE)
        winners = tuple(int(i) for i in np.flatnonzero(ranks == 1))
        checks.append(MethodCheck(method=method, winners=winners, same=set(winners) == wsm_winners,
                                  shifted=result.shifted))
    return tuple(checks)
