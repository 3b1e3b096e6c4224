"""Value functions in words, numbers, JSON and a small SVG plot: what every output shows of them.

A criterion with a ``waardefunctie`` shows each score with its value beside it
('€ 500.000 (53,3)'), lists its points (score as the user writes scores, value 0-100)
and draws the function with the candidates on it. The terminal (``profiles_view``), the
memo's exports and the JSON take their pieces from here, so they say the same thing.
No rich and no matplotlib here (``rank --json`` imports this module).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from partnerkeuze.core.valuefunctions import Interval
from partnerkeuze.language import formatting
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.scenario.resolved import (
    ResolvedCriterion,
    ResolvedScenario,
    ValueFunction,
)

BAR_WIDTH = 20  # characters for a value of 100 in the terminal's text plot
_EIGHTHS = " ▏▎▍▌▋▊▉"


def value_text(value: float) -> str:
    """A value in [0, 1] as the file writes values, 0-100 with one decimal at most: '53,3', '70'."""
    return formatting.number(value * 100, 1, fixed=False)


def valued(text: str, value: float) -> str:
    """A score with its value: '€ 500.000 (53,3)'."""
    return t("curves.valued", score=text, value=value_text(value))


def point_label(function: ValueFunction, k: int, unit: str | None) -> str:
    """Point k's score as the user writes scores: its label, or the number in its unit."""
    if function.labels is not None:
        return function.labels[k]
    return formatting.quantity(function.points[k][0], unit)


def rows(function: ValueFunction | None, unit: str | None) -> list[tuple[str, str]]:
    """(score, value) per point of a function: ('€ 300.000', '100')."""
    if function is None:
        return []
    return [(point_label(function, k, unit), formatting.plain(value)) for k, (_, value) in enumerate(function.points)]


