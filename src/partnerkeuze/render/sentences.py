"""Plain-language sentences about a result, for the terminal and for the memo."""

from __future__ import annotations

from partnerkeuze.app.results import Ranking
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t


def conclusion(ranking: Ranking) -> str:
    """Who ranks first and by how much."""
    winners = ranking.winners
    first = winners[0]
    if len(ranking.order) == 1:
        return t("rank.conclusion_single", winner=first.name, score=formatting.points(first.score))
    if len(winners) > 1:
        return t("rank.conclusion_tie", winners=join_names([w.name for w in winners]),
                 score=formatting.points(first.score))
    runner_up = ranking.order[1]
    return t(
        "rank.conclusion",
        winner=first.name,
        score=formatting.points(first.score),
        margin=formatting.points(first.score - runner_up.score),
        runner_up=runner_up.name,
        runner_score=formatting.points(runner_up.score),
    )


def flips(ranking: Ranking) -> str | None:
    """What the command-line weights changed in the ranking (None without overrides)."""
    if not ranking.overridden:
        return None
    moved = [c for c in ranking.order if c.rank != c.base_rank]
    if not moved:
        return t("rank.no_flip")
    items = [t("rank.flip_item", name=c.name, before=c.base_rank, after=c.rank) for c in moved]
    return t("rank.flip", changes=join_names(items))
