"""Tracker commands: ``add``, ``list``, ``move``, ``reject``, ``show``."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from onward.cli.errors import command
from onward.cli.output import console, fail, note, ok
from onward.cli.params import UserOption, current_user, parse_choice, parse_date, parse_when

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.tracker.models import Application, Rejection, TargetRole

START_STAGES = ("saved", "applied", "screening", "interview", "offer")


def _application(owner: User, app_id: int) -> Application:
    from django.http import Http404

    from onward.tracker import selectors

    try:
        return selectors.application_get(owner=owner, pk=app_id)
    except Http404:
        fail(f"no application with id {app_id}")


def _read_text(path: Path | None) -> str:
    return path.read_text(encoding="utf-8") if path is not None else ""


def _posting_choices(**values: str) -> dict[str, str]:
    """Check the optional posting vocabularies; empty means not stated."""
    from onward.tracker.choices import RoleFamily, Seniority, WorkMode

    kinds: dict[str, type[Enum]] = {
        "role_family": RoleFamily,
        "seniority": Seniority,
        "work_mode": WorkMode,
    }
    return {
        name: parse_choice(value, kinds[name], name.replace("_", "-")).value if value else ""
        for name, value in values.items()
    }


def _create(owner: User, *, company: str, title: str, posting: dict[str, Any], **app: Any) -> int:
    from onward.tracker import services

    return services.application_create_with_posting(
        owner=owner, company_name=company, posting_fields={"title": title, **posting}, **app
    ).pk


def _target_role(owner: User, choice: str, title: str) -> TargetRole | None:
    """``auto``: the target role the title names (if any); ``none``; or a target role id."""
    from onward.tracker import selectors

    choice = choice.strip().lower()
    if choice == "none":
        return None
    if choice == "auto":
        found = selectors.target_role_for_title(
            title=title, roles=list(selectors.target_role_list(owner=owner))
        )
        return found[0] if found else None
    if not choice.isdigit():
        fail("--target-role takes an id from `onward skills target list`, auto or none")
    return selectors.target_role_get(owner=owner, pk=int(choice))


@command
def add(
    title: Annotated[str, typer.Argument(help="The job title.", show_default=False)],
    company: Annotated[str, typer.Option("--company", "-c", help="Company name (created if new).")],
    url: Annotated[str, typer.Option(help="Link to the posting.")] = "",
    location: Annotated[str, typer.Option(help="Where the job is.")] = "",
    channel: Annotated[
        str, typer.Option(help="job_board, company_site, referral, recruiter or network.")
    ] = "job_board",
    applied_on: Annotated[
        str | None, typer.Option(help="Date applied, YYYY-MM-DD (default today).")
    ] = None,
    stage: Annotated[
        str, typer.Option(help="saved, applied, screening, interview or offer.")
    ] = "applied",
    tailored: Annotated[bool, typer.Option(help="Resume tailored to this job.")] = False,
    cover_letter: Annotated[bool, typer.Option(help="Sent a cover letter.")] = False,
    resume_version: Annotated[str, typer.Option(help="Which resume you sent.")] = "",
    notes: Annotated[str, typer.Option(help="Free-form notes.")] = "",
    role_family: Annotated[str, typer.Option(help="e.g. software, data, design.")] = "",
    seniority: Annotated[str, typer.Option(help="e.g. junior, mid, senior.")] = "",
    work_mode: Annotated[str, typer.Option(help="remote, hybrid or onsite.")] = "",
    source: Annotated[str, typer.Option(help="Where you found it, e.g. LinkedIn.")] = "",
    description_file: Annotated[
        Path | None, typer.Option(help="File with the posting text.", dir_okay=False)
    ] = None,
    target_role: Annotated[
        str,
        typer.Option(
            help="A target role id (onward skills target list), none, or auto: the one the "
            "job title names."
        ),
    ] = "auto",
    user: UserOption = None,
) -> None:
    """Add an application (and its company and posting); prints the new application id."""
    from onward.tracker.choices import Channel, Stage

    owner = current_user(user)
    starts = [Stage(value) for value in START_STAGES]
    app_id = _create(
        owner,
        company=company,
        title=title,
        posting={
            "url": url,
            "location": location,
            "source": source,
            "description": _read_text(description_file),
            **_posting_choices(role_family=role_family, seniority=seniority, work_mode=work_mode),
        },
        stage=parse_choice(stage, Stage, "stage", allowed=starts),
        channel=parse_choice(channel, Channel, "channel").value,
        applied_on=parse_date(applied_on, "applied-on") if applied_on else None,
        tailored=tailored,
        cover_letter=cover_letter,
        resume_version=resume_version,
        notes=notes,
        target_role=_target_role(owner, target_role, title),
    )
    note(f"Added {title} at {company} as application {app_id}.")
    ok(str(app_id))


@command
def list_applications(
    stage: Annotated[
        list[str] | None, typer.Option("--stage", "-s", help="Only this stage (repeatable).")
    ] = None,
    active: Annotated[bool, typer.Option("--active", help="Only open applications.")] = False,
    search: Annotated[str, typer.Option("--search", "-q", help="Words in title, company...")] = "",
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """List applications, most recently applied first."""
    from django.utils import timezone

    from onward.cli import render
    from onward.tracker import selectors
    from onward.tracker.choices import Stage

    owner = current_user(user)
    stages = tuple(parse_choice(value, Stage, "stage").value for value in stage or [])
    filters = selectors.ApplicationFilters(q=search, stages=stages, active_only=active)
    apps = selectors.application_list(owner=owner, filters=filters)
    total = apps.count()
    shown = list(apps[:limit] if limit else apps)
    today = timezone.localdate()
    if as_json:
        rows = [render.application_row(app, today) for app in shown]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not shown:
        ok("No applications match.")
        return
    console.print(render.applications_table(shown, today))
    if total > len(shown):
        console.print(f"Showing {len(shown)} of {total}; use --limit 0 for all.", style="dim")


@command
def move(
    app_id: Annotated[int, typer.Argument(help="Application id (see `onward list`).")],
    stage: Annotated[str, typer.Argument(help="Stage to move to, e.g. screening, interview.")],
    kind: Annotated[
        str | None,
        typer.Option(help="Interview kind: phone, technical, case, panel, onsite or final."),
    ] = None,
    note: Annotated[str, typer.Option(help="A note for the timeline.")] = "",
    when: Annotated[
        str | None, typer.Option(help="When it happened: YYYY-MM-DD or an ISO date and time.")
    ] = None,
    user: UserOption = None,
) -> None:
    """Move an application to another stage (appends an event to its timeline)."""
    from onward.tracker import services
    from onward.tracker.choices import InterviewKind, Stage

    owner = current_user(user)
    target = parse_choice(stage, Stage, "stage")
    if target == Stage.REJECTED:
        fail(f"record a rejection with `onward reject {app_id}` (it keeps the details)")
    application = _application(owner, app_id)
    event = services.application_move(
        application=application,
        stage=target,
        occurred_at=parse_when(when, "when") if when else None,
        interview_kind=parse_choice(kind, InterviewKind, "kind").value if kind else "",
        note=note,
    )
    detail = f" (round {event.interview_round})" if event.interview_round else ""
    ok(f"Application {app_id}: {event.from_stage or 'start'} -> {event.stage}{detail}.")


@command
def reject(
    app_id: Annotated[int, typer.Argument(help="Application id (see `onward list`).")],
    reason: Annotated[
        str, typer.Option(help="e.g. none_given, skills_mismatch, more_experienced, other.")
    ] = "none_given",
    channel: Annotated[str, typer.Option(help="email, call, portal or none.")] = "email",
    received_on: Annotated[
        str | None, typer.Option(help="Date received, YYYY-MM-DD (default today).")
    ] = None,
    message: Annotated[str, typer.Option(help="The rejection message, verbatim.")] = "",
    message_file: Annotated[
        Path | None, typer.Option(help="Read the message from this file.", dir_okay=False)
    ] = None,
    user: UserOption = None,
) -> None:
    """Record a rejection (moves the application to rejected) and start the rebound flow."""
    from onward.growth import services
    from onward.tracker.choices import RejectionChannel, RejectionReason

    owner = current_user(user)
    if message and message_file:
        fail("use --message or --message-file, not both")
    rejection = services.rejection_log(
        application=_application(owner, app_id),
        received_on=parse_date(received_on, "received-on") if received_on else None,
        channel=parse_choice(channel, RejectionChannel, "channel").value,
        reason=parse_choice(reason, RejectionReason, "reason").value,
        message=message or _read_text(message_file),
    )
    ok(f"Application {app_id}: rejected (reached {rejection.stage_reached}).")
    _next_steps(rejection)


def _next_steps(rejection: Rejection) -> None:
    """Say what comes next in the rebound flow (on stderr)."""
    from onward.cli.growth import next_steps

    for line in next_steps(rejection):
        note(line)


@command
def show(
    app_id: Annotated[int, typer.Argument(help="Application id (see `onward list`).")],
    user: UserOption = None,
) -> None:
    """Show an application with its timeline of events."""
    from onward.cli import render
    from onward.tracker import selectors

    owner = current_user(user)
    application = _application(owner, app_id)
    events = list(selectors.application_events(application=application))
    rejection = getattr(application, "rejection", None)
    console.print(render.application_detail(application, events, rejection))
