"""Saving explored weights as a profile (``profilesave.py``): a new file that ranks the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from partnerkeuze.app import service
from partnerkeuze.app.explore import STEP, Explorer
from partnerkeuze.app.profilesave import default_target, profile_points, save_profile, target_for
from partnerkeuze.errors import ExportError
from partnerkeuze.language import set_language
from partnerkeuze.scenario.resolved import select

ROOT = Path(__file__).parents[2]


@pytest.fixture
def haaksbergen(tmp_path: Path) -> Path:
    """The Haaksbergen scenario in a folder of its own (it names a built-in criteria set)."""
    return Path(shutil.copy(ROOT / "scenarios" / "haaksbergen-2020.yaml", tmp_path / "haaksbergen.yaml"))


def explored(path: Path, **kw: str) -> Explorer:
    """Kwetsbaarheid up 17 points, past the flip at 36%."""
    explorer = Explorer(path, **kw)
    explorer.select([c.id for c in explorer.scenario.criteria].index("kwetsbaarheid"))
    for _ in range(17):
        explorer.move(STEP)
    return explorer


def test_the_default_file_is_next_to_the_scenario_and_never_taken(haaksbergen: Path) -> None:
    first = default_target(haaksbergen)
    assert first == haaksbergen.with_name("haaksbergen.verkend.yaml")
    first.write_text("", encoding="utf-8")
    assert default_target(haaksbergen) == haaksbergen.with_name("haaksbergen.verkend-2.yaml")
    set_language("en")
    assert default_target(haaksbergen).name == "haaksbergen.explored.yaml"


def test_a_typed_name_stays_next_to_the_scenario(haaksbergen: Path, tmp_path: Path) -> None:
    assert target_for(haaksbergen, " raad ") == tmp_path / "raad.yaml"
    assert target_for(haaksbergen, "raad.yml") == tmp_path / "raad.yml"
    assert target_for(haaksbergen, str(tmp_path / "raad.yaml")) == tmp_path / "raad.yaml"
    with pytest.raises(ExportError, match="naast het scenario"):
        target_for(haaksbergen, "/tmp/elders/raad.yaml")
    with pytest.raises(ExportError):
        target_for(haaksbergen, "  ")


def test_the_saved_profile_ranks_as_the_screen_and_keeps_the_file(haaksbergen: Path) -> None:
    explorer = explored(haaksbergen)
    saved = save_profile(explorer, default_target(haaksbergen))

    assert saved.profile == "verkend"
    text = saved.path.read_text(encoding="utf-8")
    original = haaksbergen.read_text(encoding="utf-8")
    assert text.startswith(original[: original.index("criteria:\n  - id: kwetsbaarheid")])
    assert "# Verwachte uitkomst: Hengelo eerst" in text
    again = service.rank(select(service.resolved_scenario(saved.path), "verkend"))
    shown = explorer.frame.ranking
    assert [(c.id, c.rank) for c in again.order] == [(c.id, c.rank) for c in shown.order]
    assert again.weights == pytest.approx(shown.weights, abs=5e-4)
    assert again.order[0].id == "enschede"
    assert haaksbergen.read_text(encoding="utf-8") == original


def test_a_second_save_gets_its_own_file_and_the_scenario_is_never_written(haaksbergen: Path) -> None:
    explorer = explored(haaksbergen)
    first = save_profile(explorer, default_target(haaksbergen))
    second = save_profile(explorer, default_target(haaksbergen))
    assert first.path != second.path
    with pytest.raises(ExportError):
        save_profile(explorer, haaksbergen)
    with pytest.raises(ExportError):
        save_profile(explorer, first.path)


def test_a_profile_of_a_profile_gets_a_free_id_and_says_where_it_came_from(haaksbergen: Path) -> None:
    explorer = explored(haaksbergen, profile="raad")
    first = save_profile(explorer, default_target(haaksbergen))
    explorer_again = explored(first.path, profile="verkend")
    second = save_profile(explorer_again, default_target(haaksbergen))

    assert second.profile == "verkend-2"
    text = second.path.read_text(encoding="utf-8")
    assert 'naam: "Verkend vanuit Gemeenteraad"' in text
    assert "met de hand verschoven: Vermindering van kwetsbaarheid." in text


def test_a_task_is_saved_for_rank_with_that_task(tmp_path: Path) -> None:
    path = Path(shutil.copy(ROOT / "scenarios" / "ommen-diensten.yaml", tmp_path / "ommen.yaml"))
    explorer = Explorer(path)
    explorer.next_task()
    explorer.move(5 * STEP)
    saved = save_profile(explorer, default_target(path))

    again = service.rank(select(service.resolved_scenario(saved.path, explorer.task), saved.profile))
    assert [(c.id, c.rank) for c in again.order] == [(c.id, c.rank) for c in explorer.frame.ranking.order]
    assert f"Verkend bij taak {explorer.task}." in saved.path.read_text(encoding="utf-8")


def test_points_get_more_decimals_only_where_a_rank_needs_them() -> None:
    values = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert profile_points(values, np.array([0.25, 0.75])) == ["25", "75"]
    assert profile_points(values, np.array([1 / 3, 2 / 3])) == ["33.3", "66.7"]
    # A tie at 1/2 + 1e-7 vs 1/2: one decimal would make it a tie, so more decimals.
    tight = np.array([0.5 + 1e-7, 0.5 - 1e-7])
    written = profile_points(values, tight)
    assert written == ["50.00001", "49.99999"]
