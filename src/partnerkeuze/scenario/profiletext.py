"""Add a weight profile to the text of a scenario file, everything else as the user wrote it.

Why text and not data: loading the YAML and dumping it again would lose the user's
comments, quotes, key order and blank lines. Here the file is only composed, to find
where ``profielen:`` stands; the new profile's lines are put in after the last line of
the last profile, at the same indentation, or in a flow mapping before its closing
brace, or as a new ``profielen:`` block at the end of the file. ``explore`` saves the
weights it explored this way (``app/profilesave.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

import yaml
from yaml.resolver import Resolver

_PROFILE_KEYS = ("profielen", "profiles")
_DOCUMENT_END = re.compile(r"^\.\.\.[ \t]*(#.*)?$")


@dataclass(frozen=True)
class NewProfile:
    """A profile in points per criterion (``points``: criterion id -> number as written)."""

    id: str
    name: str
    description: str
    points: Mapping[str, str]


class NoPlaceForProfile(ValueError):
    """The file's top level is not a block mapping, so there is no safe place for the profile."""


def with_profile(text: str, profile: NewProfile) -> str:
    """``text`` with ``profile`` added under ``profielen:`` (or ``profiles:``); the rest unchanged."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise NoPlaceForProfile
    newline = "\r\n" if "\r\n" in text else "\n"
    keys = {key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    english = "version" in keys and "versie" not in keys
    found = next((keys[name] for name in _PROFILE_KEYS if name in keys), None)
    if found is None:
        block = _block(profile, 2, 2, english)
        header = "profiles:" if english else "profielen:"
        return _at_end(text, [header, *block], newline)
    key, value = found
    if isinstance(value, yaml.MappingNode) and value.flow_style:
        return _into_flow(text, value, profile, english)
    if isinstance(value, yaml.MappingNode) and value.value:
        indent = value.value[0][0].start_mark.column
        step = _step(value, indent)
        after = _last_line(text, value.value[-1][0].start_mark.line, indent)
        return _insert_lines(text, after, _block(profile, indent, step, english), newline)
    if isinstance(value, yaml.ScalarNode) and value.value == "" and value.start_mark.index == value.end_mark.index:
        # 'profielen:' with nothing after it: the profile goes on the lines below the key.
        indent = key.start_mark.column + 2
        return _insert_lines(text, key.start_mark.line, _block(profile, indent, 2, english), newline)
    raise NoPlaceForProfile


def _block(profile: NewProfile, indent: int, step: int, english: bool) -> list[str]:
    """The profile as block-style lines at ``indent``, nested by ``step``."""
    name, description, weights = ("name", "description", "weights") if english else ("naam", "toelichting", "gewichten")
    pad, inner, deepest = " " * indent, " " * (indent + step), " " * (indent + 2 * step)
    return [
        f"{pad}{_key(profile.id)}:",
        f"{inner}{name}: {_string(profile.name)}",
        f"{inner}{description}: {_string(profile.description)}",
        f"{inner}{weights}:",
        *(f"{deepest}{_key(cid)}: {number}" for cid, number in profile.points.items()),
    ]


def _into_flow(text: str, value: yaml.MappingNode, profile: NewProfile, english: bool) -> str:
    """``{a: ..., b: ...}`` -> ``{a: ..., b: ..., verkend: {...}}``."""
    name, description, weights = ("name", "description", "weights") if english else ("naam", "toelichting", "gewichten")
    points = ", ".join(f"{_key(cid)}: {number}" for cid, number in profile.points.items())
    item = (f"{_key(profile.id)}: {{{name}: {_string(profile.name)}, "
            f"{description}: {_string(profile.description)}, {weights}: {{{points}}}}}")
    close = value.end_mark.index - 1  # the closing brace
    separator = ", " if value.value else ""
    return text[:close] + separator + item + text[close:]


def _step(value: yaml.MappingNode, indent: int) -> int:
    """How far the file indents one level inside a profile (2 when it cannot tell)."""
    first = value.value[0][1]
    if isinstance(first, yaml.MappingNode) and first.value and not first.flow_style:
        return max(1, int(first.value[0][0].start_mark.column) - indent)
    return 2


def _last_line(text: str, start: int, indent: int) -> int:
    """The last line (0-based) of the entry whose key is on line ``start`` at column ``indent``.

    Its lines are indented deeper than ``indent``; a comment or a key at ``indent`` or
    less belongs to what follows, and blank lines count only between its lines.
    """
    lines = text.splitlines()
    last = start
    for number in range(start + 1, len(lines)):
        stripped = lines[number].lstrip(" ")
        if not stripped.strip():
            continue
        if len(lines[number]) - len(stripped) <= indent:
            break
        last = number
    return last


def _insert_lines(text: str, after: int, new: list[str], newline: str) -> str:
    """``new`` as lines after line ``after`` (0-based) of ``text``."""
    lines = text.splitlines(keepends=True)
    head = lines[: after + 1]
    if head and not head[-1].endswith(("\n", "\r")):
        head[-1] += newline
    return "".join(head) + "".join(line + newline for line in new) + "".join(lines[after + 1 :])


def _at_end(text: str, new: list[str], newline: str) -> str:
    """``new`` at the end of the document (before a closing ``...``)."""
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if _DOCUMENT_END.match(line)), None)
    if end is not None:
        return _insert_lines(text, end - 1, new, newline)
    body = text if text.endswith(("\n", "\r")) or not text else text + newline
    return body + "".join(line + newline for line in new)


def _key(text: str) -> str:
    """A criterion or profile id as a YAML key: plain, unless YAML would read it as a number or true/false."""
    tag = Resolver().resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return text if tag == "tag:yaml.org,2002:str" and text[:1].isalnum() else _string(text)


def _string(text: str) -> str:
    """A double-quoted YAML string (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)
