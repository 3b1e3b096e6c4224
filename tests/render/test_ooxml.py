"""The zip helpers shared by the Word and Excel renderers."""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile

from partnerkeuze.render.ooxml import ZIP_EPOCH, fixed_time, stable_zip


def _package(stamp: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("[Content_Types].xml", date_time=stamp), b"<Types/>")
        package.writestr(zipfile.ZipInfo("word/document.xml", date_time=stamp), b"<w:document/>")
    return out.getvalue()


def test_stable_zip_removes_the_clock_and_keeps_the_content() -> None:
    now = time.localtime()[:6]
    a, b = stable_zip(_package(now)), stable_zip(_package((2001, 2, 3, 4, 5, 6)))
    assert a == b
    package = zipfile.ZipFile(io.BytesIO(a))
    assert [i.filename for i in package.infolist()] == ["[Content_Types].xml", "word/document.xml"]
    assert {i.date_time for i in package.infolist()} == {ZIP_EPOCH}
    assert package.read("word/document.xml") == b"<w:document/>"


def test_fixed_time_is_midnight_utc() -> None:
    assert fixed_time(dt.date(2024, 3, 15)) == dt.datetime(2024, 3, 15, tzinfo=dt.UTC)
