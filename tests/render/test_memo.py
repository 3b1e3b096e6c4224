"""The memo model: numbers, notes, notices and Woo redaction, built once for every renderer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerkeuze.app import service
from partnerkeuze.language import formatting
from partnerkeuze.render.memo import (
    Memo,
    build_memo,
    long_date,
    public_names,
    public_notice,
)
from render.conftest import SCENARIO, build_test_memo

MARKER = "[gelakt: vertrouwelijk]"


@pytest.fixture
def make_memo() -> Callable[..., Memo]:
    """The memo factory of tests/render/conftest.py (fixtures do not cross folders)."""
    return build_test_memo


@pytest.fixture
def memo() -> Memo:
    """The internal Dutch memo of the test scenario."""
    return build_test_memo()


def _all_text(memo: Memo) -> str:
    """Every string the memo holds, for 'does this name appear anywhere' checks."""
    return repr(dataclasses.asdict(memo))


class TestNumbers:
    def test_columns_keep_the_scenario_order_and_carry_the_model_totals(self, memo: Memo) -> None:
        _, scenario = service.open_scenario(SCENARIO)
        ranking = service.rank(scenario)
        assert [c.id for c in memo.columns] == [c.id for c in scenario.candidates]
        by_id = {r.id: r for r in ranking.order}
        for column in memo.columns:
            assert column.total == by_id[column.id].score
            assert column.rank == by_id[column.id].rank
            assert column.total_text == formatting.points(by_id[column.id].score)

    def test_the_winner_is_the_preferred_alternative(self, memo: Memo) -> None:
        assert [c.name for c in memo.preferred] == ["Hengelo"]

    def test_weights_print_as_percentages_adding_up_to_100(self, memo: Memo) -> None:
        assert [r.weight_text for r in memo.rows] == ["40%", "35%", "25%"]

    def test_cells_hold_the_score_as_written_and_its_contribution(self, memo: Memo) -> None:
        kosten = memo.rows[1]
        assert [c.text for c in kosten.cells] == ["€ 1.250.000", "€ 900.000", "€ 1.100.000", "€ 600.000"]
        assert kosten.cells[0].value == pytest.approx(0.375)
        assert kosten.cells[0].contribution == pytest.approx(0.35 * 0.375)

    def test_a_criterion_without_scores_is_listed_as_not_weighed(self, memo: Memo) -> None:
        assert memo.dropped == ("Later te bepalen",)
        assert "later" not in [r.id for r in memo.rows]


class TestFootnotes:
    def test_numbered_in_reading_order_and_identical_notes_share_a_number(self, memo: Memo) -> None:
        notes = [[c.note for c in row.cells] for row in memo.rows]
        # 'Buurgemeente.' is Hengelo's nabijheid and Coöperatie's kwaliteit: one note.
        assert notes[0][2] == notes[2][0]
        numbers = [n for row in notes for n in row if n]
        assert sorted(set(numbers)) == list(range(1, len(memo.footnotes) + 1))
        assert numbers[0] == 1

    def test_a_score_without_rationale_has_no_note(self, memo: Memo) -> None:
        assert memo.rows[0].cells[3].note is None  # Zelf doen, kwaliteit: "-"

    def test_the_source_stays_with_its_note(self, memo: Memo) -> None:
        first = memo.footnotes[0]
        assert first.text == "Sterk ICT-team, beter dan Markt B."
        assert first.source == "Gesprek met Hengelo, 2024"


class TestInternalVersion:
    def test_says_it_holds_confidential_information(self, memo: Memo) -> None:
        assert len(memo.notices) == 1
        assert memo.notices[0].startswith("Interne versie")
        assert "Markt B" in memo.notices[0]
        assert "3 vertrouwelijke onderbouwing" in memo.notices[0]  # 2 of Markt B, 1 of Coöperatie

    def test_keeps_names_and_tags_confidential_notes(self, memo: Memo) -> None:
        assert "Markt B" in [c.name for c in memo.columns]
        texts = [n.text for n in memo.footnotes]
        assert "[vertrouwelijk] Offerte Markt B, 12 maart." in texts
        assert not memo.redacted


class TestOpenbaar:
    @pytest.fixture
    def public(self, make_memo: Callable[..., Memo]) -> Memo:
        return make_memo(openbaar=True, sensitivity=True)

    def test_a_confidential_candidate_becomes_kandidaat_and_its_letter(self, public: Memo) -> None:
        markt = public.columns[1]
        assert (markt.name, markt.id, markt.description, markt.redacted) == ("Kandidaat B", "kandidaat_b", None, True)

    def test_the_name_appears_nowhere(self, public: Memo) -> None:
        assert "Markt B" not in _all_text(public)
        assert "markt" not in [c.id for c in public.columns]

    def test_the_name_is_replaced_in_free_text_too(self, public: Memo) -> None:
        assert public.footnotes[0].text == "Sterk ICT-team, beter dan Kandidaat B."
        assert public.description[0].startswith("Voorbeeld kiest een partner voor de ICT-uitvoering. Kandidaat B deed")
        assert public.sensitivity is not None
        assert public.sensitivity.sentences[1].endswith("Kandidaat B wint nooit.")
        assert public.sensitivity.first_shares[2] == ("Kandidaat B", 0.087)

    def test_confidential_rationale_is_replaced_by_the_marker(self, public: Memo) -> None:
        coop_kosten = public.rows[1].cells[2]
        note = next(n for n in public.footnotes if n.number == coop_kosten.note)
        assert (note.text, note.source) == (MARKER, None)
        assert "Prijsafspraak" not in _all_text(public)
        assert "Offerte" not in " ".join(n.source or "" for n in public.footnotes)

    def test_scores_stay_so_the_ranking_can_be_checked(self, public: Memo, memo: Memo) -> None:
        assert [c.text for c in public.rows[1].cells] == [c.text for c in memo.rows[1].cells]
        assert [c.total for c in public.columns] == [c.total for c in memo.columns]

    def test_says_that_it_is_redacted(self, public: Memo) -> None:
        assert public.redacted
        assert public.notices[0].startswith("Openbare versie (Woo)")
        assert MARKER in public.notices[0]

    def test_a_scenario_without_secrets_says_nothing_was_redacted(self, write_scenario: Callable[..., Path]) -> None:
        path = write_scenario("""
            versie: 1
            titel: T
            criteria: [{id: a, gewicht: 1}]
            kandidaten: [{id: x, scores: {a: 1}}, {id: y, scores: {a: 2}}]
        """)
        loaded, scenario = service.open_scenario(path)
        public = build_memo(service.rank(scenario), sha256=loaded.sha256, export_date=dt.date(2024, 1, 1), openbaar=True)
        assert public.notices == ("Openbare versie (Woo). Het scenario bevat geen vertrouwelijke onderdelen; er is niets gelakt.",)


class TestWeightOverrides:
    def test_points_follow_the_override_and_a_notice_says_so(self, make_memo: Callable[..., Memo]) -> None:
        changed = make_memo(overrides={"kosten": 140})
        assert [r.points for r in changed.rows] == [40, 140, 25]
        assert [r.overridden for r in changed.rows] == [False, True, False]
        assert changed.notices[-1] == "Let op: deze gewichten wijken af van het scenariobestand: Structurele kosten 35% → 68,3%."

    def test_the_flip_is_worded(self, make_memo: Callable[..., Memo]) -> None:
        changed = make_memo(overrides={"kosten": 140})
        assert changed.flips is not None
        assert "Zelf doen van 2 naar 1" in changed.flips


class TestReproducibility:
    def test_line_names_version_hash_seed_and_date(self, make_memo: Callable[..., Memo]) -> None:
        full = make_memo(sensitivity=True)
        digest = hashlib.sha256(SCENARIO.read_bytes()).hexdigest()
        assert full.reproducibility.sha256 == digest
        assert full.repro_text == f"partnerkeuze 0.1.0; scenariobestand SHA-256 {digest}; seed 7; geëxporteerd op 15 maart 2024."

    def test_without_sampling_there_is_no_seed(self, memo: Memo) -> None:
        assert memo.reproducibility.seed is None
        assert "seed geen (geen steekproef)" in memo.repro_text

    def test_dates_are_written_out_in_the_language(self, make_memo: Callable[..., Memo]) -> None:
        assert (make_memo().date_text, make_memo().export_date_text) == ("1 februari 2024", "15 maart 2024")
        english = make_memo(lang="en")
        assert (english.date_text, english.export_date_text) == ("1 February 2024", "15 March 2024")

    def test_a_date_that_is_not_iso_stays_as_written(self, write_scenario: Callable[..., Path]) -> None:
        path = write_scenario("""
            versie: 1
            titel: T
            datum: voorjaar 2024
            criteria: [{id: a, gewicht: 1}]
            kandidaten: [{id: x, scores: {a: 1}}]
        """)
        loaded, scenario = service.open_scenario(path)
        single = build_memo(service.rank(scenario), sha256=loaded.sha256, export_date=dt.date(2024, 1, 1))
        assert single.date_text == "voorjaar 2024"
        assert single.preferred == ()  # a single candidate is no choice


def test_long_date() -> None:
    assert long_date(dt.date(2020, 7, 8)) == "8 juli 2020"


class TestPortfolioPseudonyms:
    """A portfolio names a confidential candidate by its place in the file, in every task."""

    def test_public_names_follow_the_file_and_only_with_openbaar(self) -> None:
        candidates = [("a", "Almelo", False), ("b", "Borne", True), ("c", "Markt C", True)]

        pseudonyms, scrub = public_names(candidates, openbaar=True)

        assert pseudonyms == {"b": "Kandidaat B", "c": "Kandidaat C"}
        assert scrub("Borne en Markt C, niet Almelo") == "Kandidaat B en Kandidaat C, niet Almelo"
        assert public_names(candidates, openbaar=False)[0] == {}

    def test_build_memo_uses_the_given_pseudonyms_and_scrubs_other_names(self) -> None:
        loaded, scenario = service.open_scenario(SCENARIO)
        ranking = service.rank(scenario, {})
        secret = next(c for c in scenario.candidates if c.confidential)

        memo = build_memo(ranking, sha256=loaded.sha256, export_date=dt.date(2024, 3, 15), openbaar=True,
                          pseudonyms={secret.id: "Kandidaat Q"}, hidden_names={"Voorbeeld": "Kandidaat Z"})

        assert "Kandidaat Q" in [c.name for c in memo.columns]
        assert all(secret.name not in p for p in memo.description)
        assert all("Voorbeeld" not in p for p in memo.description)
        internal = build_memo(ranking, sha256=loaded.sha256, export_date=dt.date(2024, 3, 15),
                              hidden_names={"Voorbeeld": "Kandidaat Z"})
        assert any("Voorbeeld" in p for p in internal.description)  # only --openbaar scrubs

    def test_the_notice_says_whether_anything_was_redacted(self) -> None:
        redacted = build_test_memo(openbaar=True)
        assert public_notice([redacted]).startswith("Openbare versie (Woo). Vertrouwelijke")
        clean = dataclasses.replace(redacted, notices=())
        assert public_notice([clean]) == "Openbare versie (Woo). Het scenario bevat geen vertrouwelijke onderdelen; er is niets gelakt."
