"""A criterion's value function (``waardefunctie``): its form in the file, and its checks.

Two forms: a list of points ``[[score, value], ...]`` (values 0-100, scores strictly
increasing, straight lines between them) or, for a criterion with a scale, one value
per label (``{"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}``). pydantic only checks
that it is one of the two (``models.py`` uses ``ValueFunctionField``); every point and
label is checked here, where each mistake can be located at its own line and column:
a value above 100, scores out of order, a label the scale does not have. A function
fixes the direction and the range, so ``richting`` and ``bereik`` beside it are
mistakes too. The result is the record of ``resolved.py``; the core evaluates it
(``core/valuefunctions.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any, Protocol

from pydantic import Field, PlainValidator
from pydantic_core import PydanticCustomError

from partnerkeuze.language.texts import t
from partnerkeuze.scenario.resolved import ValueFunction


class Criterion(Protocol):
    """What the checks read of a ``models.Criterion`` (which imports this module for its field type)."""

    id: str
    scale: str | None
    value_function: tuple[Any, ...] | dict[str, Any] | None
    model_fields_set: set[str]


KEY = "waardefunctie"
MIN_VALUE, MAX_VALUE = 0.0, 100.0
Add = Callable[..., None]
LABELS_EXAMPLE = '{"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}'  # a value per label, as messages and init show it
Loc = tuple[str | int, ...]


def _value_function(value: Any) -> tuple[Any, ...] | dict[str, Any]:
    """Points or a value per label; unquoted labels (``0: 45``) are text, as in ``schalen``."""
    if isinstance(value, dict):
        return {
            (str(key) if isinstance(key, int | float) and not isinstance(key, bool) else key): item
            for key, item in value.items()
        }
    if isinstance(value, list):
        return tuple(tuple(point) if isinstance(point, list) else point for point in value)
    raise PydanticCustomError("value_function_type", "a list of points or a value per label is expected")


_Value = Annotated[float, Field(ge=MIN_VALUE, le=MAX_VALUE)]
# What the JSON Schema shows: [[score, value], ...] with at least two points, or {label: value}.
_Points = Annotated[list[tuple[float, _Value]], Field(min_length=2)]
ValueFunctionField = Annotated[
    tuple[Any, ...] | dict[str, Any],
    PlainValidator(_value_function, json_schema_input_type=_Points | dict[str, _Value]),
]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _plain(value: float) -> str:
    """5, not 5.0; but 1e+300, not 301 digits (as validation._plain quotes a number)."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


class ValueFunctionReader:
    """Checks each criterion's value function; problems go to ``add(loc, key, **values)``."""

    def __init__(self, scales: dict[str, dict[str, float]], add: Add) -> None:
        """``scales``: every scale the scenario may use."""
        self.scales = scales
        self.add = add

    def read(self, criterion: Criterion, j: int) -> ValueFunction | None:
        """The criterion's function, None without one or after reporting its mistakes."""
        spec = criterion.value_function
        if spec is None:
            return None
        where: Loc = ("criteria", j, KEY)
        clashes = [(field, key) for field, key in (("direction", "richting"), ("range", "bereik"))
                   if field in criterion.model_fields_set]
        for _, key in clashes:
            self.add(("criteria", j, key), f"valuefunction.with_{key}", at_key=True, criterion=criterion.id)
        found = self._labels(criterion, spec, where) if isinstance(spec, dict) else self._points(criterion, spec, where)
        return None if clashes else found

    def _points(self, criterion: Criterion, spec: tuple[Any, ...], where: Loc) -> ValueFunction | None:
        ok = True
        if len(spec) < 2:
            self.add(where, "valuefunction.too_few", criterion=criterion.id)
            ok = False
        points: list[tuple[float, float]] = []
        for k, point in enumerate(spec):
            if not isinstance(point, tuple) or len(point) != 2:
                self.add((*where, k), "valuefunction.point_shape", criterion=criterion.id, number=k + 1)
                ok = False
                continue
            score, value = _number(point[0]), _number(point[1])
            if score is None:
                self.add((*where, k, 0), "valuefunction.score_type", criterion=criterion.id, number=k + 1,
                         hint=self._label_hint(criterion, point[0]))
                ok = False
            if value is None or not MIN_VALUE <= value <= MAX_VALUE:
                self.add((*where, k, 1), "valuefunction.value_bounds", criterion=criterion.id, number=k + 1,
                         value=_plain(value) if value is not None else repr(point[1]))
                ok = False
            if score is None or value is None:
                continue
            if points and score <= points[-1][0]:
                self.add((*where, k, 0), "valuefunction.order", criterion=criterion.id, number=k + 1,
                         score=_plain(score), previous=_plain(points[-1][0]))
                ok = False
            elif points and not math.isfinite(score - points[0][0]):  # a span no computer can hold
                self.add((*where, k, 0), "valuefunction.too_wide", criterion=criterion.id, number=k + 1)
                ok = False
            points.append((score, value))
        return ValueFunction(tuple(points)) if ok else None

    def _label_hint(self, criterion: Criterion, score: Any) -> str:
        """A label in a list of points: say how a value per label is written."""
        scale = self.scales.get(criterion.scale or "")
        return t("valuefunction.hint_mapping", example=LABELS_EXAMPLE) if isinstance(score, str) and scale and score in scale else ""

    def _labels(self, criterion: Criterion, spec: dict[str, Any], where: Loc) -> ValueFunction | None:
        if criterion.scale is None:
            self.add(where, "valuefunction.labels_without_scale", criterion=criterion.id)
            return None
        scale = self.scales.get(criterion.scale)
        if scale is None:
            return None  # the unknown scale is reported once, for the criterion
        ok = True
        for label, value in spec.items():
            number = _number(value)
            if label not in scale:
                self.add((*where, label), "valuefunction.unknown_label", at_key=True, criterion=criterion.id,
                         label=label, scale=criterion.scale, labels=", ".join(scale))
                ok = False
            elif number is None or not MIN_VALUE <= number <= MAX_VALUE:
                self.add((*where, label), "valuefunction.label_value_bounds", criterion=criterion.id, label=label,
                         value=_plain(number) if number is not None else repr(value))
                ok = False
        missing = [label for label in scale if label not in spec]
        if missing:
            self.add(where, "valuefunction.missing_labels", criterion=criterion.id, labels=", ".join(f"'{label}'" for label in missing),
                     scale=criterion.scale)
            ok = False
        if not ok:
            return None
        by_number: dict[float, tuple[str, float]] = {}
        for label, number in sorted(scale.items(), key=lambda item: item[1]):
            value = float(spec[label])
            if number in by_number and by_number[number][1] != value:
                self.add((*where, label), "valuefunction.same_number", criterion=criterion.id, label=label,
                         other=by_number[number][0], number=_plain(float(number)))
                ok = False
            by_number.setdefault(number, (label, value))
        if not ok:
            return None
        ordered = sorted(by_number.items())
        if len(ordered) < 2:
            self.add(where, "valuefunction.too_few", criterion=criterion.id)
            return None
        return ValueFunction(points=tuple((float(n), v) for n, (_, v) in ordered),
                             labels=tuple(label for _, (label, _) in ordered))

