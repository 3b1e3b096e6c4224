"""The portfolio use case: per-task winners, the assignment, coordination cost, fragility."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app.portfolio import PortfolioResult, portfolio
from partnerkeuze.errors import UsageError
from partnerkeuze.scenario.loading import load

Write = Callable[..., Path]

# Scores on a fixed range 0-10 with one criterion: a task score is the score x 10 points.
# t1: a 90, b 80, c 10;  t2 (overrides): a 60, b 90, c 80.
TWO_TASKS = """\
versie: 1
titel: Twee taken
coordinatiekosten_per_partner: {cost}
gewichten: {{k: 1}}
taken:
  - id: t1
    laag: bedrijfsvoering
  - id: t2
    laag: uitvoering
criteria:
  - id: k
    bereik: [0, 10]
kandidaten:
  - id: a
    scores: {{k: 9}}
    scores_per_taak:
      t2: {{k: 6}}
  - id: b
    scores: {{k: 8}}
    scores_per_taak:
      t2: {{k: 9}}
  - id: c
    scores: {{k: 1}}
    scores_per_taak:
      t2: {{k: 8}}
"""


def result_for(write_scenario: Write, cost: float) -> PortfolioResult:
    return portfolio(load(write_scenario(TWO_TASKS.format(cost=cost))))


def test_the_best_partner_per_task_and_its_hand_computed_total(write_scenario: Write) -> None:
    result = result_for(write_scenario, 0)

    assert [task.winner.id for task in result.tasks] == ["a", "b"]
    assert result.best.by_task == ("a", "b")
    assert result.best.total == pytest.approx(90 + 90)
    assert result.best.partners == ("a", "b")
    assert [task.margin for task in result.tasks] == [pytest.approx(0.1), pytest.approx(0.1)]


def test_the_best_single_partner_is_hand_computed(write_scenario: Write) -> None:
    single = result_for(write_scenario, 0).single

    assert single is not None
    assert single.by_task == ("b", "b")
    assert single.total == pytest.approx(80 + 90)  # a: 90 + 60 = 150, c: 10 + 80 = 90


@pytest.mark.parametrize(
    ("cost", "advice", "value"),
    [
        (0, ("a", "b"), 180),  # no cost: the best per task
        (5, ("a", "b"), 175),  # 180 - 5 x 1 > 170
        (10, ("b", "b"), 170),  # 180 - 10 = 170: a tie goes to fewer partners
        (15, ("b", "b"), 170),  # 165 < 170: everything with b
    ],
)
def test_coordination_cost_changes_the_advice(write_scenario: Write, cost: float, advice: tuple[str, ...],
                                              value: float) -> None:
    result = result_for(write_scenario, cost)

    assert result.advice.by_task == advice
    assert result.advice.value == pytest.approx(value)
    assert [task.advised for task in result.tasks] == list(advice)
    assert result.best.cost == pytest.approx(cost)


def test_no_single_partner_when_nobody_offers_every_task(write_scenario: Write) -> None:
    text = TWO_TASKS.format(cost=0).replace("    laag: uitvoering\n", "    laag: uitvoering\n    kandidaten: [c]\n")
    text = text.replace("    laag: bedrijfsvoering\n", "    laag: bedrijfsvoering\n    kandidaten: [a, b]\n")
    for score in ("6", "9"):
        text = text.replace(f"    scores_per_taak:\n      t2: {{k: {score}}}\n", "")

    result = portfolio(load(write_scenario(text)))

    assert result.single is None
    assert result.best.by_task == ("a", "c")


def test_monte_carlo_first_shares_are_seeded(write_scenario: Write) -> None:
    text = TWO_TASKS.format(cost=0).replace("gewichten: {k: 1}", "gewichten: {k: 1, m: 1}").replace(
        "    bereik: [0, 10]\n", "    bereik: [0, 10]\n  - id: m\n    bereik: [0, 10]\n"
    ).replace("scores: {k: 9}", "scores: {k: 9, m: 1}").replace("scores: {k: 8}", "scores: {k: 8, m: 5}").replace(
        "scores: {k: 1}", "scores: {k: 1, m: 9}"
    )
    loaded = load(write_scenario(text))

    first = portfolio(loaded, samples=500, seed=3)
    second = portfolio(loaded, samples=500, seed=3)

    assert [task.first_share for task in first.tasks] == [task.first_share for task in second.tasks]
    assert all(share is not None and 0 <= share <= 1 for share in (task.first_share for task in first.tasks))
    assert first.tasks[0].fragile_criterion is not None


def test_a_file_without_tasks_is_refused(write_scenario: Write) -> None:
    text = "versie: 1\ntitel: T\ncriteria:\n  - id: k\n    gewicht: 1\nkandidaten:\n  - id: a\n    scores: {k: 1}\n"

    with pytest.raises(UsageError, match="geen taken"):
        portfolio(load(write_scenario(text)))


# Two criteria: a is better on k, b on m; the file weighs k, the profile 'raad' weighs m.
WEIGHED = """\
versie: 1
titel: Gewichten per portfolio
gewichten: {k: 3, m: 1}
profielen:
  raad: {gewichten: {k: 1, m: 3}}
taken:
  - {id: t1, laag: bedrijfsvoering}
  - {id: t2, laag: uitvoering}
criteria:
  - {id: k, bereik: [0, 10]}
  - {id: m, bereik: [0, 10]}
kandidaten:
  - {id: a, scores: {k: 9, m: 2}}
  - {id: b, scores: {k: 2, m: 9}}
"""


@pytest.mark.parametrize(
    ("options", "winners"),
    [
        ({}, ["a", "a"]),
        ({"overrides": {"m": 10}}, ["b", "b"]),
        ({"profile": "raad"}, ["b", "b"]),
        ({"profile": "bestand"}, ["a", "a"]),
    ],
)
def test_weight_and_profile_apply_to_every_task(
    write_scenario: Write, options: dict[str, object], winners: list[str]
) -> None:
    result = portfolio(load(write_scenario(WEIGHED)), **options)  # type: ignore[arg-type]

    assert [task.winner.id for task in result.tasks] == winners
    assert result.advice.by_task == tuple(winners)


def test_an_unknown_profile_in_a_portfolio_is_a_usage_error(write_scenario: Write) -> None:
    with pytest.raises(UsageError, match="wethouder"):
        portfolio(load(write_scenario(WEIGHED)), profile="wethouder")
