"""Robustness against any input (issue 7): fuzzed and mutated scenarios through every command.

Every outcome must be a result or a located Dutch error with a documented exit code:
never a traceback, never a hang (the loader's own limits bound each example). The
number of examples is small here; ``pytest --fuzz-long`` (or the environment variable
PARTNERKEUZE_FUZZ_EXAMPLES=N) runs a longer search, e.g.
``pytest tests/test_fuzz.py --fuzz-long``.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from partnerkeuze.cli import app
from partnerkeuze.errors import PartnerkeuzeError
from partnerkeuze.scenario.loading import load

# A failing example with a 200 kB line would otherwise stop on hypothesis's repr warning.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

SCENARIOS = Path(__file__).parent.parent / "scenarios"
SHIPPED = sorted(SCENARIOS.glob("*.yaml"))
TEXTS = {path.name: path.read_bytes() for path in SHIPPED}
DOCUMENTED_EXITS = {0, 1, 2, 3, 4}
LOCATED = re.compile(r"^\S.*?:\d+:\d+: |^fout: |^error: |^\S+\.ya?ml: ", re.MULTILINE)


def examples(default: int) -> int:
    """Examples per fuzz test: small in the suite, larger with --fuzz-long or the env var."""
    override = os.environ.get("PARTNERKEUZE_FUZZ_EXAMPLES")
    if override:
        return int(override)
    return default * 20 if os.environ.get("_PARTNERKEUZE_FUZZ_LONG") else default


FUZZ = settings(
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

# --- mutations ---------------------------------------------------------------------------

BAD_VALUES = [
    "NaN", ".nan", ".inf", "-.inf", ".Inf", "1e309", "-1e309", "-5", "-0", "0", "1e300", "-1e300",
    "99999999999999999999999999", "1e-320", "[]", "{}", "[1, 2]", "{a: 1}", "~", "null", "''",
    "yes", "no", "2024-01-01", "0x1F", "1_000", "0o17", "!!python/object:os.system x",
    "!!python/name:os.system", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!foo bar",
    "*nergens", "&anker waarde", "'", '"', "[", "{", ": :", "- -", "%", "@", "`", "|", ">",
    "\t1", "ja", "nee", "++", "--", "+/-", "€ 1.000", "1.000,5", "1,5", "[1, 2, 3]",
    "{laag: 1, waarschijnlijk: 2, hoog: 3}", "{laag: 3, waarschijnlijk: 2, hoog: 1}",
    "{laag: .nan, waarschijnlijk: 2, hoog: 3}", "[.inf, -.inf]", "[1e308, 1e308]",
    "[[0, 100], [1e308, 0]]", "[[1, 0], [0, 100]]", "[[0, 100], [0, 50]]", "[[.nan, 1], [2, 3]]",
    '{"+": 50}', "{0: 45, a: 101}", "[[-1e308, 0], [1e308, 100]]",
    # YAML 1.1 reads a float only with a dot: 1e308 is text, 1.0e+308 the number.
    "1.0e+308", "-1.0e+308", "[-1.0e+308, 1.0e+308]", "[[-1.0e+308, 0], [1.0e+308, 100]]",
]
# Hostile free text (issue #16): control characters as YAML escapes, and text a spreadsheet
# would take for a formula.
HOSTILE_TEXTS = [
    '"a\\x01b"', '"bel\\a"', '"tab\\vvert"', '"esc\\e[31mrood"', '"del\\x7f"', '"c1\\x9b"',
    '"\\uFFFE"', '"\\ud800"', """'=HYPERLINK("http://x","klik")'""", "'=1+1'", "'@SUM(A1:A9)'",
    "'+31 6 1234'", "'-1+2'", "'=cmd|'' /C calc''!A0'", '"\\t=1"', "'<script>alert(1)</script>'",
]
FREE_TEXT_KEYS = (b"naam:", b"titel:", b"onderbouwing:", b"toelichting:", b"vraag:", b"bron:", b"eenheid:")
KEYS = ["gewicht", "richting", "schaal", "bereik", "id", "scores", "versie", "criteria",
        "kandidaten", "minimum", "maximum", "status_quo", "weging", "profielen", "<<", "methode",
        "waardefunctie", "groep"]


def _line_ops(lines: list[bytes], data: st.DataObject) -> list[bytes]:
    if not lines:
        return [b"x: 1"]
    i = data.draw(st.integers(0, len(lines) - 1), label="line")
    op = data.draw(st.sampled_from([
        "delete", "duplicate", "indent", "dedent", "tab", "value", "key", "swap",
        "truncate", "bytes", "long", "deep", "alias_bomb", "anchor", "blank_key", "free_text",
    ]), label="op")
    line = lines[i]
    if op == "delete":
        return lines[:i] + lines[i + 1 :]
    if op == "duplicate":
        return [*lines[: i + 1], line, *lines[i + 1 :]]
    if op == "indent":
        return [*lines[:i], b"  " + line, *lines[i + 1 :]]
    if op == "dedent":
        return [*lines[:i], line[1:] if line.startswith(b" ") else line, *lines[i + 1 :]]
    if op == "tab":
        return [*lines[:i], b"\t" + line.lstrip(), *lines[i + 1 :]]
    if op == "value" and b":" in line:
        head = line.split(b":", 1)[0]
        value = data.draw(st.sampled_from(BAD_VALUES), label="value").encode()
        return [*lines[:i], head + b": " + value, *lines[i + 1 :]]
    if op == "key" and b":" in line:
        value = line.split(b":", 1)[1]
        indent = line[: len(line) - len(line.lstrip())]
        key = data.draw(st.sampled_from(KEYS), label="key").encode()
        return [*lines[:i], indent + key + b":" + value, *lines[i + 1 :]]
    if op == "swap":
        j = data.draw(st.integers(0, len(lines) - 1), label="other")
        lines = list(lines)
        lines[i], lines[j] = lines[j], lines[i]
        return lines
    if op == "truncate":
        cut = data.draw(st.integers(0, len(line)), label="cut")
        return [*lines[:i], line[:cut]]
    if op == "bytes":
        junk = data.draw(st.sampled_from([b"\xff\xfe", b"\xc3", b"\x00", b"\xe2\x82", b"\x1b[31m",
                                          b"\r", b"\x85", "\u2028".encode(),
                                          b"\xef\xbb\xbf"]), label="junk")
        cut = data.draw(st.integers(0, len(line)), label="at")
        return [*lines[:i], line[:cut] + junk + line[cut:], *lines[i + 1 :]]
    if op == "long":
        return [*lines[:i], line + b" " + b"x" * 200_000, *lines[i + 1 :]]
    if op == "deep":
        depth = data.draw(st.sampled_from([30, 70, 500, 5000]), label="depth")
        return [*lines[:i], b"diep: " + b"[" * depth + b"]" * depth, *lines[i + 1 :]]
    if op == "alias_bomb":
        bomb = [b"a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        bomb += [f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 10)}]".encode() for k in range(1, 9)]
        return bomb + lines
    if op == "anchor" and b":" in line:
        head, value = line.split(b":", 1)
        return [*lines[:i], head + b": &anker" + value, *lines[i + 1 :], b"kopie: *anker"]
    if op == "free_text":
        texts = [k for k, item in enumerate(lines) if item.lstrip(b" -").startswith(FREE_TEXT_KEYS)]
        if texts:
            k = data.draw(st.sampled_from(texts), label="text line")
            head = lines[k].split(b":", 1)[0]
            value = data.draw(st.sampled_from(HOSTILE_TEXTS), label="text").encode()
            return [*lines[:k], head + b": " + value, *lines[k + 1 :]]
        return lines
    if op == "blank_key":
        return [*lines[:i], b": leeg", *lines[i + 1 :]]
    return lines


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A shipped scenario with one to three random mutations."""
    name = draw(st.sampled_from(sorted(TEXTS)), label="scenario")
    lines = TEXTS[name].split(b"\n")
    data = draw(st.data())
    for _ in range(draw(st.integers(1, 3), label="mutations")):
        lines = _line_ops(lines, data)
    return name, b"\n".join(lines)


