"""Charts: real PNGs from matplotlib, the same bytes for the same memo."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image

from partnerkeuze.render import charts
from partnerkeuze.render.memo import Memo

PNG = b"\x89PNG\r\n\x1a\n"


def test_contributions_chart_is_a_deterministic_png(memo: Memo) -> None:
    data = charts.contributions_png(memo)
    assert data.startswith(PNG)
    assert charts.contributions_png(memo) == data
    assert b"Software" not in data  # no matplotlib version stamp
    with Image.open(io.BytesIO(data)) as image:
        assert image.width == round(charts.WIDTH_INCHES * charts.DPI)


def test_intervals_chart_only_with_sensitivity(make_memo: Callable[..., Memo]) -> None:
    assert charts.intervals_png(make_memo()) is None
    data = charts.intervals_png(make_memo(sensitivity=True))
    assert data is not None
    assert data.startswith(PNG)


def test_english_ticks_use_a_decimal_point(make_memo: Callable[..., Memo]) -> None:
    assert charts.contributions_png(make_memo(lang="en")) != charts.contributions_png(make_memo())


def test_a_criterion_of_weight_zero_has_no_bar_and_no_legend_entry(make_memo: Callable[..., Memo]) -> None:
    memo = make_memo(overrides={"nabijheid": 0.0})
    assert [row.name for _, row in charts.contributing(memo)] == ["Kwaliteit en informatieveiligheid", "Structurele kosten"]
    assert [j for j, _ in charts.contributing(make_memo())] == [0, 1, 2]


def test_the_alt_texts_say_what_the_charts_show_in_the_users_language(make_memo: Callable[..., Memo]) -> None:
    dutch = charts.contributions_alt(make_memo())
    assert dutch.startswith("Staafdiagram van de totaalscore per kandidaat")
    assert "Hengelo 71,9; Zelf doen 59,5; Markt B 55,5; Coöperatie Oost 54,5" in dutch  # in rank order
    english = charts.intervals_alt(make_memo(sensitivity=True, lang="en"))
    assert english.startswith("Chart of the weights between which Hengelo stays first")
    assert "; Structurele kosten from 0.0% to 52.9% (now 35.0%);" in english  # names as the scenario writes them
