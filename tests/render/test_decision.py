"""Words and JSON for the decision model (``render/decision.py``): weights used, knock-outs, status quo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from partnerkeuze.app.service import open_scenario, rank, sensitivity
from partnerkeuze.language import set_language
from partnerkeuze.render.decision import (
    cr_warning,
    excluded_lines,
    excluded_note,
    rank_notes,
    ranking_extras,
    scores_sampled_sentence,
    sensitivity_extras,
    signed_points,
    status_quo_cells,
    status_quo_sentence,
    weighting_note,
)
from partnerkeuze.scenario.resolved import select

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"


def opened(stem: str):  # noqa: ANN201
    return open_scenario(SCENARIOS / f"{stem}.yaml")[1]


def test_signed_points_use_a_real_minus_and_no_sign_for_zero() -> None:
    assert [signed_points(x) for x in (0.3, -0.05, 0.0, 0.00001)] == ["+30,0", "\u22125,0", "0,0", "0,0"]


def test_the_status_quo_row_and_sentence() -> None:
    ranking = rank(opened("haaksbergen-2020"))

    assert status_quo_cells(ranking) == ["+30,0", "+23,8", "status quo"]
    assert status_quo_sentence(ranking) == (
        "Beter dan de status quo (Bedrijfsvoering in eigen huis versterken, 45,0): "
        "Hengelo (+30,0 punten) en Enschede (+23,8 punten).")


def test_when_nothing_beats_the_status_quo() -> None:
    scenario = opened("haaksbergen-2020")
    ranking = rank(scenario, {"vertrouwen": 0, "ict": 0, "voorwaarden": 0, "bestaande_samenwerking": 0,
                              "kwetsbaarheid": 0, "kosten_structureel": 100})

    assert status_quo_sentence(ranking) == (
        "Geen enkele kandidaat scoort beter dan de status quo (Bedrijfsvoering in eigen huis versterken, 65,0): "
        "de status quo blijft de beste keuze.")


def test_no_status_quo_no_row() -> None:
    scenario = opened("haaksbergen-2020")
    plain = rank(replace(scenario, candidates=tuple(replace(c, status_quo=False) for c in scenario.candidates)))

    assert status_quo_cells(plain) is None
    assert status_quo_sentence(plain) is None


def test_notes_name_the_profile_and_how_it_was_weighed() -> None:
    scenario = opened("haaksbergen-2020")

    assert weighting_note(scenario) is None  # the file's own points: nothing to say
    assert weighting_note(select(scenario, "college")) == "Gewichten: profiel college (College van B&W) (rangorde, ROC)."
    assert weighting_note(select(scenario, "raad")).startswith("Gewichten: profiel raad (Gemeenteraad) (paarsgewijs (AHP), CR 0,00).")
    assert weighting_note(select(scenario, "groep")) == "Gewichten: het groepsprofiel (gemiddelde)."
    assert cr_warning(select(scenario, "raad")) is None
    assert rank_notes(rank(scenario)) == [
        "Profielen in dit bestand: college, raad, ondernemingsraad, groep. Rangschik met --profiel NAAM; "
        "vergelijk ze met 'partnerkeuze profiles'."]


def test_ommen_notes_exclusions_and_uncertain_scores() -> None:
    scenario = opened("ommen-ict")
    ranking = rank(scenario)

    assert excluded_lines(scenario) == [
        "Gemeente Hardenberg: Aanbieder is bereid en in staat de dienst te leveren: nee (minimaal ja vereist)"]
    assert excluded_note(scenario) == (
        "De analyse gaat alleen over de kandidaten die aan de harde eisen voldoen; niet meegenomen: Gemeente Hardenberg.")
    assert any(note.startswith("Onzekere scores") for note in rank_notes(ranking))


def test_the_sensitivity_says_which_scores_were_drawn() -> None:
    report = sensitivity(opened("ommen-ict"), samples=200)

    assert scores_sampled_sentence(report).startswith("Ook 2 onzekere scores zijn getrokken: uniform binnen een bereik, Beta-PERT")  # type: ignore[union-attr]
    assert scores_sampled_sentence(sensitivity(opened("leidse-regio"), samples=200)) is None


def test_rank_json_extras() -> None:
    extras = ranking_extras(rank(opened("ommen-ict")))

    assert list(extras) == ["excluded", "status_quo", "profile", "uncertain_scores"]
    assert extras["excluded"][0]["id"] == "hardenberg"
    assert extras["excluded"][0]["failed"] == [{
        "criterion": "bereid", "requirement": "minimum", "bound": 1.0, "score": 0.0,
        "text": "Aanbieder is bereid en in staat de dienst te leveren: nee (minimaal ja vereist)"}]
    assert extras["status_quo"]["id"] == "zelf_doen"
    assert extras["status_quo"]["differences"]["zelf_doen"] == 0
    assert extras["status_quo"]["beaten_by"] == ["zwolle", "ict_samenwerking", "dalfsen", "marktpartij"]
    assert extras["profile"] == {"id": "bestand", "name": "bestand", "kind": "file", "method": "punten"}
    assert {(u["candidate"], u["criterion"], u["distribution"]) for u in extras["uncertain_scores"]} == {
        ("ict_samenwerking", "kosten_incidenteel", "uniform"), ("marktpartij", "kosten_structureel", "pert")}


def test_sensitivity_json_extras_follow_the_profile() -> None:
    report = sensitivity(select(opened("haaksbergen-2020"), "raad"), samples=0)

    extras = sensitivity_extras(report)

    assert extras["excluded"] == []
    assert extras["profile"]["id"] == "raad"
    assert extras["profile"]["consistency_ratio"] < 0.1


def test_english_words() -> None:
    set_language("en")
    ranking = rank(opened("haaksbergen-2020"))

    assert status_quo_sentence(ranking).startswith("Better than the status quo")  # type: ignore[union-attr]
