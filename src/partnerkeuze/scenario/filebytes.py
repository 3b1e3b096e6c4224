"""A user's file read as bytes: only a regular file, and never more than a limit.

Why not ``Path.read_bytes``: on ``/dev/zero`` it never ends, on ``/dev/stdin`` or a
FIFO opening alone waits for a writer, and a size checked before reading can grow
while the file is read. A scenario or template is always a regular file of modest
size, so anything else is refused at once: the file is opened without blocking,
checked with ``fstat`` on the open handle (no race with a renamed path), and read
up to one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_BYTES = 5_000_000  # a scenario; a large real one (342 x 30 with rationale) is < 2 MB
_CHUNK = 1 << 20


class NotRegularFile(OSError):
    """A device, FIFO or socket where a file was expected."""


class FileTooLarge(OSError):
    """More bytes than the limit; ``size`` is what was seen (at least limit + 1)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``FileTooLarge`` past ``limit`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path)
        if info.st_size > limit:
            raise FileTooLarge(info.st_size)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(handle, min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while it was read
                raise FileTooLarge(total)
        return b"".join(chunks)
    finally:
        os.close(handle)
