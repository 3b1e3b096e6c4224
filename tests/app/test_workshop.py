"""The weighing session: the form's content, the returned forms beside the profiles, --opslaan."""

from __future__ import annotations

import hashlib
import shutil
import textwrap
from pathlib import Path

import numpy as np
import pytest
from returnedforms import PAIRS, POINTS, write_form

from partnerkeuze.app import service
from partnerkeuze.app.stakeholders import compare_profiles
from partnerkeuze.app.workshop import (
    Workshop,
    file_sha256,
    parse_form_method,
    parse_formula,
    read_workshop,
    save_profiles,
    weighing_form,
)
from partnerkeuze.core import weighting as w
from partnerkeuze.errors import ExportError, UsageError
from partnerkeuze.scenario.resolved import select

SCENARIOS = Path(__file__).parents[2] / "scenarios"
HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"


def returned(folder: Path, name: str, body: str, scenario: Path = HAAKSBERGEN) -> Path:
    return write_form(folder / f"weging-{name.lower().replace(' ', '-')}.yaml", name, body, file_sha256(scenario))


@pytest.fixture
def forms(tmp_path: Path) -> list[Path]:
    return [returned(tmp_path, "Wethouder A", PAIRS), returned(tmp_path, "Raadslid B", POINTS)]


def test_the_participants_stand_beside_the_profiles_and_their_group_weighs(forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)

    workshop = read_workshop(HAAKSBERGEN, scenario, forms)
    weighed = workshop.apply(scenario)

    assert [(x.id, x.kind) for x in weighed.weightings] == [
        ("bestand", "file"), ("college", "profile"), ("raad", "profile"), ("ondernemingsraad", "profile"),
        ("wethouder-a", "participant"), ("raadslid-b", "participant"), ("groep", "group")]
    group = weighed.weightings[-1]
    assert group.members == ("college", "raad", "ondernemingsraad", "wethouder-a", "raadslid-b")
    expected = w.group_weights([np.array(x.shares) for x in weighed.weightings[1:6]])
    assert group.shares == pytest.approx(expected, abs=1e-15)
    assert weighed.weighting == "groep"
    assert [c.points for c in weighed.criteria] == list(group.points)
    assert workshop.warnings == ()


def test_one_participant_without_profiles_weighs_alone(tmp_path: Path) -> None:
    scenario_path = SCENARIOS / "hof-van-twente-beleid.yaml"
    scenario = service.resolved_scenario(scenario_path)
    ids = [c.id for c in scenario.criteria]
    form = returned(tmp_path, "Raad", "weging: {methode: rangorde, volgorde: [" + ", ".join(ids) + "]}\n", scenario_path)

    weighed = read_workshop(scenario_path, scenario, [form]).apply(scenario)

    assert weighed.weighting == "raad"
    assert [x.kind for x in weighed.weightings] == ["file", "participant"]
    assert weighed.active_weighting is not None
    assert weighed.active_weighting.shares == pytest.approx(w.rank_order_weights(list(range(1, len(ids) + 1))))


def test_a_participant_can_be_chosen_by_id_as_a_profile(forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    weighed = read_workshop(HAAKSBERGEN, scenario, forms).apply(scenario)

    chosen = select(weighed, "raadslid-b")

    assert chosen.weighting == "raadslid-b"
    assert sum(c.points for c in chosen.criteria) == 100


def test_the_profiles_comparison_counts_the_participants_as_stakeholders(forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    comparison = compare_profiles(read_workshop(HAAKSBERGEN, scenario, forms).apply(scenario))

    assert [r.weighting.id for r in comparison.profiles] == ["college", "raad", "ondernemingsraad", "wethouder-a",
                                                            "raadslid-b"]


def test_no_forms_leave_the_scenario_as_it_is() -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)

    assert read_workshop(HAAKSBERGEN, scenario, []).apply(scenario) is scenario


def test_the_hash_is_of_the_file_bytes() -> None:
    assert file_sha256(HAAKSBERGEN) == hashlib.sha256(HAAKSBERGEN.read_bytes()).hexdigest()


# --- the form ----------------------------------------------------------------------------


def test_the_form_asks_every_weighed_criterion_with_its_definition() -> None:
    form = weighing_form(HAAKSBERGEN, "paarsgewijs")

    assert [c.id for c in form.criteria] == [c.id for c in service.resolved_scenario(HAAKSBERGEN).criteria]
    assert form.criteria[0].description is not None  # from the criteria set
    assert form.sha256 == file_sha256(HAAKSBERGEN)
    assert (form.method, form.formula, form.left_out) == ("paarsgewijs", "roc", ())


def test_a_hard_requirement_that_weighs_nothing_is_not_asked() -> None:
    form = weighing_form(SCENARIOS / "ommen-ict.yaml")

    assert [c.id for c in form.left_out] == ["bereid"]
    assert "bereid" not in [c.id for c in form.criteria]


@pytest.mark.parametrize(("text", "method"), [("punten", "punten"), ("Points", "punten"), ("rank", "rangorde"),
                                              ("AHP", "paarsgewijs"), ("pairwise", "paarsgewijs"), ("swing", "swing")])
def test_form_methods_by_any_name(text: str, method: str) -> None:
    assert parse_form_method(text) == method


def test_an_unknown_method_or_formula_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="punten|rangorde|paarsgewijs|swing"):
        parse_form_method("topsis")
    with pytest.raises(UsageError, match="roc, rs of rr"):
        parse_formula("xyz")
    assert parse_formula(" RR ") == "rr"


