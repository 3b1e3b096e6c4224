"""Every user-facing string, in two languages (the catalogues behind ``texts.t``)."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from partnerkeuze.language import set_language
from partnerkeuze.language.texts import command_word, has, help_text, join_names, messages, os_reason, t

KEYS = sorted(k for k in messages("nl") if not k.startswith("help."))
HELP = sorted(k.removeprefix("help.") for k in messages("nl") if k.startswith("help."))


def placeholders(template: str) -> set[str]:
    return {
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(template)
        if field
    }


def test_both_catalogues_hold_the_same_keys() -> None:
    assert set(messages("nl")) == set(messages("en"))
    assert has("file.missing")
    assert not has("no.such.key")


@pytest.mark.parametrize("key", KEYS)
def test_dutch_and_english_use_the_same_placeholders(key: str) -> None:
    dutch, english = messages("nl")[key], messages("en")[key]

    assert dutch.strip()
    assert english.strip()
    assert placeholders(dutch) == placeholders(english)


def test_t_fills_in_placeholders_in_the_current_language() -> None:
    assert (
        t("check.duplicate_candidate", id="a", line=3)
        == "kandidaat-id 'a' komt vaker voor (ook op regel 3)"
    )
    set_language("en")
    assert (
        t("check.duplicate_candidate", id="a", line=3)
        == "candidate id 'a' appears more than once (also on line 3)"
    )


def test_t_fills_in_a_placeholder_named_key() -> None:
    """Many schema messages quote the user's key as {key}; t()'s own first argument must not clash."""
    assert t("schema.missing", key="titel") == "'titel' ontbreekt"


def test_t_without_values_leaves_braces_alone() -> None:
    assert t("rank.col_rank") == "#"


@pytest.mark.parametrize(
    ("names", "dutch", "english"),
    [
        ([], "", ""),
        (["a"], "a", "a"),
        (["a", "b"], "a en b", "a and b"),
        (["a", "b", "c"], "a, b en c", "a, b and c"),
    ],
)
def test_join_names(names: list[str], dutch: str, english: str) -> None:
    assert join_names(names) == dutch
    set_language("en")
    assert join_names(names) == english


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("scenarios/haaksbergen-2020.yaml", "scenarios/haaksbergen-2020.yaml"),
        ("/home/a/financiën.yaml", "/home/a/financiën.yaml"),
        ("OneDrive - Gemeente Ommen/keuze 2025.yaml", "'OneDrive - Gemeente Ommen/keuze 2025.yaml'"),
        ("it's.yaml", "'it'\"'\"'s.yaml'"),
    ],
)
def test_command_word_quotes_a_path_only_when_a_shell_would_split_it(path: str, word: str) -> None:
    assert command_word(Path(path)) == word


@pytest.mark.parametrize("key", HELP)
def test_every_help_text_exists_in_both_languages(key: str) -> None:
    assert help_text(key, "nl").strip()
    assert help_text(key, "en").strip()
    assert ("Voorbeeld:" in help_text(key, "nl")) == (
        "Example:" in help_text(key, "en")
    )


def test_the_systems_reasons_are_said_in_the_users_language() -> None:
    """'Permission denied' is the C library's English; a Dutch message says it in Dutch."""
    import errno

    set_language("nl")
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "geen toestemming"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"  # not named: as it is
    set_language("en")
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == "the disk is read-only"
    set_language("nl")
