"""``partnerkeuze compare``: two files, or a file and a git revision (``comparing.py``)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partnerkeuze.app.comparing import compare_files, compare_since, read_revision
from partnerkeuze.cli import app
from partnerkeuze.errors import (
    EXIT_UNREADABLE,
    EXIT_USAGE,
    ScenarioError,
    ScenarioInvalid,
    UsageError,
)
from partnerkeuze.render.robustness import robustness_sentences

WriteScenario = Callable[..., Path]

OLD = """\
versie: 1
titel: Partner voor ICT
criteria:
  - {id: ict, naam: ICT-aansluiting, gewicht: 50, schaal: oordeel}
  - {id: kosten, naam: Kosten, gewicht: 50, richting: min, eenheid: EUR, bereik: [0, 1000000]}
kandidaten:
  - id: hengelo
    naam: Hengelo
    scores:
      ict: {waarde: "+", onderbouwing: "Zelfde leverancier"}
      kosten: {waarde: 600000, onderbouwing: "Offerte maart"}
  - id: enschede
    naam: Enschede
    scores:
      ict: {waarde: "0", onderbouwing: "Andere leverancier"}
      kosten: {waarde: 500000, onderbouwing: "Offerte april"}
  - id: zelf_doen
    naam: Zelf doen
    scores: {ict: "0", kosten: 700000}
