"""The memo model: everything an export shows, worded, numbered and redacted once.

Why one model: five renderers (Word, Excel, HTML, Markdown, CSV) must show the same
table, notes and sentences. They read this frozen object and nothing else, so no
renderer can forget a footnote, word a number differently or leak what ``--openbaar``
redacted: redaction happens here, before any renderer sees a name or a rationale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from babel.dates import format_date

from partnerkeuze._version import __version__
from partnerkeuze.app.knockouts import reasons_text
from partnerkeuze.app.results import Ranking
from partnerkeuze.language import Language, current_language, formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.cells import paragraphs, score_text
from partnerkeuze.render.decision import memo_notes, signed_points, status_quo_sentence
from partnerkeuze.render.redaction import Scrubber, pseudonym, pseudonym_id, renamed
from partnerkeuze.render.reproducibility import Reproducibility
from partnerkeuze.render.sentences import conclusion, flips
from partnerkeuze.scenario.resolved import ValueFunction


@dataclass(frozen=True)
class MemoCell:
    """One candidate's score on one criterion."""

    text: str  # as the user wrote it: '++', '€ 1.200.000'
    raw: float  # the number behind it
    value: float  # rescaled to [0, 1], 1 = best
    contribution: float  # weight x value: its share of the total, in [0, 1]
    note: int | None  # footnote number, None without a rationale


@dataclass(frozen=True)
class MemoRow:
    """One criterion: a row of the memo table."""

    id: str
    name: str
    description: str | None
    weight: float  # normalised share
    points: float  # the weight as given (file or --weight)
    weight_text: str  # '25%'; the column adds up to exactly 100%
    overridden: bool
    maximise: bool
    unit: str | None
    low: float
    high: float
    fixed_range: bool
    cells: tuple[MemoCell, ...]  # in column order
    value_function: ValueFunction | None = None  # what a score is worth (README "Waardefuncties")


@dataclass(frozen=True)
class MemoColumn:
    """One candidate: a column of the memo table, in the scenario's order."""

    id: str
    name: str
    description: str | None
    total: float  # in [0, 1]
    total_text: str  # '75,0' (points out of 100)
    rank: int
    preferred: bool
    redacted: bool
    versus_status_quo: float | None = None  # total minus the status quo's (None: no status quo)
    status_quo: bool = False  # this candidate is the status quo


@dataclass(frozen=True)
class MemoExcluded:
    """A candidate set aside by a hard requirement, with the reason in words."""

    id: str
    name: str
    reason: str

    @property
    def text(self) -> str:
        """'Hardenberg: Aanbieder is bereid en in staat is nee, minimaal ja vereist'."""
        return t("excluded.item", name=self.name, reasons=self.reason)


@dataclass(frozen=True)
class Footnote:
    """A numbered note: the rationale (and source) behind one or more scores."""

    number: int
    text: str
    source: str | None


@dataclass(frozen=True)
class IntervalRow:
    """One criterion's weight intervals (shares in [0, 1]; None where not computed)."""

    criterion: str
    weight: float
    winner_low: float | None
    winner_high: float | None
    ranking_low: float | None
    ranking_high: float | None
    takeover_low: str | None  # who leads just below winner_low
    takeover_high: str | None  # who leads just above winner_high


@dataclass(frozen=True)
class MemoSensitivity:
    """The sensitivity summary as the memo prints it."""

    sentences: tuple[str, ...]
    intervals: tuple[IntervalRow, ...]
    first_shares: tuple[tuple[str, float], ...]  # (candidate name, share ranked first)
    samples: int | None = None
    seed: int | None = None
    sampling: str | None = None
    sampled_scores: int = 0  # uncertain scores drawn with the weights (0: weights only)


