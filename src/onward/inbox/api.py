"""The Inbox's JSON endpoints: the review queue, imports (upload, IMAP, a CSV's columns),
settings. Each handler parses, calls one selector or service, renders."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import NoContent
from onward.inbox import files, selectors, services
from onward.inbox.imap import ImapOptions
from onward.inbox.models import ImportRun, InboxSettings, ReviewItem
from onward.inbox.schemas import (
    AcceptIn,
    BulkIn,
    BulkOut,
    ImapIn,
    ItemOut,
    ItemQuery,
    MappingIn,
    PreviewOut,
    RunOut,
    SettingsOut,
    SettingsPatch,
)
from onward.inbox.services.runs import csv_preview
from onward.tracker import selectors as tracker_selectors

items = Router(tags=["inbox"])
imports = Router(tags=["inbox"])
settings = Router(tags=["inbox"])

Accepted = Status[Any]


# --- the review queue --------------------------------------------------------------------


@items.get("", response=list[ItemOut])
@paginated
def item_list(request: HttpRequest, filters: Query[ItemQuery]) -> QuerySet[ReviewItem]:
    return selectors.item_list(owner=current_user(request), filters=filters.to_filters())


@items.post("/bulk", response=BulkOut)
def item_bulk(request: HttpRequest, payload: BulkIn) -> dict[str, Any]:
    chosen = selectors.items_by_ids(owner=current_user(request), ids=payload.ids)
    if payload.action == "ignore":
        return {"accepted": [], "ignored": services.review_items_ignore(items=chosen), "failed": []}
    result = services.review_items_accept(items=chosen)
    return {
        "accepted": [item.pk for item in result.accepted],
        "ignored": 0,
        "failed": [{"id": item.pk, "error": error} for item, error in result.failed],
    }


@items.get("/{review_item_id}", response=ItemOut)
def item_get(request: HttpRequest, review_item_id: ObjectId) -> ReviewItem:
    return selectors.item_get(owner=current_user(request), pk=review_item_id)


@items.post("/{review_item_id}/accept", response=ItemOut)
def item_accept(request: HttpRequest, review_item_id: ObjectId, payload: AcceptIn) -> ReviewItem:
    owner = current_user(request)
    item = selectors.item_get(owner=owner, pk=review_item_id)
    application = None
    if payload.application_id is not None:
        application = tracker_selectors.application_get(owner=owner, pk=payload.application_id)
    edits = services.Edits(
        application=application,
        new_application=payload.new_application or None,
        company=payload.company,
        role=payload.role,
        stage=payload.stage,
        message=payload.message,
        applied_on=payload.applied_on,
    )
    changed = any(v is not None for v in vars(edits).values())
    return services.review_item_accept(
        item=item, edits=edits if changed else None, rebound=payload.rebound
    )


@items.post("/{review_item_id}/ignore", response=ItemOut)
def item_ignore(request: HttpRequest, review_item_id: ObjectId) -> ReviewItem:
    item = selectors.item_get(owner=current_user(request), pk=review_item_id)
    return services.review_item_ignore(item=item)


@items.post("/{review_item_id}/reopen", response=ItemOut)
def item_reopen(request: HttpRequest, review_item_id: ObjectId) -> ReviewItem:
    item = selectors.item_get(owner=current_user(request), pk=review_item_id)
    return services.review_item_reopen(item=item)


# --- imports -----------------------------------------------------------------------------


@imports.get("", response=list[RunOut])
@paginated
def run_list(request: HttpRequest) -> QuerySet[ImportRun]:
    return selectors.run_list(owner=current_user(request))


@imports.post("", response={202: RunOut})
def run_upload(
    request: HttpRequest, file: File[UploadedFile], keep_bodies: Form[bool | None] = None
) -> Accepted:
    """Upload an .mbox, .eml, .zip of emails or .csv (multipart ``file``). Mail is read in
    the background; a CSV waits for its columns (``/mapping``)."""
    run = services.import_run_upload(
        owner=current_user(request),
        name=file.name or "upload",
        chunks=file.chunks(),
        keep_bodies=keep_bodies,
    )
    return Status(202, run)


@imports.post("/imap", response={202: RunOut})
def run_imap(request: HttpRequest, payload: ImapIn) -> Accepted:
    """Read an IMAP folder (read-only). The password comes from ONWARD_IMAP_PASSWORD (or
    ONWARD_IMAP_PASSWORD_FILE) where Onward runs; it is never sent or stored."""
    options = ImapOptions(
        host=payload.host,
        user=payload.user,
        port=payload.port,
        folder=payload.folder or "INBOX",
        since=payload.since,
        security=payload.security,
    )
    run = services.import_run_imap(
        owner=current_user(request), options=options, keep_bodies=payload.keep_bodies
    )
    return Status(202, run)


@imports.get("/{import_run_id}", response=RunOut)
def run_get(request: HttpRequest, import_run_id: ObjectId) -> ImportRun:
    return selectors.run_get(owner=current_user(request), pk=import_run_id)


@imports.get("/{import_run_id}/preview", response=PreviewOut)
def run_preview(request: HttpRequest, import_run_id: ObjectId) -> dict[str, Any]:
    """A CSV import's guessed (or chosen) columns and its first rows as they would import."""
    run = selectors.run_get(owner=current_user(request), pk=import_run_id)
    if run.source != "csv" or not run.stored_file:
        return _empty_preview()
    preview = csv_preview(
        files.resolve(run.stored_file),
        columns=run.options.get("columns"),
        statuses=run.options.get("statuses"),
    )
    return {
        "format": preview.format,
        "encoding": preview.encoding,
        "mapping": [vars(g) | {"reasons": list(g.reasons)} for g in preview.mapping.fields],
        "missing": list(preview.mapping.missing),
        "confidence": preview.mapping.confidence,
        "unknown_statuses": [{"value": v, "rows": n} for v, n in preview.unknown_statuses],
        "rows": [vars(row) | {"issues": list(row.issues)} for row in preview.rows[:20]],
        "row_count": len(preview.rows),
        "errors": [e.message for e in preview.errors],
    }


