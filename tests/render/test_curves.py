"""Value functions in words, JSON and SVG (``render/curves.py``), and where the terminal shows them."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from rich.console import Console, RenderableType
from typer.testing import CliRunner

from partnerkeuze.app.service import open_scenario, rank
from partnerkeuze.cli import app
from partnerkeuze.language import set_language
from partnerkeuze.render import curves
from partnerkeuze.render.profiles_view import value_function_table, weights_view
from partnerkeuze.render.terminal import criteria_set_view, ranking_view
from partnerkeuze.scenario.loading import load_criteria_set
from partnerkeuze.scenario.resolved import ValueFunction

WriteScenario = Callable[..., Path]

SCENARIO = """\
versie: 1
titel: Waardefuncties
criteria:
  - id: kosten
    naam: Kosten per jaar
    eenheid: EUR
    gewicht: 40
    waardefunctie: [[300000, 100], [450000, 70], [600000, 20], [800000, 0]]
  - {id: kwaliteit, naam: Kwaliteit, schaal: oordeel, gewicht: 35,
     waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}}
  - {id: afstand, naam: Afstand, eenheid: km, gewicht: 25, waardefunctie: [[0, 60], [20, 100], [50, 0]]}
kandidaten:
  - {id: enschede, naam: Enschede, scores: {kosten: 500000, kwaliteit: "++", afstand: 30}}
  - {id: hengelo, naam: Hengelo, scores: {kosten: 350000, kwaliteit: "0", afstand: 10}}
"""


def text_of(renderable: RenderableType, width: int = 100) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def test_values_and_scores_read_as_the_file_writes_them() -> None:
    assert curves.value_text(160 / 300) == "53,3"
    assert curves.value_text(0.7) == "70"
    assert curves.valued("€ 500.000", 160 / 300) == "€ 500.000 (53,3)"
    function = ValueFunction(((300000, 100), (450000, 70.5)))
    assert curves.rows(function, "EUR") == [("€ 300.000", "100"), ("€ 450.000", "70,5")]
    labels = ValueFunction(((1, 0), (5, 100)), labels=("--", "++"))
    assert curves.rows(labels, None) == [("--", "0"), ("++", "100")]


def test_bars_in_eighths() -> None:
    assert curves.bar(100) == "█" * 20
    assert curves.bar(0) == ""
    assert curves.bar(50) == "█" * 10
    assert curves.bar(51) == "█" * 10 + "▎"


def test_shape_and_summary() -> None:
    falling = ValueFunction(((0, 100), (10, 0)))
    peaked = ValueFunction(((0, 60), (20, 100), (50, 0)))
    assert curves.shape(falling) == "dalend"
    assert curves.shape(peaked) == "stijgt en daalt"
    assert curves.summary("Afstand", peaked, "km") == "Afstand (stijgt en daalt): 0 km → 60, 20 km → 100, 50 km → 0"


def test_the_terminal_shows_each_score_with_its_value(write_scenario: WriteScenario) -> None:
    """Enschede's € 500.000 is worth 2/3 x 70 + 1/3 x 20 = 53,3; 40% of that is 21,3 points."""
    _, scenario = open_scenario(write_scenario(SCENARIO))

    shown = text_of(ranking_view(rank(scenario)))

    assert "€ 500.000 (53,3) → 21,3" in shown
    assert "++ (100) → 35,0" in shown
    assert "Kosten per jaar, Kwaliteit en Afstand tellen met een waardefunctie" in " ".join(shown.split())


def test_weights_shows_each_function_as_a_table_with_bars(write_scenario: WriteScenario) -> None:
    _, scenario = open_scenario(write_scenario(SCENARIO))

    shown = text_of(weights_view(scenario))

    assert "Waardefunctie: Kosten per jaar (dalend)" in shown
    assert "│ € 450.000 │     70 │ ██████████████       │" in shown
    assert "Waardefunctie: Afstand (stijgt en daalt)" in shown
    assert "│    ++ │    100 │ ████████████████████ │" in text_of(value_function_table(scenario.criteria[1]))


def test_json_has_the_functions_and_keeps_every_field(write_scenario: WriteScenario) -> None:
    path = write_scenario(SCENARIO)

    document = json.loads(CliRunner().invoke(app, ["rank", str(path), "--json"]).output)
    weights = json.loads(CliRunner().invoke(app, ["weights", str(path), "--json"]).output)

    assert document["value_functions"]["kosten"] == {"points": [[300000, 100], [450000, 70], [600000, 20],
                                                                [800000, 0]]}
    assert document["value_functions"]["kwaliteit"]["labels"] == ["--", "-", "0", "+", "++"]
    enschede = next(c for c in document["ranking"] if c["id"] == "enschede")
    assert set(enschede) == {"rank", "id", "name", "score", "contributions"}
    assert abs(enschede["contributions"]["kosten"] - 0.4 * 160 / 300) < 1e-15
    assert weights["value_functions"] == document["value_functions"]


