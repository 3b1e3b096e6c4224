"""JSON for programs; the keys and their meaning are a contract (README "JSON")."""

from __future__ import annotations

import json
from typing import Any

from partnerkeuze.results import Ranking, SensitivityReport
from partnerkeuze.thresholds import Bound, StabilityInterval


def dumps(document: Any) -> str:
    """Stable JSON text: the same result always gives the same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def ranking_document(ranking: Ranking) -> dict[str, Any]:
    """``{"title", "weights", "ranking": [{"rank", "id", "name", "score", "contributions"}]}``."""
    ids = [c.id for c in ranking.scenario.criteria]
    return {
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
    }


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
        }
    return document


def sensitivity_json(report: SensitivityReport) -> str:
    """The sensitivity report as JSON text."""
    return dumps(sensitivity_document(report))
