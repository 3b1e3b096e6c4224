"""The commands that write up a decision: ``export`` (a report file) and ``portfolio`` (per task)."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import err, handle_errors, out, progress
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import t


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``export`` and ``portfolio`` (help texts through ``h``)."""
    LangOption = Annotated[str, options.lang(h)]
    FileArgument = Annotated[Path, options.scenario_file(h)]
    ProfileOption = Annotated[str | None, options.profile(h)]
    WeightOption = Annotated[list[str] | None, options.weight(h)]
    SamplesOption = Annotated[int, options.samples(h)]
    SeedOption = Annotated[int, options.seed(h)]
    SamplingOption = Annotated[str, options.sampling(h)]

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
        deelnemer: Annotated[list[Path] | None, options.participant(h)] = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import export as exporting  # noqa: PLC0415 - keep --help fast
        from partnerkeuze.app import service  # noqa: PLC0415
        from partnerkeuze.errors import UsageError  # noqa: PLC0415

        set_language(parse_language(lang))
        workshop = _workshop(file, deelnemer)
        try:
            chosen = exporting.ExportFormat(fmt.strip().lower().lstrip(".")) if fmt else None
        except ValueError:
            known = ", ".join(f.value for f in exporting.ExportFormat)
            raise UsageError(t("export.unknown_format", name=fmt, known=known)) from None
        export_options = exporting.ExportOptions(
            output=output, format=chosen, force=force, openbaar=openbaar, template=template,
            export_date=exporting.parse_date(datum), overrides=service.parse_weight_overrides(weight or []),
            samples=samples, seed=seed, sampling=service.parse_sampling(sampling), profile=profiel,
            workshop=workshop,
        )
        written = exporting.export(file, export_options)
        err().print(t("export.written", path=written), markup=False)

    @command("portfolio")
    @handle_errors
    def portfolio(
        file: FileArgument,
        as_json: Annotated[bool, options.as_json(h)] = False,
        samples: Annotated[int, typer.Option("--samples", "-n", help=h("portfolio_samples"), min=0, metavar="AANTAL")] = 0,
        seed: SeedOption = 0,
        weight: WeightOption = None,
        profiel: ProfileOption = None,
        deelnemer: Annotated[list[Path] | None, options.participant(h)] = None,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import portfolio as portfolios  # noqa: PLC0415
        from partnerkeuze.app import service  # noqa: PLC0415
        from partnerkeuze.scenario.loading import load  # noqa: PLC0415

        set_language(parse_language(lang))
        overrides = service.parse_weight_overrides(weight or [])
        loaded = load(file)
        workshop = _workshop(file, deelnemer)
        with progress(samples) as on_progress:
            result = portfolios.portfolio(loaded, samples=samples, seed=seed, progress=on_progress,
                                          overrides=overrides, profile=profiel, workshop=workshop)
        if as_json:
            from partnerkeuze.render.portfolio_view import portfolio_json  # noqa: PLC0415

            sys.stdout.write(portfolio_json(result))
            return
        from partnerkeuze.render.portfolio_view import portfolio_view  # noqa: PLC0415

        out().print(portfolio_view(result))


def _workshop(file: Path, deelnemer: list[Path] | None) -> Any:
    """The returned forms of ``--deelnemer`` (None without), read beside the file; notes to stderr.

    A file with tasks: the forms are checked against its first task here, and against
    every other task when it is ranked (app/portfolio.py).
    """
    if not deelnemer:
        return None
    from partnerkeuze.app import service  # noqa: PLC0415
    from partnerkeuze.cli.ranking import read_forms  # noqa: PLC0415

    return read_forms(file, service.resolved_scenario(file), deelnemer)
