"""Every user-facing string, by key, from the message catalogues in ``catalogues/``.

Why catalogues: the wording is the advisers' own, and a translator or reviewer edits a
``.po`` file (Poedit, Weblate, any editor) without reading Python. Code asks for a text
by key, ``t("file.missing")``, in the language chosen once per run
(``language.set_language``); ``nl.po`` and ``en.po`` hold the same keys, help texts
of the command line as ``help.<command or option>``. ``click-nl.po`` holds typer's and
click's own words in Dutch, by context (cli/dutch.py). A catalogue is read on first use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from partnerkeuze.language import Language, current_language
from partnerkeuze.language.catalogue import read_catalogue

CATALOGUES = Path(__file__).with_name("catalogues")


@cache
def messages(language: Language) -> dict[str, str]:
    """key -> text of one language's catalogue."""
    return {key: text for (_, key), text in read_catalogue(CATALOGUES / f"{language}.po").items()}


@cache
def click_texts(group: str) -> dict[str, str]:
    """typer's and click's English -> Dutch for one group (msgctxt) of click-nl.po."""
    return {key: text for (context, key), text in read_catalogue(CATALOGUES / "click-nl.po").items()
            if context == group}


def t(key: str, /, **values: Any) -> str:
    """The text for ``key`` in the current language, with placeholders filled in."""
    template = messages(current_language())[key]
    return template.format(**values) if values else template


def has(key: str) -> bool:
    """Whether the catalogues hold ``key`` (validation falls back to a generic text)."""
    return key in messages("nl")


def join_names(names: list[str]) -> str:
    """'a', 'a en b', 'a, b en c' (or 'and' in English)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('common.and')} {names[-1]}"


def command_word(path: Path | str) -> str:
    """A path as one word of a command the user copies: quoted when a shell would split it.

    Why: a scenario in 'OneDrive - Gemeente Ommen' is common, and 'partnerkeuze rank
    /pad/met spaties.yaml' pasted into a terminal names two files. Single quotes for a
    POSIX shell; double quotes on Windows (cmd and PowerShell), where ' does not quote.
    """
    import os  # noqa: PLC0415 - only a few messages need it
    import shlex  # noqa: PLC0415

    text = str(path)
    if text and all(c.isalnum() or c in "_-./:@%+=,~" for c in text):
        return text
    if os.name == "nt":
        return f'"{text}"'
    return shlex.quote(text)


def os_reason(exc: BaseException) -> str:
    """Why the system refused, in the user's words for the common cases ("geen toestemming").

    Why: ``strerror`` is the C library's English ("Permission denied") inside a Dutch
    message; an error the catalogues do not name keeps it.
    """
    import errno  # noqa: PLC0415 - only an error needs it

    code = getattr(exc, "errno", None)
    names = {errno.EACCES: "access", errno.EPERM: "access", errno.ENOENT: "missing", errno.ENOTDIR: "not_dir",
             errno.EISDIR: "is_dir", errno.ENOSPC: "full", errno.EROFS: "read_only", errno.EEXIST: "exists",
             errno.ENAMETOOLONG: "name_too_long"}
    if code in names:
        return t(f"oserror.{names[code]}")
    return str(getattr(exc, "strerror", None) or exc)


def help_text(key: str, language: Language) -> str:
    """A ``--help`` text in the given language."""
    return messages(language)[f"help.{key}"]