# --- checks --------------------------------------------------------------------------------


def check_outcome(result: object, args: list[str]) -> None:
    """A result or a located error with a documented exit code; never a traceback."""
    exit_code = result.exit_code  # type: ignore[attr-defined]
    exception = result.exception  # type: ignore[attr-defined]
    output = result.output + (result.stderr or "")  # type: ignore[attr-defined]
    assert exception is None or isinstance(exception, SystemExit), (args, repr(exception), output)
    assert exit_code in DOCUMENTED_EXITS, (args, exit_code, output)
    assert "Traceback" not in output, (args, output)
    if exit_code:
        assert LOCATED.search(result.stderr or ""), (args, exit_code, output)  # type: ignore[attr-defined]


def run(args: list[str]) -> object:
    result = CliRunner().invoke(app, args)
    check_outcome(result, args)
    return result


def commands(path: Path, original: Path, out: Path) -> list[list[str]]:
    p = str(path)
    return [
        ["validate", p],
        ["rank", p],
        ["rank", p, "--json", "--methode", "topsis"],
        ["rank", p, "--methode", "wpm", "--weight", "kosten=0"],
        ["sensitivity", p, "--samples", "50", "--json"],
        ["weights", p],
        ["profiles", p, "--json"],
        ["export", p, "-o", str(out), "--force", "--samples", "20"],
        ["export", p, "-o", str(out.with_suffix(".xlsx")), "--force", "--samples", "0"],
        ["export", p, "-o", str(out.with_suffix(".docx")), "--force", "--samples", "0"],
        ["compare", str(original), p],
    ]


