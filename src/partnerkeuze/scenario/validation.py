"""pydantic errors -> located, translated ``Issue``s.

Messages are chosen by the pydantic error ``type`` (stable across releases), never
by its English ``msg`` text.
"""

from __future__ import annotations

import difflib
from functools import cache
from typing import Any

from pydantic import AliasChoices, ValidationError
from pydantic_core import ErrorDetails

from partnerkeuze.errors import Issue
from partnerkeuze.language import current_language
from partnerkeuze.language.texts import has, t
from partnerkeuze.scenario.models import MODELS
from partnerkeuze.scenario.yamlsource import SourceMap

# pydantic types that mean the same thing to a user.
_SAME_AS = {
    "float_type": "number_type",
    "float_parsing": "number_type",
    "int_type": "number_type",
    "int_parsing": "number_type",
    "date_parsing": "date_type",
    "date_from_datetime_parsing": "date_type",
}


@cache
def key_names() -> tuple[dict[str, str], dict[str, str]]:
    """Every model's keys: Dutch -> English name, and English name(s) -> Dutch."""
    to_english: dict[str, str] = {}
    to_dutch: dict[str, str] = {}
    for model in MODELS:
        for name, info in model.model_fields.items():
            dutch = info.alias or name
            to_english[dutch] = name
            to_dutch[name] = dutch
            if isinstance(info.validation_alias, AliasChoices):
                for choice in info.validation_alias.choices:
                    if isinstance(choice, str):
                        to_dutch[choice] = dutch
    return to_english, to_dutch


def key_aliases() -> dict[str, str]:
    """Each key's other name, both ways, for locating errors whichever one the file used."""
    to_english, to_dutch = key_names()
    return {**to_dutch, **{d: e for d, e in to_english.items() if d != e}}


def _display_key(key: str) -> str:
    """The key as a user of the current language knows it."""
    to_english, _ = key_names()
    return to_english.get(key, key) if current_language() == "en" else key


def _last_key(loc: tuple[Any, ...]) -> str:
    for part in reversed(loc):
        if isinstance(part, str) and part not in ("waarde", "value"):
            return part
    return ""


def _plain(value: Any) -> Any:
    """0.0 -> 0 in messages: a user wrote 'gewicht: -2', not -2.0 (but 1e+308, not 309 digits)."""
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 1e15 else value


def _short(value: Any) -> str:
    if isinstance(value, bool):  # as YAML writes it (true, yes, on), not Python's True
        return str(value).lower()
    value = _plain(value)
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def issue_for(error: ErrorDetails, source: SourceMap) -> Issue:
    """One pydantic error as a located, translated issue."""
    kind = _SAME_AS.get(error["type"], error["type"])
    loc = tuple(error["loc"])
    ctx = dict(error.get("ctx") or {})
    values: dict[str, Any] = {"key": _display_key(_last_key(loc)), "input": _short(error.get("input"))}
    values.update({k: _plain(v) for k, v in ctx.items() if isinstance(v, str | int | float)})
    if kind == "extra_forbidden":
        to_english, to_dutch = key_names()
        known = sorted(set(to_english) | set(to_dutch))
        values["key"] = loc[-1]
        if str(loc[-1]) in known:  # a real key in the wrong place: 'did you mean' itself would puzzle
            values["hint"] = t("schema.elsewhere")
        else:
            close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.7)
            values["hint"] = t("schema.did_you_mean", suggestion=close[0]) if close else ""
        return Issue(source.locate(loc, key=True), t("schema.extra_forbidden", **values))
    if kind == "literal_error":
        # pydantic joins the choices with an English 'or': "'max' or 'min'".
        values["expected"] = ctx.get("expected", "").replace("'", "").replace(" or ", f" {t('common.or')} ")
    if kind == "missing":
        # The place of a missing key is the mapping that should hold it.
        return Issue(source.locate(loc[:-1]), t("schema.missing", **values))
    key = f"schema.{kind}"
    if not has(key):
        values["message"] = error["msg"]
        key = "schema.other"
    try:
        message = t(key, **values)
    except (KeyError, IndexError, ValueError):
        message = t("schema.other", key=values["key"], message=error["msg"])
    return Issue(source.locate(loc), message)


def issues_from(exc: ValidationError, source: SourceMap) -> list[Issue]:
    """All errors of a failed validation, in file order."""
    issues = [issue_for(error, source) for error in exc.errors(include_url=False)]
    return sorted(issues, key=lambda i: (i.location.line, i.location.column))
