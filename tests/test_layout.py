"""The shape of the code base (STYLE §1, §2, §4): mirrored tests, import rules, lazy imports.

Imports are read with ``ast``; nothing here imports the modules it checks.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
PACKAGE = TESTS.parent / "src" / "partnerkeuze"
HAAKSBERGEN = TESTS.parent / "scenarios" / "haaksbergen-2020.yaml"

# Modules tested through another test file, with the file and the reason. Keep it short.
COVERED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "__init__": (
        "test_cli.py",
        "two lazy re-exports and __version__ (checked by --version)",
    ),
    "__main__": ("test_cli.py", "one line; test_cli runs 'python -m partnerkeuze'"),
    "errors": (
        "test_loading.py",
        "every error is checked where it is raised, with its exit code",
    ),
    "models": (
        "test_loading.py",
        "the schema is tested through the files it accepts and refuses",
    ),
    "yamlsource": (
        "test_loading.py",
        "one test per bad input, whichever layer catches it",
    ),
    "validation": (
        "test_loading.py",
        "one test per bad input, whichever layer catches it",
    ),
    "resolve": (
        "test_loading.py",
        "one test per bad input, whichever layer catches it",
    ),
    "results": ("test_service.py", "frozen records that service.rank fills in"),
    "_version": ("test_cli.py", "one string; --version prints it"),
    "loaded": ("test_loading.py", "the record load() returns"),
    "resolved": (
        "test_profiles.py",
        "records resolve.py fills in; select is tested with the profiles, uncertain_cells in test_scorevalues.py",
    ),
}
RENDER_COVERED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "__init__": ("test_terminal.py", "a docstring only"),
}
# The cli/ package: commands are tested end to end, through the files of tests/ named here.
CLI_COVERED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "__init__": ("test_cli.py", "main(), build_app and COMMANDS; test_cli runs every shared contract"),
    "output": ("test_cli.py", "error messages, exit codes and the quiet progress bar, through the commands"),
    "options": ("test_cli.py", "the shared options, through each command's --help and runs"),
    "ranking": ("test_cli.py", "rank and sensitivity (profiles and tasks: test_cli_decision.py)"),
    "modelling": ("test_cli_decision.py", "weights and profiles; compare in test_comparing.py"),
    "files": ("test_cli.py", "validate and criteria; init in test_scaffold.py, schema in test_schema.py"),
    "exporting": ("test_export.py", "export end to end; portfolio in test_cli.py"),
}

# STYLE §2: the core imports only numpy and the standard library (and itself; anything may import errors).
CORE = {"matrix", "scoring", "weightintervals", "scorethresholds", "montecarlo", "results", "methods", "weighting", "scoresampling"}
CORE_MAY_IMPORT = {f"partnerkeuze.{name}" for name in CORE | {"errors"}}


def modules(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.py"))


def runtime_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import outside ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for orelse in child.orelse:
                    visit(orelse)
                continue
            if isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:  # relative: from . import x
                    found.append((child.lineno, "partnerkeuze." + (child.module or "")))
                elif child.module == "partnerkeuze":
                    found.extend(
                        (child.lineno, f"partnerkeuze.{alias.name}")
                        for alias in child.names
                    )
                else:
                    found.append((child.lineno, child.module or ""))
            visit(child)

    visit(tree)
    return found


def all_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


# --- (a) the tests mirror the package -------------------------------------------------


@pytest.mark.parametrize("module", modules(PACKAGE))
def test_every_module_has_its_own_test_file(module: str) -> None:
    if module in COVERED_ELSEWHERE:
        other, _reason = COVERED_ELSEWHERE[module]
        assert (TESTS / other).is_file(), (
            f"{module}.py is said to be tested in {other}, which does not exist"
        )
    else:
        assert (TESTS / f"test_{module}.py").is_file(), (
            f"src/partnerkeuze/{module}.py has no tests/test_{module}.py"
        )


@pytest.mark.parametrize("module", modules(PACKAGE / "render"))
def test_every_renderer_has_its_own_test_file(module: str) -> None:
    if module in RENDER_COVERED_ELSEWHERE:
        other, _reason = RENDER_COVERED_ELSEWHERE[module]
        assert (TESTS / "render" / other).is_file()
    else:
        assert (TESTS / "render" / f"test_{module}.py").is_file(), (
            f"src/partnerkeuze/render/{module}.py has no tests/render/test_{module}.py"
        )


@pytest.mark.parametrize("module", modules(PACKAGE / "cli"))
def test_every_cli_module_has_its_own_test_file(module: str) -> None:
    if module in CLI_COVERED_ELSEWHERE:
        other, _reason = CLI_COVERED_ELSEWHERE[module]
        assert (TESTS / other).is_file()
    else:
        assert (TESTS / "cli" / f"test_{module}.py").is_file(), (
            f"src/partnerkeuze/cli/{module}.py has no tests/cli/test_{module}.py"
        )


def test_the_allowlist_names_only_existing_modules() -> None:
    assert set(COVERED_ELSEWHERE) <= set(modules(PACKAGE))
    assert set(RENDER_COVERED_ELSEWHERE) <= set(modules(PACKAGE / "render"))
    assert set(CLI_COVERED_ELSEWHERE) <= set(modules(PACKAGE / "cli"))


# --- (b) import rules -----------------------------------------------------------------


@pytest.mark.parametrize("module", sorted(CORE))
def test_core_imports_only_numpy_the_standard_library_and_the_core(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        pytest.skip(f"{module}.py does not exist yet")

    bad = [
        f"{module}.py:{line}: import {name}"
        for line, name in runtime_imports(path)
        if not (
            name.split(".")[0] in sys.stdlib_module_names
            or name.split(".")[0] == "numpy"
            or name in CORE_MAY_IMPORT
        )
    ]

    assert bad == []


def test_only_cli_imports_typer() -> None:
    assert (PACKAGE / "cli" / "__init__.py").is_file()  # else the rule checks nothing
    bad = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in all_sources()
        if path.relative_to(PACKAGE).parts[0] != "cli"
        for line, name in runtime_imports(path)
        if name.split(".")[0] in ("typer", "click")
    ]

    assert bad == []


def test_renderers_do_not_print() -> None:
    bad = []
    for path in sorted((PACKAGE / "render").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "print"
            ):
                bad.append(f"render/{path.name}:{node.lineno}: print()")
            if isinstance(node, ast.Attribute) and ast.unparse(node) in (
                "sys.stdout",
                "sys.stderr",
            ):
                bad.append(f"render/{path.name}:{node.lineno}: {ast.unparse(node)}")

    assert bad == []


def project_import_graph() -> dict[str, set[str]]:
    """module -> the project modules it imports anywhere: top level, in functions, for types."""
    names = {}
    for path in all_sources():
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {name: set() for name in names}
    for name, path in names.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*kept, *([node.module] if node.module else [])])
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in names else base for a in node.names]
            for target in targets:
                while target and target not in names:  # partnerkeuze.x.Name -> partnerkeuze.x
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return circles


def test_no_import_circles_not_even_through_lazy_or_type_only_imports() -> None:
    graph = project_import_graph()
    assert "partnerkeuze.service" in graph["partnerkeuze.cli.ranking"]  # else the graph sees nothing

    assert import_circles(graph) == []


def test_the_circle_check_finds_a_circle() -> None:
    assert import_circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# --- (c) the rank path stays light ----------------------------------------------------

HEAVY = ("docx", "openpyxl", "matplotlib")


def modules_loaded_by(
    *argv: str, watch: tuple[str, ...], env: dict[str, str] | None = None
) -> tuple[int, list[str]]:
    """Run the CLI's main() in a fresh interpreter and list which ``watch`` modules it imported."""
    code = f"""
import json, sys
sys.argv = {["partnerkeuze", *argv]!r}
from partnerkeuze.cli import main
try:
    main()
    code = 0
except SystemExit as exc:
    code = exc.code or 0
sys.stdout.flush()
print("\\n" + json.dumps([code, sorted(m for m in {list(watch)!r} if m in sys.modules)]))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={**os.environ, **(env or {})},
    )
    exit_code, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    return exit_code, loaded


def test_rank_does_not_import_heavy_export_libraries() -> None:
    exit_code, loaded = modules_loaded_by("rank", str(HAAKSBERGEN), watch=HEAVY)

    assert exit_code == 0
    assert loaded == []


# What only sensitivity, export or a progress bar need (issue 7: 'rank' starts fast).
NOT_FOR_RANK = (
    "partnerkeuze.montecarlo", "partnerkeuze.weightintervals", "partnerkeuze.scorethresholds",
    "partnerkeuze.export",
    "partnerkeuze.memo", "partnerkeuze.render.robustness_view", "partnerkeuze.scaffold",
    "concurrent.futures", "rich.progress", "rich.markdown", "rich.syntax", "rich.traceback",
    "jinja2", "PIL", "typer.rich_utils",  # typer's help and error printing (cli/dutch.py)
)


def test_rank_does_not_import_what_only_other_commands_need() -> None:
    exit_code, loaded = modules_loaded_by("rank", str(HAAKSBERGEN), watch=NOT_FOR_RANK)

    assert exit_code == 0
    assert loaded == []


def test_rank_on_a_file_seen_before_needs_neither_yaml_nor_pydantic(tmp_path: Path) -> None:
    """The second run reads the resolved scenario from the cache (scenariocache.py)."""
    cache = {"PARTNERKEUZE_CACHE": str(tmp_path)}
    first = modules_loaded_by("rank", str(HAAKSBERGEN), watch=("yaml", "pydantic"), env=cache)
    again = modules_loaded_by("rank", str(HAAKSBERGEN), watch=("yaml", "pydantic", "babel"), env=cache)

    assert first == (0, ["pydantic", "yaml"])
    assert again == (0, [])


def test_help_does_not_import_numpy_pydantic_or_the_engine() -> None:
    exit_code, loaded = modules_loaded_by(
        "--help", watch=("numpy", "yaml", "partnerkeuze.service", "partnerkeuze.models", *HEAVY)
    )

    assert exit_code == 0
    assert loaded == []


def test_rank_json_does_not_import_heavy_export_libraries() -> None:
    exit_code, loaded = modules_loaded_by(
        "rank", str(HAAKSBERGEN), "--json", watch=HEAVY
    )

    assert exit_code == 0
    assert loaded == []


def test_version_does_not_import_numpy_or_pydantic() -> None:
    """``partnerkeuze/__init__.py``: '--version must not pay for numpy and pydantic'."""
    exit_code, loaded = modules_loaded_by(
        "--version", watch=("numpy", "pydantic", "yaml", *HEAVY)
    )

    assert exit_code == 0
    assert loaded == []
