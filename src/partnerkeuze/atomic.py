"""Write a file all at once or not at all.

Why: an export that is interrupted (Ctrl-C, a full disk, a bug in a renderer) must
never leave a half-written memo where a good one was. The data goes to a temporary
file in the same folder, is flushed to disk, and only then replaces the target with
``os.replace``, which is atomic on one file system (POSIX and Windows).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from partnerkeuze.errors import ExportError
from partnerkeuze.language.texts import os_reason, t


def check_target(path: Path, *, force: bool, protect: Iterable[Path] = ()) -> None:
    """Raise ``ExportError`` when ``path`` may not be written (before any work is done)."""
    target = path.resolve()
    for protected in protect:
        if _same_file(target, Path(protected)):
            raise ExportError(t("export.is_protected", path=path))
    if target.is_dir():
        raise ExportError(t("export.is_dir", path=path))
    if target.exists() and not target.is_file():  # /dev/null, a FIFO: --force must not put a file in its place
        raise ExportError(t("export.not_regular", path=path))
    if not target.parent.is_dir():
        missing = "export.not_a_dir" if target.parent.exists() else "export.no_dir"
        raise ExportError(t(missing, path=path.parent))
    if target.exists() and not force:
        raise ExportError(t("export.exists", path=path))


def write_atomic(
    path: Path,
    data: bytes | Callable[[], bytes],
    *,
    force: bool,
    protect: Iterable[Path] = (),
) -> None:
    """Write ``data`` to ``path`` atomically; refuse protected paths and, without ``force``, existing files.

    ``data`` may be a callable that produces the bytes once the temporary file is open,
    so a renderer that fails half-way is covered too: the old file stays as it was.
    """
    protect = tuple(protect)
    check_target(path, force=force, protect=protect)
    target = path.resolve()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(t("export.write_failed", path=path, reason=os_reason(exc))) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data() if callable(data) else data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists() and not force:  # someone else wrote it meanwhile
            raise ExportError(t("export.exists", path=path))
        _keep_mode(target, temp)
        temp.replace(target)
    except OSError as exc:
        raise ExportError(t("export.write_failed", path=path, reason=os_reason(exc))) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file (also through links or different spellings)."""
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a == b.resolve()


def _keep_mode(target: Path, temp: Path) -> None:
    """mkstemp creates 0600; give the new file the old one's mode, or the usual umask mode."""
    if target.exists():
        mode = target.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    temp.chmod(mode)
