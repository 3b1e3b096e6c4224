"""The real programs a civil servant opens our files in: LibreOffice, chromium, cmark-gfm (and tmux as a terminal).

Tests that use them are marked ``real_programs``. On a developer machine without the
program they skip; in CI (``CI`` set, as ``.ci/run`` runs) a missing program fails the
test, because ``.ci/run`` installs them from Debian's packages.

LibreOffice is driven headless with a profile of its own per test session: one whose
Calc setting ``OOXMLRecalcMode=0`` recalculates every formula on load, so a workbook is
read back as a spreadsheet user sees it after a change, not as openpyxl left it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

INSTALL = {
    "soffice": "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui",
    "pdftotext": "apt-get install poppler-utils",
    "pdftoppm": "apt-get install poppler-utils",
    "pdfinfo": "apt-get install poppler-utils",
    "pdfimages": "apt-get install poppler-utils",
    "chromium": "apt-get install chromium",
    "cmark-gfm": "apt-get install cmark-gfm",
    "tmux": "apt-get install tmux",
}

# Calc's "recalculation on file load" for OOXML: 0 = always.
_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# One CSV per sheet (-1), UTF-8 (76), comma-separated (44), raw values, not as shown.
CSV_PER_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"
_LOCK = threading.Lock()  # one soffice at a time per profile


def require(program: str) -> str:
    """The program's path; skip without it, or fail in CI."""
    found = shutil.which(program)
    if found:
        return found
    hint = INSTALL.get(program, f"install {program}")
    if os.environ.get("CI"):
        pytest.fail(f"{program} is missing in CI; .ci/run installs it ({hint})")
    pytest.skip(f"{program} is missing ({hint})")


def office_profile(folder: Path) -> Path:
    """A LibreOffice user profile that recalculates every workbook on load."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    return folder


def soffice_convert(source: Path, target: str, outdir: Path, profile: Path) -> list[Path]:
    """Convert ``source`` with headless LibreOffice (``target``: 'pdf', CSV_PER_SHEET ...).

    Returns the files written to ``outdir`` (a CSV export writes one per sheet).
    """
    soffice = require("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    before = set(outdir.iterdir())
    with _LOCK:
        result = subprocess.run(
            [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}",
             "--headless", "--norestore", "--convert-to", target,
             "--outdir", str(outdir), str(source)],
            capture_output=True, text=True, timeout=240, check=False,
        )
    written = sorted(set(outdir.iterdir()) - before)
    assert result.returncode == 0 and written, (
        f"soffice could not convert {source.name}: {result.stdout}{result.stderr}"
    )
    return written


def pdf_text(pdf: Path, *, layout: bool = False) -> str:
    args = [require("pdftotext"), *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page (A4 is 595 x 842)."""
    out = subprocess.run([require("pdfinfo"), "-f", "1", "-l", "9999", str(pdf)],
                         capture_output=True, text=True, check=True).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            numbers = line.split("size:")[1].split("pts")[0].split("x")
            sizes.append((float(numbers[0]), float(numbers[1])))
    return sizes


def pdf_pictures_per_page(pdf: Path) -> dict[int, int]:
    """How many pictures (charts) each page shows, by page number from 1 (masks not counted)."""
    out = subprocess.run([require("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    counts: dict[int, int] = {}
    for line in out.splitlines()[2:]:
        fields = line.split()
        if len(fields) > 2 and fields[2] == "image":
            counts[int(fields[0])] = counts.get(int(fields[0]), 0) + 1
    return counts
