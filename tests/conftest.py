"""Shared test set-up: hypothesis profiles, language, golden files, factories.

Golden files live in ``tests/render/testdata/<module>/``; refresh them with
``pytest --update-golden`` and review the diff before committing.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

# The CLI builds its help texts at import in the language of PARTNERKEUZE_LANG;
# a developer's own setting must not change what the tests see.
os.environ.pop("PARTNERKEUZE_LANG", None)
# The scenario cache (scenariocache.py) of a test run lives and dies with the run:
# tests never read a developer's cache, nor leave entries in it.
_CACHE = tempfile.TemporaryDirectory(prefix="partnerkeuze-cache-")
os.environ["PARTNERKEUZE_CACHE"] = _CACHE.name

from partnerkeuze.core.matrix import DecisionMatrix, normalise_weights
from partnerkeuze.language import set_language

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SCENARIOS = ROOT / "scenarios"
GOLDEN = TESTS / "render" / "testdata"

settings.register_profile(
    "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, print_blob=True
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files in tests/render/testdata/ from the current output.",
    )
    parser.addoption(
        "--fuzz-long",
        action="store_true",
        default=False,
        help="Run the fuzz tests (tests/test_fuzz.py) with 20 times more examples.",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--fuzz-long"):
        os.environ["_PARTNERKEUZE_FUZZ_LONG"] = "1"


@pytest.fixture(autouse=True)
def reset_language() -> Iterator[None]:
    """Every test starts in Dutch, whatever an earlier test (or CLI call) switched to."""
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/render/testdata/<name>`` (or rewrite it with --update-golden)."""
    update = request.config.getoption("--update-golden")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"golden file {path} is missing; run pytest --update-golden")
        assert actual == path.read_text(encoding="utf-8")

    return check


@pytest.fixture
def write_scenario(tmp_path: Path) -> Callable[..., Path]:
    """Write a scenario (dedented YAML text) to tmp_path and return its path."""

    def write(text: str, name: str = "scenario.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


def random_matrix(
    seed: int,
    m: int = 5,
    n: int = 4,
    *,
    fixed_range: bool = False,
    integers: bool = False,
) -> DecisionMatrix:
    """A reproducible random decision matrix (skc ``data_values(seed=...)``).

    With ``fixed_range`` every criterion is normalised on [0, 100]; otherwise on the
    candidates' own lowest and highest score, as for a number without ``bereik``.
    """
    rng = np.random.default_rng(seed)
    raw = (
        rng.integers(0, 101, size=(m, n)).astype(float)
        if integers
        else rng.uniform(0, 100, (m, n))
    )
    points = rng.integers(1, 11, size=n).astype(float)
    if fixed_range:
        low, high = np.zeros(n), np.full(n, 100.0)
    else:
        low, high = raw.min(axis=0), raw.max(axis=0)
    return DecisionMatrix(
        candidates=tuple(f"k{i}" for i in range(m)),
        criteria=tuple(f"c{j}" for j in range(n)),
        raw=raw,
        weights=normalise_weights(points),
        maximise=rng.random(n) < 0.5,
        low=low,
        high=high,
        fixed_range=np.full(n, fixed_range),
    )


@pytest.fixture(scope="session")
def make_matrix() -> Callable[..., DecisionMatrix]:
    """The seeded factory ``random_matrix(seed, m, n, fixed_range=..., integers=...)``.

    Session-scoped because it is pure, and so hypothesis tests may use it too.
    """
    return random_matrix
