"""How one score, weight or name reads in any output format."""

from __future__ import annotations

from partnerkeuze import formatting
from partnerkeuze.resolve import ResolvedCriterion, ResolvedScore


def score_text(score: ResolvedScore, criterion: ResolvedCriterion) -> str:
    """The score as the user wrote it: a label ('++') or a number in its unit ('€ 1.200.000')."""
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
