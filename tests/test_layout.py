"""The shape of the code base (STYLE §1, §2, §4): layers as folders, mirrored tests, import
rules, no circles, lazy imports.

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

# The layers, lowest first: a module may import its own layer and the layers before it.
LAYERS = ("language", "core", "scenario", "app", "render", "cli")
# The package's shell: the version, the errors every layer raises, atomic file writing.
TOP_LEVEL = {"__init__", "__main__", "_version", "errors", "atomic"}
# The one deliberate upward import: the export use case writes what the renderers make.
UPWARD_ALLOWED = {("partnerkeuze.app.export", "partnerkeuze.render")}
MAX_LINES = 400

# Modules tested through another test file (paths under tests/), with the reason. Keep it short.
COVERED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "__init__": ("cli/test_cli.py", "two lazy re-exports and __version__ (checked by --version)"),
    "__main__": ("cli/test_cli.py", "one line; test_cli runs 'python -m partnerkeuze'"),
    "_version": ("cli/test_cli.py", "one string; --version prints it"),
    "errors": ("scenario/test_loading.py", "every error is checked where it is raised, with its exit code"),
    "scenario/models": ("scenario/test_loading.py", "the schema is tested through the files it accepts and refuses"),
    "scenario/yamlsource": ("scenario/test_loading.py", "one test per bad input, whichever layer catches it"),
    "scenario/validation": ("scenario/test_loading.py", "one test per bad input, whichever layer catches it"),
    "scenario/resolve": ("scenario/test_loading.py", "one test per bad input, whichever layer catches it"),
    "scenario/loaded": ("scenario/test_loading.py", "the record load() returns"),
    "scenario/resolved": (
        "scenario/test_profiles.py",
        "records resolve.py fills in; select is tested with the profiles, uncertain_cells in test_scorevalues.py",
    ),
    "app/results": ("app/test_service.py", "frozen records that service.rank fills in"),
    "core/weightsampling": ("core/test_montecarlo.py", "the samplers' mean, spread and flatness, beside the loop that uses them"),
    "core/ranktally": ("core/test_montecarlo.py", "counting is checked through acceptability(), chunk for chunk"),
    "render/__init__": ("render/test_terminal.py", "a docstring only"),
    "cli/__init__": ("cli/test_cli.py", "main(), build_app and COMMANDS; test_cli runs every shared contract"),
    "cli/output": ("cli/test_cli.py", "error messages, exit codes and the quiet progress bar, through the commands"),
    "cli/options": ("cli/test_cli.py", "the shared options, through each command's --help and runs"),
    "cli/ranking": ("cli/test_cli.py", "rank and sensitivity (profiles and tasks: test_cli_decision.py)"),
    "cli/modelling": ("cli/test_cli_decision.py", "weights and profiles; compare in app/test_comparing.py"),
    "cli/files": ("cli/test_cli.py", "validate and criteria; init in app/test_scaffold.py, schema in scenario/test_schema.py"),
    "cli/exporting": ("app/test_export.py", "export end to end; portfolio in cli/test_cli.py"),
}


def source_modules() -> list[str]:
    """Every module as a path without '.py' ('core/matrix', 'language/__init__', 'errors')."""
    return sorted(p.relative_to(PACKAGE).with_suffix("").as_posix() for p in PACKAGE.rglob("*.py"))


def own_test_file(module: str) -> Path:
    """tests/<folder>/test_<name>.py; a package's __init__ with code is tested as its folder."""
    folder, _, name = module.rpartition("/")
    if name == "__init__" and folder:
        folder, _, name = folder.rpartition("/") if "/" in folder else (folder, "", folder)
    return TESTS / folder / f"test_{name}.py"


def is_docstring_only(path: Path) -> bool:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)


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
                    found.extend((child.lineno, f"partnerkeuze.{alias.name}") for alias in child.names)
                else:
                    found.append((child.lineno, child.module or ""))
            visit(child)

    visit(tree)
    return found


def all_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def layer_of(module: str) -> str:
    """'partnerkeuze.core.matrix' -> 'core'; '' for the shell at the top (errors, atomic ...)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else ""


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a higher layer (outside UPWARD_ALLOWED) and every import of the CLI's shell."""
    bad = []
    for module, targets in sorted(graph.items()):
        here = layer_of(module)
        for target in sorted(targets):
            there = layer_of(target)
            if here and there and LAYERS.index(there) > LAYERS.index(here):
                if (module, f"partnerkeuze.{there}") not in UPWARD_ALLOWED:
                    bad.append(f"{module} imports {target} ({here} -> {there})")
    return bad


# --- (a) the folders are the layers, and the tests mirror them ------------------------


def test_every_module_lives_in_a_layer_or_is_one_of_the_few_at_the_top() -> None:
    top = {m for m in source_modules() if "/" not in m}
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}

    assert top - {"__init__", "__main__"} <= TOP_LEVEL - {"__init__", "__main__"}
    assert len(top - {"__init__", "__main__"}) <= 4
    assert folders == set(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_every_layer_says_what_lives_there_and_what_it_may_import(layer: str) -> None:
    docstring = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text(encoding="utf-8")))

    assert docstring
    assert len(docstring) > 80


