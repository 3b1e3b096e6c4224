"""Value types of the weighting part of the scenario format (``weging:``, ``profielen:``).

The models themselves are in ``models.py``. Besides points (``gewicht``/``gewichten``), weights may be derived from a rank order,
from pairwise comparisons (AHP) or from swing ratings; several named weight sets
(profiles: college, raad, ondernemingsraad...) may stand side by side. Each value is
checked on its own here; whether the ids exist, a profile covers every criterion or
an AHP matrix is reciprocal is checked in ``profiles.py``, where it can be located.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator
from pydantic_core import PydanticCustomError

Method = Literal["rangorde", "paarsgewijs", "swing"]
# English (and common) names of the methods, read as the Dutch ones.
METHOD_SYNONYMS: dict[str, str] = {
    "rank": "rangorde", "rank_order": "rangorde", "ranking": "rangorde",
    "pairwise": "paarsgewijs", "ahp": "paarsgewijs",
}
# Saaty's scale runs from 1/9 to 9; 2% slack lets 0.11 stand for 1/9.
SAATY_LOW, SAATY_HIGH = 1 / 9 / 1.02, 9 * 1.02
RiTable = Literal["saaty1980", "saaty2005", "tummala-ling1998", "donegan-dodd1991"]


def method_name(value: Any) -> Any:
    """'AHP' -> 'paarsgewijs', 'rank' -> 'rangorde': English names read as the Dutch ones."""
    if isinstance(value, str):
        text = value.strip().lower()
        return METHOD_SYNONYMS.get(text, text)
    return value


def judgement(value: Any) -> float:
    """A Saaty judgement: a number or a fraction written as text ('1/3')."""
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        top, slash, bottom = value.strip().partition("/")
        try:
            number = float(top) / float(bottom) if slash else float(top)
        except (ValueError, ZeroDivisionError):
            number = None
    if number is None or not math.isfinite(number) or number <= 0:
        raise PydanticCustomError("judgement_type", "a positive number or a fraction such as 1/3 is expected")
    return number


def _rank_item(value: Any) -> str | tuple[str, ...]:
    """One place in a rank order: a criterion id, or a list of ids that share the place."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    raise PydanticCustomError("rank_item_type", "a criterion id or a list of ids is expected")


def _comparison(value: Any) -> tuple[str, str, float]:
    """``[ict, kosten, 3]``: ict is 3 times as important as kosten (Saaty's 1-9 scale)."""
    if not (isinstance(value, list) and len(value) == 3
            and all(isinstance(v, str) and v.strip() for v in value[:2])):
        raise PydanticCustomError("comparison_shape", "a list [criterion, criterion, number] is expected")
    number = judgement(value[2])
    if not SAATY_LOW <= number <= SAATY_HIGH:
        raise PydanticCustomError("comparison_range", "the number must lie between 1/9 and 9",
                                  {"a": value[0].strip(), "b": value[1].strip(), "value": str(value[2])})
    return value[0].strip(), value[1].strip(), number


RankItem = Annotated[str | tuple[str, ...], PlainValidator(_rank_item, json_schema_input_type=str | list[str])]
Comparison = Annotated[
    tuple[str, str, float],
    PlainValidator(_comparison, json_schema_input_type=tuple[str, str, float | str]),
]
Judgement = Annotated[float, PlainValidator(judgement, json_schema_input_type=float | str)]
SwingRating = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


def judgement_text(value: float) -> str:
    """A judgement as users write it: 3, 1/3, 2.5 (and 0.4 when it is no simple fraction)."""
    if value >= 1 or value <= 0:
        return _short(value)
    inverse = 1 / value
    if abs(inverse - round(inverse)) < 1e-6:
        return f"1/{round(inverse)}"
    return _short(value)


def _short(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.4g}"
