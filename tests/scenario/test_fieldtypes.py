"""The field types of the format check their own value: a bool is never a number."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from partnerkeuze.scenario.fieldtypes import MAX_WEIGHT_POINTS, Identifier, Number, ScoreScalar, Weight


@pytest.mark.parametrize("value", [0, 30, 2.5, MAX_WEIGHT_POINTS])
def test_a_weight_is_a_number_from_zero_to_the_maximum(value: float) -> None:
    assert TypeAdapter(Weight).validate_python(value) == value


@pytest.mark.parametrize("value", [True, False, -1, MAX_WEIGHT_POINTS * 10, float("nan"), float("inf")])
def test_a_bool_or_a_number_out_of_range_is_no_weight(value: Any) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(Weight).validate_python(value)


def test_scores_and_numbers_refuse_bools_and_keep_labels_as_text() -> None:
    assert TypeAdapter(ScoreScalar).validate_python(" ++ ") == "++"
    assert TypeAdapter(ScoreScalar).validate_python(3) == 3.0
    for adapter in (TypeAdapter(ScoreScalar), TypeAdapter(Number)):
        with pytest.raises(ValidationError):
            adapter.validate_python(True)


def test_an_id_is_lower_case_letters_digits_dash_and_underscore() -> None:
    assert TypeAdapter(Identifier).validate_python("zelf_doen-2") == "zelf_doen-2"
    with pytest.raises(ValidationError):
        TypeAdapter(Identifier).validate_python("Zelf doen")
