"""Weightings in a scenario (``profiles.py``): rank order, swing, profiles, the group.

One test per bad input, each checking the Dutch message and the line it points at.
Pairwise comparisons have their own file (``test_methodchecks.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app.service import rank
from partnerkeuze.errors import EXIT_USAGE, Issue, ScenarioInvalid, UsageError
from partnerkeuze.language import set_language
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ResolvedScenario, select

WriteScenario = Callable[..., Path]

HEAD = """\
versie: 1
titel: Keuze
criteria:
  - {id: ict, schaal: oordeel}
  - {id: vertrouwen, schaal: oordeel}
  - {id: kosten, richting: min, bereik: [0, 100]}
  - {id: nabijheid, schaal: oordeel}
kandidaten:
  - id: buur
    scores: {ict: "++", vertrouwen: "0", kosten: 70, nabijheid: "+"}
  - id: stad
    scores: {ict: "0", vertrouwen: "++", kosten: 40, nabijheid: "-"}
"""


def scenario(weights: str) -> str:
    """HEAD with a weighting block (YAML at top level) before 'criteria:'."""
    return HEAD.replace("criteria:\n", weights.rstrip("\n") + "\ncriteria:\n", 1)


def where(text: str, fragment: str) -> int:
    assert text.count(fragment) == 1, fragment
    return text[: text.index(fragment)].count("\n") + 1


def problems(path: Path) -> list[Issue]:
    with pytest.raises(ScenarioInvalid) as info:
        load(path)
    return list(info.value.issues)


def only_problem(path: Path) -> Issue:
    found = problems(path)
    assert len(found) == 1, [str(i) for i in found]
    return found[0]


def opened(path: Path) -> ResolvedScenario:
    return resolve(load(path))


def shares(s: ResolvedScenario, weighting: str | None = None) -> dict[str, float]:
    chosen = next(w for w in s.weightings if w.id == (weighting or s.weighting))
    return dict(zip(chosen.criteria, chosen.shares, strict=True))


# --- weging at the top ---------------------------------------------------------------------


def test_a_rank_order_gives_rank_order_centroid_weights(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: rangorde, volgorde: [kosten, ict, vertrouwen, nabijheid]}")

    s = opened(write_scenario(text))

    assert shares(s) == pytest.approx({"kosten": 25 / 48, "ict": 13 / 48, "vertrouwen": 7 / 48, "nabijheid": 1 / 16})
    assert [c.points for c in s.criteria] == pytest.approx([100 * 13 / 48, 100 * 7 / 48, 100 * 25 / 48, 100 / 16])
    assert s.active_weighting is not None and s.active_weighting.places == (2, 3, 1, 4)


def test_ties_and_the_rank_sum_formula(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  formule: rs\n  volgorde: [[kosten, ict], vertrouwen, nabijheid]")

    s = opened(write_scenario(text))

    assert shares(s) == pytest.approx({"kosten": 0.35, "ict": 0.35, "vertrouwen": 0.2, "nabijheid": 0.1})


def test_weegt_niet_gives_weight_zero_and_leaves_the_rest_to_the_formula(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: rangorde, volgorde: [kosten, ict], weegt_niet: [vertrouwen, nabijheid]}")

    s = opened(write_scenario(text))

    assert shares(s) == pytest.approx({"kosten": 0.75, "ict": 0.25, "vertrouwen": 0.0, "nabijheid": 0.0})


def test_swing_weights_are_the_ratings_and_the_points_too(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: swing, swing: {kosten: 100, ict: 60, vertrouwen: 40, nabijheid: 0}}")

    s = opened(write_scenario(text))

    assert shares(s) == pytest.approx({"kosten": 0.5, "ict": 0.3, "vertrouwen": 0.2, "nabijheid": 0.0})
    assert [c.points for c in s.criteria] == [60, 40, 100, 0]


def test_english_keys_and_method_names_work(write_scenario: WriteScenario) -> None:
    text = scenario("weighting: {method: rank, order: [kosten, ict, vertrouwen, nabijheid], formula: rr}")

    s = opened(write_scenario(text))

    assert shares(s)["kosten"] == pytest.approx(12 / 25)


def test_weging_and_points_together_are_refused(write_scenario: WriteScenario) -> None:
    text = scenario("gewichten: {ict: 1, vertrouwen: 1, kosten: 1, nabijheid: 1}\n"
                    "weging: {methode: swing, swing: {ict: 100, vertrouwen: 1, kosten: 1, nabijheid: 1}}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'weging' en punten ('gewicht' of 'gewichten') staan er allebei: kies één manier om te wegen"
    assert issue.location.line == where(text, "weging:")


def test_a_rank_order_that_names_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  volgorde:\n    - kosten\n    - ictt\n    - [vertrouwen, nabijheid]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend criterium 'ictt' (bedoelt u 'ict'?)"
    assert issue.location.line == where(text, "- ictt")


def test_a_rank_order_that_misses_a_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  volgorde: [kosten, ict]")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("de volgorde mist: vertrouwen, nabijheid; zet elk criterium op een plaats")
    assert issue.location.line == where(text, "volgorde:")


def test_a_criterion_twice_in_the_rank_order(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  volgorde:\n    - [kosten, ict]\n    - vertrouwen\n    - ict\n    - nabijheid")

    issue = only_problem(write_scenario(text))

    assert issue.message == f"'ict' staat al eerder in de volgorde (regel {where(text, '- [kosten, ict]')})"
    assert issue.location.line == where(text, "- ict\n")


def test_a_rank_order_item_that_is_not_an_id(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  volgorde:\n    - kosten\n    - {ict: 1}")

    issue = problems(write_scenario(text))[0]

    assert issue.message.startswith("elke plaats in 'volgorde' is een criterium-id")
    assert issue.location.line == where(text, "- {ict: 1}")


def test_a_criterion_listed_and_not_weighed(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: rangorde, volgorde: [kosten, ict, vertrouwen, nabijheid], weegt_niet: [ict]}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'ict' staat onder 'weegt_niet' en telt hier toch mee; kies één van beide"


def test_an_unknown_method(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: gevoel, volgorde: [kosten]}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'methode' moet rangorde, paarsgewijs of swing zijn (gekregen: 'gevoel')"
    assert issue.location.line == where(text, "weging:")


def test_a_method_without_its_key(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n")

    issue = only_problem(write_scenario(text))

    assert issue.message == "methode swing vraagt 'swing'"


def test_a_key_of_another_method(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n  swing: {kosten: 100, ict: 50, vertrouwen: 50, nabijheid: 10}\n"
                    "  volgorde: [kosten]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'volgorde' hoort niet bij methode swing"
    assert issue.location.line == where(text, "volgorde:")


def test_swing_without_a_hundred(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n  swing: {kosten: 80, ict: 60, vertrouwen: 40, nabijheid: 0}")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("de belangrijkste swing krijgt 100 (de hoogste is nu 80)")


def test_swing_above_a_hundred(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n  swing:\n    kosten: 100\n    ict: 160\n    vertrouwen: 1\n    nabijheid: 1")

    issue = problems(write_scenario(text))[0]

    assert issue.message == "'ict' moet 100 of kleiner zijn (gekregen: 160)"
    assert issue.location.line == where(text, "ict: 160")


def test_swing_that_misses_a_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n  swing: {kosten: 100, ict: 60}")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("swing mist: vertrouwen, nabijheid;")


# --- profiles -----------------------------------------------------------------------------------

PROFILES = """\
gewichten: {ict: 25, vertrouwen: 25, kosten: 25, nabijheid: 25}
profielen:
  college:
    naam: College van B&W
    gewichten: {ict: 10, vertrouwen: 10, kosten: 70, nabijheid: 10}
  raad:
    weging: {methode: rangorde, volgorde: [vertrouwen, ict, nabijheid, kosten]}
  ondernemingsraad:
    weging: {methode: swing, swing: {ict: 100, vertrouwen: 50, kosten: 0, nabijheid: 50}}
