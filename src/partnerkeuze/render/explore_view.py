"""The screen of ``explore`` as rich renderables: criteria with bars, the ranking, sentences.

The Textual app (``cli/explore_app.py``) puts these in its widgets; nothing here
imports textual, prints or reads a file. A flip shows without colour: ★ marks the
winner, ↑ and ↓ (``rank_text``) the rows whose place differs from the profile's
weights, ⇄ the line saying what flipped, ▸ the selected criterion; bars draw the
winner's interval as ━ and the rest as ─ (``interval_bar``, as ``sensitivity`` does).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
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


def criteria_table(frame: Frame, first: int, rows: int, width: int) -> Table:
    """Criteria ``first`` .. ``first + rows``: weight, the winner's interval on a bar, its bounds."""
    ranking = frame.ranking
    criteria = ranking.scenario.criteria
    bar_width = max(10, min(30, width - 58))
    shown = range(first, min(len(criteria), first + rows))
    title = t("explore.criteria") if len(shown) == len(criteria) else t(
        "explore.criteria_part", first=first + 1, last=first + len(shown), count=len(criteria))
    labels = weight_labels(ranking)
    bounds = [interval_text(frame.intervals[k].winner) for k in shown]
    fixed = [1, len(str(len(criteria))), max(len(t("explore.col_weight")), *(len(labels[k]) for k in shown)),
             bar_width, max(len(t("explore.col_interval")), *(len(b) for b in bounds))]
    table = _table()
    table.add_column("", no_wrap=True, width=fixed[0])
    table.add_column("#", justify="right", no_wrap=True, width=fixed[1])
    table.add_column(title, no_wrap=True, overflow="ellipsis", width=_rest(width, fixed))
    table.add_column(t("explore.col_weight"), justify="right", no_wrap=True, width=fixed[2])
    table.add_column(f"0%{' ' * (bar_width - 6)}100%", no_wrap=True, width=bar_width)
    table.add_column(t("explore.col_interval"), no_wrap=True, width=fixed[4])
    for k, bound in zip(shown, bounds, strict=True):
        item = frame.intervals[k]
        chosen = k == frame.selected
        table.add_row(
            Text(SELECTED if chosen else " ", style="bold"),
            str(k + 1),
            Text(criteria[k].name, style="bold reverse" if chosen else ""),
            Text(labels[k], style="bold" if chosen else ""),
            interval_bar(item.winner, item.weight, bar_width),
            bound,
        )
    return table


def ranking_table(frame: Frame, rows: int, width: int) -> RenderableType:
    """The first ``rows`` candidates: rank (↑ ↓ when moved), ★, total and contributions."""
    ranking = frame.ranking
    n = len(ranking.scenario.criteria)
    columns = contribution_columns(frame.selected, n, width)
    digits = len(str(len(ranking.order)))
    fixed = [max(len(t("rank.col_rank")), digits + 2), 1, max(len(t("explore.col_was")), digits),
             max(len(t("explore.col_total")), _CONTRIBUTION_WIDTH),
             *(max(_CONTRIBUTION_WIDTH, len(str(k + 1)) + 1) for k in columns)]
    table = _table()
    table.add_column(t("rank.col_rank"), justify="right", no_wrap=True, width=fixed[0])
    table.add_column("", no_wrap=True, width=fixed[1])
    table.add_column(t("rank.col_candidate"), no_wrap=True, overflow="ellipsis", width=_rest(width, fixed))
    table.add_column(t("explore.col_was"), justify="right", no_wrap=True, width=fixed[2])
    table.add_column(t("explore.col_total"), justify="right", no_wrap=True, width=fixed[3])
    for k, column_width in zip(columns, fixed[4:], strict=True):
        head = f"{SELECTED}{k + 1}" if k == frame.selected else str(k + 1)
        table.add_column(head, justify="right", no_wrap=True, width=column_width,
                         header_style="bold reverse" if k == frame.selected else "bold")
    several = len(ranking.order) > 1
    for ranked in ranking.order[:rows]:
        first = ranked.rank == 1 and several
        table.add_row(
            rank_text(ranked),
            Text(WINNER if first else "", style="bold"),
            Text(ranked.name, style="bold green" if first else ""),
            str(ranked.base_rank) if ranked.rank != ranked.base_rank else "",
            Text(formatting.points(ranked.score), style="bold"),
            *(Text(formatting.points(ranked.contributions[k]), style="bold" if k == frame.selected else "")
              for k in columns),
        )
    hidden = len(ranking.order) - rows
    if hidden > 0:
        table.add_row("", "", Text(t("explore.more_rows", count=formatting.number(hidden, 0)), style="dim"))
    return table


def _table() -> Table:
    """A table without lines, one space between columns."""
    return Table(box=None, pad_edge=False, padding=(0, 1, 0, 0), show_edge=False, collapse_padding=True)


def _rest(width: int, fixed: list[int]) -> int:
    """The width left for the name column beside columns of ``fixed`` widths (one space after each)."""
    return max(_NAME_MIN, width - sum(fixed) - len(fixed) - 1)


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
        lines.append(Text(said, style="bold yellow") if frame.flipped_now else Text(said, style="dim"))
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
