"""Two versions of a scenario on the terminal: what changed, and what it did to the advice."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.comparing import Comparison
from partnerkeuze.app.versions import Changes, FieldChange, Item, ScoreChange
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.cells import score_text
from partnerkeuze.render.fitwidth import Fitted

MINUS = "\u2212"  # a typographic minus: as wide as the plus beside it


def _names(items: tuple[Item, ...]) -> str:
    return join_names([item.name for item in items])


def changes_lines(heading: str, changes: Changes) -> list[str]:
    """'Kandidaten: toegevoegd: Borne; verwijderd: Enschede; hernoemd: A → B'."""
    parts = []
    if changes.added:
        parts.append(t("compare.added", items=_names(changes.added)))
    if changes.removed:
        parts.append(t("compare.removed", items=_names(changes.removed)))
    if changes.renamed:
        renamed = [
            t("compare.arrow", old=r.old.name, new=r.new.name) if r.old.id == r.new.id
            else t("compare.arrow", old=_label(r.old), new=_label(r.new))
            for r in changes.renamed
        ]
        parts.append(t("compare.renamed", items=join_names(renamed)))
    if changes.excluded:
        parts.append(t("compare.excluded", items=_names(changes.excluded)))
    if changes.readmitted:
        parts.append(t("compare.readmitted", items=_names(changes.readmitted)))
    return [f"{heading}: " + "; ".join(parts)] if parts else []


def status_quo_line(change: tuple[Item | None, Item | None] | None) -> list[str]:
    """'Status quo: Zelf doen → Servicepunt71' when the marked status quo changed."""
    if change is None:
        return []
    old, new = (item.name if item else t("compare.none") for item in change)
    return [t("compare.status_quo", old=old, new=new)]


def _label(item: Item) -> str:
    """A name with its id, for an id that changed."""
    return f"{item.name} ({item.id})"


def field_text(change: FieldChange) -> str:
    """'Kosten, richting: hoger is beter → lager is beter'."""

    def show(value: object) -> str:
        if value is None:
            return t("compare.none")
        if change.field == "direction":
            return t(f"direction.{value}")
        if change.field == "value_function" and isinstance(value, tuple):
            return "; ".join(f"{t('term.label_quote', label=x) if isinstance(x, str) else formatting.plain(x)}"
                             f" = {formatting.plain(v)}" for x, v in value)  # type: ignore[misc]
        if isinstance(value, tuple):
            return "[" + ", ".join(formatting.plain(v) for v in value) + "]"
        return str(value)

    return t("compare.field", criterion=change.criterion.name, field=t(f"compare.field_{change.field}"),
             old=show(change.old), new=show(change.new))


def _share(share: float | None) -> str:
    return t("compare.absent_value") if share is None else formatting.percent(share, 1)


def _signed(points: float) -> str:
    text = formatting.number(abs(points), 1)
    return ("+" if points > 0 else MINUS if points < 0 else "") + text


def rationale_text(change: ScoreChange) -> str:
    """The onderbouwing (and bron) before and after, or 'ongewijzigd: ...'."""

    def note(rationale: str | None, source: str | None) -> str:
        text = rationale or t("compare.none")
        return f"{text} ({t('compare.source', source=source)})" if source else text

    old = note(change.old.rationale, change.old.source)
    new = note(change.new.rationale, change.new.source)
    if not change.rationale_changed:
        return t("compare.rationale_same", text=new)
    return t("compare.arrow", old=old, new=new)


def weights_table(comparison: Comparison) -> Table | None:
    """Old and new weight share of every criterion whose share changed."""
    if not comparison.diff.weights:
        return None
    table = Table(title=t("compare.weights_title"), title_justify="left")
    table.add_column(t("rank.col_criterion"))
    table.add_column(t("compare.col_old"), justify="right", no_wrap=True)
    table.add_column(t("compare.col_new"), justify="right", no_wrap=True)
    table.add_column(t("compare.col_change"), justify="right", no_wrap=True)
    for change in comparison.diff.weights:
        table.add_row(change.criterion.name, _share(change.old), _share(change.new), _signed(change.change * 100))
    return table


def scores_table(comparison: Comparison) -> Table | None:
    """Every changed score: old and new as the user writes them, and the onderbouwing."""
    if not comparison.diff.scores:
        return None
    table = Table(title=t("compare.scores_title"), title_justify="left")
    table.add_column(t("rank.col_candidate"))
    table.add_column(t("rank.col_criterion"))
    table.add_column(t("compare.col_old"), justify="right")
    table.add_column(t("compare.col_new"), justify="right")
    table.add_column(t("compare.col_rationale"))
    for change in comparison.diff.scores:
        old = score_text(change.old, change.old_criterion)
        new = score_text(change.new, change.new_criterion)
        table.add_row(
            change.candidate.name,
            change.criterion.name,
            old,
            Text(new, style="bold yellow" if change.value_changed else ""),
            rationale_text(change),
        )
    return table


def _rank(rank: int | None) -> str:
    return t("compare.absent_value") if rank is None else str(rank)


def _points(score: float | None) -> str:
    return t("compare.absent_value") if score is None else formatting.points(score)


def effect_table(comparison: Comparison) -> Table:
    """Rank and total of every candidate before and after."""
    table = Table(title=t("compare.effect_title"), title_justify="left")
    table.add_column(t("rank.col_candidate"))
    table.add_column(t("compare.col_rank_old"), justify="right", no_wrap=True)
    table.add_column(t("compare.col_rank_new"), justify="right", no_wrap=True)
    table.add_column(t("compare.col_total_old"), justify="right", no_wrap=True)
    table.add_column(t("compare.col_total_new"), justify="right", no_wrap=True)
    for row in comparison.effect.ranks:
        moved = row.old_rank != row.new_rank
        table.add_row(
            row.candidate.name,
            _rank(row.old_rank),
            Text(_rank(row.new_rank), style="bold yellow" if moved else ""),
            _points(row.old_score),
            _points(row.new_score),
        )
    return table


def winner_sentence(comparison: Comparison) -> str:
    """Whether the same candidate ranks first in both versions."""
    effect = comparison.effect
    new = join_names([w.name for w in effect.new_winners])
    if effect.winner_changed:
        return t("compare.winner_changed", new=new, old=join_names([w.name for w in effect.old_winners]))
    return t("compare.winner_same_tie" if len(effect.new_winners) > 1 else "compare.winner_same", winner=new)


def comparison_view(comparison: Comparison) -> RenderableType:
    """The whole comparison for the terminal."""
    diff, effect = comparison.diff, comparison.effect
    parts: list[RenderableType] = [
        Text(t("compare.title", old=comparison.old_label, new=comparison.new_label), style="bold"),
    ]
    if not diff:
        parts.append(Text(t("compare.nothing")))
    if diff.title:
        parts.append(Text(t("compare.title_changed", old=diff.title[0], new=diff.title[1])))
    lines = [*changes_lines(t("compare.candidates"), diff.candidates),
             *status_quo_line(diff.status_quo),
             *changes_lines(t("compare.criteria"), diff.criteria),
             *(field_text(change) for change in diff.criterion_fields)]
    parts += [Text(line) for line in lines]
    for table, labels in ((weights_table(comparison), 1), (scores_table(comparison), 2)):  # scores: who, on what
        if table is not None:
            parts += [Text(""), Fitted(table, fixed=labels)]
    parts += [Text(""), Fitted(effect_table(comparison)), Text("")]
    parts.append(Text(winner_sentence(comparison), style="bold yellow" if effect.winner_changed else "bold"))
    if not effect.ranks_changed:
        parts.append(Text(t("compare.ranks_same")))
    removed, added = effect.sentences_removed, effect.sentences_added
    if removed or added:
        parts.append(Text(t("compare.robust_changed")))
        parts += [Text(f"{MINUS} {t('compare.sentence_removed', sentence=s)}", style="red") for s in removed]
        parts += [Text(f"+ {t('compare.sentence_added', sentence=s)}", style="green") for s in added]
    else:
        parts.append(Text(t("compare.robust_same")))
    return Group(*parts)
