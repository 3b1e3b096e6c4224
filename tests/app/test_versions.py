"""What changed between two versions of a scenario (``versions.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app import service
from partnerkeuze.app.versions import Effect, Item, Renamed, diff, effect, match
from partnerkeuze.scenario.resolved import ResolvedScenario

WriteScenario = Callable[..., Path]

OLD = """\
versie: 1
titel: Partner voor ICT
criteria:
  - {id: ict, naam: ICT-aansluiting, gewicht: 50, schaal: oordeel}
  - {id: kosten, naam: Kosten, gewicht: 50, richting: min, eenheid: EUR, bereik: [0, 1000000]}
kandidaten:
  - id: hengelo
    naam: Hengelo
    scores:
      ict: {waarde: "+", onderbouwing: "Zelfde leverancier"}
      kosten: {waarde: 600000, onderbouwing: "Offerte maart", bron: "Offerte Hengelo"}
  - id: enschede
    naam: Enschede
    scores:
      ict: {waarde: "0", onderbouwing: "Andere leverancier"}
      kosten: {waarde: 500000, onderbouwing: "Offerte april"}
  - id: zelf_doen
    naam: Zelf doen
    scores: {ict: "0", kosten: 700000}
"""


def resolved(write_scenario: WriteScenario, text: str, name: str) -> ResolvedScenario:
    return service.open_scenario(write_scenario(text, name))[1]


def pair(write_scenario: WriteScenario, new_text: str, old_text: str = OLD) -> tuple[ResolvedScenario, ResolvedScenario]:
    return resolved(write_scenario, old_text, "oud.yaml"), resolved(write_scenario, new_text, "nieuw.yaml")


def test_the_same_scenario_has_no_differences(write_scenario: WriteScenario) -> None:
    old, new = pair(write_scenario, OLD)
    changes = diff(old, new)

    assert not changes
    assert changes.weights == ()
    assert changes.scores == ()


def test_doubling_every_weight_is_no_change(write_scenario: WriteScenario) -> None:
    old, new = pair(write_scenario, OLD.replace("gewicht: 50", "gewicht: 100"))

    assert not diff(old, new)


def test_a_weight_change_is_reported_in_shares(write_scenario: WriteScenario) -> None:
    old, new = pair(write_scenario, OLD.replace("{id: ict, naam: ICT-aansluiting, gewicht: 50", "{id: ict, naam: ICT-aansluiting, gewicht: 150"))
    changes = diff(old, new)

    assert [(w.criterion.id, w.old, w.new) for w in changes.weights] == [("ict", 0.5, 0.75), ("kosten", 0.5, 0.25)]
    assert changes.weights[0].change == pytest.approx(0.25)


def test_a_score_change_has_old_and_new_value_and_rationale(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace('ict: {waarde: "0", onderbouwing: "Andere leverancier"}',
                           'ict: {waarde: "++", onderbouwing: "Overstap in 2025 toegezegd"}')
    old, new = pair(write_scenario, new_text)
    (change,) = diff(old, new).scores

    assert (change.candidate.id, change.criterion.id) == ("enschede", "ict")
    assert (change.old.label, change.new.label) == ("0", "++")
    assert (change.old.rationale, change.new.rationale) == ("Andere leverancier", "Overstap in 2025 toegezegd")
    assert change.value_changed
    assert change.rationale_changed


def test_a_changed_rationale_alone_is_a_change_too(write_scenario: WriteScenario) -> None:
    old, new = pair(write_scenario, OLD.replace('bron: "Offerte Hengelo"', 'bron: "Offerte Hengelo, versie 2"'))
    (change,) = diff(old, new).scores

    assert not change.value_changed
    assert change.rationale_changed


def test_candidates_added_removed_and_renamed(write_scenario: WriteScenario) -> None:
    new_text = (
        OLD.replace("naam: Hengelo\n", "naam: Gemeente Hengelo\n")
        .replace("  - id: enschede\n    naam: Enschede", "  - id: borne\n    naam: Borne")
        .replace("  - id: zelf_doen\n", "  - id: eigen_huis\n")
    )
    old, new = pair(write_scenario, new_text)
    candidates = diff(old, new).candidates

    assert candidates.added == (Item("borne", "Borne"),)
    assert candidates.removed == (Item("enschede", "Enschede"),)
    assert candidates.renamed == (
        Renamed(Item("hengelo", "Hengelo"), Item("hengelo", "Gemeente Hengelo")),
        Renamed(Item("zelf_doen", "Zelf doen"), Item("eigen_huis", "Zelf doen")),
    )


def test_scores_of_a_candidate_with_a_new_id_are_still_compared(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace("  - id: zelf_doen\n", "  - id: eigen_huis\n").replace("kosten: 700000", "kosten: 650000")
    old, new = pair(write_scenario, new_text)
    (change,) = diff(old, new).scores

    assert change.candidate == Item("eigen_huis", "Zelf doen")
    assert (change.old.raw, change.new.raw) == (700000, 650000)


def test_criteria_added_removed_and_their_properties(write_scenario: WriteScenario) -> None:
    new_text = (
        OLD.replace("bereik: [0, 1000000]", "bereik: [0, 2000000]")
        .replace("naam: ICT-aansluiting", "naam: ICT")
        .replace("kandidaten:", "  - {id: vertrouwen, gewicht: 0, schaal: oordeel}\nkandidaten:")
    )
    old, new = pair(write_scenario, new_text)
    changes = diff(old, new)

    assert changes.criteria.added == (Item("vertrouwen", "vertrouwen"),)
    assert changes.criteria.renamed == (Renamed(Item("ict", "ICT-aansluiting"), Item("ict", "ICT")),)
    assert [(f.criterion.id, f.field, f.old, f.new) for f in changes.criterion_fields] == [
        ("kosten", "range", (0, 1_000_000), (0, 2_000_000))
    ]
    # A criterion with weight 0 and no scores counts with share 0.
    assert [(w.criterion.id, w.old, w.new) for w in changes.weights] == [("vertrouwen", None, 0.0)]


def test_a_removed_criterion_loses_its_weight(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace("  - {id: kosten, naam: Kosten, gewicht: 50, richting: min, eenheid: EUR, bereik: [0, 1000000]}\n", "")
    new_text = "\n".join(line for line in new_text.splitlines() if "kosten: {waarde" not in line) + "\n"
    new_text = new_text.replace('{ict: "0", kosten: 700000}', '{ict: "0"}')
    old, new = pair(write_scenario, new_text)
    changes = diff(old, new)

    assert changes.criteria.removed == (Item("kosten", "Kosten"),)
    assert [(w.criterion.id, w.old, w.new) for w in changes.weights] == [("ict", 0.5, 1.0), ("kosten", 0.5, None)]


def test_direction_and_scale_changes_are_named(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace("gewicht: 50, schaal: oordeel}", "gewicht: 50, schaal: oordeel, richting: min}")
    old, new = pair(write_scenario, new_text)

    assert [(f.field, f.old, f.new) for f in diff(old, new).criterion_fields] == [("direction", "max", "min")]


def test_match_pairs_by_id_then_by_a_unique_name() -> None:
    old = [Item("a", "A"), Item("b", "B"), Item("c", "Same"), Item("d", "Same")]
    new = [Item("b", "B2"), Item("x", "A"), Item("y", "Same"), Item("z", "Same")]

    pairs, changes = match(old, new)

    assert pairs == [(0, 1), (1, 0)]  # 'Same' is ambiguous: not paired
    assert changes.removed == (Item("c", "Same"), Item("d", "Same"))
    assert changes.added == (Item("y", "Same"), Item("z", "Same"))


# --- effect ---------------------------------------------------------------------------


def outcome(write_scenario: WriteScenario, new_text: str) -> Effect:
    old, new = pair(write_scenario, new_text)
    changes = diff(old, new)
    return effect(changes, service.rank(old), service.rank(new), ("a", "b"), ("b", "c"))


def test_a_changed_score_that_flips_the_winner_changes_the_advice(write_scenario: WriteScenario) -> None:
    """Hengelo 0,5 x 0,75 + 0,5 x 0,4 = 0,575 leads Enschede 0,5 x 0,5 + 0,5 x 0,5 = 0,5;
    Enschede's ICT from 0 to ++ (v = 1) makes it 0,75."""
    new_text = OLD.replace('waarde: "0", onderbouwing: "Andere leverancier"', 'waarde: "++", onderbouwing: "Nieuw"')
    result = outcome(write_scenario, new_text)

    assert [w.id for w in result.old_winners] == ["hengelo"]
    assert [w.id for w in result.new_winners] == ["enschede"]
    assert result.winner_changed
    assert result.ranks_changed
    assert [(r.candidate.id, r.old_rank, r.new_rank) for r in result.ranks] == [
        ("enschede", 2, 1), ("hengelo", 1, 2), ("zelf_doen", 3, 3)
    ]
    assert result.ranks[0].old_score == pytest.approx(0.5)
    assert result.ranks[0].new_score == pytest.approx(0.75)
    assert result.sentences_removed == ("a",)
    assert result.sentences_added == ("c",)
    assert result.advice_changed


