"""``partnerkeuze init``: a new scenario that validates and ranks at once (``scaffold.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from partnerkeuze.app import service
from partnerkeuze.app.scaffold import (
    StarterOptions,
    candidate_list,
    scenario_text,
    slug,
    write_scenario,
)
from partnerkeuze.cli import app
from partnerkeuze.errors import EXIT_OUTPUT, EXIT_USAGE, ExportError, UsageError
from partnerkeuze.language import set_language
from partnerkeuze.scenario import criteriasets


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200", "PARTNERKEUZE_LANG": None, "NO_COLOR": None})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hengelo", "hengelo"),
        ("Gemeente Hengelo (Ov.)", "gemeente_hengelo_ov"),
        ("Zelf doen", "zelf_doen"),
        ("Continuïteit & zo", "continuiteit_zo"),
        ("  ---  ", ""),
        ("x" * 80, "x" * 64),
    ],
)
def test_slug_makes_a_valid_id(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_default_candidates_and_doing_it_yourself() -> None:
    assert candidate_list(StarterOptions()) == [
        ("kandidaat_a", "Kandidaat A", False),
        ("kandidaat_b", "Kandidaat B", False),
        ("zelf_doen", "Zelf doen", True),
    ]


def test_zelf_doen_given_by_the_user_is_not_added_twice() -> None:
    listed = candidate_list(StarterOptions(candidates=("zelf doen", "Hengelo", "Hengelo", "Zelf Doen", "?!")))

    assert listed == [
        ("zelf_doen", "zelf doen", True),  # the one status quo (status_quo: true)
        ("hengelo", "Hengelo", False),
        ("hengelo_2", "Hengelo", False),
        ("kandidaat_5", "?!", False),
    ]


@pytest.mark.parametrize("set_name", criteriasets.builtin_names())
def test_every_built_in_set_gives_a_scenario_that_ranks(tmp_path: Path, set_name: str) -> None:
    path = tmp_path / "nieuw.yaml"
    write_scenario(path, StarterOptions(criteria_set=set_name, candidates=("Hengelo", "Enschede")))

    _, scenario = service.open_scenario(path)
    ranking = service.rank(scenario)

    assert [c.name for c in scenario.candidates] == ["Hengelo", "Enschede", "Zelf doen"]
    assert [c.status_quo for c in scenario.candidates] == [False, False, True]
    assert len({c.points for c in scenario.criteria}) == 1  # equal weights
    assert all(score.rationale == "nog invullen" for c in scenario.candidates for score in c.scores)
    assert len(ranking.winners) == 3  # nothing filled in yet: all tie
    text = path.read_text(encoding="utf-8")
    assert f"partnerkeuze criteria {set_name}" in text
    assert "Zet labels altijd tussen aanhalingstekens" in text


def test_numbers_get_a_range_and_a_placeholder_within_it(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions(criteria_set="haaksbergen"))
    _, scenario = service.open_scenario(path)

    costs = [c for c in scenario.criteria if c.unit == "EUR"]
    assert [c.id for c in costs] == ["kosten_structureel", "kosten_incidenteel"]
    assert all((c.low, c.high, c.fixed_range) == (0, 1_000_000, True) for c in costs)
    assert {cand.scores[1].label for cand in scenario.candidates} == {"0"}  # the middle of oordeel
    assert "waarde: 500000  # nog invullen: een getal binnen het bereik" in path.read_text(encoding="utf-8")


def test_the_file_is_commented_in_the_chosen_language(tmp_path: Path) -> None:
    set_language("en")
    path = tmp_path / "new.yaml"
    write_scenario(path, StarterOptions(criteria_set="drie-k"))

    text = path.read_text(encoding="utf-8")
    assert "# Version of the file format; leave it at 1." in text
    assert 'naam: "Do it ourselves"' in text
    assert 'onderbouwing: "to be filled in"' in text
    assert "partnerkeuze validate new.yaml" in text
    service.open_scenario(path)


def test_title_and_organisation_survive_any_characters(tmp_path: Path) -> None:
    title = 'ICT: "samen" of #alleen? — \u2018t Hof'
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions(title=title, organisation="Hof van Twente"))

    _, scenario = service.open_scenario(path)
    assert scenario.title == title
    assert scenario.organisation == "Hof van Twente"


def test_without_organisation_the_key_is_a_comment(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions())

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "organisatie" not in data
    assert "# organisatie:" in path.read_text(encoding="utf-8")


def test_a_set_by_path_is_referred_to_relative_to_the_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sets").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "sets" / "eigen.yaml").write_text(
        "versie: 1\nnaam: Eigen set\nschalen: {drie: {laag: 1, midden: 2, hoog: 3}}\ncriteria:\n"
        "  - {id: fit, schaal: drie}\n"
        "  - {id: prijs, richting: min, bereik: [10, 30]}\n"
        "  - {id: vast, schaal: janee, gewicht: 5}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "out" / "s.yaml"
    write_scenario(path, StarterOptions(criteria_set="sets/eigen.yaml"))

    text = path.read_text(encoding="utf-8")
    assert 'criteriaset: "../sets/eigen.yaml"' in text
    data = yaml.safe_load(text)
    assert "criteria" not in data  # prijs has its own range
    assert data["gewichten"] == {"fit": 10, "prijs": 10}  # the set weighs 'vast' itself
    _, scenario = service.open_scenario(path)
    prices = [c.scores[1].raw for c in scenario.candidates]
    assert prices == [20, 20, 20]
    assert {c.scores[0].label for c in scenario.candidates} == {"midden"}
    assert {c.scores[2].label for c in scenario.candidates} == {"ja"}


def test_zelf_doen_named_by_the_user_is_the_status_quo(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions(candidates=("Zelf doen", "Hengelo")))

    _, scenario = service.open_scenario(path)
    assert [(c.id, c.status_quo) for c in scenario.candidates] == [("zelf_doen", True), ("hengelo", False)]
    assert path.read_text(encoding="utf-8").count("status_quo: true") == 1


def test_an_unknown_set_is_refused_before_writing(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    with pytest.raises(UsageError, match="criteriaset 'geen' bestaat niet"):
        write_scenario(path, StarterOptions(criteria_set="geen"))
    assert not path.exists()


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("mijn werk", encoding="utf-8")

    with pytest.raises(ExportError, match="bestaat al"):
        write_scenario(path, StarterOptions())
    assert path.read_text(encoding="utf-8") == "mijn werk"

    write_scenario(path, StarterOptions(), force=True)
    assert path.read_text(encoding="utf-8").startswith("# Keuze van een samenwerkingspartner")


def test_scenario_text_does_not_write(tmp_path: Path) -> None:
    text = scenario_text(StarterOptions(candidates=("Borne",)), tmp_path / "s.yaml")

    assert 'naam: "Borne"' in text
    assert list(tmp_path.iterdir()) == []


# --- the command line -----------------------------------------------------------------


def test_cli_init_with_options(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"
    result = runner.invoke(app, ["init", str(path), "--criteriaset", "vier-k", "-k", "Borne", "--kandidaat", "Hengelo",
                                 "--titel", "ICT", "--organisatie", "Hof van Twente"])

    assert result.exit_code == 0, result.output
    assert "Geschreven:" in result.stderr
    assert "(3 kandidaten, criteriaset vier-k)" in result.stderr
    _, scenario = service.open_scenario(path)
    assert [c.id for c in scenario.candidates] == ["borne", "hengelo", "zelf_doen"]


def test_cli_init_asks_on_a_terminal(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("partnerkeuze.cli.files._stdin_is_terminal", lambda: True)
    path = tmp_path / "nieuw.yaml"

    result = runner.invoke(app, ["init", str(path)], input="Partner voor P&O\nBorne\nhaaksbergen\nHengelo, Enschede\n")

    assert result.exit_code == 0, result.output
    assert "Titel van de afweging" in result.stdout
    assert "Criteriaset (drie-k, haaksbergen, samenwerkingsvorm, vier-k)" in result.stdout
    _, scenario = service.open_scenario(path)
    assert scenario.title == "Partner voor P&O"
    assert scenario.organisation == "Borne"
    assert [c.name for c in scenario.candidates] == ["Hengelo", "Enschede", "Zelf doen"]
    assert len(scenario.criteria) == 6


def test_cli_init_does_not_ask_without_a_terminal(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"

    result = runner.invoke(app, ["init", str(path)], input="")

    assert result.exit_code == 0, result.output
    assert "Titel" not in result.stdout
    _, scenario = service.open_scenario(path)
    assert [c.name for c in scenario.candidates] == ["Kandidaat A", "Kandidaat B", "Zelf doen"]


def test_cli_init_refuses_an_existing_file_before_asking(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("partnerkeuze.cli.files._stdin_is_terminal", lambda: True)
    path = tmp_path / "nieuw.yaml"
    path.write_text("oud", encoding="utf-8")

    result = runner.invoke(app, ["init", str(path)])

    assert result.exit_code == EXIT_OUTPUT
    assert "bestaat al; gebruik --force" in result.stderr
    assert "Titel" not in result.stdout


def test_cli_init_unknown_set(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "s.yaml"), "--criteriaset", "geen"])

    assert result.exit_code == EXIT_USAGE
    assert "bestaat niet" in result.stderr


def test_from_init_to_an_exported_memo_table(runner: CliRunner, tmp_path: Path) -> None:
    """The issue's definition of done: a new user goes from ``init`` to an exported memo table."""
    scenario = tmp_path / "nieuw.yaml"
    memo = tmp_path / "nieuw.md"

    created = runner.invoke(app, ["init", str(scenario), "--criteriaset", "drie-k", "--kandidaat", "Hengelo",
                                  "--kandidaat", "Enschede"])
    validated = runner.invoke(app, ["validate", str(scenario)])
    ranked = runner.invoke(app, ["rank", str(scenario), "--json"])
    exported = runner.invoke(app, ["export", str(scenario), "-o", str(memo), "--samples", "200"])

    assert created.exit_code == validated.exit_code == ranked.exit_code == exported.exit_code == 0, exported.output
    assert "is geldig: 3 kandidaten, 3 criteria" in validated.stdout
    assert [entry["name"] for entry in json.loads(ranked.stdout)["ranking"]] == ["Hengelo", "Enschede", "Zelf doen"]
    table = memo.read_text(encoding="utf-8")
    assert "| Criterium | Gewicht | Hengelo ★ | Enschede ★ | Zelf doen ★ |" in table
    assert "nog invullen" in table


