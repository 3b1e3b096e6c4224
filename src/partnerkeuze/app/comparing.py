"""The compare use case: two versions of a scenario file, or one file and a git revision.

No printing here. ``versions.py`` finds the differences; this module reads the files,
asks git for the older version, and runs the ranking and the sensitivity sentences
(without sampling, so the comparison is exact and quick) for both versions.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from partnerkeuze.app import service, versions
from partnerkeuze.app.results import SensitivityReport
from partnerkeuze.errors import (
    EXIT_UNREADABLE,
    Issue,
    Location,
    ScenarioError,
    ScenarioInvalid,
    UsageError,
)
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.resolved import ResolvedScenario


@dataclass(frozen=True)
class Comparison:
    """Two versions of a scenario, what differs, and what that did to the outcome."""

    old_label: str  # 'oud.yaml' or 'scenario.yaml@HEAD~1'
    new_label: str
    old: ResolvedScenario
    new: ResolvedScenario
    diff: versions.ScenarioDiff
    effect: versions.Effect


# What the sensitivity report says about the winner, in words (render/robustness.py's
# robustness_sentences): the caller passes it, so this use case needs no renderer.
Describe = Callable[[SensitivityReport], tuple[str, ...]]


def compare_scenarios(
    old: ResolvedScenario, new: ResolvedScenario, old_label: str, new_label: str, describe: Describe
) -> Comparison:
    """Compare two resolved scenarios: the differences, ranks and robustness sentences."""
    changes = versions.diff(old, new)
    old_report = service.sensitivity(old, samples=0)
    new_report = service.sensitivity(new, samples=0)
    effect = versions.effect(
        changes,
        old_report.ranking,
        new_report.ranking,
        describe(old_report),
        describe(new_report),
    )
    return Comparison(old_label, new_label, old, new, changes, effect)


def compare_files(old_path: Path, new_path: Path, describe: Describe) -> Comparison:
    """Compare two scenario files; every problem in either file is located as usual."""
    old = service.resolved_scenario(old_path)
    new = service.resolved_scenario(new_path)
    return compare_scenarios(old, new, str(old_path), str(new_path), describe)


def compare_since(path: Path, revision: str, describe: Describe) -> Comparison:
    """Compare a scenario file with the same file at a git revision."""
    new = service.resolved_scenario(path)
    label = f"{path}@{revision}"
    data = read_revision(path, revision)
    with _scratch_copy(path, data) as copy:
        old = _open_as(copy, Path(label))
    return compare_scenarios(old, new, label, str(path), describe)


def read_revision(path: Path, revision: str) -> bytes:
    """The bytes of ``path`` at a git revision (``git cat-file blob REV:<path from the repo root>``)."""
    revision = revision.strip()
    if not revision or revision.startswith("-"):
        raise UsageError(t("compare.bad_revision", revision=revision))
    folder = path.resolve().parent
    found = _git(folder, "rev-parse", "--show-prefix")
    if found.returncode != 0:
        raise UsageError(t("compare.not_git", path=path))
    prefix = found.stdout.decode("utf-8", "replace").strip()
    if _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise UsageError(t("compare.unknown_revision", revision=revision, path=path))
    blob = _git(folder, "cat-file", "blob", f"{revision}:{prefix}{path.resolve().name}")
    if blob.returncode != 0:
        issue = Issue(Location(Path(f"{path}@{revision}")), t("compare.absent", revision=revision))
        raise ScenarioError(issue, exit_code=EXIT_UNREADABLE)
    return blob.stdout


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # cat-file rather than show: the raw blob, no textconv, no pager.
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat"}
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, check=False, env=environment
        )
    except FileNotFoundError:
        raise UsageError(t("compare.no_git")) from None


@contextlib.contextmanager
def _scratch_copy(path: Path, data: bytes) -> Iterator[Path]:
    """The old version as a hidden file beside the current one, removed afterwards.

    Why beside it: a scenario may name its criteria set by a path relative to itself,
    which must resolve as it would for the file itself. Where that folder cannot be
    written, the copy goes to the system's temporary folder.
    """
    folder = path.resolve().parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix or ".yaml", dir=folder)
    except OSError:
        handle, name = tempfile.mkstemp(prefix=f"{path.stem}.", suffix=path.suffix or ".yaml")
    copy = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        yield copy
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()


def _open_as(copy: Path, label: Path) -> ResolvedScenario:
    """Open the scratch copy, but report problems under ``label`` (FILE@REV:LINE:COLUMN)."""

    def relabel(issue: Issue) -> Issue:
        if issue.location.path != copy:
            return issue
        return dataclasses.replace(issue, location=dataclasses.replace(issue.location, path=label))

    try:
        return service.open_scenario(copy)[1]
    except ScenarioInvalid as exc:
        raise ScenarioInvalid([relabel(issue) for issue in exc.issues]) from None
    except ScenarioError as exc:
        raise ScenarioError(relabel(exc.issue), exit_code=exc.exit_code) from None
