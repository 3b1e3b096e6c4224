"""The decision model as a whole: ``weights``, ``profiles`` (render/profiles_view.py), ``compare``."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from partnerkeuze.cli import options
from partnerkeuze.cli.output import err, handle_errors, out
from partnerkeuze.language import parse_language, set_language
from partnerkeuze.language.texts import t


def register(command: options.Command, h: options.HelpText) -> None:
    """Add ``weights``, ``profiles`` and ``compare`` (help texts through ``h``)."""
    LangOption = Annotated[str, options.lang(h)]
    FileArgument = Annotated[Path, options.scenario_file(h)]
    JsonOption = Annotated[bool, options.as_json(h)]
    ParticipantOption = Annotated[list[Path] | None, options.participant(h)]

    @command("weights")
    @handle_errors
    def weights(file: FileArgument, as_json: JsonOption = False, deelnemer: ParticipantOption = None,
                lang: LangOption = "nl") -> None:
        from partnerkeuze.cli.ranking import with_forms  # noqa: PLC0415

        set_language(parse_language(lang))
        scenario = with_forms(file, None, deelnemer)[0]
        if as_json:
            from partnerkeuze.render.jsonout import dumps  # noqa: PLC0415
            from partnerkeuze.render.profiles_view import weights_document  # noqa: PLC0415

            sys.stdout.write(dumps(weights_document(scenario)))
            return
        from partnerkeuze.render.profiles_view import weights_view  # noqa: PLC0415

        out().print(weights_view(scenario))

    @command("profiles")
    @handle_errors
    def profiles(
        file: FileArgument,
        as_json: JsonOption = False,
        deelnemer: ParticipantOption = None,
        opslaan: Annotated[Path | None, typer.Option("--opslaan", "--save", help=h("opslaan"), metavar="NIEUW.yaml")] = None,
        force: Annotated[bool, typer.Option("--force", help=h("force"))] = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app.stakeholders import compare_profiles  # noqa: PLC0415
        from partnerkeuze.cli.ranking import with_forms  # noqa: PLC0415

        set_language(parse_language(lang))
        scenario, workshop = with_forms(file, None, deelnemer)
        participants = workshop.participants if workshop is not None else ()
        if opslaan is not None:
            _save(file, workshop, opslaan, force=force)
        comparison = compare_profiles(scenario)
        if as_json:
            from partnerkeuze.render.jsonout import dumps  # noqa: PLC0415
            from partnerkeuze.render.profiles_view import profiles_document  # noqa: PLC0415

            document = profiles_document(comparison)
            if participants:
                from partnerkeuze.render.participants_view import participants_document  # noqa: PLC0415

                document["participants"] = participants_document(participants)
            sys.stdout.write(dumps(document))
            return
        if participants:
            from partnerkeuze.render.participants_view import participants_view  # noqa: PLC0415

            out().print(participants_view(comparison, participants))
            return
        from partnerkeuze.render.profiles_view import profiles_view  # noqa: PLC0415

        out().print(profiles_view(comparison))

    @command("compare")
    @handle_errors
    def compare(
        files: Annotated[list[Path], typer.Argument(help=h("compare_files"), metavar="OUD.yaml [NIEUW.yaml]")],
        since: Annotated[str | None, typer.Option("--since", help=h("since"), metavar="REVISIE")] = None,
        as_json: JsonOption = False,
        lang: LangOption = "nl",
    ) -> None:
        from partnerkeuze.app import comparing  # noqa: PLC0415
        from partnerkeuze.errors import UsageError  # noqa: PLC0415
        from partnerkeuze.render.robustness import robustness_sentences  # noqa: PLC0415

        set_language(parse_language(lang))
        if since is not None and len(files) == 1:
            comparison = comparing.compare_since(files[0], since, robustness_sentences)
        elif since is None and len(files) == 2:
            comparison = comparing.compare_files(files[0], files[1], robustness_sentences)
        else:
            raise UsageError(t("compare.usage"))
        if as_json:
            from partnerkeuze.render.jsonout import comparison_json  # noqa: PLC0415

            sys.stdout.write(comparison_json(comparison))
            return
        from partnerkeuze.render.compare_view import comparison_view  # noqa: PLC0415

        out().print(comparison_view(comparison))


def _save(file: Path, workshop: Any, target: Path, *, force: bool) -> None:
    """``profiles --opslaan``: the participants into a new scenario file, what was written and how to use it."""
    from partnerkeuze.app.workshop import Workshop, save_profiles  # noqa: PLC0415
    from partnerkeuze.language.texts import join_names  # noqa: PLC0415

    saved = save_profiles(file, workshop or Workshop((), ()), target, force=force)
    one = "_one" if saved.count == 1 else ""  # not 'de 1 deelnemers'
    lines = [t(f"participants.saved{one}", path=saved.path, count=saved.count)]
    if saved.group:
        lines.append(t(f"participants.saved_group{one}", path=saved.path, count=saved.count,
                       profiles=join_names(list(saved.others))))
    default = saved.default
    if default is not None and default.kind == "file":  # the new file still weighs with its own weights
        lines.append(t("participants.saved_own_weights", path=saved.path))
    elif default is not None and default.id in saved.others:  # the original's standaardprofiel
        lines.append(t("participants.saved_default_profile", path=saved.path, name=default.id))
    for line in lines:
        err().print(line, markup=False)
