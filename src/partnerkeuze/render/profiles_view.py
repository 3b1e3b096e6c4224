"""``partnerkeuze weights`` and ``partnerkeuze profiles``: terminal views and JSON.

``weights``: per weighting (the file's own, each profile, the group) the derived
weights and how they were obtained: the rank order and formula, the AHP eigenvector
with lambda_max, CI, RI and CR (and the comparisons to revisit when CR > 0.10), the
swing ratings and the range each swing spans, the group rule.
``profiles``: the ranking under every weighting side by side and, in words, where
the stakeholders disagree.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from partnerkeuze.app.stakeholders import ProfileComparison
from partnerkeuze.core.weighting import inconsistencies
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render import curves
from partnerkeuze.render.decision import (
    excluded_lines,
    method_label,
    status_quo_sentence,
    weighting_label,
)
from partnerkeuze.render.sentences import conclusion
from partnerkeuze.scenario.resolved import (
    ResolvedCriterion,
    ResolvedScenario,
    ResolvedWeighting,
)
from partnerkeuze.scenario.weightmodels import judgement_text
from partnerkeuze.render.fitwidth import Fitted

SUB = "  – "  # a sub-item under the sentence before it  # noqa: RUF001 - an en dash


def short_label(weighting: ResolvedWeighting) -> str:
    """How tables and sentences name a weighting: a participant and their group by name, the others by id."""
    return weighting.name if weighting.kind == "participant" or weighting.group_of == "participants" else weighting.id


def _header(weighting: ResolvedWeighting) -> str:
    return f"{short_label(weighting)}\n{method_label(weighting)}"


def weights_table(scenario: ResolvedScenario, title: str | None = None) -> Table:
    """Criteria down, weightings across: each weight as a percentage (column sums to 100%)."""
    table = Table(title=title, title_justify="left")
    table.add_column(t("rank.col_criterion"))
    for weighting in scenario.weightings:
        active = weighting.id == scenario.weighting
        table.add_column(_header(weighting) + (" ●" if active else ""), justify="right",
                         header_style="bold green" if active else "bold")
    columns = [formatting.percentages(list(w.shares)) for w in scenario.weightings]
    for j, criterion in enumerate(scenario.criteria):
        cells = []
        for weighting, shown in zip(scenario.weightings, columns, strict=True):
            extra = ""
            if weighting.places is not None:
                extra = f" ({weighting.places[j]})" if weighting.places[j] else ""
            elif weighting.method in ("punten", "swing"):
                extra = f" ({formatting.plain(weighting.points[j])})"
            cells.append(shown[j] + extra)
        table.add_row(criterion.name, *cells)
    return table


def range_text(criterion: ResolvedCriterion) -> tuple[str, str]:
    """The worst and the best score of a criterion: what its swing runs between."""
    function = criterion.value_function
    if function is not None:  # the scores of its lowest and its highest value
        values = function.values
        worst, best = values.index(min(values)), values.index(max(values))
        return curves.point_label(function, worst, criterion.unit), curves.point_label(function, best, criterion.unit)
    if criterion.scale:
        low, high = criterion.scale[0][0], criterion.scale[-1][0]
    else:
        low = formatting.quantity(criterion.low, criterion.unit)
        high = formatting.quantity(criterion.high, criterion.unit)
    return (low, high) if criterion.maximise else (high, low)


def explanation(scenario: ResolvedScenario, weighting: ResolvedWeighting) -> list[str]:
    """How one weighting's weights were obtained, in sentences."""
    return [line[:1].upper() + line[1:] for line in _explain(scenario, weighting)]


def _explain(scenario: ResolvedScenario, weighting: ResolvedWeighting) -> list[str]:
    name = weighting_label(weighting)
    names = {c.id: c.name for c in scenario.criteria}
    if weighting.method == "rangorde":
        groups: dict[int, list[str]] = {}
        for cid, place in zip(weighting.criteria, weighting.places or (), strict=True):
            groups.setdefault(place, []).append(names[cid])
        order = " > ".join(" = ".join(group) for place, group in sorted(groups.items()) if place)
        if 0 in groups:
            order += "; " + t("weights.zero_list", criteria=join_names(groups[0]))
        return [t("weights.how_rangorde", name=name, formula=t(f"weights.formula_{weighting.formula}"), order=order)]
    if weighting.method == "swing":
        items = []
        for criterion, rating in zip(scenario.criteria, weighting.points, strict=True):
            low, high = range_text(criterion)
            items.append(t("weights.swing_item", criterion=criterion.name, low=low, high=high,
                           rating=formatting.plain(rating)))
        return [t("weights.how_swing", name=name, items="; ".join(items))]
    if weighting.method == "groep":
        labels = {w.id: short_label(w) for w in scenario.weightings}
        members = join_names([labels.get(m, m) for m in weighting.members])
        if weighting.group_of != "participants":
            return [t("weights.how_groep", name=name, members=members)]
        beside = [w.id for w in scenario.weightings if w.kind == "profile"]
        return [t("participants.how_group", name=name, members=members)] + (
            [t("participants.group_beside", profiles=join_names(beside))] if beside else [])
    if weighting.method == "punten":
        return [t("weights.how_punten", name=name)]
    return _pairwise(weighting, name, names)


