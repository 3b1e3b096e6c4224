"""JSON for programs; the keys and their meaning are a contract (README "JSON")."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from partnerkeuze.app.results import Ranking, SensitivityReport
from partnerkeuze.core.weightintervals import Bound, StabilityInterval
from partnerkeuze.render.decision import ranking_extras, sensitivity_extras

if TYPE_CHECKING:
    from partnerkeuze.app.comparing import Comparison
    from partnerkeuze.app.versions import Changes, Item
    from partnerkeuze.scenario.resolved import ResolvedScore


def dumps(document: Any) -> str:
    """Stable JSON text: the same result always gives the same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def ranking_document(ranking: Ranking) -> dict[str, Any]:
    """``{"title", "weights", "ranking": [{"rank", "id", "name", "score", "contributions"}], "method"}``.

    Under ``--methode topsis|wpm``, ``score`` and ``rank`` are that method's and
    ``contributions`` stay the weighted sum's; ``shifted`` (wpm) names the criteria
    shifted to positive values.
    """
    ids = [c.id for c in ranking.scenario.criteria]
    document: dict[str, Any] = {
        "title": ranking.scenario.title,
        "weights": dict(zip(ids, ranking.weights, strict=True)),
        "ranking": [
            {
                "rank": c.rank,
                "id": c.id,
                "name": c.name,
                "score": c.score,
                "contributions": dict(zip(ids, c.contributions, strict=True)),
            }
            for c in ranking.order
        ],
        "method": ranking.method,
    }
    if ranking.method == "wpm":
        document["shifted"] = [ids[j] for j in ranking.shifted]
    document.update(ranking_extras(ranking))  # excluded, status_quo, profile, uncertain_scores
    return document


def ranking_json(ranking: Ranking) -> str:
    """The ranking as JSON text."""
    return dumps(ranking_document(ranking))


def _interval(interval: StabilityInterval | None) -> list[float] | None:
    return None if interval is None else [interval.low.weight, interval.high.weight]


def _bound(bound: Bound, ids: list[str], *, winner: bool) -> Any:
    if bound.pair is None or not bound.swaps:
        return None
    if winner:
        return ids[bound.pair[1]]
    return [ids[bound.pair[0]], ids[bound.pair[1]]]


def sensitivity_document(report: SensitivityReport) -> dict[str, Any]:
    """The sensitivity report for programs (README "JSON")."""
    scenario = report.ranking.scenario
    criteria = [c.id for c in scenario.criteria]
    candidates = [c.id for c in scenario.candidates]
    intervals = []
    for item in report.intervals:
        entry: dict[str, Any] = {
            "criterion": criteria[item.criterion],
            "weight": item.weight,
            "winner": _interval(item.winner),
            "ranking": _interval(item.ranking),
        }
        if item.winner is not None and item.ranking is not None:
            entry["winner_takeover"] = {
                "low": _bound(item.winner.low, candidates, winner=True),
                "high": _bound(item.winner.high, candidates, winner=True),
            }
            entry["ranking_swap"] = {
                "low": _bound(item.ranking.low, candidates, winner=False),
                "high": _bound(item.ranking.high, candidates, winner=False),
            }
        intervals.append(entry)
    thresholds = [
        {
            "candidate": candidates[cell.candidate],
            "criterion": criteria[cell.criterion],
            "winner": cell.winner,
            "current": cell.current,
            "threshold": cell.threshold,
            "inclusive": cell.inclusive,
            "domain": list(cell.domain),
            # a criterion with a value function: every interval of scores at which the candidate is first
            **({"regions": [list(region) for region in cell.regions]} if cell.regions is not None else {}),
        }
        for row in report.thresholds.cells
        for cell in row
    ]
    document: dict[str, Any] = {
        "weights": dict(zip(criteria, report.ranking.weights, strict=True)),
        "winner": report.ranking.winners[0].id,
        "winners": [c.id for c in report.ranking.winners],
        "weight_intervals": intervals,
        "score_thresholds": thresholds,
        "acceptability": None,
        "methods": {
            check.method: {
                "winners": [candidates[i] for i in check.winners],
                "same": check.same,
                **({"shifted": [criteria[j] for j in check.shifted]} if check.method == "wpm" else {}),
            }
            for check in report.methods
        },
    }
    accepted = report.acceptability
    if accepted is not None:
        ranks = accepted.rank_shares
        document["acceptability"] = {
            "sampling": accepted.sampling,
            "concentration": accepted.concentration,
            "samples": accepted.samples,
            "seed": report.seed,
            "ranks": {
                cid: [float(x) for x in ranks[i]] if ranks is not None else [float(accepted.first_shares[i])]
                for i, cid in enumerate(candidates)
            },
            "first": {cid: float(accepted.first_shares[i]) for i, cid in enumerate(candidates)},
            "central_weights": {
                cid: dict(zip(criteria, (float(w) for w in accepted.central_weights[i]), strict=True))
                for i, cid in enumerate(candidates)
                if accepted.first_shares[i] > 0
            },
            "sampled_scores": accepted.sampled_scores,  # uncertain scores drawn too (0: weights only)
        }
    document.update(sensitivity_extras(report))  # excluded, profile
    return document


