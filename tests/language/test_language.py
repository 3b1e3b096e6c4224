"""Choosing the language of user-facing text (``language.py``)."""

from __future__ import annotations

import pytest

from partnerkeuze.language import (
    ENV_VAR,
    current_language,
    default_language,
    parse_language,
    set_language,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nl", "nl"),
        ("en", "en"),
        ("EN", "en"),
        ("en_GB", "en"),
        ("en-US.UTF-8", "en"),
        (" en ", "en"),
        ("de", "nl"),
        ("", "nl"),
        (None, "nl"),
    ],
)
def test_parse_language_falls_back_to_dutch(text: str | None, language: str) -> None:
    assert parse_language(text) == language


def test_default_language_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_VAR, "en")
    assert default_language() == "en"
    monkeypatch.delenv(ENV_VAR)
    assert default_language() == "nl"


def test_set_language_switches_the_current_language() -> None:
    assert current_language() == "nl"
    set_language("en")
    assert current_language() == "en"
