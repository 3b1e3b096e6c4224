"""Two versions of a scenario on the terminal (``render/compare_view.py``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from rich.console import Console, RenderableType

from partnerkeuze.app.comparing import Comparison, compare_files
from partnerkeuze.app.versions import FieldChange, Item
from partnerkeuze.language import set_language
from partnerkeuze.render.compare_view import (
    comparison_view,
    field_text,
    rationale_text,
    winner_sentence,
)
from partnerkeuze.render.robustness import robustness_sentences

WriteScenario = Callable[..., Path]

OLD = """\
versie: 1
titel: Partner voor ICT
criteria:
  - {id: ict, naam: ICT-aansluiting, gewicht: 50, schaal: oordeel}
  - {id: kosten, naam: Kosten, gewicht: 50, richting: min, eenheid: EUR, bereik: [0, 1000000]}
kandidaten:
  - id: hengelo
    naam: Hengelo
    scores:
      ict: {waarde: "+", onderbouwing: "Zelfde leverancier"}
      kosten: {waarde: 600000, onderbouwing: "Offerte maart", bron: "Offerte"}
  - id: enschede
    naam: Enschede
    scores:
      ict: {waarde: "0", onderbouwing: "Andere leverancier"}
      kosten: {waarde: 500000, onderbouwing: "Offerte april"}
  - id: zelf_doen
    naam: Zelf doen
    scores: {ict: "0", kosten: 700000}
"""


def text_of(renderable: RenderableType) -> str:
    out = io.StringIO()
    Console(file=out, width=140, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def compared(write_scenario: WriteScenario, new_text: str) -> Comparison:
    return compare_files(write_scenario(OLD, "oud.yaml"), write_scenario(new_text, "nieuw.yaml"), robustness_sentences)


def test_no_differences_says_so_and_the_advice_stands(write_scenario: WriteScenario) -> None:
    text = text_of(comparison_view(compared(write_scenario, OLD)))

    assert "Geen verschillen in titel, kandidaten, criteria, gewichten of scores." in text
    assert "Hengelo staat in beide versies eerste." in text
    assert "De rangorde is gelijk gebleven." in text
    assert "De zinnen over de robuustheid (partnerkeuze sensitivity) zijn gelijk gebleven." in text
    assert "Gewichten" not in text


def test_weights_scores_and_names_are_listed(write_scenario: WriteScenario) -> None:
    new_text = (
        OLD.replace("gewicht: 50, schaal", "gewicht: 150, schaal")
        .replace("kosten: {waarde: 600000", "kosten: {waarde: 550000")
        .replace("naam: Zelf doen", "naam: Eigen huis")
        .replace("  - id: enschede\n", "  - id: gem_enschede\n")
        .replace("titel: Partner voor ICT", "titel: Partner voor ICT (fase 2)")
    )
    text = text_of(comparison_view(compared(write_scenario, new_text)))

    assert "Titel: Partner voor ICT → Partner voor ICT (fase 2)" in text
    assert "Kandidaten: hernoemd: Enschede (enschede) → Enschede (gem_enschede) en Zelf doen → Eigen huis" in text
    assert "│ ICT-aansluiting │ 50,0% │ 75,0% │" in text
    assert "+25,0" in text
    assert "\u221225,0" in text  # a typographic minus
    row = next(line for line in text.splitlines() if "€ 550.000" in line)
    assert row.split("│")[1:6] == [
        " Hengelo   ", " Kosten    ", " € 600.000 ", " € 550.000 ", " ongewijzigd: Offerte maart (bron: Offerte) "
    ]


def test_a_flipped_winner_and_the_sentences_that_change(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace('waarde: "0", onderbouwing: "Andere leverancier"', 'waarde: "++", onderbouwing: "Nieuw"')
    comparison = compared(write_scenario, new_text)
    text = text_of(comparison_view(comparison))

    assert "Andere leverancier → Nieuw" in text
    assert winner_sentence(comparison) == "Het advies verandert: nu staat Enschede eerste, eerst Hengelo."
    assert "\u2212 vervalt: Onder TOPSIS en het gewogen product staat Hengelo ook eerste." in text
    assert "+ nieuw: Onder TOPSIS en het gewogen product staat Enschede ook eerste." in text


def test_field_changes_read_in_words() -> None:
    item = Item("kosten", "Kosten")

    assert field_text(FieldChange(item, "direction", "max", "min")) == "Kosten, richting: hoger is beter → lager is beter"
    assert field_text(FieldChange(item, "range", (0, 1e6), None)) == "Kosten, bereik: [0, 1.000.000] → geen"
    assert field_text(FieldChange(item, "scale", "oordeel", "janee")) == "Kosten, schaal: oordeel → janee"


def test_a_rationale_that_appears_reads_from_none(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace('{ict: "0", kosten: 700000}', '{ict: {waarde: "0", onderbouwing: "Eigen inschatting"}, kosten: 700000}')
    (change,) = compared(write_scenario, new_text).diff.scores

    assert rationale_text(change) == "geen → Eigen inschatting"


def test_in_english(write_scenario: WriteScenario) -> None:
    comparison = compared(write_scenario, OLD)
    set_language("en")

    text = text_of(comparison_view(comparison))

    assert "Comparison:" in text
    assert "No differences in title, candidates, criteria, weights or scores." in text


def test_a_changed_value_function_reads_as_its_points() -> None:
    from partnerkeuze.app.versions import FieldChange, Item  # noqa: PLC0415
    from partnerkeuze.render.compare_view import field_text  # noqa: PLC0415

    change = FieldChange(Item("k", "Kwaliteit"), "value_function", None, (("-", 10.0), ("+", 80.5)))

    assert field_text(change) == "Kwaliteit, waardefunctie: geen → ‘-’ = 10; ‘+’ = 80,5"
