"""The screen of ``explore`` as rich renderables: criteria with bars, the ranking, sentences.

The Textual app (``cli/explore_app.py``) puts these in its widgets; nothing here
imports textual, prints or reads a file. A flip shows without colour: ★ marks the
winner, ↑ and ↓ (``rank_text``) the rows whose place differs from the profile's
weights, ⇄ the line saying what flipped, ▸ the selected criterion; bars draw the
winner's interval as ━ and the rest as ─ (``interval_bar``, as ``sensitivity`` does).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.table import Table
from rich.text import Text

from partnerkeuze.app.explore import Flip, Frame
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.robustness import WeightPhrases, pct, pct_down, pct_up
from partnerkeuze.render.robustness_view import interval_bar, interval_text
from partnerkeuze.render.sentences import conclusion
from partnerkeuze.render.terminal import rank_text, weight_labels

SELECTED = "▸"
WINNER = "★"
FLIPPED = "⇄"
KEYS = (
    ("↑ ↓", "explore.key_select"),
    ("→ ← + -", "explore.key_move"),
    ("⇧→ ⇧← > <", "explore.key_move_big"),
    ("0", "explore.key_zero"),
    ("r", "explore.key_reset"),
    ("p", "explore.key_profile"),
    ("t", "explore.key_task"),
    ("s", "explore.key_save"),
    ("?", "explore.key_help"),
    ("q", "explore.key_quit"),
)
_CONTRIBUTION_WIDTH = 5  # '100,0'
_NAME_MIN = 12


def header(frame: Frame) -> Text:
    """'weights: profile · task: name · title' on one line (what changes with p and t first)."""
    scenario = frame.scenario
    parts = []
    if frame.weighting is not None:
        parts.append(t("explore.weights", name=frame.weighting.name))
    if scenario.task is not None:
        parts.append(t("explore.task", task=scenario.task_name or scenario.task))
    parts.append(scenario.title)
    return Text(" · ".join(parts), style="bold", no_wrap=True, overflow="ellipsis")


def footer() -> Text:
    """The keys in one line."""
    return Text(t("explore.footer"), style="dim", no_wrap=True, overflow="ellipsis")


def criteria_table(frame: Frame, first: int, rows: int, width: int) -> Text:
    """Criteria ``first`` .. ``first + rows``: weight, the winner's interval on a bar, its bounds."""
    ranking = frame.ranking
    criteria = ranking.scenario.criteria
    bar_width = max(10, min(30, width - 58))
    shown = range(first, min(len(criteria), first + rows))
    title = t("explore.criteria") if len(shown) == len(criteria) else t(
        "explore.criteria_part", first=first + 1, last=first + len(shown), count=len(criteria))
    labels = weight_labels(ranking)
    bounds = [interval_text(frame.intervals[k].winner) for k in shown]
    widths = [1, len(str(len(criteria))), 0, max(len(t("explore.col_weight")), *(len(labels[k]) for k in shown)),
              bar_width, max(len(t("explore.col_interval")), *(len(b) for b in bounds))]
    widths[2] = _rest(width, widths)
    lines = [_row(widths, ["", "#", title, t("explore.col_weight"), f"0%{' ' * (bar_width - 6)}100%",
                           t("explore.col_interval")], right={1, 3}, style="bold")]
    for k, bound in zip(shown, bounds, strict=True):
        item = frame.intervals[k]
        chosen = k == frame.selected
        lines.append(_row(widths, [
            Text(SELECTED if chosen else "", style="bold"),
            str(k + 1),
            Text(criteria[k].name, style="bold reverse" if chosen else ""),
            Text(labels[k], style="bold" if chosen else ""),
            interval_bar(item.winner, item.weight, bar_width),
            bound,
        ], right={1, 3}))
    return Text("\n").join(lines)


def ranking_table(frame: Frame, rows: int, width: int) -> Text:
    """The first ``rows`` candidates: rank (↑ ↓ when moved), ★, total and contributions."""
    ranking = frame.ranking
    columns = contribution_columns(frame.selected, len(ranking.scenario.criteria), width)
    digits = len(str(len(ranking.order)))
    widths = [max(len(t("rank.col_rank")), digits + 2), 1, 0, max(len(t("explore.col_was")), digits),
              max(len(t("explore.col_total")), _CONTRIBUTION_WIDTH),
              *(max(_CONTRIBUTION_WIDTH, len(str(k + 1)) + 1) for k in columns)]
    widths[2] = _rest(width, widths)
    right = {0, *range(3, len(widths))}
    heads: list[str | Text] = [t("rank.col_rank"), "", t("rank.col_candidate"), t("explore.col_was"),
                               t("explore.col_total")]
    heads += [Text(f"{SELECTED}{k + 1}", style="reverse") if k == frame.selected else str(k + 1) for k in columns]
    lines = [_row(widths, heads, right=right, style="bold")]
    several = len(ranking.order) > 1
    for ranked in ranking.order[:rows]:
        first = ranked.rank == 1 and several
        lines.append(_row(widths, [
            rank_text(ranked),
            Text(WINNER if first else "", style="bold"),
            Text(ranked.name, style="bold green" if first else ""),
            str(ranked.base_rank) if ranked.rank != ranked.base_rank else "",
            Text(formatting.points(ranked.score), style="bold"),
            *(Text(formatting.points(ranked.contributions[k]), style="bold") if k == frame.selected
              else formatting.points(ranked.contributions[k]) for k in columns),
        ], right=right))
    hidden = len(ranking.order) - rows
    if hidden > 0:
        more = Text(t("explore.more_rows", count=formatting.number(hidden, 0)), style="dim")
        lines.append(_row(widths[:3], ["", "", more]))
    return Text("\n").join(lines)


