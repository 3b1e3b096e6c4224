"""Each method's checks (``methodchecks.py``): pairwise comparisons (AHP) from YAML, every bad input located.

Rank order and swing are checked in ``test_profiles.py``, beside the profiles that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.errors import Issue, ScenarioInvalid
from partnerkeuze.scenario.loading import load
from partnerkeuze.scenario.resolve import resolve
from partnerkeuze.scenario.resolved import ResolvedScenario

WriteScenario = Callable[..., Path]

# Saaty (2008) drinks as a scenario: the criteria are the drinks, the matrix his judgements.
DRINKS = """\
versie: 1
titel: Welke drank wordt het meest gedronken?
weging:
  methode: paarsgewijs
  ri_tabel: saaty2005
  matrix:
    koffie:   [1,   9, 5,   2,   1,   1,   1/2]
    wijn:     [1/9, 1, 1/3, 1/9, 1/9, 1/9, 1/9]
    thee:     [1/5, 3, 1,   1/3, 1/4, 1/3, 1/9]
    bier:     [1/2, 9, 3,   1,   1/2, 1,   1/3]
    fris:     [1,   9, 4,   2,   1,   2,   1/2]
    melk:     [1,   9, 3,   1,   1/2, 1,   1/3]
    water:    [2,   9, 9,   3,   2,   3,   1]
criteria:
  - {id: koffie}
  - {id: wijn}
  - {id: thee}
  - {id: bier}
  - {id: fris}
  - {id: melk}
  - {id: water}
kandidaten:
  - id: a
    scores: {koffie: 1, wijn: 1, thee: 1, bier: 1, fris: 1, melk: 1, water: 1}
"""

LIST = """\
versie: 1
titel: Keuze
weging:
  methode: paarsgewijs
  vergelijkingen:
    - [ict, kosten, 3]
    - [ict, vertrouwen, 2]
    - [vertrouwen, kosten, "3/2"]
criteria:
  - {id: ict, schaal: oordeel}
  - {id: vertrouwen, schaal: oordeel}
  - {id: kosten, richting: min, bereik: [0, 100]}
kandidaten:
  - id: buur
    scores: {ict: "++", vertrouwen: "0", kosten: 70}
  - id: stad
    scores: {ict: "0", vertrouwen: "++", kosten: 40}
