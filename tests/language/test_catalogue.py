"""Reading the .po catalogues (``language/catalogue.py``), checked against Babel's reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from partnerkeuze.language.catalogue import read_catalogue
from partnerkeuze.language.texts import CATALOGUES

FILES = sorted(CATALOGUES.glob("*.po"))


def test_there_are_three_catalogues() -> None:
    assert [p.name for p in FILES] == ["click-nl.po", "en.po", "nl.po"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_entry_reads_as_babel_reads_it(path: Path) -> None:
    with path.open("rb") as f:
        babel = read_po(f)
    expected = {(m.context, m.id): m.string for m in babel if m.id}

    assert read_catalogue(path) == expected


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_entry_is_empty_or_fuzzy(path: Path) -> None:
    with path.open("rb") as f:
        babel = read_po(f)

    assert [m.id for m in babel if m.id and (not m.string or m.fuzzy)] == []


def test_escapes_and_continued_strings(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr "Language: nl\\n"\n\n'
        '#. a comment\nmsgctxt "words"\nmsgid "a"\nmsgstr ""\n"regel 1\\n"\n"\\"twee\\"\\tC:\\\\"\n\n'
        'msgid "b"\nmsgstr "gewoon"\n',
        encoding="utf-8",
    )

    assert read_catalogue(po) == {("words", "a"): 'regel 1\n"twee"\tC:\\', (None, "b"): "gewoon"}


def test_a_broken_line_names_file_and_line(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text('msgid "a"\nmsgstr gewoon\n', encoding="utf-8")

    with pytest.raises(ValueError, match=r"x.po:2: expected a quoted string"):
        read_catalogue(po)
