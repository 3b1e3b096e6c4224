"""The weighing form in chromium: fill in each method, save, and read the file back as partnerkeuze does.

The page's script must weigh exactly as core/weighting.py: the same rank-order weights,
the same AHP eigenvector and consistency ratio (to 1e-9), so the participant sees the
weights that ``profiles --deelnemer`` will show. Like the HTML memo's tests (test_html.py),
these drive Debian's chromium through Playwright; they skip without it, and fail in CI.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from partnerkeuze.app import service
from partnerkeuze.app.workshop import read_workshop, weighing_form
from partnerkeuze.core import weighting as w
from partnerkeuze.language import set_language
from partnerkeuze.render import form as form_page
from partnerkeuze.scenario.participants import Participant

SCENARIOS = Path(__file__).parents[2] / "scenarios"
HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"
IDS = ["vertrouwen", "ict", "voorwaarden", "bestaande_samenwerking", "kosten_structureel", "kosten_incidenteel",
       "kwetsbaarheid"]

pytestmark = pytest.mark.real_programs


def write_form(folder: Path, method: str, formula: str = "roc", scenario: Path = HAAKSBERGEN, lang: str = "nl") -> Path:
    set_language(lang)
    path = folder / f"{scenario.stem}-{method}-{formula}-{lang}.html"
    path.write_text(form_page.render(weighing_form(scenario, method, formula)), encoding="utf-8")
    set_language("nl")
    return path


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("forms")
    found = {method: write_form(folder, method) for method in ("punten", "rangorde", "paarsgewijs", "swing")}
    found |= {f"rangorde-{f}": write_form(folder, "rangorde", f) for f in ("rs", "rr")}
    return found


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """``open_page(path, width=1280)``: the form in a fresh context; no request but the page, no script error."""
    contexts: list[tuple[Any, Any, list[str], list[str]]] = []

    def opened(path: Path, width: int = 1280) -> Any:
        context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
        page = context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.as_uri())
        contexts.append((context, page, requests, errors))
        return page

    yield opened
    for context, page, requests, errors in contexts:
        assert errors == []
        assert [r for r in requests if not r.startswith(("file:", "blob:"))] == []
        context.close()


def set_value(page: Any, selector: str, value: float) -> None:
    page.locator(selector).evaluate(
        "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true})); }", value)


def save(page: Any, folder: Path) -> Path:
    with page.expect_download() as info:
        page.locator("[data-save]").click()
    path = folder / info.value.suggested_filename
    info.value.save_as(path)
    return path


def read_back(path: Path) -> Participant:
    """The saved file as ``profiles --deelnemer`` reads it: accepted, from this very scenario."""
    scenario = service.resolved_scenario(HAAKSBERGEN)
    workshop = read_workshop(HAAKSBERGEN, scenario, [path])
    assert workshop.warnings == ()
    (participant,) = workshop.participants
    assert participant.same_scenario
    return participant


def shown(page: Any) -> dict[str, float]:
    """The weights the page computed last (what its bars show)."""
    weights = page.evaluate("partnerkeuzeForm.state().weights")
    assert weights is not None
    return weights  # type: ignore[no-any-return]


def assert_same_weights(participant: Participant, page_weights: dict[str, float], expected: list[float]) -> None:
    shares = dict(zip(participant.weighting.criteria, participant.weighting.shares, strict=True))
    assert [shares[c] for c in IDS] == pytest.approx(expected, abs=1e-12)
    assert [page_weights[c] for c in IDS] == pytest.approx(expected, abs=1e-12)


# --- the rules in the page are the rules of core/weighting.py ------------------------------------


@pytest.mark.parametrize("formula", ["roc", "rs", "rr"])
def test_the_page_computes_rank_order_weights_as_python(open_page: Any, forms: dict[str, Path], formula: str) -> None:
    page = open_page(forms["rangorde"])
    rng = random.Random(15)
    for n in range(1, 16):
        for _ in range(6):
            ordered = sorted(rng.randint(1, n) for _ in range(n))
            places = [ordered.index(p) + 1 for p in ordered]  # competition ranks, ties included
            rng.shuffle(places)
            got = page.evaluate("([p, f]) => partnerkeuzeForm.rankWeights(p, f)", [places, formula])
            assert got == pytest.approx(w.rank_order_weights(places, formula), abs=1e-15)


def test_the_page_computes_ahp_weights_and_consistency_as_python(open_page: Any, forms: dict[str, Path]) -> None:
    page = open_page(forms["paarsgewijs"])
    rng = random.Random(15)
    scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    for n in [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] * 8:
        comparisons = {(i, j): rng.choice(scale) for i in range(n) for j in range(i + 1, n)}
        matrix = np.ones((n, n))
        for (i, j), value in comparisons.items():
            matrix[i, j], matrix[j, i] = value, 1 / value
        python = w.pairwise_weights(n, comparisons)
        got = page.evaluate("m => partnerkeuzeForm.ahp(m)", matrix.tolist())
        assert got["weights"] == pytest.approx(python.weights, abs=1e-9)
        assert got["lambdaMax"] == pytest.approx(python.lambda_max, abs=1e-9)
        assert got["ci"] == pytest.approx(python.ci, abs=1e-9)
        if python.cr is None:
            assert got["cr"] is None and n > 10
        else:
            assert got["cr"] == pytest.approx(python.cr, abs=1e-9)
        worst = page.evaluate("([m, w]) => partnerkeuzeForm.worst(m, w)", [matrix.tolist(), got["weights"]])
        first = w.inconsistencies(python)
        assert (worst is None) == (not first)
        if first:
            assert (worst["i"], worst["j"]) == (first[0].i, first[0].j)


# --- each method, filled in, saved and read back -----------------------------------------------


def test_points_are_saved_and_read_back_as_shown(open_page: Any, forms: dict[str, Path], tmp_path: Path) -> None:
    page = open_page(forms["punten"])
    page.fill("#participant", "Wethouder A")
    points = {"vertrouwen": 20, "ict": 25, "voorwaarden": 12.5, "bestaande_samenwerking": 0, "kosten_structureel": 0,
              "kosten_incidenteel": 7, "kwetsbaarheid": 35.5}
    for cid, value in points.items():
        page.fill(f"#w-{cid}", str(value))

    path = save(page, tmp_path)

    assert path.name == "weging-wethouder-a.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data == {"versie": 1, "scenario": read_back(path).scenario_sha256, "deelnemer": "Wethouder A",
                    "gewichten": points}
    total = sum(points.values())
    assert_same_weights(read_back(path), shown(page), [points[c] / total for c in IDS])
    assert page.locator("[data-share='kwetsbaarheid']").inner_text() == "35,5%"
    assert page.locator("[data-saved]").inner_text().startswith("Opgeslagen als weging-wethouder-a.yaml.")


def drag(page: Any, item: str, above: str) -> None:
    """Drag ``item`` by its handle until it sits just above ``above`` (pointer events, as a mouse does)."""
    handle = page.locator(f"[data-rank-list] [data-criterion='{item}'] [data-handle]").bounding_box()
    target = page.locator(f"[data-rank-list] [data-criterion='{above}']").bounding_box()
    page.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    page.mouse.down()
    page.mouse.move(handle["x"] + handle["width"] / 2, target["y"] + 5, steps=12)
    page.mouse.up()


def click(page: Any, criterion: str, button: str) -> None:
    page.locator(f"[data-criterion='{criterion}'] [{button}]").click()


def test_a_rank_order_by_dragging_ties_and_leaving_out(open_page: Any, forms: dict[str, Path], tmp_path: Path) -> None:
    page = open_page(forms["rangorde"])
    page.set_viewport_size({"width": 1280, "height": 2000})  # the whole list in view: a plain drag
    page.fill("#participant", "Raadslid B")

    drag(page, "kwetsbaarheid", "vertrouwen")
    click(page, "kosten_structureel", "data-out")
    click(page, "kosten_incidenteel", "data-out")
    click(page, "vertrouwen", "data-down")
    page.locator("[data-criterion='vertrouwen'] [data-tie]").check()
    click(page, "kosten_incidenteel", "data-in")
    path = save(page, tmp_path)

    order = ["kwetsbaarheid", "ict", "vertrouwen", "voorwaarden", "bestaande_samenwerking", "kosten_incidenteel"]
    places = [1, 2, 2, 4, 5, 6]
    assert page.locator("[data-rank-list] [data-place]").all_inner_texts() == [str(p) for p in places]
    weging = yaml.safe_load(path.read_text(encoding="utf-8"))["weging"]
    assert weging == {"methode": "rangorde", "volgorde": ["kwetsbaarheid", ["ict", "vertrouwen"], "voorwaarden",
                                                         "bestaande_samenwerking", "kosten_incidenteel"],
                      "formule": "roc", "weegt_niet": ["kosten_structureel"]}
    by_id = dict(zip(order, w.rank_order_weights(places, "roc"), strict=True))
    assert_same_weights(read_back(path), shown(page), [by_id.get(c, 0.0) for c in IDS])


def test_on_a_phone_a_drag_held_at_the_top_scrolls_the_list(open_page: Any, forms: dict[str, Path]) -> None:
    page = open_page(forms["rangorde"], 390)
    handle = page.locator("[data-rank-list] [data-criterion='kwetsbaarheid'] [data-handle]")
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, 2, steps=8)
    for _ in range(100):  # held at the top: the page scrolls and the item climbs
        if page.evaluate("document.querySelector('[data-rank-list] .rank-item').dataset.criterion") == "kwetsbaarheid":
            break
        page.wait_for_timeout(100)
    page.mouse.up()

    order = page.eval_on_selector_all("[data-rank-list] .rank-item", "items => items.map(i => i.dataset.criterion)")
    assert order == ["kwetsbaarheid", *IDS[:-1]]
    assert page.locator("[data-rank-list] .dragging").count() == 0


def test_a_finger_drags_too(browser: Any, forms: dict[str, Path]) -> None:
    """A phone: touch events (through the DevTools protocol; Playwright itself only taps)."""
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(forms["rangorde"].as_uri())
    page.locator("[data-rank-list] [data-criterion='vertrouwen']").evaluate(
        "el => { el.scrollIntoView({block: 'start'}); window.scrollBy(0, -150); }")
    scrolled = page.evaluate("window.scrollY")
    handle = page.locator("[data-rank-list] [data-criterion='ict'] [data-handle]").bounding_box()
    first = page.locator("[data-rank-list] [data-criterion='vertrouwen']").bounding_box()
    touch = page.context.new_cdp_session(page)
    x, y = handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2
    touch.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for k in range(1, 11):
        step = y + (first["y"] + 5 - y) * k / 10
        touch.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": step}]})
    touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    order = page.eval_on_selector_all("[data-rank-list] .rank-item", "items => items.map(i => i.dataset.criterion)")
    assert order[:2] == ["ict", "vertrouwen"]
    assert page.evaluate("window.scrollY") == scrolled  # the finger moved the item, not the page
    context.close()


@pytest.mark.parametrize("formula", ["rs", "rr"])
def test_rank_sum_and_reciprocal_forms(open_page: Any, forms: dict[str, Path], tmp_path: Path, formula: str) -> None:
    page = open_page(forms[f"rangorde-{formula}"])
    page.fill("#participant", f"Deelnemer {formula}")
    click(page, "ict", "data-up")

    path = save(page, tmp_path)

    order = ["ict", "vertrouwen", *IDS[2:]]
    by_id = dict(zip(order, w.rank_order_weights(list(range(1, 8)), formula), strict=True))  # type: ignore[arg-type]
    assert_same_weights(read_back(path), shown(page), [by_id[c] for c in IDS])
    assert read_back(path).weighting.formula == formula


def test_pairwise_comparisons_give_the_python_ahp_and_point_out_the_worst(open_page: Any, forms: dict[str, Path],
                                                                          tmp_path: Path) -> None:
    page = open_page(forms["paarsgewijs"])
    page.fill("#participant", "Ambtelijke top")
    page.locator("[data-count='kosten_incidenteel']").uncheck()
    rng = random.Random(7)
    for pair in page.locator(".pair:not(.off) [data-pair]").all():
        pair.evaluate("(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true})); }",
                      rng.randint(-8, 8))

    path = save(page, tmp_path)

    participant = read_back(path)
    result = participant.weighting.pairwise
    assert result is not None and result.cr is not None
    state = page.evaluate("partnerkeuzeForm.state()")
    assert state["ahp"]["weights"] == pytest.approx(result.weights, abs=1e-9)
    assert state["ahp"]["cr"] == pytest.approx(result.cr, abs=1e-9)
    assert state["ahp"]["lambdaMax"] == pytest.approx(result.lambda_max, abs=1e-9)
    assert_same_weights(participant, shown(page), list(participant.weighting.shares))
    assert shown(page)["kosten_incidenteel"] == 0
    counted = [c for c in IDS if c != "kosten_incidenteel"]
    worst = w.inconsistencies(result)[0]
    assert result.cr > 0.1  # random judgements are inconsistent: the page says so and marks the worst pair
    marked = page.locator(".pair.worst")
    assert (marked.get_attribute("data-a"), marked.get_attribute("data-b")) == (counted[worst.i], counted[worst.j])
    text = page.locator("[data-consistency]").inner_text()
    assert text.startswith(f"Consistentieratio (CR) {result.cr:.2f}".replace(".", ","))
    assert "hoger dan 0,10" in text
    page.locator("[data-consistency] button").click()  # 'Toon dit paar': to the marked pair's slider
    assert page.evaluate("document.activeElement.closest('.pair').classList.contains('worst')")
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["weging"]["weegt_niet"] == ["kosten_incidenteel"]


def test_consistent_comparisons_are_said_to_be_consistent(open_page: Any, forms: dict[str, Path]) -> None:
    page = open_page(forms["paarsgewijs"])
    page.fill("#participant", "X")
    set_value(page, ".pair[data-a='vertrouwen'][data-b='ict'] [data-pair]", -2)  # vertrouwen 3x ict

    assert page.locator("[data-consistency]").inner_text().endswith("consistent genoeg (grens 0,10).")
    assert page.locator(".pair.worst").count() == 0
    verdict = page.locator(".pair[data-a='vertrouwen'][data-b='ict'] [data-verdict]").inner_text()
    assert verdict == "Vertrouwen: iets belangrijker (3×)"


def test_swing_is_saved_and_read_back_as_shown(open_page: Any, forms: dict[str, Path], tmp_path: Path) -> None:
    page = open_page(forms["swing"])
    page.fill("#participant", "Ondernemingsraad")
    page.locator("[data-top='voorwaarden']").check()
    ratings = {"vertrouwen": 80, "ict": 40, "bestaande_samenwerking": 20, "kosten_structureel": 0,
               "kosten_incidenteel": 5, "kwetsbaarheid": 50}
    for cid, value in ratings.items():
        set_value(page, f"[data-range='{cid}']", value)

    path = save(page, tmp_path)

    ratings["voorwaarden"] = 100
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["weging"] == {"methode": "swing", "swing": ratings}
    total = sum(ratings.values())
    assert_same_weights(read_back(path), shown(page), [ratings[c] / total for c in IDS])
    assert page.locator("#w-voorwaarden").is_disabled()
    assert page.locator(".crit[data-criterion='kosten_structureel'] .swing-range").inner_text() == \
        "van € 1.000.000 naar € 0"


def test_nothing_is_saved_while_something_is_missing(open_page: Any, forms: dict[str, Path]) -> None:
    page = open_page(forms["swing"])
    downloads: list[Any] = []
    page.on("download", lambda download: downloads.append(download))

    page.locator("[data-save]").click()

    assert page.locator("[data-problems] li").all_inner_texts() == [
        "Vul bij stap 1 uw naam of rol in.", "Kies de belangrijkste stap (die krijgt 100)."]
    page.fill("#participant", "X")
    page.fill("#w-ict", "120")
    page.locator("[data-top='ict']").check()  # the chosen step is 100 whatever was typed
    page.fill("#w-vertrouwen", "-5")
    assert page.locator("[data-problems] li").all_inner_texts() == ["Vertrouwen: vul een getal van 0 tot 100 in."]
    assert page.locator("[data-yaml]").input_value() == ""
    page.wait_for_timeout(300)
    assert downloads == []


def test_points_above_100_are_refused_as_the_page_asks(open_page: Any, forms: dict[str, Path], tmp_path: Path) -> None:
    """'0 tot 100 punten': 1e15 was saved, and partnerkeuze then refused the file (at most 10^12 points)."""
    page = open_page(forms["punten"])
    downloads: list[Any] = []
    page.on("download", lambda download: downloads.append(download))
    page.fill("#participant", "X")
    page.fill("#w-ict", "10")

    for typed in ("1e15", "100.5"):
        page.fill("#w-vertrouwen", typed)
        page.locator("[data-save]").click()
        assert page.locator("[data-problems] li").all_inner_texts() == [
            "Vertrouwen: vul een getal van 0 tot en met 100 in."], typed
    page.wait_for_timeout(300)
    assert downloads == []

    page.fill("#w-vertrouwen", "100")
    assert read_back(save(page, tmp_path)).weighting.shares[IDS.index("vertrouwen")] == pytest.approx(100 / 110)


def test_a_name_with_quotes_and_accents_survives_the_file(open_page: Any, forms: dict[str, Path], tmp_path: Path) -> None:
    page = open_page(forms["punten"])
    name = 'Jiří "J" O\'Neil: raad #1'
    page.fill("#participant", name)
    page.fill("#w-ict", "1")

    path = save(page, tmp_path)

    assert path.name == "weging-jiri-j-o-neil-raad-1.yaml"
    assert read_back(path).name == name
    assert page.locator("[data-yaml]").input_value() == path.read_text(encoding="utf-8")


def test_a_hard_requirement_that_weighs_nothing_is_not_asked_and_the_file_is_accepted(
        open_page: Any, tmp_path: Path) -> None:
    scenario = SCENARIOS / "ommen-ict.yaml"
    page = open_page(write_form(tmp_path, "punten", scenario=scenario))
    assert page.locator("[data-value='bereid']").count() == 0
    assert "Niet gevraagd: Aanbieder is bereid en in staat de dienst te leveren." in page.inner_text("#weigh")
    page.fill("#participant", "X")
    page.locator("[data-value]").first.fill("10")

    path = save(page, tmp_path)

    resolved = service.resolved_scenario(scenario)
    (participant,) = read_workshop(scenario, resolved, [path]).participants
    assert dict(zip(participant.weighting.criteria, participant.weighting.shares, strict=True))["bereid"] == 0


def test_a_form_for_a_file_with_tasks_weighs_every_task(open_page: Any, tmp_path: Path) -> None:
    from partnerkeuze.app.portfolio import portfolio  # noqa: PLC0415
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415

    scenario = SCENARIOS / "ommen-diensten.yaml"
    page = open_page(write_form(tmp_path, "rangorde", scenario=scenario))
    assert "Uw gewichten gelden voor elke taak: ICT, Gegevensbeheer en archief," in page.inner_text("body")
    page.fill("#participant", "Wethouder A")

    path = save(page, tmp_path)

    workshop = read_workshop(scenario, service.resolved_scenario(scenario), [path])
    result = portfolio(load(scenario), workshop=workshop)
    assert result.weighed_by_participants
    (participant,) = workshop.participants
    for task in result.tasks:
        assert task.scenario.weighting == "wethouder-a"
        assert task.report.ranking.weights == pytest.approx(participant.weighting.shares, abs=1e-12)


def test_the_english_form_writes_the_same_file_format(open_page: Any, tmp_path: Path) -> None:
    page = open_page(write_form(tmp_path, "rangorde", lang="en"))
    assert page.locator("h2").first.inner_text() == "1. Who are you?"
    assert page.locator("html").get_attribute("lang") == "en"
    page.fill("#participant", "Alderman")

    path = save(page, tmp_path)

    text = path.read_text(encoding="utf-8")
    assert re.search(r"^versie: 1\nscenario: \"[0-9a-f]{64}\"\ndeelnemer: \"Alderman\"\nweging:\n", text, re.M)
    assert "# Returned weighing form for: Partner voor de bedrijfsvoering van Haaksbergen (fase 1)" in text
    assert read_back(path).weighting.method == "rangorde"


# --- on a phone and a desktop ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("method", ["punten", "rangorde", "paarsgewijs", "swing"])
def test_at_phone_and_desktop_width_the_form_does_not_scroll_sideways(open_page: Any, forms: dict[str, Path],
                                                                       method: str, width: int) -> None:
    page = open_page(forms[method], width)

    assert page.evaluate("document.documentElement.scrollWidth") <= width
    tracks = page.evaluate("Array.from(document.querySelectorAll('input[type=range]'))"
                           ".map(e => e.getBoundingClientRect().width)")
    assert not tracks or min(tracks) >= 120
    assert page.locator("[data-save]").is_visible()


def hostile_scenario(folder: Path) -> Path:
    """Markup in the title and a criterion's name, and a criterion id YAML reads as true ('y')."""
    scenario = folder / "s.yaml"
    scenario.write_text(
        'versie: 1\ntitel: "</script><b>T</b>"\ncriteria:\n'
        '  - {id: x, naam: "<img src=x onerror=alert(1)>", toelichting: "\\"quoted\\" & </script>", schaal: oordeel}\n'
        '  - {id: "y", naam: Y, schaal: oordeel}\n  - {id: "1", naam: Een, schaal: oordeel}\n'
        'gewichten: {x: 1, "y": 1, "1": 1}\nkandidaten:\n  - {id: a, scores: {x: "+", "y": "0", "1": "0"}}\n',
        encoding="utf-8")
    return scenario