"""


def where(text: str, fragment: str) -> int:
    assert text.count(fragment) == 1, fragment
    return text[: text.index(fragment)].count("\n") + 1


def problems(path: Path) -> list[Issue]:
    with pytest.raises(ScenarioInvalid) as info:
        load(path)
    return list(info.value.issues)


def only_problem(path: Path) -> Issue:
    found = problems(path)
    assert len(found) == 1, [str(i) for i in found]
    return found[0]


def opened(path: Path) -> ResolvedScenario:
    return resolve(load(path))


def test_saaty_drinks_matrix_from_yaml(write_scenario: WriteScenario) -> None:
    """Saaty (2008): water .327, sodas .190, coffee .177, milk .129, beer .116, tea .042, wine .019; CR .022."""
    s = opened(write_scenario(DRINKS))
    weighting = s.active_weighting
    assert weighting is not None and weighting.pairwise is not None

    shares = {cid: round(x, 3) for cid, x in zip(weighting.criteria, weighting.shares, strict=True)}

    assert shares == {"koffie": 0.177, "wijn": 0.019, "thee": 0.042, "bier": 0.116, "fris": 0.19,
                      "melk": 0.129, "water": 0.327}
    assert round(weighting.pairwise.cr, 3) == 0.022  # type: ignore[arg-type]
    assert weighting.pairwise.ri_table == "saaty2005"


def test_a_list_of_comparisons_with_a_fraction(write_scenario: WriteScenario) -> None:
    s = opened(write_scenario(LIST))
    weighting = s.active_weighting
    assert weighting is not None and weighting.pairwise is not None

    # 3, 2, 3/2 are consistent: ict 3 x kosten, vertrouwen 1.5 x kosten -> 6 : 3 : 2 (ict, vertrouwen, kosten).
    assert list(weighting.shares) == pytest.approx([6 / 11, 3 / 11, 2 / 11])
    assert weighting.pairwise.cr == pytest.approx(0.0, abs=1e-9)


def test_an_incomplete_set_is_completed_with_harker(write_scenario: WriteScenario) -> None:
    text = LIST.replace("    - [ict, vertrouwen, 2]\n", "")

    weighting = opened(write_scenario(text)).active_weighting
    assert weighting is not None and weighting.pairwise is not None

    assert weighting.pairwise.missing == 1
    assert list(weighting.shares) == pytest.approx([6 / 11, 3 / 11, 2 / 11])


def test_a_matrix_that_is_not_reciprocal(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("wijn:     [1/9, 1, 1/3,", "wijn:     [1/9, 1, 2,  ")

    issue = only_problem(write_scenario(text))

    # The values above the diagonal count (wijn-thee, now 2); the one below is checked against it.
    assert issue.message == "de matrix is niet reciprook: wijn tegen thee is 2, dus thee tegen wijn moet 1/2 zijn (gekregen: 3)"
    assert issue.location.line == where(text, "thee:     [")


def test_rounded_reciprocals_are_accepted(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("wijn:     [1/9, 1, 1/3,", "wijn:     [0.11, 1, 0.33,")

    assert opened(write_scenario(text)).active_weighting is not None


def test_a_matrix_diagonal_that_is_not_one(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("thee:     [1/5, 3, 1,  ", "thee:     [1/5, 3, 2,  ")

    found = problems(write_scenario(text))

    assert found[0].message == "op de diagonaal (thee tegen zichzelf) hoort 1 (gekregen: 2)"
    assert found[0].location.line == where(text, "thee:     [")


def test_a_matrix_row_of_the_wrong_length(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("melk:     [1,   9, 3,   1,   1/2, 1,   1/3]", "melk:     [1,   9, 3,   1,   1/2, 1]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "de rij van 'melk' heeft 6 waarden; de matrix heeft 7 criteria, dus 7 waarden per rij"
    assert issue.location.line == where(text, "melk:     [")


def test_a_matrix_value_outside_saatys_scale(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("water:    [2,   9, 9,", "water:    [2,   9, 12,").replace(
        "thee:     [1/5, 3, 1,   1/3, 1/4, 1/3, 1/9]", "thee:     [1/5, 3, 1,   1/3, 1/4, 1/3, 1/12]")

    found = problems(write_scenario(text))

    assert [i.message for i in found] == [
        "thee tegen water: 1/12 ligt buiten de schaal van Saaty (1/9 tot 9)",
        "water tegen thee: 12 ligt buiten de schaal van Saaty (1/9 tot 9)",
    ]


def test_a_matrix_value_that_is_not_a_number(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("bier:     [1/2, 9, 3,", "bier:     [1/2, 9, veel,")

    issue = only_problem(write_scenario(text))

    assert issue.message == "'bier': verwacht een positief getal of een breuk zoals 1/3 (gekregen: 'veel')"
    assert issue.location.line == where(text, "bier:     [")


def test_a_matrix_with_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("    melk:     [", "    melkk:    [")

    found = problems(write_scenario(text))

    assert found[0].message == "onbekend criterium 'melkk' (bedoelt u 'melk'?)"
    assert found[0].location.line == where(text, "melkk:")


def test_a_comparison_out_of_range(write_scenario: WriteScenario) -> None:
    text = LIST.replace("[ict, kosten, 3]", "[ict, kosten, 12]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "vergelijking van ict met kosten: 12 ligt buiten de schaal van Saaty (1/9 tot 9)"
    assert issue.location.line == where(text, "[ict, kosten, 12]")


def test_a_comparison_of_the_wrong_shape(write_scenario: WriteScenario) -> None:
    text = LIST.replace("[ict, kosten, 3]", "[ict, 3]")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("een vergelijking is een lijst [criterium, criterium, getal]")
    assert issue.location.line == where(text, "[ict, 3]")


def test_a_pair_compared_twice(write_scenario: WriteScenario) -> None:
    text = LIST.replace("    - [vertrouwen, kosten, \"3/2\"]\n", "    - [vertrouwen, kosten, \"3/2\"]\n    - [kosten, ict, 1/3]\n")

    issue = only_problem(write_scenario(text))

    assert issue.message == (f"kosten en ict zijn al vergeleken (regel {where(text, '[ict, kosten, 3]')}); "
                             "geef elk paar één keer, de omgekeerde waarde volgt vanzelf")
    assert issue.location.line == where(text, "[kosten, ict, 1/3]")


def test_a_criterion_compared_with_itself(write_scenario: WriteScenario) -> None:
    text = LIST.replace("[ict, vertrouwen, 2]", "[ict, ict, 2]")

    found = problems(write_scenario(text))

    assert found[0].message == "'ict' wordt met zichzelf vergeleken"
    assert found[0].location.line == where(text, "[ict, ict, 2]")


def test_a_comparison_with_an_unknown_criterion(write_scenario: WriteScenario) -> None:
    text = LIST.replace("[ict, vertrouwen, 2]", "[ict, vertrouwn, 2]")

    issue = only_problem(write_scenario(text))

    assert issue.message == "onbekend criterium 'vertrouwn' (bedoelt u 'vertrouwen'?)"


def test_a_criterion_never_compared(write_scenario: WriteScenario) -> None:
    text = LIST.replace("    - [ict, vertrouwen, 2]\n", "").replace("    - [vertrouwen, kosten, \"3/2\"]\n", "")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("niet vergeleken: vertrouwen;")
    assert issue.location.line == where(text, "vergelijkingen:")


def test_comparisons_that_fall_apart_are_refused(write_scenario: WriteScenario) -> None:
    """Harker's method needs a connected set: {ict, kosten} and {vertrouwen, nabijheid} never meet."""
    text = LIST.replace("  - {id: kosten,", "  - {id: nabijheid, schaal: oordeel}\n  - {id: kosten,").replace(
        """    - [ict, vertrouwen, 2]
    - [vertrouwen, kosten, "3/2"]
""", "    - [vertrouwen, nabijheid, 2]\n").replace('vertrouwen: "0",', 'vertrouwen: "0", nabijheid: "+",').replace(
        'vertrouwen: "++",', 'vertrouwen: "++", nabijheid: "+",')

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("de vergelijkingen vallen uiteen in losse groepen (ict, kosten | vertrouwen, nabijheid)")


