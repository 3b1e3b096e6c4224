"""Read a YAML file safely into plain Python data plus where every value stands.

Why not ``yaml.safe_load``: it forgets line numbers, silently keeps the last of
two equal keys, and expands aliases without limit. Here the file is composed into
nodes (no object is ever constructed from a tag), scalars are resolved by PyYAML's
SafeConstructor, and the walk records a ``Location`` for every path, refuses
duplicate keys and stops an alias bomb after ``MAX_NODES`` values.

Speed: events come from libyaml when PyYAML has it (about five times faster than
the pure-Python parser); our own composer turns them into nodes, so the depth and
node limits hold on both paths and nothing recurses in C. A file libyaml refuses is
read again by the pure-Python parser (when it is small enough) so the message stays
PyYAML's. Limits (README "Grenzen aan invoer"): ``MAX_BYTES``, ``MAX_NODES``
(composed nodes, and values after alias expansion), ``MAX_DEPTH``; each is refused
within a second or two whatever the file holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None

from partnerkeuze.errors import EXIT_UNREADABLE, Issue, Location, ScenarioError
from partnerkeuze.language.formatting import number
from partnerkeuze.language.texts import os_reason, t
from partnerkeuze.scenario.filebytes import MAX_BYTES, FileTooLarge, NotRegularFile, read_limited
from partnerkeuze.scenario.yamlproblems import explain

MAX_NODES = 250_000  # nodes, and values after alias expansion; 342 x 30 with rationale ~70 000
MAX_DEPTH = 64  # real scenarios nest at most 5 deep
_REPARSE_CHARS = 1_000_000  # up to this size a libyaml error is re-read for PyYAML's message

Path_ = tuple[str | int, ...]

_MERGE_TAG = "tag:yaml.org,2002:merge"

# Characters no text of a scenario may hold: the C0 controls but tab, line feed and
# carriage return; DEL and the C1 controls but NEL; lone surrogates; U+FFFE and U+FFFF.
# YAML refuses them written as they are, but lets a quoted "\x07" through, and Word
# (XML) and Excel cannot store them (README "Grenzen aan invoer").
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass
class SourceMap:
    """Where each path of a document stands, so any problem can name file and line."""

    path: Path
    places: dict[Path_, Location] = field(default_factory=dict)
    keys: dict[Path_, Location] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    # Places and keys grouped by their first n parts, per n; see ``_under``.
    _prefixes: dict[int, tuple[tuple[int, int, int], dict[Path_, tuple[list[tuple[Path_, Location]], ...]]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _grafts: int = field(default=0, repr=False, compare=False)

    def locate(self, loc: Path_, *, key: bool = False) -> Location:
        """The most precise known location for ``loc``: its value, or its key.

        Falls back to the nearest enclosing path that is known.
        """
        loc = tuple(loc)
        table = self.keys if key else self.places
        while loc:
            found = self._lookup(table, loc)
            if found is not None:
                return found
            loc = loc[:-1]
            table = self.places
        return self.places.get((), Location(self.path))

    def _lookup(self, table: dict[Path_, Location], loc: Path_) -> Location | None:
        if loc in table:
            return table[loc]
        # A path may name a key by its other name (Dutch alias vs English field name).
        other = tuple(self.aliases.get(part, part) if isinstance(part, str) else part for part in loc)
        return table.get(other)

    def graft(self, other: SourceMap, source: Path_, target: Path_) -> None:
        """Record ``other``'s places under ``source`` as if they stood at ``target``."""
        n = len(source)
        for mine, theirs in zip((self.places, self.keys), other._under(tuple(source)), strict=True):
            for loc, place in theirs:
                mine[(*target, *loc[n:])] = place
        self._grafts += 1

    def _under(self, source: Path_) -> tuple[list[tuple[Path_, Location]], ...]:
        """(places, keys) whose path starts with ``source``, in the order they were recorded.

        Why an index: a file with tasks grafts every candidate of every task (342 x 10
        calls over ~65 000 places took 36 s when each call scanned them all).
        """
        n = len(source)
        stamp = (len(self.places), len(self.keys), self._grafts)
        cached = self._prefixes.get(n)
        if cached is None or cached[0] != stamp:
            index: dict[Path_, tuple[list[tuple[Path_, Location]], ...]] = {}
            for which, table in enumerate((self.places, self.keys)):
                for loc, place in table.items():
                    if len(loc) >= n:
                        index.setdefault(loc[:n], ([], []))[which].append((loc, place))
            cached = (stamp, index)
            self._prefixes[n] = cached
        return cached[1].get(source, ([], []))


