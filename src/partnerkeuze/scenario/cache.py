"""A cache of resolved scenarios: a file read before is not parsed and validated again.

Why: a user runs ``rank`` dozens of times on one file while trying weights on the
command line. Reading YAML, building the pydantic schema and validating costs more
than everything else ``rank`` does; for a file whose bytes were seen before, the
outcome of all that is known. The cache keeps the ``ResolvedScenario`` (plain records,
``resolved.py``) of every valid file it sees, so a second run needs neither YAML nor
pydantic. Only valid scenarios are stored: an invalid file is read afresh each time
and gets its located messages. A scenario with anything marked ``vertrouwelijk`` is
never stored: a confidential offer should not outlive its file in a cache folder.

An entry is found by what determines its content, never by a file's date: the
SHA-256 of the file's bytes, where the file is (a criteria set named by a relative
path is looked up beside it, so a copy elsewhere may mean another set), the task
(``--taak``), the language (resolving names a few things, e.g. the file's own
weights) and a fingerprint of the installed partnerkeuze (version, and the size and
date of each module and criteria set, so a code change in a development install is
never served old results). Files the scenario draws on (a criteria set) are stored with their
SHA-256 and checked on every hit.

The cache lives in the user's cache folder (``platformdirs``), or in the folder named
by ``PARTNERKEUZE_CACHE``; ``PARTNERKEUZE_CACHE=uit`` (or ``off``, ``0``) switches it
off. It is only an optimisation: any problem with it (unwritable, damaged, full)
falls back to reading the file, silently. Entries are written atomically, with
owner-only permissions, and the oldest are removed beyond ``MAX_ENTRIES``.

Reading an entry cannot run code (issue #12): entries are JSON, turned back into
the records of ``resolved.py`` by ``cachecodec.py``, which builds only those types.
Nor is a planted entry believed: a folder or entry that is not the user's own, or
that group or others may write, is not used; the file is read as if there were no
cache, and ``warnings()`` says why (the CLI prints it once, on stderr).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partnerkeuze._version import __version__
from partnerkeuze.language import current_language
from partnerkeuze.scenario import cachecodec
from partnerkeuze.scenario.filebytes import MAX_BYTES, read_limited
from partnerkeuze.scenario.resolved import ResolvedScenario

if TYPE_CHECKING:
    from collections.abc import Sequence

ENV_VAR = "PARTNERKEUZE_CACHE"
OFF = {"0", "uit", "off", "nee", "no", "false"}
MAX_ENTRIES = 500
# Part of every key: a change to what an entry holds must change this.
LAYOUT = b"partnerkeuze-resolved-4"  # 2: JSON instead of pickle; 3: value functions; 4: a group says whose (group_of)
PACKAGE = Path(__file__).resolve().parent.parent
# The code a resolved scenario depends on (nothing in app/, render/ or cli/).
RESOLVING = ("", "scenario", "scenario/criteria", "core", "language", "language/catalogues")

SUFFIX = ".json"
Dependencies = tuple[tuple[str, str], ...]  # (path, SHA-256) of every other file read
_WARNINGS: dict[str, None] = {}  # why the cache was not used, each reason once


def folder() -> Path | None:
    """Where entries go, or None when the cache is switched off."""
    chosen = os.environ.get(ENV_VAR, "").strip()
    if chosen.lower() in OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs  # noqa: PLC0415 - only when the cache is used

    return Path(platformdirs.user_cache_dir("partnerkeuze", appauthor=False))


def lookup(path: Path, task: str | None) -> ResolvedScenario | None:
    """The resolved scenario of ``path`` from an earlier run, or None."""
    where = folder()
    if where is None or not _safe(where, folder=True):
        return None
    try:
        raw = read_limited(path, MAX_BYTES)  # a device or FIFO is refused, not read
        entry = where / _entry_name(path, hashlib.sha256(raw).hexdigest(), task)
        data = _read_own(entry)
        if data is None:
            return None
        dependencies, scenario = cachecodec.loads(data)
    except Exception:  # noqa: BLE001 - a missing, damaged or foreign entry is simply a miss
        return None
    if not isinstance(scenario, ResolvedScenario) or not _unchanged(dependencies):
        return None
    return scenario


def warnings() -> list[str]:
    """Why the cache was passed over in this run (each reason once), and forget them."""
    found = list(_WARNINGS)
    _WARNINGS.clear()
    return found


def store(path: Path, sha256: str, task: str | None, scenario: ResolvedScenario,
          dependencies: Sequence[Path] = ()) -> None:
    """Keep the resolved scenario of ``path``, whose bytes had SHA-256 ``sha256`` (never raises)."""
    where = folder()
    if where is None or is_confidential(scenario):
        return
    with contextlib.suppress(Exception):
        deps = tuple((str(p.resolve()), _sha256(p)) for p in dependencies)
        data = cachecodec.dumps((deps, scenario))
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _safe(where, folder=True):
            return
        _write_atomic(where / _entry_name(path, sha256, task), data)
        _prune(where)


def is_confidential(scenario: ResolvedScenario) -> bool:
    """True when a candidate, or the rationale of a score, is marked ``vertrouwelijk``."""
    candidates = (*scenario.candidates, *(e.candidate for e in scenario.excluded))
    return any(c.confidential or any(s.confidential for s in c.scores) for c in candidates)


def _entry_name(path: Path, sha256: str, task: str | None) -> str:
    key = hashlib.sha256()
    place = str(path.resolve()).encode(errors="surrogateescape")
    for part in (LAYOUT, _fingerprint(), place, current_language().encode(), (task or "").encode(), sha256.encode()):
        key.update(part)
        key.update(b"\0")
    return key.hexdigest() + SUFFIX


def _fingerprint() -> bytes:
    """The installed code: version, Python, and the size and date of every module, catalogue
    and built-in criteria set that resolving a scenario uses (RESOLVING)."""
    parts = [__version__, sys.version]
    for folder_path in (PACKAGE / part for part in RESOLVING):
        with contextlib.suppress(OSError), os.scandir(folder_path) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.endswith((".py", ".yaml", ".po")):
                    info = entry.stat()
                    parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts).encode()


def _safe(where: Path, *, folder: bool) -> bool:
    """True when ``where`` is the user's own and only the user may write it.

    A missing folder is safe (``store`` creates it owner-only); anything else is
    reported once through ``warnings()``.
    """
    try:
        info = where.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return _trusted(info, where, folder=folder)


def _trusted(info: os.stat_result, where: Path, *, folder: bool) -> bool:
    from partnerkeuze.language.texts import t  # noqa: PLC0415 - only when something is wrong

    kind_ok = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    if not kind_ok:
        _WARNINGS[t("cache.not_a_folder" if folder else "cache.not_a_file", path=str(where))] = None
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        _WARNINGS[t("cache.not_owned", path=str(where))] = None
        return False
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        _WARNINGS[t("cache.writable_by_others", path=str(where))] = None
        return False
    return True


def _read_own(entry: Path) -> bytes | None:
    """The bytes of an entry the user owns and alone may write; None when missing or foreign.

    The checks are on the opened file itself (``fstat``), so the entry cannot be
    swapped between the check and the read; a symbolic link is never followed.
    """
    try:
        handle = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as opened:
        if not _trusted(os.fstat(opened.fileno()), entry, folder=False):
            return None
        return opened.read()


def _unchanged(dependencies: Dependencies) -> bool:
    try:
        return all(_sha256(Path(name)) == digest for name, digest in dependencies)
    except OSError:
        return False


def _sha256(path: Path) -> str:
    return hashlib.sha256(read_limited(path, MAX_BYTES)).hexdigest()


def _write_atomic(target: Path, data: bytes) -> None:
    import tempfile  # noqa: PLC0415 - only on a miss

    handle, temp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temp_name).replace(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(temp_name).unlink()


def _prune(where: Path) -> None:
    """Remove the oldest entries beyond ``MAX_ENTRIES``."""
    for stale in where.glob("*.pickle"):  # an older partnerkeuze's entries, never read now
        with contextlib.suppress(OSError):
            stale.unlink()
    entries = [e for e in os.scandir(where) if e.name.endswith(SUFFIX)]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime_ns)
    for old in entries[: len(entries) - MAX_ENTRIES]:
        with contextlib.suppress(OSError):
            os.unlink(old.path)