def test_json_without_functions_has_no_key(write_scenario: WriteScenario) -> None:
    text = SCENARIO.replace("waardefunctie: [[300000, 100], [450000, 70], [600000, 20], [800000, 0]]",
                            "richting: min\n    bereik: [300000, 800000]")
    text = text.replace(',\n     waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}', "")
    text = text.replace(", waardefunctie: [[0, 60], [20, 100], [50, 0]]", ", bereik: [0, 50]")

    document = json.loads(CliRunner().invoke(app, ["rank", str(write_scenario(text)), "--json"]).output)

    assert "value_functions" not in document


def test_a_criteria_set_with_a_function(write_scenario: WriteScenario) -> None:
    path = write_scenario("versie: 1\nnaam: Set\ncriteria:\n  - id: kosten\n    eenheid: EUR\n"
                          "    waardefunctie: [[0, 100], [1000000, 0]]\n", name="set.yaml")

    shown = text_of(criteria_set_view("set.yaml", load_criteria_set(path)))

    assert "waardefunctie" in shown
    assert "Waardefunctie van kosten: € 0 → 100, € 1.000.000 → 0" in shown


def test_the_plot_is_well_formed_svg_with_a_dot_per_candidate() -> None:
    function = ValueFunction(((0, 60), (20, 100), (50, 0)))
    marks = (curves.Mark("Enschede", "30 km", 30, 2 / 3), curves.Mark("Hengelo <&>", "10 km", 10, 0.8))

    svg = curves.svg("Afstand", function, "km", marks)

    root = ET.fromstring(svg)
    assert len(list(root.iter("circle"))) == 3 + 2
    assert "Hengelo &lt;&amp;&gt;: 10 km, waarde 80" in svg
    assert root.get("aria-label") == "Afstand (stijgt en daalt): 0 km → 60, 20 km → 100, 50 km → 0"


def test_english() -> None:
    set_language("en")
    assert curves.valued("€ 500,000", 0.5) == "€ 500,000 (50)"
    assert curves.shape(ValueFunction(((0, 0), (1, 100)))) == "rising"


def test_a_swing_runs_from_the_worst_to_the_best_value(write_scenario: WriteScenario) -> None:
    """Swing weights judge the step from the worst to the best score: for a function, its lowest and highest value."""
    text = SCENARIO.replace("kandidaten:", "weging: {methode: swing, swing: {kosten: 100, kwaliteit: 80, afstand: 50}}\n"
                            "kandidaten:")
    text = re.sub(r" *gewicht: \d+,? ?\n?", "", text)
    _, scenario = open_scenario(write_scenario(text))

    shown = " ".join(text_of(weights_view(scenario)).split())

    assert "Afstand 50 km → 20 km: 50" in shown
    assert "Kosten per jaar € 800.000 → € 300.000: 100" in shown


# --- the memo's exports (issue #13: a small plot in Word and HTML, the points in Markdown) ---------


def _curve_memo(write_scenario: WriteScenario, openbaar: bool = False):  # noqa: ANN202 - a Memo
    import datetime as dt  # noqa: PLC0415

    from partnerkeuze.render.memo import build_memo  # noqa: PLC0415

    text = SCENARIO.replace("{id: hengelo, naam: Hengelo,", "{id: hengelo, naam: Hengelo, vertrouwelijk: true,")
    loaded, scenario = open_scenario(write_scenario(text))
    return build_memo(rank(scenario), sha256=loaded.sha256, export_date=dt.date(2024, 3, 15), openbaar=openbaar)


def test_the_memo_carries_each_function_and_says_where_it_is(write_scenario: WriteScenario) -> None:
    memo = _curve_memo(write_scenario)

    assert [row.id for row in memo.curves] == ["kosten", "kwaliteit", "afstand"]
    assert any("tellen met een waardefunctie" in notice and "‘Waardefuncties’" in notice for notice in memo.notices)


def test_word_draws_each_function_with_alt_text(write_scenario: WriteScenario) -> None:
    import docx  # noqa: PLC0415

    from partnerkeuze.render import docx as render_docx  # noqa: PLC0415

    document = docx.Document(io.BytesIO(render_docx.render(_curve_memo(write_scenario))))
    texts = [p.text for p in document.paragraphs]
    alts = [shape.get("descr") for shape in document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]

    assert "Waardefuncties" in texts
    assert any(alt.startswith("Waardefunctie van Afstand (stijgt en daalt): 0 km → 60") and
               "Enschede: 30 km → 66,7" in alt for alt in alts)
    assert sum(1 for alt in alts if alt.startswith("Waardefunctie van")) == 3


def test_the_public_memo_names_no_confidential_candidate_on_a_plot(write_scenario: WriteScenario) -> None:
    from partnerkeuze.render import html, markdown  # noqa: PLC0415

    memo = _curve_memo(write_scenario, openbaar=True)

    page, text = html.render(memo), markdown.render(memo)
    assert "Hengelo" not in page and "Hengelo" not in text
    assert "Kandidaat B: € 350.000 → 90" in text


def test_markdown_lists_the_points_and_where_each_candidate_lands(write_scenario: WriteScenario) -> None:
    from partnerkeuze.render import markdown  # noqa: PLC0415

    text = markdown.render(_curve_memo(write_scenario))

    assert "### Waardefuncties" in text
    assert "| € 450.000 | 70 |" in text
    assert "De kandidaten: Enschede: ‘++’ → 100; Hengelo: ‘0’ → 45." in text
