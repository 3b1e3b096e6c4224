"""Returned weighing forms: read, checked against a scenario's criteria, derived as profiles are."""

from __future__ import annotations

import hashlib
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from returnedforms import write_form

from partnerkeuze.core import weighting as w
from partnerkeuze.errors import EXIT_INVALID, EXIT_UNREADABLE, ScenarioInvalid, UsageError
from partnerkeuze.language import set_language
from partnerkeuze.scenario.participants import identifier, participant_files, read_participants

CRITERIA = ["kwaliteit", "kosten", "nabijheid"]
SHA = hashlib.sha256(b"the scenario").hexdigest()
OTHER = hashlib.sha256(b"an older scenario").hexdigest()


def form(folder: Path, name: str, body: str, *, sha: str = SHA, who: str | None = None) -> Path:
    """A returned form: the header the form writes, then ``body`` (dedented)."""
    return write_form(folder / name, who if who is not None else name.removesuffix(".yaml"), textwrap.dedent(body), sha)


def read(*paths: Path, knockouts: tuple[str, ...] = (), taken: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return read_participants(list(paths), CRITERIA, CRITERIA, knockouts, SHA, taken)


def messages(exc: pytest.ExceptionInfo[ScenarioInvalid]) -> list[str]:
    return [str(issue) for issue in exc.value.issues]


def test_points_give_their_shares(tmp_path: Path) -> None:
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 20, kosten: 30, nabijheid: 0}\n", who="Wethouder A")

    (found,), warnings = read(path)

    assert (found.id, found.name, found.path, found.same_scenario) == ("wethouder-a", "Wethouder A", path, True)
    assert found.weighting.kind == "participant"
    assert found.weighting.method == "punten"
    assert found.weighting.shares == pytest.approx((0.4, 0.6, 0.0), abs=1e-15)
    assert warnings == []


def test_every_method_gives_what_the_weighting_rules_give(tmp_path: Path) -> None:
    rank = form(tmp_path, "rank.yaml", "weging: {methode: rangorde, volgorde: [kosten, [kwaliteit, nabijheid]], formule: rr}\n")
    pairs = form(tmp_path, "pairs.yaml", """\
        weging:
          methode: paarsgewijs
          vergelijkingen:
            - [kwaliteit, kosten, 3]
            - [kwaliteit, nabijheid, 1/5]
            - [kosten, nabijheid, 1/2]
        """)
    swing = form(tmp_path, "swing.yaml", "weging: {methode: swing, swing: {kwaliteit: 100, kosten: 40, nabijheid: 0}}\n")

    found, _ = read(rank, pairs, swing)

    shares = {p.id: np.array(p.weighting.shares) for p in found}
    roc = w.rank_order_weights([2, 1, 2], "rr")
    assert shares["rank"] == pytest.approx(roc, abs=1e-15)
    ahp = w.pairwise_weights(3, {(0, 1): 3.0, (0, 2): 1 / 5, (1, 2): 1 / 2})
    assert shares["pairs"] == pytest.approx(ahp.weights, abs=1e-15)
    assert found[1].weighting.pairwise is not None
    assert found[1].weighting.pairwise.cr == pytest.approx(ahp.cr, abs=1e-15)
    assert shares["swing"] == pytest.approx([100 / 140, 40 / 140, 0], abs=1e-15)


def test_a_hard_requirement_may_be_left_out_as_in_a_profile(tmp_path: Path) -> None:
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 1, kosten: 1}\n")

    (found,), _ = read(path, knockouts=("nabijheid",))

    assert found.weighting.shares == pytest.approx((0.5, 0.5, 0.0))


# --- a bad returned form: each problem located in the form, in Dutch ---------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("gewichten: {kwaliteit: 20, kosten: 30, nabijhied: 5}\n",
         ["4:1: a gaf geen gewicht voor: nabijheid",
          "4:40: onbekend criterium 'nabijhied' (bedoelt u 'nabijheid'?)"]),
        ("gewichten: {kwaliteit: 20, kosten: 30}\n", ["4:1: a gaf geen gewicht voor: nabijheid"]),
        ("", ["1:1: het formulier van a heeft geen gewichten: verwacht 'gewichten:' of 'weging:' (één van beide)"]),
        ("gewichten: {kwaliteit: 20, kosten: -30, nabijheid: 5}\n", ["4:36: 'kosten' moet 0 of groter zijn (gekregen: -30)"]),
        ("gewichten: {kwaliteit: 20, kosten: veel, nabijheid: 5}\n",
         ["4:36: 'kosten' moet een getal zijn (gekregen: 'veel'); schrijf getallen zonder punten, spaties of "
          "euroteken, bijvoorbeeld 1200000"]),
        ("gewichten: {kwaliteit: 0, kosten: 0, nabijheid: 0}\n",
         ["4:1: a: alle gewichten zijn 0; minstens één criterium moet een gewicht hebben"]),
        ("gewichten: {kwaliteit: 20, kosten: [30, nabijheid: 5}\n",
         ["4:53: ongeldige YAML: een lijst of mapping wordt niet afgesloten; ontbreekt er een ']' (of een komma)?"]),
        ("weging: {methode: rangorde, volgorde: [kosten, kwaliteit]}\n",
         ["4:29: de volgorde mist: nabijheid; zet elk criterium op een plaats, of onder 'weegt_niet' als het hier "
          "niet meetelt"]),
        ("toelichting: vergeten\ngewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n",
         ["4:1: onbekende sleutel 'toelichting' (die sleutel bestaat wel, maar hoort op een andere plek; zie de "
          "README of partnerkeuze init)"]),
        ("weging: {methode: rangorde, volgorde: [kwaliteit, kosten, nabijheid], swing: {kwaliteit: 100}}\n",
         ["4:71: 'swing' hoort niet bij methode rangorde"]),
    ],
    ids=["unknown-criterion", "missing-weight", "no-weights", "negative", "text", "all-zero", "not-yaml",
         "rank-incomplete", "unknown-key", "key-of-another-method"],
)
def test_a_bad_form_gets_a_located_dutch_message(tmp_path: Path, body: str, expected: list[str]) -> None:
    path = form(tmp_path, "a.yaml", body)

    with pytest.raises(ScenarioInvalid) as exc:
        read(path)

    assert messages(exc) == [f"{path}:{line}" for line in expected]
    assert exc.value.exit_code == EXIT_INVALID