# --- profiles --opslaan ----------------------------------------------------------------------


def test_saving_writes_a_new_scenario_that_gives_the_same_weights(tmp_path: Path, forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    workshop = read_workshop(HAAKSBERGEN, scenario, forms)
    target = tmp_path / "nieuw.yaml"

    assert save_profiles(HAAKSBERGEN, workshop, target) == target

    original = HAAKSBERGEN.read_text(encoding="utf-8")
    saved = target.read_text(encoding="utf-8")
    assert saved.startswith(original[: original.index("criteria:\n  - id: kwetsbaarheid")])  # every comment kept
    assert original.split("criteria:\n  - id: kwetsbaarheid")[1] in saved
    again = service.resolved_scenario(target)
    by_id = {x.id: x.shares for x in workshop.apply(scenario).weightings}
    assert {x.id: x.shares for x in again.weightings} == by_id
    raad = next(x for x in again.weightings if x.id == "wethouder-a")
    assert (raad.kind, raad.name, raad.method) == ("profile", "Wethouder A", "paarsgewijs")


def test_saving_never_writes_over_the_scenario_or_an_existing_file(tmp_path: Path, forms: list[Path]) -> None:
    scenario_path = tmp_path / "s.yaml"
    shutil.copy(HAAKSBERGEN, scenario_path)
    workshop = read_workshop(scenario_path, service.resolved_scenario(scenario_path), forms)
    existing = tmp_path / "bestaat.yaml"
    existing.write_text("iets\n", encoding="utf-8")

    with pytest.raises(ExportError):
        save_profiles(scenario_path, workshop, scenario_path, force=True)
    with pytest.raises(ExportError):
        save_profiles(scenario_path, workshop, existing)
    assert existing.read_text(encoding="utf-8") == "iets\n"
    save_profiles(scenario_path, workshop, existing, force=True)
    assert "wethouder-a:" in existing.read_text(encoding="utf-8")
    assert scenario_path.read_bytes() == HAAKSBERGEN.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestaat.yaml", "s.yaml", *sorted(f.name for f in forms)]


def test_a_criteria_set_by_path_keeps_the_new_file_in_the_scenarios_folder(tmp_path: Path) -> None:
    (tmp_path / "sets").mkdir()
    (tmp_path / "sets" / "mijn.yaml").write_text(textwrap.dedent("""\
        versie: 1
        naam: Mijn set
        criteria:
          - {id: x, schaal: oordeel}
          - {id: y, schaal: oordeel}
        """), encoding="utf-8")
    scenario_path = tmp_path / "s.yaml"
    scenario_path.write_text(textwrap.dedent("""\
        versie: 1
        titel: T
        criteriaset: sets/mijn.yaml
        gewichten: {x: 1, y: 1}
        kandidaten:
          - {id: a, scores: {x: "+", y: "0"}}
          - {id: b, scores: {x: "0", y: "+"}}
        """), encoding="utf-8")
    form = returned(tmp_path, "A", "gewichten: {x: 3, y: 1}\n", scenario_path)
    workshop = read_workshop(scenario_path, service.resolved_scenario(scenario_path), [form])
    (tmp_path / "elders").mkdir()

    with pytest.raises(UsageError, match="sets/mijn.yaml"):
        save_profiles(scenario_path, workshop, tmp_path / "elders" / "nieuw.yaml")
    save_profiles(scenario_path, workshop, tmp_path / "nieuw.yaml")
    assert [x.id for x in service.resolved_scenario(tmp_path / "nieuw.yaml").weightings] == ["bestand", "a"]


def test_saving_without_forms_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--deelnemer"):
        save_profiles(HAAKSBERGEN, Workshop((), ()), tmp_path / "nieuw.yaml")
    assert not (tmp_path / "nieuw.yaml").exists()
