"""JSON for programs (``render/jsonout.py``): the keys are a contract."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from partnerkeuze.app.results import Ranking
from partnerkeuze.app.service import open_scenario, rank
from partnerkeuze.render.jsonout import dumps, ranking_document, ranking_json

HAAKSBERGEN = (
    Path(__file__).parent.parent.parent / "scenarios" / "haaksbergen-2020.yaml"
)


def ranking_of(**overrides: float) -> Ranking:
    _, scenario = open_scenario(HAAKSBERGEN)
    return rank(scenario, overrides)


def test_document_has_title_weights_and_ranking_in_rank_order() -> None:
    document = ranking_document(ranking_of())

    assert (
        document["title"] == "Partner voor de bedrijfsvoering van Haaksbergen (fase 1)"
    )
    assert list(document["weights"]) == [
        "vertrouwen",
        "ict",
        "voorwaarden",
        "bestaande_samenwerking",
        "kosten_structureel",
        "kosten_incidenteel",
        "kwetsbaarheid",
    ]
    assert [(e["rank"], e["id"]) for e in document["ranking"]] == [
        (1, "hengelo"),
        (2, "enschede"),
        (3, "zelf_doen"),
    ]


def test_hengelo_scores_as_computed_by_hand() -> None:
    """Weights 20/25/20/15/0/0/20 of 100; Hengelo scores '+' (v = 0.75) on every weighted criterion.

    score = 0.75 * (0.20 + 0.25 + 0.20 + 0.15 + 0.20) = 0.75
    """
    hengelo = ranking_document(ranking_of())["ranking"][0]

    assert hengelo["score"] == pytest.approx(0.75)
    assert hengelo["contributions"]["ict"] == pytest.approx(0.25 * 0.75)
    assert hengelo["contributions"]["kosten_structureel"] == 0.0


def test_weights_are_shares_of_one_and_follow_overrides() -> None:
    document = ranking_document(ranking_of(ict=0))

    assert math.fsum(document["weights"].values()) == pytest.approx(1.0)
    assert document["weights"]["ict"] == 0.0
    assert document["weights"]["vertrouwen"] == pytest.approx(20 / 75)


def test_json_text_is_stable_and_keeps_non_ascii_letters() -> None:
    text = ranking_json(ranking_of())

    assert text == ranking_json(ranking_of())
    assert text.endswith("}\n")
    assert json.loads(text) == ranking_document(ranking_of())
    assert dumps({"naam": "Café Één"}) == '{\n  "naam": "Café Één"\n}\n'


def test_json_refuses_nan_rather_than_writing_invalid_json() -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        dumps({"score": float("nan")})


def test_ranking_document_names_its_method() -> None:
    from partnerkeuze.app.service import rank_by

    _, scenario = open_scenario(HAAKSBERGEN)
    assert ranking_document(rank(scenario))["method"] == "wsm"
    document = ranking_document(rank_by(scenario, method="wpm"))
    assert document["method"] == "wpm"
    assert document["shifted"] == []  # every value in the file is above 0


def test_sensitivity_document_says_who_wins_under_the_other_methods() -> None:
    from partnerkeuze.app.service import sensitivity
    from partnerkeuze.render.jsonout import sensitivity_document

    _, scenario = open_scenario(HAAKSBERGEN)
    document = sensitivity_document(sensitivity(scenario, samples=0))

    assert document["methods"] == {
        "topsis": {"winners": ["hengelo"], "same": True},
        "wpm": {"winners": ["hengelo"], "same": True, "shifted": []},
    }
