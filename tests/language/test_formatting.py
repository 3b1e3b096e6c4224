"""Numbers as Dutch (and English) readers write them (``formatting.py``)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerkeuze.core.matrix import normalise_weights
from partnerkeuze.language import formatting, set_language


@pytest.mark.parametrize(
    ("value", "dutch", "english"),
    [
        (1_250_000, "€ 1.250.000", "€ 1,250,000"),
        (1_250.5, "€ 1.250,50", "€ 1,250.50"),
        (0, "€ 0", "€ 0"),
    ],
)
def test_euro(value: float, dutch: str, english: str) -> None:
    assert formatting.euro(value) == dutch
    set_language("en")
    assert formatting.euro(value) == english


def test_negative_euro_amount_puts_the_minus_after_the_euro_sign() -> None:
    """Dutch (CLDR nl): '€ -200.000', as babel's own nl_NL currency pattern writes it."""
    assert formatting.euro(-200_000) == "€ -200.000"


@pytest.mark.parametrize(
    ("value", "dutch", "english"),
    [
        (0.5, "0,5", "0.5"),
        (2.5, "2,5", "2.5"),
        (3, "3", "3"),
        (1_200_000, "1.200.000", "1,200,000"),
        (1 / 3, "0,333333", "0.333333"),
    ],
)
def test_plain_writes_the_users_own_number_briefly(
    value: float, dutch: str, english: str
) -> None:
    assert formatting.plain(value) == dutch
    set_language("en")
    assert formatting.plain(value) == english


def test_number_keeps_trailing_zeros_when_fixed() -> None:
    assert formatting.number(2, 1) == "2,0"
    assert formatting.number(2, 2, fixed=False) == "2"
    assert formatting.number(1234.5, 0) == "1.235"  # half away from zero, as Excel


def test_points_are_out_of_one_hundred_with_one_decimal() -> None:
    assert formatting.points(0.75) == "75,0"
    assert formatting.points(1.0) == "100,0"
    set_language("en")
    assert formatting.points(0.125) == "12.5"


def test_percent_has_no_space_before_the_sign() -> None:
    assert formatting.percent(0.3) == "30%"
    assert formatting.percent(0.125, 1) == "12,5%"


def test_whole_percentages_stay_whole() -> None:
    assert formatting.percentages([0.20, 0.15, 0.40, 0.25]) == [
        "20%",
        "15%",
        "40%",
        "25%",
    ]


def test_thirds_add_up_to_one_hundred_by_largest_remainder() -> None:
    """33,33..% three times: each rounds down to 33,3 (99,9); the missing 0,1 goes to the first."""
    assert formatting.percentages([1 / 3, 1 / 3, 1 / 3]) == ["33,4%", "33,3%", "33,3%"]


def test_largest_remainder_goes_to_the_largest_fraction() -> None:
    """2/7 = 28,571..% and 5/7 = 71,428..%: 28,5 + 71,4 = 99,9, and 2/7 has the larger remainder."""
    assert formatting.percentages([2 / 7, 5 / 7]) == ["28,6%", "71,4%"]


def test_percentages_in_english() -> None:
    set_language("en")
    assert formatting.percentages([1 / 3, 1 / 3, 1 / 3]) == ["33.4%", "33.3%", "33.3%"]


def parse_percentage(text: str) -> int:
    """'33,4%' -> 334 (tenths), '20%' -> 200."""
    number = text.removesuffix("%").replace(",", "")
    return int(number) * (1 if "," in text else 10)


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=12).filter(any))
def test_percentages_always_add_up_to_exactly_one_hundred(points: list[int]) -> None:
    shares = normalise_weights(np.array(points, dtype=float))

    shown = formatting.percentages(list(shares))

    assert sum(parse_percentage(s) for s in shown) == 1000


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=12).filter(any))
def test_each_percentage_is_within_one_step_of_its_share(points: list[int]) -> None:
    shares = normalise_weights(np.array(points, dtype=float))

    shown = formatting.percentages(list(shares))

    for share, text in zip(shares, shown, strict=True):
        step = 1 if "," in text else 10  # in tenths of a percent
        assert abs(parse_percentage(text) - share * 1000) < step


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1_200_000, "EUR", "€ 1.200.000"),
        (1_200_000, "euro", "€ 1.200.000"),
        (5, "€", "€ 5"),
        (12.5, "km", "12,5 km"),
        (12, "%", "12%"),
        (3, None, "3"),
        (3, "", "3"),
    ],
)
def test_quantity_writes_a_score_in_its_unit(
    value: float, unit: str | None, expected: str
) -> None:
    assert formatting.quantity(value, unit) == expected


