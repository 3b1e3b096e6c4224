"""Rich renderables for the terminal; the CLI prints them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.results import RankedCandidate, Ranking
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render.cells import paragraphs, score_text
from partnerkeuze.render.curves import raw_summary, valued
from partnerkeuze.render.decision import (
    excluded_lines,
    rank_notes,
    status_quo_cells,
    status_quo_sentence,
)
from partnerkeuze.render.sentences import conclusion, flips
from partnerkeuze.render.fitwidth import Fitted

if TYPE_CHECKING:
    from partnerkeuze.scenario.models import CriteriaSet

# Up to this many candidates the table reads like a memo: criteria down, candidates across.
MEMO_LAYOUT_MAX_CANDIDATES = 8


def ranking_view(ranking: Ranking) -> RenderableType:
    """The ranking table, its legend, and the conclusion in words."""
    if len(ranking.order) <= MEMO_LAYOUT_MAX_CANDIDATES:
        table = _criteria_by_candidates(ranking)
    else:
        table = _candidates_by_criteria(ranking)
    scenario = ranking.scenario
    legend = t("rank.legend") if ranking.method == "wsm" else t(f"rank.legend_{ranking.method}")
    fixed = 2 if len(ranking.order) <= MEMO_LAYOUT_MAX_CANDIDATES else 3  # labels and weight / rank, name, total
    parts: list[RenderableType] = [Fitted(table, fixed=fixed), Text(legend, style="dim")]
    if ranking.shifted:
        shifted = ", ".join(scenario.criteria[j].name for j in ranking.shifted)
        parts.append(Text(t("rank.wpm_shifted", criteria=shifted), style="dim"))
    if ranking.overridden:
        parts.append(Text("* " + t("rank.overridden"), style="dim"))
    if scenario.dropped:
        parts.append(Text(t("rank.dropped", criteria=", ".join(c.name for c in scenario.dropped)), style="dim"))
    parts += [Text(note, style="dim") for note in rank_notes(ranking)]
    if scenario.excluded:
        parts.append(Text(t("excluded.title") + ":", style="bold"))
        parts += [Text(f"• {line}") for line in excluded_lines(scenario)]
    parts.append(Text(""))
    parts.append(Text(conclusion(ranking), style="bold"))
    flip = flips(ranking)
    if flip:
        parts.append(Text(flip, style="bold yellow" if ranking.changed else ""))
    versus = status_quo_sentence(ranking)
    if versus:
        parts.append(Text(versus))
    return Group(*parts)


def weight_labels(ranking: Ranking) -> list[str]:
    """The weights as printed percentages (adding up to 100%), '25% *' where --weight changed one."""
    shown = formatting.percentages(ranking.weights)
    return [
        f"{weight} *" if criterion.id in ranking.overridden else weight
        for criterion, weight in zip(ranking.scenario.criteria, shown, strict=True)
    ]


def _cell(ranking: Ranking, ranked: RankedCandidate, j: int) -> str:
    criterion = ranking.scenario.criteria[j]
    text = score_text(ranking.candidate(ranked).scores[j], criterion)
    if criterion.value_function is not None:  # the score as written, and what it is worth
        text = valued(text, ranked.values[j])
    if ranking.method != "wsm":  # TOPSIS and the weighted product have no additive parts
        return text
    return f"{text} → {formatting.points(ranked.contributions[j])}"


def _title(ranking: Ranking) -> str:
    if ranking.method == "wsm":
        return t("rank.title", title=ranking.scenario.title)
    return t("rank.title_method", method=t(f"method.{ranking.method}"), title=ranking.scenario.title)


def rank_text(ranked: RankedCandidate) -> Text:
    """The rank, with ↑ or ↓ (bold yellow) when it differs from the rank at the file's weights."""
    moved = ranked.rank != ranked.base_rank
    arrow = "" if not moved else (" ↑" if ranked.rank < ranked.base_rank else " ↓")
    return Text(f"{ranked.rank}{arrow}", style="bold yellow" if moved else "")


