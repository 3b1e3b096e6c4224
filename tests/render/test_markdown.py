"""Markdown: a GitHub-flavoured table, GFM footnotes and the sentences."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.render import markdown
from partnerkeuze.render.memo import Memo


def test_golden_dutch(memo: Memo, golden: Callable[[str, str], None]) -> None:
    golden("markdown/memo.md", markdown.render(memo))


def test_golden_english(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    golden("markdown/memo-en.md", markdown.render(make_memo(lang="en")))


def test_golden_public_with_sensitivity(make_memo: Callable[..., Memo], golden: Callable[[str, str], None]) -> None:
    text = markdown.render(make_memo(openbaar=True, sensitivity=True))
    golden("markdown/memo-openbaar.md", text)
    assert "Markt B" not in text


def test_the_table_rows_are_criteria_and_the_columns_candidates(memo: Memo) -> None:
    lines = markdown.render(memo).splitlines()
    header = next(line for line in lines if line.startswith("| Criterium"))
    assert header == "| Criterium | Gewicht | Hengelo ★ | Markt B | Coöperatie Oost | Zelf doen |"
    assert "| Structurele kosten | 35% | € 1.250.000 [^4] | € 900.000 [^5] | € 1.100.000 [^6] | € 600.000 [^7] |" in lines
    assert "| **Gewogen totaalscore (0–100)** | 100% | **71,9** | 55,5 | 54,5 | 59,5 |" in lines  # noqa: RUF001 - the en dash of a range
    assert "| **Rangorde** |  | **1** | 3 | 4 | 2 |" in lines


def test_pipes_in_user_text_do_not_break_the_table(memo: Memo) -> None:
    text = markdown.render(memo)
    assert "Prijsafspraak <b>2024</b> | inclusief btw." in text  # a footnote is not a table row
    for line in text.splitlines():
        if line.startswith("| "):
            assert line.replace("\\|", "").count("|") == 7


def test_sensitivity_section_only_when_present(make_memo: Callable[..., Memo]) -> None:
    assert "## Gevoeligheid" not in markdown.render(make_memo())
    text = markdown.render(make_memo(sensitivity=True))
    assert "## Gevoeligheid" in text
    assert "| Structurele kosten | 35,0% | 0,0% – 52,9% | 20,0% – 40,0% | – | Zelf doen |" in text  # noqa: RUF001 - the en dash of a range
    assert "| Nabijheid | 25,0% | – | – | – | – |" in text  # noqa: RUF001 - the en dash of a range
    assert "10.000 trekkingen van de gewichten (uniform), seed 7." in text


@pytest.mark.real_programs
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", ["ommen-diensten", "hof-van-twente-lagen"])
def test_every_note_of_a_portfolio_is_reachable_in_a_gfm_renderer(name: str, language: str, tmp_path: Path) -> None:
    """cmark-gfm (GitHub's renderer): each task's notes are its own, none is lost to another task's [^1]."""
    import subprocess  # noqa: PLC0415

    from partnerkeuze.app.export import ExportOptions, export  # noqa: PLC0415
    from partnerkeuze.scenario.loading import load  # noqa: PLC0415
    from realprograms import require  # noqa: PLC0415

    from partnerkeuze.language import set_language  # noqa: PLC0415

    scenario = Path(__file__).parents[2] / "scenarios" / f"{name}.yaml"
    set_language(language)  # type: ignore[arg-type]
    try:
        path = export(scenario, ExportOptions(output=tmp_path / "p.md", samples=0))
    finally:
        set_language("nl")
    text = path.read_text(encoding="utf-8")
    page = subprocess.run([require("cmark-gfm"), "--extension", "footnotes", "--extension", "table", str(path)],
                          capture_output=True, text=True, check=True).stdout

    written = set(re.findall(r"^\[\^([^\]]+)\]:", text, flags=re.MULTILINE))
    defined = set(re.findall(r'<li id="fn-([^"]+)"', page))
    referenced = set(re.findall(r'href="#fn-([^"]+)"', page))
    assert written and defined == written  # every note written is a note on the page
    assert referenced == defined  # and every one is reached from its cell
    for task in load(scenario).scenario.tasks:
        assert f"<h2>{task.name or task.id}</h2>" in page
