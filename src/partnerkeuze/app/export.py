"""The export use case: scenario file in, memo file out (written atomically). No printing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from partnerkeuze.app import service
from partnerkeuze.atomic import check_target, write_atomic
from partnerkeuze.core.weightsampling import Sampling
from partnerkeuze.errors import UsageError
from partnerkeuze.language.formatting import number
from partnerkeuze.language.texts import os_reason, t
from partnerkeuze.render.memo import Memo, build_memo, public_names, public_notice
from partnerkeuze.render.robustness import memo_sensitivity
from partnerkeuze.scenario.filebytes import FileTooLarge, NotRegularFile, read_limited
from partnerkeuze.scenario.loaded import LoadedScenario
from partnerkeuze.scenario.resolved import select as select_profile

if TYPE_CHECKING:
    from partnerkeuze.app.workshop import Workshop


class ExportFormat(StrEnum):
    """The formats ``partnerkeuze export`` writes; the value is the usual extension."""

    DOCX = "docx"
    XLSX = "xlsx"
    HTML = "html"
    MD = "md"
    CSV = "csv"


PORTFOLIO_FORMATS = frozenset({ExportFormat.MD, ExportFormat.DOCX, ExportFormat.CSV, ExportFormat.HTML, ExportFormat.XLSX})
"""The formats a file with tasks (a portfolio) exports to; the others refuse with ``portfolio.export_format``."""

SUFFIXES: dict[str, ExportFormat] = {
    ".docx": ExportFormat.DOCX, ".xlsx": ExportFormat.XLSX, ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML, ".md": ExportFormat.MD, ".markdown": ExportFormat.MD, ".csv": ExportFormat.CSV,
}


@dataclass(frozen=True)
class ExportOptions:
    """What the command line passes to ``export``.

    ``samples``, ``seed`` and ``sampling`` set the Monte Carlo of the sensitivity
    section (``samples=0``: exact intervals and thresholds only, no sampling).
    """

    output: Path | None = None
    format: ExportFormat | None = None
    force: bool = False
    openbaar: bool = False
    template: Path | None = None
    export_date: dt.date | None = None
    overrides: Mapping[str, float] = field(default_factory=dict)
    samples: int = service.DEFAULT_SAMPLES
    seed: int = service.DEFAULT_SEED
    sampling: Sampling = "around"
    profile: str | None = None  # --profiel: weigh with this profile (or 'groep')
    workshop: Workshop | None = None  # --deelnemer: the returned weighing forms, their group weighs


def target(scenario_path: Path, output: Path | None, fmt: ExportFormat | None) -> tuple[ExportFormat, Path]:
    """The format (``--format``, else the extension of ``--output``) and the output path."""
    if fmt is None:
        if output is None:
            raise UsageError(t("export.no_output"))
        fmt = SUFFIXES.get(output.suffix.lower())
        if fmt is None:
            raise UsageError(t("export.unknown_format", name=output.name, known=", ".join(f.value for f in ExportFormat)))
    return fmt, output if output is not None else Path(f"{scenario_path.stem}.{fmt.value}")


def parse_date(text: str | None) -> dt.date:
    """``--datum 2024-03-15``; today when not given."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(t("export.bad_date", text=text)) from None


def render(fmt: ExportFormat, memo: Memo, template: bytes | None = None) -> bytes:
    """The file's bytes in ``fmt`` (text formats as UTF-8)."""
    # Lazy imports: python-docx, openpyxl and matplotlib load only for their format.
    if fmt is ExportFormat.DOCX:
        from partnerkeuze.render import docx

        return docx.render(memo, template=template)
    if fmt is ExportFormat.XLSX:
        from partnerkeuze.render import xlsx

        return xlsx.render(memo)
    if fmt is ExportFormat.HTML:
        from partnerkeuze.render import html

        return html.render(memo).encode("utf-8")
    if fmt is ExportFormat.MD:
        from partnerkeuze.render import markdown

        return markdown.render(memo).encode("utf-8")
    from partnerkeuze.render import csvout

    return csvout.render(memo)


