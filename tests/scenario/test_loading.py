"""Reading scenario files: every bad input gets a located Dutch message.

Covers ``loading.py`` and the modules it drives: ``yamlsource.py`` (safe YAML with
line numbers), ``validation.py`` (pydantic errors -> messages), ``resolve.py``
(cross-references) and ``models.py`` (the schema). One test per bad input, each
checking the message text and where it points.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.errors import (
    EXIT_UNREADABLE,
    Issue,
    ScenarioError,
    ScenarioInvalid,
)
from partnerkeuze.language import set_language
from partnerkeuze.scenario import yamlsource
from partnerkeuze.scenario.loading import LoadedScenario, load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ResolvedScenario
from partnerkeuze.scenario.yamlsource import MAX_BYTES

WriteScenario = Callable[..., Path]

BASE = """\
versie: 1
titel: Keuze van een partner
criteria:
  - id: kwaliteit
    naam: Kwaliteit
    gewicht: 60
    schaal: oordeel
  - id: kosten
    naam: Kosten
    gewicht: 40
    richting: min
    eenheid: EUR
    bereik: [0, 1000000]
kandidaten:
  - id: buur
    naam: Buurgemeente
    scores:
      kwaliteit: "+"
      kosten: 600000
  - id: zelf_doen
    naam: Zelf doen
    scores:
      kwaliteit: "0"
      kosten: 300000
"""

ENGLISH = """\
version: 1
title: Keuze van een partner
criteria:
  - id: kwaliteit
    name: Kwaliteit
    weight: 60
    scale: oordeel
  - id: kosten
    name: Kosten
    weight: 40
    direction: min
    unit: EUR
    range: [0, 1000000]
candidates:
  - id: buur
    name: Buurgemeente
    scores:
      kwaliteit: {value: "+", rationale: Sterk team, source: Rapport 2020}
      kosten: 600000
  - id: zelf_doen
    name: Zelf doen
    scores:
      kwaliteit: "0"
      kosten: 300000
"""


def variant(old: str, new: str, text: str = BASE) -> str:
    """``text`` with one exact fragment replaced (the fragment must occur once)."""
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def where(text: str, fragment: str, at: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of ``at`` inside the unique ``fragment`` of ``text``."""
    assert text.count(fragment) == 1, f"{fragment!r} must occur exactly once"
    offset = text.index(fragment) + (fragment.index(at) if at else 0)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def problems(path: Path) -> list[Issue]:
    """Every issue reading ``path`` raises (the test fails if it loads)."""
    try:
        load(path)
    except ScenarioInvalid as exc:
        return list(exc.issues)
    except ScenarioError as exc:
        return [exc.issue]
    pytest.fail(f"{path} was accepted")


def only_problem(path: Path) -> Issue:
    found = problems(path)
    assert len(found) == 1, [str(i) for i in found]
    return found[0]


def refusal(path: Path) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        load(path)
    return info.value


def at(issue: Issue) -> tuple[int, int]:
    return issue.location.line, issue.location.column


def open_resolved(path: Path) -> ResolvedScenario:
    return resolve(load(path))


# --- a good file ----------------------------------------------------------------------


def test_a_valid_scenario_loads_with_its_source_and_checksum(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(BASE)

    loaded = load(path)

    assert isinstance(loaded, LoadedScenario)
    assert loaded.scenario.title == "Keuze van een partner"
    assert loaded.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [c.id for c in loaded.scenario.candidates] == ["buur", "zelf_doen"]


def test_a_valid_scenario_resolves_to_numbers(write_scenario: WriteScenario) -> None:
    scenario = open_resolved(write_scenario(BASE))

    quality, cost = scenario.criteria
    assert (quality.points, quality.low, quality.high, quality.fixed_range) == (
        60,
        1,
        5,
        True,
    )
    assert (cost.points, cost.low, cost.high, cost.maximise) == (
        40,
        0,
        1_000_000,
        False,
    )
    assert [[s.raw for s in c.scores] for c in scenario.candidates] == [
        [4, 600_000],
        [3, 300_000],
    ]
    assert [s.label for s in scenario.candidates[0].scores] == ["+", None]


# --- files that cannot be read --------------------------------------------------------


def test_missing_file_is_reported_as_unreadable(tmp_path: Path) -> None:
    error = refusal(tmp_path / "bestaat-niet.yaml")

    assert error.exit_code == EXIT_UNREADABLE
    assert (
        str(error.issue) == f"{tmp_path / 'bestaat-niet.yaml'}: bestand niet gevonden"
    )


def test_folder_instead_of_file_is_reported(tmp_path: Path) -> None:
    error = refusal(tmp_path)

    assert error.exit_code == EXIT_UNREADABLE
    assert "dit is een map, geen bestand" in error.issue.message


@pytest.mark.parametrize(
    "text", ["", "\n\n", "# alleen commentaar\n"], ids=["empty", "blank", "comment"]
)
def test_empty_file_asks_to_start_with_versie(
    write_scenario: WriteScenario, text: str
) -> None:
    path = write_scenario(text)

    issue = only_problem(path)

    assert str(issue) == f"{path}: bestand is leeg; begin met 'versie: 1'"


def test_file_with_nul_bytes_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_bytes(b"versie: 1\n\x00\x01\x02")

    error = refusal(path)

    assert error.exit_code == EXIT_UNREADABLE
    assert "dit is geen tekstbestand (het bevat nul-bytes)" in error.issue.message


def test_file_that_is_not_utf8_is_located_at_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_bytes(
        b"versie: 1\ntitel: Caf\xe9 de Zaak\n"
    )  # Latin-1, as Windows Notepad used to save

    error = refusal(path)

    assert error.exit_code == EXIT_UNREADABLE
    assert "geen UTF-8-tekst; sla het op als UTF-8" in error.issue.message
    assert at(error.issue) == (2, 11)


def test_utf8_file_with_byte_order_mark_is_read(
    write_scenario: WriteScenario, tmp_path: Path
) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode())

    assert load(path).scenario.title == "Keuze van een partner"


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"versie: 1\n#" + b"x" * MAX_BYTES)

    error = refusal(path)

    assert error.exit_code == EXIT_UNREADABLE
    assert "bestand is te groot voor een scenario" in error.issue.message