def _row(widths: list[int], cells: Sequence[str | Text], *, right: Collection[int] = (), style: str = "") -> Text:
    """One line: each cell cut (with …) or padded to its width, one space between cells.

    Why not a rich Table: Textual redraws this on every key press, and a table measures
    every cell again (several milliseconds for 7 x 10 cells; this takes a tenth of that).
    """
    line = Text(style=style)
    for number, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        text = cell if isinstance(cell, Text) else Text(cell)
        if text.cell_len > width:
            text = text.copy()
            text.truncate(width, overflow="ellipsis")
        padding = " " * (width - text.cell_len)
        if number:
            line.append(" ")
        if number in right:
            line.append(padding)
            line.append_text(text)
        else:
            line.append_text(text)
            line.append(padding)
    line.rstrip()
    return line


def _rest(width: int, fixed: list[int]) -> int:
    """The width left for the name column beside the other columns (one space between columns)."""
    return max(_NAME_MIN, width - sum(fixed) - (len(fixed) - 1))


def contribution_columns(selected: int, count: int, width: int) -> list[int]:
    """The criteria whose contributions fit beside the ranking, the selected one among them."""
    room = max(1, (width - 20 - _NAME_MIN) // (_CONTRIBUTION_WIDTH + 1))
    if count <= room:
        return list(range(count))
    first = min(max(0, selected - room // 2), count - room)
    return list(range(first, first + room))


def flip_sentence(flip: Flip, frame: Frame) -> str:
    """'Enschede wordt eerste boven 36,0% voor Vermindering van kwetsbaarheid'."""
    scenario = frame.scenario
    names = join_names([scenario.candidates[i].name for i in flip.winners])
    criterion = scenario.criteria[flip.criterion].name
    plural = "_plural" if len(flip.winners) > 1 else ""
    if flip.shared:
        return t("explore.flip_shared", names=names, bound=pct(flip.bound, fixed=True), criterion=criterion)
    if flip.raised:
        return t("explore.flip_above" + plural, names=names, bound=pct_up(flip.bound, fixed=True), criterion=criterion)
    return t("explore.flip_below" + plural, names=names, bound=pct_down(flip.bound, fixed=True), criterion=criterion)


def sentences(frame: Frame) -> list[Text]:
    """The conclusion now, what flipped last, and how far the selected weight may move."""
    lines = [Text(conclusion(frame.ranking), style="bold")]
    if frame.flip is not None:
        said = f"{FLIPPED} {flip_sentence(frame.flip, frame)}"
        lines.append(Text(said, style="bold reverse yellow") if frame.flipped_now else Text(said, style="dim"))
    if len(frame.ranking.order) > 1:
        lines.append(Text(WeightPhrases(frame.ranking).weight_sentence(frame.intervals[frame.selected])))
    return lines


def keys_table() -> Table:
    """What each key does (the ``?`` screen)."""
    table = Table(title=t("explore.keys_title"), title_justify="left", box=None, padding=(0, 2, 0, 0))
    table.add_column(t("explore.col_key"), no_wrap=True, style="bold")
    table.add_column(t("explore.col_does"))
    for keys, key in KEYS:
        table.add_row(keys, t(key))
    return table


def issues_text(messages: Sequence[str]) -> Text:
    """The located messages of a file that is not valid now, and that the last valid state stays."""
    text = Text(t("explore.invalid"), style="bold")
    for message in messages:
        text.append("\n• " + message, style="")
    return text


def layout(height: int, criteria: int, candidates: int, taken: int) -> tuple[int, int]:
    """Rows for criteria and for candidates when ``taken`` lines go to everything else.

    Both get what they need when it fits; otherwise each at least half the rest (a
    list shorter than its half leaves the rest to the other). A ranking that does not
    fit gives one of its rows to the line that says how many more there are.
    """
    room = max(2, height - taken)
    if criteria + candidates <= room:
        return criteria, candidates
    half = room // 2
    if criteria <= half:
        rows = (criteria, room - criteria)
    elif candidates <= room - half:
        rows = (room - candidates, candidates)
    else:
        rows = (half, room - half)
    shown_criteria, shown_candidates = max(1, rows[0]), max(1, rows[1])
    if shown_candidates < candidates:
        shown_candidates = max(1, shown_candidates - 1)
    return shown_criteria, shown_candidates


def window(selected: int, first: int, rows: int, total: int) -> int:
    """The first criterion to show so that ``selected`` is in view, moving as little as possible."""
    if selected < first:
        first = selected
    elif selected >= first + rows:
        first = selected - rows + 1
    return max(0, min(first, total - rows))
