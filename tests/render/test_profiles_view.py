"""``weights`` and ``profiles`` on the terminal and as JSON (``render/profiles_view.py``)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from rich.console import Console, RenderableType

from partnerkeuze.app.service import open_scenario
from partnerkeuze.app.stakeholders import compare_profiles
from partnerkeuze.render.jsonout import dumps
from partnerkeuze.render.profiles_view import (
    explanation,
    profiles_document,
    profiles_view,
    weights_document,
    weights_view,
)

SCENARIOS = Path(__file__).parent.parent.parent / "scenarios"
HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"
WriteScenario = Callable[..., Path]

INCONSISTENT = """\
versie: 1
titel: Tegenstrijdig
weging:
  methode: paarsgewijs
  vergelijkingen:
    - [ict, kosten, 5]
    - [kosten, vertrouwen, 5]
    - [vertrouwen, ict, 3]
    - [ict, nabijheid, 2]
criteria:
  - {id: ict, naam: ICT, schaal: oordeel}
  - {id: kosten, naam: Kosten, schaal: oordeel}
  - {id: vertrouwen, naam: Vertrouwen, schaal: oordeel}
  - {id: nabijheid, naam: Nabijheid, schaal: oordeel}
kandidaten:
  - {id: a, scores: {ict: "+", kosten: "0", vertrouwen: "-", nabijheid: "0"}}
"""


def text_of(renderable: RenderableType) -> str:
    out = io.StringIO()
    Console(file=out, width=140, color_system=None, legacy_windows=False).print(renderable)
    return " ".join(out.getvalue().split())


def test_weights_view_explains_every_weighting() -> None:
    _, s = open_scenario(HAAKSBERGEN)

    shown = text_of(weights_view(s))

    assert "Gewichten: Partner voor de bedrijfsvoering van Haaksbergen (fase 1)" in shown
    assert "rank-order centroid (Barron & Barrett 1996); volgorde ICT-aansluiting > Voorwaarden van de partner = " \
           "Vermindering van kwetsbaarheid > Vertrouwen > Bestaande samenwerkingen; weegt niet: Structurele kosten " \
           "en Incidentele kosten." in shown
    assert "paarsgewijze vergelijkingen op de schaal van Saaty (AHP), gewichten uit de hoofdeigenvector; λmax 5,017" in shown
    assert "RI 1,12 (tabel saaty1980)" in shown
    assert "Consistent genoeg: CR is hoogstens 0,10." in shown
    assert "Voorwaarden van de partner -- → ++: 100" in shown
    assert "Structurele kosten € 1.000.000 → € 0: 0" in shown  # lower is better: the swing runs from high to low
    assert "(aggregatie van individuele prioriteiten, Forman & Peniwati 1998)" in shown
    assert "Zonder --profiel rekent partnerkeuze met: de gewichten uit het bestand." in shown
    assert "45,6% (1)" in shown  # the college's ROC weight of ICT, with its place


def test_an_inconsistent_comparison_set_names_the_comparisons_to_revisit(write_scenario: WriteScenario) -> None:
    _, s = open_scenario(write_scenario(INCONSISTENT))
    weighting = s.weightings[0]

    lines = explanation(s, weighting)

    assert lines[1] == "2 van de 6 paren zijn niet vergeleken; die zijn aangevuld volgens Harker (1987)."
    assert lines[2].startswith("Let op: CR ")
    assert "is hoger dan 0,10; de oordelen spreken elkaar tegen. Herzie eerst: " in lines[2]
    assert "Vertrouwen tegen ICT (gegeven 3, de gewichten wijzen op ongeveer" in lines[2] or \
           "ICT tegen Vertrouwen (gegeven 1/3" in lines[2]


def test_profiles_view_shows_the_rankings_and_the_disagreement() -> None:
    _, s = open_scenario(HAAKSBERGEN)

    shown = text_of(profiles_view(compare_profiles(s)))

    assert "Rangorde per profiel (rang en punten)" in shown
    assert "De profielen verschillen over de eerste plaats: college kiest Hengelo, raad kiest Enschede en " \
           "ondernemingsraad kiest Hengelo." in shown
    assert "– Hengelo of Enschede: college en ondernemingsraad verkiezen Hengelo, raad verkiest Enschede." in shown
    assert "Het groepsprofiel: Hengelo staat eerste met" in shown
    assert "Beter dan de status quo (Bedrijfsvoering in eigen huis versterken," in shown


def test_profiles_view_of_a_file_without_profiles_says_how_to_add_them() -> None:
    _, s = open_scenario(SCENARIOS / "leidse-regio.yaml")

    shown = text_of(profiles_view(compare_profiles(s)))

    assert "Dit scenario heeft geen profielen." in shown


def test_weights_json() -> None:
    _, s = open_scenario(HAAKSBERGEN)

    document = json.loads(dumps(weights_document(s)))

    assert document["default"] == "bestand"
    assert [w["id"] for w in document["weightings"]] == ["bestand", "college", "raad", "ondernemingsraad", "groep"]
    raad = document["weightings"][2]
    assert raad["method"] == "paarsgewijs"
    assert raad["ahp"]["ri_table"] == "saaty1980" and raad["ahp"]["acceptable"] is True
    assert sum(raad["weights"].values()) == 1.0 or abs(sum(raad["weights"].values()) - 1) < 1e-12
    assert document["weightings"][1]["places"]["ict"] == 1
    assert document["weightings"][4]["members"] == ["college", "raad", "ondernemingsraad"]


def test_profiles_json() -> None:
    _, s = open_scenario(HAAKSBERGEN)

    document = profiles_document(compare_profiles(s))

    assert list(document["rankings"]) == ["bestand", "college", "raad", "ondernemingsraad", "groep"]
    assert document["rankings"]["raad"]["ranking"][0]["id"] == "enschede"
    assert document["rankings"]["raad"]["ranking"][-1]["versus_status_quo"] == 0
    assert document["disagreements"] == [{"first": "hengelo", "second": "enschede",
                                          "first_ahead_for": ["college", "ondernemingsraad"],
                                          "second_ahead_for": ["raad"]}]
    assert document["excluded"] == []


def test_the_comparisons_to_revisit_are_named_right_when_a_criterion_is_not_weighed(write_scenario: WriteScenario) -> None:
    """Regression: with 'weegt_niet' before a compared criterion, the matrix's indices skip it."""
    text = INCONSISTENT.replace("    - [ict, nabijheid, 2]\n", "    - [ict, nabijheid, 2]\n  weegt_niet: [aanbod]\n")
    text = text.replace("criteria:\n", "criteria:\n  - {id: aanbod, naam: Aanbod, schaal: oordeel}\n")
    text = text.replace('{ict: "+",', '{aanbod: "+", ict: "+",')
    _, s = open_scenario(write_scenario(text))
    weighting = s.weightings[0]

    lines = explanation(s, weighting)
    document = json.loads(dumps(weights_document(s)))

    assert "Aanbod" not in lines[2]
    assert {item["a"] for item in document["weightings"][0]["ahp"]["inconsistent"]} <= {"ict", "kosten", "vertrouwen"}
    first = document["weightings"][0]["ahp"]["inconsistent"][0]
    assert f"{first['a'].capitalize().replace('Ict', 'ICT')} tegen" in lines[2]
