"""Numbers as Dutch (or English) readers write them: 1.250.000; 30%; € 1.250.000.

The symbols are CLDR's for nl_NL and en_GB (decimal comma and thousands dot in Dutch),
and a number is rounded as a spreadsheet rounds it: the shortest decimal form of the
float, first to 15 significant digits (as Excel and LibreOffice hold a number), then
half away from zero (Excel's ROUND, and what Dutch readers learnt at school): 46,25 is
46,3 in the terminal, Word, Markdown, HTML and Excel alike (issue #11). Bounds printed
in sentences are rounded to the safe side instead (``render/robustness.py``).
Why not babel itself at run time: loading its locale data
takes longer than the whole ranking (issue #7: start-up); the tests check this module
against babel's ``format_decimal``/``format_currency`` digit for digit. Babel stays
the source of dates in the memo (``memo.py``), which only the exports need.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING

from partnerkeuze.language import current_language

if TYPE_CHECKING:
    from babel import Locale

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# Excel and LibreOffice keep 15 significant digits: 46.25 computed as 46.24999999999999
# is 46.25 there, and must be here too, or a memo and its workbook disagree.
SIGNIFICANT = 15
# (decimal separator, group separator) per language, as CLDR gives them.
_SYMBOLS = {"nl": (",", "."), "en": (".", ",")}
_CURRENCY_UNITS = {"eur": "EUR", "euro": "EUR", "€": "EUR"}


def locale() -> Locale:
    """The babel locale of the current language (for dates; only the exports need it)."""
    from babel import Locale  # noqa: PLC0415 - babel's locale data is slow to load

    return Locale.parse(LOCALES[current_language()])


def number(value: float, decimals: int = 1, *, fixed: bool = True, grouped: bool = True) -> str:
    """A number with ``decimals`` decimals (trailing zeros kept when ``fixed``).

    As babel's pattern ``#,##0.0`` (``#,##0.#`` when not ``fixed``, ``0.0`` when not
    ``grouped``) writes it in the current language.
    """
    point, group = _SYMBOLS[current_language()]
    exact = Decimal(repr(float(value)))
    if not exact.is_finite():
        return "NaN" if exact.is_nan() else ("-∞" if exact < 0 else "∞")
    rounded = spreadsheet_round(exact, decimals)
    integer, _, fraction = f"{abs(rounded):f}".partition(".")
    if not fixed:
        fraction = fraction.rstrip("0")
    if grouped:
        integer = _grouped(integer, group)
    sign = "-" if rounded.is_signed() else ""
    return sign + integer + (point + fraction if fraction else "")


def spreadsheet_round(exact: Decimal, decimals: int) -> Decimal:
    """``exact`` to ``decimals`` places as Excel's ROUND: 15 digits, then half away from zero."""
    with localcontext() as context:  # room for every digit of the largest float
        context.prec = 1000
        if exact and exact.adjusted() < SIGNIFICANT:  # larger whole numbers stay exact
            step = Decimal(1).scaleb(exact.adjusted() - SIGNIFICANT + 1)
            exact = exact.quantize(step, rounding=ROUND_HALF_EVEN)
        return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _grouped(digits: str, group: str) -> str:
    head = len(digits) % 3 or 3
    return group.join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


def plain(value: float) -> str:
    """A user's own number, as short as it can be written exactly: 3; 2,5; 1.200.000."""
    if float(value).is_integer():
        return number(value, 0)
    return number(value, 6, fixed=False)


def euro(value: float) -> str:
    """'€ 1.250.000' (cents only when there are any).

    Dutch writes the minus after the sign: € -200.000 (babel's pattern
    ``¤ #,##0;¤ -#,##0``; its own nl pattern adds a non-breaking space that breaks
    alignment in tables and CSV).
    """
    decimals = 0 if float(value).is_integer() else 2
    text = number(value, decimals)
    return "€ " + text


def points(score: float) -> str:
    """A total or contribution in [0, 1] shown as points out of 100, one decimal."""
    return number(score * 100, 1)


def percent(share: float, decimals: int = 0) -> str:
    """A share in [0, 1] as '30%' (Dutch writes no space before %)."""
    return number(share * 100, decimals) + "%"


def percentages(shares: Sequence[float]) -> list[str]:
    """Weights as percentages that add up to exactly 100% as printed.

    Why: a memo whose weights add up to 99% invites the wrong question. Largest
    remainder rounding at whole percents, or at one decimal when a share needs it.
    """
    raw = [share * 100 for share in shares]
    decimals = 0 if all(abs(r - round(r)) < 1e-9 for r in raw) else 1
    scale = 10**decimals
    scaled = [r * scale for r in raw]
    floors = [math.floor(s + 1e-9) for s in scaled]
    short = round(sum(scaled)) - sum(floors)
    by_remainder = sorted(range(len(raw)), key=lambda i: (-(scaled[i] - floors[i]), i))
    for i in by_remainder[: max(0, short)]:
        floors[i] += 1
    return [number(f / scale, decimals) + "%" for f in floors]


def quantity(value: float, unit: str | None) -> str:
    """A score in its unit: '€ 1.200.000', '12,5 km', '3'."""
    if unit and unit.strip().lower() in _CURRENCY_UNITS:
        return euro(value)
    text = plain(value)
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"
