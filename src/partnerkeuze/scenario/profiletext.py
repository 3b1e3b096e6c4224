"""Add weight profiles to the text of a scenario file, everything else as the user wrote it.

Why text and not data: loading the YAML and dumping it again would lose the user's
comments, quotes, key order and blank lines. Here the file is only composed, to find
where ``profielen:`` stands; the new profiles' lines are put in after the last line of
the last profile, at the same indentation, or in a flow mapping before its closing
brace, or as a new ``profielen:`` block at the end of the file. ``explore`` saves the
weights it explored this way (``app/profilesave.py``), ``profiles --opslaan`` the
returned weighing forms (``app/workshop.py``), with their ``weging:`` as written, and
``groep:`` naming them (``with_group``).

Values read back exactly: a number as the shortest text of its float (a judgement 1/3
as ``1/3``), an id or name in double quotes whenever YAML would read it otherwise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import yaml
from yaml.resolver import Resolver

from partnerkeuze.scenario.models import Profile, Weighting

_PROFILE_KEYS = ("profielen", "profiles")
_DOCUMENT_END = re.compile(r"^\.\.\.[ \t]*(#.*)?$")


class ProfileText(Protocol):
    """A profile as lines of a file: block style below its key, or one flow mapping."""

    id: str

    def body(self, english: bool) -> list[tuple[int, str]]:
        """(depth, text) of each line below the profile's key; depth 1 is one level in."""
        ...

    def flow(self, english: bool) -> str:
        """The profile as one flow mapping: ``{naam: ..., gewichten: {...}}``."""
        ...


@dataclass(frozen=True)
class NewProfile:
    """A profile in points per criterion (``points``: criterion id -> number as written)."""

    id: str
    name: str
    description: str
    points: Mapping[str, str]

    def body(self, english: bool) -> list[tuple[int, str]]:
        """Name, description and the points, one per line."""
        name, description, weights = _keys(english, "naam", "toelichting", "gewichten")
        return [(1, f"{name}: {_string(self.name)}"), (1, f"{description}: {_string(self.description)}"),
                (1, f"{weights}:"), *((2, f"{_key(cid)}: {number}") for cid, number in self.points.items())]

    def flow(self, english: bool) -> str:
        """``{naam: ..., toelichting: ..., gewichten: {...}}``."""
        name, description, weights = _keys(english, "naam", "toelichting", "gewichten")
        points = ", ".join(f"{_key(cid)}: {number}" for cid, number in self.points.items())
        return (f"{{{name}: {_string(self.name)}, {description}: {_string(self.description)}, "
                f"{weights}: {{{points}}}}}")


@dataclass(frozen=True)
class WrittenProfile:
    """A profile as the scenario format holds it: points (``gewichten``) or a ``weging``, as given."""

    id: str
    profile: Profile

    def _items(self, english: bool) -> list[tuple[str, str | list[tuple[str, str | list[str]]]]]:
        """(key, value): a value as flow text, or a ``weging`` as its own (key, value) pairs."""
        p = self.profile
        name, description, weights, weighting = _keys(english, "naam", "toelichting", "gewichten", "weging")
        items: list[tuple[str, str | list[tuple[str, str | list[str]]]]] = []
        if p.name is not None:
            items.append((name, _string(p.name)))
        if p.description is not None:
            items.append((description, _string(p.description)))
        if p.weights is not None:
            items.append((weights, _mapping(p.weights)))
        if p.weighting is not None:
            items.append((weighting, _weighting(p.weighting, english)))
        return items

    def body(self, english: bool) -> list[tuple[int, str]]:
        """One line per key; a ``weging`` as a block one level deeper, comparisons one per line."""
        lines: list[tuple[int, str]] = []
        for key, value in self._items(english):
            if isinstance(value, str):
                lines.append((1, f"{key}: {value}"))
                continue
            lines.append((1, f"{key}:"))
            for inner, item in value:
                if isinstance(item, str):
                    lines.append((2, f"{inner}: {item}"))
                else:
                    lines += [(2, f"{inner}:"), *((3, f"- {one}") for one in item)]
        return lines

    def flow(self, english: bool) -> str:
        """The whole profile as one flow mapping."""
        def text(value: str | list[str] | list[tuple[str, str | list[str]]]) -> str:
            if isinstance(value, str):
                return value
            if all(isinstance(one, str) for one in value):
                return _flow_list(value)  # type: ignore[arg-type]
            return "{" + ", ".join(f"{k}: {text(v)}" for k, v in value) + "}"  # type: ignore[misc]

        return "{" + ", ".join(f"{key}: {text(value)}" for key, value in self._items(english)) + "}"


