"""The weighing session: ``form`` writes the offline form (render/form.py) a participant fills in.

The forms they return are read with ``--deelnemer`` by ``profiles``, ``weights``, ``rank``,
``sensitivity`` and ``export`` (app/workshop.py).
"""

from pathlib import Path
from typing import Annotated

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import err, handle_errors
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import command_word, t


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``form`` (help texts through ``h``)."""

    @command("form")
    @handle_errors
    def form(
        file: Annotated[Path, options.scenario_file(h)],
        output: Annotated[Path | None, typer.Option("--output", "-o", help=h("form_output"), metavar="PAD")] = None,
        methode: Annotated[str, typer.Option("--methode", "--method", help=h("form_methode"),
                                             metavar="punten|rangorde|paarsgewijs|swing")] = "punten",
        formule: Annotated[str | None, typer.Option("--formule", "--formula", help=h("formule"),
                                                    metavar="roc|rs|rr")] = None,
        taak: Annotated[str | None, typer.Option("--taak", "--task", help=h("form_taak"), metavar="ID")] = None,
        force: Annotated[bool, typer.Option("--force", help=h("force"))] = False,
        lang: Annotated[str, options.lang(h)] = "nl",
    ) -> None:
        from partnerkeuze.app import workshop  # noqa: PLC0415 - keep --help fast
        from partnerkeuze.atomic import check_target, write_atomic  # noqa: PLC0415
        from partnerkeuze.errors import UsageError  # noqa: PLC0415
        from partnerkeuze.render.form import render  # noqa: PLC0415

        set_language(parse_language(lang))
        method = workshop.parse_form_method(methode)
        if formule is not None and method != "rangorde":
            raise UsageError(t("form.formula_only_rank"))
        formula = workshop.parse_formula(formule or "roc")
        target = output if output is not None else Path(f"weging-{file.stem}.html")
        check_target(target, force=force, protect=[file])
        if target.suffix.lower() not in (".html", ".htm"):  # 'weging.yaml' would later be read as a returned form
            raise UsageError(t("form.not_html", path=target))
        page = render(workshop.weighing_form(file, method, formula, taak))
        write_atomic(target, page.encode("utf-8"), force=force, protect=[file])
        err().print(t("form.written", path=target, scenario=command_word(file)), markup=False)
