"""The commands about files themselves: ``validate``, ``criteria``, ``init``, ``schema``."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import err, handle_errors, out
from partnerkeuze.errors import EXIT_USAGE, ScenarioError, ScenarioInvalid
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import command_word, t


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``validate``, ``criteria``, ``init`` and ``schema`` (help texts through ``h``)."""
    LangOption = Annotated[str, options.lang(h)]

    @command("validate")
    def validate(
        files: Annotated[list[Path], typer.Argument(help=h("files"), metavar="SCENARIO.yaml...")],
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import service  # noqa: PLC0415

        set_language(parse_language(lang))
        worst = 0
        for file in files:
            try:
                _loaded, scenario = service.open_scenario(file)
            except ScenarioInvalid as exc:
                for issue in exc.issues:
                    err().print(str(issue), markup=False)
                err().print(_problems(len(exc.issues), file), markup=False)
                worst = max(worst, exc.exit_code)
            except ScenarioError as exc:
                err().print(str(exc.issue), markup=False)
                err().print(_problems(1, file), markup=False)
                worst = max(worst, exc.exit_code)
            else:
                message = t("cli.valid", path=file, candidates=len(scenario.candidates) + len(scenario.excluded),
                            criteria=len(scenario.criteria) + len(scenario.dropped))
                out().print(message, markup=False)
        if worst:
            raise typer.Exit(worst)

    @command("criteria")
    @handle_errors
    def criteria(
        name: Annotated[str | None, typer.Argument(help=h("set_name"), metavar="SET")] = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.render.terminal import criteria_set_view, criteria_sets_view  # noqa: PLC0415
        from partnerkeuze.scenario import criteriasets  # noqa: PLC0415
        from partnerkeuze.scenario.loading import load_criteria_set  # noqa: PLC0415

        set_language(parse_language(lang))
        if name is None:
            sets = [(n, load_criteria_set(criteriasets.builtin_dir() / f"{n}.yaml")) for n in criteriasets.builtin_names()]
            out().print(criteria_sets_view(sets))
            return
        path = criteriasets.find(name, Path.cwd())
        if path is None:
            err().print(f"{t('cli.error_prefix')}: " + t("cli.unknown_set", name=name, known=", ".join(criteriasets.builtin_names())), markup=False)
            raise typer.Exit(EXIT_USAGE)
        out().print(criteria_set_view(name if path.parent == criteriasets.builtin_dir() else str(path), load_criteria_set(path)))

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
        from partnerkeuze.app import scaffold  # noqa: PLC0415
        from partnerkeuze.atomic import check_target  # noqa: PLC0415
        from partnerkeuze.scenario import criteriasets  # noqa: PLC0415

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
        starter = scaffold.StarterOptions(
            criteria_set=(criteriaset or "").strip() or scaffold.DEFAULT_SET,
            candidates=tuple(kandidaat or ()),
            title=titel,
            organisation=organisatie,
        )
        written = scaffold.write_scenario(output, starter, force=force)
        count = len(scaffold.candidate_list(starter))
        err().print(t("init.written", path=written, command=command_word(written), candidates=count,
                         set=starter.criteria_set), markup=False)

    @command("schema")
    @handle_errors
    def schema(lang: LangOption = "nl") -> None:
        from partnerkeuze.scenario.schema import schema_json  # noqa: PLC0415 - pydantic's schema machinery is heavy

        set_language(parse_language(lang))
        sys.stdout.write(schema_json(english_keys=parse_language(lang) == "en"))


def _stdin_is_terminal() -> bool:
    """True when a person can answer questions (``init`` asks only then)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # replaced or closed stdin
        return False


def _problems(count: int, file: Path) -> str:
    """'1 probleem gevonden in F.' or '3 problemen gevonden in F.'"""
    return t("cli.problem", path=file) if count == 1 else t("cli.problems", count=count, path=file)
