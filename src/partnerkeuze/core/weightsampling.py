"""Weight draws for SMAA-2: uniform on the simplex, or Dirichlet around the file's weights.

Why apart from the loop: the two distributions are the modelling choice a reader of the
memo asks about (METHODS §2); the loop in montecarlo.py only consumes them.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from partnerkeuze.core.matrix import FloatArray

Sampling = Literal["around", "uniform"]
SAMPLINGS: tuple[Sampling, ...] = ("around", "uniform")

# Dirichlet(c w): sd of w_j = sqrt(w_j (1 - w_j) / (c + 1)), at most 0.05 (w_j = 0.5).
DEFAULT_CONCENTRATION = 100.0

def sample_uniform(rng: np.random.Generator, samples: int, criteria: int) -> FloatArray:
    """Weights uniform on the simplex: Dirichlet(1, ..., 1), as in SMAA-2.

    w = E / sum(E) with E_j ~ Exp(1) independent gives the density (n - 1)! on
    {w >= 0, sum w = 1} (Lahdelma & Salminen 2001; Tervonen & Lahdelma 2007).
    Why: "no preference information"; the file's weights are ignored.
    """
    draws = rng.standard_exponential((samples, criteria))
    weights: FloatArray = draws / draws.sum(axis=1, keepdims=True)
    return weights


def sample_around(
    rng: np.random.Generator,
    samples: int,
    weights: FloatArray,
    concentration: float = DEFAULT_CONCENTRATION,
) -> FloatArray:
    """Weights around the file's weights: Dirichlet(c w) on the criteria with w > 0.

    The mean is w; the standard deviation of w_j is sqrt(w_j (1 - w_j) / (c + 1)),
    so the default c = 100 gives at most 0.05 (5 percentage points, at w_j = 0.5)
    and e.g. 0.04 at w_j = 0.2. Criteria with weight 0 stay at 0: the file says
    they do not count, and Dirichlet needs positive parameters. Weights are read as
    shares (normalised first).
    """
    weights = np.asarray(weights, dtype=np.float64)
    if weights.ndim != 1 or np.any(weights < 0) or not weights.sum() > 0:
        msg = "weights must be a 1-d array of numbers >= 0, not all zero"
        raise ValueError(msg)
    if not (np.isfinite(concentration) and concentration > 0):
        msg = "concentration must be a finite number > 0"
        raise ValueError(msg)
    weights = weights / weights.sum()
    positive = weights > 0
    drawn = np.zeros((samples, len(weights)))
    drawn[:, positive] = rng.dirichlet(concentration * weights[positive], size=samples)
    return drawn