def _criteria_by_candidates(ranking: Ranking) -> Table:
    """Memo layout: one row per criterion, one column per candidate in rank order."""
    table = Table(title=_title(ranking), title_justify="left")
    table.add_column(t("rank.col_criterion"))
    table.add_column(t("rank.col_weight"), justify="right", no_wrap=True)
    for ranked in ranking.order:
        winner = ranked.rank == 1 and len(ranking.order) > 1
        header = f"{ranked.rank}. {ranked.name}" + (" ★" if winner else "")
        table.add_column(header, justify="right", header_style="bold green" if winner else "bold")
    for j, (criterion, weight) in enumerate(zip(ranking.scenario.criteria, weight_labels(ranking), strict=True)):
        table.add_row(criterion.name, weight, *(_cell(ranking, r, j) for r in ranking.order))
    table.add_section()
    totals = [Text(formatting.points(r.score), style="bold") for r in ranking.order]
    total_label = t("rank.row_total") if ranking.method == "wsm" else t(
        "rank.row_total_method", method=t(f"method.short_{ranking.method}"))
    table.add_row(Text(total_label, style="bold"), "100%", *totals)
    versus = status_quo_cells(ranking)
    if versus is not None:
        table.add_row(t("statusquo.row"), "", *versus)
    if ranking.overridden:
        table.add_row(t("rank.row_rank_file"), "", *(str(r.base_rank) for r in ranking.order))
        table.add_row(t("rank.row_rank_now"), "", *(rank_text(r) for r in ranking.order))
    return table


def _candidates_by_criteria(ranking: Ranking) -> Table:
    """Long layout for many candidates: one row per candidate, criteria across."""
    table = Table(title=_title(ranking), title_justify="left")
    table.add_column(t("rank.col_rank"), justify="right", no_wrap=True)
    table.add_column(t("rank.col_candidate"), no_wrap=True)
    table.add_column(t("rank.col_total"), justify="right", no_wrap=True)
    versus = status_quo_cells(ranking)
    if versus is not None:
        table.add_column(t("statusquo.row"), justify="right", no_wrap=True)
    if ranking.overridden:
        table.add_column(t("rank.col_rank_file"), justify="right", no_wrap=True)
        table.add_column(t("rank.col_rank_now"), justify="right", no_wrap=True)
    for criterion, weight in zip(ranking.scenario.criteria, weight_labels(ranking), strict=True):
        table.add_column(f"{criterion.name}\n{weight}", justify="right")
    n = len(ranking.scenario.criteria)
    for k, ranked in enumerate(ranking.order):
        winner = ranked.rank == 1
        name = Text(ranked.name + (" ★" if winner else ""), style="bold green" if winner else "")
        row: list[RenderableType] = [str(ranked.rank), name, formatting.points(ranked.score)]
        if versus is not None:
            row.append(versus[k])
        if ranking.overridden:
            row += [str(ranked.base_rank), rank_text(ranked)]
        row += [_cell(ranking, ranked, j) for j in range(n)]
        table.add_row(*row)
    return table


def criteria_sets_view(sets: list[tuple[str, CriteriaSet]]) -> RenderableType:
    """The list of available criteria sets."""
    table = Table(title=t("sets.title"), title_justify="left")
    table.add_column(t("sets.col_name"), no_wrap=True)
    table.add_column(t("sets.col_title"))
    table.add_column(t("sets.col_criteria"))
    for name, criteria_set in sets:
        table.add_row(name, criteria_set.name, ", ".join(c.id for c in criteria_set.criteria))
    return Fitted(table)


def criteria_set_view(name: str, criteria_set: CriteriaSet) -> RenderableType:
    """One criteria set with each criterion's definition."""
    table = Table(title=f"{criteria_set.name} ({name})", title_justify="left", show_lines=True)
    table.add_column(t("sets.col_id"), no_wrap=True)
    table.add_column(t("sets.col_title"))
    table.add_column(t("sets.col_direction"), no_wrap=True)
    table.add_column(t("sets.col_scale"), no_wrap=True)
    table.add_column(t("sets.col_definition"))
    for c in criteria_set.criteria:
        direction = t("curves.direction") if c.value_function is not None else t(f"direction.{c.direction}")
        table.add_row(c.id, c.label, direction, c.scale or c.unit or "", c.description or "")
    parts: list[RenderableType] = []
    for paragraph in paragraphs(criteria_set.description):
        parts.append(Text(paragraph + "\n"))
    parts.append(Fitted(table))
    parts += [Text(f"• {raw_summary(c.label, c.value_function, c.unit)}")
              for c in criteria_set.criteria if c.value_function is not None]
    if criteria_set.source:
        parts.append(Text(criteria_set.source, style="dim"))
    parts.append(Text(t("sets.usage", name=name), style="dim"))
    return Group(*parts)
