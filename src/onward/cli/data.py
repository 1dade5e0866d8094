"""Data commands: ``export``, ``import`` and ``backup``."""

from __future__ import annotations

import contextlib
import io
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from onward.cli.bootstrap import ensure_migrated
from onward.cli.errors import command
from onward.cli.output import console, note, ok
from onward.cli.params import OutputOption, UserOption, current_user

PRIVATE = 0o600  # exports and backups: readable and writable by you only


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


def _write_atomically(path: Path, text: str | bytes) -> None:
    """Write ``path.part`` then rename, so ``path`` is never half-written. The file is
    created readable by you only (0600): it holds your whole journal."""
    part = path.with_name(path.name + ".part")
    try:
        part.unlink(missing_ok=True)
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        part.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


@command
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="json: everything, re-importable; csv: applications."),
    ] = ExportFormat.JSON,
    output: OutputOption = None,
    user: UserOption = None,
) -> None:
    """Export your data as JSON (everything, re-importable) or CSV (applications)."""
    from onward.portability import csv_export, exporter

    owner = current_user(user)
    if fmt == ExportFormat.CSV:
        buffer = io.StringIO()
        csv_export.applications_csv(owner=owner, out=buffer)
        text = buffer.getvalue()
    else:
        text = exporter.account_export_json(owner=owner)
    if output is None:
        typer.echo(text, nl=False)
        return
    _write_atomically(output.expanduser(), text)
    ok(f"Exported to {output}.")


@command
def import_(
    file: Annotated[
        Path, typer.Argument(help="An `onward export` JSON file.", dir_okay=False, exists=False)
    ],
    user: UserOption = None,
) -> None:
    """Import a JSON export into your account (checked first; all or nothing; idempotent).

    On a fresh install it first sets up the database and, in local mode, your account.
    """
    from onward.cli import render
    from onward.portability import importer

    text = file.expanduser().read_text(encoding="utf-8")
    _prepare_fresh_install(user)
    owner = current_user(user)
    result = importer.account_import_json(owner=owner, text=text)
    console.print(render.import_counts_table(result.counts))
    if result.resumed:
        note("Carried on with an import of this file that was interrupted.")
    summary = f"Imported {file}: {result.created} created, {result.updated} updated"
    if result.profile_filled:
        summary += "; filled in empty profile settings"
    ok(summary + ".")


def _prepare_fresh_install(user: str | None) -> None:
    """Set up the database if it is new; in local mode, create the owner account when
    there is none (as ``onward serve`` does), so a backup restores in one command."""
    from django.conf import settings

    from onward.accounts import services

    ensure_migrated()
    if settings.SERVER_MODE or user:
        return
    owner, created = services.owner_ensure()
    if created:
        note(f"Created your account {owner.username!r} (`onward user link` signs you in).")


@command
def backup(
    path: Annotated[Path, typer.Argument(help="File to write the copy to.", dir_okay=False)],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace PATH if it exists.")
    ] = False,
) -> None:
    """Copy the SQLite database to PATH (safe while Onward is running)."""
    from onward.portability import backup as backups

    target = backups.database_backup(target=path, overwrite=overwrite)
    size = target.stat().st_size
    ok(f"Backed up the database to {target} ({size:,} bytes).")
