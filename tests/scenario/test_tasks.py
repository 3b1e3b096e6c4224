"""Tasks (``taken:``): one scenario per task, and every bad task key located."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app.service import open_scenario
from partnerkeuze.errors import ScenarioInvalid, UsageError
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.tasks import layer_ids, task_view

BASE = """\
versie: 1
titel: Taken
gewichten: {kwaliteit: 50, kosten: 50}
lagen:
  beleid:
    gewichten: {kwaliteit: 80, kosten: 20}
taken:
  - id: ict
    laag: bedrijfsvoering
  - id: nota
    naam: Beleidsnota
    laag: beleid
    kandidaten: [a, b]
criteria:
  - id: kwaliteit
  - id: kosten
kandidaten:
  - id: a
    scores: {kwaliteit: 1, kosten: 9}
    scores_per_taak:
      nota: {kwaliteit: 9}
  - id: b
    scores: {kwaliteit: 5, kosten: 5}
  - id: c
    scores: {kwaliteit: 9, kosten: 1}
"""

Write = Callable[..., Path]


def issues(write_scenario: Write, text: str) -> list[str]:
    with pytest.raises(ScenarioInvalid) as caught:
        load(write_scenario(text))
    return [str(issue).split("scenario.yaml", 1)[1] for issue in caught.value.issues]


def test_a_shared_score_applies_to_every_task_unless_the_task_overrides_it(write_scenario: Write) -> None:
    loaded = load(write_scenario(BASE))

    ict = resolve(loaded, "ict")
    nota = resolve(loaded, "nota")

    assert [c.id for c in ict.candidates] == ["a", "b", "c"]
    assert [c.scores[0].raw for c in ict.candidates] == [1, 5, 9]
    assert [c.id for c in nota.candidates] == ["a", "b"]  # only who offers the task
    assert [c.scores[0].raw for c in nota.candidates] == [9, 5]  # a's override
    assert [c.scores[1].raw for c in nota.candidates] == [9, 5]  # shared kosten


def test_a_task_takes_its_layers_weights_else_the_files(write_scenario: Write) -> None:
    loaded = load(write_scenario(BASE))

    assert [c.points for c in resolve(loaded, "ict").criteria] == [50, 50]
    assert [c.points for c in resolve(loaded, "nota").criteria] == [80, 20]


def test_a_tasks_own_weights_come_before_its_layers(write_scenario: Write) -> None:
    text = BASE.replace("    kandidaten: [a, b]\n", "    kandidaten: [a, b]\n    gewichten: {kwaliteit: 10, kosten: 90}\n")

    assert [c.points for c in resolve(load(write_scenario(text)), "nota").criteria] == [10, 90]


def test_a_task_may_use_a_profile(write_scenario: Write) -> None:
    text = BASE.replace("    kandidaten: [a, b]\n", "    kandidaten: [a, b]\n    profiel: raad\n") + (
        "profielen:\n  raad:\n    gewichten: {kwaliteit: 30, kosten: 70}\n"
    )

    assert [c.points for c in resolve(load(write_scenario(text)), "nota").criteria] == [30, 70]


def test_the_resolved_task_knows_its_name_layer_and_siblings(write_scenario: Write) -> None:
    nota = resolve(load(write_scenario(BASE)), "nota")

    assert (nota.task, nota.task_name, nota.layer, nota.tasks) == ("nota", "Beleidsnota", "beleid", ("ict", "nota"))


def test_without_a_task_the_first_task_is_resolved(write_scenario: Write) -> None:
    assert resolve(load(write_scenario(BASE))).task == "ict"


def test_task_view_keeps_the_file_intact(write_scenario: Write) -> None:
    loaded = load(write_scenario(BASE))

    view = task_view(loaded, loaded.scenario.tasks[1])

    assert len(view.scenario.candidates) == 2
    assert len(loaded.scenario.candidates) == 3


def test_the_four_standard_layers_are_always_known(write_scenario: Write) -> None:
    assert layer_ids(load(write_scenario(BASE)).scenario)[:4] == ["bedrijfsvoering", "uitvoering", "beleid", "strategie"]


def test_open_scenario_refuses_an_unknown_task(write_scenario: Write) -> None:
    with pytest.raises(UsageError, match="onbekende taak 'archief' \\(bekend: ict, nota\\)"):
        open_scenario(write_scenario(BASE), "archief")


def test_open_scenario_refuses_a_task_for_a_file_without_tasks(write_scenario: Write) -> None:
    text = BASE.split("lagen:")[0] + "criteria:\n  - id: kwaliteit\n  - id: kosten\n" + BASE.split("criteria:\n  - id: kwaliteit\n  - id: kosten\n")[1]
    text = text.replace("    scores_per_taak:\n      nota: {kwaliteit: 9}\n", "")

    with pytest.raises(UsageError, match="geen taken"):
        open_scenario(write_scenario(text), "ict")


# --- one test per bad input: message and line ---------------------------------------------


def test_unknown_layer(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("laag: bedrijfsvoering", "laag: bedrijfsvoeren"))

    assert found == [(":9:11: taak 'ict' hoort bij onbekende laag 'bedrijfsvoeren' "
                      "(bekend: bedrijfsvoering, uitvoering, beleid, strategie; voeg hem toe onder lagen)")]


def test_duplicate_task(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("  - id: nota\n", "  - id: ict\n"))

    assert ":10:5: taak 'ict' staat er twee keer in (ook op regel 8)" in found[0]


def test_unknown_candidate_in_a_task(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("kandidaten: [a, b]", "kandidaten: [a, x]"))

    assert len(found) == 1
    assert ":13:21: taak 'nota' noemt onbekende kandidaat 'x' (bekend: a, b, c)" in found[0]


def test_a_task_without_candidates(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("kandidaten: [a, b]", "kandidaten: []"))

    assert len(found) == 1
    assert ":13:17:" in found[0]


def test_scores_for_an_unknown_task(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("      nota: {kwaliteit: 9}", "      notaa: {kwaliteit: 9}"))

    assert len(found) == 1
    assert ":21:7: kandidaat 'a' heeft scores voor onbekende taak 'notaa' (bekend: ict, nota)" in found[0]


def test_scores_for_a_task_the_candidate_does_not_offer(write_scenario: Write) -> None:
    text = BASE.replace("kandidaten: [a, b]", "kandidaten: [b, c]")

    found = issues(write_scenario, text)

    assert len(found) == 1
    assert ":21:7: kandidaat 'a' heeft scores voor taak 'nota', maar staat niet bij de kandidaten van die taak" in found[0]


def test_two_ways_of_weighing_a_task(write_scenario: Write) -> None:
    text = BASE.replace("    kandidaten: [a, b]\n", "    kandidaten: [a, b]\n    gewichten: {kwaliteit: 1, kosten: 1}\n    profiel: raad\n")

    found = issues(write_scenario, text)

    assert ":15:5: kies één manier van wegen: 'gewichten' of 'profiel', niet allebei" in found[0]


def test_unknown_criterion_in_a_task_score_is_located_at_the_override(write_scenario: Write) -> None:
    found = issues(write_scenario, BASE.replace("nota: {kwaliteit: 9}", "nota: {kwalitiet: 9}"))

    assert any(":21:14: taak nota: kandidaat 'a' heeft een score voor onbekend criterium 'kwalitiet'" in f for f in found), found


def test_a_missing_score_in_one_task_names_the_task(write_scenario: Write) -> None:
    text = BASE.replace("    scores: {kwaliteit: 1, kosten: 9}\n", "    scores: {kosten: 9}\n")

    found = issues(write_scenario, text)

    assert found == [":18:5: taak ict: kandidaat 'a' heeft geen score voor criterium 'kwaliteit'"]


def test_an_unknown_profile_for_a_layer(write_scenario: Write) -> None:
    text = BASE.replace("    gewichten: {kwaliteit: 80, kosten: 20}\n", "    profiel: raad\n")

    found = issues(write_scenario, text)

    assert len(found) == 1
    assert ":6:14:" in found[0]
    assert "'raad'" in found[0]


@pytest.mark.parametrize(
    ("extra", "key"),
    [("coordinatiekosten_per_partner: 5\n", "coordinatiekosten_per_partner"), ("lagen:\n  beleid: {}\n", "lagen")],
)
def test_task_keys_without_tasks(write_scenario: Write, extra: str, key: str) -> None:
    text = "versie: 1\ntitel: T\n" + extra + "criteria:\n  - id: k\n    gewicht: 1\nkandidaten:\n  - id: a\n    scores: {k: 1}\n"

    found = issues(write_scenario, text)

    assert found == [f":3:1: '{key}' hoort bij taken, maar dit bestand heeft geen 'taken:'"]
