"""Starting, stopping and resuming imports. The reading itself is in ``execute``; a web or
API import runs it as background work (``inbox.tasks``), the CLI runs it in its own
process with a progress bar."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.inbox.archive import mail_entries
from onward.analysis.mail import MailFormatError, iter_mbox, parse_raw, read_eml_file
from onward.analysis.mail.folder import eml_paths
from onward.analysis.tracker_csv import CsvFormatError, read_tracker_csv
from onward.core.services import check_choice, clean_text
from onward.inbox import files, selectors
from onward.inbox.choices import ACTIVE_RUNS, RESUMABLE_RUNS, ItemStatus, RunStatus, Source
from onward.inbox.imap import ImapError, ImapOptions, password_from_env
from onward.inbox.models import ImportRun, ReviewItem
from onward.tracker.choices import Stage

MAX_CSV_BYTES = 20 * 1024 * 1024
_HEADER_LINE = (b"Return-Path:", b"Received:", b"From:", b"Delivered-To:", b"Message-ID:")


def detect_source(name: str, head: bytes) -> Source:
    """What an uploaded file is, from its name and first bytes; a clear error otherwise."""
    lower = name.lower()
    if lower.endswith((".xlsx", ".xls", ".ods", ".numbers")):
        raise ValidationError(
            {"file": "This is a spreadsheet workbook. Save it as CSV first "
             "(File, Save as, CSV) and upload that."}
        )  # fmt: skip
    if head.startswith(b"PK\x03\x04") or lower.endswith(".zip"):
        return Source.ZIP
    if lower.endswith((".csv", ".tsv")):
        return Source.CSV
    if lower.endswith((".mbox", ".mbx")) or head.startswith(b"From "):
        return Source.MBOX
    if lower.endswith(".eml") or head.lstrip(b"\xef\xbb\xbf").startswith(_HEADER_LINE):
        return Source.EML
    if head.startswith(b"\x1f\x8b") or lower.endswith((".tgz", ".gz")):
        raise ValidationError(
            {"file": "This file is compressed (gzip). Unpack it first, or download your "
             "Takeout as .zip instead."}
        )  # fmt: skip
    raise ValidationError(
        {"file": "We could not tell what this file is. Upload an .mbox, an .eml, a .zip of "
         "emails or a .csv."}
    )  # fmt: skip


def check_file(source: str, path: Path) -> None:
    """Read enough of ``path`` to know it is what it claims; a plain-words error if not."""
    try:
        if source == Source.MBOX:
            next(iter_mbox(path), None)
        elif source == Source.EML:
            parse_raw(read_eml_file(path))
        elif source == Source.ZIP:
            mail_entries(path)
        elif source == Source.FOLDER:
            if not eml_paths(path):
                raise MailFormatError(f"there are no .eml files in {path}")
        elif source == Source.CSV:
            csv_preview(path)
    except (MailFormatError, CsvFormatError, OSError) as exc:
        raise ValidationError({"file": _sentence(str(exc))}) from exc


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."


def csv_preview(
    path: Path, *, columns: dict[str, Any] | None = None, statuses: dict[str, str] | None = None
) -> Any:
    """The CSV read with the given (or guessed) mapping: a ``CsvImport`` for the preview."""
    if path.stat().st_size > MAX_CSV_BYTES:
        raise CsvFormatError("the file is over 20 MB; that is not a tracker export")
    return read_tracker_csv(path.read_bytes(), columns=columns or None, statuses=statuses or None)


def _default_options(owner: User, keep_bodies: bool | None) -> dict[str, Any]:
    prefs = selectors.inbox_settings(owner=owner)
    return {
        "keep_bodies": prefs.keep_bodies if keep_bodies is None else keep_bodies,
        "auto_accept_min": prefs.auto_accept_min if prefs.auto_accept else None,
    }


def _create(
    *, owner: User, source: Source, filename: str, stored: str, options: dict[str, Any]
) -> ImportRun:
    status = RunStatus.MAPPING if source == Source.CSV else RunStatus.QUEUED
    run = ImportRun.objects.create(
        owner=owner,
        source=source,
        filename=filename[:255],
        stored_file=stored,
        status=status,
        options=options,
    )
    if status == RunStatus.QUEUED:
        _enqueue(run)
    return run


def import_run_upload(
    *, owner: User, name: str, chunks: Iterable[bytes], keep_bodies: bool | None = None
) -> ImportRun:
    """Store an uploaded file, check it, and queue its import (a CSV waits for its
    columns to be checked first)."""
    stored, size = files.store_chunks(chunks, suffix=Path(name).suffix)
    path = files.resolve(stored)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if size == 0:
            raise ValidationError({"file": "The file is empty."})
        source = detect_source(name, head)
        check_file(source, path)
        with transaction.atomic():
            options = _default_options(owner, keep_bodies)
            return _create(
                owner=owner, source=source, filename=name, stored=stored, options=options
            )
    except BaseException:
        files.remove_upload(stored)
        raise


def import_run_local(
    *,
    owner: User,
    path: Path,
    keep_bodies: bool | None = None,
    queue: bool = False,
    source: Source | None = None,
) -> ImportRun:
    """An import of a file or folder on this machine (the CLI): read where it is, never
    copied or deleted. A stopped import of the same file is resumed instead. ``source``
    says what the file is (else it is told from its name and first bytes)."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise ValidationError({"file": f"There is no file or folder at {path}."})
    if source is not None:
        pass
    elif path.is_dir():
        source = Source.FOLDER
    else:
        with path.open("rb") as handle:
            source = detect_source(path.name, handle.read(4096))
    check_file(source, path)
    earlier = _resumable(owner, str(path))
    if earlier is not None:
        return import_run_resume(run=earlier, queue=queue)
    options = {**_default_options(owner, keep_bodies), "size": _size(path)}
    run = ImportRun.objects.create(
        owner=owner, source=source, filename=path.name[:255], stored_file=str(path),
        status=RunStatus.MAPPING if source == Source.CSV else RunStatus.QUEUED, options=options,
    )  # fmt: skip
    if queue and run.status == RunStatus.QUEUED:
        _enqueue(run)
    return run


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def _resumable(owner: User, stored: str) -> ImportRun | None:
    """The last stopped, failed or abandoned import of the same unchanged file."""
    statuses = [*RESUMABLE_RUNS, RunStatus.RUNNING]
    runs = ImportRun.objects.filter(owner=owner, stored_file=stored, status__in=statuses)
    found = runs.exclude(source=Source.CSV).order_by("-created_at").first()
    if found is None or found.options.get("size", 0) != _size(Path(stored)):
        return None
    if found.status == RunStatus.RUNNING and not found.abandoned:
        return None
    return found