"""
# Enschede's ICT from 0 to ++: Enschede overtakes Hengelo (0,75 against 0,575).
NEW = OLD.replace(
    'ict: {waarde: "0", onderbouwing: "Andere leverancier"}',
    'ict: {waarde: "++", onderbouwing: "Overstap naar dezelfde leverancier in 2025 toegezegd"}',
)

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": None, "NO_COLOR": None})


@pytest.fixture
def no_outer_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git must not find a repository above tmp_path (a developer's home may be one)."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
         "-C", str(repo), *args],
        capture_output=True, text=True, check=True,
    )
    return result.stdout


@pytest.fixture
def repo(tmp_path: Path, no_outer_repo: None) -> Path:
    """A git repository with scenarios/ict.yaml committed as OLD, then tagged v1."""
    root = tmp_path / "repo"
    (root / "scenarios").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "scenarios" / "ict.yaml").write_text(OLD, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first version")
    git(root, "tag", "v1")
    return root


# --- two files ------------------------------------------------------------------------


def test_compare_files_finds_the_score_and_its_effect(write_scenario: WriteScenario) -> None:
    comparison = compare_files(write_scenario(OLD, "oud.yaml"), write_scenario(NEW, "nieuw.yaml"), robustness_sentences)

    (score,) = comparison.diff.scores
    assert (score.candidate.id, score.old.label, score.new.label) == ("enschede", "0", "++")
    assert comparison.effect.winner_changed
    assert [w.id for w in comparison.effect.new_winners] == ["enschede"]
    assert comparison.effect.sentences_removed
    assert comparison.effect.sentences_added
    assert comparison.old_label.endswith("oud.yaml")


def test_robustness_sentences_include_the_method_cross_check(write_scenario: WriteScenario) -> None:
    comparison = compare_files(write_scenario(OLD, "oud.yaml"), write_scenario(OLD, "nieuw.yaml"), robustness_sentences)

    assert not comparison.diff
    assert not comparison.effect.advice_changed
    assert any(s.startswith("Onder TOPSIS") for s in comparison.effect.new_sentences)


def test_a_problem_in_the_old_file_is_located_in_that_file(write_scenario: WriteScenario) -> None:
    old = write_scenario(OLD.replace('"+"', '"+++"'), "oud.yaml")

    with pytest.raises(ScenarioInvalid) as caught:
        compare_files(old, write_scenario(NEW, "nieuw.yaml"), robustness_sentences)

    assert caught.value.issues[0].location.path == old


# --- a git revision -------------------------------------------------------------------


@needs_git
def test_compare_since_reads_the_committed_version(repo: Path) -> None:
    path = repo / "scenarios" / "ict.yaml"
    path.write_text(NEW, encoding="utf-8")

    comparison = compare_since(path, "HEAD", robustness_sentences)

    assert comparison.old_label == f"{path}@HEAD"
    assert [(s.old.label, s.new.label) for s in comparison.diff.scores] == [("0", "++")]
    assert comparison.effect.winner_changed
    assert sorted(p.name for p in path.parent.iterdir()) == ["ict.yaml"]  # no scratch copy left


@needs_git
def test_compare_since_a_tag_after_a_new_commit(repo: Path) -> None:
    path = repo / "scenarios" / "ict.yaml"
    path.write_text(NEW, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Enschede ICT herzien")

    assert read_revision(path, "v1").decode() == OLD
    assert read_revision(path, "HEAD").decode() == NEW
    assert compare_since(path, "HEAD~1", robustness_sentences).effect.winner_changed
    assert not compare_since(path, "HEAD", robustness_sentences).diff


@needs_git
def test_a_relative_criteria_set_resolves_beside_the_file(repo: Path) -> None:
    sets = repo / "scenarios" / "eigen-set.yaml"
    sets.write_text("versie: 1\nnaam: Eigen\ncriteria:\n  - {id: ict, schaal: oordeel}\n", encoding="utf-8")
    path = repo / "scenarios" / "set.yaml"
    text = 'versie: 1\ntitel: T\ncriteriaset: eigen-set.yaml\ngewichten: {ict: 1}\nkandidaten:\n  - {id: a, scores: {ict: "+"}}\n  - {id: b, scores: {ict: "0"}}\n'
    path.write_text(text, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "eigen set")
    path.write_text(text.replace('ict: "0"', 'ict: "++"'), encoding="utf-8")

    assert compare_since(path, "HEAD", robustness_sentences).effect.winner_changed


@needs_git
def test_an_invalid_old_version_is_located_at_file_at_revision(repo: Path) -> None:
    path = repo / "scenarios" / "ict.yaml"
    path.write_text(OLD.replace('"+"', '"+++"'), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "kapot")
    path.write_text(OLD, encoding="utf-8")

    with pytest.raises(ScenarioInvalid) as caught:
        compare_since(path, "HEAD", robustness_sentences)

    assert str(caught.value.issues[0]).startswith(f"{path}@HEAD:10:")
    assert sorted(p.name for p in path.parent.iterdir()) == ["ict.yaml"]


@needs_git
def test_unknown_revision_is_a_usage_error(repo: Path) -> None:
    with pytest.raises(UsageError, match="revisie 'v9' bestaat niet") as caught:
        read_revision(repo / "scenarios" / "ict.yaml", "v9")
    assert caught.value.exit_code == EXIT_USAGE


@needs_git
def test_a_file_absent_at_the_revision_says_so(repo: Path) -> None:
    path = repo / "scenarios" / "nieuw.yaml"
    path.write_text(OLD, encoding="utf-8")

    with pytest.raises(ScenarioError, match="bestond niet in revisie HEAD") as caught:
        read_revision(path, "HEAD")
    assert caught.value.exit_code == EXIT_UNREADABLE


@needs_git
def test_outside_a_repository_is_a_usage_error(write_scenario: WriteScenario, no_outer_repo: None) -> None:
    with pytest.raises(UsageError, match="staat niet in een git-repository"):
        read_revision(write_scenario(OLD), "HEAD")


@pytest.mark.parametrize("revision", ["", "  ", "--output=/tmp/x"])
def test_a_revision_that_looks_like_an_option_is_refused(write_scenario: WriteScenario, revision: str) -> None:
    with pytest.raises(UsageError, match="--since"):
        read_revision(write_scenario(OLD), revision)


def test_without_git_the_message_says_so(write_scenario: WriteScenario, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")

    with pytest.raises(UsageError, match="git is niet gevonden"):
        read_revision(write_scenario(OLD), "HEAD")


# --- the command line -----------------------------------------------------------------


def test_cli_compare_two_files_shows_the_change_and_the_new_advice(
    runner: CliRunner, write_scenario: WriteScenario
) -> None:
    result = runner.invoke(app, ["compare", str(write_scenario(OLD, "oud.yaml")), str(write_scenario(NEW, "nieuw.yaml"))])

    assert result.exit_code == 0, result.output
    assert "Enschede" in result.stdout
    assert "Andere leverancier → Overstap naar dezelfde leverancier in 2025 toegezegd" in result.stdout
    assert "Het advies verandert: nu staat Enschede eerste, eerst Hengelo." in result.stdout
    assert "De zinnen over de robuustheid (partnerkeuze sensitivity) veranderen:" in result.stdout


def test_cli_compare_json(runner: CliRunner, write_scenario: WriteScenario) -> None:
    result = runner.invoke(
        app, ["compare", str(write_scenario(OLD, "oud.yaml")), str(write_scenario(NEW, "nieuw.yaml")), "--json"]
    )

    document = json.loads(result.stdout)
    assert document["scores"][0]["old"]["label"] == "0"
    assert document["scores"][0]["new"]["rationale"].startswith("Overstap")
    assert document["effect"]["winner"] == {"old": ["hengelo"], "new": ["enschede"], "changed": True}
    assert document["effect"]["advice_changed"] is True


@needs_git
def test_cli_compare_since(runner: CliRunner, repo: Path) -> None:
    path = repo / "scenarios" / "ict.yaml"
    path.write_text(NEW, encoding="utf-8")

    result = runner.invoke(app, ["compare", str(path), "--since", "HEAD"])

    assert result.exit_code == 0, result.output
    assert f"Vergelijking: {path}@HEAD → {path}" in result.stdout.replace("\n", "")


@pytest.mark.parametrize("arguments", [["a.yaml"], ["a.yaml", "b.yaml", "--since", "HEAD"], ["a", "b", "c"]])
def test_cli_compare_needs_two_files_or_one_with_since(runner: CliRunner, arguments: list[str]) -> None:
    result = runner.invoke(app, ["compare", *arguments])

    assert result.exit_code == EXIT_USAGE
    assert "geef twee scenariobestanden" in result.stderr


def test_cli_compare_unreadable_file_exit_code(runner: CliRunner, tmp_path: Path, write_scenario: WriteScenario) -> None:
    result = runner.invoke(app, ["compare", str(tmp_path / "weg.yaml"), str(write_scenario(OLD))])

    assert result.exit_code == EXIT_UNREADABLE
    assert "Traceback" not in result.output
