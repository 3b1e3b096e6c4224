"""Returned weighing forms (``weging-NAAM.yaml``): read, checked against a scenario, derived.

A participant of a weighing session fills in the offline form of ``partnerkeuze form``
and returns a small file::

    versie: 1
    scenario: <SHA-256 of the scenario file the form was made from>
    deelnemer: Wethouder A
    gewichten: {vertrouwen: 20, ict: 25}     # or weging: {methode: ..., ...} as in profielen

Each file is read safely with its source map (``yamlsource.py``) and validated like a
scenario (located messages by pydantic error type); its weights are then checked and
derived by the rules of ``profielen:`` (``profiles.py``), with every message located in
the participant's own file. So a returned file gives exactly the weights the same lines
under ``profielen:`` would give. A file made from another version of the scenario (its
hash differs) is reported as a warning and counts only when its criteria still fit.
"""

from __future__ import annotations

import glob
import hashlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from partnerkeuze.errors import EXIT_UNREADABLE, Issue, ScenarioError, ScenarioInvalid, UsageError
from partnerkeuze.language.texts import join_names, t
from partnerkeuze.scenario.fieldtypes import Weight
from partnerkeuze.scenario.models import Criterion, Profile, Scenario, Weighting
from partnerkeuze.scenario.profiles import WeightingResolver
from partnerkeuze.scenario.resolved import RESERVED, ResolvedWeighting, free_id
from partnerkeuze.scenario.validation import issues_from, key_aliases
from partnerkeuze.scenario.yamlsource import SourceMap, read_document

FORM_SUFFIXES = (".yaml", ".yml")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# The profile checks speak of 'profiel X'; in a returned form the same problem is the participant's.
_OWN_WORDS = {
    "weights.profile_needs_one": "participants.needs_weights",
    "weights.profile_missing": "participants.missing",
    "weights.profile_all_zero": "participants.all_zero",
}


class ReturnedForm(BaseModel):
    """A returned weighing form as written (Dutch keys; the English field names work too)."""

    model_config = Profile.model_config

    version: Literal[1] = Field(alias="versie")
    scenario: str = Field(alias="scenario", max_length=200)
    participant: str = Field(alias="deelnemer", min_length=1, max_length=200)
    weights: dict[str, Weight] | None = Field(None, alias="gewichten")
    weighting: Weighting | None = Field(None, alias="weging")


@dataclass(frozen=True)
class Participant:
    """One returned form: who, from which file, and the weights it gives.

    ``id`` is unique among the scenario's weightings and the other participants (the
    name as an identifier: 'Wethouder A' -> 'wethouder-a'); ``same_scenario`` is False
    for a form made from another version of the scenario file; ``profile`` holds the
    weights as written (for ``profiles --opslaan``); ``sha256`` is the hash of the file's
    own bytes as read (the memo's reproducibility line names it).
    """

    id: str
    name: str
    path: Path
    scenario_sha256: str
    same_scenario: bool
    profile: Profile
    weighting: ResolvedWeighting
    sha256: str = ""


@dataclass(frozen=True)
class ReturnedFile:
    """One returned form, read and validated once: its content, where each key stands, its bytes' SHA-256."""

    path: Path
    form: ReturnedForm
    source: SourceMap
    sha256: str

    @property
    def scenario_sha256(self) -> str:
        """The scenario file's hash the form names, as compared (trimmed, lower case)."""
        return self.form.scenario.strip().lower()


def participant_files(items: Sequence[Path], scenario: Path) -> list[Path]:
    """The files behind ``--deelnemer`` values: a file, a folder (its YAML files) or a glob.

    In file order, each file once. A folder or a glob never yields the scenario itself
    (a folder with the scenario and the returned forms is the usual case).
    """
    found: list[Path] = []
    seen: set[Path] = set()
    own = scenario.resolve()
    for item in items:
        text = str(item)
        if item.is_dir():
            matches = sorted(p for p in item.iterdir() if p.suffix.lower() in FORM_SUFFIXES and p.is_file())
            if not any(p.resolve() != own for p in matches):
                raise UsageError(t("participants.empty_folder", folder=item))
        elif not item.exists() and any(c in text for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text) if Path(p).is_file())
            if not any(p.resolve() != own for p in matches):
                raise UsageError(t("participants.no_match", pattern=text))
        else:
            matches = [item]  # a missing file is reported, located, when it is read
        for path in matches:
            key = path.resolve()
            if key in seen or (key == own and path is not item):
                continue
            seen.add(key)
            found.append(path)
    return found


