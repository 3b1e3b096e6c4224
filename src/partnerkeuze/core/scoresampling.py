"""Drawing uncertain scores for the Monte Carlo: uniform ranges, Beta-PERT estimates.

Why: "Hengelo wins 87% of the draws" should also cover the scores nobody knows
exactly (an offer still to come, a "+ or ++"). Each uncertain cell of the value
matrix is drawn anew in every sample; certain cells stay fixed.

- A range ``[laag, hoog]`` is drawn uniformly: nothing in it is more likely.
- A three-point estimate ``{laag, waarschijnlijk, hoog}`` is drawn from the Beta-PERT
  distribution (Malcolm, Roseboom, Clark & Fazar 1959; the parametrisation of Vose
  2008, "Risk Analysis", with lambda = 4): on [a, b] with mode m,
  alpha = 1 + 4 (m - a) / (b - a), beta = 1 + 4 (b - m) / (b - a), mean
  (a + 4m + b) / 6. Why PERT and not the triangular: it keeps more mass near the
  most likely value and less in the tails, as experts intend a "most likely" value.

Draws are made on the normalised scale (0 = worst, 1 = best): the normalisation is
linear, so a uniform or PERT score gives a uniform or PERT value. A score on a criterion
with a value function (``valuefunctions.py``) is not linear in its value: there the score
itself is drawn and the function applied to the draw. Core module.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from partnerkeuze.core.matrix import FloatArray
from partnerkeuze.core.valuefunctions import Curve

IntArray = NDArray[np.int64]
PERT_LAMBDA = 4.0


@dataclass(frozen=True, eq=False)
class UncertainScores:
    """The uncertain cells of an m x n value matrix, on the normalised scale.

    ``rows[c]``, ``cols[c]``: candidate and criterion of cell c; ``low[c]`` <=
    ``mode[c]`` <= ``high[c]`` in [0, 1]; ``pert[c]``: True for a three-point
    estimate (Beta-PERT), False for a range (uniform; ``mode`` is its middle).
    ``curves[c]``: for a cell on a criterion with a value function, that function;
    ``low``, ``mode`` and ``high`` are then raw scores in its domain, and a draw is the
    function's value of the drawn score. Empty: no cell has one.
    """

    rows: IntArray
    cols: IntArray
    low: FloatArray
    mode: FloatArray
    high: FloatArray
    pert: NDArray[np.bool_]
    curves: tuple[Curve | None, ...] = ()

    def __post_init__(self) -> None:
        for name in ("rows", "cols", "low", "mode", "high", "pert"):
            array = np.array(getattr(self, name), dtype=bool if name == "pert" else
                             (np.int64 if name in ("rows", "cols") else np.float64))
            array.flags.writeable = False
            object.__setattr__(self, name, array)
        sizes = {len(getattr(self, name)) for name in ("rows", "cols", "low", "mode", "high", "pert")}
        object.__setattr__(self, "curves", tuple(self.curves))
        if len(sizes) != 1 or (self.curves and len(self.curves) != len(self.rows)):
            msg = "rows, cols, low, mode, high, pert (and curves) must have one entry per cell"
            raise ValueError(msg)
        curves = self.curves or (None,) * len(self.rows)
        bounds = np.array([(0.0, 1.0) if curve is None else curve.domain for curve in curves]).reshape(-1, 2)
        if not (np.all(self.low <= self.mode) and np.all(self.mode <= self.high)
                and np.all(self.low >= bounds[:, 0]) and np.all(self.high <= bounds[:, 1])):
            msg = "every cell needs 0 <= low <= mode <= high <= 1 (within the domain of its value function)"
            raise ValueError(msg)

    def __len__(self) -> int:
        """The number of uncertain cells."""
        return len(self.rows)

    @property
    def alpha_beta(self) -> tuple[FloatArray, FloatArray]:
        """Beta shape parameters of every cell: Beta-PERT for estimates, Beta(1, 1) = uniform for ranges."""
        span = np.where(self.high > self.low, self.high - self.low, 1.0)
        alpha = np.where(self.pert, 1 + PERT_LAMBDA * (self.mode - self.low) / span, 1.0)
        beta = np.where(self.pert, 1 + PERT_LAMBDA * (self.high - self.mode) / span, 1.0)
        return alpha, beta

    def draw(self, rng: np.random.Generator, size: int) -> FloatArray:
        """``size`` draws of every uncertain cell, shape (size, cells).

        Why one Beta call (a range is Beta(1, 1), the uniform): numpy fills it sample
        by sample from one stream, so consecutive chunks continue that stream and
        chunking cannot change the draws.
        """
        alpha, beta = self.alpha_beta
        unit = rng.beta(alpha, beta, size=(size, len(self)))
        draws: FloatArray = self.low + (self.high - self.low) * unit
        for c, curve in enumerate(self.curves):
            if curve is not None:
                draws[:, c] = curve(draws[:, c])
        return draws

    def sample(self, rng: np.random.Generator, size: int, values: FloatArray) -> FloatArray:
        """``size`` value matrices (size, m, n): ``values`` with the uncertain cells drawn."""
        stack = np.repeat(np.asarray(values, dtype=np.float64)[None, :, :], size, axis=0)
        stack[:, self.rows, self.cols] = self.draw(rng, size)
        return stack


def normalised(raw: float, low: float, high: float, maximise: bool) -> float:
    """One raw score on the model's 0-1 scale (README "Het model")."""
    if high == low:
        return 1.0
    value = (raw - low) / (high - low)
    return value if maximise else 1.0 - value
