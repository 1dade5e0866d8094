"""``onward inbox``: the review queue of imported mail and tracker rows, and the imports.

``list`` and ``show`` explain each suggestion; ``accept`` (one, several, or ``--all`` above a
confidence) makes the change, ``ignore`` drops it, ``reopen`` brings an ignored one back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from onward.cli.errors import command
from onward.cli.imports import report, run_with_progress
from onward.cli.output import console, fail, note, ok
from onward.cli.params import UserOption, current_user, parse_date

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.inbox.models import ImportRun, ReviewItem

inbox_app = typer.Typer(
    no_args_is_help=True, help="Review what your imports suggest, and follow the imports."
)
MAX_ID = 2**63 - 1


def _item(owner: User, item_id: int) -> ReviewItem:
    from django.http import Http404

    from onward.inbox import selectors

    try:
        if not 0 < item_id <= MAX_ID:
            raise Http404
        return selectors.item_get(owner=owner, pk=item_id)
    except Http404:
        fail(f"no suggestion with id {item_id}")


def _run(owner: User, run_id: int) -> ImportRun:
    from django.http import Http404

    from onward.inbox import selectors

    try:
        if not 0 < run_id <= MAX_ID:
            raise Http404
        return selectors.run_get(owner=owner, pk=run_id)
    except Http404:
        fail(f"no import with id {run_id}")


def _as_json(item: ReviewItem) -> dict[str, Any]:
    from onward.inbox.presenting import present

    view = present(item)
    return {
        "id": item.pk,
        "status": item.status,
        "label": item.label,
        "confidence": item.confidence,
        "proposal": view.proposal,
        "application": view.target,
        "application_id": item.application_id,
        "stage": item.stage,
        "date": item.message_date.isoformat() if item.message_date else None,
        "sender": item.sender,
        "subject": item.subject,
        "evidence": [e.text for e in view.evidence],
        "reasons": view.reasons,
        "notes": view.notes,
    }


@inbox_app.command("list")
@command
def list_items(
    status: Annotated[str, typer.Option(help="pending, accepted, edited or ignored.")] = "pending",
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many to show.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines for scripts.")] = False,
    user: UserOption = None,
) -> None:
    """The suggestions waiting for you (most confident first)."""
    from onward.inbox import selectors
    from onward.inbox.choices import ItemStatus
    from onward.inbox.presenting import present
    from onward.inbox.selectors import ItemFilters

    if status not in ItemStatus.values:
        fail(f"--status: {status!r} is not one of {', '.join(ItemStatus.values)}")
    owner = current_user(user)
    found = list(selectors.item_list(owner=owner, filters=ItemFilters(status=status))[:limit])
    if as_json:
        for item in found:
            typer.echo(json.dumps(_as_json(item), ensure_ascii=False))
        return
    if not found:
        ok("Nothing here.")
        return
    table = Table()
    for name in ("ID", "Sure", "Suggestion", "About", "Date"):
        table.add_column(name, overflow="fold")
    for item in found:
        view = present(item)
        date = f"{item.message_date:%Y-%m-%d}" if item.message_date else "-"
        table.add_row(str(item.pk), f"{view.confidence}%", view.proposal, view.target, date)
    console.print(table)
    note("`onward inbox show ID` explains one; `onward inbox accept ID` makes the change.")


@inbox_app.command("show")
@command
def show(
    item_id: Annotated[int, typer.Argument(help="The suggestion's id.")],
    user: UserOption = None,
) -> None:
    """One suggestion and why: the phrases it rests on and how it was matched."""
    from onward.inbox.presenting import present

    item = _item(current_user(user), item_id)
    view = present(item)
    console.print(f"[bold]{view.proposal}[/bold]", highlight=False)
    console.print(view.target, highlight=False, markup=False)
    console.print(f"{view.label}, {view.sureness} ({view.confidence}%)", highlight=False)
    for line in (item.sender, item.subject):
        if line:
            console.print(f"  {line}", highlight=False, markup=False)
    for e in view.evidence:
        console.print(f"  {e.where} says: “{e.text}”", highlight=False, markup=False)
    for reason in view.reasons:
        console.print(f"  matched: {reason}", highlight=False, markup=False)
    for line in view.notes:
        console.print(f"  {line}", style="dim", highlight=False, markup=False)
    if item.message:
        console.print("Their words:", style="bold")
        console.print(item.message, highlight=False, markup=False)


@inbox_app.command("accept")
@command
def accept(
    item_ids: Annotated[list[int] | None, typer.Argument(help="Suggestion ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every waiting suggestion.")] = False,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="With --all: only those at least this sure.")
    ] = 0.0,
    application: Annotated[int | None, typer.Option(help="Link it to this application.")] = None,
    new: Annotated[bool, typer.Option("--new", help="Make it a new application.")] = False,
    company: Annotated[str | None, typer.Option(help="The company, for a new one.")] = None,
    role: Annotated[str | None, typer.Option(help="The role title, for a new one.")] = None,
    stage: Annotated[str | None, typer.Option(help="The stage to move to ('' for none).")] = None,
    applied_on: Annotated[str, typer.Option(help="Applied on, YYYY-MM-DD.")] = "",
    message_file: Annotated[Path | None, typer.Option(help="A rejection's words.")] = None,
    user: UserOption = None,
) -> None:
    """Make the suggested change (one with your changes, or many as suggested)."""
    from onward.inbox import services

    owner = current_user(user)
    items = _chosen(owner, item_ids or [], all_, min_confidence)
    edits = _edits(owner, application, new, company, role, stage, applied_on, message_file)
    if edits is not None and len(items) != 1:
        fail("changes (--company, --stage...) apply to one suggestion at a time")
    if len(items) == 1 and not all_:
        item = services.review_item_accept(item=items[0], edits=edits)
        _accepted_one(item)
        return
    result = services.review_items_accept(items=items)
    ok(f"Accepted {len(result.accepted)}.")
    for item, error in result.failed:
        note(f"  {item.pk}: {error}")
    if result.failed:
        fail(f"{len(result.failed)} could not be accepted as suggested; they are still waiting")


def _accepted_one(item: ReviewItem) -> None:
    from onward.inbox.presenting import present

    ok(present(item).done_text)
    if item.rejection_id:
        note(
            "Rejection logged with its rebound flow: reflect, ask for feedback, check in. "
            f"It waits for you on the web at /growth/rebound/{item.rejection_id}/."
        )


def _chosen(owner: User, ids: list[int], all_: bool, floor: float) -> list[ReviewItem]:
    from onward.inbox import selectors

    if all_ == bool(ids):
        fail("give suggestion ids, or --all (one of the two)")
    if all_:
        return [i for i in selectors.item_list(owner=owner) if i.confidence >= floor]
    return [_item(owner, pk) for pk in ids]


def _edits(
    owner: User,
    application: int | None,
    new: bool,
    company: str | None,
    role: str | None,
    stage: str | None,
    applied_on: str,
    message_file: Path | None,
) -> Any:
    from onward.cli.tracker import _application
    from onward.inbox import services

    given = (application, company, role, stage, message_file)
    if not new and not applied_on and all(value is None for value in given):
        return None
    message = message_file.read_text(encoding="utf-8") if message_file else None
    return services.Edits(
        application=_application(owner, application) if application is not None else None,
        new_application=new or None,
        company=company,
        role=role,
        stage=stage,
        message=message,
        applied_on=parse_date(applied_on, "--applied-on") if applied_on else None,
    )


@inbox_app.command("ignore")
@command
def ignore(
    item_ids: Annotated[list[int] | None, typer.Argument(help="Suggestion ids.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every waiting suggestion.")] = False,
    user: UserOption = None,
) -> None:
    """Drop suggestions (they stay under "ignored"; `reopen` brings one back)."""
    from onward.inbox import services

    owner = current_user(user)
    count = services.review_items_ignore(items=_chosen(owner, item_ids or [], all_, 0.0))
    ok(f"Ignored {count}.")


@inbox_app.command("reopen")
@command
def reopen(
    item_id: Annotated[int, typer.Argument(help="An ignored suggestion's id.")],
    user: UserOption = None,
) -> None:
    """Put an ignored suggestion back in the queue."""
    from onward.inbox import services

    services.review_item_reopen(item=_item(current_user(user), item_id))
    ok("Back in the queue.")


@inbox_app.command("imports")
@command
def imports(
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines for scripts.")] = False,
    user: UserOption = None,
) -> None:
    """Your imports: what each read and found, and whether it finished."""
    from onward.inbox import selectors

    runs = list(selectors.run_list(owner=current_user(user))[:100])
    if as_json:
        for run in runs:
            row = {"id": run.pk, "source": run.source, "file": run.filename, "status": run.status}
            row |= {"read": run.read_count, "proposed": run.proposed_count, "message": run.message}
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table()
    for name in ("ID", "What", "Status", "Read", "To review", "Note"):
        table.add_column(name, overflow="fold")
    for run in runs:
        table.add_row(
            str(run.pk), run.filename or run.source, run.get_status_display(),
            str(run.read_count), str(run.proposed_count), run.message,
        )  # fmt: skip
    console.print(table)


@inbox_app.command("resume")
@command
def resume(
    run_id: Annotated[int, typer.Argument(help="The import's id (see `onward inbox imports`).")],
    password_env: Annotated[
        str, typer.Option(help="For IMAP: the variable holding the password.")
    ] = "ONWARD_IMAP_PASSWORD",
    user: UserOption = None,
) -> None:
    """Continue a stopped import here, after its last whole batch."""
    from onward.inbox import services
    from onward.inbox.imap import password_from_env

    run = _run(current_user(user), run_id)
    run = services.import_run_resume(run=run, queue=False)
    password = password_from_env(password_env) if run.source == "imap" else None
    report(run_with_progress(run, password=password or None))


@inbox_app.command("cancel")
@command
def cancel(
    run_id: Annotated[int, typer.Argument(help="The import's id.")],
    user: UserOption = None,
) -> None:
    """Stop an import for good (what it suggested so far stays in the queue)."""
    from onward.inbox import services

    services.import_run_cancel(run=_run(current_user(user), run_id))
    ok("Import cancelled.")