def test_user_text_is_escaped_and_cannot_close_the_script(tmp_path: Path) -> None:
    page = form_page.render(weighing_form(hostile_scenario(tmp_path), "paarsgewijs"))

    assert "<img src=x" not in page and "<b>T</b>" not in page
    assert page.count("</script>") == 2  # the data block's and the script's own
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert '\\u003c/script>\\u003cb>T\\u003c/b>' in page  # the title in the data block


@pytest.mark.parametrize("method", ["punten", "rangorde", "paarsgewijs", "swing"])
def test_ids_yaml_would_misread_are_quoted_in_the_file(open_page: Any, tmp_path: Path, method: str) -> None:
    scenario = hostile_scenario(tmp_path)
    path = tmp_path / f"{method}.html"
    path.write_text(form_page.render(weighing_form(scenario, method)), encoding="utf-8")
    page = open_page(path)
    page.fill("#participant", "X")
    if method == "punten":
        page.fill("#w-y", "3")
    elif method == "swing":
        page.locator("[data-top='y']").check()
    elif method == "paarsgewijs":
        set_value(page, ".pair[data-a='x'][data-b='y'] [data-pair]", 3)

    saved = save(page, tmp_path)

    (participant,) = read_workshop(scenario, service.resolved_scenario(scenario), [saved]).participants
    assert participant.weighting.criteria == ("x", "y", "1")
    shares = dict(zip(participant.weighting.criteria, participant.weighting.shares, strict=True))
    assert shares == pytest.approx(shown(page), abs=1e-12)
