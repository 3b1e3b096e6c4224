"""The command line: parse, call the service, print. The only code that prints or exits."""

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from partnerkeuze import __version__
from partnerkeuze.errors import (
    EXIT_USAGE,
    PartnerkeuzeError,
    ScenarioError,
    ScenarioInvalid,
)
from partnerkeuze.language import (
    ENV_VAR,
    Language,
    default_language,
    parse_language,
    set_language,
)
from partnerkeuze.texts import help_text, t

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])


# emoji=False: rich would turn "scenario.yaml:100:5" into "scenario.yaml💯5" (and a
# name like ":smile:" into a face); markup=False alone does not stop that.
# rich is imported where something is printed with it: 'rank --json' needs none of it.
def _out() -> "Console":
    from rich.console import Console  # noqa: PLC0415

    return Console(highlight=False, emoji=False)


def _err() -> "Console":
    from rich.console import Console  # noqa: PLC0415

    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def handle_errors(func: F) -> F:
    """Turn every user-caused error into a located message and a documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ScenarioInvalid as exc:
            err = _err()
            for issue in exc.issues:
                err.print(str(issue), markup=False)
            raise typer.Exit(exc.exit_code) from None
        except ScenarioError as exc:
            _err().print(str(exc.issue), markup=False)
            raise typer.Exit(exc.exit_code) from None
        except PartnerkeuzeError as exc:
            _err().print(f"{t('cli.error_prefix')}: {exc}", markup=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


class _LazyProgress:
    """A progress bar on stderr that appears only once a run has taken a second.

    Why: most runs finish in a blink, and a bar that flashes by is noise.
    """

    def __init__(self, total: int) -> None:
        import time  # noqa: PLC0415

        self.clock = time.monotonic
        self.total = total
        self.started = self.clock()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int) -> None:
        if self.bar is None:
            if self.clock() - self.started < 1.0 or not _err().is_terminal:
                return
            from rich.progress import Progress  # noqa: PLC0415

            self.bar = Progress(console=_err(), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(t("cli.sampling_progress"), total=self.total)
        self.bar.update(self.task, completed=done)

    def __enter__(self) -> "_LazyProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _progress(total: int) -> _LazyProgress:
    return _LazyProgress(total)


def _language_from_argv(argv: list[str]) -> Language:
    """The --lang given on the command line, before typer parses it (for --help texts)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return parse_language(argv[i + 1])
        if arg.startswith("--lang="):
            return parse_language(arg.split("=", 1)[1])
    return default_language()


COMMANDS = (
    "rank", "sensitivity", "validate", "criteria", "export", "weights", "profiles",
    "init", "compare", "schema", "portfolio",
)


