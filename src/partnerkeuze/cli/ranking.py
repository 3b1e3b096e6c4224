"""The commands that rank: ``rank`` and ``sensitivity`` (one task, one weight profile)."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import err, handle_errors, out, progress
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import command_word, t


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``rank`` and ``sensitivity`` (help texts through ``h``)."""
    LangOption = Annotated[str, options.lang(h)]
    FileArgument = Annotated[Path, options.scenario_file(h)]
    JsonOption = Annotated[bool, options.as_json(h)]
    ProfileOption = Annotated[str | None, options.profile(h)]
    TaskOption = Annotated[str | None, options.task(h)]
    WeightOption = Annotated[list[str] | None, options.weight(h)]
    SamplesOption = Annotated[int, options.samples(h)]
    SeedOption = Annotated[int, options.seed(h)]
    SamplingOption = Annotated[str, options.sampling(h)]
    ParticipantOption = Annotated[list[Path] | None, options.participant(h)]

    @command("rank")
    @handle_errors
    def rank(
        file: FileArgument,
        weight: WeightOption = None,
        as_json: JsonOption = False,
        methode: Annotated[str, typer.Option("--methode", "--method", help=h("methode"), metavar="wsm|topsis|wpm")] = "wsm",
        profiel: ProfileOption = None,
        deelnemer: ParticipantOption = None,
        taak: TaskOption = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import service  # noqa: PLC0415 - keep --help fast

        set_language(parse_language(lang))
        overrides = service.parse_weight_overrides(weight or [])
        method = service.parse_method(methode)
        scenario = chosen_scenario(file, taak, profiel, deelnemer)
        ranking = service.rank_by(scenario, overrides, method)
        if as_json:
            from partnerkeuze.render.jsonout import ranking_json  # noqa: PLC0415

            sys.stdout.write(ranking_json(ranking))
            return
        from partnerkeuze.render.terminal import ranking_view  # noqa: PLC0415

        out().print(ranking_view(ranking))

    @command("sensitivity")
    @handle_errors
    def sensitivity(
        file: FileArgument,
        weight: WeightOption = None,
        samples: SamplesOption = 10_000,
        seed: SeedOption = 0,
        sampling: SamplingOption = "rond",
        as_json: JsonOption = False,
        profiel: ProfileOption = None,
        deelnemer: ParticipantOption = None,
        taak: TaskOption = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import service  # noqa: PLC0415

        set_language(parse_language(lang))
        overrides = service.parse_weight_overrides(weight or [])
        how = service.parse_sampling(sampling)
        scenario = chosen_scenario(file, taak, profiel, deelnemer)
        with progress(samples) as on_progress:
            report = service.sensitivity(
                scenario, overrides, samples=samples, seed=seed, sampling=how, progress=on_progress
            )
        if as_json:
            from partnerkeuze.render.jsonout import sensitivity_json  # noqa: PLC0415

            sys.stdout.write(sensitivity_json(report))
            return
        from partnerkeuze.render.robustness_view import sensitivity_view  # noqa: PLC0415

        out().print(sensitivity_view(report))


def chosen_scenario(file: Path, taak: str | None, profiel: str | None, deelnemer: list[Path] | None = None) -> Any:
    """The scenario as rank and sensitivity see it: one task, one weight profile (returned forms beside)."""
    from partnerkeuze.scenario.resolved import select  # noqa: PLC0415

    return select(with_forms(file, taak, deelnemer)[0], profiel)


def with_forms(file: Path, taak: str | None, deelnemer: list[Path] | None) -> tuple[Any, Any]:
    """The scenario with the returned forms of ``--deelnemer`` beside its weightings, and the workshop.

    With forms, the group of profiles and participants weighs by default; what was noted
    while reading them (another version of the scenario, a name twice) goes to stderr.
    """
    from partnerkeuze.app import service  # noqa: PLC0415

    scenario = service.resolved_scenario(file, taak)
    _first_task_note(scenario, taak, file)
    if not deelnemer:
        return scenario, None
    workshop = read_forms(file, scenario, deelnemer)
    return workshop.apply(scenario), workshop


def read_forms(file: Path, scenario: Any, deelnemer: list[Path]) -> Any:
    """The returned forms of ``--deelnemer``, checked against ``scenario`` of ``file``; their notes on stderr.

    The notes do not stop the command: a form of another version of the scenario, a name twice.
    """
    from partnerkeuze.app.workshop import read_workshop  # noqa: PLC0415 - YAML and pydantic: only with forms

    workshop = read_workshop(file, scenario, deelnemer)
    for issue in workshop.warnings:
        err().print(str(issue), markup=False)
    return workshop


def _first_task_note(scenario: Any, task: str | None, file: Path) -> None:
    """On stderr: a file with tasks ranked without --taak shows its first task (say so)."""
    if task is None and scenario.tasks:
        err().print(t("tasks.first_task_note", count=len(scenario.tasks), task=scenario.task,
                      known=", ".join(scenario.tasks), path=command_word(file)), markup=False)