def exercise(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content)
    with contextlib.suppress(PartnerkeuzeError):
        load(path)
    for args in commands(path, SCENARIOS / name, tmp_path / "uit.md"):
        run(args)
    assert path.read_bytes() == content  # never written over its input


@settings(FUZZ, max_examples=examples(12))
@given(case=mutated())
def test_mutated_scenarios_never_crash(tmp_path_factory: pytest.TempPathFactory, case: tuple[str, bytes]) -> None:
    name, content = case
    exercise(tmp_path_factory.mktemp("fuzz"), name, content)


@settings(FUZZ, max_examples=examples(25))
@given(case=mutated())
def test_mutated_scenarios_load_or_fail_located(tmp_path_factory: pytest.TempPathFactory, case: tuple[str, bytes]) -> None:
    _, content = case
    path = tmp_path_factory.mktemp("load") / "fuzz.yaml"
    path.write_bytes(content)
    message = ""
    try:
        load(path)
    except PartnerkeuzeError as exc:
        message = str(exc) or "(leeg)"
    assert message != "(leeg)"
    run(["rank", str(path), "--json"])


@settings(FUZZ, max_examples=examples(25))
@given(content=st.binary(max_size=400) | st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "fuzz.yaml"
    path.write_bytes(content)
    run(["rank", str(path)])
    run(["validate", str(path)])


# --- every shipped scenario, each mutation kind at least once --------------------------------


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize(
    "value", ["NaN", ".inf", "-.inf", "1e309", "-5", "1e300", "!!python/object:os.system x", "[]", "{}", "*nergens"]
)
def test_bad_weight_values_in_every_shipped_scenario(tmp_path: Path, name: str, value: str) -> None:
    text = TEXTS[name].decode()
    mutated_text = re.sub(r"(?m)^(\s+gewicht:) .*$", rf"\1 {value}", text, count=1)
    path = tmp_path / "s.yaml"
    path.write_text(mutated_text, encoding="utf-8")
    for args in (["rank", str(path)], ["sensitivity", str(path), "-n", "20"]):
        run(args)


# --- click's usage errors are documented too ---------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["rank"],
        ["rank", "--onbekend"],
        ["sensitivity", "x.yaml", "--samples", "veel"],
        ["sensitivity", "x.yaml", "--samples", "-1"],
        ["sensitivity", "x.yaml", "--seed", "1e99"],
        ["export", "x.yaml", "--format", "pdf"],
        ["onbekend-commando"],
        ["rank", "x.yaml", "--weight", "kosten"],
        ["rank", "x.yaml", "--weight", "kosten=nan"],
        ["rank", "x.yaml", "--weight", "kosten=-1"],
        ["rank", "x.yaml", "--weight", "kosten=inf"],
        ["rank", "x.yaml", "--lang", "fr"],
        ["rank", "x.yaml", "--methode", "ahp"],
        ["sensitivity", "x.yaml", "--sampling", "normaal"],
    ],
)
def test_command_line_mistakes_give_a_usage_error(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code in {2, 3}, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


# --- engine properties over random scenario files ----------------------------------------------

LABELS = ["--", "-", "0", "+", "++"]


@st.composite
def scenario_files(draw: st.DrawFn) -> dict[str, object]:
    """A random valid scenario as plain data: numbers with or without a range, and labels."""
    n = draw(st.integers(1, 5), label="criteria")
    m = draw(st.integers(2, 6), label="candidates")
    criteria = []
    for j in range(n):
        kind = draw(st.sampled_from(["bereik", "vrij", "oordeel"]))
        criterion: dict[str, object] = {"id": f"c{j}", "gewicht": draw(st.integers(0, 10)),
                                        "richting": draw(st.sampled_from(["max", "min"]))}
        if kind == "bereik":
            criterion["bereik"] = [0, 100]
        elif kind == "oordeel":
            criterion["schaal"] = "oordeel"
            criterion["richting"] = "max"
        criteria.append(criterion)
    if not any(c["gewicht"] for c in criteria):
        criteria[0]["gewicht"] = 1
    candidates = []
    for i in range(m):
        scores: dict[str, object] = {}
        for c in criteria:
            if c.get("schaal") == "oordeel":
                scores[str(c["id"])] = draw(st.sampled_from(LABELS))
            else:
                scores[str(c["id"])] = draw(st.integers(0, 100) | st.floats(0, 100, allow_nan=False))
        candidates.append({"id": f"k{i}", "scores": scores})
    return {"versie": 1, "titel": "Proef", "criteria": criteria, "kandidaten": candidates}


def ranked_file(tmp_path: Path, data: dict[str, object], name: str = "s.yaml") -> dict[str, tuple[int, float]]:
    import yaml  # noqa: PLC0415

    from partnerkeuze.app import service  # noqa: PLC0415

    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _, scenario = service.open_scenario(path)
    ranking = service.rank(scenario)
    return {c.id: (c.rank, c.score) for c in ranking.order}


def same_ranking(a: dict[str, tuple[int, float]], b: dict[str, tuple[int, float]]) -> None:
    assert a.keys() == b.keys()
    for key, (rank, score) in a.items():
        assert b[key][1] == pytest.approx(score, abs=1e-9)
        if all(abs(score - other) > 1e-9 for k, (_, other) in a.items() if k != key):
            assert b[key][0] == rank  # ranks may differ only inside a near-tie


@settings(FUZZ, max_examples=examples(30))
@given(data=scenario_files(), seed=st.integers(0, 2**32 - 1))
def test_the_order_of_criteria_in_the_file_does_not_matter(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, object], seed: int
) -> None:
    import random  # noqa: PLC0415

    tmp_path = tmp_path_factory.mktemp("order")
    shuffled = dict(data)
    criteria = list(data["criteria"])  # type: ignore[call-overload]
    random.Random(seed).shuffle(criteria)
    shuffled["criteria"] = criteria

    same_ranking(ranked_file(tmp_path, data), ranked_file(tmp_path, shuffled, "t.yaml"))


