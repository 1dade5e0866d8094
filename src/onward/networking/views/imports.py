"""Importing LinkedIn connections and vCard files."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import status_of
from onward.networking import services
from onward.networking.forms import ImportForm
from onward.networking.services.imports import MAX_FILE_BYTES
from onward.networking.views.common import page

SECTION = "import"


@login_required
def import_contacts(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read(MAX_FILE_BYTES + 1)
        kind = form.cleaned_data["kind"]
        if kind == "auto":
            kind = services.guess_format(upload.name or "", data)
        run = (
            services.contacts_import_vcard if kind == "vcard" else services.contacts_import_linkedin
        )
        try:
            result = run(owner=owner_of(request), data=data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            skipped = f", {result.skipped} skipped (no name)" if result.skipped else ""
            messages.success(
                request,
                f"Imported: {result.created} new, {result.updated} updated, "
                f"{result.unchanged} unchanged{skipped}.",
            )
            return redirect("networking:contacts")
    return page(
        request,
        "networking/import.html",
        {"form": form},
        section=SECTION,
        status=status_of(form),
    )
