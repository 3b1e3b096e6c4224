"""How one score, weight or name reads in any output format."""

from __future__ import annotations

from partnerkeuze import formatting
from partnerkeuze.resolve import ResolvedCriterion, ResolvedScore


def score_text(score: ResolvedScore, criterion: ResolvedCriterion) -> str:
    """The score as the user wrote it: a label ('++') or a number in its unit ('€ 1.200.000')."""
    if score.label is not None:
        return score.label
    return formatting.quantity(score.raw, criterion.unit)
