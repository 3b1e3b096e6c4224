"""Atomic writing: a whole new file or the old one untouched, never a broken one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from partnerkeuze.atomic import check_target, write_atomic
from partnerkeuze.errors import EXIT_OUTPUT, ExportError


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file_with_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "memo.md"
    write_atomic(target, b"inhoud", force=False)
    assert target.read_bytes() == b"inhoud"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert _leftovers(tmp_path) == []


def test_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    target = tmp_path / "memo.md"
    target.write_bytes(b"oud")
    with pytest.raises(ExportError, match="bestaat al; gebruik --force") as caught:
        write_atomic(target, b"nieuw", force=False)
    assert caught.value.exit_code == EXIT_OUTPUT
    assert target.read_bytes() == b"oud"


def test_replaces_an_existing_file_with_force_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "memo.md"
    target.write_bytes(b"oud")
    target.chmod(0o640)
    write_atomic(target, b"nieuw", force=True)
    assert target.read_bytes() == b"nieuw"
    assert target.stat().st_mode & 0o777 == 0o640


def test_never_writes_a_protected_file_even_with_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text("versie: 1\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(scenario)
    monkeypatch.chdir(tmp_path)
    for spelling in (scenario, Path("scenario.yaml"), Path("./sub/../scenario.yaml"), link):
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(ExportError, match="is een van de bestanden die dit commando leest"):
            write_atomic(spelling, b"kapot", force=True, protect=[scenario])
    assert scenario.read_text(encoding="utf-8") == "versie: 1\n"


def test_a_failure_half_way_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "memo.docx"
    target.write_bytes(b"het goede memo")
    opened: list[str] = []

    def renderer() -> bytes:
        opened.extend(_leftovers(tmp_path))  # the temporary file exists by now
        msg = "renderer crashed"
        raise RuntimeError(msg)

    with pytest.raises(RuntimeError, match="renderer crashed"):
        write_atomic(target, renderer, force=True)
    assert len(opened) == 1
    assert target.read_bytes() == b"het goede memo"
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_or_a_folder_as_target_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        check_target(tmp_path / "geen" / "memo.md", force=True)
    with pytest.raises(ExportError, match="is een map"):
        check_target(tmp_path, force=True)


def test_a_write_error_is_an_export_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    target = tmp_path / "memo.md"
    with pytest.raises(ExportError, match="kan niet worden geschreven \\(de schijf is vol\\)"):
        write_atomic(target, b"inhoud", force=False)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_ctrl_c_while_writing_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7: an interrupted write (KeyboardInterrupt between write and rename)."""
    target = tmp_path / "memo.md"
    target.write_bytes(b"het goede memo")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"half" * 1000, force=True)

    assert target.read_bytes() == b"het goede memo"
    assert _leftovers(tmp_path) == []


def test_a_killed_process_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """Issue 7: the process dies (SIGKILL) half-way; the target is the old file or absent."""
    import signal  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import time  # noqa: PLC0415

    target = tmp_path / "memo.md"
    target.write_bytes(b"het goede memo")
    started = tmp_path / "gestart"
    code = f"""
import time
from pathlib import Path
from partnerkeuze.atomic import write_atomic
def slow():
    Path({str(started)!r}).write_text("x")
    time.sleep(60)
    return b"nieuw"
write_atomic(Path({str(target)!r}), slow, force=True)
"""
    with subprocess.Popen([sys.executable, "-c", code]) as child:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
    assert started.exists()
    assert target.read_bytes() == b"het goede memo"


def test_a_device_or_fifo_is_never_replaced_by_a_file_even_with_force(tmp_path: Path) -> None:
    """'-o /dev/null --force' must not put a regular file where the device was (a FIFO stands in for it)."""
    fifo = tmp_path / "pijp.html"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="geen gewoon bestand maar een apparaat, pipe of socket") as caught:
        write_atomic(fifo, b"nieuw", force=True)
    assert caught.value.exit_code == EXIT_OUTPUT
    assert fifo.is_fifo()
    assert _leftovers(tmp_path) == []


def test_a_file_where_the_folder_should_be_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "memo.md").write_bytes(b"oud")
    with pytest.raises(ExportError, match="memo.md is geen map maar een bestand"):
        check_target(tmp_path / "memo.md" / "nieuw.md", force=False)
    with pytest.raises(ExportError, match="map .*weg bestaat niet"):
        check_target(tmp_path / "weg" / "nieuw.md", force=False)
