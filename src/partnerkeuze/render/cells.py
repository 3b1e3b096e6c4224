"""How one score, weight or name reads in any output format."""

from __future__ import annotations

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.resolved import ResolvedCriterion, ResolvedScore


def score_text(score: ResolvedScore, criterion: ResolvedCriterion, *, quote: bool = False) -> str:
    """The score as the user wrote it: a label ('++') or a number in its unit ('€ 1.200.000').

    An uncertain score shows its range: '+ tot ++' (a range) or '+ (0 tot ++)' (an
    estimate: the most likely value, then the lowest and highest). ``quote`` puts each
    label in quotes, for a sentence: '‘-’ tot ‘0’', where a bare minus reads as a dash
    and 'past deels tot past goed' as one phrase.
    """

    def label(text: str | None) -> str | None:
        return t("term.label_quote", label=text) if quote and text is not None else text

    u = score.uncertainty
    if u is not None:
        low = label(u.low_label) or formatting.quantity(u.low, criterion.unit)
        high = label(u.high_label) or formatting.quantity(u.high, criterion.unit)
        if u.kind == "bereik":
            return t("score.range", low=low, high=high)
        mode = label(score.label) or formatting.quantity(score.raw, criterion.unit)
        return t("score.estimate", mode=mode, low=low, high=high)
    if score.label is not None:
        return label(score.label) or score.label
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