def test_both_or_neither_of_list_and_matrix(write_scenario: WriteScenario) -> None:
    text = LIST.replace("  methode: paarsgewijs\n", "  methode: paarsgewijs\n  matrix: {ict: [1]}\n")

    issue = only_problem(write_scenario(text))

    assert issue.message == "methode paarsgewijs vraagt 'vergelijkingen' of 'matrix' (één van beide)"


def test_an_inconsistent_profile_is_accepted_and_reported(write_scenario: WriteScenario) -> None:
    """CR > 0.10 is not an error: the weights exist, the output warns and names the pairs."""
    text = LIST.replace("[vertrouwen, kosten, \"3/2\"]", "[vertrouwen, kosten, 1/5]")

    weighting = opened(write_scenario(text)).active_weighting
    assert weighting is not None and weighting.pairwise is not None

    assert weighting.pairwise.cr > 0.10  # type: ignore[operator]
    assert not weighting.pairwise.acceptable


def test_an_unknown_ri_table(write_scenario: WriteScenario) -> None:
    text = DRINKS.replace("ri_tabel: saaty2005", "ri_tabel: saaty")

    issue = only_problem(write_scenario(text))

    assert issue.message.startswith("'ri_tabel' moet saaty1980, saaty2005, tummala-ling1998 of donegan-dodd1991 zijn")
    assert issue.location.line == where(text, "ri_tabel:")
