"""Rich renderings of tracker data for the terminal (no queries here: data in, tables out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from onward.portability.sections.base import Counts
    from onward.tracker.models import Application, ApplicationEvent, Rejection

STAGE_STYLES = {
    "saved": "dim",
    "applied": "cyan",
    "screening": "blue",
    "interview": "magenta",
    "offer": "green",
    "accepted": "bold green",
    "declined": "yellow",
    "rejected": "red",
    "withdrawn": "dim",
    "ghosted": "dim italic",
}


def _local(moment: dt.datetime | None) -> dt.date | None:
    from django.utils import timezone

    return timezone.localdate(moment) if moment else None


def days_in_stage(app: Application, today: dt.date) -> int | None:
    since = _local(app.stage_changed_at)
    return (today - since).days if since else None


def stage_text(stage: str) -> Text:
    return Text(stage, style=STAGE_STYLES.get(stage, ""))


def application_row(app: Application, today: dt.date) -> dict[str, Any]:
    """One application as plain data (used by ``list --json``)."""
    return {
        "id": app.pk,
        "uid": str(app.uid),
        "title": app.posting.title,
        "company": app.posting.company.name,
        "stage": app.stage,
        "applied_on": app.applied_on.isoformat() if app.applied_on else None,
        "stage_changed_at": app.stage_changed_at.isoformat() if app.stage_changed_at else None,
        "days_in_stage": days_in_stage(app, today),
        "channel": app.channel,
    }


def applications_table(apps: Iterable[Application], today: dt.date) -> Table:
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Title", "Company", "Stage", "Applied on", "Days", "Channel"):
        table.add_column(name, justify="right" if name in ("ID", "Days") else "left")
    for app in apps:
        row = application_row(app, today)
        table.add_row(
            str(row["id"]),
            Text(row["title"]),
            Text(row["company"]),
            stage_text(app.stage),
            row["applied_on"] or "-",
            "-" if row["days_in_stage"] is None else str(row["days_in_stage"]),
            app.get_channel_display(),
        )
    return table


def _facts(app: Application) -> Table:
    posting = app.posting
    salary = ""
    if posting.salary_min or posting.salary_max:
        low, high = posting.salary_min or "", posting.salary_max or ""
        salary = f"{low}-{high} {posting.salary_currency} {posting.salary_period}".strip()
    facts: list[tuple[str, str | Text]] = [
        ("Stage", stage_text(app.stage)),
        ("Applied on", app.applied_on.isoformat() if app.applied_on else ""),
        ("Channel", app.get_channel_display()),
        ("Tailored", "yes" if app.tailored else "no"),
        ("Cover letter", "yes" if app.cover_letter else "no"),
        ("Resume", app.resume_version),
        ("Location", posting.location),
        ("Work mode", posting.get_work_mode_display() if posting.work_mode else ""),
        ("Seniority", posting.get_seniority_display() if posting.seniority else ""),
        ("Role family", posting.get_role_family_display() if posting.role_family else ""),
        ("Salary", salary),
        ("Source", posting.source),
        ("URL", posting.url),
        ("Notes", app.notes),
    ]
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for label, value in facts:
        if value:
            table.add_row(label, Text(value) if isinstance(value, str) else value)
    return table


def _event_step(event: ApplicationEvent) -> str:
    step = f"{event.from_stage or 'start'} -> {event.stage}"
    if event.interview_round:
        step += f" (round {event.interview_round}, {event.get_interview_kind_display().lower()})"
    return step


def timeline_table(events: Sequence[ApplicationEvent]) -> Table:
    from django.utils import timezone

    table = Table(title="Timeline", title_justify="left", show_edge=False, header_style="bold")
    for name in ("When", "Change", "Note", "By"):
        table.add_column(name)
    for event in events:
        when = timezone.localtime(event.occurred_at).strftime("%Y-%m-%d %H:%M")
        table.add_row(when, _event_step(event), Text(event.note), event.get_source_display())
    return table


def rejection_panel(rejection: Rejection) -> Panel:
    lines = [
        f"Received {rejection.received_on.isoformat()} by {rejection.get_channel_display()}",
        f"Reason: {rejection.get_reason_display()}",
        f"Reached: {rejection.get_stage_reached_display()}",
    ]
    body = Text("\n".join(lines))
    if rejection.message:
        body.append("\n\n" + rejection.message, style="italic")
    return Panel(body, title="Rejection", title_align="left", border_style="red")


def application_detail(
    app: Application, events: Sequence[ApplicationEvent], rejection: Rejection | None
) -> Group:
    title = Text.assemble(
        (app.posting.title, "bold"), " at ", (app.posting.company.name, "bold"), f"  #{app.pk}"
    )
    parts: list[Any] = [title, _facts(app), Text(""), timeline_table(events)]
    if rejection is not None:
        parts += [Text(""), rejection_panel(rejection)]
    return Group(*parts)


def import_counts_table(counts: dict[str, Counts]) -> Table:
    table = Table(show_edge=False, header_style="bold")
    for name in ("Section", "Created", "Updated", "Unchanged"):
        table.add_column(name, justify="left" if name == "Section" else "right")
    for section, count in counts.items():
        table.add_row(section, str(count.created), str(count.updated), str(count.unchanged))
    return table
