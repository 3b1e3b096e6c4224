"""JSON for programs; the keys and their meaning are a contract (README "JSON")."""

from __future__ import annotations

import json
from typing import Any

from partnerkeuze.results import Ranking


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
