"""The weighing session: the form's content, the returned forms beside the profiles, --opslaan."""

from __future__ import annotations

import dataclasses
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
from partnerkeuze.errors import ExportError, ScenarioInvalid, UsageError
from partnerkeuze.scenario.resolved import select

SCENARIOS = Path(__file__).parents[2] / "scenarios"
HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"


def returned(folder: Path, name: str, body: str, scenario: Path = HAAKSBERGEN) -> Path:
    return write_form(folder / f"weging-{name.lower().replace(' ', '-')}.yaml", name, body, file_sha256(scenario))


@pytest.fixture
def forms(tmp_path: Path) -> list[Path]:
    return [returned(tmp_path, "Wethouder A", PAIRS), returned(tmp_path, "Raadslid B", POINTS)]


def test_the_participants_stand_beside_the_profiles_and_their_own_group_weighs(forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)

    workshop = read_workshop(HAAKSBERGEN, scenario, forms)
    weighed = workshop.apply(scenario)

    assert [(x.id, x.kind) for x in weighed.weightings] == [
        ("bestand", "file"), ("college", "profile"), ("raad", "profile"), ("ondernemingsraad", "profile"),
        ("wethouder-a", "participant"), ("raadslid-b", "participant"), ("groep", "group")]
    group = weighed.weightings[-1]
    # The group of a workshop is the participants, each one voice; the file's profiles are not in it.
    assert (group.members, group.group_of, group.name) == (("wethouder-a", "raadslid-b"), "participants",
                                                           "groep (deelnemers)")
    expected = w.group_weights([np.array(x.shares) for x in weighed.weightings[4:6]])
    assert group.shares == pytest.approx(expected, abs=1e-15)
    assert weighed.weighting == "groep"
    assert [c.points for c in weighed.criteria] == list(group.points)
    assert workshop.warnings == ()


def test_without_forms_the_group_is_the_files_profiles() -> None:
    group = service.resolved_scenario(HAAKSBERGEN).weightings[-1]

    assert (group.id, group.members, group.group_of, group.name) == (
        "groep", ("college", "raad", "ondernemingsraad"), "profiles", "groep")


def test_one_participant_beside_profiles_weighs_alone(tmp_path: Path) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)

    weighed = read_workshop(HAAKSBERGEN, scenario, [returned(tmp_path, "Raadslid B", POINTS)]).apply(scenario)

    assert weighed.weighting == "raadslid-b"
    assert "groep" not in [x.id for x in weighed.weightings]  # no group of one, and not the profiles' group


def test_the_workshop_names_each_file_and_the_hash_of_its_bytes(forms: list[Path]) -> None:
    workshop = read_workshop(HAAKSBERGEN, service.resolved_scenario(HAAKSBERGEN), forms)

    assert workshop.file_hashes == tuple((f.name, hashlib.sha256(f.read_bytes()).hexdigest()) for f in forms)
    assert workshop.scenario_sha256 == file_sha256(HAAKSBERGEN)


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


