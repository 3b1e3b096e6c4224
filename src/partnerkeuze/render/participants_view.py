"""``partnerkeuze profiles --deelnemer``: the returned weighing forms side by side.

Why a view of its own: a weighing session has a dozen participants and a handful of
candidates. The weights stay as ``profiles`` shows them (criteria down, a narrow column
per weighting, participants by name); the rankings turn round: a row per weighting
(the file's own weights, the file's profiles, each participant, the group) with who it
puts first and each candidate's rank, so twelve participants make a longer table, not a
wider one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.stakeholders import ProfileComparison
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.decision import excluded_lines, participant_count
from partnerkeuze.render.fitwidth import Fitted
from partnerkeuze.render.profiles_view import SUB, profile_sentences, short_label, weights_table
from partnerkeuze.scenario.participants import Participant


def ranking_rows(comparison: ProfileComparison) -> Table:
    """One row per weighting: who it puts first, then each candidate's rank and points."""
    table = Table(title=t("participants.ranks_title"), title_justify="left")
    table.add_column(t("participants.col_who"))
    table.add_column(t("participants.col_first"))
    reference = next((r for r in comparison.rankings if r.weighting.kind == "group"), comparison.rankings[0])
    order = [c.index for c in reference.ranking.order]
    for index in order:
        table.add_column(comparison.scenario.candidates[index].name, justify="right")
    for item in comparison.rankings:
        cells: list[Text | str] = [short_label(item.weighting), join_names([w.name for w in item.ranking.winners])]
        for index in order:
            rank, score = item.place(index)
            cells.append(Text(f"{rank} ({formatting.points(score)})", style="bold green" if rank == 1 else ""))
        table.add_row(*cells, style="bold" if item.weighting.kind == "group" else "")
    return table


def participants_view(comparison: ProfileComparison, participants: Sequence[Participant]) -> RenderableType:
    """The whole ``profiles --deelnemer`` output: weights, rankings, who chooses what, the group."""
    scenario = comparison.scenario
    parts: list[RenderableType] = [
        Text(t("profiles.title", title=scenario.title), style="bold"),
        Text(t("participants.read", who=participant_count(len(participants)),
               files=join_names([p.path.name for p in participants]))),
        Text(""),
        Fitted(weights_table(scenario, t("participants.weights_title"))),
        Text(""),
        Fitted(ranking_rows(comparison), fixed=2),
        Text(""),
    ]
    parts += [Text(line if line.startswith(SUB) else f"• {line}") for line in profile_sentences(comparison)]
    if scenario.excluded:
        parts.append(Text(t("excluded.title") + ":", style="bold"))
        parts += [Text(f"• {line}") for line in excluded_lines(scenario)]
    return Group(*parts)


def participants_document(participants: Sequence[Participant]) -> list[dict[str, Any]]:
    """``profiles --json`` with forms: who, from which file (and its SHA-256), made from this scenario file or not."""
    return [
        {"id": p.id, "name": p.name, "file": str(p.path), "method": p.weighting.method,
         "scenario_sha256": p.scenario_sha256, "same_scenario": p.same_scenario, "sha256": p.sha256}
        for p in participants
    ]
