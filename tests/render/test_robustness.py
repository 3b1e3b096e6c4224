"""Sensitivity sentences (``render/robustness.py``): what a memo may quote must be true."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app import service
from partnerkeuze.app.results import SensitivityReport
from partnerkeuze.render.jsonout import sensitivity_json
from partnerkeuze.render.robustness import (
    conservative,
    memo_sensitivity,
    pct,
    pct_down,
    pct_up,
    sentences,
    share_text,
)

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"
WriteScenario = Callable[..., Path]


def report_of(name: str, samples: int = 0, **overrides: float) -> SensitivityReport:
    _, scenario = service.open_scenario(SCENARIOS / name)
    return service.sensitivity(scenario, overrides, samples=samples)


def test_percentages_round_inwards_for_the_claims_they_support() -> None:
    assert pct(0.25) == "25%"
    assert pct_up(0.11625) == "11,7%"
    assert pct_down(0.11625) == "11,6%"
    assert pct_up(0.36) == pct_down(0.36) == "36%"  # no rounding where none is needed


def test_thresholds_round_to_the_safe_side_of_the_criterion() -> None:
    # A cost (lower is better) may rise to at most the bound: round down.
    assert conservative(591_666.67, (0, 1_000_000), maximise=False) == 591_600
    # A benefit needs at least the bound: round up.
    assert conservative(591_666.67, (0, 1_000_000), maximise=True) == 591_700
    assert conservative(740_000.0000001, (0, 1_000_000), maximise=False) == 740_000


def test_shares_that_round_away_are_still_visible() -> None:
    assert share_text(0.00004) == "<0,1%"
    assert share_text(0.99996) == ">99,9%"
    assert share_text(0.0) == "0,0%"
    assert share_text(1.0) == "100,0%"


def test_haaksbergen_sentences_state_the_hand_computed_bound() -> None:
    """Hengelo 0,75 and Enschede 0,6875 at w(kwetsbaarheid) = 0,2; on that criterion
    Hengelo scores + (v = 0,75) and Enschede ++ (v = 1). METHODS §1.2:
    D = 0,0625, Δr = -0,25, t* = (0,2 · -0,25 - 0,0625) / (-0,25 - 0,0625) = 0,36.
    """
    report = report_of("haaksbergen-2020.yaml")
    said = sentences(report)
    assert (
        "Hengelo blijft eerste zolang het gewicht van Vermindering van kwetsbaarheid "
        "hoogstens 36% is (nu 20%); daarboven wordt Enschede eerste."
    ) in said.weights
    enschede = next(s for s in said.challengers if s.startswith("Enschede"))
    assert "het gewicht van Vermindering van kwetsbaarheid boven 36% komt" in enschede
    # One label step on ICT (weight 25%) is worth exactly the 6,25 points Enschede lacks.
    assert "de score op ICT-aansluiting van ‘0’ naar ‘+’ gaat" in enschede  # labels quoted: a bare - reads as a dash
    assert any("bij elk gewicht van Vertrouwen" in s for s in said.weights)


def test_a_weight_sentence_holds_at_its_rounded_bound() -> None:
    """Put the weight exactly at the printed (rounded) bound: the winner is still first."""
    _, scenario = service.open_scenario(SCENARIOS / "ommen-ict.yaml")
    report = service.sensitivity(scenario, samples=0)
    ids = [c.id for c in scenario.criteria]
    for item in report.intervals:
        if item.winner is None:
            continue
        for bound, text in ((item.winner.low, pct_up(item.winner.low.weight)),
                            (item.winner.high, pct_down(item.winner.high.weight))):
            share = float(text.rstrip("%").replace(",", ".")) / 100
            k = item.criterion
            others = sum(c.points for j, c in enumerate(scenario.criteria) if j != k)
            points = {ids[k]: share / (1 - share) * others} if share < 1 else None
            if points is None or bound.pair is None:
                continue
            ranking = service.rank(scenario, points)
            assert ranking.winners[0].id == "zwolle", (ids[k], text)


def test_a_candidate_that_cannot_win_by_one_change_is_said_so() -> None:
    said = sentences(report_of("ommen-ict.yaml"))
    assert "ICT zelf uitvoeren wordt met één wijziging van een gewicht of een score niet eerste." in said.challengers


def test_the_monte_carlo_sentence_names_seed_and_sampling() -> None:
    said = sentences(report_of("ommen-ict.yaml", samples=2_000))
    assert said.acceptability is not None
    assert said.acceptability.startswith("Bij 2.000 trekkingen van de gewichten rond de gekozen gewichten")
    assert "seed 0" in said.acceptability


def test_the_monte_carlo_sentence_says_when_uncertain_scores_were_drawn_too() -> None:
    uncertain = sentences(report_of("ommen-ict.yaml", samples=500)).acceptability
    certain = sentences(report_of("haaksbergen-2020.yaml", samples=500)).acceptability

    assert uncertain is not None
    assert certain is not None
    assert ", en van de onzekere scores, seed 0," in uncertain
    assert "onzekere scores" not in certain


def test_english_sentences(reset_language: None) -> None:
    from partnerkeuze.language import set_language

    set_language("en")
    said = sentences(report_of("haaksbergen-2020.yaml"))
    assert any("stays first as long as the weight of" in s for s in said.weights)


def test_memo_section_lists_intervals_most_fragile_first() -> None:
    memo = memo_sensitivity(report_of("haaksbergen-2020.yaml", samples=1_000))
    assert memo.intervals[0].criterion == "Vermindering van kwetsbaarheid"
    assert memo.intervals[0].winner_high == pytest.approx(0.36, abs=1e-12)
    assert memo.intervals[0].takeover_high == "Enschede"
    assert memo.seed == 0
    assert memo.samples == 1_000
    assert sum(share for _, share in memo.first_shares) == pytest.approx(1.0)


# --- the cross-check with TOPSIS and the weighted product (methods.py) ------------------


def with_methods(report: SensitivityReport, *checks: tuple[str, tuple[int, ...]]) -> SensitivityReport:
    """The report with hand-made method winners (indices into the scenario's candidates)."""
    import dataclasses

    from partnerkeuze.app.results import MethodCheck

    first = {c.index for c in report.ranking.winners}
    made = tuple(MethodCheck(method, winners, set(winners) == first) for method, winners in checks)
    return dataclasses.replace(report, methods=made)


def test_the_methods_sentence_when_both_agree() -> None:
    said = sentences(report_of("haaksbergen-2020.yaml"))

    assert said.methods == "Onder TOPSIS en het gewogen product staat Hengelo ook eerste."


def test_the_methods_sentence_names_another_winner() -> None:
    """Ommen: TOPSIS picks Zwolle as the weighted sum does; the weighted product picks the
    regional cooperation (its ratios of costs weigh differently)."""
    said = sentences(report_of("ommen-ict.yaml"))

    assert said.methods == (
        "Onder TOPSIS staat Gemeente Zwolle ook eerste; onder het gewogen product staat "
        "Regionale ICT-samenwerking eerste (gewogen som: Gemeente Zwolle)."
    )


def test_the_methods_sentence_groups_methods_with_the_same_other_winner_and_ties() -> None:
    report = report_of("haaksbergen-2020.yaml")  # candidates: enschede, hengelo, zelf_doen
    assert sentences(with_methods(report, ("topsis", (0,)), ("wpm", (0,)))).methods == (
        "Onder TOPSIS en het gewogen product staat Enschede eerste (gewogen som: Hengelo)."
    )
    assert sentences(with_methods(report, ("topsis", (1, 0)), ("wpm", (1,)))).methods == (
        "Onder TOPSIS staan Hengelo en Enschede gedeeld eerste (gewogen som: Hengelo); "
        "onder het gewogen product staat Hengelo ook eerste."
    )


def test_the_methods_sentence_goes_into_the_memo_and_english() -> None:
    from partnerkeuze.language import set_language

    report = report_of("haaksbergen-2020.yaml")
    assert "Onder TOPSIS en het gewogen product staat Hengelo ook eerste." in memo_sensitivity(report).sentences
    set_language("en")
    assert sentences(report).methods == "Under TOPSIS and the weighted product, Hengelo also ranks first."


def test_without_methods_there_is_no_sentence() -> None:
    report = with_methods(report_of("haaksbergen-2020.yaml"))

    assert sentences(report).methods is None


# --- score thresholds on a value function (issue #13) ---------------------------------------


def curved_report(write_scenario: WriteScenario, function: str, enschede: str, hengelo: str,
                  quality: tuple[float, float], unit: str = "EUR") -> SensitivityReport:
    """Two candidates, 50:50 on a criterion with ``function`` and one of quality (0-10)."""
    text = (
        "versie: 1\ntitel: T\ncriteria:\n"
        f"  - {{id: k, naam: Kosten per jaar, eenheid: {unit}, gewicht: 50, waardefunctie: {function}}}\n"
        "  - {id: q, naam: Kwaliteit, gewicht: 50, bereik: [0, 10]}\n"
        f"kandidaten:\n  - {{id: hengelo, naam: Hengelo, scores: {{k: {hengelo}, q: {quality[0]}}}}}\n"
        f"  - {{id: enschede, naam: Enschede, scores: {{k: {enschede}, q: {quality[1]}}}}}\n"
    )
    _, scenario = service.open_scenario(write_scenario(text))
    return service.sensitivity(scenario, samples=0)


def test_a_cost_function_says_the_raw_score_a_challenger_needs(write_scenario: WriteScenario) -> None:
    """The issue's sentence: 'Enschede wordt eerste als de kosten onder € 412.500 komen'.

    Hengelo: € 350.000 (1/3 of the way from 300.000 (100) to 450.000 (70): 90), kwaliteit 5:
    0,5 x 0,9 + 0,5 x 0,5 = 0,7. Enschede: kwaliteit 6,25 (0,3125 points), so it needs
    0,5 v >= 0,3875, v >= 0,775: on 300.000-450.000 v = 1 - 0,3 t, t = 0,75, € 412.500.
    """
    report = curved_report(write_scenario, "[[300000, 100], [450000, 70], [600000, 20], [800000, 0]]",
                           "500000", "350000", (5, 6.25))

    cell = report.thresholds.cell(1, 0)
    said = " ".join(sentences(report).challengers)

    assert cell.threshold == pytest.approx(412_500)
    assert "de score op Kosten per jaar van € 500.000 naar € 412.500 of minder gaat" in said


def test_a_single_peaked_function_bounds_the_winner_on_both_sides(write_scenario: WriteScenario) -> None:
    """Distance, best at 20 km (0: 60, 20: 100, 50: 0). Hengelo at 20 km (1,0) with kwaliteit 0 has 0,5;
    Enschede at 50 km (0) with kwaliteit 8 has 0,4. Hengelo stays first while 0,5 v >= 0,4, v >= 0,8:
    10 km on the rising piece (0,6 + 0,4 x 10/20), 26 km on the falling one (1 - 6/30 = 0,8).
    Enschede needs 0,5 v >= 0,1, v >= 0,2: from 0 up to 44 km (1 - 24/30 = 0,2).
    """
    report = curved_report(write_scenario, "[[0, 60], [20, 100], [50, 0]]", "50", "20", (0, 8), unit="km")
    said = sentences(report)

    assert ("De score van Hengelo op Kosten per jaar mag tussen 10 km en 26 km liggen (nu 20 km) zonder dat "
            "Hengelo de eerste plaats verliest; daarbuiten, aan beide kanten, verliest Hengelo die.") in said.winner_scores
    assert "de score op Kosten per jaar van 50 km naar 44 km of minder gaat" in " ".join(said.challengers)
    assert [list(r) for r in report.thresholds.cell(0, 0).regions or ()] == [pytest.approx([10, 26])]


def test_a_valley_gives_a_challenger_two_intervals(write_scenario: WriteScenario) -> None:
    """Valley (0: 100, 10: 0, 20: 100): Hengelo at 5 (0,5) has 0,5; Enschede at 10 (0) has 0,25
    and needs 0,5 v >= 0,25, v >= 0,5: up to 5 or from 15 on."""
    report = curved_report(write_scenario, "[[0, 100], [10, 0], [20, 100]]", "10", "5", (5, 5.0), unit="km")

    said = " ".join(sentences(report).challengers)

    assert "de score op Kosten per jaar van 10 km naar 5 km of minder of naar 15 km of meer gaat" in said
    document = json.loads(sensitivity_json(report))
    regions = next(c["regions"] for c in document["score_thresholds"] if c["candidate"] == "enschede" and
                   c["criterion"] == "k")
    assert regions == [pytest.approx([0, 5]), pytest.approx([15, 20])]
    assert "regions" not in next(c for c in document["score_thresholds"] if c["criterion"] == "q")


def test_a_function_per_label_names_the_label_of_least_value_that_is_enough(write_scenario: WriteScenario) -> None:
    """Hengelo '0' (100) with kwaliteit 0 has 0,5; Enschede '--' (0) with kwaliteit 6 has 0,3: it needs
    0,5 v >= 0,2, v >= 0,4. '-' and '+' are both worth 50: '-' is nearer to '--'. Hengelo stays
    first only while v >= 0,6: no other label is worth that much."""
    text = ("versie: 1\ntitel: T\ncriteria:\n  - {id: k, naam: Klik, gewicht: 50, schaal: oordeel,\n"
            '     waardefunctie: {"--": 0, "-": 50, "0": 100, "+": 50, "++": 0}}\n'
            "  - {id: q, naam: Kwaliteit, gewicht: 50, bereik: [0, 10]}\n"
            'kandidaten:\n  - {id: hengelo, naam: Hengelo, scores: {k: "0", q: 0}}\n'
            '  - {id: enschede, naam: Enschede, scores: {k: "--", q: 6}}\n')
    _, scenario = service.open_scenario(write_scenario(text))
    report = service.sensitivity(scenario, samples=0)

    said = sentences(report)

    assert "de score op Klik van ‘--’ naar ‘-’ gaat" in " ".join(said.challengers)
    assert "Wordt de score van Hengelo op Klik slechter dan ‘0’, dan verliest Hengelo de eerste plaats." in (
        said.winner_scores)


def test_an_uncertain_score_of_labels_is_quoted_label_by_label(write_scenario: WriteScenario) -> None:
    """'van ‘past niet’ tot ‘past deels’ naar ‘past goed’', not 'van past niet tot past deels naar ‘past goed’':
    a label with a space (or a bare minus) must read as one label in a sentence.

    Hengelo: 0,8 x 1 + 0,2 x 0,25 = 0,85. Enschede: regie in the middle of 0 and 0,5 (0,25), kwaliteit 1:
    0,8 x 0,25 + 0,2 = 0,4; it needs 0,8 v >= 0,65, v >= 0,8125: 'past goed'.
    """
    text = ("versie: 1\ntitel: T\nschalen:\n  regie: {past niet: 0, past deels: 1, past goed: 2}\ncriteria:\n"
            "  - {id: r, naam: Regie, gewicht: 80, schaal: regie}\n"
            "  - {id: q, naam: Kwaliteit, gewicht: 20, schaal: oordeel}\n"
            'kandidaten:\n  - {id: hengelo, naam: Hengelo, scores: {r: past goed, q: "-"}}\n'
            '  - {id: enschede, naam: Enschede, scores: {r: [past niet, past deels], q: "++"}}\n')
    _, scenario = service.open_scenario(write_scenario(text))

    said = " ".join(sentences(service.sensitivity(scenario, samples=0)).challengers)

    assert "de score op Regie van ‘past niet’ tot ‘past deels’ naar ‘past goed’ gaat" in said
