"""Words and JSON for the decision model that every output shares.

Which weights were used (file, profile, group; how derived), which candidates were
set aside by a hard requirement and why, how each candidate compares with the status
quo, and which scores are uncertain. The terminal, the memo (every export format) and
the JSON all take their text from here, so they say the same thing.
"""

from __future__ import annotations

from typing import Any

from partnerkeuze.app.knockouts import excluded_text, failure_text, reasons_text
from partnerkeuze.app.results import RankedCandidate, Ranking, SensitivityReport
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render import curves
from partnerkeuze.scenario.resolved import ResolvedScenario, ResolvedWeighting


def signed_points(difference: float) -> str:
    """A difference in points out of 100 with its sign: '+30,0', '-5,0' (a real minus), '0,0'."""
    text = formatting.points(abs(difference))
    if round(difference * 1000) == 0:
        return text
    return ("+" if difference > 0 else "−") + text  # noqa: RUF001 - a real minus sign


def weighting_label(weighting: ResolvedWeighting) -> str:
    """'profiel raad (Gemeenteraad)', 'deelnemer Wethouder A', 'het groepsprofiel', 'de gewichten uit het bestand'.

    The participants' group (``--deelnemer``): 'het groepsgemiddelde van de deelnemers'.
    """
    if weighting.kind == "participant":
        return t("participants.label", name=weighting.name)
    if weighting.group_of == "participants":
        return t("participants.group_label")
    if weighting.kind == "profile":
        named = weighting.id if weighting.name == weighting.id else f"{weighting.id} ({weighting.name})"
        return t("weights.profile_label", name=named)
    return t("weights.file_label") if weighting.kind == "file" else t("weights.group_label")


def method_label(weighting: ResolvedWeighting) -> str:
    """'rangorde, ROC', 'paarsgewijs (AHP), CR 0,03', 'punten'."""
    text = t(f"weights.method_{weighting.method}")
    if weighting.formula:
        text += f", {weighting.formula.upper()}"
    result = weighting.pairwise
    if result is not None and result.cr is not None and len(weighting.criteria) > 2:
        text += f", CR {formatting.number(result.cr, 2)}"
    return text


def weighting_note(scenario: ResolvedScenario, *, openbaar: bool = False) -> str | None:
    """'Gewichten: profiel raad (rangorde, ROC).', None for plain points from the file.

    Returned forms (``--deelnemer``): 'Gewichten van 7 deelnemers, groepsgemiddelde: A, B, ...';
    ``openbaar`` (a public memo) gives their number, never their names.
    """
    active = scenario.active_weighting
    if active is None or (active.kind == "file" and active.method == "punten"):
        return None
    if active.kind == "file":
        return t("rank.weighting_note_file", method=method_label(active))
    if active.group_of == "participants":
        return group_note(scenario, active, openbaar=openbaar)
    if active.kind == "participant" and openbaar:
        return t("participants.note_one_public", method=method_label(active))
    return t("rank.weighting_note", name=weighting_label(active), method=method_label(active))


def group_note(scenario: ResolvedScenario, group: ResolvedWeighting, *, openbaar: bool,
               keys: tuple[str, str] = ("participants.note_group", "participants.note_group_public")) -> str:
    """'Gewichten van 7 deelnemers, groepsgemiddelde: A, B, ...' (public: their number, never their names).

    ``keys``: the message with the names and the one without (a portfolio says it of every task).
    """
    who = participant_count(len(group.members))
    if openbaar:
        return t(keys[1], who=who)
    names = {w.id: w.name for w in scenario.weightings}
    return t(keys[0], who=who, names=join_names([names[m] for m in group.members]))


def participant_count(count: int) -> str:
    """'1 deelnemer', '7 deelnemers'."""
    return t("participants.count_one") if count == 1 else t("participants.count_many", count=count)


def cr_warning(scenario: ResolvedScenario) -> str | None:
    """A warning when the weights in use come from inconsistent pairwise comparisons."""
    active = scenario.active_weighting
    result = active.pairwise if active is not None else None
    if result is None or result.acceptable:
        return None
    return t("rank.cr_warning", cr=formatting.number(result.cr or 0, 2))


def profiles_hint(scenario: ResolvedScenario) -> str | None:
    """Which profiles the file has, and how to use them (None without profiles)."""
    names = [r.id for r in scenario.profiles]
    return t("rank.profiles_hint", names=", ".join(names)) if names else None


def uncertain_count(scenario: ResolvedScenario) -> int:
    """How many scores of the ranked candidates are a range or an estimate."""
    return sum(1 for c in scenario.candidates for s in c.scores if s.uncertainty is not None)


def rank_notes(ranking: Ranking) -> list[str]:
    """The notes under a ranking table: weights used, warnings, uncertainty, profiles."""
    scenario = ranking.scenario
    notes = [note for note in (weighting_note(scenario), cr_warning(scenario), curves.note(scenario)) if note]
    if uncertain_count(scenario):
        notes.append(t("rank.uncertain_note"))
    hint = profiles_hint(scenario)
    if hint and scenario.weighting == "bestand":
        notes.append(hint)
    return notes


def memo_notes(ranking: Ranking, *, openbaar: bool = False) -> list[str]:
    """The memo's notices about the weights used and uncertain scores (``openbaar``: no participants' names)."""
    scenario = ranking.scenario
    notes = [note for note in (weighting_note(scenario, openbaar=openbaar), cr_warning(scenario)) if note]
    if uncertain_count(scenario):
        notes.append(t("memo.uncertain_note"))
    functions = curves.note(scenario, "curves.memo_note")
    if functions:
        notes.append(functions)
    return notes