@pytest.mark.parametrize("module", source_modules())
def test_every_module_has_its_own_test_file(module: str) -> None:
    if module in COVERED_ELSEWHERE:
        other, _reason = COVERED_ELSEWHERE[module]
        assert (TESTS / other).is_file(), f"{module}.py is said to be tested in {other}, which does not exist"
    elif module.endswith("/__init__") and is_docstring_only(PACKAGE / f"{module}.py"):
        return  # a layer's docstring
    else:
        expected = own_test_file(module)
        assert expected.is_file(), f"src/partnerkeuze/{module}.py has no {expected.relative_to(TESTS.parent)}"


def test_the_allowlist_names_only_existing_modules() -> None:
    assert set(COVERED_ELSEWHERE) <= set(source_modules())


@pytest.mark.parametrize("path", all_sources(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_is_longer_than_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


# --- (b) import rules -----------------------------------------------------------------


def test_core_imports_only_numpy_the_standard_library_and_the_core() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)}:{line}: import {name}"
        for path in sorted((PACKAGE / "core").glob("*.py"))
        for line, name in runtime_imports(path)
        if not (
            name.split(".")[0] in sys.stdlib_module_names
            or name.split(".")[0] == "numpy"
            or name.startswith("partnerkeuze.core")
        )
    ]

    assert bad == []


def test_every_layer_imports_only_itself_and_the_layers_below() -> None:
    graph = project_import_graph()
    assert "partnerkeuze.render.memo" in graph["partnerkeuze.app.export"]  # else the rule checks nothing

    assert upward_imports(graph) == []


def test_an_upward_import_is_found() -> None:
    planted = {"partnerkeuze.core.matrix": {"partnerkeuze.render.terminal", "partnerkeuze.errors"}}

    assert upward_imports(planted) == [
        "partnerkeuze.core.matrix imports partnerkeuze.render.terminal (core -> render)"
    ]


def test_the_shell_imports_no_layer_except_where_it_must() -> None:
    graph = project_import_graph()

    assert graph["partnerkeuze.errors"] == set()
    assert graph["partnerkeuze._version"] == set()
    assert graph["partnerkeuze.atomic"] <= {"partnerkeuze.errors", "partnerkeuze.language.texts"}


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


def test_only_explores_app_imports_textual_and_watchfiles() -> None:
    """Textual and the file watcher load for ``explore`` alone (cli/explore_app.py)."""
    found = [
        path.relative_to(PACKAGE).as_posix()
        for path in all_sources()
        for _line, name in runtime_imports(path)
        if name.split(".")[0] in ("textual", "watchfiles")
    ]

    assert found
    assert set(found) == {"cli/explore_app.py"}


def test_only_cli_prints_or_exits() -> None:
    bad = []
    for path in all_sources():
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith("cli/") or where == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("print", "exit", "quit"):
                bad.append(f"{where}:{node.lineno}: {node.func.id}()")
            if isinstance(node, ast.Attribute) and ast.unparse(node) in ("sys.stdout", "sys.stderr", "sys.exit", "os._exit"):
                bad.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
            if isinstance(node, ast.Raise) and node.exc is not None and "SystemExit" in ast.unparse(node.exc):
                bad.append(f"{where}:{node.lineno}: raise SystemExit")

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
    assert "partnerkeuze.app.service" in graph["partnerkeuze.cli.ranking"]  # else the graph sees nothing

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
    "partnerkeuze.core.montecarlo", "partnerkeuze.core.weightintervals", "partnerkeuze.core.scorethresholds",
    "partnerkeuze.app.export",
    "partnerkeuze.render.memo", "partnerkeuze.render.robustness_view", "partnerkeuze.app.scaffold",
    "concurrent.futures", "rich.progress", "rich.markdown", "rich.syntax", "rich.traceback",
    "jinja2", "PIL", "typer.rich_utils",  # typer's help and error printing (cli/dutch.py)
    "textual", "watchfiles", "partnerkeuze.app.explore",  # explore's live screen
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


def test_explore_on_a_file_seen_before_needs_no_pydantic_until_a_save(tmp_path: Path) -> None:
    """Its save (``profilesave.py``) writes through the models; pressing ``s`` loads them, starting does not."""
    cache = {"PARTNERKEUZE_CACHE": str(tmp_path)}
    modules_loaded_by("rank", str(HAAKSBERGEN), "--json", watch=(), env=cache)
    again = modules_loaded_by("explore", str(HAAKSBERGEN), "--keys", "down,q", watch=("pydantic",), env=cache)

    assert again == (0, [])


def test_help_does_not_import_numpy_pydantic_or_the_engine() -> None:
    exit_code, loaded = modules_loaded_by(
        "--help", watch=("numpy", "yaml", "partnerkeuze.app.service", "partnerkeuze.scenario.models", "textual",
                         "watchfiles", *HEAVY)
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
