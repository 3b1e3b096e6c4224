"""The weighing session: the offline form for the participants, and the forms they return.

Why: the weights are the political part of a partner choice, and the college, the raad
and the ondernemingsraad weigh differently. ``partnerkeuze form`` writes one page per
scenario that each participant fills in offline (render/form.py); the files they return
(``weging-NAAM.yaml``, scenario/participants.py) stand beside the scenario's own profiles
in ``profiles``, and their group mean weighs ``rank``, ``sensitivity`` and ``export``.
``profiles --opslaan`` writes them into a new scenario file for good.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from partnerkeuze.app import service
from partnerkeuze.atomic import check_target, write_atomic
from partnerkeuze.errors import ExportError, Issue, UsageError
from partnerkeuze.language.texts import t
from partnerkeuze.scenario.participants import Participant, participant_files, read_participants
from partnerkeuze.scenario.profiles import RESERVED, group_weighting
from partnerkeuze.scenario.resolved import GROUP, ResolvedCriterion, ResolvedScenario, select
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
    """The returned forms read beside a scenario, and what was noted while reading them."""

    participants: tuple[Participant, ...]
    warnings: tuple[Issue, ...]

    def apply(self, scenario: ResolvedScenario) -> ResolvedScenario:
        """``scenario`` with the participants beside its own weightings, weighed by their group.

        The group is the mean of the normalised weights of every profile and participant
        (as ``groep`` of the profiles alone); with one participant and no profiles, that one.
        """
        if not self.participants:
            return scenario
        ids = tuple(c.id for c in scenario.criteria)
        added = [p.weighting for p in self.participants]
        if any(w.criteria != ids for w in added):
            msg = "participants were read against other criteria"
            raise ValueError(msg)
        own = [w for w in scenario.weightings if w.kind != "group"]
        members = [w for w in own + added if w.kind in ("profile", "participant")]
        weightings = own + added + ([group_weighting(members)] if len(members) >= 2 else [])
        chosen = GROUP if len(members) >= 2 else added[0].id
        return select(dataclasses.replace(scenario, weightings=tuple(weightings)), chosen)


def read_workshop(scenario_path: Path, scenario: ResolvedScenario, items: Sequence[Path]) -> Workshop:
    """The returned forms behind ``--deelnemer`` (files, folders, globs), checked against ``scenario``."""
    if not items:
        return Workshop((), ())
    files = participant_files(items, scenario_path)
    kept = [c.id for c in scenario.criteria]
    knockouts = [c.id for c in scenario.criteria if c.minimum is not None or c.maximum is not None]
    taken = {w.id for w in scenario.weightings} | RESERVED
    participants, warnings = read_participants(files, kept + [c.id for c in scenario.dropped], kept, knockouts,
                                               file_sha256(scenario_path), taken)
    return Workshop(tuple(participants), tuple(warnings))


# --- the form ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeighingForm:
    """What the offline form asks: the criteria to weigh, by one method, for one scenario file.

    ``left_out``: hard requirements that weigh nothing in the scenario (they only set
    candidates aside), so the form does not ask about them.
    """

    title: str
    organisation: str | None
    file_name: str
    sha256: str
    method: str
    formula: str
    criteria: tuple[ResolvedCriterion, ...]
    left_out: tuple[ResolvedCriterion, ...]


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
    """The form for a scenario file: its weighed criteria with their definitions and its hash."""
    scenario = service.resolved_scenario(path, task)
    asked = [c for c in scenario.criteria if c.points > 0 or (c.minimum is None and c.maximum is None)]
    left_out = tuple(c for c in scenario.criteria if c not in asked)
    if method == "paarsgewijs" and len(asked) < 2:
        raise UsageError(t("form.pairwise_needs_two"))
    return WeighingForm(
        title=scenario.title, organisation=scenario.organisation, file_name=path.name, sha256=file_sha256(path),
        method=method, formula=formula, criteria=tuple(asked), left_out=left_out,
    )


# --- profiles --opslaan --------------------------------------------------------------------


def save_profiles(path: Path, workshop: Workshop, target: Path, *, force: bool = False) -> Path:
    """A new scenario file: ``path`` with the participants added under ``profielen:``.

    Never over the scenario itself, atomic, the original's text and comments kept
    (``profiletext.py``). Read back before it is written: it must validate and give
    every participant, profile and group exactly the weights shown with ``--deelnemer``.
    """
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415 - YAML and pydantic, only here
    from partnerkeuze.scenario.profiletext import NoPlaceForProfile, WrittenProfile, with_profiles  # noqa: PLC0415
    from partnerkeuze.scenario.resolve import resolve  # noqa: PLC0415

    if not workshop.participants:
        raise UsageError(t("participants.save_needs_forms"))
    check_target(target, force=force, protect=[path])
    loaded = load(path)
    if loaded.criteria_set_path is not None and target.resolve().parent != path.resolve().parent:
        from partnerkeuze.scenario.criteriasets import builtin_names  # noqa: PLC0415

        named = loaded.scenario.criteria_set or ""
        if named not in builtin_names():  # a set by path, relative to the scenario's folder
            raise UsageError(t("participants.save_elsewhere", path=target, set=named))
    entries = [WrittenProfile(p.id, p.profile.model_copy(update={"description": t("participants.saved_description",
                                                                                 file=p.path.name)}))
               for p in workshop.participants]
    try:
        text = with_profiles(read_text(path)[0], entries, t("participants.save_comment", count=len(entries)))
    except NoPlaceForProfile:
        raise ExportError(t("explore.save_no_place", path=path)) from None
    before = service.resolved_scenario(path)
    expected = {w.id: w.shares for w in workshop.apply(before).weightings}
    # Read back beside the target, so a criteria set by relative path is found as it will be.
    handle, name = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".yaml")
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
    write_atomic(target, text.encode("utf-8"), force=force, protect=[path])
    return target