@settings(FUZZ, max_examples=examples(30))
@given(data=scenario_files(), extra=st.lists(st.integers(0, 100), min_size=6, max_size=6),
       direction=st.sampled_from(["max", "min"]))
def test_a_criterion_with_weight_zero_changes_nothing_in_a_file(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, object], extra: list[int], direction: str
) -> None:
    tmp_path = tmp_path_factory.mktemp("zero")
    more = dict(data)
    more["criteria"] = [*data["criteria"], {"id": "nul", "gewicht": 0, "richting": direction}]  # type: ignore[misc]
    more["kandidaten"] = [
        {**c, "scores": {**c["scores"], "nul": extra[i]}} for i, c in enumerate(data["kandidaten"])  # type: ignore[arg-type, call-overload]
    ]

    same_ranking(ranked_file(tmp_path, data), ranked_file(tmp_path, more, "t.yaml"))


@settings(FUZZ, max_examples=examples(30))
@given(data=scenario_files())
def test_totals_are_always_between_zero_and_one(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, object]
) -> None:
    from partnerkeuze.app import service  # noqa: PLC0415

    tmp_path = tmp_path_factory.mktemp("totals")
    ranked = ranked_file(tmp_path, data)
    assert all(0.0 <= score <= 1.0 for _, score in ranked.values())
    _, scenario = service.open_scenario(tmp_path / "s.yaml")
    for method in ("topsis", "wpm"):
        ranking = service.rank_by(scenario, {}, method)  # type: ignore[arg-type]
        assert all(0.0 <= c.score <= 1.0 for c in ranking.order)
    report = service.sensitivity(scenario, {}, samples=200, seed=1)
    shares = report.acceptability.rank_shares  # type: ignore[union-attr]
    assert shares is not None
    assert np.allclose(shares.sum(axis=0), 1.0)
    assert np.allclose(shares.sum(axis=1), 1.0)


