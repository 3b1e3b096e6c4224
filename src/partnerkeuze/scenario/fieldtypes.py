"""The field types of the scenario format: ids, weights, text, numbers, scores, scales.

Each type checks its own value (pydantic); ``models.py`` puts them together. A bool is
never a number here: YAML reads ``ja``/``true`` as one, and ``gewicht: true`` must not
count as 1.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainValidator
from pydantic_core import PydanticCustomError

from partnerkeuze.scenario.resolved import MAX_WEIGHT_POINTS

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


def finite_number(value: Any) -> float:
    """A finite int or float (not a bool, not text)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number_type", "a number is expected")
    if not math.isfinite(value):
        raise PydanticCustomError("finite_number", "the number must be finite")
    return float(value)


def score_scalar(value: Any) -> float | str:
    """A score is a number or a scale label; labels are looked up later."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("score_type", "a number or a scale label is expected")
    return finite_number(value)


def _not_a_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise PydanticCustomError("number_type", "a number is expected")
    return value


def _label_keys(value: Any) -> Any:
    """Scale labels may be written unquoted (``0: 3``); they are text all the same."""
    if isinstance(value, dict):
        return {
            (str(key) if isinstance(key, int | float) and not isinstance(key, bool) else key): item
            for key, item in value.items()
        }
    return value


Identifier = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Weight = Annotated[float, Field(ge=0, le=MAX_WEIGHT_POINTS, allow_inf_nan=False), BeforeValidator(_not_a_bool)]
Text = Annotated[str, Field(max_length=20_000)]
Number = Annotated[float, PlainValidator(finite_number)]
ScoreScalar = Annotated[float | str, PlainValidator(score_scalar)]
Scale = Annotated[dict[Annotated[str, Field(min_length=1, max_length=64)], Number], BeforeValidator(_label_keys)]
