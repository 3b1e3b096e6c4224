"""The memo's reproducibility line: what someone needs to redo the ranking.

The version of partnerkeuze, the scenario file's SHA-256, the seed and the export date;
with returned weighing forms (``--deelnemer``) also each form's file name and SHA-256,
because their weights decide the ranking. A public memo (``--openbaar``) names no
participant, so there the forms are only counted, with one combined SHA-256: the
SHA-256 of their SHA-256s in hexadecimal, sorted, each followed by a newline. That is
what ``sha256sum weging-*.yaml | cut -d' ' -f1 | sort | sha256sum`` prints, so whoever
holds the files can check them without the memo disclosing whose they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from partnerkeuze.language.texts import join_names, t
from partnerkeuze.render.decision import participant_count


@dataclass(frozen=True)
class Reproducibility:
    """What someone needs to reproduce the export.

    ``forms``: (file name, SHA-256) of each returned weighing form that weighed, in the
    order read; ``public``: a public memo, which counts the forms instead of naming them.
    """

    version: str
    sha256: str
    seed: int | None
    export_date: dt.date
    forms: tuple[tuple[str, str], ...] = ()
    public: bool = False

    def text(self, export_date_text: str, *, forms: bool = True) -> str:
        """The line, worded: 'partnerkeuze 0.1.0; scenariobestand SHA-256 ...; seed 0; ...'.

        ``forms=False``: without the returned forms (a Word file's 'comments' property holds
        at most 255 characters; the memo's own text has the whole line).
        """
        seed = str(self.seed) if self.seed is not None else t("memo.no_seed")
        line = t("memo.repro_line", version=self.version, sha256=self.sha256, seed=seed, date=export_date_text)
        if not self.forms or not forms:
            return line
        who = participant_count(len(self.forms))
        if self.public:
            return f"{line} {t('memo.repro_forms_public', who=who, sha256=combined_sha256(h for _, h in self.forms))}"
        return f"{line} {t('memo.repro_forms', who=who, files=join_names(list(self._form_items)))}"

    def lines(self, export_date_text: str) -> tuple[str, tuple[str, ...]]:
        """The line as a paragraph and a list: each named form on a line of its own.

        Why: sixty-four hexadecimal digits per form read badly inside a sentence; the
        renderers show these items as a list under the paragraph. A public memo, or one
        without forms, has no items.
        """
        if not self.forms or self.public:
            return self.text(export_date_text), ()
        lead = t("memo.repro_forms_list", who=participant_count(len(self.forms)))
        return f"{self.text(export_date_text, forms=False)} {lead}", self._form_items

    @property
    def _form_items(self) -> tuple[str, ...]:
        """Each returned form named: 'weging-a.yaml (SHA-256 ...)'."""
        return tuple(t("memo.repro_form_item", file=name, sha256=digest) for name, digest in self.forms)


def combined_sha256(hashes: Iterable[str]) -> str:
    """One SHA-256 for several files: of their hexadecimal SHA-256s, sorted, each followed by a newline."""
    return hashlib.sha256("".join(f"{h}\n" for h in sorted(hashes)).encode("ascii")).hexdigest()
