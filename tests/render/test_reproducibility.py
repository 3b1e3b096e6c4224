"""The memo's reproducibility line (``render/reproducibility.py``), with and without returned forms."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from partnerkeuze.language import set_language
from partnerkeuze.render.reproducibility import Reproducibility, combined_sha256

DAY = dt.date(2024, 3, 15)
FORMS = (("weging-b.yaml", "b" * 64), ("weging-a.yaml", "a" * 64))


def test_without_forms_the_line_is_as_before() -> None:
    line = Reproducibility("0.1.0", "f" * 64, 7, DAY).text("15 maart 2024")

    assert line == f"partnerkeuze 0.1.0; scenariobestand SHA-256 {'f' * 64}; seed 7; geëxporteerd op 15 maart 2024."


def test_each_form_is_named_with_its_hash_in_the_order_read() -> None:
    line = Reproducibility("0.1.0", "f" * 64, None, DAY, FORMS).text("15 maart 2024")

    assert line.endswith(f"Ingevulde weegformulieren (--deelnemer) van 2 deelnemers: weging-b.yaml (SHA-256 {'b' * 64}) "
                         f"en weging-a.yaml (SHA-256 {'a' * 64}).")
    set_language("en")
    assert "Returned weighing forms (--participant) of 2 participants: weging-b.yaml (SHA-256" in \
        Reproducibility("0.1.0", "f" * 64, None, DAY, FORMS).text("15 March 2024")


def test_a_public_memo_counts_the_forms_and_gives_one_combined_hash() -> None:
    line = Reproducibility("0.1.0", "f" * 64, None, DAY, FORMS, public=True).text("15 maart 2024")

    together = hashlib.sha256(f"{'a' * 64}\n{'b' * 64}\n".encode()).hexdigest()
    assert line.endswith(f"Ingevulde weegformulieren (--deelnemer) van 2 deelnemers, samen SHA-256 {together} "
                         "(de SHA-256 van hun SHA-256's, gesorteerd, elk op een eigen regel).")
    assert "weging-" not in line
    short = Reproducibility("0.1.0", "f" * 64, None, DAY, FORMS, public=True).text("15 maart 2024", forms=False)
    assert short == line[: line.index(" Ingevulde")]  # a Word file's 'comments' property: at most 255 characters
    assert combined_sha256(["b" * 64, "a" * 64]) == together  # the order read does not matter


@pytest.mark.skipif(shutil.which("sha256sum") is None or shutil.which("sh") is None, reason="needs coreutils")
def test_the_combined_hash_is_what_the_shell_one_liner_prints(tmp_path: Path) -> None:
    for k in range(3):
        (tmp_path / f"weging-{k}.yaml").write_text(f"deelnemer: {k}\n", encoding="utf-8")
    hashes = [hashlib.sha256((tmp_path / f"weging-{k}.yaml").read_bytes()).hexdigest() for k in range(3)]

    done = subprocess.run(["sh", "-c", "sha256sum weging-*.yaml | cut -d' ' -f1 | sort | sha256sum"], cwd=tmp_path,
                          check=True, capture_output=True, text=True)

    assert done.stdout.split()[0] == combined_sha256(hashes)


def test_as_lines_each_form_stands_on_its_own_line_unless_public() -> None:
    named = Reproducibility("0.1.0", "f" * 64, 3, DAY, FORMS)
    public = Reproducibility("0.1.0", "f" * 64, 3, DAY, FORMS, public=True)

    paragraph, items = named.lines("15 maart 2024")

    assert paragraph == (f"partnerkeuze 0.1.0; scenariobestand SHA-256 {'f' * 64}; seed 3; geëxporteerd op 15 maart "
                         "2024. Ingevulde weegformulieren (--deelnemer) van 2 deelnemers, elk met de SHA-256 van het "
                         "bestand:")
    assert items == (f"weging-b.yaml (SHA-256 {'b' * 64})", f"weging-a.yaml (SHA-256 {'a' * 64})")
    assert public.lines("15 maart 2024") == (public.text("15 maart 2024"), ())
    assert Reproducibility("0.1.0", "f" * 64, 3, DAY).lines("x") == (Reproducibility("0.1.0", "f" * 64, 3, DAY).text("x"), ())