def bar(value: float, width: int = BAR_WIDTH) -> str:
    """A value in 0-100 as a bar of block characters (eighths), for the terminal's text plot."""
    eighths = round(max(0.0, min(100.0, value)) / 100 * width * 8)
    return ("█" * (eighths // 8) + _EIGHTHS[eighths % 8]).rstrip()


def with_function(scenario: ResolvedScenario) -> list[ResolvedCriterion]:
    """The criteria that have a value function, in the scenario's order."""
    return [c for c in scenario.criteria if c.value_function is not None]


def note(scenario: ResolvedScenario, key: str = "curves.note") -> str | None:
    """The note under a ranking: which criteria count with a value function, and what the brackets mean.

    ``key``: the message for several criteria (``key + '_one'`` for one); the memo's says where its functions stand.
    """
    names = [c.name for c in with_function(scenario)]
    if not names:
        return None
    return t(f"{key}_one" if len(names) == 1 else key, criteria=join_names(names))


def shape(function: ValueFunction) -> str:
    """'stijgend', 'dalend' or 'stijgt en daalt': how the function runs, in a word."""
    values = function.values
    steps = [b - a for a, b in pairwise(values)]
    if all(s >= 0 for s in steps):
        return t("curves.rising")
    if all(s <= 0 for s in steps):
        return t("curves.falling")
    return t("curves.both")


def summary(name: str, function: ValueFunction, unit: str | None) -> str:
    """'Kosten per jaar (dalend): € 300.000 → 100, € 450.000 → 70, ...' in one line (labels quoted: ‘-’)."""
    quote = function.labels is not None
    points = ", ".join(f"{t('term.label_quote', label=score) if quote else score} → {value}"
                       for score, value in rows(function, unit))
    return t("curves.summary", criterion=name, points=points, shape=shape(function))


def raw_summary(name: str, spec: tuple[Any, ...] | dict[str, Any], unit: str | None) -> str:
    """A criteria set's function as written (not yet checked against a scenario's scales), in one line."""
    if isinstance(spec, dict):
        items = [(str(label), value) for label, value in spec.items()]
    else:
        items = [(formatting.quantity(p[0], unit) if _is_number(p[0]) else str(p[0]), p[1])
                 for p in spec if isinstance(p, tuple) and len(p) == 2]
    points = ", ".join(f"{score} → {formatting.plain(v) if _is_number(v) else v}" for score, v in items)
    return t("curves.summary_plain", criterion=name, points=points)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def document(scenario: ResolvedScenario) -> dict[str, Any]:
    """``value_functions`` for the JSON: per criterion id its points [score, value 0-100] (and labels)."""
    found: dict[str, Any] = {}
    for criterion in with_function(scenario):
        function = criterion.value_function
        assert function is not None
        entry: dict[str, Any] = {"points": [[x, v] for x, v in function.points]}
        if function.labels is not None:
            entry["labels"] = list(function.labels)
        found[criterion.id] = entry
    return found


# --- score thresholds on a value function, in words (render/robustness.py) --------------------


def conservative(value: float, domain: tuple[float, float], maximise: bool) -> float:
    """A threshold rounded to 5 significant digits of its range, on the safe side.

    Why: "€ 591.666,67" reads as false precision in a memo. Rounding up for a
    higher-is-better criterion (down for lower-is-better) keeps every sentence true:
    'needs at least X' and 'may fall to X' both still hold for the rounded X.
    """
    span = domain[1] - domain[0]
    if span <= 0 or not math.isfinite(value):
        return value
    step = 10.0 ** (math.floor(math.log10(span)) - 4)
    scaled = round(value / step, 6)
    rounded = (math.ceil(scaled) if maximise else math.floor(scaled)) * step
    return float(round(rounded, 10))


def inward(regions: list[Interval], domain: tuple[float, float]) -> list[Interval]:
    """Regions rounded to 5 significant digits of the domain, inwards: what is said stays true.

    A region too narrow to round stays exact.
    """
    rounded = []
    for low, high in regions:
        a = low if low == domain[0] else conservative(low, domain, maximise=True)
        b = high if high == domain[1] else conservative(high, domain, maximise=False)
        rounded.append((a, b) if a <= b else (low, high))
    return rounded


def regions_text(regions: list[Interval], domain: tuple[float, float], unit: str | None, *,
                 compact: bool = False) -> str:
    """'€ 412.500 of minder', 'een score tussen 12 km en 26 km', '5 km of minder of naar 15 km of meer'.

    ``compact`` for a table cell: '€ 412.500' for one interval at an end of the domain,
    '12 km – 26 km' for one inside it, '≤ 5 km of ≥ 15 km' for more.
    """
    items = []
    for low, high in inward(regions, domain):
        a, b = formatting.quantity(low, unit), formatting.quantity(high, unit)
        if low == high:
            key, x = "exactly", a
        elif low == domain[0]:
            key, x = "at_most", b
        elif high == domain[1]:
            key, x = "at_least", a
        else:
            key, x = "between", ""
        if compact:
            items.append(x if len(regions) == 1 and key != "between" else t(f"robust.region_short_{key}", x=x, low=a, high=b))
        else:
            items.append(t(f"robust.region_{key}", x=x, low=a, high=b))
    return t("robust.regions_or").join(items)


def reaching_label(function: ValueFunction, level: float, current: float) -> str | None:
    """The label of least value that still reaches ``level`` (0-1), as ``first_reaching`` does for a scale.

    Of labels worth the same, the one nearest the current score (a function may rise and fall).
    """
    assert function.labels is not None
    reaching = [(value, abs(number - current), label)
                for label, (number, value) in zip(function.labels, function.points, strict=True)
                if value / 100 >= level - 1e-9]
    return min(reaching)[2] if reaching else None


# --- the plot as SVG (the HTML page; Word draws it with matplotlib in charts.py) ----------------


@dataclass(frozen=True)
class Mark:
    """A candidate on the plot: its name, its score as written and as a number, its value (0-1)."""

    name: str
    text: str
    raw: float
    value: float


def marks(names: Sequence[str], cells: Sequence[Any], function: ValueFunction) -> tuple[Mark, ...]:
    """The candidates on a function: their names, and each memo cell's text, raw score and value.

    A label is quoted (‘-’), so a bare minus does not read as a dash.
    """
    labels = set(function.labels or ())
    return tuple(Mark(name, t("term.label_quote", label=cell.text) if cell.text in labels else cell.text,
                      cell.raw, cell.value) for name, cell in zip(names, cells, strict=True))


# The candidates' colours on a plot (Okabe-Ito, as charts.PALETTE, after the line's own blue).
MARK_COLOURS = ("#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def mark_colour(k: int) -> str:
    """The colour of the k-th candidate's dot, the same in Word and on the page."""
    return MARK_COLOURS[k % len(MARK_COLOURS)]


def marks_line(marks: Sequence[Mark]) -> str:
    """'Hengelo: € 200.000 → 90; Enschede: € 600.000 → 10': each candidate's score and its value."""
    return "; ".join(t("curves.mark_item", name=m.name, score=m.text, value=value_text(m.value)) for m in marks)


_W, _H = 320, 170  # the SVG's size in px
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 12, 10, 34


def svg(name: str, function: ValueFunction, unit: str | None, marks: tuple[Mark, ...]) -> str:
    """The function as a small inline SVG: value 0-100 up, score along; the candidates as dots.

    Why SVG: the page must work offline without requests, and a line of points is a
    few hundred bytes. Its label says the same in words, and each dot names its candidate.
    """
    low, high = function.domain
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM

    def at(x: float, v: float) -> tuple[str, str]:
        return f"{_LEFT + (x - low) / (high - low) * plot_w:.2f}", f"{_TOP + (1 - v / 100) * plot_h:.2f}"

    e = escape
    said = e(summary(name, function, unit))
    out = [f'<svg class="curve" viewBox="0 0 {_W} {_H}" width="{_W}" height="{_H}" role="img" aria-label="{said}">',
           f"<title>{said}</title>",
           f'<line class="axis" x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{_LEFT + plot_w}" y2="{_TOP + plot_h}"/>',
           f'<line class="axis" x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{_TOP + plot_h}"/>']
    for v in (0, 50, 100):
        out.append(f'<text x="{_LEFT - 4}" y="{_TOP + (1 - v / 100) * plot_h + 3:.2f}" text-anchor="end">{v}</text>')
    last = len(function.points) - 1  # every label of a scale; the ends of a range of numbers
    for k in range(last + 1) if function.labels is not None else (0, last):
        x, _ = at(function.points[k][0], 0)
        anchor = "start" if k == 0 else "end" if k == last else "middle"
        out.append(f'<text x="{x}" y="{_TOP + plot_h + 14}" text-anchor="{anchor}">'
                   f"{e(point_label(function, k, unit))}</text>")
    out.append(f'<polyline class="line" points="{" ".join(",".join(at(x, v)) for x, v in function.points)}"/>')
    out += ['<circle class="point" cx="{}" cy="{}" r="2.5"/>'.format(*at(x, v)) for x, v in function.points]
    for k, mark in enumerate(marks):
        cx, cy = at(mark.raw, mark.value * 100)
        label = e(t("curves.mark", name=mark.name, score=mark.text, value=value_text(mark.value)))
        out.append(f'<circle class="mark" cx="{cx}" cy="{cy}" r="4" style="fill:{mark_colour(k)}">'
                   f"<title>{label}</title></circle>")
    out.append(f'<text class="name" x="{_LEFT + plot_w / 2:.2f}" y="{_H - 4}" text-anchor="middle">{e(name)}</text>')
    out.append("</svg>")
    return "".join(out)
