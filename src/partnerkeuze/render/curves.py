"""Value functions in words, numbers, JSON and a small SVG plot: what every output shows of them.

A criterion with a ``waardefunctie`` shows each score with its value beside it
('€ 500.000 (53,3)'), lists its points (score as the user writes scores, value 0-100)
and draws the function with the candidates on it. The terminal (``profiles_view``), the
memo's exports and the JSON take their pieces from here, so they say the same thing.
No rich and no matplotlib here (``rank --json`` imports this module).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

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


def note(scenario: ResolvedScenario) -> str | None:
    """The note under a ranking: which criteria count with a value function, and what the brackets mean."""
    names = [c.name for c in with_function(scenario)]
    if not names:
        return None
    return t("curves.note_one" if len(names) == 1 else "curves.note", criteria=join_names(names))


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
    """'Kosten per jaar (dalend): € 300.000 → 100, € 450.000 → 70, ...' in one line."""
    points = ", ".join(f"{score} → {value}" for score, value in rows(function, unit))
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


# --- the plot as SVG (the HTML page; Word draws it with matplotlib in charts.py) ----------------


@dataclass(frozen=True)
class Mark:
    """A candidate on the plot: its name, its score as written and as a number, its value (0-1)."""

    name: str
    text: str
    raw: float
    value: float


_W, _H = 320, 170  # the SVG's size in px
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 12, 10, 34


def svg(name: str, function: ValueFunction, unit: str | None, marks: tuple[Mark, ...]) -> str:
    """The function as a small inline SVG: value 0-100 up, score along; the candidates as dots.

    Why SVG: the page must work offline without requests, and a line of points is a
    few hundred bytes. Its label says the same in words, and each dot names its candidate.
    """
    low, high = function.points[0][0], function.points[-1][0]
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
    for k, anchor in ((0, "start"), (len(function.points) - 1, "end")):
        x, _ = at(function.points[k][0], 0)
        out.append(f'<text x="{x}" y="{_TOP + plot_h + 14}" text-anchor="{anchor}">'
                   f"{e(point_label(function, k, unit))}</text>")
    out.append(f'<polyline class="line" points="{" ".join(",".join(at(x, v)) for x, v in function.points)}"/>')
    out += ['<circle class="point" cx="{}" cy="{}" r="2.5"/>'.format(*at(x, v)) for x, v in function.points]
    for mark in marks:
        cx, cy = at(mark.raw, mark.value * 100)
        label = e(t("curves.mark", name=mark.name, score=mark.text, value=value_text(mark.value)))
        out.append(f'<circle class="mark" cx="{cx}" cy="{cy}" r="4"><title>{label}</title></circle>')
    out.append(f'<text class="name" x="{_LEFT + plot_w / 2:.2f}" y="{_H - 4}" text-anchor="middle">{e(name)}</text>')
    out.append("</svg>")
    return "".join(out)