def build_app(language: Language, only: str | None = None) -> typer.Typer:
    """The typer application, with help texts in ``language``.

    ``only``: register just that command. Why: typer inspects every command's
    signature each time the program starts (about 10 ms on the 2-core reference
    machine, issue #7); a run of ``rank`` only needs ``rank``.
    """

    def h(key: str) -> str:
        return help_text(key, language)

    def command(name: str) -> Callable[[F], F]:
        """``app.command`` for ``name``, unless another command is the only one wanted."""
        if only is not None and only != name:
            return lambda func: func
        return app.command(name=name, help=h(name))  # type: ignore[return-value]

    app = typer.Typer(
        name="partnerkeuze",
        help=h("app"),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    LangOption = Annotated[str, typer.Option("--lang", envvar=ENV_VAR, help=h("lang"), metavar="nl|en")]
    FileArgument = Annotated[Path, typer.Argument(help=h("file"), metavar="SCENARIO.yaml")]
    ProfileOption = Annotated[str | None, typer.Option("--profiel", "--profile", help=h("profiel"), metavar="NAAM")]
    TaskOption = Annotated[str | None, typer.Option("--taak", "--task", help=h("taak"), metavar="ID")]
    WeightOption = Annotated[list[str] | None, typer.Option("--weight", "-w", help=h("weight"), metavar="ID=WAARDE")]

    def chosen_scenario(file: Path, taak: str | None, profiel: str | None) -> Any:
        """The scenario as rank and sensitivity see it: one task, one weight profile."""
        from partnerkeuze import service  # noqa: PLC0415
        from partnerkeuze.resolved import select  # noqa: PLC0415

        scenario = service.resolved_scenario(file, taak)
        _first_task_note(scenario, taak, file)
        return select(scenario, profiel)

    def version_callback(value: bool) -> None:
        if value:
            typer.echo(f"partnerkeuze {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def main_callback(
        version: Annotated[
            bool, typer.Option("--version", help=h("version"), callback=version_callback, is_eager=True)
        ] = False,
    ) -> None:
        pass

    @command("rank")
    @handle_errors
    def rank(
        file: FileArgument,
        weight: WeightOption = None,
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        methode: Annotated[str, typer.Option("--methode", "--method", help=h("methode"), metavar="wsm|topsis|wpm")] = "wsm",
        profiel: ProfileOption = None,
        taak: TaskOption = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import service  # noqa: PLC0415 - keep --help fast

        set_language(parse_language(lang))
        overrides = service.parse_weight_overrides(weight or [])
        method = service.parse_method(methode)
        scenario = chosen_scenario(file, taak, profiel)
        ranking = service.rank_by(scenario, overrides, method)
        if as_json:
            from partnerkeuze.render.jsonout import ranking_json  # noqa: PLC0415

            sys.stdout.write(ranking_json(ranking))
            return
        from partnerkeuze.render.terminal import ranking_view  # noqa: PLC0415

        _out().print(ranking_view(ranking))

    SamplesOption = Annotated[int, typer.Option("--samples", "-n", help=h("samples"), min=0)]
    SeedOption = Annotated[int, typer.Option("--seed", help=h("seed"), min=0)]
    SamplingOption = Annotated[str, typer.Option("--sampling", help=h("sampling"), metavar="rond|uniform")]

    @command("sensitivity")
    @handle_errors
    def sensitivity(
        file: FileArgument,
        weight: WeightOption = None,
        samples: SamplesOption = 10_000,
        seed: SeedOption = 0,
        sampling: SamplingOption = "rond",
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        profiel: ProfileOption = None,
        taak: TaskOption = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import service  # noqa: PLC0415

        set_language(parse_language(lang))
        overrides = service.parse_weight_overrides(weight or [])
        how = service.parse_sampling(sampling)
        scenario = chosen_scenario(file, taak, profiel)
        with _progress(samples) as progress:
            report = service.sensitivity(
                scenario, overrides, samples=samples, seed=seed, sampling=how, progress=progress
            )
        if as_json:
            from partnerkeuze.render.jsonout import sensitivity_json  # noqa: PLC0415

            sys.stdout.write(sensitivity_json(report))
            return
        from partnerkeuze.render.robustness_view import sensitivity_view  # noqa: PLC0415

        _out().print(sensitivity_view(report))

    @command("validate")
    def validate(
        files: Annotated[list[Path], typer.Argument(help=h("files"), metavar="SCENARIO.yaml...")],
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import service  # noqa: PLC0415

        set_language(parse_language(lang))
        worst = 0
        for file in files:
            try:
                loaded, scenario = service.open_scenario(file)
            except ScenarioInvalid as exc:
                for issue in exc.issues:
                    _err().print(str(issue), markup=False)
                _err().print(t("cli.problems", count=len(exc.issues), path=file), markup=False)
                worst = max(worst, exc.exit_code)
            except ScenarioError as exc:
                _err().print(str(exc.issue), markup=False)
                _err().print(t("cli.problems", count=1, path=file), markup=False)
                worst = max(worst, exc.exit_code)
            else:
                message = t("cli.valid", path=file, candidates=len(scenario.candidates) + len(scenario.excluded),
                            criteria=len(scenario.criteria) + len(scenario.dropped))
                _out().print(message, markup=False)
        if worst:
            raise typer.Exit(worst)

    @command("criteria")
    @handle_errors
    def criteria(
        name: Annotated[str | None, typer.Argument(help=h("set_name"), metavar="SET")] = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import criteriasets  # noqa: PLC0415
        from partnerkeuze.loading import load_criteria_set  # noqa: PLC0415
        from partnerkeuze.render.terminal import criteria_set_view, criteria_sets_view  # noqa: PLC0415

        set_language(parse_language(lang))
        if name is None:
            sets = [(n, load_criteria_set(criteriasets.builtin_dir() / f"{n}.yaml")) for n in criteriasets.builtin_names()]
            _out().print(criteria_sets_view(sets))
            return
        path = criteriasets.find(name, Path.cwd())
        if path is None:
            _err().print(f"{t('cli.error_prefix')}: " + t("cli.unknown_set", name=name, known=", ".join(criteriasets.builtin_names())), markup=False)
            raise typer.Exit(EXIT_USAGE)
        _out().print(criteria_set_view(name if path.parent == criteriasets.builtin_dir() else str(path), load_criteria_set(path)))

    @command("export")
    @handle_errors
    def export(
        file: FileArgument,
        output: Annotated[Path | None, typer.Option("--output", "-o", help=h("output"), metavar="PAD")] = None,
        fmt: Annotated[str | None, typer.Option("--format", "-f", help=h("format"), metavar="docx|xlsx|html|md|csv")] = None,
        force: Annotated[bool, typer.Option("--force", help=h("force"))] = False,
        openbaar: Annotated[bool, typer.Option("--openbaar", help=h("openbaar"))] = False,
        template: Annotated[Path | None, typer.Option("--template", help=h("template"), metavar="SJABLOON.docx")] = None,
        datum: Annotated[str | None, typer.Option("--datum", help=h("datum"), metavar="JJJJ-MM-DD")] = None,
        weight: WeightOption = None,
        samples: SamplesOption = 10_000,
        seed: SeedOption = 0,
        sampling: SamplingOption = "rond",
        profiel: ProfileOption = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import export as exporting  # noqa: PLC0415 - keep --help fast
        from partnerkeuze import service  # noqa: PLC0415
        from partnerkeuze.errors import UsageError  # noqa: PLC0415

        set_language(parse_language(lang))
        try:
            chosen = exporting.ExportFormat(fmt.strip().lower().lstrip(".")) if fmt else None
        except ValueError:
            known = ", ".join(f.value for f in exporting.ExportFormat)
            raise UsageError(t("export.unknown_format", name=fmt, known=known)) from None
        options = exporting.ExportOptions(
            output=output, format=chosen, force=force, openbaar=openbaar, template=template,
            export_date=exporting.parse_date(datum), overrides=service.parse_weight_overrides(weight or []),
            samples=samples, seed=seed, sampling=service.parse_sampling(sampling), profile=profiel,
        )
        written = exporting.export(file, options)
        _err().print(t("export.written", path=written), markup=False)

    # --- decision modelling: weights, profiles (render/profiles_view.py) ---------------------
    @command("weights")
    @handle_errors
    def weights(
        file: FileArgument,
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import service  # noqa: PLC0415

        set_language(parse_language(lang))
        scenario = service.resolved_scenario(file)
        if as_json:
            from partnerkeuze.render.jsonout import dumps  # noqa: PLC0415
            from partnerkeuze.render.profiles_view import weights_document  # noqa: PLC0415

            sys.stdout.write(dumps(weights_document(scenario)))
            return
        from partnerkeuze.render.profiles_view import weights_view  # noqa: PLC0415

        _out().print(weights_view(scenario))

    @command("profiles")
    @handle_errors
    def profiles(
        file: FileArgument,
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import service  # noqa: PLC0415
        from partnerkeuze.stakeholders import compare_profiles  # noqa: PLC0415

        set_language(parse_language(lang))
        scenario = service.resolved_scenario(file)
        comparison = compare_profiles(scenario)
        if as_json:
            from partnerkeuze.render.jsonout import dumps  # noqa: PLC0415
            from partnerkeuze.render.profiles_view import profiles_document  # noqa: PLC0415

            sys.stdout.write(dumps(profiles_document(comparison)))
            return
        from partnerkeuze.render.profiles_view import profiles_view  # noqa: PLC0415

        _out().print(profiles_view(comparison))

    @command("init")
    @handle_errors
    def init_command(
        output: Annotated[Path, typer.Argument(help=h("init_output"), metavar="UITVOER.yaml")],
        criteriaset: Annotated[str | None, typer.Option("--criteriaset", help=h("init_set"), metavar="SET")] = None,
        kandidaat: Annotated[list[str] | None, typer.Option("--kandidaat", "-k", help=h("init_candidate"), metavar="NAAM")] = None,
        titel: Annotated[str | None, typer.Option("--titel", help=h("init_title"), metavar="TEKST")] = None,
        organisatie: Annotated[str | None, typer.Option("--organisatie", help=h("init_organisation"), metavar="NAAM")] = None,
        force: Annotated[bool, typer.Option("--force", help=h("init_force"))] = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import criteriasets, scaffold  # noqa: PLC0415
        from partnerkeuze.atomic import check_target  # noqa: PLC0415

        set_language(parse_language(lang))
        check_target(output, force=force)  # refuse before asking anything
        if _stdin_is_terminal():
            if titel is None:
                titel = typer.prompt(t("init.prompt_title"), default=t("init.default_title"))
            if organisatie is None:
                organisatie = typer.prompt(t("init.prompt_organisation"), default="", show_default=False)
            if criteriaset is None:
                known = ", ".join(criteriasets.builtin_names())
                criteriaset = typer.prompt(t("init.prompt_set", known=known), default=scaffold.DEFAULT_SET)
            if not kandidaat:
                answer = typer.prompt(t("init.prompt_candidates", status_quo=t("init.status_quo_name")),
                                      default="", show_default=False)
                kandidaat = answer.split(",")
        options = scaffold.StarterOptions(
            criteria_set=(criteriaset or "").strip() or scaffold.DEFAULT_SET,
            candidates=tuple(kandidaat or ()),
            title=titel,
            organisation=organisatie,
        )
        written = scaffold.write_scenario(output, options, force=force)
        count = len(scaffold.candidate_list(options))
        _err().print(t("init.written", path=written, candidates=count, set=options.criteria_set), markup=False)

    @command("compare")
    @handle_errors
    def compare(
        files: Annotated[list[Path], typer.Argument(help=h("compare_files"), metavar="OUD.yaml [NIEUW.yaml]")],
        since: Annotated[str | None, typer.Option("--since", help=h("since"), metavar="REVISIE")] = None,
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import comparing  # noqa: PLC0415
        from partnerkeuze.errors import UsageError  # noqa: PLC0415

        set_language(parse_language(lang))
        if since is not None and len(files) == 1:
            comparison = comparing.compare_since(files[0], since)
        elif since is None and len(files) == 2:
            comparison = comparing.compare_files(files[0], files[1])
        else:
            raise UsageError(t("compare.usage"))
        if as_json:
            from partnerkeuze.render.jsonout import comparison_json  # noqa: PLC0415

            sys.stdout.write(comparison_json(comparison))
            return
        from partnerkeuze.render.compare_view import comparison_view  # noqa: PLC0415

        _out().print(comparison_view(comparison))

    @command("schema")
    @handle_errors
    def schema(lang: LangOption = "nl") -> None:
        from partnerkeuze.schema import schema_json  # noqa: PLC0415 - pydantic's schema machinery is heavy

        set_language(parse_language(lang))
        sys.stdout.write(schema_json(english_keys=parse_language(lang) == "en"))

    @command("portfolio")
    @handle_errors
    def portfolio(
        file: FileArgument,
        as_json: Annotated[bool, typer.Option("--json", help=h("json"))] = False,
        samples: Annotated[int, typer.Option("--samples", "-n", help=h("portfolio_samples"), min=0)] = 0,
        seed: SeedOption = 0,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze import portfolio as portfolios  # noqa: PLC0415
        from partnerkeuze.loading import load  # noqa: PLC0415

        set_language(parse_language(lang))
        with _progress(samples) as progress:
            result = portfolios.portfolio(load(file), samples=samples, seed=seed, progress=progress)
        if as_json:
            from partnerkeuze.render.portfolio_view import portfolio_json  # noqa: PLC0415

            sys.stdout.write(portfolio_json(result))
            return
        from partnerkeuze.render.portfolio_view import portfolio_view  # noqa: PLC0415

        _out().print(portfolio_view(result))

    return app


def _first_task_note(scenario: Any, task: str | None, file: Path) -> None:
    """On stderr: a file with tasks ranked without --taak shows its first task (say so)."""
    if task is None and scenario.tasks:
        _err().print(t("tasks.first_task_note", count=len(scenario.tasks), task=scenario.task,
                       known=", ".join(scenario.tasks), path=file), markup=False)


def _stdin_is_terminal() -> bool:
    """True when a person can answer questions (``init`` asks only then)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # replaced or closed stdin
        return False


def __getattr__(name: str) -> Any:
    """``app``, the whole application, built on first use (tests, typer's own tools).

    main() does not use it: it builds the one command it runs.
    """
    if name == "app":
        globals()["app"] = built = build_app(default_language())
        return built
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def main() -> None:
    """Console-script entry point."""
    # partnerkeuze uses no pydantic plugins; looking for them reads the metadata of
    # every installed package (about 20 ms of every start). Only for this process.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # The Monte Carlo runs its chunks on its own threads (montecarlo.THREADS); BLAS
    # threads on top of those spin against them (measured: 1.4 s instead of 1.0 s).
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    argv = sys.argv[1:]
    completing = any(name.endswith("_COMPLETE") for name in os.environ)
    only = argv[0] if argv and argv[0] in COMMANDS and not completing else None
    build_app(_language_from_argv(argv), only)(prog_name="partnerkeuze")