def excluded_lines(scenario: ResolvedScenario) -> list[str]:
    """One line per excluded candidate with the reasons ('Hardenberg: ... is nee, ...')."""
    return [excluded_text(item) for item in scenario.excluded]


def status_quo_cells(ranking: Ranking, order: tuple[RankedCandidate, ...] | None = None) -> list[str] | None:
    """Per candidate (in ``order``, default rank order) its difference with the status quo."""
    reference = ranking.status_quo
    if reference is None:
        return None
    cells = []
    for ranked in order or ranking.order:
        if ranked.index == reference.index:
            cells.append(t("statusquo.self"))
        else:
            cells.append(signed_points(ranked.score - reference.score))
    return cells


def status_quo_sentence(ranking: Ranking) -> str | None:
    """Whether any candidate beats the status quo, and by how many points."""
    reference = ranking.status_quo
    if reference is None or len(ranking.order) < 2:
        return None
    better = [c for c in ranking.order if c.index != reference.index and c.score - reference.score > 1e-12]
    values = {"status_quo": reference.name, "score": formatting.points(reference.score)}
    if not better:
        return t("statusquo.none", **values)
    items = [t("statusquo.item", name=c.name, diff=signed_points(c.score - reference.score)) for c in better]
    return t("statusquo.beaten", items=join_names(items), **values)


def excluded_note(scenario: ResolvedScenario) -> str | None:
    """For a sensitivity report: only the remaining candidates were analysed."""
    if not scenario.excluded:
        return None
    return t("excluded.analysed_only", names=join_names([e.candidate.name for e in scenario.excluded]))


def decision_lines(report: SensitivityReport, *, sentences_only: bool = False) -> list[str]:
    """What a sensitivity report covers: the weights used and the candidates left out.

    ``sentences_only``: just the sentence about left-out candidates (the memo states
    the weights in its notices already).
    """
    scenario = report.ranking.scenario
    lines = [] if sentences_only else [n for n in (weighting_note(scenario), cr_warning(scenario)) if n]
    note = excluded_note(scenario)
    return [*lines, note] if note else lines


def scores_sampled_sentence(report: SensitivityReport) -> str | None:
    """Which uncertain scores the Monte Carlo drew (None when only weights were drawn)."""
    accepted = report.acceptability
    count = accepted.sampled_scores if accepted is not None else 0
    if not count:
        return None
    return t("robust.score_one_sampled") if count == 1 else t("robust.scores_sampled", count=count)


# --- JSON (README "JSON"): keys added to rank's and sensitivity's documents ------------------


def _weighting_json(scenario: ResolvedScenario) -> dict[str, Any] | None:
    active = scenario.active_weighting
    if active is None:
        return None
    document: dict[str, Any] = {"id": active.id, "name": active.name, "kind": active.kind, "method": active.method}
    if active.formula:
        document["formula"] = active.formula
    if active.pairwise is not None:
        document["consistency_ratio"] = active.pairwise.cr
    if active.members:
        document["members"] = list(active.members)
    if active.group_of:
        document["group_of"] = active.group_of
    return document


def _excluded_json(scenario: ResolvedScenario) -> list[dict[str, Any]]:
    return [
        {
            "id": item.candidate.id,
            "name": item.candidate.name,
            "reason": reasons_text(item),
            "failed": [
                {"criterion": f.criterion.id, "requirement": f.kind, "bound": f.bound, "score": f.score.raw,
                 "text": failure_text(f)}
                for f in item.failures
            ],
        }
        for item in scenario.excluded
    ]


def _uncertain_json(scenario: ResolvedScenario) -> list[dict[str, Any]]:
    found = []
    for candidate in scenario.candidates:
        for criterion, score in zip(scenario.criteria, candidate.scores, strict=True):
            u = score.uncertainty
            if u is not None:
                found.append({"candidate": candidate.id, "criterion": criterion.id, "low": u.low,
                              "most_likely": score.raw, "high": u.high,
                              "distribution": "uniform" if u.kind == "bereik" else "pert"})
    return found


def ranking_extras(ranking: Ranking) -> dict[str, Any]:
    """``excluded``, ``status_quo``, ``profile``, ``uncertain_scores`` (and ``value_functions``) for ``rank --json``."""
    reference = ranking.status_quo
    status_quo = None
    if reference is not None:
        status_quo = {
            "id": reference.id,
            "score": reference.score,
            "differences": {c.id: c.score - reference.score for c in ranking.order},
            "beaten_by": [c.id for c in ranking.order
                          if c.index != reference.index and c.score - reference.score > 1e-12],
        }
    extras = {
        "excluded": _excluded_json(ranking.scenario),
        "status_quo": status_quo,
        "profile": _weighting_json(ranking.scenario),
        "uncertain_scores": _uncertain_json(ranking.scenario),
    }
    functions = curves.document(ranking.scenario)
    if functions:  # only a scenario with value functions has the key
        extras["value_functions"] = functions
    return extras


def sensitivity_extras(report: SensitivityReport) -> dict[str, Any]:
    """``excluded`` and ``profile`` for ``sensitivity --json`` (sampled scores: under acceptability)."""
    return {"excluded": _excluded_json(report.ranking.scenario), "profile": _weighting_json(report.ranking.scenario)}