def test_too_large_file_message_writes_numbers_the_dutch_way(tmp_path: Path) -> None:
    """5.000.000 in Dutch; '5,000,000' reads as five in the Netherlands."""
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"#" + b"x" * MAX_BYTES)

    error = refusal(path)

    assert "de grens is 5.000.000" in error.issue.message


def test_a_device_is_refused_at_once_not_read_forever() -> None:
    """/dev/zero has no end; reading it would hang (issue #16)."""
    device = Path("/dev/zero")
    if not device.exists():
        pytest.skip("no /dev/zero here")

    error = refusal(device)

    assert error.exit_code == EXIT_UNREADABLE
    assert error.issue.message == "dit is geen gewoon bestand, maar een apparaat, pipe of socket"


@pytest.mark.parametrize(
    ("escaped", "code"),
    [("\\x01", "U+0001"), ("\\a", "U+0007"), ("\\v", "U+000B"), ("\\e", "U+001B"), ("\\x7f", "U+007F"),
     ("\\x9b", "U+009B"), ("\\uFFFE", "U+FFFE")],
)
def test_a_control_character_in_a_text_is_refused_with_its_place_and_field(
    write_scenario: WriteScenario, escaped: str, code: str
) -> None:
    path = write_scenario(BASE.replace("naam: Buurgemeente", f'naam: "Buur{escaped}gemeente"'))

    issue = only_problem(path)

    assert issue.location.line == BASE.splitlines().index("    naam: Buurgemeente") + 1
    assert issue.message.startswith(f"'naam' bevat een onzichtbaar stuurteken ({code}, in YAML geschreven als")
    assert "Word en Excel kunnen het niet bewaren" in issue.message


def test_a_control_character_in_a_key_is_refused(write_scenario: WriteScenario) -> None:
    path = write_scenario(BASE.replace("  - id: buur\n", '  - "i\\x1bd": buur\n'))

    assert "U+001B" in only_problem(path).message


def test_tab_and_line_breaks_stay_allowed_in_texts(write_scenario: WriteScenario) -> None:
    path = write_scenario(BASE.replace("naam: Buurgemeente", 'naam: "Buur\\tgemeente\\nOost\\r"'))

    assert load(path).scenario.candidates[0].name == "Buur\tgemeente\nOost"


# --- YAML that is not a scenario ------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "position", "words"),
    [
        (
            "titel: Keuze van een partner",
            "titel: Fase 1: keuze van een partner",
            ("titel: Fase 1: keuze", ": keuze"),
            "een dubbele punt met een spatie erna mag hier niet; zet tekst met ': ' tussen aanhalingstekens",
        ),
        ("    naam: Zelf doen\n", "\tnaam: Zelf doen\n", ("\tnaam: Zelf doen", None),
         "een tab; YAML springt in met spaties, niet met tabs"),
    ],
    ids=["colon-in-text", "tab-indent"],
)
def test_malformed_yaml_is_reported_where_the_parser_stopped(
    write_scenario: WriteScenario, old: str, new: str, position: tuple[str, str | None], words: str
) -> None:
    text = variant(old, new)
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith(f"ongeldige YAML: {words}")
    assert at(issue) == where(text, *position)