@dataclass(frozen=True)
class Memo:
    """The whole export, ready to render."""

    language: Language
    title: str
    organisation: str | None
    date_text: str | None  # the scenario's own date, worded
    export_date_text: str
    description: tuple[str, ...]  # paragraphs
    columns: tuple[MemoColumn, ...]
    rows: tuple[MemoRow, ...]
    footnotes: tuple[Footnote, ...]
    dropped: tuple[str, ...]  # criteria not weighed (weight 0, no scores)
    conclusion: str
    flips: str | None
    notices: tuple[str, ...]  # redaction, confidentiality, changed weights
    redacted: bool
    sensitivity: MemoSensitivity | None
    reproducibility: Reproducibility
    excluded: tuple[MemoExcluded, ...] = ()  # candidates failing a hard requirement

    @property
    def has_status_quo(self) -> bool:
        """True when one column is the status quo (the table gets a difference row)."""
        return any(c.status_quo for c in self.columns)

    def versus_text(self, column: MemoColumn) -> str:
        """'+30,0', '-5,0' (a real minus) or 'status quo': a column's difference with the status quo."""
        if column.status_quo or column.versus_status_quo is None:
            return t("statusquo.self") if column.status_quo else ""
        return signed_points(column.versus_status_quo)

    @property
    def curves(self) -> tuple[MemoRow, ...]:
        """The criteria that count with a value function."""
        return tuple(row for row in self.rows if row.value_function is not None)

    @property
    def preferred(self) -> tuple[MemoColumn, ...]:
        """The voorkeursalternatief (more than one on a tie for first)."""
        return tuple(c for c in self.columns if c.preferred)

    @property
    def repro_text(self) -> str:
        """The reproducibility line, worded (reproducibility.py)."""
        return self.reproducibility.text(self.export_date_text)

    @property
    def repro_lines(self) -> tuple[str, tuple[str, ...]]:
        """The reproducibility line as a paragraph and a list of the returned forms (reproducibility.py)."""
        return self.reproducibility.lines(self.export_date_text)


def long_date(day: dt.date) -> str:
    """'8 juli 2020' (English: '8 July 2020')."""
    return format_date(day, format="long", locale=formatting.locale())


