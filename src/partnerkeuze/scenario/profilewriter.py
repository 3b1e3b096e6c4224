"""A scenario's text with profiles added, the rest of the file kept as written.

Why text and not a YAML dump: a scenario carries its authors' comments, their order
and their way of writing labels; ``yaml.safe_dump`` of the data would lose all of
that. The new profiles go at the end of the existing ``profielen:`` block (or in a new
block at the end of the file), indented like the file; every other byte stays.

The values are written so that they read back exactly: numbers as Python's shortest
round-trip text (a judgement 1/3 as ``1/3``, as the form writes it), ids and names in
double quotes whenever YAML could read them as something else (``no``, ``1e3``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from partnerkeuze.scenario.models import Profile, Weighting
from partnerkeuze.scenario.yamlsource import SourceMap

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# Words YAML 1.1 reads as true, false or null even without quotes.
_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
# Line breaks a double-quoted YAML string would fold, though JSON leaves them as they are.
_BREAKS = {"\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"}
PROFILE_KEYS = ("profielen", "profiles")


def text(value: str) -> str:
    """A string as YAML reads it back: plain when that is safe, else double-quoted."""
    if _PLAIN.fullmatch(value) and value.lower() not in _SPECIAL:
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    for char, escape in _BREAKS.items():
        quoted = quoted.replace(char, escape)
    return quoted


def number(value: float) -> str:
    """A number as the shortest text that reads back as the same float; 1/k as '1/k'."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    if 0 < value < 1:
        k = round(1 / value)
        if k > 1 and 1 / k == value:
            return f"1/{k}"
    return repr(float(value))


def _flow(items: Sequence[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _mapping(values: dict[str, float]) -> str:
    return "{" + ", ".join(f"{text(k)}: {number(v)}" for k, v in values.items()) + "}"


def weighting_lines(weighting: Weighting) -> list[str]:
    """A ``weging:`` block (its keys one level in), with only what was written."""
    alias = {name: info.alias or name for name, info in Weighting.model_fields.items()}
    written = weighting.model_fields_set
    lines = [f"  {alias['method']}: {weighting.method}"]
    if weighting.order is not None:
        places = [text(item) if isinstance(item, str) else _flow([text(c) for c in item]) for item in weighting.order]
        lines.append(f"  {alias['order']}: {_flow(places)}")
    if "formula" in written:
        lines.append(f"  {alias['formula']}: {weighting.formula}")
    if weighting.comparisons is not None:
        lines.append(f"  {alias['comparisons']}:")
        lines += [f"    - {_flow([text(a), text(b), number(v)])}" for a, b, v in weighting.comparisons]
    if weighting.matrix is not None:
        lines.append(f"  {alias['matrix']}:")
        lines += [f"    {text(k)}: {_flow([number(v) for v in row])}" for k, row in weighting.matrix.items()]
    if "ri_table" in written:
        lines.append(f"  {alias['ri_table']}: {weighting.ri_table}")
    if weighting.swing is not None:
        lines.append(f"  {alias['swing']}: {_mapping(weighting.swing)}")
    if weighting.not_weighed is not None:
        lines.append(f"  {alias['not_weighed']}: {_flow([text(c) for c in weighting.not_weighed])}")
    return lines


def profile_lines(ident: str, profile: Profile) -> list[str]:
    """One profile as lines, its key at indentation 0."""
    lines = [f"{text(ident)}:"]
    if profile.name is not None:
        lines.append(f"  naam: {text(profile.name)}")
    if profile.description is not None:
        lines.append(f"  toelichting: {text(profile.description)}")
    if profile.weights is not None:
        lines.append(f"  gewichten: {_mapping(profile.weights)}")
    if profile.weighting is not None:
        lines.append("  weging:")
        lines += [f"  {line}" for line in weighting_lines(profile.weighting)]
    return lines


def add_profiles(source_text: str, source: SourceMap, data: dict[str, Any],
                 profiles: Sequence[tuple[str, Profile]], comment: str) -> str:
    """``source_text`` with ``profiles`` added to its ``profielen:`` (made when there is none).

    ``source`` and ``data``: the file as read (``yamlsource.read_document``). ``comment``
    goes on a line of its own above the new profiles. The caller checks the result by
    reading it back: a file this cannot extend in place (a flow-style ``profielen: {}``)
    gets its profiles block written anew, the other profiles included.
    """
    lines = source_text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
    top = sorted((loc for key, loc in source.keys.items() if len(key) == 1), key=lambda loc: loc.line)
    base = top[0].column - 1 if top else 0
    key = next((k for k in PROFILE_KEYS if (k,) in source.keys), None)
    body = [f"# {comment}"] + [line for ident, profile in profiles for line in profile_lines(ident, profile)]
    if key is None:
        block = [key_line(base, PROFILE_KEYS[0]), *(" " * (base + 2) + line for line in body)]
        return "".join(_trimmed(lines)) + "\n" + "".join(line + "\n" for line in block)
    here = source.keys[(key,)]
    following = [loc.line for loc in top if loc.line > here.line]
    end = (min(following) - 1) if following else len(lines)  # 0-based index after the block's last line
    while end > here.line and _outside(lines[end - 1], base):
        end -= 1
    existing = data.get(key) or {}
    first = next(iter(existing), None)
    inner = source.keys.get((key, first)) if first is not None else None
    if inner is not None and inner.line > here.line:  # a block mapping: add below its last entry
        indent = " " * (inner.column - 1)
        return "".join(lines[:end]) + "".join(f"{indent}{line}\n" for line in body) + "".join(lines[end:])
    # A flow mapping on the key's own line ({} or {a: {...}}): the block again, from the data.
    old = [line for ident, value in existing.items()
           for line in profile_lines(ident, Profile.model_validate(value))]
    block = [key_line(base, key), *(" " * (base + 2) + line for line in old + body)]
    return "".join(lines[: here.line - 1]) + "".join(line + "\n" for line in block) + "".join(lines[end:])


def key_line(base: int, key: str) -> str:
    """``profielen:`` at the file's own indentation of top-level keys."""
    return " " * base + f"{key}:"


def _outside(line: str, base: int) -> bool:
    """A blank line, or a comment no deeper than the top-level keys (it belongs to what follows)."""
    stripped = line.strip()
    return not stripped or (stripped.startswith("#") and len(line) - len(line.lstrip()) <= base)


def _trimmed(lines: list[str]) -> list[str]:
    """The lines without trailing blank lines or a closing document marker ('...')."""
    kept = list(lines)
    while kept and (not kept[-1].strip() or kept[-1].strip() == "..."):
        kept.pop()
    return kept
