"""``onward report``: the weekly or monthly growth report as an HTML file or JSON."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated

import typer

from onward.cli.data import _write_atomically
from onward.cli.errors import command
from onward.cli.output import ok
from onward.cli.params import UserOption, current_user


class ReportPeriod(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"


class ReportFormat(enum.StrEnum):
    HTML = "html"
    JSON = "json"


@command
def report(
    period: Annotated[
        ReportPeriod, typer.Option("--period", "-p", help="week: 7 days; month: 30 days.")
    ] = ReportPeriod.WEEK,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format", "-f", help="html: one page to open or print to PDF; json: the numbers."
        ),
    ] = ReportFormat.HTML,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False
        ),
    ] = None,
    user: UserOption = None,
) -> None:
    """Your growth report for the week or month ending today: activity, funnel with
    intervals, weekly goals, mood and energy, wins, experiments."""
    from onward.strategy import selectors
    from onward.strategy.report_html import document
    from onward.strategy.report_schemas import ReportOut

    data = selectors.report(owner=current_user(user), period=period.value)
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
