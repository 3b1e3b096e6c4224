"""Profiles written into a scenario's own text: everything else kept, every value read back exactly."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pytest
import yaml

from partnerkeuze.scenario.models import Profile, Weighting
from partnerkeuze.scenario.profilewriter import add_profiles, number, profile_lines, text
from partnerkeuze.scenario.validation import key_aliases
from partnerkeuze.scenario.yamlsource import read_document

NEW = [("wethouder-a", Profile.model_validate({"naam": "Wethouder A", "gewichten": {"x": 2, "y": 1}}))]


def added(tmp_path: Path, source: str, profiles: list[tuple[str, Profile]] = NEW) -> str:
    path = tmp_path / "s.yaml"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    document = read_document(path, aliases=key_aliases())
    return add_profiles(path.read_text(encoding="utf-8"), document.source, document.data, profiles, "nieuw")


def test_a_file_without_profiles_gets_a_block_at_the_end(tmp_path: Path) -> None:
    source = "versie: 1  # de versie\ntitel: T\n# slot\n"

    result = added(tmp_path, source)

    assert result == source + ('\nprofielen:\n  # nieuw\n  wethouder-a:\n    naam: "Wethouder A"\n'
                               "    gewichten: {x: 2, \"y\": 1}\n")


def test_new_profiles_go_below_the_last_profile_and_before_the_next_key(tmp_path: Path) -> None:
    source = """\
        versie: 1
        profielen:
            raad:   # drie keer inspringen
                gewichten: {x: 1, y: 1}
                toelichting: >-
                    lang verhaal
                    over twee regels

        # over de kandidaten
        kandidaten: []
        """

    result = added(tmp_path, source)

    lines = textwrap.dedent(source).splitlines(keepends=True)
    assert result == "".join(lines[:7]) + (
        '    # nieuw\n    wethouder-a:\n      naam: "Wethouder A"\n      gewichten: {x: 2, "y": 1}\n'
    ) + "".join(lines[7:])


def test_the_last_key_of_the_file_without_a_final_newline(tmp_path: Path) -> None:
    result = added(tmp_path, "versie: 1\nprofiles:\n  raad: {gewichten: {x: 1}}")

    assert result.startswith("versie: 1\nprofiles:\n  raad: {gewichten: {x: 1}}\n  # nieuw\n  wethouder-a:\n")
    assert yaml.safe_load(result)["profiles"]["wethouder-a"]["gewichten"] == {"x": 2, "y": 1}


def test_a_flow_profiles_block_is_written_anew_with_its_profiles(tmp_path: Path) -> None:
    result = added(tmp_path, "versie: 1\nprofielen: {raad: {naam: Raad, gewichten: {x: 1, y: 3}}}\ntitel: T\n")

    data = yaml.safe_load(result)
    assert data["profielen"] == {"raad": {"naam": "Raad", "gewichten": {"x": 1, "y": 3}},
                                 "wethouder-a": {"naam": "Wethouder A", "gewichten": {"x": 2, "y": 1}}}
    assert result.startswith("versie: 1\nprofielen:\n") and result.endswith("titel: T\n")


def test_every_weighting_reads_back_as_written(tmp_path: Path) -> None:
    weightings = [
        {"methode": "rangorde", "volgorde": ["a", ["b", "no"], "1"], "formule": "rs", "weegt_niet": ["on"]},
        {"methode": "paarsgewijs", "vergelijkingen": [["a", "b", "1/3"], ["a", "no", 0.2], ["b", "no", 2.5]],
         "ri_tabel": "saaty2005"},
        {"methode": "paarsgewijs", "matrix": {"a": [1, "1/7"], "b": [7, 1]}},
        {"methode": "swing", "swing": {"a": 100, "b": 33.3, "no": 0}},
    ]
    profiles = [(f"p{k}", Profile.model_validate({"weging": value})) for k, value in enumerate(weightings)]

    result = added(tmp_path, "versie: 1\n", profiles)

    back = yaml.safe_load(result)["profielen"]
    for ident, profile in profiles:
        again = Weighting.model_validate(back[ident]["weging"])
        assert again == profile.weighting
        assert again.model_fields_set == profile.weighting.model_fields_set  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["ict", "no", "Yes", "1e3", "0", "a b", 'say "x"', "line\u2028break", "x\x85y",
                                   "null", "-x", "#x", "Jiří: raad"])
def test_text_reads_back_as_the_same_string(value: str) -> None:
    assert yaml.safe_load(f"k: {text(value)}")["k"] == value


@pytest.mark.parametrize("value", [3.0, 1 / 3, 1 / 9, 0.1, 2.5, 1e-7, 33.3, 1 / 3.0000001, 123456789.125])
def test_number_reads_back_as_the_same_float(value: float) -> None:
    written = number(value)
    top, slash, bottom = written.partition("/")
    parsed = float(top) / float(bottom) if slash else yaml.safe_load(f"k: {written}")["k"]
    assert parsed == value
    assert written in ("3", "1/3", "1/9", "0.1", "2.5", "1e-07", "33.3") or math.isclose(parsed, value)


def test_a_profile_with_a_name_and_a_description() -> None:
    profile = Profile.model_validate({"naam": "Raad", "toelichting": "uit: de sessie", "gewichten": {"x": 1}})

    assert profile_lines("raad", profile) == ["raad:", "  naam: Raad", '  toelichting: "uit: de sessie"',
                                              "  gewichten: {x: 1}"]
