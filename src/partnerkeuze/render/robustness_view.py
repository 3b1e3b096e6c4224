"""The sensitivity report on the terminal: interval bars, thresholds, shares, sentences."""

from __future__ import annotations

import itertools

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.results import SensitivityReport
from partnerkeuze.core.weightintervals import StabilityInterval, by_fragility
from partnerkeuze.language.texts import t
from partnerkeuze.render.decision import decision_lines, scores_sampled_sentence
from partnerkeuze.render.robustness import (
    Phrases,
    pct,
    pct_down,
    pct_up,
    sentences,
    share_text,
    takeover,
)
from partnerkeuze.render.sentences import conclusion
from partnerkeuze.render.fitwidth import Fitted

BAR_WIDTH = 30
MAX_RANK_COLUMNS = 8  # rank acceptability columns shown; the JSON has them all


def interval_bar(interval: StabilityInterval | None, weight: float, width: int = BAR_WIDTH) -> Text:
    """0–100% as a bar: the winner interval bold, the current weight as ●."""
    marker = min(width - 1, int(weight * width))
    cells = []
    for cell in range(width):
        middle = (cell + 0.5) / width
        inside = interval is not None and interval.low.weight <= middle <= interval.high.weight
        cells.append(("●", "bold") if cell == marker else ("━", "green") if inside else ("─", "dim"))
    bar = Text()
    for style, run in itertools.groupby(cells, key=lambda item: item[1]):
        bar.append("".join(char for char, _ in run), style=style)  # one span per run: explore redraws it per key
    return bar


def interval_text(interval: StabilityInterval | None) -> str:
    """'11,7% – 36%' (rounded inwards), or 'niet gedefinieerd' without a path."""
    if interval is None:
        return t("robust.col_undefined")
    # Rounded inwards, like the sentences: the interval shown is never wider than the truth.
    return f"{pct_up(interval.low.weight)} – {pct_down(interval.high.weight)}"


def weights_table(report: SensitivityReport) -> Table:
    """One row per criterion, most fragile first."""
    names = [c.name for c in report.ranking.scenario.candidates]
    criteria = report.ranking.scenario.criteria
    table = Table(title=t("robust.weights_title"), title_justify="left")
    table.add_column(t("rank.col_criterion"))
    table.add_column(t("robust.col_now"), justify="right", no_wrap=True)
    table.add_column(f"0%{' ' * (BAR_WIDTH - 6)}100%", no_wrap=True)
    table.add_column(t("robust.col_winner_interval"), justify="right", no_wrap=True)
    table.add_column(t("robust.col_takeover"))
    table.add_column(t("robust.col_ranking_interval"), justify="right", no_wrap=True)
    for item in by_fragility(report.intervals):
        who = []
        if item.winner is not None:
            low, high = takeover(item.winner.low), takeover(item.winner.high)
            if low is not None:
                who.append(t("robust.below", name=names[low]))
            if high is not None:
                who.append(t("robust.above", name=names[high]))
        table.add_row(
            criteria[item.criterion].name,
            pct(item.weight),
            interval_bar(item.winner, item.weight),
            interval_text(item.winner),
            "; ".join(who) or "–",
            interval_text(item.ranking),
        )
    return table


def thresholds_table(report: SensitivityReport) -> Table:
    """Per candidate and criterion: the score that changes first place."""
    phrases = Phrases(report)
    criteria = report.ranking.scenario.criteria
    table = Table(title=t("robust.scores_title"), title_justify="left")
    table.add_column(t("rank.col_candidate"))
    for criterion in criteria:
        table.add_column(criterion.name, justify="right")
    for ranked in report.ranking.order:
        row: list[RenderableType] = [Text(ranked.name, style="bold green" if ranked.rank == 1 else "")]
        for k in range(len(criteria)):
            cell = report.thresholds.cell(ranked.index, k)
            needed = phrases.needed(cell)
            now = phrases.current(cell)
            if report.ranking.weights[k] == 0 and needed is None:
                row.append(Text("·", style="dim"))
            elif needed is None:
                row.append(Text(t("robust.cell_safe") if cell.winner else "—", style="dim"))
            else:
                # Keep '€ 1.320.000' on one line when the column wraps.
                text = f"{now} ▸ {needed}".replace("€ ", "€\u00a0")
                row.append(Text(text, style="" if cell.winner else "yellow"))
        table.add_row(*row)
    return table


def acceptability_table(report: SensitivityReport) -> Table | None:
    """Share of samples at each rank, and the winner's central weights."""
    accepted = report.acceptability
    if accepted is None:
        return None
    names = [c.name for c in report.ranking.scenario.candidates]
    m = len(names)
    shown = min(m, MAX_RANK_COLUMNS)
    table = Table(title=t("robust.mc_title"), title_justify="left")
    table.add_column(t("rank.col_candidate"))
    for r in range(shown):
        table.add_column(t("robust.col_rank_n", n=r + 1), justify="right", no_wrap=True)
    for ranked in report.ranking.order:
        i = ranked.index
        cells = [share_text(float(accepted.rank_shares[i, r])) if accepted.rank_shares is not None
                 else (share_text(float(accepted.first_shares[i])) if r == 0 else "")
                 for r in range(shown)]
        table.add_row(ranked.name, *cells)
    return table


def central_weights_text(report: SensitivityReport) -> Text | None:
    """'Centrale gewichten voor Hengelo: ICT 27%, ...' (SMAA's typical weights of a winner)."""
    accepted = report.acceptability
    if accepted is None:
        return None
    criteria = report.ranking.scenario.criteria
    lines = []
    for ranked in report.ranking.winners:
        central = accepted.central_weights[ranked.index]
        if accepted.first_shares[ranked.index] <= 0:
            continue
        parts = ", ".join(f"{c.name} {pct(float(w))}" for c, w in zip(criteria, central, strict=True))
        lines.append(t("robust.central", name=ranked.name, weights=parts))
    return Text("\n".join(lines), style="dim") if lines else None


def sensitivity_view(report: SensitivityReport) -> RenderableType:
    """The whole sensitivity report for the terminal."""
    said = sentences(report)
    parts: list[RenderableType] = [
        Text(t("robust.title", title=report.ranking.scenario.title), style="bold"),
        Text(conclusion(report.ranking)),
        *(Text(line, style="dim") for line in decision_lines(report)),
        Text(""),
        Fitted(weights_table(report), fixed=2),
        Text(t("robust.weights_legend"), style="dim"),
        Text(""),
        Fitted(thresholds_table(report)),
        Text(t("robust.scores_legend"), style="dim"),
    ]
    if any(c.value_function is not None for c in report.ranking.scenario.criteria):
        parts.append(Text(t("curves.thresholds_legend"), style="dim"))
    parts.append(Text(""))
    table = acceptability_table(report)
    if table is not None:
        parts += [Fitted(table), Text(said.acceptability or "", style="dim")]
        central = central_weights_text(report)
        if central is not None:
            parts.append(central)
        parts.append(Text(""))
    parts.append(Text(t("robust.in_words"), style="bold"))
    for sentence in (*said.challengers, *said.weights, *said.winner_scores):
        parts.append(Text(f"• {sentence}"))
    if said.methods:
        parts.append(Text(f"• {said.methods}"))
    if said.acceptability:
        parts.append(Text(f"• {said.acceptability}"))
    drawn = scores_sampled_sentence(report)
    if drawn:
        parts.append(Text(f"• {drawn}"))
    return Group(*parts)

