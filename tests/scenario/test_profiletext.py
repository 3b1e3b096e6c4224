"""A profile added to a scenario's text (``profiletext.py``): the rest of the text, comments too, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from partnerkeuze.scenario.profiletext import NewProfile, NoPlaceForProfile, with_profile

ROOT = Path(__file__).parents[2]
PROFILE = NewProfile("verkend", "Verkend vanuit de raad", 'Met "aanhalingstekens": en # geen commentaar',
                     {"ict": "26.3", "kosten": "0", "yes": "73.7"})
WEIGHTS = {"ict": 26.3, "kosten": 0, "yes": 73.7}


def added(before: str, after: str) -> list[str]:
    """The lines of ``after`` that are not in ``before``, checking every old line kept its order."""
    old = before.splitlines()
    new = after.splitlines()
    extra, i = [], 0
    for line in new:
        if i < len(old) and line == old[i]:
            i += 1
        else:
            extra.append(line)
    assert i == len(old), "a line of the original text went missing"
    return extra


def profiles(text: str, key: str = "profielen") -> dict:
    return yaml.safe_load(text)[key]


def test_block_profiles_get_one_more_after_the_last_with_comments_kept() -> None:
    text = (ROOT / "scenarios" / "haaksbergen-2020.yaml").read_text(encoding="utf-8")
    result = with_profile(text, PROFILE)

    new = added(text, result)
    assert new[0] == "  verkend:"
    assert all(line.startswith("    ") for line in new[1:])
    found = profiles(result)
    assert list(found) == ["college", "raad", "ondernemingsraad", "verkend"]
    assert found["verkend"] == {"naam": PROFILE.name, "toelichting": PROFILE.description, "gewichten": WEIGHTS}
    assert {k: v for k, v in yaml.safe_load(result).items() if k != "profielen"} == {
        k: v for k, v in yaml.safe_load(text).items() if k != "profielen"}


def test_a_comment_after_the_profiles_stays_with_what_follows() -> None:
    text = (
        "versie: 1\n"
        "profielen:\n"
        "    raad:   # de raad\n"
        "        gewichten: {ict: 1}\n"
        "\n"
        "        # nog iets over de raad\n"
        "# over de criteria\n"
        "criteria: []\n"
    )
    result = with_profile(text, PROFILE)

    assert result.splitlines()[6:8] == ["    verkend:", "        naam: \"Verkend vanuit de raad\""]
    assert result.endswith("# over de criteria\ncriteria: []\n")
    assert list(profiles(result)) == ["raad", "verkend"]


def test_flow_profiles_get_one_more_inside_the_braces() -> None:
    text = "versie: 1\nprofielen: {raad: {gewichten: {ict: 1}}}  # kort\ncriteria: []\n"
    result = with_profile(text, PROFILE)

    assert result.endswith("}}  # kort\ncriteria: []\n")
    assert profiles(result)["verkend"]["gewichten"] == WEIGHTS
    assert with_profile("versie: 1\nprofielen: {}\n", PROFILE).startswith("versie: 1\nprofielen: {verkend: ")


def test_a_file_without_profiles_gets_the_block_at_the_end() -> None:
    text = "# kop\nversie: 1\ncriteria:\n- id: ict\n# slot"
    result = with_profile(text, PROFILE)

    assert result.startswith(text + "\nprofielen:\n  verkend:\n")
    assert profiles(result)["verkend"]["gewichten"] == WEIGHTS


def test_english_keys_get_english_keys() -> None:
    result = with_profile("version: 1\ncriteria: []\n", PROFILE)
    assert profiles(result, "profiles")["verkend"]["weights"] == WEIGHTS
    result = with_profile("version: 1\nprofiles:\n  council:\n    weights: {ict: 1}\n", PROFILE)
    assert set(profiles(result, "profiles")["verkend"]) == {"name", "description", "weights"}


def test_windows_line_ends_and_a_document_end_are_kept() -> None:
    text = "versie: 1\r\nprofielen:\r\n  raad:\r\n    gewichten: {ict: 1}\r\n...\r\n"
    result = with_profile(text, PROFILE)
    assert "\n" not in result.replace("\r\n", "")
    assert result.endswith("...\r\n")
    assert list(profiles(result)) == ["raad", "verkend"]
    appended = with_profile("versie: 1\n...\n", PROFILE)
    assert appended.endswith("\n...\n")
    assert "verkend" in profiles(appended)


def test_an_id_yaml_would_read_as_a_boolean_is_quoted() -> None:
    result = with_profile("versie: 1\n", PROFILE)
    assert '      "yes": 73.7' in result.splitlines()


def test_a_flow_document_has_no_place_for_a_profile() -> None:
    with pytest.raises(NoPlaceForProfile):
        with_profile("{versie: 1, criteria: []}\n", PROFILE)