def test_a_syntax_problem_we_do_not_know_keeps_pyyamls_words_and_the_general_hint(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario("versie: 1\ntitel: &a x\norganisatie: &a y\n")

    issue = only_problem(path)

    assert issue.message.startswith("ongeldige YAML: ")
    assert "let op inspringing met spaties, geen tabs" in issue.message


def test_top_level_list_is_not_a_scenario(write_scenario: WriteScenario) -> None:
    path = write_scenario("- versie: 1\n- titel: x\n")

    issue = only_problem(path)

    assert "een scenario is een mapping met sleutels als 'versie'" in issue.message
    assert at(issue) == (1, 1)


def test_unquoted_dash_label_gets_a_hint_to_quote_it(
    write_scenario: WriteScenario,
) -> None:
    text = variant('kwaliteit: "0"', "kwaliteit: -")
    path = write_scenario(text)

    issue = only_problem(path)

    assert 'zet labels als "-" tussen aanhalingstekens' in issue.message
    assert at(issue) == where(text, "kwaliteit: -", at="-")


def test_dash_label_that_became_a_list_gets_a_hint_to_quote_it(
    write_scenario: WriteScenario,
) -> None:
    text = variant('      kwaliteit: "0"\n', "      kwaliteit:\n        -\n")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        issue.message
        == 'score voor \'kwaliteit\' is een lijst; zet labels als "-" of "--" tussen aanhalingstekens'
    )
    assert issue.location.line == where(text, "        -\n")[0]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/object:__main__.Kwaad {a: 1}", "python/object:__main__.Kwaad"),
        ("!!python/name:os.system ''", "python/name:os.system"),
        (
            '!!python/object/apply:os.system ["echo gehackt"]',
            "python/object/apply:os.system",
        ),
        ("!mijn Keuze", "!mijn"),
    ],
    ids=["object", "name", "apply", "local-tag"],
)
def test_python_and_unknown_tags_are_refused(
    write_scenario: WriteScenario, value: str, tag: str
) -> None:
    text = variant("titel: Keuze van een partner", f"titel: {value}")
    path = write_scenario(text)

    issue = only_problem(path)

    assert tag in issue.message
    assert (
        "is niet toegestaan; een scenario bevat alleen tekst, getallen, lijsten en mappings"
        in issue.message
    )
    assert at(issue) == where(text, f"titel: {value}", at="!")


def test_alias_bomb_is_refused_quickly(write_scenario: WriteScenario) -> None:
    """Billion laughs: nine levels of nine aliases would expand to 9**9 values."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    path = write_scenario("versie: 1\n" + "\n".join(lines) + "\n")

    start = time.perf_counter()
    issue = only_problem(path)
    elapsed = time.perf_counter() - start

    assert "te veel waarden na het uitvouwen van aliassen" in issue.message
    assert "alias-bom" in issue.message
    assert elapsed < 10


def test_absurdly_deep_nesting_is_refused_quickly(
    write_scenario: WriteScenario,
) -> None:
    """Real scenarios nest five levels deep; 2000 levels of '[' is an attack, not a scenario."""
    path = write_scenario("versie: 1\ntitel: " + "[" * 2000 + "]" * 2000 + "\n")

    start = time.perf_counter()
    issue = only_problem(path)
    elapsed = time.perf_counter() - start

    assert "te diep genest voor een scenario" in issue.message
    assert elapsed < 1


def test_a_million_open_brackets_are_refused_without_recursing(
    write_scenario: WriteScenario,
) -> None:
    """Issue 7 fuzzing: libyaml's own composer recursed in C here (a segfault)."""
    path = write_scenario("versie: 1\ntitel: " + "[" * 1_000_000 + "\n")

    issue = only_problem(path)

    assert "te diep genest voor een scenario" in issue.message
    # where our composer stops (64 levels), or libyaml itself (1000 levels, since 0.2.5)
    assert (issue.location.line, issue.location.column) in ((2, 71), (2, 1007))


