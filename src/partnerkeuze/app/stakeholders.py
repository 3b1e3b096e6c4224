"""The profiles use case: the ranking under every stakeholder's weights, side by side.

Why: the college, the raad and the ondernemingsraad weigh differently. Before a
decision it helps to see whether that matters: do they put the same candidate first,
and for which pairs of candidates does the order depend on whose weights count?
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from partnerkeuze.app import service
from partnerkeuze.app.results import Ranking
from partnerkeuze.scenario.resolved import ResolvedScenario, ResolvedWeighting, select


STAKEHOLDERS = ("profile", "participant")  # the kinds of weighting that belong to someone


@dataclass(frozen=True)
class ProfileRanking:
    """One weighting (the file's own, a profile or the group) and the ranking it gives."""

    weighting: ResolvedWeighting
    ranking: Ranking

    def place(self, index: int) -> tuple[int, float]:
        """(rank, score) of candidate ``index`` (its position in ``scenario.candidates``)."""
        ranked = next(c for c in self.ranking.order if c.index == index)
        return ranked.rank, ranked.score


@dataclass(frozen=True)
class Disagreement:
    """Two candidates whose order depends on the profile.

    ``ahead``: the profiles (ids) that put ``first`` strictly before ``second``;
    ``behind``: those that put ``second`` strictly before ``first``. ``first`` is the
    one the group (else the first profile) ranks higher.
    """

    first: int
    second: int
    ahead: tuple[str, ...]
    behind: tuple[str, ...]


@dataclass(frozen=True)
class ProfileComparison:
    """The rankings under every weighting and where the stakeholder profiles disagree."""

    scenario: ResolvedScenario
    rankings: tuple[ProfileRanking, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def profiles(self) -> tuple[ProfileRanking, ...]:
        """The stakeholders only: profiles and participants (not the file's weights, not the group)."""
        return tuple(r for r in self.rankings if r.weighting.kind in STAKEHOLDERS)


def compare_profiles(scenario: ResolvedScenario) -> ProfileComparison:
    """Rank under the file's weights (if any), every profile and the group."""
    rankings = tuple(
        ProfileRanking(weighting, service.rank(select(scenario, weighting.id)))
        for weighting in scenario.weightings
    )
    stakeholders = [r for r in rankings if r.weighting.kind in STAKEHOLDERS]
    reference = next((r for r in rankings if r.weighting.kind == "group"), stakeholders[0] if stakeholders else None)
    found = []
    for a, b in combinations(range(len(scenario.candidates)), 2):
        a_first = tuple(r.weighting.id for r in stakeholders if r.place(a)[0] < r.place(b)[0])
        b_first = tuple(r.weighting.id for r in stakeholders if r.place(b)[0] < r.place(a)[0])
        if a_first and b_first:
            assert reference is not None
            if reference.place(b)[0] < reference.place(a)[0]:
                found.append(Disagreement(b, a, b_first, a_first))
            else:
                found.append(Disagreement(a, b, a_first, b_first))
    if reference is not None:
        found.sort(key=lambda d: (min(reference.place(d.first)[0], reference.place(d.second)[0]),
                                  reference.place(d.second)[0], d.first, d.second))
    return ProfileComparison(scenario, rankings, tuple(found))

