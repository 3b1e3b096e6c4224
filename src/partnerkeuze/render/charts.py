"""Charts for the memo as PNG bytes: matplotlib, Agg backend, the same bytes every time.

Why no pyplot: it keeps global state and picks a backend from the environment; a
``Figure`` with its own Agg canvas does neither. PNGs carry no timestamp, and the
"Software" text chunk is dropped, so one memo always gives the same image.
"""

from __future__ import annotations

import io
import textwrap
from typing import TYPE_CHECKING, Any

from partnerkeuze.language import formatting
from partnerkeuze.language.texts import t
from partnerkeuze.render import curves
from partnerkeuze.render.curves import Mark
from partnerkeuze.render.memo import Memo, MemoRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 150
WIDTH_INCHES = 6.3  # 16 cm: the text width of an A4 memo with normal margins
# Colour-blind safe (Okabe-Ito), in a fixed order so each criterion keeps its colour.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_STYLE: dict[Any, Any] = {"font.family": "DejaVu Sans", "font.size": 8, "axes.spines.top": False, "axes.spines.right": False}


def contributions_png(memo: Memo) -> bytes:
    """Stacked bars: each candidate's total split into the criteria's weighted contributions."""
    import matplotlib as mpl  # only exports pay for matplotlib

    with mpl.rc_context(_STYLE):
        order = sorted(range(len(memo.columns)), key=lambda i: (memo.columns[i].rank, i), reverse=True)
        fig = _figure(max(2.2, 0.45 * len(order) + 1.6 + 0.18 * len(memo.rows)))
        ax = fig.add_subplot()
        labels = [_wrap(_label(memo, i)) for i in order]
        left = [0.0] * len(order)
        for j, row in contributing(memo):
            widths = [row.cells[i].contribution * 100 for i in order]
            ax.barh(labels, widths, left=left, color=PALETTE[j % len(PALETTE)], label=_wrap(row.name, 40),
                    edgecolor="white", linewidth=0.5, height=0.6)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        for y, i in enumerate(order):
            ax.text(left[y] + 1, y, memo.columns[i].total_text, va="center", fontweight="bold")
        ax.set_xlim(0, 100)
        ax.set_xlabel(t("memo.chart_points"))
        ax.set_title(t("memo.chart_contributions"), loc="left", fontweight="bold")
        _dutch_axis(ax.xaxis, decimals=0)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=2, frameon=False, fontsize=7)
        return _png(fig)


def contributing(memo: Memo) -> list[tuple[int, Any]]:
    """The criteria with a weight, with their index (which keeps each one's colour): a criterion
    of weight 0 adds nothing, so it gets no bar and no legend entry."""
    return [(j, row) for j, row in enumerate(memo.rows) if row.weight != 0]


def intervals_png(memo: Memo) -> bytes | None:
    """Per criterion: the weights between which the winner stays first, and today's weight."""
    if memo.sensitivity is None or not memo.sensitivity.intervals:
        return None
    import matplotlib as mpl

    rows = memo.sensitivity.intervals
    with mpl.rc_context(_STYLE):
        fig = _figure(max(1.8, 0.35 * len(rows) + 1.2))
        ax = fig.add_subplot()
        names = [_wrap(r.criterion, 36) for r in reversed(rows)]
        for y, row in enumerate(reversed(rows)):
            low = 0.0 if row.winner_low is None else row.winner_low
            high = 1.0 if row.winner_high is None else row.winner_high
            ax.plot([low * 100, high * 100], [y, y], color=PALETTE[0], linewidth=5, solid_capstyle="butt")
            ax.plot([row.weight * 100], [y], marker="|", color="black", markersize=14, markeredgewidth=2,
                    linestyle="none", label=t("memo.chart_current") if y == 0 else None)
        ax.set_yticks(range(len(rows)), names)
        ax.set_xlim(0, 100)
        ax.set_xlabel(t("memo.chart_weight"))
        ax.set_title(t("memo.chart_intervals"), loc="left", fontweight="bold")
        _dutch_axis(ax.xaxis, decimals=0, suffix="%")
        # Below the axis, not on it: inside the plot the legend's marker read as one more weight.
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.28), frameon=False, fontsize=7)
        return _png(fig)