def compared_criteria(weighting: ResolvedWeighting) -> list[str]:
    """The criteria an AHP weighting compared, in the order of its matrix.

    Why not ``weighting.criteria``: criteria under 'weegt_niet' (or a hard requirement
    left out) are not in the matrix, so the matrix's indices skip them. The eigenvector
    of a positive matrix is positive: the compared criteria are exactly those with weight.
    """
    return [cid for cid, points in zip(weighting.criteria, weighting.points, strict=True) if points > 0]


def _pairwise(weighting: ResolvedWeighting, name: str, names: dict[str, str]) -> list[str]:
    result = weighting.pairwise
    assert result is not None
    n = len(weighting.criteria)
    values = {"name": name, "lmax": formatting.number(result.lambda_max, 3), "ci": formatting.number(result.ci, 3)}
    if result.cr is None:
        lines = [t("weights.cr_none", **values)]
    else:
        lines = [t("weights.how_paarsgewijs", ri=formatting.plain(result.ri or 0), table=result.ri_table,
                   cr=formatting.number(result.cr, 3), **values)]
    if result.missing:
        lines.append(t("weights.incomplete", missing=result.missing, total=n * (n - 1) // 2))
    if result.acceptable:
        if result.cr is not None and n > 2:
            lines.append(t("weights.cr_ok"))
        return lines
    compared = compared_criteria(weighting)
    items = [
        t("weights.cr_item", a=names[compared[item.i]], b=names[compared[item.j]],
          given=judgement_text(item.given), implied=judgement_text(round(item.implied, 2)))
        for item in inconsistencies(result)
    ]
    lines.append(t("weights.cr_high", cr=formatting.number(result.cr or 0, 2), items="; ".join(items)))
    return lines


def weights_view(scenario: ResolvedScenario) -> RenderableType:
    """The whole ``weights`` output."""
    parts: list[RenderableType] = [Fitted(weights_table(scenario, t("weights.title", title=scenario.title)))]
    for weighting in scenario.weightings:
        parts += [Text(f"• {line}") for line in explanation(scenario, weighting)]
    active = scenario.active_weighting
    if active is not None:
        parts += [Text(""), Text(t("weights.active", name=weighting_label(active)), style="dim")]
    if scenario.dropped:
        parts.append(Text(t("rank.dropped", criteria=", ".join(c.name for c in scenario.dropped)), style="dim"))
    for criterion in curves.with_function(scenario):
        parts += [Text(""), Fitted(value_function_table(criterion))]
    if curves.with_function(scenario):
        parts.append(Text(t("curves.table_legend"), style="dim"))
    return Group(*parts)


def value_function_table(criterion: ResolvedCriterion) -> Table:
    """A value function in text: its points (score as written, value 0-100) with a bar per value."""
    function = criterion.value_function
    assert function is not None
    table = Table(title=t("curves.table_title", criterion=criterion.name, shape=curves.shape(function)),
                  title_justify="left")
    table.add_column(t("curves.col_score"), justify="right")
    table.add_column(t("curves.col_value"), justify="right", no_wrap=True)
    table.add_column("0" + " " * (curves.BAR_WIDTH - 4) + "100", no_wrap=True)
    for (score, value), (_, number) in zip(curves.rows(function, criterion.unit), function.points, strict=True):
        table.add_row(score, value, Text(curves.bar(number), style="green"))
    return table


def profiles_view(comparison: ProfileComparison) -> RenderableType:
    """The whole ``profiles`` output: weights, rankings side by side, disagreements."""
    scenario = comparison.scenario
    parts: list[RenderableType] = [Text(t("profiles.title", title=scenario.title), style="bold")]
    if not comparison.profiles:
        parts.append(Text(t("profiles.none")))
    parts += [Fitted(weights_table(scenario, t("profiles.weights_title"))), Text("")]
    table = Table(title=t("profiles.ranks_title"), title_justify="left")
    table.add_column(t("rank.col_candidate"))
    for item in comparison.rankings:
        table.add_column(_header(item.weighting), justify="right")
    first = comparison.rankings[0].ranking
    for ranked in first.order:
        cells = []
        for item in comparison.rankings:
            rank, score = item.place(ranked.index)
            cells.append(Text(f"{rank} ({formatting.points(score)})", style="bold green" if rank == 1 else ""))
        table.add_row(ranked.name, *cells)
    parts += [Fitted(table), Text("")]
    parts += [Text(line if line.startswith(SUB) else f"• {line}") for line in profile_sentences(comparison)]
    if scenario.excluded:
        parts.append(Text(t("excluded.title") + ":", style="bold"))
        parts += [Text(f"• {line}") for line in excluded_lines(scenario)]
    return Group(*parts)


def profile_sentences(comparison: ProfileComparison) -> list[str]:
    """Who each profile puts first, where they disagree, the group's verdict and its rule."""
    names = [c.name for c in comparison.scenario.candidates]
    profiles = comparison.profiles
    labels = {r.weighting.id: short_label(r.weighting) for r in comparison.rankings}
    lines: list[str] = []
    # With returned forms the sentences speak of participants (and the file's profiles).
    kinds = {p.weighting.kind for p in profiles}
    key, who = "profiles", {}
    if "participant" in kinds:
        key, who = "participants", {"who": t("participants.who_and_profiles" if "profile" in kinds else "participants.who")}
    if profiles:
        winners = {labels[p.weighting.id]: join_names([w.name for w in p.ranking.winners]) for p in profiles}
        if len(set(winners.values())) == 1:
            lines.append(t(f"{key}.same_winner", winner=next(iter(winners.values())), **who))
        else:
            items = [t("profiles.winner_item", profile=p, winner=w) for p, w in winners.items()]
            lines.append(t(f"{key}.split_winner", items=join_names(items), **who))
        if not comparison.disagreements:
            lines.append(t(f"{key}.same_ranking", **who))
        else:
            lines.append(t(f"{key}.disagree", **who))
            for d in comparison.disagreements:
                lines.append(SUB + t("profiles.pair", a=names[d.first], b=names[d.second],
                                      for_a=_prefer([labels[x] for x in d.ahead]),
                                      for_b=_prefer([labels[x] for x in d.behind])))
    for item in comparison.rankings:
        if item.weighting.kind == "group":
            label = weighting_label(item.weighting)
            lines.append(f"{label[:1].upper()}{label[1:]}: {conclusion(item.ranking)}")
            lines += explanation(comparison.scenario, item.weighting)
            versus = status_quo_sentence(item.ranking)
            if versus:
                lines.append(versus)
    return lines


def _prefer(profiles: list[str]) -> str:
    verb = t("profiles.prefers_one") if len(profiles) == 1 else t("profiles.prefers_many")
    return t("profiles.prefer", profiles=join_names(profiles), verb=verb)


# --- JSON -------------------------------------------------------------------------------------


def _weighting_document(scenario: ResolvedScenario, w: ResolvedWeighting) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": w.id, "name": w.name, "kind": w.kind, "method": w.method,
        "weights": dict(zip(w.criteria, w.shares, strict=True)),
        "points": dict(zip(w.criteria, w.points, strict=True)),
        "explanation": explanation(scenario, w),
    }
    if w.formula:
        document["formula"] = w.formula
    if w.places is not None:
        document["places"] = dict(zip(w.criteria, w.places, strict=True))
    if w.members:
        document["members"] = list(w.members)
    if w.group_of:
        document["group_of"] = w.group_of
    r = w.pairwise
    if r is not None:
        compared = compared_criteria(w)
        document["ahp"] = {
            "lambda_max": r.lambda_max, "ci": r.ci, "ri": r.ri, "cr": r.cr, "ri_table": r.ri_table,
            "acceptable": r.acceptable, "missing_pairs": r.missing,
            "inconsistent": [
                {"a": compared[i.i], "b": compared[i.j], "given": i.given, "implied": i.implied, "error": i.error}
                for i in inconsistencies(r)
            ],
        }
    return document


def weights_document(scenario: ResolvedScenario) -> dict[str, Any]:
    """``partnerkeuze weights --json``: every weighting, and which one is used by default."""
    document: dict[str, Any] = {
        "title": scenario.title,
        "default": scenario.weighting,
        "weightings": [_weighting_document(scenario, w) for w in scenario.weightings],
    }
    functions = curves.document(scenario)
    if functions:  # only a scenario with value functions has the key
        document["value_functions"] = functions
    return document


def profiles_document(comparison: ProfileComparison) -> dict[str, Any]:
    """``partnerkeuze profiles --json``: rankings per weighting and the disagreements."""
    scenario = comparison.scenario
    ids = [c.id for c in scenario.candidates]
    rankings = {}
    for item in comparison.rankings:
        reference = item.ranking.status_quo
        rankings[item.weighting.id] = {
            "method": item.weighting.method,
            "weights": dict(zip(item.weighting.criteria, item.weighting.shares, strict=True)),
            "ranking": [{"rank": c.rank, "id": c.id, "score": c.score,
                         **({"versus_status_quo": c.score - reference.score} if reference else {})}
                        for c in item.ranking.order],
        }
    return {
        "title": scenario.title,
        "rankings": rankings,
        "disagreements": [
            {"first": ids[d.first], "second": ids[d.second], "first_ahead_for": list(d.ahead),
             "second_ahead_for": list(d.behind)}
            for d in comparison.disagreements
        ],
        "excluded": [item.candidate.id for item in scenario.excluded],
    }