def test_a_scenario_passed_as_a_form_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "scenario.yaml"
    path.write_text("versie: 1\ntitel: X\ncriteria: []\nkandidaten: []\n", encoding="utf-8")

    with pytest.raises(ScenarioInvalid) as exc:
        read(path)

    assert messages(exc) == [f"{path}:1:1: dit is een scenario, geen ingevuld weegformulier (weging-NAAM.yaml uit "
                             "het formulier van 'partnerkeuze form')"]


def test_a_malformed_hash_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n", sha="abc")

    with pytest.raises(ScenarioInvalid) as exc:
        read(path)

    assert messages(exc) == [f"{path}:2:11: 'scenario' moet de SHA-256 van het scenariobestand zijn (64 tekens 0-9 "
                             "en a-f), zoals het formulier hem invult"]


def test_a_form_of_another_version_counts_with_a_warning_when_its_criteria_fit(tmp_path: Path) -> None:
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 2}\n", sha=OTHER)

    (found,), warnings = read(path)

    assert not found.same_scenario
    assert found.scenario_sha256 == OTHER
    assert [str(x) for x in warnings] == [
        f"{path}:2:11: let op: dit formulier is gemaakt bij een andere versie van het scenario (SHA-256 "
        f"{OTHER[:12]}…; het scenario nu: {SHA[:12]}…); het telt mee, want de criteria passen nog"]


def test_a_form_of_another_version_whose_criteria_do_not_fit_is_refused_and_says_why(tmp_path: Path) -> None:
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 1, prijs: 1, nabijheid: 2}\n", sha=OTHER)

    with pytest.raises(ScenarioInvalid) as exc:
        read(path)

    assert messages(exc) == [
        f"{path}:2:11: dit formulier is gemaakt bij een andere versie van het scenario (SHA-256 {OTHER[:12]}…; "
        f"het scenario nu: {SHA[:12]}…)",
        f"{path}:4:1: a gaf geen gewicht voor: kosten",
        f"{path}:4:27: onbekend criterium 'prijs'",
    ]


def test_every_problem_of_every_file_at_once_in_file_order(tmp_path: Path) -> None:
    good = form(tmp_path, "good.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n")
    bad = form(tmp_path, "bad.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: -1}\n")
    worse = tmp_path / "worse.yaml"
    worse.write_text("versie: 1\n  deelnemer: [\n", encoding="utf-8")
    missing = tmp_path / "gone.yaml"

    with pytest.raises(ScenarioInvalid) as exc:
        read(worse, good, bad, missing)

    paths = [issue.location.path for issue in exc.value.issues]
    assert paths == [worse, bad, missing]
    assert exc.value.exit_code == EXIT_UNREADABLE  # a file that is not there


def test_the_same_name_twice_is_two_participants_with_a_note(tmp_path: Path) -> None:
    a = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n", who="Raadslid")
    b = form(tmp_path, "b.yaml", "gewichten: {kwaliteit: 3, kosten: 1, nabijheid: 1}\n", who="raadslid")

    found, warnings = read(a, b, taken=("raadslid-2",))

    assert [p.id for p in found] == ["raadslid", "raadslid-3"]
    assert [str(x) for x in warnings] == [
        f"{a}:3:12: let op: deelnemer 'Raadslid' staat in 2 bestanden (a.yaml en b.yaml); elk bestand telt als "
        "een eigen deelnemer"]


