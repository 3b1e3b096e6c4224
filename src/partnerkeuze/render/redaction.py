"""Pseudonyms and name scrubbing for the public (Woo) version of a memo.

``memo.build_memo`` decides what is confidential; these helpers only rename.
"""

from __future__ import annotations

import dataclasses
import re

from partnerkeuze.app.results import Ranking
from partnerkeuze.language.texts import t


def pseudonym(index: int) -> str:
    """'Kandidaat C' for the third candidate in the file ('AA' after 'Z').

    Why the position in the file: it is stable between exports and says nothing that
    the public table does not already show.
    """
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return t("memo.pseudonym", letter=letters)


def pseudonym_id(name: str) -> str:
    """'Kandidaat C' -> 'kandidaat_c': the id a redacted candidate gets in CSV and Excel."""
    return name.lower().replace(" ", "_")


class Scrubber:
    """Replaces confidential names in free text: whole words only, longest name first."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if names else None

    def __call__(self, text: str | None) -> str | None:
        """``text`` with every confidential name replaced (None stays None)."""
        if text is None or self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.names[m.group(0)], text)


def renamed(ranking: Ranking, names: dict[str, str]) -> Ranking:
    """The ranking with the names to show (by candidate id), so sentences built from it match."""
    order = tuple(dataclasses.replace(r, name=names[r.id]) for r in ranking.order)
    return dataclasses.replace(ranking, order=order)
