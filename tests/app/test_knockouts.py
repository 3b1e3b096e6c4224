"""Hard requirements (``knockouts.py``): who is set aside, why, and that they never rank."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerkeuze.app.knockouts import (
    excluded_text,
    failure_text,
    reasons_text,
    require_candidates,
)
from partnerkeuze.app.service import open_scenario, rank, sensitivity
from partnerkeuze.errors import EXIT_INVALID, PartnerkeuzeError
from partnerkeuze.language import set_language

WriteScenario = Callable[..., Path]

OMMEN = Path(__file__).parents[2] / "scenarios" / "ommen-ict.yaml"

BASE = """\
versie: 1
titel: Harde eisen
criteria:
  - {id: kwaliteit, gewicht: 60, schaal: oordeel}
  - {id: kosten, gewicht: 40, richting: min, eenheid: EUR, maximum: 800000}
  - {id: bereid, naam: Bereid en in staat, gewicht: 0, schaal: janee, minimum: ja}
kandidaten:
  - id: hardenberg
    naam: Hardenberg
    scores: {kwaliteit: "++", kosten: 100000, bereid: nee}
  - id: duur
    naam: Duur
    scores: {kwaliteit: "+", kosten: 900000, bereid: ja}
  - id: buur
    naam: Buur
    scores: {kwaliteit: "0", kosten: 500000, bereid: ja}
  - id: zelf
    naam: Zelf doen
    scores: {kwaliteit: "-", kosten: 300000, bereid: ja}
"""


def test_failing_candidates_are_set_aside_with_their_reasons(write_scenario: WriteScenario) -> None:
    _, s = open_scenario(write_scenario(BASE))

    assert [c.id for c in s.candidates] == ["buur", "zelf"]
    assert [(e.candidate.id, [(f.criterion.id, f.kind) for f in e.failures]) for e in s.excluded] == [
        ("hardenberg", [("bereid", "minimum")]), ("duur", [("kosten", "maximum")])]
    assert excluded_text(s.excluded[0]) == "Hardenberg: Bereid en in staat: nee (minimaal ja vereist)"
    assert failure_text(s.excluded[1].failures[0]) == "kosten: € 900.000 (hoogstens € 800.000 toegestaan)"
    assert reasons_text(s.excluded[1]) == "kosten: € 900.000 (hoogstens € 800.000 toegestaan)"


def test_the_range_of_a_criterion_without_bereik_comes_from_the_remaining_candidates(
    write_scenario: WriteScenario,
) -> None:
    """The excluded never enter the decision matrix, not even its normalisation."""
    _, s = open_scenario(write_scenario(BASE))

    kosten = s.criteria[1]

    assert (kosten.low, kosten.high) == (300000, 500000)


def test_reasons_in_english(write_scenario: WriteScenario) -> None:
    _, s = open_scenario(write_scenario(BASE))
    set_language("en")

    assert excluded_text(s.excluded[0]) == "Hardenberg: Bereid en in staat: nee (at least ja required)"


def test_when_everyone_fails_the_message_says_so(write_scenario: WriteScenario) -> None:
    text = BASE.replace("bereid: ja}", "bereid: nee}")
    _, s = open_scenario(write_scenario(text))

    with pytest.raises(PartnerkeuzeError) as info:
        rank(s)

    assert info.value.exit_code == EXIT_INVALID
    assert str(info.value).startswith("geen enkele kandidaat voldoet aan de harde eisen, dus er valt niets te rangschikken: "
                                      "Hardenberg: Bereid en in staat: nee (minimaal ja vereist); Duur: ")
    with pytest.raises(PartnerkeuzeError):
        require_candidates(s)


def test_ommen_sets_hardenberg_aside_and_zwolle_still_wins() -> None:
    """Hardenberg ends the DVO's (Hardenberg, 21-10-2020): a knock-out, not a low score."""
    _, s = open_scenario(OMMEN)
    ranking = rank(s)

    assert [e.candidate.id for e in s.excluded] == ["hardenberg"]
    assert "hardenberg" not in [c.id for c in ranking.order]
    assert ranking.winners[0].id == "zwolle"


def test_ommen_sensitivity_covers_only_the_remaining_candidates() -> None:
    _, s = open_scenario(OMMEN)

    report = sensitivity(s, samples=300)

    assert report.acceptability is not None
    assert report.acceptability.first_shares.shape == (len(s.candidates),)
    assert report.thresholds.cells and len(report.thresholds.cells) == len(s.candidates)


CANDIDATES = st.lists(st.tuples(st.sampled_from(["--", "-", "0", "+", "++"]), st.booleans()), min_size=1, max_size=6)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(CANDIDATES)
def test_a_knocked_out_candidate_never_ranks(write_scenario: WriteScenario, candidates: list[tuple[str, bool]]) -> None:
    lines = ["versie: 1", "titel: Eigenschap", "criteria:",
             "  - {id: kwaliteit, gewicht: 1, schaal: oordeel}",
             "  - {id: bereid, gewicht: 1, schaal: janee, minimum: ja}", "kandidaten:"]
    for k, (label, willing) in enumerate(candidates):
        lines.append(f'  - {{id: k{k}, scores: {{kwaliteit: "{label}", bereid: {"ja" if willing else "nee"}}}}}')
    _, s = open_scenario(write_scenario("\n".join(lines) + "\n", "eigenschap.yaml"))

    assert {c.id for c in s.candidates} == {f"k{k}" for k, (_, willing) in enumerate(candidates) if willing}
    assert {e.candidate.id for e in s.excluded} == {f"k{k}" for k, (_, willing) in enumerate(candidates) if not willing}
    if s.candidates:
        assert all(c.id in {x.id for x in s.candidates} for c in rank(s).order)
    else:
        with pytest.raises(PartnerkeuzeError):
            rank(s)
