"""Value functions in the file (``valuepoints.py``): both forms, and every mistake located."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.language import set_language
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ValueFunction
from scenario.test_loading import problems, where
from scenario.test_loading import variant as loading_variant

WriteScenario = Callable[..., Path]

BASE = """\
versie: 1
titel: Keuze van een partner
criteria:
  - id: kosten
    naam: Kosten per jaar
    eenheid: EUR
    gewicht: 40
    waardefunctie:
      - [300000, 100]
      - [450000, 70]
      - [600000, 20]
      - [800000, 0]
  - id: kwaliteit
    schaal: oordeel
    gewicht: 35
    waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}
kandidaten:
  - id: enschede
    scores: {kosten: 500000, kwaliteit: "++"}
  - id: hengelo
    scores: {kosten: 350000, kwaliteit: "0"}
"""


def variant(old: str, new: str, text: str = BASE) -> str:
    return loading_variant(old, new, text)


def only(path: Path) -> tuple[int, int, str]:
    found = problems(path)
    assert len(found) == 1, [str(i) for i in found]
    return found[0].location.line, found[0].location.column, found[0].message


def test_both_forms_resolve_to_points(write_scenario: WriteScenario) -> None:
    scenario = resolve(load(write_scenario(BASE)))
    costs, quality = scenario.criteria

    assert costs.value_function == ValueFunction(((300000, 100), (450000, 70), (600000, 20), (800000, 0)))
    assert (costs.low, costs.high, costs.fixed_range, costs.direction) == (300000, 800000, True, "min")
    assert quality.value_function == ValueFunction(
        ((1, 0), (2, 15), (3, 45), (4, 80), (5, 100)), labels=("--", "-", "0", "+", "++"))
    assert (quality.low, quality.high, quality.direction) == (1, 5, "max")


def test_english_key_and_unquoted_label(write_scenario: WriteScenario) -> None:
    text = variant('waardefunctie: {"--": 0, "-": 15, "0": 45', 'value_function: {"--": 0, "-": 15, 0: 45', BASE)

    quality = resolve(load(write_scenario(text))).criteria[1]

    assert quality.value_function is not None
    assert quality.value_function.labels == ("--", "-", "0", "+", "++")


def test_a_function_that_rises_and_falls_is_allowed(write_scenario: WriteScenario) -> None:
    text = variant("[800000, 0]", "[800000, 50]")

    costs = resolve(load(write_scenario(text))).criteria[0]

    assert costs.value_function is not None
    assert costs.direction == "min"  # ends lower than it starts


def test_a_score_outside_the_points_is_located_at_the_score(write_scenario: WriteScenario) -> None:
    text = variant("kosten: 500000,", "kosten: 900000,")

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, "kosten: 900000", "900000")
    assert "900000" in message
    assert "300000 tot 800000" in message
    assert "waardefunctie" in message


def test_richting_beside_a_function_is_a_mistake(write_scenario: WriteScenario) -> None:
    text = variant("    eenheid: EUR\n", "    eenheid: EUR\n    richting: min\n")

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, "richting")
    assert "richting" in message
    assert "waardefunctie" in message


def test_bereik_beside_a_function_is_a_mistake(write_scenario: WriteScenario) -> None:
    text = variant("    eenheid: EUR\n", "    eenheid: EUR\n    bereik: [0, 1000000]\n")

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, "bereik")
    assert "bereik" in message


@pytest.mark.parametrize(
    ("new", "at", "words"),
    [
        ("[450000, 170]", "170", ("punt 2", "0 tot en met 100", "170")),
        ("[250000, 70]", "250000", ("oplopen", "250000", "300000")),
        ("[450000, 70, 1]", "[", ("punt 2", "[score, waarde]")),
        ('["veel", 70]', '"veel"', ("punt 2", "getal")),
        ("[450000, nee]", "nee", ("punt 2", "'nee'")),
    ],
)
def test_a_bad_point_is_located_at_the_point(
    write_scenario: WriteScenario, new: str, at: str, words: tuple[str, ...]
) -> None:
    text = variant("[450000, 70]", new)

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, new, at)
    assert all(word in message for word in words), message


def test_one_point_is_not_a_function(write_scenario: WriteScenario) -> None:
    text = variant("      - [300000, 100]\n      - [450000, 70]\n      - [600000, 20]\n", "")
    text = variant("scores: {kosten: 500000,", "scores: {kosten: 800000,", text)
    text = variant("scores: {kosten: 350000,", "scores: {kosten: 800000,", text)

    line, _, message = only(write_scenario(text))

    assert line == where(text, "waardefunctie:\n")[0] + 1
    assert "minstens twee punten" in message


def test_a_label_in_a_list_of_points_gets_a_hint(write_scenario: WriteScenario) -> None:
    text = variant('waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}',
                   'waardefunctie: [["--", 0], ["++", 100]]')

    first, second = problems(write_scenario(text))  # one per point

    assert second.message == first.message.replace("punt 1", "punt 2")
    message = first.message
    assert '{"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}' in message


@pytest.mark.parametrize(
    ("new", "at", "words"),
    [
        ('{"--": 0, "-": 15, "0": 45, "+": 80, "++": 100, "+++": 120}', '"+++"', ("'+++'", "oordeel", "--, -, 0, +, ++")),
        ('{"--": 0, "-": 15, "0": 45, "+": 80}', "{", ("'++'",)),
        ('{"--": 0, "-": 15, "0": 45, "+": 80, "++": 101}', "101", ("'++'", "101")),
    ],
)
def test_a_bad_label_value_is_located(
    write_scenario: WriteScenario, new: str, at: str, words: tuple[str, ...]
) -> None:
    text = variant('{"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}', new)

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, new, at)
    assert all(word in message for word in words), message


def test_labels_need_a_scale(write_scenario: WriteScenario) -> None:
    text = variant("    schaal: oordeel\n", "")
    text = variant('kwaliteit: "++"', "kwaliteit: 5", text)
    text = variant('kwaliteit: "0"', "kwaliteit: 3", text)

    line, _, message = only(write_scenario(text))

    assert line == where(text, "waardefunctie: {")[0]
    assert "geen schaal" in message


def test_the_wrong_type_is_a_schema_error(write_scenario: WriteScenario) -> None:
    text = variant('waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}', "waardefunctie: steil")

    line, _, message = only(write_scenario(text))

    assert line == where(text, "steil")[0]
    assert "lijst van punten" in message


def test_messages_in_english(write_scenario: WriteScenario) -> None:
    set_language("en")
    _, _, message = only(write_scenario(variant("[450000, 70]", "[450000, 170]")))

    assert message.startswith("the value of point 2 of the value function of criterion 'kosten'")


def test_a_scenario_function_replaces_the_sets_direction_and_range(write_scenario: WriteScenario) -> None:
    """Set haaksbergen has no money criterion; a set of our own has kosten with richting and bereik."""
    write_scenario(
        "versie: 1\nnaam: Set\ncriteria:\n  - id: kosten\n    richting: min\n    bereik: [0, 1000000]\n",
        name="set.yaml",
    )
    path = write_scenario(
        "versie: 1\ntitel: T\ncriteriaset: set.yaml\ngewichten: {kosten: 1}\ncriteria:\n"
        "  - id: kosten\n    waardefunctie: [[0, 100], [1000000, 0]]\n"
        "kandidaten:\n  - id: a\n    scores: {kosten: 10}\n"
    )

    costs = resolve(load(path)).criteria[0]

    assert costs.value_function == ValueFunction(((0, 100), (1000000, 0)))


def test_scores_too_far_apart_to_compute_with(write_scenario: WriteScenario) -> None:
    text = variant("[800000, 0]", "[1.0e+308, 0]").replace("[300000, 100]", "[-1.0e+308, 100]")

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, "[1.0e+308, 0]", "1.0")
    assert "te ver uit elkaar" in message


def test_a_huge_score_is_quoted_short(write_scenario: WriteScenario) -> None:
    """1e+300 in the message, not the 301 digits of int(1e300)."""
    text = variant("[450000, 70]", "[1.0e+300, 70]")

    line, column, message = only(write_scenario(text))

    assert (line, column) == where(text, "[600000, 20]", "600000")
    assert "na 1e+300" in message
