"""The explore state (``app/explore.py``): moves as ``--weight`` makes them, flips at the exact bound."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerkeuze.app import service
from partnerkeuze.app.explore import BIG_STEP, STEP, Explorer
from partnerkeuze.errors import PartnerkeuzeError, UsageError
from partnerkeuze.scenario.resolved import select

ROOT = Path(__file__).parents[2]
HAAKSBERGEN = ROOT / "scenarios" / "haaksbergen-2020.yaml"
OMMEN = ROOT / "scenarios" / "ommen-diensten.yaml"
WriteScenario = Callable[..., Path]

THREE = """\
versie: 1
titel: Drie partners
criteria:
  - {id: ict, naam: ICT, gewicht: 25, schaal: oordeel}
  - {id: kosten, naam: Kosten, gewicht: 50, richting: min, bereik: [0, 100]}
  - {id: nabij, naam: Nabijheid, gewicht: 25, schaal: oordeel}
kandidaten:
  - {id: a, naam: A, scores: {ict: "-", kosten: 20, nabij: "+"}}
  - {id: b, naam: B, scores: {ict: "++", kosten: 60, nabij: "0"}}
  - {id: c, naam: C, scores: {ict: "+", kosten: 45, nabij: "--"}}
"""


def index(explorer: Explorer, criterion: str) -> int:
    return [c.id for c in explorer.scenario.criteria].index(criterion)


def winners(explorer: Explorer) -> set[str]:
    return {c.id for c in explorer.frame.ranking.winners}


def test_a_move_is_what_rank_weight_gives(write_scenario: WriteScenario) -> None:
    """ICT from 25% to 36%: the same as --weight ict=P with P/(P+75) = 0.36."""
    explorer = Explorer(write_scenario(THREE))
    for _ in range(11):
        assert explorer.move(STEP)
    points = 0.36 * 75 / (1 - 0.36)
    expected = service.rank(explorer.scenario, {"ict": points})

    assert explorer.weights == pytest.approx(expected.weights, abs=1e-12)
    assert [(c.id, c.rank) for c in explorer.frame.ranking.order] == [(c.id, c.rank) for c in expected.order]
    assert [c.score for c in explorer.frame.ranking.order] == pytest.approx([c.score for c in expected.order])
    assert explorer.frame.ranking.overridden == ("ict",)


@settings(deadline=None, max_examples=30)
@given(st.lists(st.sampled_from(["up", "down", "right", "left", "big", "zero"]), max_size=25))
def test_weights_stay_shares_and_the_others_keep_their_proportions(keys: list[str]) -> None:
    explorer = Explorer(HAAKSBERGEN)
    for key in keys:
        before = explorer.weights
        k = explorer.selected
        moved = {"up": lambda: explorer.select(-1), "down": lambda: explorer.select(1),
                 "right": lambda: explorer.move(STEP), "left": lambda: explorer.move(-STEP),
                 "big": lambda: explorer.move(BIG_STEP), "zero": lambda: explorer.set_share(0.0)}[key]()
        after = explorer.weights
        assert after.sum() == pytest.approx(1.0, abs=1e-12)
        assert np.all(after >= 0)
        if moved and before[k] < 1 and after[k] < 1:
            others = np.delete(np.arange(len(after)), k)
            ratio = (1 - after[k]) / (1 - before[k])
            assert after[others] == pytest.approx(before[others] * ratio, abs=1e-12)


def closed_form(explorer: Explorer, k: int, a: str, b: str) -> Fraction:
    """METHODS §1.2 by hand: D(t) = (1 - t) D0 + t D1 for a - b on k's path, zero at D0 / (D0 - D1)."""
    ids = [c.id for c in explorer.scenario.candidates]
    values = [[Fraction(v) for v in row] for row in explorer.values.tolist()]
    points = [Fraction(c.points) for c in explorer.scenario.criteria]
    rest = sum(p for j, p in enumerate(points) if j != k)

    def total(i: int, t: Fraction) -> Fraction:
        return sum(((1 - t) * p / rest if j != k else t) * values[i][j] for j, p in enumerate(points))

    d0 = total(ids.index(a), Fraction(0)) - total(ids.index(b), Fraction(0))
    d1 = total(ids.index(a), Fraction(1)) - total(ids.index(b), Fraction(1))
    return d0 / (d0 - d1)


def test_the_winner_flips_at_the_closed_form_bound_and_not_a_step_before() -> None:
    """Haaksbergen: Enschede passes Hengelo at exactly 9/25 of the weight on kwetsbaarheid."""
    explorer = Explorer(HAAKSBERGEN)
    k = index(explorer, "kwetsbaarheid")
    explorer.select(k)
    bound = closed_form(explorer, k, "hengelo", "enschede")
    assert bound == Fraction(9, 25)
    seen = []
    while explorer.move(STEP):
        weight = Fraction(round(float(explorer.weights[k]) * 100), 100)
        seen.append(weight)
        expected = {"hengelo"} if weight < bound else {"hengelo", "enschede"} if weight == bound else {"enschede"}
        assert winners(explorer) == expected, weight
        if weight > bound:
            break
    flip = explorer.frame.flip
    assert flip is not None
    assert explorer.frame.flipped_now
    assert flip.bound == pytest.approx(0.36, abs=1e-12)
    assert flip.raised
    assert not flip.shared
    assert seen[-1] == Fraction(37, 100)


