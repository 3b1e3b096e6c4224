"""The cache of resolved scenarios (``scenariocache.py``): a file seen before starts fast.

What it must never do: serve a result that is not what reading the file would give
now. Every test here changes one thing an entry depends on and checks the cache
misses, or damages the cache and checks nothing but speed is lost.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partnerkeuze.app import service
from partnerkeuze.cli import app
from partnerkeuze.errors import ScenarioInvalid
from partnerkeuze.language import set_language
from partnerkeuze.scenario import cache as scenariocache

WriteScenario = Callable[..., Path]
SCENARIO = """\
versie: 1
titel: Cache
criteria:
  - {id: ict, gewicht: 60, schaal: oordeel}
  - {id: kosten, gewicht: 40, richting: min, eenheid: EUR}
kandidaten:
  - {id: hengelo, scores: {ict: "++", kosten: 900000}}
  - {id: enschede, scores: {ict: "+", kosten: 700000}}
"""


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own, empty cache folder."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(scenariocache.ENV_VAR, str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_a_second_read_comes_from_the_cache_and_equals_a_fresh_read(
    write_scenario: WriteScenario, cache: Path
) -> None:
    path = write_scenario(SCENARIO)
    assert scenariocache.lookup(path, None) is None

    first = service.resolved_scenario(path)
    cached = scenariocache.lookup(path, None)

    assert len(entries(cache)) == 1
    assert cached == first == service.open_scenario(path)[1]


def test_an_edited_file_is_read_afresh(write_scenario: WriteScenario) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)

    write_scenario(SCENARIO.replace("gewicht: 60", "gewicht: 10"))

    assert scenariocache.lookup(path, None) is None
    assert service.resolved_scenario(path).criteria[0].points == 10


def test_a_copy_elsewhere_is_read_with_the_criteria_set_beside_it(tmp_path: Path) -> None:
    """Same bytes, another folder: 'criteriaset: mijnset.yaml' names another file there."""
    text = SCENARIO.replace(
        "criteria:\n  - {id: ict, gewicht: 60, schaal: oordeel}\n  - {id: kosten, gewicht: 40, richting: min, eenheid: EUR}\n",
        "criteriaset: mijnset.yaml\n",
    )
    paths = []
    for folder, name in (("a", "ICT"), ("b", "Informatievoorziening")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mijnset.yaml").write_text(
            f"versie: 1\nnaam: Set\ncriteria:\n  - {{id: ict, naam: {name}, gewicht: 60, schaal: oordeel}}\n"
            "  - {id: kosten, naam: Kosten, gewicht: 40, richting: min, eenheid: EUR}\n", encoding="utf-8")
        paths.append(tmp_path / folder / "scenario.yaml")
        paths[-1].write_text(text, encoding="utf-8")

    names = [service.resolved_scenario(path).criteria[0].name for path in paths]

    assert names == ["ICT", "Informatievoorziening"]


def test_language_and_task_are_part_of_the_key(write_scenario: WriteScenario) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)

    set_language("en")
    assert scenariocache.lookup(path, None) is None
    set_language("nl")
    assert scenariocache.lookup(path, "ict") is None


def test_a_changed_criteria_set_is_read_afresh(write_scenario: WriteScenario) -> None:
    criteria_set = """\
    versie: 1
    naam: Mijn set
    criteria:
      - {id: ict, naam: ICT, gewicht: 60, schaal: oordeel}
      - {id: kosten, naam: Kosten, gewicht: 40, richting: min, eenheid: EUR}
    """
    set_path = write_scenario(criteria_set, "mijnset.yaml")
    path = write_scenario(SCENARIO.replace(
        "criteria:\n  - {id: ict, gewicht: 60, schaal: oordeel}\n  - {id: kosten, gewicht: 40, richting: min, eenheid: EUR}\n",
        "criteriaset: mijnset.yaml\n",
    ))
    assert service.resolved_scenario(path).criteria[0].name == "ICT"
    assert scenariocache.lookup(path, None) is not None

    set_path.write_text(set_path.read_text(encoding="utf-8").replace("naam: ICT", "naam: Informatievoorziening"),
                        encoding="utf-8")

    assert scenariocache.lookup(path, None) is None
    assert service.resolved_scenario(path).criteria[0].name == "Informatievoorziening"


def test_an_invalid_file_is_never_stored(write_scenario: WriteScenario, cache: Path) -> None:
    path = write_scenario(SCENARIO.replace('ict: "++"', 'ict: "+++"'))

    for _ in range(2):  # the second run reports the problem again, located
        with pytest.raises(ScenarioInvalid):
            service.resolved_scenario(path)

    assert entries(cache) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("{id: enschede, scores", "{id: enschede, vertrouwelijk: true, scores"),
        ('ict: "+", kosten: 700000', 'ict: "+", kosten: {waarde: 700000, onderbouwing: Offerte, vertrouwelijk: true}'),
    ],
)
def test_a_confidential_scenario_is_never_stored(
    write_scenario: WriteScenario, cache: Path, old: str, new: str
) -> None:
    text = SCENARIO.replace(old, new)
    assert text != SCENARIO

    service.resolved_scenario(write_scenario(text))

    assert entries(cache) == []


def test_a_damaged_entry_is_a_miss(write_scenario: WriteScenario, cache: Path) -> None:
    path = write_scenario(SCENARIO)
    expected = service.resolved_scenario(path)
    for entry in entries(cache):
        entry.write_bytes(b"not a cache entry")

    assert scenariocache.lookup(path, None) is None
    assert service.resolved_scenario(path) == expected


def test_the_cache_can_be_switched_off(
    write_scenario: WriteScenario, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(scenariocache.ENV_VAR, "uit")
    path = write_scenario(SCENARIO)

    service.resolved_scenario(path)

    assert scenariocache.folder() is None
    assert not cache.exists()
    assert scenariocache.lookup(path, None) is None


def test_an_unusable_cache_folder_costs_nothing_but_speed(
    write_scenario: WriteScenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(scenariocache.ENV_VAR, str(blocker / "cache"))  # a folder inside a file
    path = write_scenario(SCENARIO)

    assert service.resolved_scenario(path) == service.open_scenario(path)[1]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_entries_are_for_the_owner_only(write_scenario: WriteScenario, cache: Path) -> None:
    service.resolved_scenario(write_scenario(SCENARIO))

    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert [stat.S_IMODE(e.stat().st_mode) for e in entries(cache)] == [0o600]


def test_the_oldest_entries_go_beyond_the_limit(
    write_scenario: WriteScenario, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scenariocache, "MAX_ENTRIES", 2)
    paths = [write_scenario(SCENARIO.replace("titel: Cache", f"titel: Cache {i}"), f"s{i}.yaml") for i in range(3)]
    for age, path in enumerate(paths):
        service.resolved_scenario(path)
        for entry in entries(cache):  # make the order of writing visible to the file system
            if entry.stat().st_mtime_ns == max(e.stat().st_mtime_ns for e in entries(cache)):
                os.utime(entry, ns=(age * 10**9, age * 10**9))

    assert len(entries(cache)) == 2
    assert scenariocache.lookup(paths[0], None) is None
    assert scenariocache.lookup(paths[2], None) is not None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_rank_prints_the_same_from_the_cache(write_scenario: WriteScenario, cache: Path, lang: str) -> None:
    path = write_scenario(SCENARIO)
    runner = CliRunner()
    args = ["rank", str(path), "--lang", lang, "--weight", "ict=20"]

    fresh = runner.invoke(app, args)
    cached = runner.invoke(app, args)

    assert fresh.exit_code == 0, fresh.output
    assert len(entries(cache)) == 1
    assert cached.output == fresh.output


# --- a cache that cannot run code, and believes only the user's own entries ----------


class _RunsCode:
    """A pickle that, when loaded, creates a file: what a planted entry could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def _entry_of(path: Path) -> str:
    import hashlib

    return scenariocache._entry_name(path, hashlib.sha256(path.read_bytes()).hexdigest(), None)


