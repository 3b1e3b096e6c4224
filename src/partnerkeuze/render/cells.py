"""How one score, weight or name reads in any output format."""

from __future__ import annotations

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.resolved import ResolvedCriterion, ResolvedScore


def score_text(score: ResolvedScore, criterion: ResolvedCriterion) -> str:
    """The score as the user wrote it: a label ('++') or a number in its unit ('€ 1.200.000').

    An uncertain score shows its range: '+ tot ++' (a range) or '+ (0 tot ++)' (an
    estimate: the most likely value, then the lowest and highest).
    """
    u = score.uncertainty
    if u is not None:
        low = u.low_label or formatting.quantity(u.low, criterion.unit)
        high = u.high_label or formatting.quantity(u.high, criterion.unit)
        if u.kind == "bereik":
            return t("score.range", low=low, high=high)
        mode = score.label or formatting.quantity(score.raw, criterion.unit)
        return t("score.estimate", mode=mode, low=low, high=high)
    if score.label is not None:
        return score.label
    return formatting.quantity(score.raw, criterion.unit)


def paragraphs(text: str | None) -> list[str]:
    """Free text as paragraphs: blank lines separate them, single line breaks do not.

    Why: scenario authors wrap long ``toelichting`` lines by hand in YAML (``|``); the
    terminal, Word and HTML wrap again, so the hand-made breaks would make ragged lines.
    """
    if not text:
        return []
    blocks = [block for block in text.strip().split("\n\n") if block.strip()]
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks]
