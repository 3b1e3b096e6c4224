"""``partnerkeuze init``: a new scenario that validates and ranks before anything is filled in.

Why: a blank page is the hardest start. The file written here takes its criteria from
a criteria set, gives every criterion the same weight, scores every candidate with a
neutral placeholder and ``onderbouwing: nog invullen``, and always includes doing it
yourself. Comments (in the chosen language) explain every key, so the file teaches
the format while the user fills it in. No printing and no prompting: the CLI asks.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from partnerkeuze.atomic import check_target, write_atomic
from partnerkeuze.errors import UsageError
from partnerkeuze.language.formatting import plain
from partnerkeuze.language.texts import command_word, t
from partnerkeuze.scenario import criteriasets
from partnerkeuze.scenario.loading import load_criteria_set
from partnerkeuze.scenario.models import CriteriaSet, Criterion
from partnerkeuze.scenario.schema import MODELINE_PREFIX, SCHEMA_FILE_NAME, schema_json
from partnerkeuze.scenario.scorevalues import BUILTIN_SCALES
from partnerkeuze.scenario.valuepoints import LABELS_EXAMPLE

DEFAULT_SET = "drie-k"
WEIGHT_POINTS = 10
# For a number without a scale: a range to start from, and a placeholder inside it.
PLACEHOLDER_RANGE = (0, 1_000_000)
PLACEHOLDER_NUMBER = 500_000


@dataclass(frozen=True)
class StarterOptions:
    """What ``init`` was told (or asked); empty values take the defaults."""

    criteria_set: str = DEFAULT_SET
    candidates: tuple[str, ...] = ()
    title: str | None = None
    organisation: str | None = None
    default_candidates: tuple[str, ...] = field(default_factory=lambda: ("A", "B"))


@dataclass(frozen=True)
class StarterSet:
    """A criteria set found and read, with how the scenario refers to it."""

    reference: str  # the built-in name, or a path relative to the new scenario
    definition: CriteriaSet


def find_set(name: str, output: Path) -> StarterSet:
    """The criteria set by built-in name or path (relative to the current folder)."""
    path = criteriasets.find(name, Path.cwd())
    if path is None:
        raise UsageError(t("cli.unknown_set", name=name, known=", ".join(criteriasets.builtin_names())))
    definition = load_criteria_set(path)
    if path.parent == criteriasets.builtin_dir() and name in criteriasets.builtin_names():
        return StarterSet(name, definition)
    target = output.resolve().parent
    try:
        reference = Path(os.path.relpath(path.resolve(), target)).as_posix()
    except ValueError:  # another drive on Windows
        reference = path.resolve().as_posix()
    return StarterSet(reference, definition)


def slug(name: str) -> str:
    """A valid id from a name: 'Gemeente Hengelo (Ov.)' -> 'gemeente_hengelo_ov'."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return text[:64].rstrip("_")


def candidate_list(options: StarterOptions) -> list[tuple[str, str, bool]]:
    """(id, name, is status quo) for every candidate, 'Zelf doen' last and only once."""
    status_quo = t("init.status_quo_name")
    names = [n.strip() for n in options.candidates if n.strip()]
    if not names:
        names = [t("init.default_candidate", letter=letter) for letter in options.default_candidates]
    result: list[tuple[str, str, bool]] = []
    used: set[str] = set()
    has_status_quo = False
    for number, name in enumerate(names, start=1):
        is_status_quo = slug(name) == slug(status_quo)
        if is_status_quo and has_status_quo:
            continue
        has_status_quo = has_status_quo or is_status_quo
        base = slug(name) or f"kandidaat_{number}"
        cid, suffix = base, 2
        while cid in used:
            cid = f"{base[:60]}_{suffix}"
            suffix += 1
        used.add(cid)
        result.append((cid, name, is_status_quo))
    if not has_status_quo:
        cid = slug(status_quo)
        while cid in used:
            cid += "_2"
        result.append((cid, status_quo, True))
    return result


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str = "") -> list[str]:
    return [f"{indent}#{' ' + line if line else ''}" for line in text.splitlines()]


def _scales(definition: CriteriaSet) -> dict[str, dict[str, float]]:
    return {**BUILTIN_SCALES, **definition.scales}