def _empty_preview() -> dict[str, Any]:
    return {
        "format": "", "encoding": "", "mapping": [], "missing": [], "confidence": 0.0,
        "unknown_statuses": [], "rows": [], "row_count": 0, "errors": [],
    }  # fmt: skip


@imports.post("/{import_run_id}/mapping", response=RunOut)
def run_mapping(request: HttpRequest, import_run_id: ObjectId, payload: MappingIn) -> ImportRun:
    run = selectors.run_get(owner=current_user(request), pk=import_run_id)
    statuses = {value: str(stage) for value, stage in payload.statuses.items()}
    columns = {str(field): header for field, header in payload.columns.items()}
    run = services.import_run_set_mapping(run=run, columns=columns, statuses=statuses)
    return services.import_run_start(run=run) if payload.start else run


@imports.post("/{import_run_id}/resume", response=RunOut)
def run_resume(request: HttpRequest, import_run_id: ObjectId) -> ImportRun:
    run = selectors.run_get(owner=current_user(request), pk=import_run_id)
    return services.import_run_resume(run=run)


@imports.post("/{import_run_id}/cancel", response=RunOut)
def run_cancel(request: HttpRequest, import_run_id: ObjectId) -> ImportRun:
    run = selectors.run_get(owner=current_user(request), pk=import_run_id)
    return services.import_run_cancel(run=run)


@imports.delete("/{import_run_id}", response={204: None})
def run_delete(request: HttpRequest, import_run_id: ObjectId) -> NoContent:
    run = selectors.run_get(owner=current_user(request), pk=import_run_id)
    services.import_run_delete(run=run)
    return Status(204, None)


# --- settings ----------------------------------------------------------------------------


@settings.get("", response=SettingsOut)
def settings_get(request: HttpRequest) -> InboxSettings:
    return selectors.inbox_settings(owner=current_user(request))


@settings.patch("", response=SettingsOut)
def settings_update(request: HttpRequest, payload: SettingsPatch) -> InboxSettings:
    return services.inbox_settings_update(owner=current_user(request), **payload.changes())
