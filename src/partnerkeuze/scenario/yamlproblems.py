"""PyYAML's syntax problems in the user's words ("mapping values are not allowed here").

PyYAML gives no error codes, only English text, so the patterns match its scanner and
parser messages (their wording has not changed since PyYAML 3); a problem not listed
keeps PyYAML's own words in the general message. The common ones for a scenario: a
colon inside plain text (``titel: Partner: Hengelo``), a Windows path in double quotes,
tabs, a quote or bracket never closed, and indentation.
"""

from __future__ import annotations

import re

from partnerkeuze.language.texts import t

# (pattern, message key): PyYAML's pure-Python wording first, then libyaml's for the same
# problem (a large file keeps libyaml's message: it is not parsed a second time).
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key) for pattern, key in (
        (r"^mapping values are not allowed", "yamlproblem.colon"),
        (r"^found unknown escape character", "yamlproblem.escape"),
        (r"^found character '\\t' that cannot start any token", "yamlproblem.tab"),
        (r"^found a tab character", "yamlproblem.tab"),
        (r"^found character '(?P<char>.)' that cannot start any token", "yamlproblem.cannot_start"),
        (r"^found character that cannot start any token", "yamlproblem.cannot_start_any"),
        (r"^found unexpected end of stream", "yamlproblem.unclosed_quote"),
        (r"^(?:did not find )?expected ',' or '(?P<close>[\]}])'", "yamlproblem.unclosed_flow"),
        (r"^expected <block end>, but found", "yamlproblem.indentation"),
        (r"^did not find expected (?:key|'-' indicator)", "yamlproblem.indentation"),
        (r"^block sequence entries are not allowed", "yamlproblem.dash"),
        (r"^could not find expected ':'", "yamlproblem.no_colon"),
        (r"^found undefined alias '(?P<name>[^']*)'", "yamlproblem.alias"),
        (r"^found undefined alias", "yamlproblem.alias_any"),
    )
)


def explain(problem: str) -> str | None:
    """The problem in the current language, or None for one not listed."""
    for pattern, key in _PROBLEMS:
        found = pattern.match(problem)
        if found:
            return t(key, **found.groupdict())
    return None