def test_a_form_for_a_file_with_tasks_serves_every_task() -> None:
    ommen = SCENARIOS / "ommen-diensten.yaml"

    form = weighing_form(ommen, "rangorde")
    one = weighing_form(ommen, "rangorde", task="belastingen")

    assert form.tasks == ("ICT", "Gegevensbeheer en archief", "Financiële administratie", "Belastingen",
                          "Administratie zorg en ondersteuning", "Werk in het openbaar gebied")
    assert [c.id for c in form.criteria] == ["kwaliteit", "kosten", "overgang", "regie", "nabijheid"]
    assert [c.id for c in form.left_out] == ["aanbod"]  # a hard requirement no task weighs
    assert (one.tasks, [c.id for c in one.criteria]) == ((), [c.id for c in form.criteria])


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

    saved = save_profiles(HAAKSBERGEN, workshop, target)

    assert (saved.path, saved.count, saved.group) == (target, 2, ("wethouder-a", "raadslid-b"))
    assert saved.others == ("college", "raad", "ondernemingsraad")
    assert saved.default is not None
    assert saved.default.kind == "file"  # the original's own weights
    original = HAAKSBERGEN.read_text(encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    assert text.startswith(original[: original.index("criteria:\n  - id: kwetsbaarheid")])  # every comment kept
    assert original.split("criteria:\n  - id: kwetsbaarheid")[1] in text
    # The original has profiles: 'groep:' keeps them out of the new file's group, as --deelnemer did.
    assert text.endswith("groep: [wethouder-a, raadslid-b]\n")
    again = service.resolved_scenario(target)
    by_id = {x.id: x.shares for x in workshop.apply(scenario).weightings}
    assert {x.id: x.shares for x in again.weightings} == by_id
    raad = next(x for x in again.weightings if x.id == "wethouder-a")
    assert (raad.kind, raad.name, raad.method) == ("profile", "Wethouder A", "paarsgewijs")
    group = select(workshop.apply(scenario), "groep")
    assert [c.points for c in select(again, "groep").criteria] == [c.points for c in group.criteria]


def test_saving_one_participant_beside_profiles_makes_them_the_group(tmp_path: Path) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    workshop = read_workshop(HAAKSBERGEN, scenario, [returned(tmp_path, "Raadslid B", POINTS)])

    saved = save_profiles(HAAKSBERGEN, workshop, tmp_path / "nieuw.yaml")

    assert saved.group == ("raadslid-b",)
    again = service.resolved_scenario(saved.path)
    shares = {x.id: x.shares for x in again.weightings}
    assert shares["groep"] == pytest.approx(workshop.participants[0].weighting.shares, abs=1e-15)


def test_saving_beside_no_profiles_writes_no_group_key(tmp_path: Path) -> None:
    scenario_path = SCENARIOS / "hof-van-twente-beleid.yaml"
    scenario = service.resolved_scenario(scenario_path)
    ids = [c.id for c in scenario.criteria]
    forms = [returned(tmp_path, name, "weging: {methode: rangorde, volgorde: [" + ", ".join(order) + "]}\n",
                      scenario_path) for name, order in (("A", ids), ("B", ids[::-1]))]
    workshop = read_workshop(scenario_path, scenario, forms)

    saved = save_profiles(scenario_path, workshop, tmp_path / "nieuw.yaml")

    assert (saved.group, saved.others) == ((), ())  # the new file's group is all its profiles: the participants
    assert "groep:" not in saved.path.read_text(encoding="utf-8")
    again = {x.id: x.shares for x in service.resolved_scenario(saved.path).weightings}
    assert again["groep"] == {x.id: x.shares for x in workshop.apply(scenario).weightings}["groep"]


def test_saving_replaces_a_group_key_and_keeps_the_default_profile(tmp_path: Path) -> None:
    scenario_path = tmp_path / "s.yaml"
    scenario_path.write_text(textwrap.dedent("""\
        versie: 1
        titel: T
        criteria:
          - {id: x, schaal: oordeel}
          - {id: y, schaal: oordeel}
        kandidaten:
          - {id: a, scores: {x: "+", y: "0"}}
          - {id: b, scores: {x: "0", y: "+"}}
        standaardprofiel: p2
        groep:
          - p1
          - p2
        profielen:
          p1: {gewichten: {x: 1, y: 0}}
          p2: {gewichten: {x: 0, y: 1}}
          p3: {gewichten: {x: 1, y: 1}}
        """), encoding="utf-8")
    scenario = service.resolved_scenario(scenario_path)
    assert scenario.weighting == "p2"
    assert next(x for x in scenario.weightings if x.id == "groep").members == ("p1", "p2")
    forms = [returned(tmp_path, name, body, scenario_path) for name, body in (("A", "gewichten: {x: 3, y: 1}\n"),
                                                                              ("B", "gewichten: {x: 1, y: 1}\n"))]
    workshop = read_workshop(scenario_path, scenario, forms)

    saved = save_profiles(scenario_path, workshop, tmp_path / "nieuw.yaml")

    assert saved.default is not None
    assert saved.default.id == "p2"
    written = saved.path.read_text(encoding="utf-8")
    assert "groep:\n  [a, b]\nprofielen:" in written
    again = service.resolved_scenario(saved.path)
    group = next(x for x in again.weightings if x.id == "groep")
    assert group.members == ("a", "b")
    assert group.shares == pytest.approx((0.625, 0.375), abs=1e-15)


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


def test_saving_never_writes_over_a_returned_form_even_with_force(tmp_path: Path, forms: list[Path]) -> None:
    workshop = read_workshop(HAAKSBERGEN, service.resolved_scenario(HAAKSBERGEN), forms)
    before = forms[0].read_bytes()

    with pytest.raises(ExportError, match="is een van de bestanden die dit commando leest"):
        save_profiles(HAAKSBERGEN, workshop, forms[0], force=True)
    assert forms[0].read_bytes() == before


def test_saving_into_a_folder_one_may_not_write_in_is_an_export_error(
    tmp_path: Path, forms: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As write_atomic says it (exit code 4), not a PermissionError traceback."""
    workshop = read_workshop(HAAKSBERGEN, service.resolved_scenario(HAAKSBERGEN), forms)

    def refused(**_: object) -> tuple[int, str]:  # what mkstemp does in a read-only folder (root may write anyway)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("partnerkeuze.app.workshop.tempfile.mkstemp", refused)
    with pytest.raises(ExportError, match="kan niet worden geschreven"):
        save_profiles(HAAKSBERGEN, workshop, tmp_path / "nieuw.yaml")
    assert not (tmp_path / "nieuw.yaml").exists()


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


# --- a portfolio: the same forms against every task ----------------------------------------------


def test_the_forms_are_checked_again_against_a_task_with_other_criteria(forms: list[Path]) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    workshop = read_workshop(HAAKSBERGEN, scenario, forms)
    gone = next(c for c in scenario.criteria if c.id == "kosten_incidenteel")  # both forms give it 0
    task = dataclasses.replace(scenario, criteria=tuple(c for c in scenario.criteria if c is not gone),
                               dropped=(*scenario.dropped, gone))

    assert workshop.against(scenario) is workshop
    again = workshop.against(task)
    weighed = workshop.apply(task)

    assert [p.id for p in again.participants] == ["wethouder-a", "raadslid-b"]
    assert again.participants[0].weighting.criteria == tuple(c.id for c in task.criteria)
    before = dict(zip(workshop.participants[1].weighting.criteria, workshop.participants[1].weighting.shares,
                      strict=True))
    after = dict(zip(again.participants[1].weighting.criteria, again.participants[1].weighting.shares, strict=True))
    assert after == pytest.approx({k: v for k, v in before.items() if k != gone.id}, abs=1e-15)
    assert weighed.weighting == "groep"
    assert weighed.active_weighting is not None
    assert len(weighed.active_weighting.points) == len(task.criteria)


def test_a_form_that_weighs_a_criterion_a_task_drops_is_a_located_error(tmp_path: Path) -> None:
    scenario = service.resolved_scenario(HAAKSBERGEN)
    form = returned(tmp_path, "Raadslid B", POINTS.replace("kosten_incidenteel: 0", "kosten_incidenteel: 5"))
    workshop = read_workshop(HAAKSBERGEN, scenario, [form])
    gone = next(c for c in scenario.criteria if c.id == "kosten_incidenteel")
    task = dataclasses.replace(scenario, criteria=tuple(c for c in scenario.criteria if c is not gone),
                               dropped=(*scenario.dropped, gone))

    with pytest.raises(ScenarioInvalid) as info:
        workshop.apply(task)

    assert str(info.value.issues[0].location.path) == str(form)
    assert "'kosten_incidenteel' weegt in dit scenario niet mee" in info.value.issues[0].message