def import_run_imap(
    *,
    owner: User,
    options: ImapOptions,
    keep_bodies: bool | None = None,
    password_env: str = "ONWARD_IMAP_PASSWORD",
    need_password: bool = True,
    queue: bool = True,
) -> ImportRun:
    """An import from an IMAP mailbox (read-only). The password is read from
    ``password_env`` (or ``<name>_FILE``) when the import runs, and never stored."""
    options.check()
    try:
        password = password_from_env(password_env) if need_password else "given"
    except ImapError as exc:
        raise ValidationError({"password": str(exc)}) from exc
    if not password:
        raise ValidationError(
            {"password": f"Set {password_env} (or {password_env}_FILE) to the mailbox password "
             "where Onward runs; it is read from there and never stored."}
        )  # fmt: skip
    run_options = {
        **_default_options(owner, keep_bodies),
        "imap": options.as_dict(),
        "password_env": password_env,
    }
    run = ImportRun.objects.create(
        owner=owner, source=Source.IMAP, filename=options.label()[:255], options=run_options
    )
    if queue:
        _enqueue(run)
    return run


def import_run_set_mapping(
    *, run: ImportRun, columns: dict[str, str], statuses: dict[str, str]
) -> ImportRun:
    """The person's column mapping and status words for a CSV, checked against the file."""
    if run.source != Source.CSV or run.status != RunStatus.MAPPING:
        raise ValidationError("Only a CSV import waiting for its columns can change them.")
    for value, stage in statuses.items():
        check_choice(stage, Stage, f"statuses.{value}")
    clean_columns = {f: clean_text(h, field=f, max_length=500) for f, h in columns.items()}
    try:
        csv_preview(files.resolve(run.stored_file), columns=clean_columns, statuses=statuses)
    except (ValueError, OSError) as exc:
        raise ValidationError({"columns": _sentence(str(exc))}) from exc
    run.options = {**run.options, "columns": clean_columns, "statuses": statuses}
    run.save(update_fields=["options", "updated_at"])
    return run


def import_run_start(*, run: ImportRun, queue: bool = True) -> ImportRun:
    """A CSV whose columns are checked: import its rows."""
    if run.status != RunStatus.MAPPING:
        raise ValidationError("This import has already started.")
    changed = ImportRun.objects.filter(pk=run.pk, status=RunStatus.MAPPING).update(
        status=RunStatus.QUEUED, updated_at=timezone.now()
    )
    run.refresh_from_db()
    if changed and queue:
        _enqueue(run)
    return run


def import_run_resume(*, run: ImportRun, queue: bool = True) -> ImportRun:
    """Continue a stopped, failed or abandoned import after its last whole batch."""
    if run.status not in RESUMABLE_RUNS and not run.abandoned:
        raise ValidationError("Only a stopped import can be resumed.")
    if run.source != Source.IMAP and not _file_is_here(run.stored_file):
        raise ValidationError(
            "The file of this import is no longer here. Upload it again: messages already "
            "imported are recognised and skipped."
        )
    # Only if nobody took it meanwhile (a worker taking over an abandoned run beats).
    taken = ImportRun.objects.filter(pk=run.pk, status=run.status, heartbeat_at=run.heartbeat_at)
    changed = taken.update(status=RunStatus.QUEUED, message="", updated_at=timezone.now())
    run.refresh_from_db()
    if queue and changed:
        _enqueue(run)
    return run


def _file_is_here(stored: str) -> bool:
    """Whether a run's file is still there (none for a run brought in by an account import:
    files never travel with an export)."""
    return bool(stored) and files.resolve(stored).exists()


def import_run_cancel(*, run: ImportRun) -> ImportRun:
    """Stop an import for good; its file is deleted, what it already proposed stays."""
    if run.status in (RunStatus.DONE, RunStatus.CANCELLED):
        raise ValidationError("This import is already over.")
    kept = "" if files.is_upload(run.stored_file) else run.stored_file
    ImportRun.objects.filter(pk=run.pk).update(
        status=RunStatus.CANCELLED, finished_at=timezone.now(), stored_file=kept
    )
    files.remove_upload(run.stored_file)
    run.refresh_from_db()
    return run


@transaction.atomic
def import_run_delete(*, run: ImportRun) -> None:
    """Forget an import and the proposals still waiting from it (decisions already made
    stay: their changes are in your tracker)."""
    if run.status in ACTIVE_RUNS:
        raise ValidationError("This import is still running: cancel it first.")
    ReviewItem.objects.filter(run=run, status=ItemStatus.PENDING).delete()
    files.remove_upload(run.stored_file)
    run.delete()


def _enqueue(run: ImportRun) -> None:
    from onward.inbox import tasks  # the task module imports the services

    tasks.run_import.enqueue(run.pk)  # a row in the same transaction as the run
