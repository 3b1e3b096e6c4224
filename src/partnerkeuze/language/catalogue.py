"""Reading a gettext ``.po`` catalogue: the message catalogues of ``catalogues/``.

Why not ``gettext``: the standard library reads only compiled ``.mo`` files, and a
compiled file beside its source goes stale the moment a translator edits the ``.po``.
The catalogues are small (about 500 entries) and the subset Babel writes is simple
(``msgctxt``, ``msgid``, ``msgstr``, continued strings, C escapes), so reading the
source directly takes about 2 ms and needs no build step. tests/language/ checks this
reader against Babel's own ``read_po`` entry for entry.
"""

from __future__ import annotations

from pathlib import Path

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}

Entries = dict[tuple[str | None, str], str]  # (msgctxt, msgid) -> msgstr


def read_catalogue(path: Path) -> Entries:
    """Every translated entry of a ``.po`` file; the header and obsolete entries are skipped."""
    entries: Entries = {}
    fields: dict[str, str] = {}
    current = ""

    def finish() -> None:
        if fields.get("msgid"):  # the header has an empty msgid
            entries[(fields.get("msgctxt"), fields["msgid"])] = fields.get("msgstr", "")
        fields.clear()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            fields[current] += _unquote(line, path, number)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword not in ("msgctxt", "msgid", "msgstr"):
            msg = f"{path}:{number}: unknown .po keyword {keyword!r}"
            raise ValueError(msg)
        if keyword == "msgctxt" or (keyword == "msgid" and "msgstr" in fields):
            finish()
        current = keyword
        fields[keyword] = _unquote(rest.strip(), path, number)
    finish()
    return entries


def _unquote(text: str, path: Path, number: int) -> str:
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        msg = f"{path}:{number}: expected a quoted string"
        raise ValueError(msg)
    body = text[1:-1]
    if "\\" not in body:
        return body
    out: list[str] = []
    chars = iter(body)
    for char in chars:
        out.append(_ESCAPES.get(next(chars, ""), "") if char == "\\" else char)
    return "".join(out)