def test_ranks_before_and_after_follow_the_candidates(write_scenario: WriteScenario) -> None:
    new_text = OLD.replace("  - id: zelf_doen\n", "  - id: eigen_huis\n").replace(
        "  - id: enschede\n    naam: Enschede", "  - id: borne\n    naam: Borne"
    )
    old, new = pair(write_scenario, new_text)
    changes = diff(old, new)
    old_ranking, new_ranking = service.rank(old), service.rank(new)
    result = effect(changes, old_ranking, new_ranking)

    by_id = {r.candidate.id: r for r in result.ranks}
    assert by_id["eigen_huis"].old_rank == next(c.rank for c in old_ranking.order if c.id == "zelf_doen")
    assert by_id["borne"].old_rank is None
    assert by_id["enschede"].new_rank is None
    assert result.ranks[-1].candidate.id == "enschede"  # removed candidates come last


def test_the_winner_under_a_new_id_is_the_same_winner(write_scenario: WriteScenario) -> None:
    old, _ = pair(write_scenario, OLD)
    winner = service.rank(old).winners[0].id
    new_text = OLD.replace(f"  - id: {winner}\n", "  - id: nieuwe_id\n")
    old, new = pair(write_scenario, new_text)
    result = effect(diff(old, new), service.rank(old), service.rank(new))

    assert not result.winner_changed
    assert not result.ranks_changed
    assert not result.advice_changed


