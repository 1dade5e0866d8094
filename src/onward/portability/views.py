"""Export and import on the web (the Account page): thin adapters over the exporter, the
CSV export, the import preview and the importer, as the CLI uses them."""

from __future__ import annotations

import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from onward.accounts.http import owner_of
from onward.portability import csv_export, exporter, importer, pending, preview
from onward.portability.errors import ImportFileError, Problem
from onward.portability.forms import ImportUploadForm

SHOWN_PROBLEMS = 50
PROFILE_LABELS = {
    "display_name": "display name",
    "email": "email",
    "time_zone": "time zone",
    "ghost_after_days": "days before ghosting",
}


def _download(text: str, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    text = exporter.account_export_json(owner=owner_of(request))
    name = f"onward-export-{timezone.localdate():%Y-%m-%d}.json"
    return _download(text, filename=name, content_type="application/json; charset=utf-8")


@login_required
@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    buffer = io.StringIO()
    csv_export.applications_csv(owner=owner_of(request), out=buffer)
    name = f"onward-applications-{timezone.localdate():%Y-%m-%d}.csv"
    return _download(buffer.getvalue(), filename=name, content_type="text/csv; charset=utf-8")


def _page(request: HttpRequest, status: int = 200, **context: Any) -> HttpResponse:
    problems: list[Problem] = context.pop("problems", [])
    context = {
        "nav": "account",
        "form": context.pop("form", None) or ImportUploadForm(),
        "problems": problems[:SHOWN_PROBLEMS],
        "more_problems": max(0, len(problems) - SHOWN_PROBLEMS),
        **context,
    }
    return render(request, "portability/import.html", context, status=status)


@login_required
def import_start(request: HttpRequest) -> HttpResponse:
    """Step 1: choose a file (the Account page has the same form)."""
    return _page(request)


@login_required
@require_POST
def import_preview(request: HttpRequest) -> HttpResponse:
    """Step 2: check the file and show what it would change; nothing is written yet."""
    owner = owner_of(request)
    form = ImportUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form=form, status=400)
    text: str = form.cleaned_data["file"]
    filename = form.filename
    try:
        result = preview.import_preview_json(owner=owner, text=text)
    except ImportFileError as exc:
        return _page(request, problems=exc.problems, filename=filename, status=400)
    token = pending.pending_import_save(owner=owner, text=text)
    labels = [PROFILE_LABELS.get(name, name) for name in result.profile_fields]
    return _page(request, preview=result, token=token, filename=filename, profile_labels=labels)


@login_required
@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    """Step 3: import the file shown in the preview, all or nothing."""
    owner = owner_of(request)
    token = request.POST.get("token", "")
    text = pending.pending_import_read(owner=owner, token=token)
    if text is None:
        message = "That upload has expired or was already imported. Choose the file again."
        messages.error(request, message)
        return redirect("portability:import")
    try:
        result = importer.account_import_json(owner=owner, text=text.removeprefix("\ufeff"))
    except ImportFileError as exc:
        return _page(request, problems=exc.problems, status=400)
    finally:
        pending.pending_import_discard(owner=owner, token=token)
    summary = f"Imported: {result.created} added, {result.updated} updated"
    if result.profile_filled:
        summary += "; empty profile settings filled in"
    messages.success(request, summary + ".")
    return redirect("accounts:account")


@login_required
@require_POST
def import_cancel(request: HttpRequest) -> HttpResponse:
    pending.pending_import_discard(owner=owner_of(request), token=request.POST.get("token", ""))
    messages.success(request, "Import cancelled; nothing was changed.")
    return redirect("accounts:account")