def test_the_same_name_in_two_folders_names_each_files_folder(tmp_path: Path) -> None:
    """Two rounds, each with a weging-raadslid.yaml: 'weging-raadslid.yaml en weging-raadslid.yaml' says nothing."""
    (tmp_path / "ronde1").mkdir()
    (tmp_path / "ronde2").mkdir()
    a = form(tmp_path / "ronde1", "weging-raadslid.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n",
             who="Raadslid")
    b = form(tmp_path / "ronde2", "weging-raadslid.yaml", "gewichten: {kwaliteit: 3, kosten: 1, nabijheid: 1}\n",
             who="Raadslid")

    _, warnings = read(a, b)

    assert f"staat in 2 bestanden ({a} en {b})" in str(warnings[0])


def test_a_participant_never_takes_the_id_of_a_profile_or_a_reserved_name(tmp_path: Path) -> None:
    paths = [form(tmp_path, f"{n}.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1}\n", who=n)
             for n in ("Raad", "Groep", "bestand")]

    found, _ = read(*paths, taken=("raad",))

    assert [p.id for p in found] == ["raad-2", "groep-2", "bestand-2"]


def test_messages_in_english(tmp_path: Path) -> None:
    set_language("en")
    path = form(tmp_path, "a.yaml", "gewichten: {kwaliteit: 20, kosten: 30}\n")

    with pytest.raises(ScenarioInvalid) as exc:
        read(path)

    assert messages(exc) == [f"{path}:4:1: a gave no weight for: nabijheid"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Wethouder A", "wethouder-a"), ("Jiří \"J\" O'Neil: raad", "jiri-j-o-neil-raad"), ("李", "deelnemer"),
     ("  --  ", "deelnemer"), ("x" * 50, "x" * 40)],
)
def test_identifier(name: str, expected: str) -> None:
    assert identifier(name) == expected


# --- which files ---------------------------------------------------------------------------


def test_a_folder_gives_its_yaml_files_but_never_the_scenario(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text("versie: 1\n", encoding="utf-8")
    b, a = tmp_path / "weging-b.yml", tmp_path / "weging-a.yaml"
    for path in (a, b, tmp_path / "notes.txt"):
        path.write_text("x", encoding="utf-8")

    assert participant_files([tmp_path, a], scenario) == [a, b]


def test_a_glob_gives_its_matches(tmp_path: Path) -> None:
    a, b = tmp_path / "weging-a.yaml", tmp_path / "weging-b.yaml"
    for path in (a, b, tmp_path / "other.yaml"):
        path.write_text("x", encoding="utf-8")

    assert participant_files([tmp_path / "weging-*.yaml"], tmp_path / "scenario.yaml") == [a, b]


@pytest.mark.parametrize("item", ["empty", "weging-*.yaml"])
def test_a_folder_or_glob_without_forms_is_a_usage_error(tmp_path: Path, item: str) -> None:
    (tmp_path / "empty").mkdir()

    with pytest.raises(UsageError, match="--deelnemer"):
        participant_files([tmp_path / item], tmp_path / "scenario.yaml")


def test_a_workshop_of_twelve_forms_is_read_in_well_under_a_second(tmp_path: Path) -> None:
    bodies = [
        "gewichten: {kwaliteit: 20, kosten: 30, nabijheid: 5}\n",
        "weging: {methode: rangorde, volgorde: [kosten, [kwaliteit, nabijheid]]}\n",
        "weging: {methode: paarsgewijs, vergelijkingen: [[kwaliteit, kosten, 3], [kwaliteit, nabijheid, 1/5],"
        " [kosten, nabijheid, 1/2]]}\n",
        "weging: {methode: swing, swing: {kwaliteit: 100, kosten: 40, nabijheid: 0}}\n",
    ]
    paths = [form(tmp_path, f"weging-{k}.yaml", bodies[k % 4], who=f"Deelnemer {k}") for k in range(12)]
    read(*paths)  # imports and caches warmed

    start = time.perf_counter()
    found, _ = read(*paths)
    elapsed = time.perf_counter() - start

    assert len(found) == 12
    assert elapsed < 0.25


def test_a_criterion_the_scenario_dropped_cannot_get_weight(tmp_path: Path) -> None:
    """'prijs' has no scores and weight 0 in the scenario, so it was dropped before the forms were read."""
    pairs = form(tmp_path, "a.yaml", "weging: {methode: paarsgewijs, vergelijkingen: [[kwaliteit, kosten, 3], "
                                     "[kosten, nabijheid, 2], [nabijheid, prijs, 2]]}\n")
    zero = form(tmp_path, "b.yaml", "gewichten: {kwaliteit: 1, kosten: 1, nabijheid: 1, prijs: 0}\n")

    with pytest.raises(ScenarioInvalid) as exc:
        read_participants([pairs, zero], [*CRITERIA, "prijs"], CRITERIA, (), SHA)

    assert messages(exc) == [f"{pairs}:4:1: 'prijs' weegt in dit scenario niet mee (geen kandidaat heeft er een score "
                             "voor en het gewicht is 0); laat het weg of geef het gewicht 0"]
    found, _ = read_participants([zero], [*CRITERIA, "prijs"], CRITERIA, (), SHA)
    assert found[0].weighting.criteria == tuple(CRITERIA)
