"""The portfolio (``portfolio.py``) as sentences, a rich table, JSON and a Markdown memo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.portfolio import FRAGILE, PortfolioResult, TaskResult
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.decision import group_note
from partnerkeuze.render.robustness import Phrases
from partnerkeuze.render.fitwidth import Fitted

if TYPE_CHECKING:
    from collections.abc import Callable

    from partnerkeuze.render.memo import Memo

    Scrub = Callable[[str | None], str | None]


def _points(value: float) -> str:
    return formatting.number(value, 1)


def summary_rows(result: PortfolioResult) -> list[list[str]]:
    """One row per task: task, layer, best partner, score, runner-up, margin, robustness, advice."""
    rows = []
    for task in result.tasks:
        scenario = task.scenario
        second = task.runner_up
        rows.append([
            scenario.task_name or "", scenario.layer_name or "", task.winner.name,
            formatting.points(task.winner.score),
            second.name if second else "-",
            formatting.points(task.margin) if task.margin is not None else "-",
            t("portfolio.fragile") if task.fragile else t("portfolio.robust"),
            result.name(task.advised),
        ])
    return rows


def summary_header() -> list[str]:
    """The column names of ``summary_rows``."""
    return [t(f"portfolio.col_{key}") for key in ("task", "layer", "best", "score", "runner_up", "margin", "robust", "advice")]


def fragility_sentence(task: TaskResult) -> str | None:
    """'ICT: de keuze voor Zwolle is kwetsbaar. ...'; None for a robust task."""
    if not task.fragile:
        return None
    name = task.scenario.task_name or ""
    winners = task.report.ranking.winners
    if len(winners) > 1:
        return t("portfolio.tie_sentence", task=name, names=join_names([c.name for c in winners]))
    phrases = Phrases(task.report)
    item = next(i for i in task.report.intervals if i.criterion == task.fragile_criterion)
    return t("portfolio.fragile_sentence", task=name, winner=task.winner.name, sentence=phrases.weight_sentence(item))


def sentences(result: PortfolioResult) -> dict[str, list[str]]:
    """The plain-language picture: assignment, comparison, fragility (memo-quotable)."""
    advice = result.advice
    tasks = result.tasks
    assignment = [
        t("portfolio.assignment", partner=result.name(partner),
          tasks=join_names([task.scenario.task_name or "" for task, who in zip(tasks, advice.by_task, strict=True) if who == partner]))
        for partner in advice.partners
    ]
    best = result.best
    comparison = [t("portfolio.best_summary", count=len(best.partners), total=_points(best.total), tasks=len(tasks))]
    if result.single is None:
        comparison.append(t("portfolio.no_single"))
    elif result.single.by_task == best.by_task:
        comparison.append(t("portfolio.single_same", partner=result.name(result.single.by_task[0])))
    else:
        comparison.append(t("portfolio.single_summary", partner=result.name(result.single.by_task[0]),
                            total=_points(result.single.total), difference=_points(best.total - result.single.total)))
    if result.coordination_cost > 0:
        comparison.append(t("portfolio.cost_rule", cost=formatting.plain(result.coordination_cost)))
    else:
        comparison.append(t("portfolio.cost_none"))
    if advice.by_task == best.by_task:
        comparison.append(t("portfolio.advice_best", count=len(advice.partners), value=_points(advice.value)))
    else:
        changes = [
            t("portfolio.change", task=task.scenario.task_name or "", advised=result.name(who), winner=task.winner.name)
            for task, who in zip(tasks, advice.by_task, strict=True) if who != task.winner.id
        ]
        comparison.append(t("portfolio.advice_other", count=len(advice.partners), value=_points(advice.value),
                            best=_points(best.value), changes="; ".join(changes)))
    fragile = [s for s in (fragility_sentence(task) for task in tasks) if s]
    if not fragile:
        fragile = [t("portfolio.no_fragile", bound=formatting.plain(FRAGILE * 100))]
    return {"assignment": assignment, "comparison": comparison, "fragility": fragile}


def weights_note(result: PortfolioResult, *, public: bool = False) -> str:
    """Which weights the tasks were ranked with, when not the file's own (--profiel, --deelnemer, --weight).

    ``public`` (``--openbaar``): the participants are counted, never named.
    """
    parts = []
    if result.weighed_by_participants:
        parts.append(_participants_note(result, public=public))
    elif result.profile:
        parts.append(t("portfolio.profile_note", profile=result.profile))
    if result.overrides:
        changed = "; ".join(f"{cid} = {formatting.plain(value)}" for cid, value in result.overrides)
        parts.append(t("portfolio.weights_note", weights=changed))
    return " ".join(parts)


def _participants_note(result: PortfolioResult, *, public: bool) -> str:
    """'Elke taak is gewogen met het groepsgemiddelde van 7 deelnemers: A, B, ...' (or one participant's weights)."""
    scenario = result.tasks[0].scenario
    active = scenario.active_weighting
    assert active is not None
    if active.kind == "participant":
        return t("portfolio.participant_one_public") if public else t("portfolio.participant_one", name=active.name)
    return group_note(scenario, active, openbaar=public,
                      keys=("portfolio.participants_group", "portfolio.participants_group_public"))


def reweighed(result: PortfolioResult) -> bool:
    """True when the tasks were not ranked with the file's own weights (a note says with what)."""
    return bool(result.overrides or result.profile or result.weighed_by_participants)


def portfolio_view(result: PortfolioResult) -> Group:
    """The terminal view: the per-task table, then the sentences."""
    table = Table(title=f"{result.title}\n{t('portfolio.title')}", title_justify="left")
    header = summary_header()
    sampled = result.samples > 0
    for k, name in enumerate(header):
        table.add_column(name, justify="right" if k in (3, 5) else "left")
    if sampled:
        table.add_column(t("portfolio.col_first_share"), justify="right")
    for task, row in zip(result.tasks, summary_rows(result), strict=True):
        row = [*row]
        row[2] = f"★ {row[2]}"
        if sampled:
            share = task.first_share
            row.append(formatting.percent(share) if share is not None else "-")
        table.add_row(*row)
    parts: list[Any] = [Fitted(table)]
    if reweighed(result):
        parts.append(Text(weights_note(result)))
    if sampled:
        parts.append(Text(t("portfolio.sampling", samples=result.samples, seed=result.seed)))
    text = sentences(result)
    for key, heading in (("assignment", "portfolio.heading_assignment"), ("comparison", "portfolio.heading_comparison"),
                         ("fragility", "portfolio.heading_fragility")):
        parts.append(Text(""))
        parts.append(Text(t(heading), style="bold"))
        parts.extend(Text(line) for line in text[key])
    return Group(*parts)


def portfolio_document(result: PortfolioResult) -> dict[str, Any]:
    """The portfolio as plain data (``portfolio --json``); scores in 0-1, points in 0-100."""
    def assignment(a: Any) -> dict[str, Any]:
        return {"per_taak": dict(zip([task.scenario.task for task in result.tasks], a.by_task, strict=True)),
                "partners": list(a.partners), "totaal": a.total, "coordinatiekosten": a.cost, "waarde": a.value}

    return {
        "titel": result.title,
        "coordinatiekosten_per_partner": result.coordination_cost,
        "taken": [
            {
                "id": task.scenario.task, "naam": task.scenario.task_name, "laag": task.scenario.layer,
                "beste": [c.id for c in task.report.ranking.winners],
                "advies": task.advised,
                "voorsprong": task.margin,
                "kwetsbaar": task.fragile,
                "kleinste_gewichtsverandering": None if task.fragile_criterion is None else task.fragile_move,
                "kwetsbaarste_criterium": None if task.fragile_criterion is None
                else task.scenario.criteria[task.fragile_criterion].id,
                "aandeel_eerst": task.first_share,
                "rangorde": [{"id": c.id, "rang": c.rank, "score": c.score} for c in task.report.ranking.order],
                "afgevallen": [item.candidate.id for item in task.scenario.excluded],
            }
            for task in result.tasks
        ],
        "beste_per_taak": assignment(result.best),
        "advies": assignment(result.advice),
        "een_partner": None if result.single is None else assignment(result.single),
        "exact": result.exact,
        "steekproeven": result.samples,
        "seed": result.seed,
        "gewichten_vervangen": dict(result.overrides),
        "profiel": result.profile,
        "deelnemers": [{"id": pid, "naam": name} for pid, name in result.participants],
    }


def portfolio_json(result: PortfolioResult) -> str:
    """``portfolio --json``: stable key order, UTF-8, a trailing newline."""
    return json.dumps(portfolio_document(result), ensure_ascii=False, indent=2) + "\n"


def portfolio_markdown(result: PortfolioResult, task_memos: list[str], *, scrub: Scrub | None = None,
                       notice: str | None = None, ending: str = "", public: bool = False) -> str:
    """The portfolio memo in Markdown: summary table and sentences, then each task's own memo.

    ``task_memos`` are rendered with their task (``markdown.render(memo, task=...)``);
    ``ending`` (the toelichting and reproducibility, said once) closes the document.
    ``scrub`` and ``notice`` make the public version (``--openbaar``): the summary with
    confidential names replaced (the task memos arrive redacted), the notice under the title;
    ``public`` counts the participants of ``--deelnemer`` instead of naming them.
    """
    lines = [f"# {result.title}", ""] + ([f"> **{notice}**", ""] if notice else [])
    if reweighed(result):
        lines += [weights_note(result, public=public), ""]
    lines += [f"## {t('portfolio.title')}", ""]
    header = summary_header()
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---:" if k in (3, 5) else "---" for k in range(len(header))) + "|")
    lines.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in summary_rows(result))
    text = sentences(result)
    for key, heading in (("assignment", "portfolio.heading_assignment"), ("comparison", "portfolio.heading_comparison"),
                         ("fragility", "portfolio.heading_fragility")):
        lines += ["", f"## {t(heading)}", ""]
        lines += [f"- {line}" for line in text[key]]
    body = "\n".join(lines) + "\n"
    if scrub is not None:
        body = scrub(body) or ""
    for memo in task_memos:
        body += "\n---\n\n" + memo.rstrip("\n") + "\n"
    if ending:
        body += "\n---\n\n" + ending.rstrip("\n") + "\n"
    return body