def test_too_many_values_are_refused_while_composing(
    write_scenario: WriteScenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7 fuzzing: 1.6 million values (4.8 MB) took a minute before being refused."""
    monkeypatch.setattr(yamlsource, "MAX_NODES", 1000)
    path = write_scenario("versie: 1\nlijst: [" + "1, " * 2000 + "1]\n")

    issue = only_problem(path)

    assert issue.message == (
        "te veel waarden voor een scenario (meer dan 1.000); een echt scenario heeft er veel minder"
    )
    assert issue.location.line == 2


def test_large_file_with_a_syntax_error_keeps_libyaml_message(
    write_scenario: WriteScenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the re-read size the pure-Python parser is not run again (it is slow)."""
    monkeypatch.setattr(yamlsource, "_REPARSE_CHARS", 10)
    path = write_scenario("versie: 1\ntitel: [a, b\n")

    issue = only_problem(path)

    assert issue.message.startswith("ongeldige YAML: ")
    assert issue.location.line == 3


def test_duplicate_key_is_reported_on_the_second_one(
    write_scenario: WriteScenario,
) -> None:
    text = variant(
        "      kosten: 300000\n", "      kosten: 300000\n      kosten: 250000\n"
    )
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "sleutel 'kosten' staat hier twee keer; haal er een weg"
    assert at(issue) == where(text, "      kosten: 250000", at="kosten")


# --- the schema -----------------------------------------------------------------------


def test_missing_versie_asks_for_it_at_the_top(write_scenario: WriteScenario) -> None:
    path = write_scenario(variant("versie: 1\n", ""))

    issue = only_problem(path)

    assert issue.message == "'versie' ontbreekt; zet 'versie: 1' bovenaan het bestand"
    assert at(issue) == (1, 1)


def test_unsupported_versie_is_reported_on_its_value(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(variant("versie: 1", "versie: 2"))

    issue = only_problem(path)

    assert (
        issue.message
        == "versie 2 wordt niet ondersteund; deze partnerkeuze kent alleen versie 1"
    )
    assert at(issue) == (1, 9)


def test_versie_written_as_text_does_not_get_a_self_contradicting_message(
    write_scenario: WriteScenario,
) -> None:
    """``versie: "1"`` must not be answered with 'versie 1 wordt niet ondersteund ... alleen versie 1'."""
    path = write_scenario(variant("versie: 1", 'versie: "1"'))

    issue = only_problem(path)

    assert "versie 1 wordt niet ondersteund" not in issue.message
    assert issue.location.line == 1


def test_unknown_key_suggests_the_nearest_known_key(
    write_scenario: WriteScenario,
) -> None:
    text = variant("gewicht: 40", "gewict: 40")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "onbekende sleutel 'gewict' (bedoelt u 'gewicht'?)"
    assert at(issue) == where(text, "gewict: 40")


def test_a_known_key_in_the_wrong_place_is_not_suggested_as_itself(
    write_scenario: WriteScenario,
) -> None:
    text = variant("gewicht: 40", "gewicht: 40\n    onderbouwing: hoort bij een score")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith("onbekende sleutel 'onderbouwing' (die sleutel bestaat wel, maar hoort op een")


def test_unknown_key_without_a_near_match_gets_no_suggestion(
    write_scenario: WriteScenario,
) -> None:
    text = variant(
        "titel: Keuze van een partner\n", "titel: Keuze van een partner\nopmerking: x\n"
    )
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "onbekende sleutel 'opmerking'"
    assert at(issue) == where(text, "opmerking: x")


def test_missing_required_key_is_reported_on_the_mapping_that_lacks_it(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(variant("titel: Keuze van een partner\n", ""))

    issue = only_problem(path)

    assert issue.message == "'titel' ontbreekt"
    assert at(issue) == (1, 1)


def test_negative_weight_is_reported_on_its_line(write_scenario: WriteScenario) -> None:
    text = variant("gewicht: 40", "gewicht: -2")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "'gewicht' moet 0 of groter zijn (gekregen: -2)"
    assert at(issue) == where(text, "gewicht: -2", at="-2")


def test_weight_that_is_not_a_number_is_reported_on_its_line(
    write_scenario: WriteScenario,
) -> None:
    text = variant("gewicht: 40", "gewicht: veel")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith("'gewicht' moet een getal zijn (gekregen: 'veel')")
    assert at(issue) == where(text, "gewicht: veel", at="veel")


def test_reversed_range_is_reported_on_its_line(write_scenario: WriteScenario) -> None:
    text = variant("bereik: [0, 1000000]", "bereik: [5, 1]")
    path = write_scenario(text)

    issue = only_problem(path)

    assert "de ondergrens moet onder de bovengrens liggen" in issue.message
    assert at(issue) == where(text, "bereik: [5, 1]", at="[")


def test_reversed_range_message_quotes_the_numbers_as_written(
    write_scenario: WriteScenario,
) -> None:
    """'[5.0, 1.0]' is not how the user wrote it, and a Dutch reader takes 5.0 for 50."""
    path = write_scenario(variant("bereik: [0, 1000000]", "bereik: [5, 1]"))

    assert only_problem(path).message.startswith("bereik [5, 1]: ")


@pytest.mark.parametrize(("written", "number"), [("1e6", 1e6), ("6.5E5", 650000.0), ("+3e5", 300000.0)])
def test_a_number_in_exponent_notation_is_a_number_as_in_yaml_1_2(
    write_scenario: WriteScenario, written: str, number: float,
) -> None:
    """YAML 1.1 reads 1e6 as text; an editor's YAML 1.2 and the JSON Schema take it for a number."""
    text = variant("bereik: [0, 1000000]", "bereik: [0, 2e6]").replace("kosten: 600000", f"kosten: {written}")

    scenario = open_resolved(write_scenario(text))

    assert scenario.criteria[1].high == 2e6
    assert scenario.candidates[0].scores[1].raw == number


def test_quoted_exponent_notation_stays_text(write_scenario: WriteScenario) -> None:
    text = variant("kosten: 600000", 'kosten: "1e6"')

    assert "1e6" in only_problem(write_scenario(text)).message


def test_a_range_wider_than_a_float_can_hold_is_reported_on_its_line(write_scenario: WriteScenario) -> None:
    """[-1e308, 1e308] spans more than the largest float: every total would be NaN."""
    text = variant("bereik: [0, 1000000]", "bereik: [-1.0e+308, 1.0e+308]")
    path = write_scenario(text)

    issue = only_problem(path)

    assert "van -1e+308 tot 1e+308 is te ver uit elkaar om mee te rekenen" in issue.message
    assert at(issue) == where(text, "bereik: [-1.0e+308", at="[")


def test_scores_wider_apart_than_a_float_can_hold_are_reported_at_the_criterion(
    write_scenario: WriteScenario,
) -> None:
    """Without a bereik the candidates' own scores make the range, and it can overflow too."""
    text = (BASE.replace("    bereik: [0, 1000000]\n", "")
            .replace("kosten: 600000", "kosten: 1.0e+308").replace("kosten: 300000", "kosten: -1.0e+308"))
    path = write_scenario(text)

    issue = only_problem(path)

    assert "criterium 'kosten'" in issue.message
    assert "te ver uit elkaar" in issue.message
    assert at(issue) == where(text, "- id: kosten", at="id")


def test_a_weight_of_true_is_not_one(write_scenario: WriteScenario) -> None:
    """YAML reads 'true' (and 'ja' in YAML 1.1 'yes') as a bool; pydantic would take it for 1."""
    text = variant("gewicht: 60", "gewicht: true")
    path = write_scenario(text)

    issue = only_problem(path)

    assert "'gewicht' moet een getal zijn (gekregen: true)" in issue.message
    assert at(issue) == where(text, "gewicht: true", at="true")


def test_a_weight_too_large_to_add_up_is_reported_on_its_line(write_scenario: WriteScenario) -> None:
    text = variant("gewicht: 60", "gewicht: 1.0e+308")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "'gewicht' moet 1000000000000 of kleiner zijn (gekregen: 1e+308)"
    assert at(issue) == where(text, "gewicht: 1.0e+308", at="1")


def test_invalid_id_explains_what_an_id_may_contain(
    write_scenario: WriteScenario,
) -> None:
    text = variant("  - id: zelf_doen", "  - id: Zelf Doen")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith(
        "'Zelf Doen' is geen geldige id: gebruik kleine letters, cijfers"
    )
    assert at(issue) == where(text, "id: Zelf Doen", at="Zelf")


def test_every_schema_problem_is_reported_at_once_in_file_order(
    write_scenario: WriteScenario,
) -> None:
    text = variant("gewicht: 40", "gewicht: -2", variant("gewicht: 60", "gewict: 60"))
    path = write_scenario(text)

    found = problems(path)

    assert [i.location.line for i in found] == [
        where(text, "gewict")[0],
        where(text, "gewicht: -2")[0],
    ]


# --- cross-references -----------------------------------------------------------------


def test_unknown_criterion_in_a_score_suggests_the_nearest_criterion(
    write_scenario: WriteScenario,
) -> None:
    text = variant(
        "      kosten: 300000\n", "      kosten: 300000\n      kwalitiet: 3\n"
    )
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == (
        "kandidaat 'zelf_doen' heeft een score voor onbekend criterium 'kwalitiet' (bedoelt u 'kwaliteit'?)"
    )
    assert at(issue) == where(text, "kwalitiet: 3")


def test_missing_score_is_reported_on_the_candidate(
    write_scenario: WriteScenario,
) -> None:
    text = variant("      kosten: 300000\n", "")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        issue.message
        == "kandidaat 'zelf_doen' heeft geen score voor criterium 'kosten'"
    )
    assert at(issue) == where(text, "id: zelf_doen")


def test_duplicate_criterion_id_names_the_line_of_the_first(
    write_scenario: WriteScenario,
) -> None:
    text = variant(
        "kandidaten:\n",
        "  - id: kwaliteit\n    gewicht: 10\n    schaal: oordeel\nkandidaten:\n",
    )
    path = write_scenario(text)

    issue = only_problem(path)

    first_line = where(text, "  - id: kwaliteit\n    naam")[0]
    assert (
        issue.message
        == f"criterium-id 'kwaliteit' komt vaker voor (ook op regel {first_line})"
    )
    assert at(issue) == where(text, "id: kwaliteit\n    gewicht: 10")


def test_duplicate_candidate_id_names_the_line_of_the_first(
    write_scenario: WriteScenario,
) -> None:
    text = variant("  - id: zelf_doen\n", "  - id: buur\n")
    path = write_scenario(text)

    issue = only_problem(path)

    first_line = where(text, "id: buur\n    naam: Buurgemeente")[0]
    assert (
        issue.message
        == f"kandidaat-id 'buur' komt vaker voor (ook op regel {first_line})"
    )
    assert at(issue) == where(text, "id: buur\n    naam: Zelf doen")


def test_all_weights_zero_is_reported_on_the_criteria(
    write_scenario: WriteScenario,
) -> None:
    text = variant("gewicht: 60", "gewicht: 0", variant("gewicht: 40", "gewicht: 0"))
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        issue.message
        == "alle gewichten zijn 0; geef minstens één criterium een gewicht groter dan 0"
    )
    assert at(issue) == where(text, "  - id: kwaliteit", at="-")


def test_criterion_without_weight_is_reported_on_the_criterion(
    write_scenario: WriteScenario,
) -> None:
    text = variant("    gewicht: 40\n", "")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith("criterium 'kosten' heeft geen gewicht")
    assert at(issue) == where(text, "id: kosten")


def test_weight_given_twice_is_reported_on_the_criterion_weight(
    write_scenario: WriteScenario,
) -> None:
    text = variant("criteria:\n", "gewichten:\n  kosten: 10\ncriteria:\n")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        "'kosten' krijgt zowel een 'gewicht' als een waarde onder 'gewichten'"
        in issue.message
    )
    assert at(issue) == where(text, "gewicht: 40", at="40")


