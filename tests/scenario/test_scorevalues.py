"""Uncertain scores and requirements in a scenario (``scorevalues.py``).

A score may be a range (``["+", "++"]``) or a three-point estimate (``{laag,
waarschijnlijk, hoog}``); one test per bad input, each with its message and line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from partnerkeuze.app.service import decision_matrix
from partnerkeuze.errors import Issue, ScenarioInvalid
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ResolvedScenario, uncertain_cells

WriteScenario = Callable[..., Path]

BASE = """\
versie: 1
titel: Onzekere scores
criteria:
  - {id: ict, gewicht: 50, schaal: oordeel}
  - {id: kosten, gewicht: 50, richting: min, eenheid: EUR, bereik: [0, 1000000]}
kandidaten:
  - id: buur
    scores:
      ict: ["+", "++"]
      kosten: {waarde: {laag: 500000, waarschijnlijk: 600000, hoog: 900000}, onderbouwing: Offerte volgt}
  - id: zelf
    status_quo: true
    scores:
      ict: {laag: "-", waarschijnlijk: "0", hoog: "+"}
      kosten: [300000, 500000]
"""


def variant(old: str, new: str, text: str = BASE) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def where(text: str, fragment: str) -> int:
    assert text.count(fragment) == 1, fragment
    return text[: text.index(fragment)].count("\n") + 1


def only_problem(path: Path) -> Issue:
    with pytest.raises(ScenarioInvalid) as info:
        load(path)
    assert len(info.value.issues) == 1, [str(i) for i in info.value.issues]
    return info.value.issues[0]


def opened(path: Path) -> ResolvedScenario:
    return resolve(load(path))


def test_ranges_and_estimates_resolve_to_the_most_likely_value(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(BASE))
    buur, zelf = s.candidates

    ict, kosten = buur.scores
    assert (ict.raw, ict.label, ict.uncertainty.kind) == (4.5, None, "bereik")  # type: ignore[union-attr]
    assert (ict.uncertainty.low_label, ict.uncertainty.high_label) == ("+", "++")  # type: ignore[union-attr]
    assert (kosten.raw, kosten.uncertainty.kind) == (600000, "schatting")  # type: ignore[union-attr]
    assert (kosten.uncertainty.low, kosten.uncertainty.high) == (500000, 900000)  # type: ignore[union-attr]
    assert kosten.rationale == "Offerte volgt"
    assert (zelf.scores[0].raw, zelf.scores[0].label) == (3.0, "0")
    assert zelf.scores[1].raw == 400000
    assert zelf.status_quo


def test_english_estimate_keys(write_scenario: WriteScenario) -> None:
    text = variant('{laag: "-", waarschijnlijk: "0", hoog: "+"}', '{low: "-", most_likely: "0", high: "+"}')

    assert opened(write_scenario(text)).candidates[1].scores[0].raw == 3.0


def test_a_zero_width_range_is_a_certain_score(write_scenario: WriteScenario) -> None:
    text = variant('ict: ["+", "++"]', 'ict: ["+", "+"]')

    score = opened(write_scenario(text)).candidates[0].scores[0]

    assert (score.raw, score.label, score.uncertainty) == (4.0, "+", None)


def test_an_estimate_with_laag_above_hoog(write_scenario: WriteScenario) -> None:
    text = variant("{laag: 500000, waarschijnlijk: 600000, hoog: 900000}",
                   "{laag: 950000, waarschijnlijk: 600000, hoog: 900000}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "schatting voor 'kosten': laag (950000) ligt boven hoog (900000)"
    assert issue.location.line == where(text, "laag: 950000")


def test_an_estimate_whose_most_likely_value_is_outside(write_scenario: WriteScenario) -> None:
    text = variant('{laag: "-", waarschijnlijk: "0", hoog: "+"}', '{laag: "-", waarschijnlijk: "++", hoog: "+"}')

    issue = only_problem(write_scenario(text))

    assert issue.message == "schatting voor 'ict': waarschijnlijk (++) moet tussen laag (-) en hoog (+) liggen"
    assert issue.location.line == where(text, 'waarschijnlijk: "++"')


def test_a_range_written_high_to_low(write_scenario: WriteScenario) -> None:
    text = variant('ict: ["+", "++"]', 'ict: ["++", "+"]')

    issue = only_problem(write_scenario(text))

    assert issue.message == "score voor 'ict' als bereik [++, +]: zet de laagste waarde eerst"
    assert issue.location.line == where(text, 'ict: ["++", "+"]')


def test_a_range_with_three_values(write_scenario: WriteScenario) -> None:
    text = variant("kosten: [300000, 500000]", "kosten: {waarde: [300000, 400000, 500000]}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "score voor 'kosten' als bereik heeft twee waarden, [laag, hoog] (gekregen: [300000, 400000, 500000])"
    assert issue.location.line == where(text, "kosten: {waarde: [3")


def test_an_estimate_without_hoog(write_scenario: WriteScenario) -> None:
    text = variant('{laag: "-", waarschijnlijk: "0", hoog: "+"}', '{waarde: {laag: "-", waarschijnlijk: "0"}}')

    issue = only_problem(write_scenario(text))

    assert issue.message == "de schatting voor 'ict' mist 'hoog'; geef laag, waarschijnlijk en hoog"
    assert issue.location.line == where(text, 'ict: {waarde: {laag: "-"')


def test_an_estimate_with_an_unknown_key(write_scenario: WriteScenario) -> None:
    text = variant("{laag: 500000, waarschijnlijk: 600000, hoog: 900000}",
                   "{laag: 500000, gemiddeld: 600000, hoog: 900000}")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("onbekende sleutel 'gemiddeld' in de schatting voor 'kosten'")


def test_an_estimate_with_a_label_not_in_the_scale(write_scenario: WriteScenario) -> None:
    text = variant('{laag: "-", waarschijnlijk: "0", hoog: "+"}', '{laag: "-", waarschijnlijk: "0", hoog: "+++"}')

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("label '+++' staat niet in schaal 'oordeel'") or "+++" in issue.message
    assert issue.location.line == where(text, 'hoog: "+++"')


def test_a_range_end_outside_bereik(write_scenario: WriteScenario) -> None:
    text = variant("kosten: [300000, 500000]", "kosten: [300000, 1500000]")

    issue = only_problem(write_scenario(text))

    assert "1500000" in issue.message and "[0, 1000000]" in issue.message
    assert issue.location.line == where(text, "kosten: [300000, 1500000]")


def test_without_bereik_the_range_covers_the_uncertainty(write_scenario: WriteScenario) -> None:
    text = variant("eenheid: EUR, bereik: [0, 1000000]", "eenheid: EUR")

    criterion = opened(write_scenario(text)).criteria[1]

    assert (criterion.low, criterion.high, criterion.fixed_range) == (300000, 900000, False)


def test_uncertain_cells_are_on_the_normalised_scale(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(BASE))

    cells = uncertain_cells(s, decision_matrix(s))

    assert cells is not None
    assert list(zip(cells.rows.tolist(), cells.cols.tolist(), strict=True)) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    # ict: [+, ++] = [4, 5] on 1..5 -> [0.75, 1]; kosten (lower is better) 900k..500k -> 0.1..0.5, mode 0.4.
    np.testing.assert_allclose(cells.low, [0.75, 0.1, 0.25, 0.5])
    np.testing.assert_allclose(cells.mode, [0.875, 0.4, 0.5, 0.6])
    np.testing.assert_allclose(cells.high, [1.0, 0.5, 0.75, 0.7])
    assert cells.pert.tolist() == [False, True, True, False]


def test_uncertain_cells_on_a_value_function_are_raw_scores_with_the_function(write_scenario: WriteScenario) -> None:
    """Draw the score, then apply the function: the cell keeps the raw scores and carries the curve."""
    text = variant("richting: min, eenheid: EUR, bereik: [0, 1000000]}",
                   "eenheid: EUR, waardefunctie: [[0, 100], [500000, 80], [1000000, 0]]}")
    s = opened(write_scenario(text))

    cells = uncertain_cells(s, decision_matrix(s))

    assert cells is not None
    assert [c is not None for c in cells.curves] == [False, True, False, True]
    np.testing.assert_allclose(cells.low[[1, 3]], [500000, 300000])
    np.testing.assert_allclose(cells.mode[[1, 3]], [600000, 400000])
    np.testing.assert_allclose(cells.high[[1, 3]], [900000, 500000])
    drawn = cells.draw(np.random.default_rng(1), 2000)
    # kosten between 500.000 (80) and 900.000 (20): every drawn value lies in [0.2, 0.8]
    assert drawn[:, 1].min() >= 0.2 and drawn[:, 1].max() <= 0.8


def test_no_uncertain_cells_without_uncertain_scores(write_scenario: WriteScenario) -> None:
    text = variant('ict: ["+", "++"]', 'ict: "+"').replace(
        "{waarde: {laag: 500000, waarschijnlijk: 600000, hoog: 900000}, onderbouwing: Offerte volgt}", "600000").replace(
        '{laag: "-", waarschijnlijk: "0", hoog: "+"}', '"0"').replace("[300000, 500000]", "400000")
    s = opened(write_scenario(text))

    assert uncertain_cells(s, decision_matrix(s)) is None


# --- requirements -------------------------------------------------------------------------------


def test_a_requirement_as_a_label_or_a_number(write_scenario: WriteScenario) -> None:
    text = variant("schaal: oordeel}", "schaal: oordeel, minimum: \"0\"}").replace(
        "bereik: [0, 1000000]}", "bereik: [0, 1000000], maximum: 800000}")

    ict, kosten = opened(write_scenario(text)).criteria

    assert (ict.minimum, ict.minimum_label, ict.maximum) == (3.0, "0", None)
    assert (kosten.maximum, kosten.maximum_label) == (800000, None)


def test_a_requirement_label_not_in_the_scale(write_scenario: WriteScenario) -> None:
    text = variant("schaal: oordeel}", "schaal: oordeel, minimum: goed}")

    issue = only_problem(write_scenario(text))

    assert "'goed'" in issue.message and "--, -, 0, +, ++" in issue.message
    assert issue.location.line == where(text, "minimum: goed")


def test_a_requirement_label_without_a_scale(write_scenario: WriteScenario) -> None:
    text = variant("bereik: [0, 1000000]}", "bereik: [0, 1000000], maximum: duur}")

    issue = only_problem(write_scenario(text))

    assert issue.message == "eis 'duur' voor 'kosten' is tekst, maar het criterium heeft geen schaal; geef een getal"


def test_a_minimum_above_the_maximum(write_scenario: WriteScenario) -> None:
    text = variant("schaal: oordeel}", 'schaal: oordeel, minimum: "+", maximum: "0"}')

    issue = only_problem(write_scenario(text))

    assert issue.message == "'ict': het minimum (+) ligt boven het maximum (0)"


def test_two_status_quo_candidates(write_scenario: WriteScenario) -> None:
    text = variant("  - id: buur\n", "  - id: buur\n    status_quo: true\n")

    issue = only_problem(write_scenario(text))

    assert issue.message == (f"'zelf' is als status quo gemarkeerd, maar 'buur' is dat al (regel {where(text, '- id: buur')}); "
                             "er is één status quo")
    assert issue.location.line == where(text, "    status_quo: true\n    scores:\n      ict: {")
