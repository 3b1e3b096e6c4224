"""The scenario file, format version 1, as pydantic models.

Keys are Dutch in the file (the alias) and English in code (the field name);
both are accepted when reading, so the format also works outside the Netherlands.
Cross-references (a score for an unknown criterion, a label not in its scale...)
are checked in ``checks.py``, where every problem can be located and reported at once.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    field_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"

Identifier = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Weight = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Text = Annotated[str, Field(max_length=20_000)]


def _finite_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number_type", "a number is expected")
    if not math.isfinite(value):
        raise PydanticCustomError("finite_number", "the number must be finite")
    return float(value)


def _score_scalar(value: Any) -> float | str:
    """A score is a number or a scale label; labels are looked up later."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("score_type", "a number or a scale label is expected")
    return _finite_number(value)


def _label_keys(value: Any) -> Any:
    """Scale labels may be written unquoted (``0: 3``); they are text all the same."""
    if isinstance(value, dict):
        return {
            (str(key) if isinstance(key, int | float) and not isinstance(key, bool) else key): item
            for key, item in value.items()
        }
    return value


Number = Annotated[float, PlainValidator(_finite_number)]
ScoreScalar = Annotated[float | str, PlainValidator(_score_scalar)]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        str_strip_whitespace=True,
    )


class Score(_Model):
    """A candidate's score on one criterion, with why and where from."""

    value: ScoreScalar = Field(alias="waarde")
    rationale: Text | None = Field(None, alias="onderbouwing")
    source: Text | None = Field(None, alias="bron")
    confidential: bool = Field(False, alias="vertrouwelijk")


def _wrap_scalar_score(value: Any) -> Any:
    """``ict: "++"`` is short for ``ict: {waarde: "++"}``."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        raise PydanticCustomError("score_is_list", "a score cannot be a list")
    if value is None:
        raise PydanticCustomError("score_empty", "a score is empty")
    return {"waarde": value}


ScoreField = Annotated[Score, BeforeValidator(_wrap_scalar_score)]


class Criterion(_Model):
    """One criterion: what is judged, how heavily, and which way is better."""

    id: Identifier
    name: Text | None = Field(None, alias="naam")
    description: Text | None = Field(None, alias="toelichting")
    weight: Weight | None = Field(None, alias="gewicht")
    direction: Literal["max", "min"] = Field("max", alias="richting")
    scale: Identifier | None = Field(None, alias="schaal")
    unit: Text | None = Field(None, alias="eenheid")
    range: tuple[Number, Number] | None = Field(None, alias="bereik")

    @field_validator("range")
    @classmethod
    def _low_below_high(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and value[0] >= value[1]:
            raise PydanticCustomError(
                "range_order", "the low end must be below the high end", {"low": value[0], "high": value[1]}
            )
        return value

    @property
    def label(self) -> str:
        """The name to show: ``naam``, else the id."""
        return self.name or self.id


class Candidate(_Model):
    """A possible partner, organisational form, or doing it yourself."""

    id: Identifier
    name: Text | None = Field(None, alias="naam")
    description: Text | None = Field(None, alias="toelichting")
    scores: dict[str, ScoreField] = Field(default_factory=dict)
    confidential: bool = Field(False, alias="vertrouwelijk")

    @property
    def label(self) -> str:
        """The name to show: ``naam``, else the id."""
        return self.name or self.id


Scale = Annotated[dict[Annotated[str, Field(min_length=1, max_length=64)], Number], BeforeValidator(_label_keys)]


class Scenario(_Model):
    """A whole scenario file (``versie: 1``)."""

    version: Literal[1] = Field(alias="versie")
    title: Text = Field(alias="titel", min_length=1)
    organisation: Text | None = Field(
        None,
        alias="organisatie",
        validation_alias=AliasChoices("organisatie", "organisation", "organization"),
    )
    date: dt.date | Text | None = Field(None, alias="datum")
    description: Text | None = Field(None, alias="toelichting")
    scales: dict[Identifier, Scale] = Field(default_factory=dict, alias="schalen")
    criteria_set: Text | None = Field(None, alias="criteriaset")
    weights: dict[str, Weight] = Field(default_factory=dict, alias="gewichten")
    criteria: list[Criterion] = Field(min_length=1, max_length=1000)
    candidates: list[Candidate] = Field(alias="kandidaten", min_length=1, max_length=100_000)


class CriteriaSet(_Model):
    """A reusable set of criteria definitions (``criteria/<naam>.yaml``)."""

    version: Literal[1] = Field(alias="versie")
    name: Text = Field(alias="naam")
    description: Text | None = Field(None, alias="toelichting")
    source: Text | None = Field(None, alias="bron")
    scales: dict[Identifier, Scale] = Field(default_factory=dict, alias="schalen")
    criteria: list[Criterion] = Field(min_length=1)


MODELS: tuple[type[BaseModel], ...] = (Score, Criterion, Candidate, Scenario, CriteriaSet)