def test_label_not_in_the_scale_lists_the_labels(write_scenario: WriteScenario) -> None:
    text = variant('kwaliteit: "0"', 'kwaliteit: "+++"')
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == (
        "'+++' staat niet in schaal 'oordeel' van criterium 'kwaliteit'; kies uit: --, -, 0, +, ++"
    )
    assert at(issue) == where(text, 'kwaliteit: "+++"', at='"')


def test_unknown_scale_lists_the_known_scales(write_scenario: WriteScenario) -> None:
    text = variant("schaal: oordeel", "schaal: oordel")
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "schaal 'oordel' bestaat niet; kies uit: janee, oordeel"
    assert at(issue) == where(text, "schaal: oordel", at="oordel")


@pytest.mark.parametrize("value", ["1.200.000", "€ 1200000", '"1,2 miljoen"'])
def test_text_where_a_number_belongs_asks_for_a_plain_number(
    write_scenario: WriteScenario, value: str
) -> None:
    text = variant("kosten: 300000", f"kosten: {value}")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        "voor criterium 'kosten' is geen getal en dit criterium heeft geen schaal"
        in issue.message
    )
    assert "schrijf een getal (zonder punten of euroteken)" in issue.message
    assert at(issue) == where(text, f"kosten: {value}", at=value[0])