def build_memo(
    ranking: Ranking,
    *,
    sha256: str,
    export_date: dt.date,
    openbaar: bool = False,
    sensitivity: MemoSensitivity | None = None,
    pseudonyms: Mapping[str, str] | None = None,
    hidden_names: Mapping[str, str] | None = None,
    forms: Sequence[tuple[str, str]] = (),
) -> Memo:
    """The memo of a ranking; with ``openbaar`` every confidential item is redacted here.

    Why here: a renderer that never receives a confidential name cannot leak it.
    ``pseudonyms`` (candidate id -> 'Kandidaat C') fixes the pseudonyms, so every task
    of a portfolio calls a candidate the same (``public_names``); by default they
    follow the candidate's position in this scenario. ``hidden_names`` (name -> pseudonym)
    are scrubbed from free text too: a portfolio's confidential candidates that this
    task does not rank can still be named in the shared description. ``forms``: (file
    name, SHA-256) of the returned weighing forms that weighed, for the reproducibility line.
    """
    scenario = ranking.scenario
    fixed = pseudonyms or {}
    names = {c.id: fixed.get(c.id) or pseudonym(i) for i, c in enumerate(scenario.candidates)
             if c.confidential and openbaar}
    out = [e.candidate for e in scenario.excluded]
    hidden = {c.name: fixed.get(c.id) or pseudonym(len(scenario.candidates) + k) for k, c in enumerate(out)
              if c.confidential and openbaar}
    others = dict(hidden_names or {}) if openbaar else {}
    scrub = Scrubber({**others, **hidden, **{c.name: names[c.id] for c in scenario.candidates if c.id in names}})
    shown_names = {c.id: names.get(c.id) or scrub(c.name) or c.name for c in scenario.candidates}
    shown = renamed(ranking, shown_names)
    by_index = {r.index: r for r in ranking.order}
    many = len(scenario.candidates) > 1
    columns = tuple(
        MemoColumn(
            id=pseudonym_id(names[c.id]) if c.id in names else c.id,
            name=shown_names[c.id],
            description=None if c.id in names else scrub(_one_line(c.description)),
            total=by_index[i].score,
            total_text=formatting.points(by_index[i].score),
            rank=by_index[i].rank,
            preferred=many and by_index[i].rank == 1,
            redacted=c.id in names,
            versus_status_quo=ranking.versus_status_quo(by_index[i]),
            status_quo=c.status_quo,
        )
        for i, c in enumerate(scenario.candidates)
    )
    notes = _Notes(openbaar, scrub)
    points = _points(ranking)
    rows = []
    for j, (criterion, weight_text) in enumerate(
        zip(scenario.criteria, formatting.percentages(ranking.weights), strict=True)
    ):
        cells = []
        for i, candidate in enumerate(scenario.candidates):
            score = candidate.scores[j]
            secret = candidate.confidential or score.confidential
            cells.append(MemoCell(
                text=score_text(score, criterion), raw=score.raw, value=by_index[i].values[j],
                contribution=by_index[i].contributions[j],
                note=notes.add(score.rationale, score.source, secret=secret),
            ))
        rows.append(MemoRow(
            id=criterion.id, name=scrub(criterion.name) or criterion.id, description=scrub(criterion.description),
            weight=ranking.weights[j], points=points[j], weight_text=weight_text,
            overridden=criterion.id in ranking.overridden, maximise=criterion.maximise, unit=criterion.unit,
            low=criterion.low, high=criterion.high, fixed_range=criterion.fixed_range, cells=tuple(cells),
            value_function=criterion.value_function,
        ))
    return Memo(
        language=current_language(),
        title=scrub(scenario.title) or scenario.title,
        organisation=scrub(scenario.organisation),
        date_text=_scenario_date(scenario.date),
        export_date_text=long_date(export_date),
        description=tuple(scrub(p) or "" for p in paragraphs(scenario.description)),
        columns=columns,
        rows=tuple(rows),
        footnotes=tuple(notes.footnotes),
        dropped=tuple(scrub(c.name) or c.name for c in scenario.dropped),
        conclusion=scrub(" ".join(s for s in (conclusion(shown), status_quo_sentence(shown)) if s)) or "",
        flips=scrub(flips(shown)),
        notices=_notices(ranking, openbaar, notes.secret_count) + tuple(scrub(n) or "" for n in memo_notes(ranking, openbaar=openbaar)),
        redacted=openbaar,
        sensitivity=_redacted_sensitivity(sensitivity, scrub),
        reproducibility=Reproducibility(
            version=__version__, sha256=sha256, seed=sensitivity.seed if sensitivity else None,
            export_date=export_date, forms=tuple(forms), public=openbaar,
        ),
        excluded=tuple(
            MemoExcluded(id=pseudonym_id(hidden[e.candidate.name]) if e.candidate.name in hidden else e.candidate.id,
                         name=scrub(e.candidate.name) or e.candidate.name, reason=scrub(reasons_text(e)) or "")
            for e in scenario.excluded
        ),
    )


def public_names(candidates: Sequence[tuple[str, str, bool]], openbaar: bool) -> tuple[dict[str, str], Scrubber]:
    """A portfolio's pseudonyms and scrubber, from the file's (id, name, confidential) candidates.

    Why file-wide: a task's memo numbers candidates within the task; a portfolio's
    summary and every task memo must call a confidential candidate the same, so the
    letter is the candidate's position in the file. Without ``openbaar``: nothing.
    """
    hidden = {cid: pseudonym(i) for i, (cid, _, secret) in enumerate(candidates) if secret and openbaar}
    return hidden, Scrubber({name: hidden[cid] for cid, name, _ in candidates if cid in hidden})


def public_notice(memos: Sequence[Memo]) -> str:
    """The notice above a public portfolio: something was redacted in a task's memo, or nothing was."""
    redacted = t("memo.notice_openbaar", marker=t("memo.redacted_marker"))
    return redacted if any(redacted in memo.notices for memo in memos) else t("memo.notice_openbaar_nothing")


