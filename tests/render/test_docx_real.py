"""The Word memos as LibreOffice Writer lays them out: A4, no word broken in a table, real footnotes.

Every shipped scenario (a file with tasks as its portfolio document), in Dutch and in
English, is exported and converted to PDF by LibreOffice. The PDF's pages are
A4 (portrait, or landscape for a wide table), and no word of a table cell comes out of
the layout in pieces: a cell word split over lines ("Verminderin" / "g") shows in the
PDF's text as consecutive fragments that join into that word.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from partnerkeuze.app.export import ExportOptions, export
from partnerkeuze.language import set_language
from realprograms import office_profile, pdf_page_sizes, pdf_pictures_per_page, pdf_text, require

pytestmark = pytest.mark.real_programs
SCENARIOS = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))
CASES = [(path, language) for language in ("nl", "en") for path in SCENARIOS]
NAMES = [f"{k}-{path.stem}-{language}" for k, (path, language) in enumerate(CASES)]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LETTERS = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docx-real")
    for name, (path, language) in zip(NAMES, CASES, strict=True):
        set_language(language)  # type: ignore[arg-type]
        export(path, ExportOptions(output=folder / f"{name}.docx", samples=0))
    set_language("nl")
    profile = office_profile(folder / "profile")
    result = subprocess.run(  # one LibreOffice start for all documents
        [require("soffice"), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), *(str(folder / f"{name}.docx") for name in NAMES)],
        capture_output=True, text=True, timeout=600, check=False)
    missing = [name for name in NAMES if not (folder / f"{name}.pdf").exists()]
    assert result.returncode == 0, result.stdout + result.stderr
    assert not missing, f"soffice wrote no PDF for {missing}: {result.stdout}{result.stderr}"
    return folder


def _cell_words(path: Path) -> set[str]:
    words = set()
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                words.update(w for w in LETTERS.findall(cell.text) if len(w) >= 4)
    return words


@pytest.mark.parametrize("name", NAMES)
def test_every_page_is_a4(converted: Path, name: str) -> None:
    for width, height in pdf_page_sizes(converted / f"{name}.pdf"):
        assert sorted((round(width), round(height))) == [595, 842], (width, height)


@pytest.mark.parametrize("name", NAMES)
def test_no_word_of_a_table_cell_is_broken(converted: Path, name: str) -> None:
    words = _cell_words(converted / f"{name}.docx")
    tokens = LETTERS.findall(pdf_text(converted / f"{name}.pdf"))
    broken = {"".join(tokens[k:k + n]) for n in (2, 3, 4) for k in range(len(tokens) - n + 1)
              if "".join(tokens[k:k + n]) in words}
    assert not broken, f"broken over lines in {name}: {sorted(broken)}"
    assert words <= set(tokens), f"not whole in the PDF of {name}: {sorted(words - set(tokens))}"


@pytest.mark.parametrize("name", NAMES)
def test_the_notes_are_word_footnotes_in_the_language_of_the_text_with_alt_text(converted: Path, name: str) -> None:
    package = zipfile.ZipFile(converted / f"{name}.docx")
    body = etree.fromstring(package.read("word/document.xml"))
    references = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    assert references, "the shipped scenarios all have rationales"
    notes = etree.fromstring(package.read("word/footnotes.xml"))
    texts = {n.get(f"{W}id"): "".join(n.itertext()).strip() for n in notes.iter(f"{W}footnote")}
    assert set(references) <= set(texts)
    first = " ".join(texts[references[0]].split()[:4])
    assert first in " ".join(pdf_text(converted / f"{name}.pdf").split())  # at a page's foot
    language = "nl-NL" if name.endswith("-nl") else "en-GB"
    styles = etree.fromstring(package.read("word/styles.xml"))
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == language
    pictures = list(body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"))
    assert pictures
    assert all(p.get("descr") and p.get("title") for p in pictures)


@pytest.mark.parametrize("name", NAMES)
def test_no_page_before_the_last_is_left_nearly_empty(converted: Path, name: str) -> None:
    """A section that ran over from a landscape page left one sentence on a page of its own.

    A chart fills a page as much as ten lines of text do (a value function's plots, issue #13).
    """
    pages = pdf_text(converted / f"{name}.pdf").split("\f")[:-1]
    pictures = pdf_pictures_per_page(converted / f"{name}.pdf")
    counts = [sum(1 for line in page.splitlines() if line.strip()) + 10 * pictures.get(k, 0)
              for k, page in enumerate(pages, start=1)]
    assert min(counts[:-1], default=10) >= 10, counts
