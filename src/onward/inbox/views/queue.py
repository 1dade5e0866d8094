"""The review queue: the Inbox page, one proposal in full (edit it), accept, ignore,
reopen, and the same for a selection. Thin adapters over ``inbox.services``."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from onward.accounts.http import owner_of
from onward.core import http
from onward.core.errors import validation_message
from onward.core.forms import add_service_errors
from onward.core.http import bound, is_htmx, status_of
from onward.inbox import selectors, services
from onward.inbox.choices import ItemStatus
from onward.inbox.forms import KEEP_NOTE, BulkForm, EditForm, FilterForm, UploadForm
from onward.inbox.models import ReviewItem
from onward.inbox.presenting import present
from onward.tracker import selectors as tracker_selectors

PAGE_SIZE = 50


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = FilterForm(request.GET or None)
    filters = form.filters()
    page = Paginator(selectors.item_list(owner=owner, filters=filters), PAGE_SIZE)
    current = page.get_page(request.GET.get("page"))
    prefs = selectors.inbox_settings(owner=owner)
    context: dict[str, Any] = {
        "filter_form": form,
        "status": filters.status,
        "page": current,
        "items": [present(item) for item in current.object_list],
        "counts": selectors.item_counts(owner=owner),
        "runs": list(selectors.run_list(owner=owner)[:3]),
        "upload_form": UploadForm(initial={"keep_bodies": prefs.keep_bodies}),
        "keep_note": KEEP_NOTE,
        "prefs": prefs,
    }
    return http.page(request, "inbox/inbox.html", context, nav="inbox")


def _back(request: HttpRequest) -> str:
    return http.safe_next(request, reverse("inbox:inbox"))


def _row(request: HttpRequest, item: ReviewItem, *, error: str = "") -> HttpResponse:
    context = {"entry": present(item), "error": error, "status": ItemStatus.PENDING}
    return http.page(
        request, "inbox/_item.html", context, nav="inbox", status=400 if error else 200
    )


def _after_accept(request: HttpRequest, item: ReviewItem) -> HttpResponse:
    if item.rejection_id is not None:  # logged with its rebound flow (one accepted alone)
        messages.success(
            request,
            "Rejection logged from your email. It's hard to read, and it is one answer from "
            "one place. A few short steps can help, or skip them.",
        )
        url = reverse("growth:rebound_reflect", kwargs={"rejection_id": item.rejection_id})
        return HttpResponseClientRedirect(url) if is_htmx(request) else redirect(url)
    if is_htmx(request):
        return _row(request, item)
    messages.success(request, present(item).done_text)
    return redirect(_back(request))


@login_required
@require_POST
def item_accept(request: HttpRequest, review_item_id: int) -> HttpResponse:
    item = selectors.item_get(owner=owner_of(request), pk=review_item_id)
    try:
        item = services.review_item_accept(item=item)
    except ValidationError as exc:
        if is_htmx(request):
            return _row(request, item, error=validation_message(exc))
        messages.error(request, validation_message(exc))
        return redirect("inbox:item", review_item_id=item.pk)
    return _after_accept(request, item)


@login_required
@require_POST
def item_ignore(request: HttpRequest, review_item_id: int) -> HttpResponse:
    item = selectors.item_get(owner=owner_of(request), pk=review_item_id)
    try:
        item = services.review_item_ignore(item=item)
    except ValidationError as exc:
        messages.error(request, validation_message(exc))
    if is_htmx(request):
        return _row(request, item)
    return redirect(_back(request))


@login_required
@require_POST
def item_reopen(request: HttpRequest, review_item_id: int) -> HttpResponse:
    item = selectors.item_get(owner=owner_of(request), pk=review_item_id)
    try:
        item = services.review_item_reopen(item=item)
    except ValidationError as exc:
        messages.error(request, validation_message(exc))
    else:
        messages.success(request, "Back in the queue.")
    return redirect(_back(request))


@login_required
def item_detail(request: HttpRequest, review_item_id: int) -> HttpResponse:
    """One proposal in full; the form accepts it with your changes."""
    owner = owner_of(request)
    item = selectors.item_get(owner=owner, pk=review_item_id)
    applications = list(tracker_selectors.application_list(owner=owner)[:500])
    form = EditForm(bound(request), applications=applications, initial=_initial(item))
    if form.is_bound and item.status != ItemStatus.PENDING:
        form.add_error(None, "This one has already been reviewed.")
    elif form.is_bound and form.is_valid():
        try:
            item = services.review_item_accept(item=item, edits=form.edits())
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return _after_accept(request, item)
    context = {"entry": present(item), "form": form}
    return http.page(request, "inbox/item.html", context, nav="inbox", status=status_of(form))


def _initial(item: ReviewItem) -> dict[str, Any]:
    chosen = str(item.application_id) if item.application_id else "new"
    return {
        "application": chosen,
        "company": item.company,
        "role": item.role,
        "stage": item.stage,
        "applied_on": item.applied_on,
        "message": item.message,
    }


@login_required
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    ids = [int(v) for v in request.POST.getlist("items") if v.isdigit() and len(v) < 19]
    form = BulkForm(request.POST, ids=ids)
    if not form.is_valid():
        messages.error(request, "Select at least one proposal first.")
        return redirect(_back(request))
    chosen = selectors.items_by_ids(owner=owner, ids=form.cleaned_data["items"])
    if form.cleaned_data["action"] == "ignore":
        count = services.review_items_ignore(items=chosen)
        messages.success(request, f"Ignored {count}. You can bring them back from “Ignored”.")
        return redirect(_back(request))
    result = services.review_items_accept(items=chosen)
    _bulk_messages(request, result)
    return redirect(_back(request))


def _bulk_messages(request: HttpRequest, result: services.BulkResult) -> None:
    done = len(result.accepted)
    rejections = sum(1 for item in result.accepted if item.rejection_id)
    text = f"Accepted {done}."
    if rejections:
        text += (
            f" {rejections} rejection{'s' if rejections != 1 else ''} logged: the rebound flow "
            "is there for each one when you want it (from the application's page)."
        )
    messages.success(request, text)
    if result.failed:
        messages.error(
            request,
            f"{len(result.failed)} could not be accepted as proposed; they stay in the queue "
            "with the reason. Open one to edit it.",
        )
