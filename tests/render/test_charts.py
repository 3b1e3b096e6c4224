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