def test_a_tie_on_the_bound_is_a_shared_flip_and_lowering_flips_back() -> None:
    explorer = Explorer(HAAKSBERGEN)
    explorer.select(index(explorer, "kwetsbaarheid"))
    for _ in range(16):
        explorer.move(STEP)
    assert explorer.frame.flip is not None
    assert explorer.frame.flip.shared
    explorer.move(STEP)
    explorer.move(-STEP)
    explorer.move(-STEP)
    flip = explorer.frame.flip
    assert flip is not None
    assert winners(explorer) == {"hengelo"}
    assert not flip.raised
    assert flip.bound == pytest.approx(0.36, abs=1e-12)


def test_a_flip_stays_shown_but_is_no_longer_new() -> None:
    explorer = Explorer(HAAKSBERGEN)
    explorer.select(index(explorer, "kwetsbaarheid"))
    explorer.move(0.17)
    assert explorer.frame.flipped_now
    explorer.move(STEP)
    assert explorer.frame.flip is not None
    assert not explorer.frame.flipped_now
    explorer.reset()
    assert explorer.frame.flip is None
    assert explorer.weights == pytest.approx(explorer.frame.ranking.base_weights)


def test_weights_stop_at_0_and_100_percent() -> None:
    explorer = Explorer(HAAKSBERGEN)
    assert explorer.set_share(1.0)
    assert not explorer.move(STEP)
    assert explorer.weights[0] == 1.0
    assert explorer.move(-STEP)  # the others come back in the profile's proportions
    base = np.array(explorer.frame.ranking.base_weights)
    assert explorer.weights[1:] == pytest.approx(base[1:] / base[1:].sum() * 0.01)
    assert explorer.set_share(0.0)
    assert not explorer.move(-STEP)


def test_profiles_cycle_file_each_profile_group() -> None:
    explorer = Explorer(HAAKSBERGEN)
    assert explorer.profile_ids() == ["bestand", "college", "raad", "ondernemingsraad", "groep"]
    seen = [explorer.scenario.weighting]
    for _ in range(5):
        assert explorer.next_profile()
        seen.append(explorer.scenario.weighting)
    assert seen == ["bestand", "college", "raad", "ondernemingsraad", "groep", "bestand"]


def test_a_profile_starts_from_its_own_weights() -> None:
    explorer = Explorer(HAAKSBERGEN, profile="raad")
    expected = service.rank(select(service.resolved_scenario(HAAKSBERGEN), "raad"))
    assert explorer.weights == pytest.approx(expected.weights)
    with pytest.raises(UsageError):
        Explorer(HAAKSBERGEN, profile="niemand")


def test_tasks_cycle_and_each_starts_from_its_own_weights() -> None:
    explorer = Explorer(OMMEN)
    tasks = explorer.scenario.tasks
    assert explorer.task == tasks[0]
    explorer.move(STEP)
    assert explorer.next_task()
    assert explorer.task == tasks[1]
    assert explorer.frame.ranking.overridden == ()
    assert explorer.next_task_id() == tasks[2 % len(tasks)]


def test_a_file_without_tasks_or_profiles_says_so(write_scenario: WriteScenario) -> None:
    explorer = Explorer(write_scenario(THREE))
    assert not explorer.next_task()
    assert not explorer.next_profile()


def test_reload_keeps_the_explored_weights_unless_the_file_weights_changed(write_scenario: WriteScenario) -> None:
    path = write_scenario(THREE)
    explorer = Explorer(path)
    explorer.select(2)
    explorer.move(BIG_STEP)
    moved = explorer.weights
    path.write_text(THREE.replace('kosten: 20, nabij: "+"', 'kosten: 90, nabij: "+"'), encoding="utf-8")
    assert explorer.reload()
    assert explorer.weights == pytest.approx(moved)
    assert explorer.selected == 2
    path.write_text(THREE.replace("gewicht: 50", "gewicht: 30"), encoding="utf-8")
    assert not explorer.reload()
    assert explorer.frame.ranking.overridden == ()


def test_an_invalid_file_changes_nothing(write_scenario: WriteScenario) -> None:
    path = write_scenario(THREE)
    explorer = Explorer(path)
    explorer.move(STEP)
    frame, text = explorer.frame, explorer.text
    path.write_text(THREE.replace('ict: "-"', 'ict: "+++"'), encoding="utf-8")
    with pytest.raises(PartnerkeuzeError):
        explorer.reload()
    assert explorer.frame is frame
    assert explorer.text == text
