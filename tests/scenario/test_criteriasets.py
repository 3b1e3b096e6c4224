"""The criteria sets shipped with the package (``criteriasets.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerkeuze.scenario.criteriasets import builtin_dir, builtin_names, find
from partnerkeuze.scenario.loading import load_criteria_set

BUILT_IN = ["drie-k", "haaksbergen", "samenwerkingsvorm", "vier-k"]


def test_builtin_names_are_sorted() -> None:
    assert builtin_names() == BUILT_IN


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_built_in_set_is_valid(name: str) -> None:
    criteria_set = load_criteria_set(builtin_dir() / f"{name}.yaml")

    assert criteria_set.name
    assert criteria_set.criteria
    assert all(c.description for c in criteria_set.criteria), (
        "every criterion in a set carries its definition"
    )


def test_find_a_built_in_set_by_name() -> None:
    assert find("haaksbergen") == builtin_dir() / "haaksbergen.yaml"


def test_find_a_set_relative_to_the_scenario(tmp_path: Path) -> None:
    (tmp_path / "eigen.yaml").write_text("versie: 1\n", encoding="utf-8")

    assert find("eigen.yaml", tmp_path) == tmp_path / "eigen.yaml"


@pytest.mark.parametrize("name", ["vijf-k", "eigen.txt", "."])
def test_find_returns_none_for_what_is_not_a_set(tmp_path: Path, name: str) -> None:
    (tmp_path / "eigen.txt").write_text("versie: 1\n", encoding="utf-8")

    assert find(name, tmp_path) is None
