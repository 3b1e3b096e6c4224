"""The sensitivity report in plain sentences a memo can quote.

Bounds are rounded *conservatively* to 0.1 percentage point: a sentence such as
"blijft eerste zolang het gewicht minstens 11,7% is" stays true for the exact bound
11,63%. The exact values are in the tables and the JSON.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from partnerkeuze.app.results import Ranking, SensitivityReport
from partnerkeuze.core.scorethresholds import ScoreThreshold, first_reaching
from partnerkeuze.core.valuefunctions import Interval
from partnerkeuze.core.weightintervals import (
    Bound,
    WeightInterval,
    by_fragility,
    takeover_distance,
)
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.cells import score_text
from partnerkeuze.render.curves import conservative, inward, reaching_label, regions_text
from partnerkeuze.render.decision import decision_lines, scores_sampled_sentence
from partnerkeuze.render.memo import IntervalRow, MemoSensitivity
from partnerkeuze.scenario.resolved import ResolvedCriterion, ResolvedScore


def pct(share: float, *, fixed: bool = False) -> str:
    """A weight share as '11,6%' or '25%' (one decimal at most; '25,0%' when ``fixed``)."""
    return formatting.number(share * 100, 1, fixed=fixed) + "%"


def pct_up(share: float, *, fixed: bool = False) -> str:
    """Rounded up to 0.1 percentage point (for 'at least' statements)."""
    return pct(math.ceil(round(share * 1000, 9)) / 1000, fixed=fixed)


def pct_down(share: float, *, fixed: bool = False) -> str:
    """Rounded down to 0.1 percentage point (for 'at most' statements)."""
    return pct(math.floor(round(share * 1000, 9)) / 1000, fixed=fixed)


def takeover(bound: Bound) -> int | None:
    """The candidate that becomes first past this bound, if one really does."""
    return bound.takeover if bound.swaps else None


class WeightPhrases:
    """Sentences about weights, bound to one ranking (names, criteria, its winners).

    Why apart from ``Phrases``: ``explore`` words the weight intervals of each key
    press, without score thresholds or a Monte Carlo.
    """

    def __init__(self, ranking: Ranking) -> None:
        scenario = ranking.scenario
        self.criteria = scenario.criteria
        self.names = [c.name for c in scenario.candidates]
        self.winners = [c.index for c in ranking.winners]
        self.winner_name = join_names([self.names[i] for i in self.winners])
        self.plural = len(self.winners) > 1

    # --- weights ---------------------------------------------------------------------
    def weight_sentence(self, item: WeightInterval) -> str:
        """How far one criterion's weight may move before first place changes."""
        criterion = self.criteria[item.criterion].name
        now = pct(item.weight)
        stays = "robust.stay_plural" if self.plural else "robust.stay"
        if not item.path_defined or item.winner is None:
            return t("robust.weight_undefined", criterion=criterion)
        low, high = takeover(item.winner.low), takeover(item.winner.high)
        values = {"winner": self.winner_name, "criterion": criterion, "now": now, "stays": t(stays)}
        if low is not None and high is not None:
            return t("robust.weight_between", low=pct_up(item.winner.low.weight),
                     high=pct_down(item.winner.high.weight), below=self.names[low],
                     above=self.names[high], **values)
        if low is not None:
            return t("robust.weight_at_least", low=pct_up(item.winner.low.weight),
                     below=self.names[low], **values)
        if high is not None:
            return t("robust.weight_at_most", high=pct_down(item.winner.high.weight),
                     above=self.names[high], **values)
        return t("robust.weight_any", **values)

    def weight_condition(self, item: WeightInterval, candidate: int) -> str | None:
        """'het gewicht van X boven 46% komt', when ``candidate`` takes over there."""
        if item.winner is None:
            return None
        criterion = self.criteria[item.criterion].name
        if takeover(item.winner.low) == candidate:
            return t("robust.cond_weight_below", criterion=criterion, bound=pct_down(item.winner.low.weight))
        if takeover(item.winner.high) == candidate:
            return t("robust.cond_weight_above", criterion=criterion, bound=pct_up(item.winner.high.weight))
        return None


