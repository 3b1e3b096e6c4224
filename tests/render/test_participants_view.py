"""``profiles --deelnemer`` on the terminal and as JSON (``render/participants_view.py``)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console, RenderableType

from partnerkeuze.app import service
from partnerkeuze.app.stakeholders import compare_profiles
from partnerkeuze.app.workshop import file_sha256, read_workshop
from partnerkeuze.language import set_language
from partnerkeuze.render.decision import weighting_note
from partnerkeuze.render.participants_view import participants_document, participants_view, ranking_rows

SCENARIOS = Path(__file__).parents[2] / "scenarios"
BELEID = SCENARIOS / "hof-van-twente-beleid.yaml"  # no profiles of its own
HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"


def text_of(renderable: RenderableType, width: int = 120) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def forms(folder: Path, scenario: Path, orders: dict[str, str]) -> list[Path]:
    paths = []
    for name, order in orders.items():
        path = folder / f"{name}.yaml"
        path.write_text(f'versie: 1\nscenario: "{file_sha256(scenario)}"\ndeelnemer: "{name}"\n'
                        f"weging: {{methode: rangorde, volgorde: [{order}]}}\n", encoding="utf-8")
        paths.append(path)
    return paths


def session(tmp_path: Path, scenario: Path = BELEID):  # type: ignore[no-untyped-def]
    resolved = service.resolved_scenario(scenario)
    ids = [c.id for c in resolved.criteria]
    orders = {"Wethouder A": ", ".join(ids), "Raadslid B": ", ".join(reversed(ids)), "OR": ", ".join(ids[1:] + ids[:1])}
    workshop = read_workshop(scenario, resolved, forms(tmp_path, scenario, orders))
    return workshop, workshop.apply(resolved)


def test_each_participant_by_name_with_first_choice_and_ranks(tmp_path: Path) -> None:
    workshop, scenario = session(tmp_path)
    comparison = compare_profiles(scenario)

    shown = text_of(participants_view(comparison, workshop.participants))

    assert "Ingevulde weegformulieren van 3 deelnemers: Wethouder A.yaml, Raadslid B.yaml en OR.yaml." in shown
    assert "Gewichten per deelnemer" in shown and "Rangorde per deelnemer (rang en punten)" in shown
    lines = text_of(ranking_rows(comparison), width=400).splitlines()
    rows = [line for line in lines if line.startswith("│") and line.split("│")[1].strip()]
    assert [row.split("│")[1].strip() for row in rows] == ["bestand", "Wethouder A", "Raadslid B", "OR",
                                                            "groep (deelnemers)"]
    group = next(r for r in comparison.rankings if r.weighting.kind == "group")
    assert rows[-1].split("│")[2].strip() == group.ranking.winners[0].name
    assert "Het groepsgemiddelde van de deelnemers: het gemiddelde van de genormaliseerde gewichten van Wethouder A, " \
           "Raadslid B en OR, elke deelnemer één stem" in " ".join(shown.split())
    assert "groep (deelnemers)" in text_of(participants_view(comparison, workshop.participants), width=400)


def test_the_files_profiles_stand_beside_the_participants_group_and_say_so(tmp_path: Path) -> None:
    workshop, scenario = session(tmp_path, HAAKSBERGEN)
    comparison = compare_profiles(scenario)

    shown = " ".join(text_of(participants_view(comparison, workshop.participants), width=400).split())

    assert "De profielen van het bestand (college, raad en ondernemingsraad) staan ernaast, maar tellen in deze " \
           "groep niet mee." in shown
    assert "│ college │" in shown
    assert "│ groep (deelnemers) │" in shown
    set_language("en")
    english = " ".join(text_of(participants_view(compare_profiles(scenario), workshop.participants), width=400).split())
    assert "The participants' group mean: the mean of the normalised weights of Wethouder A, Raadslid B and OR, " \
           "each participant one voice" in english


def test_the_note_names_the_participants_unless_public(tmp_path: Path) -> None:
    _, scenario = session(tmp_path)

    assert weighting_note(scenario) == "Gewichten van 3 deelnemers, groepsgemiddelde: Wethouder A, Raadslid B en OR."
    assert weighting_note(scenario, openbaar=True) == "Gewichten van 3 deelnemers, groepsgemiddelde."
    set_language("en")
    assert weighting_note(scenario) == "Weights of 3 participants, group mean: Wethouder A, Raadslid B and OR."


def test_one_participant_in_public_is_not_named(tmp_path: Path) -> None:
    from partnerkeuze.scenario.resolved import select  # noqa: PLC0415

    _, scenario = session(tmp_path)
    chosen = select(scenario, "wethouder-a")

    assert weighting_note(chosen) == "Gewichten: deelnemer Wethouder A (rangorde, ROC)."
    assert weighting_note(chosen, openbaar=True) == "Gewichten van 1 deelnemer (rangorde, ROC)."


def test_the_json_lists_who_and_from_which_file(tmp_path: Path) -> None:
    workshop, _ = session(tmp_path)

    document = participants_document(workshop.participants)

    assert [(p["id"], p["name"], Path(p["file"]).name, p["method"], p["same_scenario"]) for p in document] == [
        ("wethouder-a", "Wethouder A", "Wethouder A.yaml", "rangorde", True),
        ("raadslid-b", "Raadslid B", "Raadslid B.yaml", "rangorde", True),
        ("or", "OR", "OR.yaml", "rangorde", True)]
    assert document[0]["scenario_sha256"] == file_sha256(BELEID)
    assert document[0]["sha256"] == file_sha256(tmp_path / "Wethouder A.yaml")
