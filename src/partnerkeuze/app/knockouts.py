"""Hard requirements in words: who is set aside, and why.

Why a hard requirement and not a low score: in a weighted sum a poor score is made up
for by good scores elsewhere. "Hardenberg does not offer the service" cannot be made
up for, so a candidate that fails a ``minimum`` or ``maximum`` is excluded before the
ranking: it never enters the decision matrix (so intervals, thresholds and Monte
Carlo are about the others) and every output lists it with the reason. A
requirement is judged on the most likely score, the same number the ranking uses.
"""

from __future__ import annotations

from partnerkeuze.errors import PartnerkeuzeError
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.resolved import ExcludedCandidate, Failure, ResolvedScenario


def failure_text(failure: Failure) -> str:
    """'Aanbieder is bereid en in staat is nee, minimaal ja vereist'."""
    criterion = failure.criterion
    score = failure.score.label or formatting.quantity(failure.score.raw, criterion.unit)
    bound = failure.bound_label or formatting.quantity(failure.bound, criterion.unit)
    key = "excluded.reason_minimum" if failure.kind == "minimum" else "excluded.reason_maximum"
    return t(key, criterion=criterion.name, score=score, bound=bound)


def reasons_text(item: ExcludedCandidate) -> str:
    """Every requirement one candidate fails, joined with '; '."""
    return "; ".join(failure_text(f) for f in item.failures)


def excluded_text(item: ExcludedCandidate) -> str:
    """'Hardenberg: Aanbieder is bereid en in staat is nee, minimaal ja vereist'."""
    return t("excluded.item", name=item.candidate.name, reasons=reasons_text(item))


def require_candidates(scenario: ResolvedScenario) -> None:
    """Raise a clear error when every candidate fails a hard requirement."""
    if not scenario.candidates:
        items = "; ".join(excluded_text(item) for item in scenario.excluded)
        raise PartnerkeuzeError(t("excluded.all", items=items))
