"""A score as written -> the number the model uses, and its uncertainty.

A score is a label or a number (``"+"``, ``1200000``), a range (``["+", "++"]``,
``[500000, 700000]``) or a three-point estimate (``{laag: "0", waarschijnlijk: "+",
hoog: "++"}``). The ranking, the exact intervals and the score thresholds use one
number per score: the most likely value of an estimate and the middle of a range.
The Monte Carlo of ``sensitivity`` draws the uncertain scores (``scoresampling.py``).
Requirements (``minimum``/``maximum``) are read here too: they are scores as well.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from partnerkeuze.language.texts import t
from partnerkeuze.scenario.models import Criterion, Estimate, Score
from partnerkeuze.scenario.resolved import ResolvedScore, Uncertainty, ValueFunction

Loc = tuple[str | int, ...]
Add = Callable[..., None]
Bound = tuple[float, str | None]  # a requirement: the number, and the label as written
Bounds = tuple[Bound | None, Bound | None]  # (minimum, maximum)
BUILTIN_SCALES: dict[str, dict[str, float]] = {
    "oordeel": {"--": 1, "-": 2, "0": 3, "+": 4, "++": 5},
    "janee": {"nee": 0, "ja": 1},
}


def label_for_number(number: float) -> str:
    """How an unquoted number reads as a label: 0 -> '0', 2.5 -> '2.5'."""
    return str(int(number)) if float(number).is_integer() else repr(number)


def num(value: float) -> str:
    """A number in a message, as the user would write it."""
    return label_for_number(value) if math.isfinite(value) else str(value)


class ScoreReader:
    """Turns scores and requirements into numbers; problems go to ``add``."""

    def __init__(self, scales: dict[str, dict[str, float]], add: Add) -> None:
        """``scales``: every scale the scenario may use; ``add(loc, key, **values)``."""
        self.scales = scales
        self.add = add
        self.functions: dict[str, ValueFunction] = {}  # by criterion id: scores must lie in their domain

    def scalar(self, criterion: Criterion, value: float | str, loc: Loc) -> tuple[float, str | None] | None:
        """A label or number: (number, label or None), checked against scale and range."""
        scale = dict(self.scales[criterion.scale]) if criterion.scale else None
        label: str | None = None
        if scale is not None:
            text = value if isinstance(value, str) else label_for_number(value)
            if text in scale:
                label, raw = text, float(scale[text])
            elif isinstance(value, str):
                self.add(loc, "check.unknown_label", label=value, scale=criterion.scale,
                         criterion=criterion.id, labels=", ".join(scale))
                return None
            else:
                raw = value
        elif isinstance(value, str):
            hint = t("check.hint_add_scale") if value in BUILTIN_SCALES["oordeel"] else ""
            self.add(loc, "check.text_without_scale", label=value, criterion=criterion.id, hint=hint)
            return None
        else:
            raw = value
        if (label is None or criterion.id in self.functions) and not self._in_range(criterion, scale, raw, loc):
            return None
        return raw, label

    def score(self, criterion: Criterion, score: Score, loc: Loc) -> ResolvedScore | None:
        """One candidate's score on one criterion (None after reporting a problem)."""
        if criterion.scale is not None and criterion.scale not in self.scales:
            return None  # reported once, for the criterion
        value = score.value
        where = (*loc, "waarde")
        extra = {"rationale": score.rationale, "source": score.source, "confidential": score.confidential}
        if isinstance(value, tuple):
            ends = [self.scalar(criterion, v, (*where, k)) for k, v in enumerate(value)]
            if ends[0] is None or ends[1] is None:
                return None
            (low, low_label), (high, high_label) = ends[0], ends[1]
            if low > high:
                self.add(where, "scores.range_order", low=low_label or num(low), high=high_label or num(high),
                         criterion=criterion.id)
                return None
            if low == high:
                return ResolvedScore(raw=low, label=low_label, **extra)  # type: ignore[arg-type]
            middle = (low + high) / 2
            return ResolvedScore(raw=middle, label=None, uncertainty=Uncertainty(
                "bereik", low, high, low_label, high_label), **extra)  # type: ignore[arg-type]
        if isinstance(value, Estimate):
            return self._estimate(criterion, value, where, extra)
        found = self.scalar(criterion, value, loc)
        if found is None:
            return None
        return ResolvedScore(raw=found[0], label=found[1], **extra)  # type: ignore[arg-type]

    def _estimate(self, criterion: Criterion, value: Estimate, where: Loc,
                  extra: Mapping[str, object]) -> ResolvedScore | None:
        parts = [self.scalar(criterion, getattr(value, name), (*where, key))
                 for name, key in (("low", "laag"), ("most_likely", "waarschijnlijk"), ("high", "hoog"))]
        if any(p is None for p in parts):
            return None
        (low, low_label), (mode, mode_label), (high, high_label) = parts  # type: ignore[misc]
        shown = [low_label or num(low), mode_label or num(mode), high_label or num(high)]
        if low > high:
            self.add((*where, "laag"), "scores.estimate_low_high", low=shown[0], high=shown[2], criterion=criterion.id)
            return None
        if not low <= mode <= high:
            self.add((*where, "waarschijnlijk"), "scores.estimate_mode", low=shown[0], mode=shown[1],
                     high=shown[2], criterion=criterion.id)
            return None
        if low == high:
            return ResolvedScore(raw=mode, label=mode_label, **extra)  # type: ignore[arg-type]
        return ResolvedScore(raw=mode, label=mode_label, uncertainty=Uncertainty(
            "schatting", low, high, low_label, high_label), **extra)  # type: ignore[arg-type]

    def requirements(self, criteria: Sequence[Criterion]) -> dict[str, Bounds]:
        """Each criterion's minimum and maximum as numbers (labels looked up), by criterion id."""
        found: dict[str, Bounds] = {}
        for j, criterion in enumerate(criteria):
            if criterion.minimum is None and criterion.maximum is None:
                continue
            low = (self.requirement(criterion, criterion.minimum, ("criteria", j, "minimum"))
                   if criterion.minimum is not None else None)
            high = (self.requirement(criterion, criterion.maximum, ("criteria", j, "maximum"))
                    if criterion.maximum is not None else None)
            if low is not None and high is not None and low[0] > high[0]:
                self.add(("criteria", j, "minimum"), "scores.requirement_order", criterion=criterion.id,
                         minimum=low[1] or num(low[0]), maximum=high[1] or num(high[0]))
            found[criterion.id] = (low, high)
        return found

    def requirement(self, criterion: Criterion, value: float | str, loc: Loc) -> Bound | None:
        """A ``minimum``/``maximum``: a label of the criterion's scale or a number."""
        if criterion.scale is not None and criterion.scale not in self.scales:
            return None
        scale = dict(self.scales[criterion.scale]) if criterion.scale else None
        if isinstance(value, str):
            if scale is None:
                self.add(loc, "scores.requirement_label_without_scale", label=value, criterion=criterion.id)
                return None
            if value not in scale:
                self.add(loc, "check.unknown_label", label=value, scale=criterion.scale,
                         criterion=criterion.id, labels=", ".join(scale))
                return None
            return float(scale[value]), value
        text = label_for_number(value)
        return (float(scale[text]), text) if scale and text in scale else (value, None)

    def _in_range(self, criterion: Criterion, scale: dict[str, float] | None, raw: float, loc: Loc) -> bool:
        function = self.functions.get(criterion.id)
        if function is not None:
            low, high = function.domain
            if not low <= raw <= high:
                self.add(loc, "valuefunction.out_of_domain", value=num(raw), criterion=criterion.id,
                         low=num(low), high=num(high))
                return False
        elif criterion.range is not None:
            low, high = criterion.range
            if not low <= raw <= high:
                self.add(loc, "check.out_of_range", value=num(raw), criterion=criterion.id,
                         low=num(low), high=num(high))
                return False
        elif scale:
            low, high = min(scale.values()), max(scale.values())
            if not low <= raw <= high:
                self.add(loc, "check.out_of_scale", value=num(raw), criterion=criterion.id,
                         scale=criterion.scale, low=num(low), high=num(high))
                return False
        return True


Failed = tuple[str, ResolvedScore, str, float, str | None]  # criterion id, score, kind, bound, label


def failed_requirements(criteria: Sequence[Criterion], requirements: dict[str, Bounds],
                        row: Sequence[ResolvedScore]) -> list[Failed]:
    """The requirements one candidate fails, judged on the most likely score (its ``raw``)."""
    fails: list[Failed] = []
    for criterion, score in zip(criteria, row, strict=True):
        low, high = requirements.get(criterion.id, (None, None))
        if low is not None and score.raw < low[0]:
            fails.append((criterion.id, score, "minimum", low[0], low[1]))
        if high is not None and score.raw > high[0]:
            fails.append((criterion.id, score, "maximum", high[0], high[1]))
    return fails