def number(value: float, *, judgement: bool = False) -> str:
    """The shortest text that reads back as the same float; a judgement that is exactly 1/k as '1/k'.

    Only a judgement may be a fraction: 'weging' reads '1/3' (weightmodels.judgement), points do not.
    """
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    if judgement and 0 < value < 1:
        k = round(1 / value)
        if k > 1 and 1 / k == value:
            return f"1/{k}"
    text = repr(float(value))
    mantissa, e, exponent = text.partition("e")
    # YAML 1.1 reads '1e-07' as text: its floats need a point ('1.0e-07').
    return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else text


def _keys(english: bool, *dutch: str) -> tuple[str, ...]:
    """The keys as the file writes them: Dutch, or the models' English field names."""
    if not english:
        return dutch
    fields = {info.alias or name: name for model in (Profile, Weighting) for name, info in model.model_fields.items()}
    return tuple(fields.get(key, key) for key in dutch)


def _flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _mapping(values: Mapping[str, float]) -> str:
    return "{" + ", ".join(f"{_key(k)}: {number(v)}" for k, v in values.items()) + "}"


def _weighting(weighting: Weighting, english: bool) -> list[tuple[str, str | list[str]]]:
    """A ``weging`` as (key, value) pairs, with only what was written (and the method).

    A value is flow text, or (the comparisons) the items of a list, one per line in block style.
    """
    written = weighting.model_fields_set
    key = dict(zip(("method", "order", "formula", "comparisons", "matrix", "ri_table", "swing", "not_weighed"),
                   _keys(english, "methode", "volgorde", "formule", "vergelijkingen", "matrix", "ri_tabel", "swing",
                         "weegt_niet"), strict=True))
    items: list[tuple[str, str | list[str]]] = [(key["method"], weighting.method)]
    if weighting.order is not None:
        places = [_key(item) if isinstance(item, str) else _flow_list([_key(c) for c in item]) for item in weighting.order]
        items.append((key["order"], _flow_list(places)))
    if "formula" in written:
        items.append((key["formula"], weighting.formula))
    if weighting.comparisons is not None:
        items.append((key["comparisons"], [_flow_list([_key(a), _key(b), number(v, judgement=True)]) for a, b, v in weighting.comparisons]))
    if weighting.matrix is not None:
        rows = ", ".join(f"{_key(k)}: {_flow_list([number(v, judgement=True) for v in row])}"
                         for k, row in weighting.matrix.items())
        items.append((key["matrix"], f"{{{rows}}}"))
    if "ri_table" in written:
        items.append((key["ri_table"], weighting.ri_table))
    if weighting.swing is not None:
        items.append((key["swing"], _mapping(weighting.swing)))
    if weighting.not_weighed is not None:
        items.append((key["not_weighed"], _flow_list([_key(c) for c in weighting.not_weighed])))
    return items


class NoPlaceForProfile(ValueError):
    """The file's top level is not a block mapping, so there is no safe place for the profile."""


def with_profile(text: str, profile: ProfileText) -> str:
    """``text`` with ``profile`` added under ``profielen:`` (or ``profiles:``); the rest unchanged."""
    return with_profiles(text, [profile])