class Phrases(WeightPhrases):
    """Sentence builders bound to one report (names, criteria, scores)."""

    def __init__(self, report: SensitivityReport) -> None:
        super().__init__(report.ranking)
        self.report = report

    # --- scores ----------------------------------------------------------------------
    def needed(self, cell: ScoreThreshold) -> str | None:
        """The score a threshold asks for, as the user writes scores ('++', '€ 480.000', '12 km – 26 km')."""
        if cell.threshold is None:
            return None
        criterion = self.criteria[cell.criterion]
        function = criterion.value_function
        if function is not None and function.labels is not None and cell.level is not None:
            return reaching_label(function, cell.level, cell.current)
        if cell.regions is not None:
            return regions_text(self.regions(cell), cell.domain, criterion.unit, compact=True)
        if criterion.scale:
            numbers = [number for _, number in criterion.scale]
            index = first_reaching(cell.threshold, numbers, criterion.maximise, inclusive=cell.inclusive)
            if index is not None:
                return criterion.scale[index][0]
        return formatting.quantity(conservative(cell.threshold, cell.domain, criterion.maximise), criterion.unit)

    def current(self, cell: ScoreThreshold) -> str:
        """The score as it stands in the file."""
        return score_text(self._score(cell), self.criteria[cell.criterion])

    def current_in_sentence(self, cell: ScoreThreshold) -> str:
        """The score as it stands, its labels quoted: '‘+’', '‘0’ tot ‘+’' (a range of labels)."""
        criterion = self.criteria[cell.criterion]
        return score_text(self._score(cell), criterion, quote=criterion.scale is not None)

    def _score(self, cell: ScoreThreshold) -> ResolvedScore:
        return self.report.ranking.scenario.candidates[cell.candidate].scores[cell.criterion]

    def regions(self, cell: ScoreThreshold) -> list[Interval]:
        """Where a value function puts the candidate first: a winner's own interval, else every one."""
        regions = list(cell.regions or ())
        if cell.winner:
            regions = [r for r in regions if r[0] <= cell.current <= r[1]] or regions[:1]
        return regions

    def score_condition(self, cell: ScoreThreshold) -> str | None:
        """'de score op ICT van 0 naar + gaat' / 'Structurele kosten dalen tot € 480.000 of minder'."""
        needed = self.needed(cell)
        if needed is None:
            return None
        criterion = self.criteria[cell.criterion]
        now = self.current_in_sentence(cell)
        if cell.regions is not None and not (criterion.value_function and criterion.value_function.labels):
            return t("robust.cond_score_regions", criterion=criterion.name, now=now,
                     regions=regions_text(self.regions(cell), cell.domain, criterion.unit))
        if criterion.scale and needed in dict(criterion.scale):
            return t("robust.cond_score_label", criterion=criterion.name, now=now, needed=self.quoted(needed, criterion))
        key = "robust.cond_score_max" if criterion.maximise else "robust.cond_score_min"
        return t(key, criterion=criterion.name, now=now, needed=self.quoted(needed, criterion))

    @staticmethod
    def quoted(score: str, criterion: ResolvedCriterion) -> str:
        """A scale label inside a sentence in quotes (‘-’, ‘++’): a bare minus reads as a dash."""
        return t("term.label_quote", label=score) if criterion.scale and score in dict(criterion.scale) else score

    def winner_score_sentence(self, winner: int, criterion_index: int) -> str | None:
        """How far a winner's score on one criterion may move before it loses first place."""
        cell = self.report.thresholds.cell(winner, criterion_index)
        needed = self.needed(cell)
        if needed is None:
            return None
        criterion: ResolvedCriterion = self.criteria[criterion_index]
        values = {"winner": self.names[winner], "criterion": criterion.name,
                  "now": self.current_in_sentence(cell), "limit": self.quoted(needed, criterion)}
        if cell.regions is not None and not (criterion.value_function and criterion.value_function.labels):
            return self._winner_region(cell, values)
        if values["limit"] == values["now"]:  # both quoted alike (a label: ‘+’)
            return t("robust.winner_score_none", **values)
        return t("robust.winner_score_max" if criterion.maximise else "robust.winner_score_min", **values)

    def _winner_region(self, cell: ScoreThreshold, values: dict[str, str]) -> str:
        """On a value function: how far the score may fall, rise, or move either way."""
        unit = self.criteria[cell.criterion].unit
        ((low, high),) = inward(self.regions(cell)[:1], cell.domain)
        low_text, high_text = formatting.quantity(low, unit), formatting.quantity(high, unit)
        if low > cell.domain[0] and high < cell.domain[1]:
            return t("robust.winner_score_between", low=low_text, high=high_text, **values)
        limit = low_text if low > cell.domain[0] else high_text
        if limit == values["now"]:
            return t("robust.winner_score_none", **values)
        key = "robust.winner_score_max" if low > cell.domain[0] else "robust.winner_score_up"
        return t(key, **{**values, "limit": limit})


