"""The decision matrix: immutable numpy arrays, nothing else.

Why: every computation (ranking, thresholds, Monte Carlo) works on the same few
arrays, so they live in one frozen object that the service builds once from a
validated scenario. The core never sees YAML, labels or the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from partnerkeuze.core.valuefunctions import Curve

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]


def _frozen(values: object, dtype: type) -> NDArray:
    array = np.array(values, dtype=dtype)
    array.flags.writeable = False
    return array


@dataclass(frozen=True, eq=False)
class DecisionMatrix:
    """Raw scores of m candidates on n criteria, with each criterion's range.

    - ``raw[i, j]``: the number behind candidate i's score on criterion j.
    - ``weights[j]``: normalised weights, >= 0, summing to 1.
    - ``maximise[j]``: True for ``richting: max``, False for ``min``.
    - ``low[j]``, ``high[j]``: the normalisation range (``bereik``, else the
      scale's range, else the candidates' own lowest and highest score).
    - ``fixed_range[j]``: True when the range is explicit (``bereik`` or a
      scale), False when it was taken from the candidates' scores.
    - ``curves[j]``: the criterion's value function (``valuefunctions.Curve``), or
      None for the straight line; empty: no criterion has one. A criterion with a
      curve has its curve's domain as a fixed range.
    """

    candidates: tuple[str, ...]
    criteria: tuple[str, ...]
    raw: FloatArray
    weights: FloatArray
    maximise: BoolArray
    low: FloatArray
    high: FloatArray
    fixed_range: BoolArray
    curves: tuple[Curve | None, ...] = ()

    def __post_init__(self) -> None:
        m, n = len(self.candidates), len(self.criteria)
        for name, dtype in (
            ("raw", np.float64),
            ("weights", np.float64),
            ("maximise", np.bool_),
            ("low", np.float64),
            ("high", np.float64),
            ("fixed_range", np.bool_),
        ):
            object.__setattr__(self, name, _frozen(getattr(self, name), dtype))
        if self.raw.shape != (m, n):
            msg = f"raw has shape {self.raw.shape}, expected {(m, n)}"
            raise ValueError(msg)
        for name in ("weights", "maximise", "low", "high", "fixed_range"):
            if getattr(self, name).shape != (n,):
                msg = f"{name} must have one entry per criterion ({n})"
                raise ValueError(msg)
        if m == 0 or n == 0:
            msg = "a decision matrix needs at least one candidate and one criterion"
            raise ValueError(msg)
        if not np.all(np.isfinite(self.raw)):
            msg = "raw scores must be finite numbers"
            raise ValueError(msg)
        if np.any(self.weights < 0) or not np.isclose(self.weights.sum(), 1.0):
            msg = "weights must be >= 0 and sum to 1"
            raise ValueError(msg)
        if np.any(self.low > self.high):
            msg = "low must not exceed high"
            raise ValueError(msg)
        object.__setattr__(self, "curves", tuple(self.curves))
        if self.curves and len(self.curves) != n:
            msg = f"curves must be empty or have one entry per criterion ({n})"
            raise ValueError(msg)
        for j, curve in enumerate(self.curves):
            if curve is not None and (curve.domain != (self.low[j], self.high[j]) or not self.fixed_range[j]):
                msg = f"criterion {j} has a value function: its range must be the function's domain"
                raise ValueError(msg)

    @property
    def shape(self) -> tuple[int, int]:
        """(number of candidates, number of criteria)."""
        return (len(self.candidates), len(self.criteria))

    def with_weights(self, weights: FloatArray) -> DecisionMatrix:
        """The same matrix with other (already normalised) weights."""
        return DecisionMatrix(
            candidates=self.candidates,
            criteria=self.criteria,
            raw=self.raw,
            weights=weights,
            maximise=self.maximise,
            low=self.low,
            high=self.high,
            fixed_range=self.fixed_range,
            curves=self.curves,
        )


def normalise_weights(points: FloatArray) -> FloatArray:
    """Turn relative weights (any unit, >= 0, not all zero) into shares summing to 1."""
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 1 or np.any(points < 0) or not np.all(np.isfinite(points)):
        msg = "points must be a 1-d array of finite numbers >= 0"
        raise ValueError(msg)
    total = points.sum()
    if total <= 0:
        msg = "points must not all be zero"
        raise ValueError(msg)
    return points / total