def test_oordeel_label_on_a_criterion_without_scale_suggests_adding_one(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(variant("kosten: 300000", 'kosten: "++"'))

    assert only_problem(path).message.endswith(
        ", of voeg 'schaal: oordeel' toe aan het criterium"
    )


def test_number_outside_bereik_is_reported_on_its_value(
    write_scenario: WriteScenario,
) -> None:
    text = variant("kosten: 300000", "kosten: 3000000")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        issue.message
        == "score 3000000 voor criterium 'kosten' ligt buiten het bereik [0, 1000000]"
    )
    assert at(issue) == where(text, "kosten: 3000000", at="3")


def test_number_outside_the_scale_range_is_reported_on_its_value(
    write_scenario: WriteScenario,
) -> None:
    text = variant('kwaliteit: "0"', "kwaliteit: 7")
    path = write_scenario(text)

    issue = only_problem(path)

    assert (
        issue.message
        == "score 7 voor criterium 'kwaliteit' ligt buiten schaal 'oordeel' (1 tot 5)"
    )
    assert at(issue) == where(text, "kwaliteit: 7", at="7")


def test_every_cross_reference_problem_is_reported_at_once(
    write_scenario: WriteScenario,
) -> None:
    text = variant(
        "kosten: 300000",
        "kosten: 3000000",
        variant('kwaliteit: "+"', 'kwaliteit: "+++"'),
    )
    path = write_scenario(text)

    found = problems(path)

    assert [i.location.line for i in found] == [
        where(text, '"+++"')[0],
        where(text, "3000000")[0],
    ]


# --- scales ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "number"),
    [('"--"', 1), ('"-"', 2), ('"0"', 3), ("0", 3), ('"+"', 4), ('"++"', 5), ("++", 5)],
)
def test_oordeel_labels_are_the_numbers_one_to_five(
    write_scenario: WriteScenario, label: str, number: int
) -> None:
    scenario = open_resolved(
        write_scenario(variant('kwaliteit: "0"', f"kwaliteit: {label}"))
    )

    score = scenario.candidates[1].scores[0]
    assert (score.raw, score.label) == (number, label.strip('"'))
    assert (scenario.criteria[0].low, scenario.criteria[0].high) == (1, 5)


