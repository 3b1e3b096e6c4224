"""HTML: one self-contained, printable page whose sliders recompute the ranking.

The browser tests drive Debian's chromium through Playwright (never ``playwright
install``). They skip only on a developer machine without chromium; in CI (env CI
set) a missing browser is a failure.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from partnerkeuze.app import service
from partnerkeuze.app.results import Ranking
from partnerkeuze.language import formatting, set_language
from partnerkeuze.render import html
from partnerkeuze.render.memo import Memo
from partnerkeuze.render.portfolio_view import PortfolioMemo
from partnerkeuze.render.sentences import conclusion as conclusion_sentence
from render.conftest import SCENARIO



def test_golden(memo: Memo, golden: Callable[[str, str], None]) -> None:
    golden("html/memo.html", html.render(memo))


def test_golden_public_with_sensitivity(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    text = html.render(make_memo(openbaar=True, sensitivity=True))
    golden("html/memo-openbaar.html", text)
    assert "Markt B" not in text


def test_self_contained(memo: Memo) -> None:
    page = html.render(memo)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page
    assert "url(" not in page
    assert "default-src 'none'" in page  # the browser refuses any request, should one slip in
    assert "@media print" in page


def test_the_same_scenario_and_seed_give_the_same_bytes(tmp_path: Path) -> None:
    from partnerkeuze.app.export import ExportOptions, export  # noqa: PLC0415

    scenario = Path(__file__).parents[2] / "scenarios" / "haaksbergen-2020.yaml"
    pages = [export(scenario, ExportOptions(output=tmp_path / f"{i}.html", samples=2000, seed=5)).read_bytes()
             for i in range(2)]
    assert pages[0] == pages[1]
    assert b"2.000" in pages[0]  # the sampling section is there


def test_user_text_is_escaped(memo: Memo) -> None:
    page = html.render(memo)
    assert "&lt;b&gt;HTML&lt;/b&gt; &amp; co." in page
    assert "<b>HTML</b>" not in page


# --- the portfolio (a file with tasks) ------------------------------------------------


def test_a_portfolio_page_has_the_summary_and_every_task(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()

    page = html.render_portfolio(portfolio)

    assert page.startswith("<!DOCTYPE html>")
    assert page.endswith("</html>\n")
    assert '<html lang="nl">' in page
    assert "<h2>Portfolio: de beste partner per taak</h2>" in page
    assert "".join(f'<th scope="col">{h}</th>' for h in portfolio.header) in page
    for task, name, memo in portfolio.tasks:
        assert f'<section class="task" id="taak-{task}"><h2>{name}</h2>' in page
        assert f'<a href="#taak-{task}">{name}</a>' in page
        assert memo.repro_text in page
    assert page.count('<table class="memo"') == len(portfolio.tasks)
    assert page.count("<h3>Alternatieven en afweging</h3>") == len(portfolio.tasks)
    for _, lines in portfolio.sections:
        assert all(line.replace("'", "&#x27;") in page or line in page for line in lines)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # footnote anchors are per task


def test_a_portfolio_page_is_self_contained_with_sliders_per_task(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()
    page = html.render_portfolio(portfolio)
    assert not re.search(r"https?:|//", page.replace("http-equiv", ""))
    assert "default-src 'none'" in page
    assert page.count("<script>") == 1  # one script drives every task
    assert page.count("data-memo-data>") == len(portfolio.tasks)
    for task, _, memo in portfolio.tasks:
        assert f'<div class="task-memo" data-memo="taak-{task}">' in page
        assert f'<script type="application/json" id="taak-{task}-data" data-memo-data>' in page
        assert f'id="taak-{task}-controls" data-controls hidden>' in page
        assert f'<button type="button" id="taak-{task}-reset" data-reset>' in page
        assert page.count(f'<input type="range" id="taak-{task}-weight-') == len(memo.rows)
        assert page.count(f'data-summary="taak-{task}"') == 4  # best, score, runner-up, margin
    assert 'id="memo-data"' not in page and 'id="controls"' not in page
    assert html.render_portfolio(make_portfolio()) == page


def test_a_portfolio_page_in_english(make_portfolio: Callable[..., PortfolioMemo]) -> None:
    page = html.render_portfolio(make_portfolio(lang="en"))
    assert '<html lang="en">' in page
    assert "<h2>Portfolio: the best partner per task</h2>" in page


# --- in a real browser --------------------------------------------------------------


@pytest.fixture
def page(browser: Any, memo: Memo, tmp_path: Path) -> Iterator[Any]:
    path = tmp_path / "memo.html"
    path.write_text(html.render(memo), encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.requests = requests
    yield page
    assert errors == []
    context.close()


def _share_threshold(ranking: Ranking, criterion: int) -> float:
    """The weight share of one criterion at which the winner first loses its place.

    Closed form (METHODS 1.2): with the others rescaled in proportion, winner a and
    rival b tie at t* = (w_k Δr - D) / (Δr - D), D = S_a - S_b, Δr = v_ak - v_bk.
    """
    w = ranking.weights[criterion]
    winner = ranking.order[0]
    crossings = []
    for rival in ranking.order[1:]:
        gap = winner.score - rival.score
        delta = winner.values[criterion] - rival.values[criterion]
        if delta - gap < 0:  # the gap shrinks as this weight grows
            crossings.append((w * delta - gap) / (delta - gap))
    return min(t for t in crossings if w < t <= 1)


def _points_for_share(ranking: Ranking, criterion: int, share: float) -> float:
    """The --weight points that give a criterion this share, the others unchanged."""
    points = [c.points for c in ranking.scenario.criteria]
    rest = sum(points) - points[criterion]
    return share * rest / (1 - share)


def _ranks_shown(page: Any) -> list[int]:
    return [int(page.locator(f"[data-rank='{i}']").inner_text()) for i in range(4)]


def test_the_page_loads_offline_with_the_sliders(page: Any, memo: Memo) -> None:
    assert page.requests == [page.url]  # the page itself, nothing else
    assert page.locator("#controls").is_visible()
    assert page.locator("input[type=range]").count() == len(memo.rows)
    assert _ranks_shown(page) == [c.rank for c in memo.columns]


def test_moving_a_weight_past_the_threshold_shows_the_flip_python_predicts(page: Any) -> None:
    _, scenario = service.open_scenario(SCENARIO)
    ranking = service.rank(scenario)
    kosten = [c.id for c in scenario.criteria].index("kosten")
    threshold = _share_threshold(ranking, kosten)
    below, above = threshold - 1e-6, threshold + 1e-6
    # The threshold is real in the Python model: the winner changes between the two.
    before = service.rank(scenario, {"kosten": _points_for_share(ranking, kosten, below)})
    after = service.rank(scenario, {"kosten": _points_for_share(ranking, kosten, above)})
    assert before.winners[0].id == "hengelo"
    assert after.winners[0].id == "zelf_doen"

    slider = page.locator("input[data-slider='1']")
    for share, expected in ((below, before), (above, after)):
        slider.evaluate("(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", share * 100)
        by_index = {c.index: c for c in expected.order}
        assert _ranks_shown(page) == [by_index[i].rank for i in range(4)]
        totals = [page.locator(f"[data-total='{i}']").inner_text() for i in range(4)]
        assert totals == [formatting.points(by_index[i].score) for i in range(4)]

    flip = page.locator("#flip")
    assert flip.get_attribute("data-flipped") == "true"
    assert flip.inner_text() == "De rangorde verandert: Zelf doen van 2 naar 1 en Hengelo van 1 naar 2."
    assert page.locator("[data-rank='0']").get_attribute("class") == "rank moved"
    assert page.locator("[data-star='3']").is_visible()
    assert not page.locator("[data-star='0']").is_visible()
    assert page.locator("[data-weight='1']").first.inner_text() == formatting.percentages(after.weights)[1]

    page.locator("#reset").click()
    assert flip.get_attribute("data-flipped") == "false"
    assert _ranks_shown(page) == [1, 3, 4, 2]


def test_after_a_flip_the_conclusion_names_the_new_winner_and_keeps_the_memos_own(page: Any) -> None:
    _, scenario = service.open_scenario(SCENARIO)
    ranking = service.rank(scenario)
    kosten = [c.id for c in scenario.criteria].index("kosten")
    share = _share_threshold(ranking, kosten) + 1e-6
    after = service.rank(scenario, {"kosten": _points_for_share(ranking, kosten, share)})
    conclusion, original = page.locator("[data-conclusion]"), page.locator("[data-original]")
    served = conclusion.inner_text()
    assert not original.is_visible()

    page.locator("input[data-slider='1']").evaluate(
        "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", share * 100)

    assert conclusion.inner_text() == conclusion_sentence(after)  # the Python sentence for these weights
    assert conclusion.inner_text().startswith("Zelf doen staat eerste")
    assert original.is_visible() and served in original.inner_text()
    page.locator("#reset").click()
    assert conclusion.inner_text() == served and not original.is_visible()


@pytest.mark.real_programs
def test_the_page_rounds_halves_away_from_zero_as_python_does(page: Any) -> None:
    for locale, language, expected in (("nl-NL", "nl", ["46,3", "11,3"]), ("en-GB", "en", ["46.3", "11.3"])):
        shown = page.evaluate("([l, xs]) => xs.map(x => partnerkeuzeNumber(l, x))",
                              [locale, [46.25, 11.249999999999998]])
        assert shown == expected  # a tie, and a tie that 15 significant digits restore
        set_language(language)
        totals = [0.4625, 0.11249999999999998, 0.5875, 0.0005]
        assert page.evaluate("([l, xs]) => xs.map(x => partnerkeuzePoints(l, x))", [locale, totals]) == [
            formatting.points(x) for x in totals]
        # every kind of near-tie: exact halves, one ulp off, off in the 13th and 16th digit, negative, large
        rng = random.Random(11)
        values = [-0.04, -0.05, -2.25, 0.0, 1e-7, 99.95, 1234.55, 0.1124999999999, 9.99999999999995]
        for _ in range(400):
            half = rng.randrange(-20_000, 20_000) / 10 + 0.05
            values += [half, math.nextafter(half, math.inf), math.nextafter(half, -math.inf),
                       half + rng.choice([-1, 1]) * 10.0 ** -rng.randint(10, 16), rng.uniform(-1000, 1000)]
        shown = page.evaluate("([l, xs]) => xs.map(x => partnerkeuzeNumber(l, x))", [locale, values])
        assert [x for x, text in zip(values, shown, strict=True) if text != formatting.number(x, 1)] == []
    set_language("nl")


# --- every shipped scenario, in nl and en ----------------------------------------------

SHIPPED = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))


@pytest.fixture(scope="module")
def shipped_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every shipped scenario exported as a page, in nl and en (once for the module)."""
    from partnerkeuze.app.export import ExportOptions, export  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("shipped")
    pages = {}
    for language in ("nl", "en"):
        set_language(language)
        for path in SHIPPED:
            pages[path.stem, language] = export(path, ExportOptions(output=folder / f"{path.stem}-{language}.html",
                                                                    samples=0))
    set_language("nl")
    return pages


