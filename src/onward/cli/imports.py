"""``onward import``: a JSON export (``onward import FILE.json``, as before), mail
(``onward import mail PATH`` or ``--imap HOST``) and tracker CSVs (``onward import csv``).

Mail and CSV rows land in the Inbox's review queue (``onward inbox``): nothing in the
tracker changes until you accept a suggestion (or turned on auto-accept).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from typer.core import TyperGroup

from onward.cli import data as data_commands
from onward.cli.errors import command
from onward.cli.output import console, err_console, fail, note, ok
from onward.cli.params import UserOption, current_user, parse_date

if TYPE_CHECKING:
    from onward.analysis.tracker_csv import CsvImport
    from onward.inbox.models import ImportRun


class _DefaultToJson(TyperGroup):
    """``onward import FILE.json`` keeps working: a first word that is not a subcommand
    means the JSON import."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["json", *args]
        return super().parse_args(ctx, args)


import_app = typer.Typer(
    cls=_DefaultToJson,
    no_args_is_help=True,
    help="Import a JSON export (onward import FILE.json), your mail, or another tracker's CSV.",
)
import_app.command("json")(data_commands.import_)


# --- progress ----------------------------------------------------------------------------


def run_with_progress(run: ImportRun, *, password: str | None = None) -> ImportRun:
    """Run an import here, with a progress bar on stderr."""
    from onward.inbox import services

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[found]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(f"Reading {run.filename or run.source}", total=None, found="")

        def show(current: ImportRun) -> None:
            found = f"{current.read_count} read, {current.proposed_count} to review"
            bar.update(task, total=current.total or None, completed=current.done, found=found)

        return services.import_run_execute(run=run, progress=show, password=password)


def report(run: ImportRun) -> None:
    """One sentence of what the import found, then the way to the review queue."""
    parts = [f"{run.proposed_count} suggestion{'s' if run.proposed_count != 1 else ''} to review"]
    if run.auto_accepted_count:
        parts.append(f"{run.auto_accepted_count} accepted by themselves")
    if run.other_count:
        parts.append(f"{run.other_count} not about a job search")
    if run.current_count:
        parts.append(f"{run.current_count} already in your tracker")
    if run.duplicate_count:
        parts.append(f"{run.duplicate_count} imported before")
    if run.unreadable_count:
        parts.append(f"{run.unreadable_count} could not be read")
    ok(f"Read {run.read_count} from {run.filename}: {', '.join(parts)}.")
    for line in run.notes[:5]:
        note(f"  {line}")
    if run.status != "done":
        fail(run.message or f"the import stopped ({run.get_status_display().lower()})")
    if run.proposed_count:
        note("Review them with `onward inbox list` (or on the Inbox page).")


# --- mail --------------------------------------------------------------------------------


def _imap_options(**values: Any) -> Any:
    from onward.inbox.imap import ImapOptions

    return ImapOptions(**values)


def _password(env: str, ask: bool) -> str | None:
    from onward.inbox.imap import ImapError, password_from_env

    if ask:
        if not sys.stdin.isatty():
            fail("--ask-password needs a terminal; set the password in an environment variable")
        return getpass.getpass("IMAP password (not stored): ") or None
    try:
        return password_from_env(env) or None
    except ImapError as exc:
        fail(str(exc))


@import_app.command("mail")
@command
def mail(
    path: Annotated[
        Path | None, typer.Argument(help="An .mbox, an .eml, a .zip of emails, or a folder.")
    ] = None,
    imap: Annotated[str, typer.Option("--imap", help="Read this IMAP server instead.")] = "",
    imap_user: Annotated[str, typer.Option(help="IMAP user name (usually your address).")] = "",
    port: Annotated[int | None, typer.Option(help="IMAP port (993, or 143 with STARTTLS).")] = None,
    folder: Annotated[str, typer.Option(help="IMAP folder.")] = "INBOX",
    since: Annotated[str, typer.Option(help="Only IMAP mail since YYYY-MM-DD.")] = "",
    starttls: Annotated[bool, typer.Option(help="STARTTLS on port 143 instead of TLS.")] = False,
    password_env: Annotated[
        str, typer.Option(help="Variable holding the password (or NAME_FILE, a file).")
    ] = "ONWARD_IMAP_PASSWORD",
    ask_password: Annotated[bool, typer.Option(help="Type the password instead.")] = False,
    ca_file: Annotated[
        Path | None, typer.Option(help="Trust this CA certificate file (self-hosted servers).")
    ] = None,
    keep_bodies: Annotated[
        bool | None, typer.Option(help="Keep each email's full text (default: your setting).")
    ] = None,
    auto_accept: Annotated[
        float | None,
        typer.Option(min=0.5, max=1.0, help="Accept suggestions this sure by themselves."),
    ] = None,
    user: UserOption = None,
) -> None:
    """Read job-search mail into the Inbox's review queue (nothing changes until you accept)."""
    from onward.inbox import services

    owner = current_user(user)
    if bool(path) == bool(imap):
        fail("give a PATH to read, or --imap HOST (one of the two)")
    if path is not None:
        run = services.import_run_local(owner=owner, path=path, keep_bodies=keep_bodies)
        password = None
    else:
        options = _imap_options(
            host=imap, user=imap_user, port=port, folder=folder,
            since=parse_date(since, "--since") if since else None,
            security="starttls" if starttls else "ssl",
            cafile=str(ca_file.expanduser().resolve()) if ca_file else "",
        )  # fmt: skip
        password = _password(password_env, ask_password)
        if not password:
            fail(f"no password: set {password_env} (or {password_env}_FILE), or --ask-password")
        run = services.import_run_imap(
            owner=owner, options=options, keep_bodies=keep_bodies, password_env=password_env,
            need_password=False, queue=False,
        )  # fmt: skip
    if auto_accept is not None:
        run.options = {**run.options, "auto_accept_min": auto_accept}
        run.save(update_fields=["options"])
    if run.read_count:
        note(f"Continuing an import of {run.filename} that stopped after {run.read_count}.")
    report(run_with_progress(run, password=password))


