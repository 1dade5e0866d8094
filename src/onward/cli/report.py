"""``onward report``: the weekly or monthly growth report as an HTML file or JSON."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from onward.cli.data import _write_atomically
from onward.cli.errors import command
from onward.cli.output import fail, ok
from onward.cli.params import OutputOption, UserOption, current_user

if TYPE_CHECKING:
    from onward.strategy.report import Report


class ReportPeriod(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"


class ReportFormat(enum.StrEnum):
    HTML = "html"
    JSON = "json"
    PDF = "pdf"


@command
def report(
    period: Annotated[
        ReportPeriod, typer.Option("--period", "-p", help="week: 7 days; month: 30 days.")
    ] = ReportPeriod.WEEK,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="html: one page to open or print; pdf: a PDF file (needs --output); "
            "json: the numbers.",
        ),
    ] = ReportFormat.HTML,
    output: OutputOption = None,
    user: UserOption = None,
) -> None:
    """Your growth report for the week or month ending today: activity, funnel with
    intervals, weekly goals, mood and energy, wins, experiments."""
    from onward.strategy import selectors
    from onward.strategy.report_html import document
    from onward.strategy.report_schemas import ReportOut

    if fmt == ReportFormat.PDF and output is None:
        raise typer.BadParameter("a PDF needs a file: add --output FILE.pdf", param_hint="--output")
    data = selectors.report(owner=current_user(user), period=period.value)
    if fmt == ReportFormat.PDF:
        _write_pdf(data, output)
        return
    if fmt == ReportFormat.JSON:
        payload = ReportOut.model_validate(ReportOut.of(data)).model_dump(mode="json")
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    else:
        text = document(data)
    if output is None:
        typer.echo(text, nl=False)
        return
    _write_atomically(output.expanduser(), text)
    ok(f"Report written to {output}.")


def _write_pdf(data: Report, output: Path | None) -> None:
    from onward.strategy.report_pdf import PdfUnavailable, pdf_of

    assert output is not None
    try:
        pdf = pdf_of(data)
    except PdfUnavailable as error:
        fail(str(error))
    _write_atomically(output.expanduser(), pdf)
    ok(f"Report written to {output}.")
