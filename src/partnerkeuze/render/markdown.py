"""The memo as GitHub-flavoured Markdown: tables, GFM footnotes and the sentences."""

from __future__ import annotations

import re

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render import curves
from partnerkeuze.render.memo import Memo, MemoSensitivity
from partnerkeuze.render.robustness import scores_drawn_text


def render(memo: Memo, *, task: tuple[str, str] | None = None) -> str:
    """The memo as Markdown text (the same memo always gives the same text).

    ``task`` (id, name) renders one task of a portfolio: headed by the task's name one
    level down, without the file's toelichting and reproducibility (the portfolio says
    those once), and with footnote labels of its own (``[^ict-1]``), since GFM links every
    ``[^1]`` of a document to the first note of that label.
    """
    h = "#" if task is None else "##"
    prefix = "" if task is None else re.sub(r"[^\w-]", "-", task[0]) + "-"
    out: list[str] = [f"{h} {memo.title if task is None else task[1]}", ""]
    meta = []
    if memo.organisation and task is None:
        meta.append(f"**{t('memo.organisation')}:** {memo.organisation}")
    if memo.date_text and task is None:
        meta.append(f"**{t('memo.date')}:** {memo.date_text}")
    if meta:
        out += [" · ".join(meta), ""]
    for notice in memo.notices:
        out += [f"> {notice}", ""]
    if task is None:
        out += description(memo)
    out += [f"{h}# {t('memo.section_table')}", ""]
    out += _score_table(memo, prefix)
    out += ["", t("memo.legend"), ""]
    out += [" ".join(s for s in (memo.conclusion, memo.flips) if s), ""]
    if memo.dropped:
        out += [t("rank.dropped", criteria=", ".join(memo.dropped)), ""]
    if memo.excluded:
        out += [f"{h}## {t('memo.excluded')}", "", *(f"- {_inline(item.text)}" for item in memo.excluded), ""]
    out += [f"{h}## {t('memo.contributions')}", ""]
    out += _contribution_table(memo)
    out.append("")
    out += _curves(memo, h)
    if memo.sensitivity is not None:
        out += _sensitivity(memo.sensitivity, h)
    if task is None:
        out += reproducibility(memo)
    for note in memo.footnotes:
        text = note.text + (" " + t("memo.source", source=note.source) if note.source else "")
        out.append(f"[^{prefix}{note.number}]: {_inline(text)}")
    return "\n".join(out).rstrip("\n") + "\n"


def description(memo: Memo) -> list[str]:
    """The toelichting section (nothing without one)."""
    if not memo.description:
        return []
    return [f"## {t('memo.description')}", "", *(line for paragraph in memo.description for line in (paragraph, ""))]


def portfolio_ending(memo: Memo) -> str:
    """What a portfolio says once, after its tasks: the file's toelichting and the reproducibility."""
    return "\n".join([*description(memo), *reproducibility(memo)])


def reproducibility(memo: Memo) -> list[str]:
    """The reproducibility section: the line, and each returned form on a line of its own."""
    paragraph, items = memo.repro_lines
    return [f"## {t('memo.reproducibility')}", "", paragraph, "",
            *([*(f"- {_inline(item)}" for item in items), ""] if items else [])]


def _header(memo: Memo) -> list[str]:
    return [c.name + (" ★" if c.preferred else "") for c in memo.columns]


def _table(header: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _score_table(memo: Memo, prefix: str = "") -> list[str]:
    header = [t("memo.col_criterion"), t("memo.col_weight"), *_header(memo)]
    rows = []
    for row in memo.rows:
        weight = row.weight_text + (" *" if row.overridden else "")
        rows.append([row.name, weight, *(c.text + (f" [^{prefix}{c.note}]" if c.note else "") for c in row.cells)])
    rows.append([f"**{t('memo.row_total')}**", "100%", *(_bold(c.total_text, c.preferred) for c in memo.columns)])
    rows.append([f"**{t('memo.row_rank')}**", "", *(_bold(str(c.rank), c.preferred) for c in memo.columns)])
    if memo.has_status_quo:
        rows.append([f"**{t('statusquo.row')}**", "", *(memo.versus_text(c) for c in memo.columns)])
    return _table(header, rows, [":--", "--:", *([":-:"] * len(memo.columns))])


def _contribution_table(memo: Memo) -> list[str]:
    header = [t("memo.col_criterion"), t("memo.col_weight"), *_header(memo)]
    rows = [[row.name, row.weight_text, *(formatting.points(c.contribution) for c in row.cells)] for row in memo.rows]
    rows.append([f"**{t('memo.row_total')}**", "100%", *(_bold(c.total_text, c.preferred) for c in memo.columns)])
    return _table(header, rows, [":--", "--:", *(["--:"] * len(memo.columns))])


def _curves(memo: Memo, h: str) -> list[str]:
    """Each value function as a table of its points, and where the candidates land on it."""
    if not memo.curves:
        return []
    out = [f"{h}## {t('curves.section')}", "", t("curves.memo_intro"), ""]
    names = [c.name for c in memo.columns]
    for row in memo.curves:
        function = row.value_function
        assert function is not None
        out += [f"**{_inline(row.name)}** ({curves.shape(function)})", ""]
        out += _table([t("curves.col_score"), t("curves.col_value")], [list(r) for r in curves.rows(function, row.unit)],
                      ["---:", "---:"])
        out += ["", _inline(t("curves.marks", marks=curves.marks_line(curves.marks(names, row.cells, function)))), ""]
    return out


def _sensitivity(s: MemoSensitivity, h: str = "#") -> list[str]:
    out = [f"{h}# {t('memo.sensitivity')}", ""]
    out += [f"- {sentence}" for sentence in s.sentences]
    if s.sentences:
        out.append("")
    if s.intervals:
        out += [f"{h}## {t('memo.intervals')}", "", t("memo.intervals_intro"), ""]
        header = [t("memo.col_criterion"), t("memo.col_weight"), t("memo.col_winner_interval"),
                  t("memo.col_ranking_interval"), t("memo.col_takeover_low"), t("memo.col_takeover_high")]
        rows = [
            [r.criterion, formatting.percent(r.weight, 1), interval(r.winner_low, r.winner_high),
             interval(r.ranking_low, r.ranking_high), r.takeover_low or t("memo.none"), r.takeover_high or t("memo.none")]
            for r in s.intervals
        ]
        out += [*_table(header, rows, [":--", "--:", "--:", "--:", ":--", ":--"]), ""]
    if s.first_shares:
        out += [f"{h}## {t('memo.first_shares')}", ""]
        rows = [[name, formatting.percent(share, 1)] for name, share in s.first_shares]
        out += [*_table([t("memo.col_candidate"), t("memo.col_share")], rows, [":--", "--:"]), ""]
    if s.samples is not None:
        out += [sampling_text(s), ""]
    return out


def interval(low: float | None, high: float | None) -> str:
    """'12,5% - 40,0%' (with an en dash), or a dash when the interval is not known."""
    if low is None or high is None:
        return t("memo.none")
    return t("memo.interval", low=formatting.percent(low, 1), high=formatting.percent(high, 1))


def sampling_text(s: MemoSensitivity) -> str:
    """'10.000 trekkingen van de gewichten (...), seed 42.'"""
    return t("memo.sampling", samples=formatting.number(s.samples or 0, 0), scores=scores_drawn_text(s.sampled_scores),
             sampling=s.sampling or "",
             seed=s.seed if s.seed is not None else t("memo.no_seed"))


def _bold(text: str, bold: bool) -> str:
    return f"**{text}**" if bold else text


def _inline(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")