def test_the_commented_value_function_works_once_it_replaces_the_range(tmp_path: Path) -> None:
    """init shows a value function beside each range; uncommented instead of the range it validates and ranks."""
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions(criteria_set="haaksbergen"))
    text = path.read_text(encoding="utf-8")
    assert "    # waardefunctie: [[0, 100], [500000, 60], [1000000, 0]]" in text
    assert 'waardefunctie: {"--": 0, "-": 15, "0": 45, "+": 80, "++": 100}' in text

    path.write_text(text.replace("    bereik: [0, 1000000]\n    # waardefunctie:", "    waardefunctie:"),
                    encoding="utf-8")
    _, scenario = service.open_scenario(path)

    costs = [c for c in scenario.criteria if c.unit == "EUR"]
    assert all(c.value_function is not None and c.value_function.points[1] == (500_000, 60) for c in costs)
    assert service.rank(scenario).order[0].values[4] == pytest.approx(0.6)  # 500.000 is worth 60


def test_a_set_with_a_value_function_gets_no_range_and_a_placeholder_inside_it(tmp_path: Path) -> None:
    (tmp_path / "set.yaml").write_text(
        "versie: 1\nnaam: Set\ncriteria:\n  - id: kosten\n    naam: Kosten\n    eenheid: EUR\n"
        "    waardefunctie: [[100000, 100], [300000, 0]]\n", encoding="utf-8")
    path = tmp_path / "s.yaml"
    write_scenario(path, StarterOptions(criteria_set=str(tmp_path / "set.yaml")))
    text = path.read_text(encoding="utf-8")

    assert "bereik:" not in text
    assert "kosten: Kosten (waardefunctie, een getal in EUR)" in text
    _, scenario = service.open_scenario(path)
    assert scenario.candidates[0].scores[0].raw == 200_000