def test_a_planted_pickle_is_never_run(write_scenario: WriteScenario, cache: Path, tmp_path: Path) -> None:
    import pickle

    path = write_scenario(SCENARIO)
    marker = tmp_path / "code-ran"
    cache.mkdir(mode=0o700)
    (cache / _entry_of(path)).write_bytes(pickle.dumps(_RunsCode(marker)))
    (cache / (_entry_of(path).removesuffix(".json") + ".pickle")).write_bytes(pickle.dumps(_RunsCode(marker)))

    assert scenariocache.lookup(path, None) is None
    assert service.resolved_scenario(path) == service.open_scenario(path)[1]
    assert not marker.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_folder_others_may_write_is_not_used_and_the_cli_says_why_once(
    write_scenario: WriteScenario, cache: Path
) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)
    cache.chmod(0o777)
    scenariocache.warnings()

    assert scenariocache.lookup(path, None) is None
    result = CliRunner().invoke(app, ["rank", str(path)])

    assert result.exit_code == 0
    said = [line for line in result.stderr.splitlines() if str(cache) in line]
    assert len(said) == 1
    assert said[0].startswith("let op: de scenariocache") and "schrijfbaar" in said[0]
    assert "Rangorde" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_entry_others_may_write_is_not_believed(write_scenario: WriteScenario, cache: Path) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)
    scenariocache.warnings()
    for entry in entries(cache):
        entry.chmod(0o666)

    assert scenariocache.lookup(path, None) is None
    assert any("schrijfbaar" in reason for reason in scenariocache.warnings())


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_an_entry_of_another_user_is_not_believed(write_scenario: WriteScenario, cache: Path) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)
    scenariocache.warnings()
    for entry in entries(cache):
        os.chown(entry, 4242, -1)

    assert scenariocache.lookup(path, None) is None
    assert any("niet van u" in reason for reason in scenariocache.warnings())


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_symbolic_link_in_the_cache_is_not_followed(
    write_scenario: WriteScenario, cache: Path, tmp_path: Path
) -> None:
    path = write_scenario(SCENARIO)
    service.resolved_scenario(path)
    [entry] = entries(cache)
    elsewhere = tmp_path / "elsewhere.json"
    entry.replace(elsewhere)
    entry.symlink_to(elsewhere)

    assert scenariocache.lookup(path, None) is None
