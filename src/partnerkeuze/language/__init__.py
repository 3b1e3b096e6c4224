"""The language of everything a user reads: Dutch by default, English on request.

The current language (a context variable set once per run), Dutch and English number
formatting, and the message catalogues (gettext ``.po`` files in ``catalogues/``) behind
``t(key)``. It imports nothing else of partnerkeuze, so every layer may use it.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
ENV_VAR = "PARTNERKEUZE_LANG"

_current: ContextVar[Language] = ContextVar("language", default="nl")


def parse_language(text: str | None) -> Language:
    """Map 'nl', 'en', 'en_GB', 'EN' ... onto a supported language (default Dutch)."""
    code = (text or "nl").strip().lower()[:2]
    return "en" if code == "en" else "nl"


def default_language() -> Language:
    """The language from PARTNERKEUZE_LANG, else Dutch."""
    return parse_language(os.environ.get(ENV_VAR))


def set_language(language: Language) -> None:
    """Switch all user-facing text for the rest of this run."""
    _current.set(language)


def current_language() -> Language:
    """The language user-facing text is produced in now."""
    return _current.get()