# --- returned weighing forms (--deelnemer) --------------------------------------------------------

HAAKSBERGEN = SCENARIOS / "haaksbergen-2020.yaml"


def _returned_forms() -> list[bytes]:
    """One returned form per method, as the form of 'partnerkeuze form' writes them."""
    import hashlib  # noqa: PLC0415

    sha = hashlib.sha256(TEXTS["haaksbergen-2020.yaml"]).hexdigest()
    head = f'# Ingevuld weegformulier\nversie: 1\nscenario: "{sha}"\ndeelnemer: "Wethouder A"\n'
    bodies = [
        "gewichten: {vertrouwen: 20, ict: 25, voorwaarden: 20, bestaande_samenwerking: 15, kosten_structureel: 0, "
        "kosten_incidenteel: 5, kwetsbaarheid: 20}\n",
        "weging:\n  methode: rangorde\n  volgorde: [ict, [vertrouwen, kwetsbaarheid], voorwaarden, "
        "bestaande_samenwerking]\n  formule: roc\n  weegt_niet: [kosten_structureel, kosten_incidenteel]\n",
        "weging:\n  methode: paarsgewijs\n  vergelijkingen:\n    - [vertrouwen, ict, 3]\n    - [vertrouwen, "
        "kwetsbaarheid, 1/2]\n    - [ict, kwetsbaarheid, 1/4]\n  weegt_niet: [voorwaarden, bestaande_samenwerking, "
        "kosten_structureel, kosten_incidenteel]\n",
        "weging:\n  methode: swing\n  swing: {vertrouwen: 80, ict: 40, voorwaarden: 100, bestaande_samenwerking: 20, "
        "kosten_structureel: 0, kosten_incidenteel: 5, kwetsbaarheid: 50}\n",
    ]
    return [(head + body).encode() for body in bodies]


FORMS = _returned_forms()


@settings(FUZZ, max_examples=examples(25))
@given(data=st.data())
def test_mutated_returned_forms_give_a_result_or_a_located_error(tmp_path_factory: pytest.TempPathFactory,
                                                                  data: st.DataObject) -> None:
    lines = data.draw(st.sampled_from(FORMS), label="form").split(b"\n")
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        lines = _line_ops(lines, data)
    path = tmp_path_factory.mktemp("form") / "weging-fuzz.yaml"
    path.write_bytes(b"\n".join(lines))
    run(["profiles", str(HAAKSBERGEN), "--deelnemer", str(path)])
    run(["rank", str(HAAKSBERGEN), "--deelnemer", str(path), "--json"])
