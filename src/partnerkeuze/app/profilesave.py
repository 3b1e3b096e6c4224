"""Save the weights of an ``explore`` session as a new profile, in a new file.

The new file is a copy of the scenario's text (as last read validly, comments and
all) with one profile more (``scenario/profiletext.py``); it stands next to the
scenario, so a criteria set or schema named by a relative path still resolves. It is
written atomically (``atomic.py``), never over the scenario itself nor over another
file, and then read back: ``rank --profiel`` on it must give the ranking the session
shows, or the file is removed again and the save fails.
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from partnerkeuze.app import service
from partnerkeuze.app.explore import Explorer
from partnerkeuze.atomic import write_atomic
from partnerkeuze.core import scoring
from partnerkeuze.errors import ExportError, PartnerkeuzeError
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.scenario.resolved import RESERVED, free_id, select

if TYPE_CHECKING:
    from partnerkeuze.scenario.profiletext import NewProfile

_MAX_DECIMALS = 12


@dataclass(frozen=True)
class SavedProfile:
    """Where the profile went and under which id (``rank FILE --profiel ID``)."""

    path: Path
    profile: str


def default_target(scenario_path: Path) -> Path:
    """``SCENARIO.verkend.yaml`` next to the scenario (``.verkend-2.yaml`` ... when taken)."""
    word = t("explore.file_word")
    suffix = scenario_path.suffix or ".yaml"
    stem = scenario_path.name[: -len(scenario_path.suffix)] if scenario_path.suffix else scenario_path.name
    for n in itertools.count(1):
        target = scenario_path.with_name(f"{stem}.{word}{'' if n == 1 else f'-{n}'}{suffix}")
        if not target.exists():
            return target
    raise AssertionError  # pragma: no cover - count() never ends


def target_for(scenario_path: Path, name: str) -> Path:
    """The file name the user typed, as a path next to the scenario (``.yaml`` added if needed)."""
    name = name.strip()
    if not name:
        raise ExportError(t("explore.save_no_name"))
    typed = Path(name)
    if typed.name != name and typed.parent.resolve() != scenario_path.parent.resolve():
        raise ExportError(t("explore.save_elsewhere", folder=scenario_path.parent))
    target = scenario_path.parent / typed.name
    return target if target.suffix in (".yaml", ".yml") else target.with_name(target.name + ".yaml")


@dataclass(frozen=True)
class Prepared:
    """A save made ready from the session as it is now (the rest may run on another thread)."""

    scenario_path: Path
    task: str | None
    text: str
    profile: str
    ranks: dict[str, int]  # candidate id -> rank on the screen


def prepare(explorer: Explorer) -> Prepared:
    """The new file's text and the ranking it must reproduce; raises ``ExportError``."""
    # YAML and the scenario models: only on a save, so explore starts without pydantic.
    from partnerkeuze.scenario.profiletext import NoPlaceForProfile, with_profile  # noqa: PLC0415

    profile = _profile(explorer)
    try:
        text = with_profile(explorer.text, profile)
    except NoPlaceForProfile:
        raise ExportError(t("explore.save_no_place", path=explorer.path)) from None
    ranks = {c.id: c.rank for c in explorer.frame.ranking.order}
    return Prepared(explorer.path, explorer.task, text, profile.id, ranks)


def write(prepared: Prepared, target: Path) -> SavedProfile:
    """Write the file atomically and check it; raises ``PartnerkeuzeError`` (and leaves no file)."""
    if target.exists() and target.resolve() == prepared.scenario_path.resolve():
        raise ExportError(t("explore.save_is_scenario", path=target))
    if target.exists():
        raise ExportError(t("explore.save_exists", path=target))
    write_atomic(target, prepared.text.encode("utf-8"), force=False, protect=[prepared.scenario_path])
    try:
        again = service.rank(select(service.resolved_scenario(target, prepared.task), prepared.profile))
        if {c.id: c.rank for c in again.order} != prepared.ranks:
            raise ExportError(t("explore.save_differs", path=target, profile=prepared.profile))
    except PartnerkeuzeError:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise
    return SavedProfile(target, prepared.profile)


def save_profile(explorer: Explorer, target: Path) -> SavedProfile:
    """Save the session's weights as a new profile in ``target``; raises ``PartnerkeuzeError``."""
    return write(prepare(explorer), target)


def _profile(explorer: Explorer) -> NewProfile:
    """The new profile: a free id, a name and description that say where it came from."""
    from partnerkeuze.scenario.profiletext import NewProfile  # noqa: PLC0415

    pid = free_id(t("explore.profile_id"), set(explorer.profile_ids()) | RESERVED)
    frame = explorer.frame
    weighting = frame.weighting
    base = weighting.name if weighting is not None and weighting.kind != "file" else t("explore.base_file")
    criteria = explorer.scenario.criteria
    moved = [c.name for c in criteria if c.id in frame.ranking.overridden]
    description = t("explore.profile_description", base=base,
                    moved=join_names(moved) if moved else t("explore.profile_unmoved"))
    if explorer.task is not None:
        description += " " + t("explore.profile_task", task=explorer.task)
    numbers = profile_points(explorer.values, explorer.weights)
    return NewProfile(pid, t("explore.profile_name", base=base), description,
                      dict(zip((c.id for c in criteria), numbers, strict=True)))


def profile_points(values: np.ndarray, weights: np.ndarray) -> list[str]:
    """The weights as percentages with as few decimals as keep every rank (at most 12, else exact).

    Why: '26.3' reads better in a file than '26.315789473684212', but a rounded weight
    must not break a tie or swap two close candidates.
    """
    ranks = scoring.rank(scoring.totals(values, weights))
    percent = np.asarray(weights, dtype=np.float64) * 100
    for decimals in range(1, _MAX_DECIMALS + 1):
        rounded = np.round(percent, decimals)
        if rounded.sum() > 0 and np.array_equal(scoring.rank(scoring.totals(values, rounded / rounded.sum())), ranks):
            return [_plain(float(x), decimals) for x in rounded]
    return [repr(float(x)) for x in percent]


def _plain(value: float, decimals: int) -> str:
    """26.300 -> '26.3', 36.0 -> '36' (a YAML number)."""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
