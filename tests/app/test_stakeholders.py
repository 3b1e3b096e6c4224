"""The profiles use case (``stakeholders.py``): rankings side by side, where profiles disagree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from partnerkeuze.app.service import open_scenario
from partnerkeuze.app.stakeholders import compare_profiles

WriteScenario = Callable[..., Path]

HAAKSBERGEN = Path(__file__).parents[2] / "scenarios" / "haaksbergen-2020.yaml"


def test_haaksbergen_raad_chooses_enschede_the_others_hengelo() -> None:
    """Illustrative profiles: the raad weighs vulnerability most, where Enschede scores ++."""
    _, s = open_scenario(HAAKSBERGEN)

    comparison = compare_profiles(s)
    winners = {r.weighting.id: r.ranking.winners[0].id for r in comparison.rankings}

    assert winners == {"bestand": "hengelo", "college": "hengelo", "raad": "enschede",
                       "ondernemingsraad": "hengelo", "groep": "hengelo"}
    assert [r.weighting.id for r in comparison.profiles] == ["college", "raad", "ondernemingsraad"]
    names = [c.id for c in s.candidates]
    assert [(names[d.first], names[d.second], d.ahead, d.behind) for d in comparison.disagreements] == [
        ("hengelo", "enschede", ("college", "ondernemingsraad"), ("raad",))]


def test_every_profile_beats_doing_it_yourself_in_haaksbergen() -> None:
    _, s = open_scenario(HAAKSBERGEN)

    for item in compare_profiles(s).rankings:
        assert item.ranking.status_quo is not None
        assert item.ranking.status_quo.rank == 3


def test_profiles_that_agree_have_no_disagreements(write_scenario: WriteScenario) -> None:
    path = write_scenario("""\
versie: 1
titel: Eens
profielen:
  a: {gewichten: {x: 2, y: 1}}
  b: {weging: {methode: rangorde, volgorde: [x, y]}}
criteria:
  - {id: x, schaal: oordeel}
  - {id: y, schaal: oordeel}
kandidaten:
  - {id: p, scores: {x: "++", y: "0"}}
  - {id: q, scores: {x: "0", y: "+"}}
""")
    _, s = open_scenario(path)

    comparison = compare_profiles(s)

    assert comparison.disagreements == ()
    assert [r.weighting.id for r in comparison.rankings] == ["a", "b", "groep"]
    assert comparison.rankings[0].place(0) == (1, comparison.rankings[0].ranking.order[0].score)


def test_a_file_without_profiles_compares_only_its_own_weights() -> None:
    _, s = open_scenario(Path(__file__).parents[2] / "scenarios" / "leidse-regio.yaml")

    comparison = compare_profiles(s)

    assert [r.weighting.id for r in comparison.rankings] == ["bestand"]
    assert comparison.profiles == () and comparison.disagreements == ()