"""


def test_profiles_sit_beside_the_files_own_weights(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(scenario(PROFILES)))

    assert [w.id for w in s.weightings] == ["bestand", "college", "raad", "ondernemingsraad", "groep"]
    assert s.weighting == "bestand"
    assert [w.id for w in s.profiles] == ["college", "raad", "ondernemingsraad", "groep"]
    assert next(w for w in s.weightings if w.id == "college").name == "College van B&W"


def test_the_group_is_the_mean_of_the_profiles(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(scenario(PROFILES)))
    members = [shares(s, p) for p in ("college", "raad", "ondernemingsraad")]

    group = shares(s, "groep")

    for cid in group:
        assert group[cid] == pytest.approx(sum(m[cid] for m in members) / 3)
    assert next(w for w in s.weightings if w.id == "groep").members == ("college", "raad", "ondernemingsraad")


def test_select_weighs_with_a_profile(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(scenario(PROFILES)))

    college = select(s, "college")
    group = select(s, "group")  # the English name works too

    assert college.weighting == "college"
    assert [c.points for c in college.criteria] == [10, 10, 70, 10]
    assert group.weighting == "groep"
    assert rank(college).winners[0].id == "stad"  # cheap wins when cost weighs 70%
    assert select(s, None) is s


def test_select_an_unknown_profile_is_a_usage_error(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(scenario(PROFILES)))

    with pytest.raises(UsageError) as info:
        select(s, "wethouder")

    assert info.value.exit_code == EXIT_USAGE
    assert str(info.value) == (
        "--profiel wethouder: onbekend profiel; kies uit bestand, college, raad, ondernemingsraad, groep"
    )


def test_select_without_profiles_says_so(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(scenario("gewichten: {ict: 1, vertrouwen: 1, kosten: 1, nabijheid: 1}")))

    with pytest.raises(UsageError, match="dit scenario heeft geen profielen"):
        select(s, "raad")


def test_without_own_weights_the_group_is_the_default(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.split("\n", 1)[1])

    s = opened(write_scenario(text))

    assert s.weighting == "groep"
    assert [w.id for w in s.weightings] == ["college", "raad", "ondernemingsraad", "groep"]


def test_standaardprofiel_chooses_the_default(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.split("\n", 1)[1] + "standaardprofiel: raad\n")

    assert opened(write_scenario(text)).weighting == "raad"


def test_one_profile_alone_is_the_default(write_scenario: WriteScenario) -> None:
    text = scenario("profielen:\n  raad:\n    gewichten: {ict: 1, vertrouwen: 2, kosten: 3, nabijheid: 4}")

    s = opened(write_scenario(text))

    assert s.weighting == "raad"
    assert [w.id for w in s.weightings] == ["raad"]


def test_groep_names_the_profiles_the_group_averages(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.split("\n", 1)[1] + "groep: [raad, college]\n")

    s = opened(write_scenario(text))

    group = next(w for w in s.weightings if w.id == "groep")
    assert (group.members, group.group_of) == (("raad", "college"), "profiles")
    expected = [(a + b) / 2 for a, b in zip(shares(s, "raad").values(), shares(s, "college").values(), strict=True)]
    assert list(group.shares) == pytest.approx(expected, abs=1e-15)
    assert s.weighting == "groep"  # no own weights: the group is still the default


def test_a_group_of_one_profile_is_that_profile(write_scenario: WriteScenario) -> None:
    text = scenario("group:\n  - raad\n" + PROFILES)  # the English key

    s = opened(write_scenario(text))

    assert shares(s, "groep") == pytest.approx(shares(s, "raad"), abs=1e-15)


def test_groep_with_an_unknown_profile_or_one_twice(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES + "groep:\n  - raad\n  - wethouder\n  - raad\n")

    found = problems(write_scenario(text))

    assert [(i.location.line, i.message) for i in found] == [
        (where(text, "  - wethouder"), "onbekend profiel 'wethouder'; de profielen zijn: college, raad, ondernemingsraad"),
        (where(text, "  - wethouder") + 1, "'raad' staat meer dan één keer onder groep; elk profiel telt één keer"),
    ]


def test_groep_in_a_file_without_profiles_says_so(write_scenario: WriteScenario) -> None:
    """Not 'de profielen zijn: -'."""
    text = scenario("groep: [raad]\n")

    found = [(i.location.line, i.message) for i in problems(write_scenario(text)) if "groep" in i.message]

    assert found == [(where(text, "groep: [raad]"), "'groep' noemt profiel 'raad', maar dit bestand heeft geen "
                      "profielen ('profielen:'); haal 'groep' weg of voeg de profielen toe")]


def test_a_profile_that_misses_a_criterion(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.replace("gewichten: {ict: 10, vertrouwen: 10, kosten: 70, nabijheid: 10}",
                                     "gewichten: {ict: 10, kosten: 70}"))

    issue = only_problem(write_scenario(text))

    assert issue.message == "profiel 'college' mist een gewicht voor: vertrouwen, nabijheid"
    assert issue.location.line == where(text, "gewichten: {ict: 10, kosten: 70}")


def test_a_profile_with_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.replace("kosten: 70, nabijheid: 10}", "kosten: 70, nabijheid: 10, prijs: 4}"))

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend criterium 'prijs'"


def test_a_profile_with_both_or_neither(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.replace("    naam: College van B&W\n", "    naam: College van B&W\n"
                                     "    weging: {methode: swing, swing: {ict: 100}}\n"))
    empty = scenario("gewichten: {ict: 1, vertrouwen: 1, kosten: 1, nabijheid: 1}\nprofielen:\n  raad:\n    naam: Raad")

    both, neither = only_problem(write_scenario(text)), only_problem(write_scenario(empty, "leeg.yaml"))

    assert both.message == "profiel 'college' heeft 'gewichten' of 'weging' nodig (één van beide)"
    assert both.location.line == where(text, "college:")
    assert neither.message == both.message.replace("college", "raad")


def test_a_profile_with_all_weights_zero(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.replace("{ict: 10, vertrouwen: 10, kosten: 70, nabijheid: 10}",
                                     "{ict: 0, vertrouwen: 0, kosten: 0, nabijheid: 0}"))

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("profiel 'college': alle gewichten zijn 0")


@pytest.mark.parametrize("name", ["groep", "group", "bestand"])
def test_a_reserved_profile_name(write_scenario: WriteScenario, name: str) -> None:
    text = scenario(PROFILES.replace("  raad:\n", f"  {name}:\n"))

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith(f"'{name}' is een gereserveerde naam")
    assert issue.location.line == where(text, f"  {name}:")


def test_an_unknown_standaardprofiel(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.split("\n", 1)[1] + "standaardprofiel: wethouder\n")

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend profiel 'wethouder'; de profielen zijn: college, raad, ondernemingsraad"
    assert issue.location.line == where(text, "standaardprofiel:")


def test_standaardprofiel_beside_the_files_own_weights(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES + "standaardprofiel: raad\n")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("'standaardprofiel' kan alleen als het bestand zelf geen gewichten heeft")


def test_a_criterion_nobody_weighs_or_scores_is_dropped(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.split("\n", 1)[1]).replace(
        "  - {id: nabijheid, schaal: oordeel}\n", "  - {id: nabijheid, schaal: oordeel}\n  - {id: later}\n")

    s = opened(write_scenario(text))

    assert [c.id for c in s.dropped] == ["later"]


def test_profile_messages_in_english(write_scenario: WriteScenario) -> None:
    text = scenario(PROFILES.replace("{ict: 10, vertrouwen: 10, kosten: 70, nabijheid: 10}", "{ict: 10, kosten: 70}"))
    path = write_scenario(text)
    set_language("en")

    issue = only_problem(path)

    assert issue.message == "profile 'college' lacks a weight for: vertrouwen, nabijheid"


def test_a_knock_out_criterion_may_be_left_out_of_every_weighting(write_scenario: WriteScenario) -> None:
    """It then only acts as the requirement: weight 0 in each profile and the group."""
    text = scenario(PROFILES.split("\n", 1)[1]).replace(
        "  - {id: nabijheid, schaal: oordeel}\n",
        "  - {id: nabijheid, schaal: oordeel}\n  - {id: bereid, schaal: janee, minimum: ja}\n").replace(
        'nabijheid: "+"}', 'nabijheid: "+", bereid: ja}').replace('nabijheid: "-"}', 'nabijheid: "-", bereid: ja}')

    s = opened(write_scenario(text))

    assert [shares(s, w.id)["bereid"] for w in s.weightings] == [0.0, 0.0, 0.0, 0.0]
    assert s.weighting == "groep"


def test_weegt_niet_with_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: rangorde\n  volgorde: [kosten, ict, vertrouwen, nabijheid]\n  weegt_niet: [prijs]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend criterium 'prijs'"
    assert issue.location.line == where(text, "weegt_niet:")


def test_weegt_niet_for_every_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: rangorde, volgorde: [], weegt_niet: [kosten, ict, vertrouwen, nabijheid]}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "elk criterium staat onder 'weegt_niet'; er moet minstens één meetellen"


def test_swing_for_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = scenario("weging:\n  methode: swing\n  swing:\n    kosten: 100\n    ict: 60\n    vertrouwen: 40\n"
                    "    nabijheid: 10\n    prijs: 20")

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend criterium 'prijs'"
    assert issue.location.line == where(text, "prijs: 20")


def test_an_unknown_formula(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: rangorde, volgorde: [kosten, ict, vertrouwen, nabijheid], formule: centroid}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'formule' moet roc, rs of rr zijn (gekregen: 'centroid')"


def test_a_knock_out_criterion_may_also_be_named_with_weight_zero(write_scenario: WriteScenario) -> None:
    text = scenario("weging: {methode: swing, swing: {ict: 100, vertrouwen: 50, kosten: 50, nabijheid: 10, bereid: 0}}"
                    ).replace("  - {id: nabijheid, schaal: oordeel}\n",
                              "  - {id: nabijheid, schaal: oordeel}\n  - {id: bereid, schaal: janee, minimum: ja}\n"
                              ).replace('nabijheid: "+"}', 'nabijheid: "+", bereid: ja}').replace(
                                  'nabijheid: "-"}', 'nabijheid: "-", bereid: nee}')

    s = opened(write_scenario(text))

    assert shares(s)["bereid"] == 0.0
    assert [e.candidate.id for e in s.excluded] == ["stad"]