def identifier(name: str) -> str:
    """A participant's name as a profile id: 'Wethouder Jiří A.' -> 'wethouder-jiri-a'.

    The form names its download the same way (``weging-<id>.yaml``, render/form.js).
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-")
    return slug or "deelnemer"


def read_participants(
    paths: Sequence[Path],
    criteria: Sequence[str],
    kept: Sequence[str],
    knockouts: Collection[str],
    sha256: str,
    taken: Collection[str] = (),
) -> tuple[list[Participant], list[Issue]]:
    """Every returned form, checked against a scenario's criteria; and the warnings.

    ``criteria``: every criterion id of the scenario; ``kept``: those that are weighed
    (the order of the weights); ``knockouts``: criteria with a hard requirement, which
    a form may leave out (as a profile may); ``sha256``: the scenario file's hash;
    ``taken``: ids a participant may not get (the scenario's own profiles).
    Raises ``ScenarioInvalid`` with every problem of every file, located in that file.
    """
    files, issues, unreadable = read_forms(paths)
    return check_participants(files, criteria, kept, knockouts, sha256, taken, issues=issues, unreadable=unreadable,
                              order=paths)


def read_forms(paths: Sequence[Path]) -> tuple[list[ReturnedFile], list[Issue], bool]:
    """Every file read and validated: the forms, the located problems, and whether a file could not be read."""
    issues: list[Issue] = []
    files: list[ReturnedFile] = []
    unreadable = False
    for path in paths:
        try:
            read = _read_form(path)
        except ScenarioError as exc:
            issues.append(exc.issue)
            unreadable |= exc.exit_code == EXIT_UNREADABLE
            continue
        if isinstance(read, list):
            issues += read
        else:
            files.append(read)
    return files, issues, unreadable


def check_participants(
    files: Sequence[ReturnedFile],
    criteria: Sequence[str],
    kept: Sequence[str],
    knockouts: Collection[str],
    sha256: str,
    taken: Collection[str] = (),
    *,
    issues: Sequence[Issue] = (),
    unreadable: bool = False,
    order: Sequence[Path] = (),
) -> tuple[list[Participant], list[Issue]]:
    """The forms read by ``read_forms`` checked against a scenario's criteria (as ``read_participants``).

    Why apart: a portfolio checks the same files against every task, reading them once.
    ``issues`` (and ``unreadable``) are what reading found; ``order`` the files as given.
    """
    issues = list(issues)
    issues += _malformed_hashes(files)
    participants = _derive(files, criteria, kept, knockouts, sha256, taken, issues)
    failing = {issue.location.path for issue in issues}
    # Another version of the scenario: said beside the file's problems, or as a warning when it counts.
    versions = [(f.path, _other_version(f, sha256, used=f.path not in failing)) for f in files]
    if issues:
        order_of = {path: k for k, path in enumerate(order or [f.path for f in files])}
        issues += [issue for path, issue in versions if issue is not None and path in failing]
        issues.sort(key=lambda i: (order_of.get(i.location.path, len(order_of)), i.location.line, i.location.column))
        error = ScenarioInvalid(issues)
        if unreadable:
            error.exit_code = EXIT_UNREADABLE
        raise error
    return participants, [issue for _, issue in versions if issue is not None] + _same_names(files)


def _read_form(path: Path) -> ReturnedFile | list[Issue]:
    """A file read and validated, or the located problems with it."""
    document = read_document(path, aliases=key_aliases())
    data: Any = document.data
    where = document.source.locate(())
    if not isinstance(data, dict):
        return [Issue(where, t("participants.not_mapping"))]
    if not {"deelnemer", "participant"} & set(data) and {"kandidaten", "candidates", "criteria"} & set(data):
        return [Issue(where, t("participants.is_scenario"))]
    try:
        form = ReturnedForm.model_validate(data)
    except ValidationError as exc:
        return issues_from(exc, document.source)
    return ReturnedFile(path, form, document.source, hashlib.sha256(document.raw).hexdigest())


def _other_version(file: ReturnedFile, sha256: str, *, used: bool) -> Issue | None:
    """A note when the form was made from another version of the scenario file (None: the same)."""
    given = file.scenario_sha256
    if not _SHA256.fullmatch(given) or given == sha256:
        return None
    key = "participants.other_version_used" if used else "participants.other_version"
    return Issue(file.source.locate(("scenario",)), t(key, given=given[:12], current=sha256[:12]))


def _malformed_hashes(files: Sequence[ReturnedFile]) -> list[Issue]:
    """An error when 'scenario' is no SHA-256 at all (a form always writes one)."""
    return [Issue(f.source.locate(("scenario",)), t("participants.bad_hash"))
            for f in files if not _SHA256.fullmatch(f.scenario_sha256)]


def _file_names(paths: list[Path]) -> list[str]:
    """The files' names, or their paths as given when two share a name (weging-a.yaml in two folders)."""
    names = [p.name for p in paths]
    return names if len(set(names)) == len(names) else [str(p) for p in paths]


def _same_names(files: Sequence[ReturnedFile]) -> list[Issue]:
    """A warning for a name in more than one file (each file still counts once)."""
    by_name: dict[str, list[ReturnedFile]] = {}
    for f in files:
        by_name.setdefault(f.form.participant.strip().casefold(), []).append(f)
    return [
        Issue(f.source.locate(("deelnemer",)), t("participants.same_name", name=f.form.participant, count=len(found),
                                                 files=join_names(_file_names([g.path for g in found]))))
        for f in files
        for found in [by_name[f.form.participant.strip().casefold()]]
        if len(found) > 1 and found[0].path == f.path
    ]


def _derive(
    files: Sequence[ReturnedFile],
    criteria: Sequence[str],
    kept: Sequence[str],
    knockouts: Collection[str],
    sha256: str,
    taken: Collection[str],
    issues: list[Issue],
) -> list[Participant]:
    """The forms' weights by the profiles' rules; problems go to ``issues``, located in each form."""
    if not files:
        return []
    used = set(taken) | RESERVED
    ids: list[str] = []
    for f in files:
        ident = free_id(identifier(f.form.participant), used)
        used.add(ident)
        ids.append(ident)
    names = {ident: f.form.participant for ident, f in zip(ids, files, strict=True)}
    source = SourceMap(Path("."))
    profiles: dict[str, Profile] = {}
    for ident, f in zip(ids, files, strict=True):
        source.graft(f.source, (), ("profielen", ident))
        source.keys[("profielen", ident)] = f.source.locate(())  # 'needs weights' is said of the whole file
        profiles[ident] = Profile.model_construct(name=f.form.participant, description=None,
                                                  weights=f.form.weights, weighting=f.form.weighting)

    def add(loc: tuple[str | int, ...], key: str, /, *, at_key: bool = False, **values: Any) -> None:
        if "name" in values:
            values["name"] = names.get(str(values["name"]), values["name"])
        issues.append(Issue(source.locate(loc, key=at_key), t(_OWN_WORDS.get(key, key), **values)))

    # The profile checks read a scenario; here one of just the criteria and these profiles.
    scenario = Scenario.model_construct(criteria=[Criterion.model_construct(id=cid) for cid in criteria],
                                        profiles=profiles)
    resolver = WeightingResolver(scenario, add, lambda loc: source.locate(loc).line)
    resolver.read()
    # A criterion without any score that the scenario weighs nowhere was dropped before the
    # forms were read; a form cannot give it weight (the form itself never asks about it).
    dropped = [(spec, cid) for spec in resolver.specs for cid in criteria if cid not in kept and spec.maybe_positive(cid)]
    for spec, cid in dropped:
        add(spec.loc, "participants.dropped_criterion", at_key=True, criterion=cid)
    if dropped:
        return []
    derived = {r.id: r for r in resolver.derive(list(kept), knockouts) if r.kind == "profile"}
    if issues:
        return []
    return [
        Participant(ident, f.form.participant, f.path, f.scenario_sha256, f.scenario_sha256 == sha256,
                    profiles[ident], replace(derived[ident], kind="participant"), f.sha256)
        for ident, f in zip(ids, files, strict=True)
    ]