@dataclass(frozen=True)
class Sentences:
    """Everything the report says in words, grouped as the memo uses it."""

    weights: tuple[str, ...]
    winner_scores: tuple[str, ...]
    challengers: tuple[str, ...]
    acceptability: str | None
    methods: str | None = None  # whether TOPSIS and the weighted product pick the same winner


def sentences(report: SensitivityReport, max_conditions: int = 4) -> Sentences:
    """All plain-language sentences of a sensitivity report."""
    p = Phrases(report)
    ordered = by_fragility(report.intervals)
    moving = [item for item in ordered if takeover_distance(item) < math.inf or not item.path_defined]
    steady = [p.criteria[item.criterion].name for item in ordered if item not in moving]
    weights = [p.weight_sentence(item) for item in moving]
    if steady:
        stays = t("robust.stay_plural" if p.plural else "robust.stay")
        weights.append(t("robust.weight_any_of", winner=p.winner_name, stays=stays, criteria=join_names(steady)))

    winner_scores: list[str] = []
    for winner in p.winners if not p.plural else []:
        safe: list[str] = []
        for k, criterion in enumerate(p.criteria):
            if report.ranking.weights[k] == 0:
                continue
            sentence = p.winner_score_sentence(winner, k)
            if sentence is None:
                safe.append(criterion.name)
            else:
                winner_scores.append(sentence)
        if safe:
            winner_scores.append(t("robust.winner_score_safe", winner=p.names[winner], criteria=join_names(safe)))

    challengers: list[str] = []
    for ranked in report.ranking.order:
        if ranked.rank == 1:
            continue
        i = ranked.index
        conditions = [c for item in ordered if (c := p.weight_condition(item, i))]
        cells = sorted(
            (report.thresholds.cell(i, k) for k in range(len(p.criteria))),
            key=lambda cell: _relative_move(cell, p.criteria[cell.criterion]),
        )
        conditions += [c for cell in cells if (c := p.score_condition(cell))]
        if not conditions:
            challengers.append(t("robust.challenger_never", name=ranked.name))
            continue
        shown = conditions[:max_conditions]
        hidden = len(conditions) - len(shown)
        more = t("robust.more_one" if hidden == 1 else "robust.more", count=hidden) if hidden else ""
        joined = f" {t('common.or')} ".join(shown)
        challengers.append(t("robust.challenger", name=ranked.name, conditions=joined, more=more))
    return Sentences(tuple(weights), tuple(winner_scores), tuple(challengers), acceptability_sentence(report),
                     methods_sentence(report))


def methods_sentence(report: SensitivityReport) -> str | None:
    """'Onder TOPSIS en het gewogen product staat Hengelo ook eerste.' (None when not computed)."""
    if not report.methods:
        return None
    names = [c.name for c in report.ranking.scenario.candidates]
    winner = join_names([names[c.index] for c in report.ranking.winners])
    groups: dict[tuple[int, ...], list[str]] = {}
    for check in report.methods:
        groups.setdefault(check.winners, []).append(t(f"method.{check.method}"))
    clauses = []
    for winners, methods in groups.items():
        same = next(check.same for check in report.methods if check.winners == winners)
        key = "robust.methods_same" if same else "robust.methods_other"
        clauses.append(t(key + ("_tie" if len(winners) > 1 else ""), methods=join_names(methods),
                         winner=winner, other=join_names([names[i] for i in winners])))
    text = "; ".join(clauses)
    return text[:1].upper() + text[1:] + "."