def sensitivity_json(report: SensitivityReport) -> str:
    """The sensitivity report as JSON text."""
    return dumps(sensitivity_document(report))


# --- compare (comparing.py, versions.py) -----------------------------------------------


def _score(score: ResolvedScore) -> dict[str, Any]:
    return {"value": score.raw, "label": score.label, "rationale": score.rationale, "source": score.source}


def _items(items: tuple[Item, ...]) -> list[dict[str, str]]:
    return [{"id": item.id, "name": item.name} for item in items]


def _changes(changes: Changes) -> dict[str, Any]:
    return {
        "added": _items(changes.added),
        "removed": _items(changes.removed),
        "renamed": [
            {"old_id": r.old.id, "old_name": r.old.name, "new_id": r.new.id, "new_name": r.new.name}
            for r in changes.renamed
        ],
        "excluded": _items(changes.excluded),
        "readmitted": _items(changes.readmitted),
    }


def comparison_document(comparison: Comparison) -> dict[str, Any]:
    """Two versions of a scenario: the differences and their effect on ranks and advice.

    Weight shares are normalised (sum 1; ``null`` where the criterion did not exist);
    ``change`` is the new share minus the old one.
    """
    diff, effect = comparison.diff, comparison.effect
    return {
        "old": {"path": comparison.old_label, "title": comparison.old.title},
        "new": {"path": comparison.new_label, "title": comparison.new.title},
        "changed": bool(diff),
        "candidates": _changes(diff.candidates),
        "status_quo": None if diff.status_quo is None else {
            "old": diff.status_quo[0].id if diff.status_quo[0] else None,
            "new": diff.status_quo[1].id if diff.status_quo[1] else None,
        },
        "criteria": {
            **_changes(diff.criteria),
            "changed": [
                {"id": c.criterion.id, "field": c.field,
                 "old": list(c.old) if isinstance(c.old, tuple) else c.old,
                 "new": list(c.new) if isinstance(c.new, tuple) else c.new}
                for c in diff.criterion_fields
            ],
        },
        "weights": [
            {"criterion": w.criterion.id, "old": w.old, "new": w.new, "change": w.change}
            for w in diff.weights
        ],
        "scores": [
            {"candidate": s.candidate.id, "criterion": s.criterion.id,
             "value_changed": s.value_changed, "rationale_changed": s.rationale_changed,
             "old": _score(s.old), "new": _score(s.new)}
            for s in diff.scores
        ],
        "effect": {
            "ranking": [
                {"id": r.candidate.id, "name": r.candidate.name, "old_rank": r.old_rank,
                 "new_rank": r.new_rank, "old_score": r.old_score, "new_score": r.new_score}
                for r in effect.ranks
            ],
            "winner": {
                "old": [w.id for w in effect.old_winners],
                "new": [w.id for w in effect.new_winners],
                "changed": effect.winner_changed,
            },
            "robustness": {
                "changed": bool(effect.sentences_removed or effect.sentences_added),
                "removed": list(effect.sentences_removed),
                "added": list(effect.sentences_added),
            },
            "advice_changed": effect.advice_changed,
        },
    }


def comparison_json(comparison: Comparison) -> str:
    """The comparison as JSON text."""
    return dumps(comparison_document(comparison))
