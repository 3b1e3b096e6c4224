"""PyYAML's syntax problems in Dutch (and English), for its own parser and for libyaml's."""

from __future__ import annotations

import pytest
import yaml

from partnerkeuze.language import set_language
from partnerkeuze.scenario.yamlproblems import explain

# A scenario's typical slips, and the words the user reads for each.
SLIPS = {
    "titel: Partner: Hengelo of Enschede\n": "een dubbele punt met een spatie erna mag hier niet",
    'titel: "C:\\pad"\n': "zet tekst met een backslash, zoals een pad, tussen enkele aanhalingstekens",
    "titel: x\n\tcriteria: []\n": "YAML springt in met spaties, niet met tabs",
    'titel: "open\n': "ontbreekt er een afsluitend aanhalingsteken?",
    "criteria: [a, b\n": "ontbreekt er een ']' (of een komma)?",
    "criteria: {a: 1\n": "ontbreekt er een '}' (of een komma)?",
    "criteria:\n  - id: a\n   naam: b\n": "de inspringing klopt niet",
    "criteria:\n- id: a\n  - id: b\n": "de inspringing klopt niet",
    "titel: x\ncriteria\n": "hier ontbreekt een dubbele punt",
    "titel: @x\n": "kan niet met",
    "titel: *x\n": "verwijst naar een anker",
}


def problem(text: str, loader: type) -> str:
    with pytest.raises(yaml.MarkedYAMLError) as info:
        yaml.load(text, Loader=loader)  # noqa: S506 - both loaders are safe ones
    return str(info.value.problem)


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)],
                         ids=["python", "libyaml"])
@pytest.mark.parametrize(("text", "words"), SLIPS.items(), ids=range(len(SLIPS)))
def test_each_slip_is_explained_in_dutch_by_either_parser(text: str, words: str, loader: type) -> None:
    set_language("nl")

    explained = explain(problem("versie: 1\n" + text, loader))

    assert explained is not None
    assert words in explained


def test_a_problem_not_listed_keeps_pyyamls_words() -> None:
    assert explain("found duplicate anchor 'a'; first occurrence") is None


def test_in_english() -> None:
    set_language("en")
    try:
        assert explain("mapping values are not allowed here") == (
            "a colon followed by a space is not allowed here; put text with ': ' in quotes, "
            'for example title: "Partner: Hengelo or Enschede"')
    finally:
        set_language("nl")