@dataclass
class Document:
    """A YAML file read into plain data, with its source map and raw bytes."""

    data: Any
    source: SourceMap
    raw: bytes


def read_text(path: Path) -> tuple[str, bytes]:
    """The file's text; refuses what is missing, not a regular file, too large, or not UTF-8 text."""
    here = Location(path)

    def fail(key: str, /, **kw: Any) -> ScenarioError:
        return ScenarioError(Issue(here, t(key, **kw)), exit_code=EXIT_UNREADABLE)

    try:
        raw = read_limited(path, MAX_BYTES)
    except FileNotFoundError:
        raise fail("file.missing") from None
    except IsADirectoryError:
        raise fail("file.is_dir") from None
    except NotRegularFile:
        raise fail("file.not_regular") from None
    except FileTooLarge as exc:
        raise fail("file.too_large", size=number(exc.size, 0), limit=number(MAX_BYTES, 0)) from None
    except PermissionError:
        raise fail("file.is_dir" if path.is_dir() else "file.no_permission") from None
    except OSError as exc:
        raise fail("file.unreadable", reason=os_reason(exc)) from None
    if b"\x00" in raw:
        raise fail("file.not_text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        issue = Issue(Location(path, line, column), t("file.not_utf8"))
        raise ScenarioError(issue, exit_code=EXIT_UNREADABLE) from None
    return text, raw


def read_document(path: Path, aliases: dict[str, str] | None = None) -> Document:
    """Read and compose a YAML file into a ``Document``."""
    text, raw = read_text(path)
    source = SourceMap(path, aliases=aliases or {})
    if not text.strip():
        raise ScenarioError(Issue(Location(path), t("file.empty")))
    node = _compose(text, path)
    if node is None:
        raise ScenarioError(Issue(Location(path), t("file.empty")))
    data = _Walker(source).walk(node, ())
    return Document(data, source, raw)


class _TooDeep(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


class _TooMany(_TooDeep):
    pass


class _Limits(Composer):
    """Composing that stops past MAX_DEPTH levels or MAX_NODES nodes.

    Why: PyYAML composes recursively and scans deep flow nesting ([[[[...) in
    quadratic time, and a 5 MB file of tiny values takes many seconds to compose;
    stopping at the first node too many refuses such a file at once.
    """

    _depth = 0
    _nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        self._depth += 1
        self._nodes += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark)
            if self._nodes > MAX_NODES:
                raise _TooMany(self.peek_event().start_mark)
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


class _Floats(Resolver):
    """YAML 1.1's plain scalars, plus YAML 1.2's floats without a dot: ``1e6``, ``2.5E-3``.

    Why: YAML 1.1 (PyYAML) reads ``bereik: [0, 1e6]`` as text, while an editor's YAML 1.2
    language server and the JSON Schema take it for a number; a user should not have to
    know the difference. (``add_implicit_resolver`` copies the table for a subclass.)
    """


_Floats.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


class _DepthLimitedLoader(_Limits, _Floats, yaml.SafeLoader):
    """PyYAML's pure-Python SafeLoader with the limits."""


if _CParser is not None:

    class _FastLoader(_Limits, _CParser, _Floats):  # type: ignore[misc, valid-type]
        """libyaml's events, composed by our own (limited) composer."""

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            Composer.__init__(self)
            _Floats.__init__(self)

    _LOADERS: tuple[type, ...] = (_FastLoader, _DepthLimitedLoader)
else:  # pragma: no cover - PyYAML without libyaml
    _LOADERS = (_DepthLimitedLoader,)


def _compose(text: str, path: Path) -> yaml.Node | None:
    for loader in _LOADERS:
        try:
            return yaml.compose(text, Loader=loader)  # type: ignore[arg-type]
        except _TooMany as exc:
            where = Location(path, exc.mark.line + 1, exc.mark.column + 1)
            raise ScenarioError(Issue(where, t("yaml.too_many_values", limit=number(MAX_NODES, 0)))) from None
        except _TooDeep as exc:
            where = Location(path, exc.mark.line + 1, exc.mark.column + 1)
            raise ScenarioError(Issue(where, t("yaml.too_deep", limit=MAX_DEPTH))) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            if "nesting depth" in str(getattr(exc, "problem", "")) and mark is not None:
                # libyaml >= 0.2.5 (PyYAML 6.0.4's wheels) stops deep flow nesting itself,
                # before our composer counts it: the same refusal, located where it stopped.
                where = Location(path, mark.line + 1, mark.column + 1)
                raise ScenarioError(Issue(where, t("yaml.too_deep", limit=MAX_DEPTH))) from None
            if loader is not _LOADERS[-1] and len(text) <= _REPARSE_CHARS:
                continue  # PyYAML's own message, as before libyaml was used
            raise _syntax_error(exc, path) from None
    return None  # pragma: no cover - the last loader returns or raises


def _syntax_error(exc: yaml.YAMLError, path: Path) -> ScenarioError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        problem = exc.problem or exc.context or ""
        explained = explain(problem)
        if explained is not None:
            return ScenarioError(Issue(where, t("yaml.syntax_explained", problem=explained)))
        return ScenarioError(Issue(where, t("yaml.syntax", problem=problem)))
    return ScenarioError(Issue(Location(path), t("yaml.syntax", problem=str(exc))))


class _Walker:
    """Turns composed nodes into plain data, recording every path's location."""

    def __init__(self, source: SourceMap) -> None:
        self.source = source
        self.constructor = SafeConstructor()
        self.count = 0

    def _where(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.source.path, mark.line + 1, mark.column + 1)

    def _fail(self, node: yaml.Node, key: str, /, **kw: Any) -> ScenarioError:
        return ScenarioError(Issue(self._where(node), t(key, **kw)))

    def walk(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self._fail(node, "yaml.too_many_nodes", limit=number(MAX_NODES, 0))
        if len(path) > MAX_DEPTH:
            raise self._fail(node, "yaml.too_deep", limit=MAX_DEPTH)
        self.source.places.setdefault(path, self._where(node))
        if isinstance(node, yaml.ScalarNode):
            return self._text_checked(node, self._scalar(node), path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self._fail(node, "yaml.bad_tag", tag=node.tag)
            return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        raise self._fail(node, "yaml.unknown_node")  # pragma: no cover - PyYAML has only three

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except ConstructorError:
            raise self._fail(node, "yaml.bad_tag", tag=node.tag) from None
        except (ValueError, OverflowError):
            raise self._fail(node, "yaml.bad_scalar", text=node.value[:80]) from None

    def _text_checked(self, node: yaml.ScalarNode, value: Any, path: Path_) -> Any:
        """``value``, refused with its place if it holds a control character."""
        found = _CONTROL.search(value) if isinstance(value, str) else None
        if found is None:
            return value
        code = ord(found.group())
        escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        name = next((part for part in reversed(path) if isinstance(part, str)), None)
        if name is None:
            raise self._fail(node, "yaml.control_character_text", code=f"U+{code:04X}", escape=escape)
        raise self._fail(node, "yaml.control_character", field=name, code=f"U+{code:04X}", escape=escape)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        if node.tag not in ("tag:yaml.org,2002:map",):
            raise self._fail(node, "yaml.bad_tag", tag=node.tag)
        result: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.update(self._merge(value_node, path))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "yaml.complex_key")
            key = self._text_checked(key_node, self._scalar(key_node), path)
            if isinstance(key, float | bool) or key is None or not isinstance(key, str | int):
                key = key_node.value
            if key in result:
                raise self._fail(key_node, "yaml.duplicate_key", key=key)
            # The key's own place is where "unknown key" belongs.
            self.source.keys[(*path, key)] = self._where(key_node)
            result[key] = self.walk(value_node, (*path, key))
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _merge(self, node: yaml.Node, path: Path_) -> dict[Any, Any]:
        """YAML merge keys (``<<: *defaults``), as PyYAML's SafeLoader supports them."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):
            if not isinstance(source, yaml.MappingNode):
                raise self._fail(source, "yaml.bad_merge")
            merged.update(self._mapping(source, path))
        return merged