# --- tracker CSVs ------------------------------------------------------------------------


def _pairs(values: list[str], label: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        key, sep, target = value.partition("=")
        if not sep or not key.strip() or not target.strip():
            fail(f"{label}: {value!r} is not NAME=VALUE")
        out[key.strip()] = target.strip()
    return out


def preview_table(preview: CsvImport, *, limit: int = 10) -> Table:
    table = Table(title="The first rows, as they would be imported", title_justify="left")
    for name in ("Row", "Company", "Role", "Stage", "Applied", "Notes"):
        table.add_column(name, overflow="fold")
    for row in preview.rows[:limit]:
        stage = row.stage or (f"unknown: {row.status!r}" if row.status else "-")
        applied = row.applied_on.isoformat() if row.applied_on else "-"
        table.add_row(
            str(row.number), row.company, row.title, stage, applied, "; ".join(row.issues)
        )
    return table


def _describe(preview: CsvImport) -> None:
    kinds = {"linkedin": "LinkedIn's Job Applications.csv", "jobsync": "a JobSync export"}
    kinds["onward"] = "an Onward CSV export"
    what = kinds.get(preview.format, "a spreadsheet (columns guessed from the headers)")
    note(f"This is {what}: {len(preview.rows)} rows.")
    for guess in preview.mapping.fields:
        note(f"  {guess.field}: column {guess.header!r} ({round(guess.confidence * 100)}% sure)")
    for value, count in preview.unknown_statuses:
        note(f"  unknown status {value!r} in {count} row(s): map it with --status '{value}=STAGE'")
    for message in [e.message for e in preview.errors][:5]:
        note(f"  {message}")


@import_app.command("csv")
@command
def csv_(
    path: Annotated[Path, typer.Argument(help="A CSV from LinkedIn, JobSync, Onward or a sheet.")],
    column: Annotated[
        list[str] | None,
        typer.Option(help="FIELD=Header, e.g. company=Employer (repeatable)."),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="'Word=stage', e.g. 'Phone call=screening' (repeatable)."),
    ] = None,
    preview: Annotated[bool, typer.Option(help="Only show what would be imported.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Import without asking.")] = False,
    user: UserOption = None,
) -> None:
    """Read another tracker's CSV into the review queue, after showing a preview."""
    from onward.inbox import files, services
    from onward.inbox.choices import Source
    from onward.inbox.services.runs import csv_preview

    owner = current_user(user)
    if not (preview or yes or sys.stdin.isatty()):
        fail("add --yes to import without being asked (or --preview to only look)")
    columns, statuses = _pairs(column or [], "--column"), _pairs(status or [], "--status")
    if path.is_dir():
        fail(f"{path} is a folder; give the CSV file")
    run = services.import_run_local(owner=owner, path=path, source=Source.CSV)
    if columns or statuses:
        run = services.import_run_set_mapping(run=run, columns=columns, statuses=statuses)
    result = csv_preview(files.resolve(run.stored_file), columns=columns, statuses=statuses)
    _describe(result)
    console.print(preview_table(result))
    if preview or not _confirmed(yes, len(result.rows)):
        services.import_run_delete(run=run)
        note("Nothing imported.")
        return
    run = services.import_run_start(run=run, queue=False)
    report(run_with_progress(run))


def _confirmed(yes: bool, rows: int) -> bool:
    if yes:
        return True
    return typer.confirm(f"Put these {rows} rows in your review queue?", default=True)
