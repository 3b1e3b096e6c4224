"""The weighing session: the offline form for the participants, and the forms they return.

Why: the weights are the political part of a partner choice, and the college, the raad
and the ondernemingsraad weigh differently. ``partnerkeuze form`` writes one page per
scenario that each participant fills in offline (render/form.py); the files they return
(``weging-NAAM.yaml``, scenario/participants.py) stand beside the scenario's own profiles
in ``profiles``, and their group mean weighs ``rank``, ``sensitivity`` and ``export``.
``profiles --opslaan`` writes them into a new scenario file for good.

The group of a workshop is the participants: with returned forms, ``groep`` is the mean
of the participants' normalised weights, each one voice. The file's own profiles stand
beside them (and stay selectable with ``--profiel``) but are not in that group.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partnerkeuze.app import service
from partnerkeuze.atomic import check_target, write_atomic
from partnerkeuze.errors import ExportError, Issue, UsageError
from partnerkeuze.language.texts import os_reason, t
from partnerkeuze.scenario.participants import (
    Participant,
    ReturnedFile,
    check_participants,
    participant_files,
    read_forms,
)
from partnerkeuze.scenario.profiles import group_weighting
from partnerkeuze.scenario.resolved import GROUP, ResolvedCriterion, ResolvedScenario, ResolvedWeighting, select
from partnerkeuze.scenario.weightmodels import METHOD_SYNONYMS
from partnerkeuze.scenario.yamlsource import read_text

FORM_METHODS = ("punten", "rangorde", "paarsgewijs", "swing")
_FORM_SYNONYMS = {**METHOD_SYNONYMS, "points": "punten", "punt": "punten", "sliders": "punten"}
FORMULAS = ("roc", "rs", "rr")


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, as the memo's reproducibility line and a form name it."""
    return hashlib.sha256(read_text(path)[1]).hexdigest()


# --- the returned forms ------------------------------------------------------------------


@dataclass(frozen=True)
class Workshop:
    """The returned forms read beside a scenario, and what was noted while reading them.

    ``files``: the forms as read (once), so a portfolio checks them against each task;
    ``scenario_sha256``: the hash of the scenario file they were read beside.
    """

    participants: tuple[Participant, ...]
    warnings: tuple[Issue, ...]
    files: tuple[ReturnedFile, ...] = ()
    scenario_sha256: str = ""

    def apply(self, scenario: ResolvedScenario) -> ResolvedScenario:
        """``scenario`` with the participants beside its own weightings, weighed by their group.

        The group ('groep (deelnemers)') is the mean of the participants' normalised weights,
        each participant one voice; the file's own profiles stay beside them, outside the
        group (and their own group goes: ``groep`` is now the participants'). With one
        participant, that one weighs.
        """
        if not self.participants:
            return scenario
        added = [p.weighting for p in self.against(scenario).participants]
        own = [w for w in scenario.weightings if w.kind != "group"]
        weightings = own + added + ([group_weighting(added)] if len(added) >= 2 else [])
        chosen = GROUP if len(added) >= 2 else added[0].id
        return select(dataclasses.replace(scenario, weightings=tuple(weightings)), chosen)

    def against(self, scenario: ResolvedScenario) -> Workshop:
        """The same forms checked against ``scenario`` (another task of a portfolio): self when it fits.

        Raises ``ScenarioInvalid`` (located in the forms) when a form does not fit that task.
        """
        ids = tuple(c.id for c in scenario.criteria)
        if all(p.weighting.criteria == ids for p in self.participants):
            return self
        participants, _ = _check(scenario, self.files, self.scenario_sha256)
        return dataclasses.replace(self, participants=tuple(participants))

    @property
    def paths(self) -> tuple[Path, ...]:
        """The returned forms' files: inputs, which an export or ``--opslaan`` never writes over."""
        return tuple(f.path for f in self.files) + tuple(p.path for p in self.participants)

    @property
    def file_hashes(self) -> tuple[tuple[str, str], ...]:
        """(file name, SHA-256 of its bytes) of every returned form, for the memo's reproducibility line."""
        return tuple((p.path.name, p.sha256) for p in self.participants)


def read_workshop(scenario_path: Path, scenario: ResolvedScenario, items: Sequence[Path]) -> Workshop:
    """The returned forms behind ``--deelnemer`` (files, folders, globs), checked against ``scenario``."""
    if not items:
        return Workshop((), ())
    files = participant_files(items, scenario_path)
    read, issues, unreadable = read_forms(files)
    sha256 = file_sha256(scenario_path)
    participants, warnings = _check(scenario, read, sha256, issues=issues, unreadable=unreadable, order=files)
    return Workshop(tuple(participants), tuple(warnings), tuple(read), sha256)


def _check(scenario: ResolvedScenario, files: Sequence[ReturnedFile], sha256: str,
           **reading: Any) -> tuple[list[Participant], list[Issue]]:
    """The read forms checked as profiles of ``scenario`` (its criteria, requirements and profile ids)."""
    kept = [c.id for c in scenario.criteria]
    knockouts = [c.id for c in scenario.criteria if c.minimum is not None or c.maximum is not None]
    taken = {w.id for w in scenario.weightings}
    return check_participants(files, kept + [c.id for c in scenario.dropped], kept, knockouts, sha256, taken,
                              **reading)


# --- the form ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeighingForm:
    """What the offline form asks: the criteria to weigh, by one method, for one scenario file.

    ``left_out``: hard requirements that weigh nothing in the scenario (they only set
    candidates aside), so the form does not ask about them. ``tasks``: for a file with
    tasks (without ``--taak``), the names of the tasks the weights will apply to.
    """

    title: str
    organisation: str | None
    file_name: str
    sha256: str
    method: str
    formula: str
    criteria: tuple[ResolvedCriterion, ...]
    left_out: tuple[ResolvedCriterion, ...]
    tasks: tuple[str, ...] = ()


