"""Value functions: how much a score is worth, piecewise linear between drawn points.

Why: the straight line between the ends of a range (``scoring.normalise``) says that
every step of a score is worth the same. For money that is often not what a council
means: the first € 100.000 saved can matter more than the step from € 700.000 to
€ 800.000. A value function is that statement, drawn as points (score, value):

    v(x) = (1 - t) v_k + t v_{k+1},   t = (x - x_k) / (x_{k+1} - x_k),   x_k <= x <= x_{k+1}

with scores x_1 < ... < x_n and values v_k in [0, 1] (the file's 0-100 divided by 100).
The function may rise, fall or do both. This form is exact at every point (t = 0 gives
v_k, t = 1 gives v_{k+1}), and through (low, 0) and (high, 1) it is bit for bit the
straight line of ``scoring.normalise``: (1 - t) 0 + t 1 = t, and (1 - t) 1 + t 0 = 1 - t.

Score thresholds need the inverse: the scores at which a value reaches a level, solved
per piece in closed form (``at_least``). Core module: numpy and the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]  # as in matrix.py, which imports this module (type-only)
Interval = tuple[float, float]


@dataclass(frozen=True, eq=False)
class Curve:
    """A value function: scores ``x`` (strictly increasing) and values ``y`` in [0, 1]."""

    x: FloatArray
    y: FloatArray

    def __post_init__(self) -> None:
        for name in ("x", "y"):
            array = np.array(getattr(self, name), dtype=np.float64)
            array.flags.writeable = False
            object.__setattr__(self, name, array)
        x, y = self.x, self.y
        if x.ndim != 1 or x.shape != y.shape or len(x) < 2:
            msg = "a value function needs at least two points (x and y of the same length)"
            raise ValueError(msg)
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
            msg = "the points of a value function must be finite numbers"
            raise ValueError(msg)
        if np.any(np.diff(x) <= 0):
            msg = "the scores of a value function must be strictly increasing"
            raise ValueError(msg)
        if np.any(y < 0) or np.any(y > 1):
            msg = "the values of a value function must lie in [0, 1]"
            raise ValueError(msg)

    @property
    def domain(self) -> Interval:
        """The lowest and the highest score the function is drawn for."""
        return float(self.x[0]), float(self.x[-1])

    def __call__(self, raw: FloatArray | float) -> FloatArray:
        """The value of every score in ``raw`` (scores outside the domain take the nearest end)."""
        x, y = self.x, self.y
        z = np.clip(np.asarray(raw, dtype=np.float64), x[0], x[-1])
        k = np.clip(np.searchsorted(x, z, side="right") - 1, 0, len(x) - 2)
        t = (z - x[k]) / (x[k + 1] - x[k])
        value: FloatArray = (1.0 - t) * y[k] + t * y[k + 1]
        return value

    def straight(self) -> bool | None:
        """True for the rising line (low, 0)-(high, 1), False for the falling one, else None.

        Why: such a function *is* the linear model of ``scoring.normalise`` with range
        [low, high], and the service computes it as one (the same bits everywhere,
        sensitivity analysis and Monte Carlo included).
        """
        if len(self.x) != 2:
            return None
        ends = (float(self.y[0]), float(self.y[1]))
        return True if ends == (0.0, 1.0) else False if ends == (1.0, 0.0) else None

    def at_least(self, level: float) -> tuple[Interval, ...]:
        """The scores whose value is at least ``level``: closed intervals, lowest first.

        Per piece the value is linear, so its crossing of ``level`` is one division;
        touching intervals are joined. Empty when no score reaches the level.
        """
        x, y = self.x, self.y
        found: list[list[float]] = []
        for k in range(len(x) - 1):
            x0, x1, y0, y1 = float(x[k]), float(x[k + 1]), float(y[k]), float(y[k + 1])
            if y0 >= level and y1 >= level:
                piece = (x0, x1)
            elif y0 < level and y1 < level:
                continue
            else:
                t = (level - y0) / (y1 - y0)
                cross = min(max(x0 + t * (x1 - x0), x0), x1)
                piece = (cross, x1) if y1 > y0 else (x0, cross)
            if found and found[-1][1] >= piece[0]:
                found[-1][1] = max(found[-1][1], piece[1])
            else:
                found.append([piece[0], piece[1]])
        return tuple((low, high) for low, high in found)


def apply(raw: FloatArray, curves: tuple[Curve | None, ...], linear: FloatArray) -> FloatArray:
    """``linear`` (the straight-line values) with every column that has a curve replaced by its values."""
    if not any(curve is not None for curve in curves):
        return linear
    values = np.array(linear, dtype=np.float64)
    for j, curve in enumerate(curves):
        if curve is not None:
            values[..., j] = curve(raw[..., j])
    return values


__all__ = ["Curve", "Interval", "apply"]
