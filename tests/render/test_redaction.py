"""Pseudonyms and name scrubbing for the public (Woo) version."""

from __future__ import annotations

import pytest

from partnerkeuze.render.redaction import Scrubber, pseudonym, pseudonym_id


@pytest.mark.parametrize(("index", "name"), [(0, "Kandidaat A"), (2, "Kandidaat C"), (25, "Kandidaat Z"), (26, "Kandidaat AA")])
def test_pseudonym(index: int, name: str) -> None:
    assert pseudonym(index) == name


def test_pseudonym_id() -> None:
    assert pseudonym_id("Kandidaat AB") == "kandidaat_ab"


def test_scrubber_replaces_whole_names_longest_first() -> None:
    scrub = Scrubber({"Markt": "Kandidaat B", "Markt Oost": "Kandidaat C"})
    assert scrub("Markt Oost is duurder dan Markt; Marktplaats blijft.") == (
        "Kandidaat C is duurder dan Kandidaat B; Marktplaats blijft."
    )
    assert scrub(None) is None


def test_scrubber_without_names_changes_nothing() -> None:
    assert Scrubber({})("Markt B") == "Markt B"