def acceptability_sentence(report: SensitivityReport) -> str | None:
    """'Bij 10.000 trekkingen ... staat Hengelo in 87,3% van de gevallen eerste, ...'."""
    accepted = report.acceptability
    if accepted is None:
        return None
    names = [c.name for c in report.ranking.scenario.candidates]
    order = sorted(range(len(names)), key=lambda i: (-accepted.first_shares[i], i))
    shown = [i for i in order if accepted.first_shares[i] > 0]
    first, rest = shown[0], shown[1:]
    others = [t("robust.share_more", name=names[i], share=share_text(float(accepted.first_shares[i]))) for i in rest]
    return t(
        "robust.acceptability",
        samples=formatting.number(accepted.samples, 0),
        scores=("," if accepted.sampled_scores else "") + scores_drawn_text(accepted.sampled_scores),
        how=sampling_text(report),
        seed=report.seed,
        name=names[first],
        share=share_text(float(accepted.first_shares[first])),
        others=(", " + join_names(others)) if others else "",
    )


def scores_drawn_text(sampled_scores: int) -> str:
    """' en van de onzekere scores' when the Monte Carlo drew uncertain scores too, else ''."""
    return t("robust.and_scores") if sampled_scores else ""


def share_text(share: float) -> str:
    """'87,3%'; a share that rounds to 0 or 100 but is not says '<0,1%' or '>99,9%'."""
    if 0 < share < 0.0005:
        return "<" + formatting.percent(0.001, 1)
    if 0.9995 <= share < 1:
        return ">" + formatting.percent(0.999, 1)
    return formatting.percent(share, 1)


def sampling_text(report: SensitivityReport) -> str:
    """How the weights were drawn, in words."""
    accepted = report.acceptability
    if accepted is None:
        return ""
    if accepted.sampling == "uniform":
        return t("robust.sampling_uniform")
    return t("robust.sampling_around", concentration=formatting.plain(accepted.concentration or 0))


def _relative_move(cell: ScoreThreshold, criterion: ResolvedCriterion) -> float:
    if cell.threshold is None:
        return math.inf
    low, high = cell.domain
    span = high - low
    return abs(cell.threshold - cell.current) / span if span > 0 else math.inf


def memo_sensitivity(report: SensitivityReport) -> MemoSensitivity:
    """The sensitivity section of the memo: sentences, intervals and first-place shares."""
    said = sentences(report)
    names = [c.name for c in report.ranking.scenario.candidates]
    rows = []
    for item in by_fragility(report.intervals):
        winner, ranking = item.winner, item.ranking
        low, high = (takeover(winner.low), takeover(winner.high)) if winner else (None, None)
        rows.append(IntervalRow(
            criterion=report.ranking.scenario.criteria[item.criterion].name,
            weight=item.weight,
            winner_low=winner.low.weight if winner else None,
            winner_high=winner.high.weight if winner else None,
            ranking_low=ranking.low.weight if ranking else None,
            ranking_high=ranking.high.weight if ranking else None,
            takeover_low=names[low] if low is not None else None,
            takeover_high=names[high] if high is not None else None,
        ))
    accepted = report.acceptability
    shares: tuple[tuple[str, float], ...] = ()
    if accepted is not None:
        order = sorted(range(len(names)), key=lambda i: (-accepted.first_shares[i], i))
        shares = tuple((names[i], float(accepted.first_shares[i])) for i in order)
    memo_sentences = (*said.challengers, *said.weights, *said.winner_scores)
    if said.methods:
        memo_sentences = (*memo_sentences, said.methods)
    if said.acceptability:
        memo_sentences = (*memo_sentences, said.acceptability)
    # Knock-outs and uncertain scores (render/decision.py): what was analysed and drawn.
    memo_sentences = (*decision_lines(report, sentences_only=True), *memo_sentences,
                      *filter(None, [scores_sampled_sentence(report)]))
    return MemoSensitivity(
        sentences=memo_sentences,
        intervals=tuple(rows),
        first_shares=shares,
        samples=accepted.samples if accepted else None,
        seed=report.seed if accepted else None,
        sampling=sampling_text(report) if accepted else None,
        sampled_scores=accepted.sampled_scores if accepted else 0,
    )


def robustness_sentences(report: SensitivityReport) -> tuple[str, ...]:
    """Every sentence the sensitivity report says about the winner (as in the memo, without Monte Carlo)."""
    said = sentences(report)
    return (*said.challengers, *said.weights, *said.winner_scores, *((said.methods,) if said.methods else ()))