class _Notes:
    """Numbers rationales in reading order; identical notes share one number."""

    def __init__(self, openbaar: bool, scrub: Scrubber) -> None:
        self.openbaar = openbaar
        self.scrub = scrub
        self.footnotes: list[Footnote] = []
        self.numbers: dict[tuple[str, str | None], int] = {}
        self.secret_count = 0

    def add(self, rationale: str | None, source: str | None, *, secret: bool) -> int | None:
        if not rationale and not source:
            return None
        if secret:
            self.secret_count += 1
            if self.openbaar:
                rationale, source = t("memo.redacted_marker"), None
            else:
                rationale = t("memo.confidential_tag") + (rationale or "")
        key = (self.scrub(_one_line(rationale)) or "", self.scrub(_one_line(source)))
        if key not in self.numbers:
            self.numbers[key] = len(self.footnotes) + 1
            self.footnotes.append(Footnote(self.numbers[key], *key))
        return self.numbers[key]


def _one_line(text: str | None) -> str | None:
    """A note or description as one paragraph (YAML authors break lines by hand)."""
    return " ".join(paragraphs(text)) if text else text


def _points(ranking: Ranking) -> list[float]:
    """The weights in the units of the file, --weight overrides included.

    Why: a reader who typed ``--weight ict=40`` expects 40 in the spreadsheet. The
    ranking keeps shares only; a criterion the override left alone gives the scale.
    """
    criteria = ranking.scenario.criteria
    if not ranking.overridden:
        return [c.points for c in criteria]
    scale = next((c.points / w for c, w in zip(criteria, ranking.weights, strict=True)
                  if c.id not in ranking.overridden and c.points > 0 and w > 0), 100.0)
    return [c.points if c.id not in ranking.overridden else round(w * scale, 9)
            for c, w in zip(criteria, ranking.weights, strict=True)]


def _scenario_date(text: str | None) -> str | None:
    """An ISO date written out ('8 juli 2020'); anything else as the author wrote it."""
    try:
        return long_date(dt.date.fromisoformat(text)) if text else text
    except ValueError:
        return text


def _notices(ranking: Ranking, openbaar: bool, secret_notes: int) -> tuple[str, ...]:
    notices = []
    secret_candidates = [c.name for c in ranking.scenario.candidates if c.confidential]
    if openbaar:
        anything = secret_candidates or secret_notes
        notices.append(t("memo.notice_openbaar", marker=t("memo.redacted_marker"))
                       if anything else t("memo.notice_openbaar_nothing"))
    elif secret_candidates or secret_notes:
        items = []
        if secret_candidates:
            items.append(t("memo.confidential_candidates", names=join_names(secret_candidates)))
        if secret_notes:
            items.append(t("memo.confidential_notes", count=secret_notes))
        notices.append(t("memo.notice_internal", items="; ".join(items)))
    if ranking.overridden:
        before, after = formatting.percentages(ranking.base_weights), formatting.percentages(ranking.weights)
        changes = [t("memo.override_item", criterion=c.name, before=before[j], after=after[j])
                   for j, c in enumerate(ranking.scenario.criteria) if c.id in ranking.overridden]
        notices.append(t("memo.notice_overridden", changes=", ".join(changes)))
    return tuple(notices)


def _redacted_sensitivity(sensitivity: MemoSensitivity | None, scrub: Scrubber) -> MemoSensitivity | None:
    if sensitivity is None:
        return None
    return dataclasses.replace(
        sensitivity,
        sentences=tuple(scrub(s) or "" for s in sensitivity.sentences),
        intervals=tuple(
            dataclasses.replace(row, criterion=scrub(row.criterion) or "", takeover_low=scrub(row.takeover_low),
                                takeover_high=scrub(row.takeover_high))
            for row in sensitivity.intervals
        ),
        first_shares=tuple((scrub(name) or "", share) for name, share in sensitivity.first_shares),
    )
