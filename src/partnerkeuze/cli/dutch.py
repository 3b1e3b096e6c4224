"""typer's and click's own words in Dutch: "Gebruik:", "Opties", "Onbekende optie: --x".

How. typer 0.28 vendors click as ``typer._click``, whose messages are English
f-strings (no gettext to hook), and ``typer.rich_utils`` keeps its labels in module
constants that it reads when it prints help or an error. A Dutch application is
built with the classes below (``cli.build_app`` passes them as ``cls``):

- the usage line ("Gebruik: partnerkeuze rank [OPTIES]") and the text of ``--help``:
  ``__init__``, ``format_usage`` and ``get_params`` are overridden;
- the labels (``[standaard: wsm]``, panel titles, "Probeer ... voor hulp."): set on
  ``typer.rich_utils`` just before typer prints with it (``format_help``, an error on
  its way out). typer imports rich_utils only then, and so do we: a run that prints
  nothing with rich (``rank --json``) never imports it, and the rest costs nothing;
- error messages: the root group catches click's error on its way out (everything
  click raises passes its ``make_context`` or ``invoke``) and translates its finished
  English text by the templates of ``click-nl.po`` (context ``messages``).

An English application uses the same classes with ``language = "en"``: they put back
typer's English labels if a Dutch application in this process changed them (tests).

Why an override and not a supported way (looked at again for issue #12): click 8 marks
its messages for gettext, but typer's vendored copy has those calls removed, so the usage
line and click's error texts have no hook. typer wraps some of its own labels in the
standard library's ``gettext`` (the global domain, read when rich_utils is imported), which
would need a compiled ``.mo`` bound process-wide before the import and still leave the rest
English. No maintained package translates click or typer. What typer does expose, the
rich_utils label constants, is used as such. The pin below 0.29 is for start-up, not for
this module (pyproject.toml says why).

Fragile by nature: this leans on typer's English wording, on the names of the
rich_utils constants and on the methods overridden here, none of them public API. An
upgrade that changes one leaves that text in English. tests/cli/test_dutch.py runs the
CLI and asserts every Dutch text, so such an upgrade fails a test that names it.
With ``TYPER_USE_RICH=0`` (plain help) typer's section titles stay English.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, ClassVar

import typer.core
from typer._click import ClickException, Context, HelpFormatter, Parameter
from typer._click import Command as ClickCommand
from typer._click.exceptions import UsageError
from typer.exceptions import Abort

from partnerkeuze.language import Language
from partnerkeuze.language.texts import click_texts

# The Dutch, from language/catalogues/click-nl.po (one small file, read when the app is built).
CLICK_MESSAGES = click_texts("messages")
CLICK_TYPE_NAMES = click_texts("type_names")
CLICK_LABELS = click_texts("labels")
CLICK_OPTION_HELP = click_texts("option_help")
CLICK_USAGE_PREFIX = click_texts("words")["Usage: "]
CLICK_OPTIONS_METAVAR = click_texts("words")["[OPTIONS]"]
CLICK_COMMAND_METAVAR = click_texts("words")["COMMAND [ARGS]..."]

_english_labels: dict[str, Any] = {}


def use_labels(language: Language) -> None:
    """Put typer's rich labels in ``language`` (imports ``typer.rich_utils``; call when it prints)."""
    if not typer.core.HAS_RICH or (language == "en" and not _english_labels):
        return  # no rich help, or never made Dutch: nothing to set or put back
    from typer import rich_utils  # noqa: PLC0415 - typer imports it at this moment too

    if not _english_labels:
        _english_labels.update({name: getattr(rich_utils, name) for name in CLICK_LABELS})
        # "Usage: " is coloured by a pattern; give "Gebruik: " the same colour.
        rich_utils.highlighter.highlights = [  # type: ignore[misc]  # this instance only
            *rich_utils.highlighter.highlights, f"(?P<usage>{re.escape(CLICK_USAGE_PREFIX)})",
        ]
    for name, text in (CLICK_LABELS if language == "nl" else _english_labels).items():
        setattr(rich_utils, name, text)


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    """CLICK_MESSAGES as regular expressions (compiled on the first error only)."""
    compiled = []
    for english, dutch in CLICK_MESSAGES.items():
        parts = re.split(r"\{(\w+)\}", english)
        pattern = "".join(f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
        compiled.append((re.compile(pattern, re.DOTALL), dutch))
    return compiled


def translate(message: str) -> str:
    """click's English ``message`` in Dutch; unchanged if no template matches it."""
    for pattern, dutch in _templates():
        found = pattern.fullmatch(message)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = translate(values["message"])
            if "type" in values:
                values["type"] = CLICK_TYPE_NAMES.get(values["type"], values["type"])
            return dutch.format(**values)
    return message


class _TranslatedError(UsageError):
    """A click error whose finished message is already Dutch."""

    def __init__(self, message: str, original: ClickException) -> None:
        super().__init__(message, getattr(original, "ctx", None))
        self.exit_code = original.exit_code


@contextmanager
def _errors_in(language: Language) -> Iterator[None]:
    """Errors leaving this block are printed in ``language``."""
    try:
        yield
    except (ClickException, Abort, EOFError) as exc:
        use_labels(language)
        if (
            language == "nl"
            and isinstance(exc, ClickException)
            and type(exc).__name__ != "NoArgsIsHelpError"  # its message is the help itself
        ):
            dutch = translate(exc.format_message())
            if dutch != exc.format_message():
                raise _TranslatedError(dutch, exc) from None
        raise


def _translate_help(params: list[Parameter]) -> None:
    """The help of the options typer adds itself (--help, --install-completion), in Dutch."""
    for param in params:
        text = getattr(param, "help", None)
        if text in CLICK_OPTION_HELP:
            param.help = CLICK_OPTION_HELP[text]  # type: ignore[attr-defined]  # options have help


class _Words(ClickCommand):
    """Usage line, typer's option help and labels in ``language``; mixed in before typer's class."""

    language: ClassVar[Language] = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.language == "nl":
            self.options_metavar = CLICK_OPTIONS_METAVAR

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        if self.language == "en":
            super().format_usage(ctx, formatter)
            return
        pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix=CLICK_USAGE_PREFIX)

    def get_params(self, ctx: Context) -> list[Parameter]:
        params = super().get_params(ctx)
        if self.language == "nl":
            _translate_help(params)
        return params

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        use_labels(self.language)
        super().format_help(ctx, formatter)


class Command(_Words, typer.core.TyperCommand):
    """A command (``rank`` ...) in ``language``."""


class Group(_Words, typer.core.TyperGroup):
    """The root: as ``Command``, and it translates every error on its way out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.language == "nl":
            self.subcommand_metavar = CLICK_COMMAND_METAVAR

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        with _errors_in(self.language):
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Context) -> Any:
        with _errors_in(self.language):
            return super().invoke(ctx)


class EnglishCommand(Command):
    language = "en"


class EnglishGroup(Group):
    language = "en"


def classes(language: Language) -> tuple[type[Group], type[Command]]:
    """The group and command classes for an application in ``language``."""
    return (Group, Command) if language == "nl" else (EnglishGroup, EnglishCommand)