def _placeholder_label(scale: dict[str, float]) -> str:
    """The middle label of a scale: '0' for oordeel."""
    ordered = sorted(scale, key=lambda label: scale[label])
    return ordered[len(ordered) // 2]


def _placeholder_number(criterion: Criterion) -> float:
    """The middle of the criterion's own range (or its value function's), else of the range init writes."""
    low, high = criterion.range or _function_range(criterion) or PLACEHOLDER_RANGE
    return (low + high) / 2


def _function_range(criterion: Criterion) -> tuple[float, float] | None:
    """The first and last score of a set's value function given as points (None otherwise)."""
    spec = criterion.value_function
    scores = [p[0] for p in spec if isinstance(p, tuple) and p and isinstance(p[0], int | float)] \
        if isinstance(spec, tuple) else []
    return (float(scores[0]), float(scores[-1])) if len(scores) >= 2 else None


def _value_function_example(low: float, high: float) -> str:
    """A falling function over the range init writes, as a commented example: most value at the low end."""
    middle = plain_number((low + high) / 2)
    return f"[[{plain_number(low)}, 100], [{middle}, 60], [{plain_number(high)}, 0]]"


def plain_number(value: float) -> str:
    """A number as YAML reads it back exactly: 500000, 2.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _criterion_line(criterion: Criterion) -> str:
    if criterion.scale:
        how = t("init.c_set_scale", scale=criterion.scale)
    elif criterion.unit:
        how = t("init.c_set_unit", unit=criterion.unit)
    else:
        how = t("init.c_set_number")
    direction = t("curves.direction") if criterion.value_function is not None else t(f"direction.{criterion.direction}")
    return t("init.c_set_item", id=criterion.id, name=criterion.label, direction=direction, how=how)


def scenario_text(options: StarterOptions, output: Path, starter: StarterSet | None = None) -> str:
    """The new scenario as commented YAML text."""
    starter = starter or find_set(options.criteria_set, output)
    definition = starter.definition
    scales = _scales(definition)
    needs_range = [c for c in definition.criteria if c.scale is None and c.range is None and c.value_function is None]
    unweighted = [c for c in definition.criteria if c.weight is None]  # a set may weigh its own
    placeholder = t("init.placeholder")
    title = (options.title or "").strip() or t("init.default_title")
    organisation = (options.organisation or "").strip()
    lines: list[str] = [
        *_comment(title),
        f"{MODELINE_PREFIX}{SCHEMA_FILE_NAME}",
        "#",
        *_comment(t("init.c_intro", placeholder=placeholder, file=command_word(output.name))),
        "",
    ]
    lines += [*_comment(t("init.c_version")), "versie: 1", ""]
    lines += [*_comment(t("init.c_title")), f"titel: {_quote(title)}", ""]
    lines += _comment(t("init.c_organisation"))
    if organisation:
        lines.append(f"organisatie: {_quote(organisation)}")
    else:
        lines.append(f"# organisatie: {_quote(t('init.c_organisation_example'))}")
    lines += ["", *_comment(t("init.c_optional")), "# datum: 2025-01-31", "# toelichting: >-",
              f"#   {t('init.c_description_example')}", ""]

    lines += _comment(t("init.c_set", set=starter.reference, name=definition.name))
    lines += _comment("\n".join(_criterion_line(c) for c in definition.criteria))
    lines += [*_comment(t("init.c_set_more", set=starter.reference)), f"criteriaset: {_quote(starter.reference)}", ""]
    used_scales = list(dict.fromkeys(c.scale for c in definition.criteria if c.scale))
    for name in used_scales:
        scale = scales.get(name, {})
        labels = ", ".join(f"{_quote(label)} = {plain(value)}" for label, value in sorted(scale.items(), key=lambda i: i[1]))
        lines += _comment(t("init.c_scale", scale=name, labels=labels))
    if used_scales:
        lines += [*_comment(t("init.c_quote"))]
        lines += [*_comment(t("init.c_value_function_labels", example=LABELS_EXAMPLE)), ""]

    if needs_range:
        lines += [*_comment(t("init.c_ranges")), *_comment(t("init.c_value_function")), "criteria:"]
        for criterion in needs_range:
            lines += [f"  - id: {criterion.id}  # {criterion.label}",
                      f"    bereik: [{PLACEHOLDER_RANGE[0]}, {PLACEHOLDER_RANGE[1]}]",
                      f"    # waardefunctie: {_value_function_example(*PLACEHOLDER_RANGE)}"]
        lines.append("")

    if unweighted:
        lines += [*_comment(t("init.c_weights")), "gewichten:"]
        width = max(len(c.id) for c in unweighted)
        for criterion in unweighted:
            lines.append(f"  {criterion.id + ':':<{width + 1}} {WEIGHT_POINTS}  # {criterion.label}")
        lines.append("")

    candidates = candidate_list(options)
    status_quo_name = next(name for _, name, is_status_quo in candidates if is_status_quo)
    lines += [*_comment(t("init.c_candidates")), *_comment(t("init.c_status_quo", name=status_quo_name)), "kandidaten:"]
    for cid, name, is_status_quo in candidates:
        lines += [f"  - id: {cid}", f"    naam: {_quote(name)}"]
        if is_status_quo:
            lines.append(f"    toelichting: {_quote(t('init.status_quo_description'))}")
            lines.append(f"    status_quo: true  # {t('init.c_status_quo_key')}")
        lines.append("    scores:")
        for criterion in definition.criteria:
            lines.append(f"      {criterion.id}:")
            if criterion.scale:
                label = _placeholder_label(scales.get(criterion.scale, {"0": 0}))
                lines.append(f"        waarde: {_quote(label)}")
            else:
                number = plain_number(_placeholder_number(criterion))
                lines.append(f"        waarde: {number}  # {t('init.c_number_placeholder', placeholder=placeholder)}")
            lines.append(f"        onderbouwing: {_quote(placeholder)}")
    return "\n".join(lines) + "\n"


def write_scenario(output: Path, options: StarterOptions, *, force: bool = False) -> Path:
    """Write the new scenario atomically; refuses an existing file without ``force``."""
    check_target(output, force=force)
    starter = find_set(options.criteria_set, output)
    text = scenario_text(options, output, starter)
    write_atomic(output, text.encode("utf-8"), force=force)
    schema = output.parent / SCHEMA_FILE_NAME
    if not schema.exists():  # the modeline points here; an existing schema is the user's to keep
        write_atomic(schema, schema_json().encode("utf-8"), force=False)
    return output