@pytest.mark.real_programs
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", [p.stem for p in SHIPPED])
def test_at_phone_and_desktop_width_the_page_does_not_scroll_sideways(browser: Any, shipped_pages: dict[Any, Path],
                                                                      name: str, width: int) -> None:
    for language in ("nl", "en"):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(shipped_pages[name, language].as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        tracks = page.evaluate("Array.from(document.querySelectorAll('input[type=range]'))"
                               ".map(e => e.getBoundingClientRect().width)")
        assert tracks and min(tracks) >= 120
        context.close()


@pytest.mark.real_programs
def test_a_name_that_is_one_long_word_does_not_widen_the_phone_page(browser: Any, tmp_path: Path) -> None:
    """A title or name without a space (a long compound, a URL) wraps inside the page at 390 px."""
    from partnerkeuze.app.export import ExportOptions, export  # noqa: PLC0415

    word = "Samenwerkingsorganisatiebedrijfsvoeringsdienstverleningsovereenkomst"
    scenario = tmp_path / "lang.yaml"
    scenario.write_text(SHIPPED[0].read_text(encoding="utf-8").replace(
        "titel: ", f"titel: {word}{word} ", 1), encoding="utf-8")
    page_path = export(scenario, ExportOptions(output=tmp_path / "lang.html", samples=0))
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(page_path.as_uri())

    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def _memo_sentence(ranking: Ranking) -> str:
    """The memo's conclusion for a ranking: who leads, and how the status quo fares."""
    from partnerkeuze.render.decision import status_quo_sentence  # noqa: PLC0415

    return " ".join(s for s in (conclusion_sentence(ranking), status_quo_sentence(ranking)) if s)


@pytest.mark.real_programs
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", [p.stem for p in SHIPPED])
def test_after_a_flip_every_shipped_page_concludes_as_python_does(browser: Any, shipped_pages: dict[Any, Path],
                                                                  name: str, language: str) -> None:
    """Each memo on the page (each task of a portfolio): a slider that changes the winner, the live sentence."""
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415

    path = next(p for p in SHIPPED if p.stem == name)
    tasks = [task.id for task in load(path).scenario.tasks] or [None]
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(shipped_pages[name, language].as_uri())
    set_language(language)
    try:
        for task in tasks:
            scenario = service.resolved_scenario(path, task)
            ranking = service.rank(scenario)
            root = page.locator(f"[data-memo='taak-{task}']" if task else "[data-memo]")
            k, share, moved = _flipping_move(ranking)
            assert moved.order[0].name != ranking.order[0].name
            served = root.locator("[data-conclusion]").inner_text()
            assert served.startswith(_memo_sentence(ranking))
            root.locator(f"input[data-slider='{k}']").evaluate(
                "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", share * 100)
            live = root.locator("[data-conclusion]").inner_text()
            assert live == _memo_sentence(moved)  # the memo's wording, naming the new winner
            assert moved.order[0].name in live
            original = root.locator("[data-original]")
            assert original.is_visible() and original.inner_text().endswith(served)
    finally:
        set_language("nl")
        context.close()
    assert errors == []


@pytest.mark.real_programs
def test_the_sliders_model_values_scores_through_the_same_value_functions(browser: Any,
                                                                         shipped_pages: dict[Any, Path]) -> None:
    """Issue #13: the page computes each value-function score's value itself, and gets Python's bits."""
    import json  # noqa: PLC0415

    name = "haaksbergen-2021-waardefunctie"
    ranking = service.rank(service.resolved_scenario(next(p for p in SHIPPED if p.stem == name)))
    context = browser.new_context()
    page = context.new_page()
    page.goto(shipped_pages[name, "nl"].as_uri())
    data = json.loads(page.locator("script[data-memo-data]").inner_text())
    curved = [j for j, c in enumerate(data["curves"]) if c]
    assert [ranking.scenario.criteria[j].id for j in curved] == ["kosten_structureel", "kwetsbaarheid"]
    for j in curved:
        computed = page.evaluate("([c]) => c.raw.map(x => window.partnerkeuzeCurveValue(c, x))", [data["curves"][j]])
        assert computed == [ranking.order[[r.index for r in ranking.order].index(i)].values[j]
                            for i in range(len(ranking.order))]
    assert page.locator("svg.curve").count() == 2
    assert page.locator("svg.curve circle.mark").count() == 2 * 3
    context.close()


def test_just_below_the_threshold_nothing_flips(page: Any) -> None:
    _, scenario = service.open_scenario(SCENARIO)
    ranking = service.rank(scenario)
    threshold = _share_threshold(ranking, 1)
    page.locator("input[data-slider='1']").evaluate(
        "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", (threshold - 1e-6) * 100)
    assert page.locator("#flip").inner_text() == "Met deze gewichten blijft de rangorde gelijk aan die in het memo."


def test_printing_hides_the_controls(page: Any) -> None:
    page.emulate_media(media="print")
    assert not page.locator("#controls").is_visible()
    assert page.locator("#memo-table").is_visible()


def test_the_difference_with_the_status_quo_follows_the_sliders(browser: Any, tmp_path: Path) -> None:
    """Haaksbergen 2020: the row 'Verschil met status quo' is recomputed like the totals."""
    import datetime as dt  # noqa: PLC0415

    from partnerkeuze.render.memo import build_memo  # noqa: PLC0415

    loaded, scenario = service.open_scenario(Path(__file__).parent.parent.parent / "scenarios" / "haaksbergen-2020.yaml")
    ranking = service.rank(scenario)
    memo = build_memo(ranking, sha256=loaded.sha256, export_date=dt.date(2024, 3, 15))
    path = tmp_path / "haaksbergen.html"
    path.write_text(html.render(memo), encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    page.goto(path.as_uri())
    versus = [page.locator(f"[data-versus='{i}']").inner_text() for i in range(3)]
    kwetsbaarheid = [row.id for row in memo.rows].index("kwetsbaarheid")
    page.locator(f"input[data-slider='{kwetsbaarheid}']").evaluate(
        "el => { el.value = '60'; el.dispatchEvent(new Event('input')); }")
    moved = [page.locator(f"[data-versus='{i}']").inner_text() for i in range(3)]
    context.close()

    assert versus == ["+23,8", "+30,0", "status quo"]
    weights = [w * 0.4 / (1 - memo.rows[kwetsbaarheid].weight) for w in (row.weight for row in memo.rows)]
    weights[kwetsbaarheid] = 0.6
    totals = [sum(w * row.cells[i].value for w, row in zip(weights, memo.rows, strict=True)) for i in range(3)]
    assert moved[:2] == [f"+{formatting.points(totals[i] - totals[2])}" for i in range(2)]
    assert moved[2] == "status quo"


# --- the portfolio in a real browser ---------------------------------------------------


def _task_rankings() -> dict[str, Ranking]:
    from partnerkeuze.app.portfolio import portfolio  # noqa: PLC0415
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415
    from render.conftest import PORTFOLIO  # noqa: PLC0415

    return {task.scenario.task or "": task.report.ranking for task in portfolio(load(PORTFOLIO)).tasks}


def _flipping_move(ranking: Ranking) -> tuple[int, float, Ranking]:
    """A criterion and a weight share at which another candidate leads (the first found, in steps of 5%)."""
    ids = [c.id for c in ranking.scenario.criteria]
    for k, criterion in enumerate(ids):
        if ranking.weights[k] == 0:
            continue
        for step in range(1, 20):
            share = step / 20 + 0.013  # off the 5% grid, where totals would end in an exact half point
            moved = service.rank(ranking.scenario, {criterion: _points_for_share(ranking, k, share)})
            if moved.order[0].id != ranking.order[0].id:
                return k, share, moved
    raise AssertionError("no weight share changes the winner")


def _section(page: Any, task: str) -> dict[str, list[str]]:
    """What a task's section and its summary row show."""
    root = page.locator(f"[data-memo='taak-{task}']")
    count = root.locator("[data-total]").count()
    summary = page.locator(f"[data-summary='taak-{task}']")
    return {
        "totals": [root.locator(f"[data-total='{i}']").inner_text() for i in range(count)],
        "ranks": [root.locator(f"[data-rank='{i}']").inner_text() for i in range(count)],
        "weights": [el.inner_text() for el in root.locator("td.weight [data-weight]").all()],
        "flip": [root.locator("[data-flip]").inner_text()],
        "summary": [summary.nth(i).inner_text() for i in range(summary.count())],
    }


@pytest.fixture
def portfolio_page(browser: Any, make_portfolio: Callable[..., PortfolioMemo], tmp_path: Path) -> Iterator[Any]:
    path = tmp_path / "portfolio.html"
    path.write_text(html.render_portfolio(make_portfolio()), encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.requests = requests
    yield page
    assert errors == []
    context.close()


def test_every_task_of_a_portfolio_gets_its_own_sliders(portfolio_page: Any,
                                                       make_portfolio: Callable[..., PortfolioMemo]) -> None:
    portfolio = make_portfolio()
    assert portfolio_page.requests == [portfolio_page.url]
    for task, _, memo in portfolio.tasks:
        root = portfolio_page.locator(f"[data-memo='taak-{task}']")
        assert portfolio_page.locator(f"#taak-{task}-controls").is_visible()
        assert root.locator("input[type=range]").count() == len(memo.rows)
        shown = _section(portfolio_page, task)
        assert shown["totals"] == [c.total_text for c in memo.columns]  # the script starts from the server's numbers
        assert shown["ranks"] == [str(c.rank) for c in memo.columns]
    assert portfolio_page.locator("td.moved").count() == 0


def test_a_portfolio_slider_moves_only_its_own_task_as_python_predicts(
    portfolio_page: Any, make_portfolio: Callable[..., PortfolioMemo],
) -> None:
    portfolio = make_portfolio()
    rankings = _task_rankings()
    (first, _, first_memo), (second, _, second_memo) = portfolio.tasks[0], portfolio.tasks[1]
    untouched = _section(portfolio_page, second)
    for task, memo in ((first, first_memo), (second, second_memo)):
        k, share, expected = _flipping_move(rankings[task])
        root = portfolio_page.locator(f"[data-memo='taak-{task}']")
        root.locator(f"input[data-slider='{k}']").evaluate(
            "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", share * 100)
        shown = _section(portfolio_page, task)
        by_name = {c.name: c for c in expected.order}
        names = [c.name for c in memo.columns]
        assert shown["totals"] == [formatting.points(by_name[n].score) for n in names]
        assert shown["ranks"] == [str(by_name[n].rank) for n in names]
        assert shown["weights"] == list(formatting.percentages(expected.weights))
        assert shown["summary"][:3] == [expected.order[0].name, formatting.points(expected.order[0].score),
                                        expected.order[1].name]
        assert shown["summary"][3] == formatting.points(expected.order[0].score - expected.order[1].score)
        assert root.locator("[data-flip]").get_attribute("data-flipped") == "true"
        winner = names.index(expected.order[0].name)
        assert root.locator(f"[data-star='{winner}']").is_visible()
        summary_best = portfolio_page.locator(f"[data-summary='taak-{task}'][data-summary-cell='best']")
        assert summary_best.get_attribute("class") == "moved"
        if task == first:  # the other task's table, weights, flip and summary row did not move
            assert _section(portfolio_page, second) == untouched
    moved_second = _section(portfolio_page, second)

    portfolio_page.locator(f"#taak-{first}-reset").click()
    shown = _section(portfolio_page, first)
    assert shown["totals"] == [c.total_text for c in first_memo.columns]
    assert shown["ranks"] == [str(c.rank) for c in first_memo.columns]
    assert shown["summary"] == list(portfolio.rows[0][2:6])
    assert portfolio_page.locator(f"[data-summary='taak-{first}'].moved").count() == 0
    assert _section(portfolio_page, second) == moved_second  # resetting one task leaves the other as moved


def test_without_javascript_a_portfolio_shows_the_server_numbers(
    browser: Any, make_portfolio: Callable[..., PortfolioMemo], tmp_path: Path,
) -> None:
    portfolio = make_portfolio()
    path = tmp_path / "portfolio.html"
    path.write_text(html.render_portfolio(portfolio), encoding="utf-8")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(path.as_uri())
    for (task, _, memo), row in zip(portfolio.tasks, portfolio.rows, strict=True):
        assert not page.locator(f"#taak-{task}-controls").is_visible()
        shown = _section(page, task)
        assert shown["totals"] == [c.total_text for c in memo.columns]
        assert shown["summary"] == list(row[2:6])
    context.close()