def test_unquoted_zero_on_oordeel_is_the_label_zero(
    write_scenario: WriteScenario,
) -> None:
    """YAML reads ``0`` as a number; on a scale it is looked up as the label "0" (= 3)."""
    scenario = open_resolved(write_scenario(variant('kwaliteit: "0"', "kwaliteit: 0")))

    assert scenario.candidates[1].scores[0].label == "0"
    assert scenario.candidates[1].scores[0].raw == 3


def test_janee_scale_maps_nee_and_ja_to_zero_and_one(
    write_scenario: WriteScenario,
) -> None:
    text = variant("schaal: oordeel", "schaal: janee")
    text = variant(
        'kwaliteit: "+"',
        "kwaliteit: ja",
        variant('kwaliteit: "0"', "kwaliteit: nee", text),
    )

    scenario = open_resolved(write_scenario(text))

    assert [c.scores[0].raw for c in scenario.candidates] == [1, 0]
    assert [c.scores[0].label for c in scenario.candidates] == ["ja", "nee"]
    assert (
        scenario.criteria[0].low,
        scenario.criteria[0].high,
        scenario.criteria[0].fixed_range,
    ) == (0, 1, True)


def test_own_scale_with_unquoted_number_labels(write_scenario: WriteScenario) -> None:
    text = variant(
        "criteria:\n", "schalen:\n  sterren: {1: 0, 2: 5, 3: 10}\ncriteria:\n"
    )
    text = variant("schaal: oordeel", "schaal: sterren", text)
    text = variant(
        'kwaliteit: "+"',
        "kwaliteit: 3",
        variant('kwaliteit: "0"', "kwaliteit: 2", text),
    )

    scenario = open_resolved(write_scenario(text))

    assert [c.scores[0].raw for c in scenario.candidates] == [10, 5]
    assert [c.scores[0].label for c in scenario.candidates] == ["3", "2"]


# --- English keys and messages --------------------------------------------------------


def test_english_key_names_are_accepted(write_scenario: WriteScenario) -> None:
    english = open_resolved(write_scenario(ENGLISH, "english.yaml"))
    dutch = open_resolved(write_scenario(BASE, "dutch.yaml"))

    assert english.criteria == dutch.criteria
    assert [c.name for c in english.candidates] == [c.name for c in dutch.candidates]
    assert [[s.raw for s in c.scores] for c in english.candidates] == [
        [4, 600_000],
        [3, 300_000],
    ]
    assert english.candidates[0].scores[0].rationale == "Sterk team"
    assert english.candidates[0].scores[0].source == "Rapport 2020"


def test_errors_in_an_english_keyed_file_are_located(
    write_scenario: WriteScenario,
) -> None:
    text = variant("kosten: 300000", "kosten: 3000000", ENGLISH)
    path = write_scenario(text)

    issue = only_problem(path)

    assert "ligt buiten het bereik [0, 1000000]" in issue.message
    assert at(issue) == where(text, "kosten: 3000000", at="3")


def test_missing_score_in_an_english_keyed_file_is_located_on_the_candidate(
    write_scenario: WriteScenario,
) -> None:
    text = variant("      kosten: 300000\n", "", ENGLISH)
    path = write_scenario(text)

    issue = only_problem(path)

    assert at(issue) == where(text, "id: zelf_doen")


def test_unknown_key_in_an_english_keyed_file_suggests_the_english_key(
    write_scenario: WriteScenario,
) -> None:
    text = variant("weight: 40", "weigth: 40", ENGLISH)
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == "onbekende sleutel 'weigth' (bedoelt u 'weight'?)"
    assert at(issue) == where(text, "weigth: 40")


def test_messages_are_english_when_the_language_is_english(
    write_scenario: WriteScenario,
) -> None:
    set_language("en")
    path = write_scenario(variant("kosten: 300000", "kosten: 3000000"))

    issue = only_problem(path)

    assert (
        issue.message
        == "score 3000000 for criterion 'kosten' lies outside the range [0, 1000000]"
    )


def test_schema_messages_are_english_too(write_scenario: WriteScenario) -> None:
    set_language("en")
    path = write_scenario(variant("gewicht: 40", "gewict: 40"))

    assert (
        only_problem(path).message == "unknown key 'gewict' (did you mean 'gewicht'?)"
    )


# --- criteria sets --------------------------------------------------------------------

SET_SCENARIO = """\
versie: 1
titel: Met een criteriaset
criteriaset: drie-k
gewichten:
  kwaliteit: 50
  kwetsbaarheid: 30
  kosten: 20
criteria:
  - id: kosten
    bereik: [0, 500000]
  - id: nabijheid
    naam: Nabijheid
    gewicht: 10
    schaal: oordeel
kandidaten:
  - id: regio
    scores: {kwaliteit: "++", kwetsbaarheid: "+", kosten: 240000, nabijheid: "0"}
  - id: zelf_doen
    scores: {kwaliteit: "0", kwetsbaarheid: "-", kosten: 150000, nabijheid: "++"}
"""