def export(scenario_path: Path, options: ExportOptions) -> Path:
    """Write the memo of a scenario file; returns the path written.

    Refuses, before any work, to write over the scenario or the template, or over an
    existing file without ``force``; raises ``PartnerkeuzeError`` subclasses.
    """
    fmt, output = target(scenario_path, options.output, options.format)
    if options.template is not None and fmt is not ExportFormat.DOCX:
        raise UsageError(t("export.template_only_docx"))
    protect = [scenario_path] + ([options.template] if options.template else [])
    protect += options.workshop.paths if options.workshop is not None else ()
    check_target(output, force=options.force, protect=protect)
    template = _read_template(options.template) if options.template else None
    loaded, scenario = service.open_scenario(scenario_path)
    if loaded.scenario.tasks:
        if fmt not in PORTFOLIO_FORMATS:
            raise UsageError(t("portfolio.export_format"))
        write_atomic(output, lambda: portfolio_bytes(loaded, options, fmt, template), force=options.force,
                     protect=protect)
        return output
    if options.workshop is not None:
        scenario = options.workshop.apply(scenario)
    scenario = select_profile(scenario, options.profile)
    report = service.sensitivity(
        scenario, options.overrides, samples=options.samples, seed=options.seed, sampling=options.sampling
    )
    memo = build_memo(
        report.ranking,
        sha256=loaded.sha256,
        export_date=options.export_date or dt.date.today(),
        openbaar=options.openbaar,
        sensitivity=memo_sensitivity(report),
        forms=_forms(options),
    )
    write_atomic(output, lambda: render(fmt, memo, template), force=options.force, protect=protect)
    return output


def portfolio_bytes(loaded: LoadedScenario, options: ExportOptions, fmt: ExportFormat = ExportFormat.MD,
                    template: bytes | None = None) -> bytes:
    """The portfolio memo of a file with tasks: the summary, then each task's memo.

    Each task's memo is the ordinary memo of that task's scenario, with the same
    options (weights per task come from the file; ``--weight``/``--profiel``/``--deelnemer``
    apply to every task).
    """
    from partnerkeuze.app.portfolio import portfolio
    from partnerkeuze.render.portfolio_view import portfolio_markdown, portfolio_memo

    result = portfolio(loaded, samples=0, seed=options.seed, overrides=options.overrides, profile=options.profile,
                       workshop=options.workshop)
    pseudonyms, scrub = public_names([(c.id, c.label, c.confidential) for c in loaded.scenario.candidates],
                                     options.openbaar)
    memos = []
    for task in result.tasks:  # task.scenario is weighed with options.profile already
        report = service.sensitivity(task.scenario, options.overrides, samples=options.samples, seed=options.seed,
                                     sampling=options.sampling)
        memos.append(build_memo(report.ranking, sha256=loaded.sha256,
                                export_date=options.export_date or dt.date.today(),
                                openbaar=options.openbaar, sensitivity=memo_sensitivity(report),
                                pseudonyms=pseudonyms, hidden_names=scrub.names, forms=_forms(options)))
    # --openbaar: the task memos are redacted by build_memo; the summary by the same names
    summary_scrub = scrub if options.openbaar else None
    notice = public_notice(memos) if options.openbaar else None
    if fmt is ExportFormat.MD:
        from partnerkeuze.render import markdown

        rendered = [markdown.render(memo, task=(task.scenario.task or "", task.scenario.task_name or ""))
                    for task, memo in zip(result.tasks, memos, strict=True)]
        return portfolio_markdown(result, rendered, scrub=summary_scrub, notice=notice,
                                  ending=markdown.portfolio_ending(memos[0]), public=options.openbaar).encode("utf-8")
    whole = portfolio_memo(result, memos, scrub=summary_scrub, notice=notice, public=options.openbaar)
    if fmt is ExportFormat.DOCX:
        from partnerkeuze.render import docx

        return docx.render_portfolio(whole, template=template)
    if fmt is ExportFormat.CSV:
        from partnerkeuze.render import csvout

        return csvout.render_portfolio(whole)
    if fmt is ExportFormat.HTML:
        from partnerkeuze.render import html

        return html.render_portfolio(whole).encode("utf-8")
    from partnerkeuze.render import xlsx_portfolio

    return xlsx_portfolio.render_portfolio(whole)


def _forms(options: ExportOptions) -> tuple[tuple[str, str], ...]:
    """(file name, SHA-256) of the returned weighing forms, for the memo's reproducibility line."""
    return options.workshop.file_hashes if options.workshop is not None else ()


TEMPLATE_BYTES = 50_000_000  # a house style with logos is a few MB


def _read_template(path: Path) -> bytes:
    """The template's bytes, checked to be a usable Word file now rather than mid-export."""
    from partnerkeuze.render.docx import open_template

    try:
        data = read_limited(path, TEMPLATE_BYTES)  # a device or FIFO is refused, not read
        open_template(data)
    except NotRegularFile:
        reason = t("file.not_regular")
    except FileTooLarge as exc:
        reason = t("file.too_large", size=number(exc.size, 0), limit=number(TEMPLATE_BYTES, 0))
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
    else:
        return data
    raise UsageError(t("export.bad_template", path=path, reason=reason))