KNOCKOUT = """\
versie: 1
titel: Knock-out
criteria:
  - {id: bereid, gewicht: 0, schaal: janee, minimum: "ja"}
  - {id: ict, gewicht: 1, schaal: oordeel}
kandidaten:
  - {id: a, naam: A, scores: {bereid: "ja", ict: "+"}}
  - {id: b, naam: B, scores: {bereid: "{b_ready}", ict: "++"}}
  - {id: zelf, naam: Zelf doen, status_quo: {sq_zelf}, scores: {bereid: "ja", ict: "0"}}
  - {id: c, naam: C, status_quo: {sq_c}, scores: {bereid: "ja", ict: "-"}}
"""


def _knockout(tmp_path: Path, name: str, *, b_ready: str, sq_zelf: str = "true", sq_c: str = "false") -> Path:
    path = tmp_path / name
    text = KNOCKOUT.replace("{b_ready}", b_ready).replace("{sq_zelf}", sq_zelf).replace("{sq_c}", sq_c)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_candidate_set_aside_by_a_requirement_is_excluded_not_removed(tmp_path: Path) -> None:
    from partnerkeuze.app import service

    _, old = service.open_scenario(_knockout(tmp_path, "old.yaml", b_ready="ja"))
    _, new = service.open_scenario(_knockout(tmp_path, "new.yaml", b_ready="nee"))
    changes = diff(old, new).candidates
    assert [c.id for c in changes.excluded] == ["b"]
    assert changes.removed == ()
    back = diff(new, old).candidates
    assert [c.id for c in back.readmitted] == ["b"]
    assert back.added == ()


def test_a_moved_status_quo_is_a_change(tmp_path: Path) -> None:
    from partnerkeuze.app import service

    _, old = service.open_scenario(_knockout(tmp_path, "old.yaml", b_ready="ja"))
    _, new = service.open_scenario(_knockout(tmp_path, "new.yaml", b_ready="ja", sq_zelf="false", sq_c="true"))
    found = diff(old, new)
    assert found.status_quo is not None
    assert (found.status_quo[0].id, found.status_quo[1].id) == ("zelf", "c")  # type: ignore[union-attr]
    assert found
    assert diff(old, old).status_quo is None


def test_a_value_function_is_a_field_change(write_scenario: WriteScenario) -> None:
    """Drawing a value function where there was a direction and range: the function is named, the range goes."""
    new_text = OLD.replace("richting: min, eenheid: EUR, bereik: [0, 1000000]",
                           "eenheid: EUR, waardefunctie: [[0, 100], [500000, 80], [1000000, 0]]")
    old, new = pair(write_scenario, new_text)

    changes = [(f.field, f.old, f.new) for f in diff(old, new).criterion_fields]

    assert changes == [("value_function", None, ((0, 100), (500000, 80), (1000000, 0))), ("range", (0, 1000000), None)]
