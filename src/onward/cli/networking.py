"""People of the search: ``contact add|list|log|import|export`` and ``reminders``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from onward.cli.errors import command
from onward.cli.output import console, fail, ok
from onward.cli.params import UserOption, current_user, parse_choice, parse_date

if TYPE_CHECKING:
    from onward.accounts.models import User

contact_app = typer.Typer(help="Contacts of your search: add, list, log, import, export.")
reminders_app = typer.Typer(help="Networking reminders: list, done, snooze.")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MAX_FILE_BYTES = 10 * 1024 * 1024


@contact_app.command("add")
@command
def contact_add(
    name: Annotated[str, typer.Argument(help="Their name.")],
    company: Annotated[str, typer.Option(help="Where they work.")] = "",
    role: Annotated[str, typer.Option(help="Their job title.")] = "",
    email: Annotated[str, typer.Option(help="Email address.")] = "",
    phone: Annotated[str, typer.Option(help="Phone number.")] = "",
    linkedin: Annotated[str, typer.Option(help="LinkedIn profile URL.")] = "",
    how_met: Annotated[str, typer.Option("--how-met", help="How you met.")] = "",
    tags: Annotated[str, typer.Option(help="Comma-separated tags.")] = "",
    cadence: Annotated[int | None, typer.Option(help="Keep in touch every N days.")] = None,
    notes: Annotated[str, typer.Option(help="Notes.")] = "",
    user: UserOption = None,
) -> None:
    """Add a contact; prints its id."""
    from onward.networking import services

    contact = services.contact_create(
        owner=current_user(user),
        name=name,
        company_name=company,
        role=role,
        email=email,
        phone=phone,
        linkedin_url=linkedin,
        how_met=how_met,
        tags=tags,
        cadence_days=cadence,
        notes=notes,
    )
    ok(str(contact.pk))


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _contact_rows(owner: User, search: str, tag: str) -> list[dict[str, Any]]:
    from onward.networking import selectors

    found = selectors.contact_list(owner=owner, filters=selectors.ContactFilters(q=search, tag=tag))
    return [
        {
            "id": c.pk,
            "name": c.name,
            "company": c.company_label,
            "role": c.role,
            "email": c.email,
            "tags": c.tag_list,
            "last_contacted": _iso(getattr(c, "last_contacted", None)),
        }
        for c in found
    ]


@contact_app.command("list")
@command
def contact_list(
    search: Annotated[str, typer.Option(help="Words in name, company, role, email.")] = "",
    tag: Annotated[str, typer.Option(help="Only contacts with this tag.")] = "",
    as_json: JsonFlag = False,
    user: UserOption = None,
) -> None:
    """Your contacts, with when you were last in touch."""
    rows = _contact_rows(current_user(user), search.strip(), tag.strip())
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("No contacts yet: `onward contact add NAME` or `onward contact import FILE`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Name", "Company", "Role", "Last in touch"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for row in rows:
        table.add_row(
            str(row["id"]), row["name"], row["company"], row["role"], row["last_contacted"] or "-"
        )
    console.print(table)


@contact_app.command("log")
@command
def contact_log(
    contact_id: Annotated[int, typer.Argument(help="Contact id (see `onward contact list`).")],
    kind: Annotated[
        str,
        typer.Argument(
            help="email, call, video, coffee, message, interview, thank_you, "
            "referral_asked or referral_given."
        ),
    ],
    on: Annotated[str | None, typer.Option(help="The day, YYYY-MM-DD (default today).")] = None,
    application: Annotated[int | None, typer.Option(help="About this application id.")] = None,
    notes: Annotated[str, typer.Option(help="What was said.")] = "",
    user: UserOption = None,
) -> None:
    """Log an interaction with a contact; reminders it answers are marked done."""
    from onward.networking import selectors, services
    from onward.networking.choices import InteractionKind
    from onward.tracker import selectors as tracker_selectors

    owner = current_user(user)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    app = tracker_selectors.application_get(owner=owner, pk=application) if application else None
    interaction = services.interaction_log(
        contact=contact,
        kind=parse_choice(kind, InteractionKind, "kind").value,
        occurred_on=parse_date(on, "--on") if on else None,
        application=app,
        notes=notes,
    )
    ok(f"Logged {interaction.get_kind_display().lower()} with {contact.name}.")


@contact_app.command("import")
@command
def contact_import(
    path: Annotated[Path, typer.Argument(help="LinkedIn's Connections.csv or a .vcf file.")],
    file_format: Annotated[str, typer.Option("--format", help="auto, linkedin or vcard.")] = "auto",
    user: UserOption = None,
) -> None:
    """Import contacts; importing the same file again updates instead of duplicating."""
    from onward.networking import services

    owner = current_user(user)
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    kind = file_format.strip().lower()
    if kind not in ("auto", "linkedin", "vcard"):
        fail(f"--format: {file_format!r} is not one of auto, linkedin, vcard")
    if kind == "auto":
        kind = services.guess_format(path.name, data)
    run = services.contacts_import_vcard if kind == "vcard" else services.contacts_import_linkedin
    result = run(owner=owner, data=data)
    ok(
        f"{result.created} new, {result.updated} updated, {result.unchanged} unchanged, "
        f"{result.skipped} skipped."
    )


@contact_app.command("export")
@command
def contact_export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    user: UserOption = None,
) -> None:
    """Every contact as vCard 4.0."""
    from onward.networking import formats, selectors

    text = formats.contacts_vcard(selectors.contact_list(owner=current_user(user)))
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8", newline="")
        ok(f"Wrote {output}.")


# --- reminders ---------------------------------------------------------------------------


def _reminder_rows(owner: User) -> list[dict[str, Any]]:
    from django.utils import timezone

    from onward.networking import selectors

    agenda = selectors.reminder_agenda(owner=owner, today=timezone.localdate())
    groups = (("overdue", agenda.overdue), ("today", agenda.due_today), ("week", agenda.this_week))
    return [
        {
            "id": r.pk,
            "when": when,
            "due_on": r.due_on.isoformat(),
            "kind": r.kind,
            "title": r.title,
            "contact": r.contact.name if r.contact else None,
        }
        for when, items in groups
        for r in items
    ]


@reminders_app.callback(invoke_without_command=True)
def reminders_main(ctx: typer.Context, as_json: JsonFlag = False, user: UserOption = None) -> None:
    """Reminders due: overdue, today and this week (the same as ``reminders list``)."""
    if ctx.invoked_subcommand is None:
        reminders_list(as_json=as_json, user=user)


@reminders_app.command("list")
@command
def reminders_list(as_json: JsonFlag = False, user: UserOption = None) -> None:
    """Reminders due: overdue, today and this week."""
    rows = _reminder_rows(current_user(user))
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("Nothing due this week.")
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Due", "", "Reminder"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for row in rows:
        style = "bold" if row["when"] == "overdue" else ""
        table.add_row(str(row["id"]), row["due_on"], row["when"], row["title"], style=style)
    console.print(table)


@reminders_app.command("done")
@command
def reminders_done(
    reminder_id: Annotated[int, typer.Argument(help="Reminder id (see `onward reminders`).")],
    log: Annotated[bool, typer.Option("--log", help="Also log it with the contact.")] = False,
    user: UserOption = None,
) -> None:
    """Mark a reminder done (``--log`` records the note in the contact's history)."""
    from onward.networking import selectors, services

    reminder = selectors.reminder_get(owner=current_user(user), pk=reminder_id)
    services.reminder_complete(reminder=reminder, log=log)
    ok(f"Done: {reminder.title}.")


@reminders_app.command("snooze")
@command
def reminders_snooze(
    reminder_id: Annotated[int, typer.Argument(help="Reminder id.")],
    days: Annotated[int, typer.Argument(help="For how many days (1-365).")] = 3,
    user: UserOption = None,
) -> None:
    """Push a reminder back by a few days."""
    from onward.networking import selectors, services

    reminder = selectors.reminder_get(owner=current_user(user), pk=reminder_id)
    services.reminder_snooze(reminder=reminder, days=days)
    ok(f"Snoozed until {reminder.due_on.isoformat()}.")