def with_profiles(text: str, profiles: Sequence[ProfileText], comment: str | None = None) -> str:
    """``text`` with ``profiles`` added under ``profielen:`` (or ``profiles:``); the rest unchanged.

    ``comment`` goes on a line of its own above them (not inside a flow mapping).
    """
    keys, english = _top_level(text)
    newline = _newline(text)
    found = next((keys[name] for name in _PROFILE_KEYS if name in keys), None)

    def block(indent: int, step: int) -> list[str]:
        head = [" " * indent + f"# {comment}"] if comment else []
        return head + [line for profile in profiles for line in _block(profile, indent, step, english)]

    if found is None:
        header = "profiles:" if english else "profielen:"
        return _at_end(text, [header, *block(2, 2)], newline)
    key, value = found
    if isinstance(value, yaml.MappingNode) and value.flow_style:
        return _into_flow(text, value, [profile.flow(english) for profile in profiles], profiles)
    if isinstance(value, yaml.MappingNode) and value.value:
        indent = value.value[0][0].start_mark.column
        after = _last_line(text, value.value[-1][0].start_mark.line, indent)
        return _insert_lines(text, after, block(indent, _step(value, indent)), newline)
    if isinstance(value, yaml.ScalarNode) and value.value == "" and value.start_mark.index == value.end_mark.index:
        # 'profielen:' with nothing after it: the profiles go on the lines below the key.
        return _insert_lines(text, key.start_mark.line, block(key.start_mark.column + 2, 2), newline)
    raise NoPlaceForProfile


def with_group(text: str, members: Sequence[str], comment: str | None = None) -> str:
    """``text`` with the top-level ``groep:`` (or ``group:``) naming ``members``; the rest unchanged.

    An existing value is replaced in place; otherwise the key goes at the end of the
    document, ``comment`` on a line above it.
    """
    keys, english = _top_level(text)
    members_text = _flow_list([_key(m) for m in members])
    found = next((keys[name] for name in ("groep", "group") if name in keys), None)
    if found is None:
        head = [f"# {comment}"] if comment else []
        return _at_end(text, [*head, f"{'group' if english else 'groep'}: {members_text}"], _newline(text))
    key, value = found
    start, end = value.start_mark.index, value.end_mark.index
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        # A block list: its lines become one line indented below the key ('- a' may stand at the
        # key's own column); it ends where the next key starts, so keep what lies between.
        start -= value.start_mark.column
        members_text = " " * (key.start_mark.column + 2) + members_text
        end = value.value[-1].end_mark.index
    elif start == end:  # 'groep:' with nothing after it
        members_text = " " + members_text
    return text[:start] + members_text + text[end:]


def _top_level(text: str) -> tuple[dict[str, tuple[yaml.Node, yaml.Node]], bool]:
    """The file's top-level keys (key -> key node, value node), and whether it writes them in English.

    Raises ``NoPlaceForProfile`` unless the top level is a block mapping.
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise NoPlaceForProfile
    keys = {key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    return keys, "version" in keys and "versie" not in keys


def _newline(text: str) -> str:
    """The file's own line ending."""
    return "\r\n" if "\r\n" in text else "\n"


def _block(profile: ProfileText, indent: int, step: int, english: bool) -> list[str]:
    """The profile as block-style lines at ``indent``, nested by ``step``."""
    return [" " * indent + f"{_key(profile.id)}:",
            *(" " * (indent + depth * step) + line for depth, line in profile.body(english))]


def _into_flow(text: str, value: yaml.MappingNode, items: list[str], profiles: Sequence[ProfileText]) -> str:
    """``{a: ..., b: ...}`` -> ``{a: ..., b: ..., verkend: {...}}``."""
    added = ", ".join(f"{_key(profile.id)}: {item}" for profile, item in zip(profiles, items, strict=True))
    close = value.end_mark.index - 1  # the closing brace
    separator = ", " if value.value else ""
    return text[:close] + separator + added + text[close:]


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
    """A double-quoted YAML string (JSON's escapes are YAML's; YAML would fold NEL, LS and PS)."""
    quoted = json.dumps(text, ensure_ascii=False)
    for char, escape in (("\x85", "\\x85"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        quoted = quoted.replace(char, escape)
    return quoted
