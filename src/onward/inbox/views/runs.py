"""Imports on the web: upload a file, read a mail server, follow progress (htmx polling,
the import runs as background work, so the page can be left), check a CSV's columns."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.analysis.tracker_csv import CsvFormatError
from onward.core import http
from onward.core.errors import validation_message
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.inbox import files, selectors, services
from onward.inbox.choices import ACTIVE_RUNS, RESUMABLE_RUNS, RunStatus
from onward.inbox.forms import KEEP_NOTE, ImapForm, MappingForm, UploadForm
from onward.inbox.imap import ImapError, password_from_env
from onward.inbox.models import ImportRun
from onward.inbox.services.runs import csv_preview

PREVIEW_ROWS = 12
PASSWORD_ENV = "ONWARD_IMAP_PASSWORD"


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        try:
            run = services.import_run_upload(
                owner=owner_of(request),
                name=upload_file.name or "upload",
                chunks=upload_file.chunks(),
                keep_bodies=form.cleaned_data["keep_bodies"],
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return redirect("inbox:run", import_run_id=run.pk)
    context = {"form": form, "keep_note": KEEP_NOTE}
    return http.page(request, "inbox/upload.html", context, nav="inbox", status=status_of(form))


@login_required
def imap(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    prefs = selectors.inbox_settings(owner=owner)
    initial = {
        "host": prefs.imap_host,
        "user": prefs.imap_user,
        "folder": prefs.imap_folder or "INBOX",
        "security": prefs.imap_security,
        "port": prefs.imap_port,
        "keep_bodies": prefs.keep_bodies,
    }
    form = ImapForm(bound(request), initial=initial)
    if form.is_bound and form.is_valid():
        try:
            run = _start_imap(owner, form)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return redirect("inbox:run", import_run_id=run.pk)
    context = {
        "form": form,
        "password_env": PASSWORD_ENV,
        "has_password": _has_password(),
        "keep_note": KEEP_NOTE,
    }
    return http.page(request, "inbox/imap.html", context, nav="inbox", status=status_of(form))


def _has_password() -> bool:
    try:
        return bool(password_from_env(PASSWORD_ENV))
    except ImapError:  # an unreadable password file: the form says how to set it
        return False


def _start_imap(owner: Any, form: ImapForm) -> ImportRun:
    options = form.options()
    run = services.import_run_imap(
        owner=owner, options=options, keep_bodies=form.cleaned_data["keep_bodies"]
    )
    services.inbox_settings_update(
        owner=owner,
        imap_host=options.host,
        imap_user=options.user,
        imap_folder=options.folder,
        imap_security=options.security,
        imap_port=options.port,
    )
    return run


@login_required
def run_list(request: HttpRequest) -> HttpResponse:
    runs = selectors.run_list(owner=owner_of(request))[:100]
    return http.page(request, "inbox/runs.html", {"runs": runs}, nav="inbox")


def _run_context(run: ImportRun) -> dict[str, Any]:
    return {
        "run": run,
        "active": run.status in ACTIVE_RUNS and not run.abandoned,
        "resumable": run.status in RESUMABLE_RUNS or run.abandoned,
    }


@login_required
def run_detail(request: HttpRequest, import_run_id: int) -> HttpResponse:
    run = selectors.run_get(owner=owner_of(request), pk=import_run_id)
    context = _run_context(run)
    if run.status == RunStatus.MAPPING:
        context |= _mapping_context(run, None)
    return http.page(request, "inbox/run.html", context, nav="inbox")


@login_required
def run_progress(request: HttpRequest, import_run_id: int) -> HttpResponse:
    """The progress card alone, polled by htmx while the import runs."""
    run = selectors.run_get(owner=owner_of(request), pk=import_run_id)
    context = {**_run_context(run), "compact": request.GET.get("compact") == "1"}
    return http.page(request, "inbox/_run_progress.html", context, nav="inbox")


def _mapping_context(run: ImportRun, data: Any) -> dict[str, Any]:
    columns = run.options.get("columns") or None
    statuses = run.options.get("statuses") or None
    try:
        preview = csv_preview(files.resolve(run.stored_file), columns=columns, statuses=statuses)
    except (CsvFormatError, ValueError, OSError) as exc:
        return {"preview_error": str(exc)}
    headers = tuple(g.header for g in preview.mapping.fields) + preview.mapping.unmapped_columns
    form = MappingForm(data, preview=preview, headers=headers, chosen=statuses)
    return {"preview": preview, "rows": preview.rows[:PREVIEW_ROWS], "mapping_form": form}


@login_required
@require_POST
def run_mapping(request: HttpRequest, import_run_id: int) -> HttpResponse:
    run = selectors.run_get(owner=owner_of(request), pk=import_run_id)
    if run.status != RunStatus.MAPPING:
        messages.error(request, "This import has already started.")
        return redirect("inbox:run", import_run_id=run.pk)
    context = _mapping_context(run, request.POST)
    form = context.get("mapping_form")
    if form is not None and form.is_valid():
        try:
            run = services.import_run_set_mapping(
                run=run, columns=form.columns(), statuses=form.statuses()
            )
            if request.POST.get("action") == "import":
                services.import_run_start(run=run)
                messages.success(request, "Importing your rows. You can leave this page.")
                return redirect("inbox:run", import_run_id=run.pk)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return redirect("inbox:run", import_run_id=run.pk)
    context |= _run_context(run)
    return http.page(request, "inbox/run.html", context, nav="inbox", status=400)


def _run_action(request: HttpRequest, import_run_id: int, action: str) -> HttpResponse:
    run = selectors.run_get(owner=owner_of(request), pk=import_run_id)
    try:
        if action == "cancel":
            services.import_run_cancel(run=run)
            messages.success(request, "Import cancelled. What it already proposed is still here.")
        elif action == "resume":
            services.import_run_resume(run=run)
            messages.success(request, "Carrying on where it stopped.")
        else:
            services.import_run_delete(run=run)
            messages.success(request, "Import removed, with the proposals still waiting from it.")
            return redirect("inbox:runs")
    except ValidationError as exc:
        messages.error(request, validation_message(exc))
    return redirect("inbox:run", import_run_id=run.pk)


@login_required
@require_POST
def run_cancel(request: HttpRequest, import_run_id: int) -> HttpResponse:
    return _run_action(request, import_run_id, "cancel")


@login_required
@require_POST
def run_resume(request: HttpRequest, import_run_id: int) -> HttpResponse:
    return _run_action(request, import_run_id, "resume")


@login_required
@require_POST
def run_delete(request: HttpRequest, import_run_id: int) -> HttpResponse:
    return _run_action(request, import_run_id, "delete")