def test_criteria_set_supplies_the_criteria_and_gewichten_their_weights(
    write_scenario: WriteScenario,
) -> None:
    scenario = open_resolved(write_scenario(SET_SCENARIO))

    assert [c.id for c in scenario.criteria] == [
        "kwaliteit",
        "kwetsbaarheid",
        "kosten",
        "nabijheid",
    ]
    assert [c.points for c in scenario.criteria] == [50, 30, 20, 10]
    assert scenario.criteria[0].scale_name == "oordeel"


def test_criterion_in_the_scenario_overrides_the_set_by_id(
    write_scenario: WriteScenario,
) -> None:
    scenario = open_resolved(write_scenario(SET_SCENARIO))

    cost = scenario.criteria[2]
    assert (cost.low, cost.high, cost.fixed_range) == (0, 500_000, True)
    assert cost.direction == "min"  # from the set
    assert cost.name != "kosten"  # the set's name, not just the id


def test_haaksbergen_set_with_gewichten(write_scenario: WriteScenario) -> None:
    text = """\
    versie: 1
    titel: Haaksbergen in het klein
    criteriaset: haaksbergen
    gewichten: {vertrouwen: 20, ict: 25, voorwaarden: 20, bestaande_samenwerking: 15,
                kosten_structureel: 10, kosten_incidenteel: 10}
    criteria:
      - {id: kosten_structureel, bereik: [0, 1000000]}
      - {id: kosten_incidenteel, bereik: [0, 2000000]}
    kandidaten:
      - id: hengelo
        scores: {vertrouwen: "+", ict: "+", voorwaarden: "+", bestaande_samenwerking: "+",
                 kosten_structureel: 600000, kosten_incidenteel: 1200000}
    """
    scenario = open_resolved(write_scenario(text))

    assert [c.id for c in scenario.criteria] == [
        "vertrouwen",
        "ict",
        "voorwaarden",
        "bestaande_samenwerking",
        "kosten_structureel",
        "kosten_incidenteel",
    ]
    assert scenario.criteria[4].name == "Structurele kosten"


def test_unknown_criteria_set_lists_the_built_in_sets(
    write_scenario: WriteScenario,
) -> None:
    text = variant("criteriaset: drie-k", "criteriaset: vijf-k", SET_SCENARIO)
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message == (
        "criteriaset 'vijf-k' bestaat niet; ingebouwd zijn: drie-k, haaksbergen, samenwerkingsvorm, vier-k"
        " (of geef een pad naar een .yaml-bestand)"
    )
    assert at(issue) == where(text, "criteriaset: vijf-k", at="vijf-k")


def test_criteria_set_next_to_the_scenario_is_found_by_path(
    write_scenario: WriteScenario,
) -> None:
    write_scenario(
        """\
        versie: 1
        naam: Eigen set
        criteria:
          - {id: kwaliteit, schaal: oordeel}
          - {id: kosten, richting: min}
        """,
        "eigen-set.yaml",
    )
    text = variant("criteriaset: drie-k", "criteriaset: eigen-set.yaml", SET_SCENARIO)
    text = variant("  kwetsbaarheid: 30\n", "", text)
    text = text.replace('kwetsbaarheid: "+", ', "").replace('kwetsbaarheid: "-", ', "")

    scenario = open_resolved(write_scenario(text))

    assert [c.id for c in scenario.criteria] == ["kwaliteit", "kosten", "nabijheid"]


def test_error_in_a_set_override_is_located_in_the_scenario(
    write_scenario: WriteScenario,
) -> None:
    text = variant("bereik: [0, 500000]", "bereik: [500000, 0]", SET_SCENARIO)
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.location.path == path
    assert at(issue) == where(text, "bereik: [500000, 0]", at="[")


def test_score_problem_on_a_set_criterion_is_located_in_the_scenario(
    write_scenario: WriteScenario,
) -> None:
    text = variant('kwaliteit: "0"', 'kwaliteit: "goed"', SET_SCENARIO)
    path = write_scenario(text)

    issue = only_problem(path)

    assert issue.message.startswith(
        "'goed' staat niet in schaal 'oordeel' van criterium 'kwaliteit'"
    )
    assert at(issue) == where(text, '"goed"')


def test_weight_for_a_criterion_not_in_the_set_suggests_the_nearest(
    write_scenario: WriteScenario,
) -> None:
    text = variant("  kosten: 20\n", "  kostn: 20\n", SET_SCENARIO)
    path = write_scenario(text)

    found = problems(path)

    assert (
        found[0].message
        == "'gewichten' noemt onbekend criterium 'kostn' (bedoelt u 'kosten'?)"
    )
    assert at(found[0]) == where(text, "kostn: 20")