@dataclass(frozen=True)
class PortfolioMemo:
    """The portfolio as the Word, HTML, Excel and CSV exports render it: plain text, then each task's memo."""

    title: str
    header: tuple[str, ...]  # summary_header()
    rows: tuple[tuple[str, ...], ...]  # summary_rows(), one per task
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, sentences): assignment, comparison, fragility
    tasks: tuple[tuple[str, str, Memo], ...]  # (task id, task name, the task's memo), in task order
    notices: tuple[str, ...] = ()  # under the title: the public version's notice

    @property
    def first(self) -> Memo:
        """The first task's memo: language, export date and checksum for the whole file."""
        return self.tasks[0][2]


def portfolio_memo(result: PortfolioResult, memos: list[Memo], *, scrub: Scrub | None = None,
                   notice: str | None = None, public: bool = False) -> PortfolioMemo:
    """The portfolio with each task's memo (``memos`` in task order).

    ``scrub`` replaces confidential names in every text of the summary (``--openbaar``;
    the task memos arrive redacted by ``build_memo``); ``notice`` goes under the title;
    ``public`` counts the participants of ``--deelnemer`` instead of naming them.
    """
    def s(text: str) -> str:
        return (scrub(text) or "") if scrub is not None else text

    text = sentences(result)
    headings = (("assignment", "portfolio.heading_assignment"), ("comparison", "portfolio.heading_comparison"),
                ("fragility", "portfolio.heading_fragility"))
    return PortfolioMemo(
        title=s(result.title),
        header=tuple(summary_header()),
        rows=tuple(tuple(s(cell) for cell in row) for row in summary_rows(result)),
        sections=tuple((t(heading), tuple(s(line) for line in text[key])) for key, heading in headings),
        tasks=tuple((task.scenario.task or "", s(task.scenario.task_name or task.scenario.task or ""), memo)
                    for task, memo in zip(result.tasks, memos, strict=True)),
        notices=((notice,) if notice else ()) + ((weights_note(result, public=public),) if reweighed(result) else ()),
    )
