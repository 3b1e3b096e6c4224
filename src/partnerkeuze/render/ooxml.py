"""Helpers shared by the Word and Excel renderers (both are zip packages of XML)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

# The earliest time a zip entry can carry; no clock reading ends up in the file.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def stable_zip(data: bytes) -> bytes:
    """The same package with every entry's timestamp fixed, in the same order.

    Why: python-docx and openpyxl stamp each zip entry with the current time, so two
    exports of one scenario would differ in bytes though not in content.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def fixed_time(day: dt.date) -> dt.datetime:
    """The document's created/modified time: midnight UTC of the export date."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
