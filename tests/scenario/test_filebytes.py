"""Reading a user's file: only a regular file, never past the limit, never hanging."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from partnerkeuze.scenario.filebytes import FileTooLarge, NotRegularFile, read_limited


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"versie: 1\n" * 1000)

    assert read_limited(path, 20_000) == b"versie: 1\n" * 1000


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"x" * 100)

    assert len(read_limited(path, 100)) == 100
    with pytest.raises(FileTooLarge) as info:
        read_limited(path, 99)
    assert info.value.size == 100


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_is_refused_without_reading() -> None:
    with pytest.raises(NotRegularFile):
        read_limited(Path("/dev/zero"), 1000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    """Opening a FIFO for reading normally waits for a writer; here it must not."""
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    reader = threading.Thread(target=lambda: _capture(outcome, fifo), daemon=True)
    reader.start()
    reader.join(timeout=5)

    assert not reader.is_alive(), "reading a FIFO hung"
    assert isinstance(outcome[0], NotRegularFile)


def _capture(outcome: list[BaseException], path: Path) -> None:
    try:
        read_limited(path, 1000)
    except OSError as exc:
        outcome.append(exc)


def test_a_folder_is_reported_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_limited(tmp_path, 1000)


def test_a_missing_file_is_reported_as_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_limited(tmp_path / "nergens.yaml", 1000)