# --- the same digits as babel (CLDR), which formatting.py does not load at run time ---

babel_numbers = pytest.importorskip("babel.numbers")
REAL_NUMBERS = st.one_of(
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
    st.integers(min_value=-10**12, max_value=10**12).map(float),
    st.integers(min_value=-10**7, max_value=10**7).map(lambda n: n / 1000),  # ties: 2.675, 0.125
)


def babel_pattern(decimals: int, *, fixed: bool, grouped: bool) -> str:
    return ("#,##0" if grouped else "0") + ("." + ("0" if fixed else "#") * decimals if decimals else "")


def as_a_spreadsheet_holds_it(value: float) -> Decimal:
    """The float as Excel and LibreOffice keep it: 15 significant digits."""
    exact = Decimal(repr(value))
    if not exact or exact.adjusted() >= formatting.SIGNIFICANT:
        return exact
    return exact.quantize(Decimal(1).scaleb(exact.adjusted() - formatting.SIGNIFICANT + 1), rounding=ROUND_HALF_EVEN)


def babel_half_up(value: float, pattern: str, language: str = "nl") -> str:
    """Babel's digits with the decimal context set to round half away from zero."""
    with localcontext() as context:
        context.prec = 1000
        context.rounding = ROUND_HALF_UP
        return babel_numbers.format_decimal(
            as_a_spreadsheet_holds_it(value), format=pattern, locale=formatting.LOCALES[language]
        )


@given(
    value=REAL_NUMBERS,
    decimals=st.integers(min_value=0, max_value=10),
    fixed=st.booleans(),
    grouped=st.booleans(),
    language=st.sampled_from(["nl", "en"]),
)
def test_number_writes_what_babel_writes_rounding_half_away_from_zero(
    value: float, decimals: int, fixed: bool, grouped: bool, language: str
) -> None:
    set_language(language)  # type: ignore[arg-type]
    pattern = babel_pattern(decimals, fixed=fixed, grouped=grouped)
    expected = babel_half_up(value, pattern, language)
    assert formatting.number(value, decimals, fixed=fixed, grouped=grouped) == expected


@given(value=REAL_NUMBERS, language=st.sampled_from(["nl", "en"]))
def test_euro_writes_what_babel_writes(value: float, language: str) -> None:
    set_language(language)  # type: ignore[arg-type]
    pattern = "¤ #,##0;¤ -#,##0" if float(value).is_integer() else "¤ #,##0.00;¤ -#,##0.00"
    with localcontext() as context:
        context.prec = 1000
        context.rounding = ROUND_HALF_UP
        expected = babel_numbers.format_currency(
            as_a_spreadsheet_holds_it(value), "EUR", format=pattern,
            locale=formatting.LOCALES[language], currency_digits=False,
        )
    assert formatting.euro(value) == expected


@pytest.mark.parametrize("value", [2.675, 0.125, -0.04, 1e-7, 123456789.5, 0.0, -0.0])
def test_rounding_ties_and_signs_follow_babel_half_up(value: float) -> None:
    for decimals in (0, 1, 2):
        expected = babel_half_up(value, babel_pattern(decimals, fixed=True, grouped=True))
        assert formatting.number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (46.25, 1, "46,3"),  # Excel's ROUND(46.25; 1); half-even would say 46,2
        (71.25, 1, "71,3"),
        (-46.25, 1, "-46,3"),  # away from zero, also below it
        (0.125, 2, "0,13"),
        (2.675, 2, "2,68"),  # the float is 2.67499999999999982236431605997495353221893310546875
        (0.1 + 0.2, 1, "0,3"),
        (46.24999999999999, 1, "46,3"),  # a sum of products that a spreadsheet holds as 46.25
        (46.2499999999, 1, "46,2"),  # a real difference is kept
    ],
)
def test_figures_round_half_away_from_zero_as_a_spreadsheet_does(
    value: float, decimals: int, shown: str
) -> None:
    assert formatting.number(value, decimals) == shown