CURVE_WIDTH_INCHES = 4.2  # a value function is a small plot, not a full-width chart


def value_function_png(row: MemoRow, marks: tuple[Mark, ...]) -> bytes:
    """One criterion's value function: its points joined by straight lines, the candidates as dots."""
    import matplotlib as mpl

    function = row.value_function
    assert function is not None
    with mpl.rc_context(_STYLE):
        fig = _figure(2.3, width=CURVE_WIDTH_INCHES)
        ax = fig.add_subplot()
        xs, ys = function.scores, function.values
        ax.plot(xs, ys, color=PALETTE[0], linewidth=1.6, marker="o", markersize=3.5, zorder=2)
        for k, mark in enumerate(marks):
            ax.plot([mark.raw], [mark.value * 100], marker="o", markersize=7, linestyle="none", zorder=3,
                    color=curves.mark_colour(k), markeredgecolor="white",
                    label=_wrap(t("curves.mark_item", name=mark.name, score=mark.text.replace("€ ", "€\u00a0"),
                                  value=curves.value_text(mark.value)), 72))
        ax.set_ylim(-4, 104)
        ax.set_ylabel(t("curves.col_value"))
        ax.set_title(_wrap(f"{row.name} ({curves.shape(function)})", 60), loc="left", fontweight="bold")
        if function.labels is not None:
            ax.set_xticks(xs, function.labels)
        else:
            from matplotlib.ticker import FuncFormatter, MaxNLocator

            ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: formatting.quantity(x, row.unit)))
        _dutch_axis(ax.yaxis, decimals=0)
        ax.grid(axis="y", color="#dddddd", linewidth=0.5, zorder=0)
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.18), frameon=False, fontsize=7, ncols=1)
        return _png(fig)


def value_function_alt(row: MemoRow, marks: tuple[Mark, ...]) -> str:
    """The value function's plot in words: its points and shape, and where each candidate lands."""
    assert row.value_function is not None
    return t("curves.alt", summary=curves.summary(row.name, row.value_function, row.unit),
             marks=t("curves.marks", marks=curves.marks_line(marks)))


def contributions_alt(memo: Memo) -> str:
    """The contributions chart in words, for a screen reader (and a reader who cannot see colour)."""
    order = sorted(range(len(memo.columns)), key=lambda i: (memo.columns[i].rank, i))
    totals = "; ".join(f"{memo.columns[i].name} {memo.columns[i].total_text}" for i in order)
    return t("charts.alt_contributions", totals=totals)


def intervals_alt(memo: Memo) -> str:
    """The weight-interval chart in words: per criterion the interval and today's weight."""
    assert memo.sensitivity is not None
    winner = next((c.name for c in memo.columns if c.rank == 1), "")
    parts = []
    for row in memo.sensitivity.intervals:
        low = 0.0 if row.winner_low is None else row.winner_low
        high = 1.0 if row.winner_high is None else row.winner_high
        parts.append(t("charts.alt_interval", criterion=row.criterion, low=formatting.percent(low, 1),
                       high=formatting.percent(high, 1), weight=formatting.percent(row.weight, 1)))
    return t("charts.alt_intervals", winner=winner, intervals="; ".join(parts))


def _figure(height: float, width: float = WIDTH_INCHES) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _label(memo: Memo, i: int) -> str:
    column = memo.columns[i]
    return f"{column.rank}. {column.name}" + (" ★" if column.preferred else "")


def _wrap(text: str, width: int = 30) -> str:
    return textwrap.fill(text, width)


def _dutch_axis(axis: object, *, decimals: int, suffix: str = "") -> None:
    """Tick labels with the current language's decimal comma (formatting.py, not the C locale)."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda x, _pos: formatting.number(x, decimals) + suffix))  # type: ignore[attr-defined]
