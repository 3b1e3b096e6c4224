"""A profile added to a scenario's text (``profiletext.py``): the rest of the text, comments too, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from partnerkeuze.scenario.models import Profile
from partnerkeuze.scenario.profiletext import (
    NewProfile,
    NoPlaceForProfile,
    WrittenProfile,
    number,
    with_group,
    with_profile,
    with_profiles,
)

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


# --- several profiles as the format holds them (profiles --opslaan, app/workshop.py) -----------------

WRITTEN = [
    WrittenProfile("wethouder-a", Profile.model_validate({"naam": "Wethouder A", "toelichting": "uit: de sessie",
                                                          "gewichten": {"ict": 2, "y": 1}})),
    WrittenProfile("raadslid", Profile.model_validate({"naam": "Raadslid", "weging": {
        "methode": "paarsgewijs", "vergelijkingen": [["ict", "y", "1/3"], ["ict", "no", 0.2], ["y", "no", 2.5]],
        "weegt_niet": ["on"]}})),
]


def test_several_profiles_with_a_comment_go_after_the_last_profile() -> None:
    text = "versie: 1\nprofielen:\n    raad:   # drie keer inspringen\n        gewichten: {ict: 1}\n\n# slot\ntitel: T\n"

    result = with_profiles(text, WRITTEN, "nieuw")

    assert added(text, result) == [
        "    # nieuw", "    wethouder-a:", '        naam: "Wethouder A"', '        toelichting: "uit: de sessie"',
        "        gewichten: {ict: 2, y: 1}", "    raadslid:", '        naam: "Raadslid"', "        weging:",
        "            methode: paarsgewijs", "            vergelijkingen:", "                - [ict, y, 1/3]",
        '                - [ict, "no", 1/5]', '                - [y, "no", 2.5]',
        '            weegt_niet: ["on"]']
    assert result.endswith("\n\n# slot\ntitel: T\n")


@pytest.mark.parametrize("text", ["versie: 1\n", "versie: 1\nprofielen: {raad: {gewichten: {ict: 1}}}\n",
                                  "versie: 1\nprofielen:\n", "version: 1\n"])
def test_every_weighting_reads_back_as_written(text: str) -> None:
    weightings = [
        {"methode": "rangorde", "volgorde": ["a", ["b", "no"], "1"], "formule": "rs", "weegt_niet": ["on"]},
        {"methode": "paarsgewijs", "vergelijkingen": [["a", "b", "1/3"], ["a", "no", 0.2], ["b", "no", 2.5]],
         "ri_tabel": "saaty2005"},
        {"methode": "paarsgewijs", "matrix": {"a": [1, "1/7"], "b": [7, 1]}},
        {"methode": "swing", "swing": {"a": 100, "b": 33.3, "no": 0}},
    ]
    written = [WrittenProfile(f"p{k}", Profile.model_validate({"weging": value})) for k, value in enumerate(weightings)]

    result = with_profiles(text, written, "nieuw")

    back = yaml.safe_load(result)["profiles" if text.startswith("version") else "profielen"]
    for profile in written:
        again = Profile.model_validate(back[profile.id])
        assert again == profile.profile
        assert again.weighting.model_fields_set == profile.profile.weighting.model_fields_set  # type: ignore[union-attr]


@pytest.mark.parametrize("value", [3.0, 1 / 3, 1 / 9, 0.1, 2.5, 1e-7, 33.3, 1 / 3.0000001, 123456789.125])
def test_a_number_reads_back_as_the_same_float(value: float) -> None:
    assert yaml.safe_load(f"k: {number(value)}")["k"] == value
    top, slash, bottom = number(value, judgement=True).partition("/")
    assert (float(top) / float(bottom) if slash else float(top)) == value
    assert (number(1 / 3, judgement=True), number(1 / 3), number(3.0), number(0.1)) == ("1/3", repr(1 / 3), "3", "0.1")


@pytest.mark.parametrize("value", ["Wethouder A", 'say "x"', "line\u2028break", "x\x85y", "#x", "Jiří: raad"])
def test_a_name_reads_back_as_the_same_string(value: str) -> None:
    written = WrittenProfile("p", Profile.model_validate({"naam": value, "gewichten": {"a": 1}}))

    assert yaml.safe_load(with_profiles("versie: 1\n", [written]))["profielen"]["p"]["naam"] == value


# --- the group of a weighing session: 'groep:' naming its members ------------------------------------


def test_a_group_key_goes_at_the_end_with_its_comment() -> None:
    text = "versie: 1\r\nprofielen:\r\n  raad: {gewichten: {ict: 1}}\r\n...\r\n"

    result = with_group(text, ["wethouder-a", "yes"], "de deelnemers")

    assert added(text, result) == ["# de deelnemers", 'groep: [wethouder-a, "yes"]']
    assert result.endswith("\r\n...\r\n")
    assert "\n" not in result.replace("\r\n", "")
    assert yaml.safe_load(result)["groep"] == ["wethouder-a", "yes"]
    assert yaml.safe_load(with_group("version: 1\n", ["a"]))["group"] == ["a"]


@pytest.mark.parametrize("written", [
    "groep: [college, raad]  # de raad ook\n",
    "groep:\n  - college\n  - raad\n\n# volgende\n",
    "groep:\n- college\n- raad\n",
    "groep:\n",
    "group: college\n",
])
def test_a_group_key_that_is_there_gets_the_new_members_in_place(written: str) -> None:
    text = "versie: 1\n" + written + "titel: T  # blijft\n"

    result = with_group(text, ["a", "b"])

    data = yaml.safe_load(result)
    assert data.get("groep", data.get("group")) == ["a", "b"]
    assert result.startswith("versie: 1\n")
    assert result.endswith("titel: T  # blijft\n")
    assert ("# de raad ook" in result) == ("# de raad ook" in text)
    assert ("# volgende" in result) == ("# volgende" in text)


def test_a_flow_document_has_no_place_for_a_group() -> None:
    with pytest.raises(NoPlaceForProfile):
        with_group("{versie: 1}\n", ["a"])