def parse_form_method(text: str) -> str:
    """``--methode punten|rangorde|paarsgewijs|swing`` (English: points, rank, pairwise, ahp, swing)."""
    method = _FORM_SYNONYMS.get(text.strip().lower(), text.strip().lower())
    if method not in FORM_METHODS:
        raise UsageError(t("form.unknown_method", text=text, known="|".join(FORM_METHODS)))
    return method


def parse_formula(text: str) -> str:
    """``--formule roc|rs|rr`` (rank order only)."""
    formula = text.strip().lower()
    if formula not in FORMULAS:
        raise UsageError(t("form.unknown_formula", text=text))
    return formula


def weighing_form(path: Path, method: str = "punten", formula: str = "roc", task: str | None = None) -> WeighingForm:
    """The form for a scenario file: its weighed criteria with their definitions and its hash.

    A file with tasks and no ``task``: one form for every task (``--deelnemer`` weighs each
    task with the same weights), so a hard requirement is asked when any task weighs it.
    """
    scenario = service.resolved_scenario(path, task)
    tasks = [service.resolved_scenario(path, other) for other in scenario.tasks] if task is None else []
    weighed = {c.id for one in tasks or [scenario] for c in one.criteria if c.points > 0}
    asked = [c for c in scenario.criteria if c.id in weighed or (c.minimum is None and c.maximum is None)]
    left_out = tuple(c for c in scenario.criteria if c not in asked)
    if method == "paarsgewijs" and len(asked) < 2:
        raise UsageError(t("form.pairwise_needs_two"))
    return WeighingForm(
        title=scenario.title, organisation=scenario.organisation, file_name=path.name, sha256=file_sha256(path),
        method=method, formula=formula, criteria=tuple(asked), left_out=left_out,
        tasks=tuple(one.task_name or one.task or "" for one in tasks),
    )


# --- profiles --opslaan --------------------------------------------------------------------


@dataclass(frozen=True)
class SavedScenario:
    """What ``profiles --opslaan`` wrote, for the command's message.

    ``group``: the participants' ids written as ``groep:`` (so the new file's group is
    theirs, not mixed with the original's profiles), () when the group is all profiles
    anyway; ``default``: the weighting the new file uses without ``--profiel``.
    """

    path: Path
    count: int
    group: tuple[str, ...]
    others: tuple[str, ...]  # the original's own profiles, beside the participants but not in the group
    default: ResolvedWeighting | None


def save_profiles(path: Path, workshop: Workshop, target: Path, *, force: bool = False) -> SavedScenario:
    """A new scenario file: ``path`` with the participants added under ``profielen:``.

    Never over the scenario itself, atomic, the original's text and comments kept
    (``profiletext.py``). When the original has profiles of its own, ``groep:`` names the
    participants, so ``--profiel groep`` on the new file is their group, as with
    ``--deelnemer``. Read back before it is written: it must validate and give every
    participant, profile and the group exactly the weights shown with ``--deelnemer``.
    """
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415 - YAML and pydantic, only here
    from partnerkeuze.scenario.profiletext import (  # noqa: PLC0415
        NoPlaceForProfile,
        WrittenProfile,
        with_group,
        with_profiles,
    )
    from partnerkeuze.scenario.resolve import resolve  # noqa: PLC0415

    if not workshop.participants:
        raise UsageError(t("participants.save_needs_forms"))
    protect = [path, *workshop.paths]
    check_target(target, force=force, protect=protect)
    loaded = load(path)
    if loaded.criteria_set_path is not None and target.resolve().parent != path.resolve().parent:
        from partnerkeuze.scenario.criteriasets import builtin_names  # noqa: PLC0415

        named = loaded.scenario.criteria_set or ""
        if named not in builtin_names():  # a set by path, relative to the scenario's folder
            raise UsageError(t("participants.save_elsewhere", path=target, set=named))
    entries = [WrittenProfile(p.id, p.profile.model_copy(update={"description": t("participants.saved_description",
                                                                                 file=p.path.name)}))
               for p in workshop.participants]
    others = tuple(loaded.scenario.profiles)
    group = tuple(p.id for p in workshop.participants) if others or loaded.scenario.group is not None else ()
    try:
        one = "_one" if len(entries) == 1 else ""
        comment = t(f"participants.save_comment{one}", count=len(entries))
        text = with_profiles(read_text(path)[0], entries, comment)
        if group:
            text = with_group(text, group, t("participants.save_group_comment"))
    except NoPlaceForProfile:
        raise ExportError(t("explore.save_no_place", path=path)) from None
    expected = {w.id: w.shares for w in workshop.apply(service.resolved_scenario(path)).weightings}
    if len(group) == 1:  # 'groep: [a]': the group of one participant is that participant
        expected[GROUP] = expected[group[0]]
    # Read back beside the target, so a criteria set by relative path is found as it will be.
    try:
        handle, name = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".yaml")
    except OSError as exc:  # a folder the user may not write in: as write_atomic says it
        raise ExportError(t("export.write_failed", path=target, reason=os_reason(exc))) from None
    check = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        after = resolve(load(check))
    finally:
        check.unlink(missing_ok=True)
    found = {w.id: w.shares for w in after.weightings}
    if any(abs(a - b) > 1e-12 for key, shares in expected.items()
           for a, b in zip(shares, found.get(key, ()), strict=False)) or set(expected) != set(found):
        msg = f"the saved scenario does not give the weights read: {sorted(set(expected) ^ set(found))}"
        raise AssertionError(msg)
    write_atomic(target, text.encode("utf-8"), force=force, protect=protect)
    return SavedScenario(target, len(entries), group, others if group else (), after.active_weighting)
