"""Numbers as Dutch (or English) readers write them: 1.250.000; 30%; € 1.250.000.

Locale rules come from babel (CLDR data), not from string surgery.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from babel import Locale
from babel.numbers import format_currency, format_decimal

from partnerkeuze.language import current_language

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
_CURRENCY_UNITS = {"eur": "EUR", "euro": "EUR", "€": "EUR"}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES[language])


def locale() -> Locale:
    """The babel locale of the current language."""
    return _locale(current_language())


def number(value: float, decimals: int = 1, *, fixed: bool = True) -> str:
    """A number with ``decimals`` decimals (trailing zeros kept when ``fixed``)."""
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale())


def plain(value: float) -> str:
    """A user's own number, as short as it can be written exactly: 3; 2,5; 1.200.000."""
    if float(value).is_integer():
        return number(value, 0)
    return number(value, 6, fixed=False)


def euro(value: float) -> str:
    """'€ 1.250.000' (cents only when there are any)."""
    # Dutch writes the minus after the sign: € -200.000 (babel's own nl pattern adds a
    # non-breaking space that breaks alignment in tables and CSV).
    pattern = "¤ #,##0;¤ -#,##0" if float(value).is_integer() else "¤ #,##0.00;¤ -#,##0.00"
    return format_currency(value, "EUR", format=pattern, locale=locale(), currency_digits=False)


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
