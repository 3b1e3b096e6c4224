"""Value types of the weighting format (``weightmodels.py``): judgements, rank items, method names."""

from __future__ import annotations

import pytest
from pydantic_core import PydanticCustomError

from partnerkeuze.scenario.weightmodels import judgement, judgement_text, method_name


@pytest.mark.parametrize(
    ("value", "number"),
    [(3, 3.0), (0.5, 0.5), ("1/3", 1 / 3), (" 1 / 9 ", 1 / 9), ("2.5", 2.5), ("3/2", 1.5)],
)
def test_a_judgement_is_a_number_or_a_fraction(value: object, number: float) -> None:
    assert judgement(value) == pytest.approx(number)


@pytest.mark.parametrize("value", ["veel", "1/0", "a/b", 0, -2, True, None, float("inf"), "-1/3"])
def test_a_judgement_must_be_positive_and_finite(value: object) -> None:
    with pytest.raises(PydanticCustomError) as info:
        judgement(value)

    assert info.value.type == "judgement_type"


@pytest.mark.parametrize(
    ("number", "text"), [(3.0, "3"), (1 / 3, "1/3"), (1 / 9, "1/9"), (2.5, "2.5"), (0.4, "0.4"), (1.0, "1")]
)
def test_judgement_text_writes_fractions_as_users_do(number: float, text: str) -> None:
    assert judgement_text(number) == text


@pytest.mark.parametrize(
    ("name", "method"),
    [("AHP", "paarsgewijs"), ("pairwise", "paarsgewijs"), ("Rank", "rangorde"), ("swing", "swing"),
     ("rangorde", "rangorde"), (3, 3)],
)
def test_english_method_names_read_as_dutch(name: object, method: object) -> None:
    assert method_name(name) == method
