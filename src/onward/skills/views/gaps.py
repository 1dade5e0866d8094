"""Skill gaps across your search: list them, mark one "not relevant to me", restore it.
Thin adapters; the forms work without JavaScript and htmx swaps the list in place."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from onward.accounts.http import owner_of
from onward.analysis.gaps import Gap
from onward.core.errors import validation_message
from onward.core.http import is_htmx
from onward.skills import selectors, selectors_gaps, services
from onward.skills.forms import GapDismissForm
from onward.skills.views.common import skills_page
from onward.tracker import selectors as tracker_selectors

SHOWN = 20  # the strongest gaps on the page (each with up to 12 evidence lines)


def plan_url(gap: Gap) -> str:
    """The learning plan's "new action" page, prefilled from a gap."""
    query = {"skill_id": gap.skill_id, "skill_label": gap.label, "title": f"Learn {gap.label}"}
    return f"{reverse('skills:learning_create')}?{urlencode(query)}"


def _page(request: HttpRequest, **extra: Any) -> HttpResponse:
    """The gaps page, or only its body (``#gaps-body``) after an htmx form."""
    owner = owner_of(request)
    # perf: the evidence links need a title and a company only, not the applications.
    report = selectors_gaps.skill_gaps(owner=owner, evidence_for=0)
    rows = [(gap, plan_url(gap)) for gap in report.gaps[:SHOWN]]
    named = [e.application_id for gap, _ in rows for e in gap.evidence if e.application_id]
    # perf: each evidence line links its application; reverse once, not per line.
    detail = reverse("tracker:detail", kwargs={"application_id": 987654321})
    links = {
        pk: (detail.replace("987654321", str(pk)), role)
        for pk, role in tracker_selectors.application_roles(owner=owner, ids=named).items()
    }
    context = {
        "report": report,
        "rows": rows,
        "hidden_count": max(0, len(report.gaps) - SHOWN),
        "links": links,
        **extra,
    }
    partial = is_htmx(request) and request.method == "POST"
    template = "skills/_gaps_body.html" if partial else "skills/gaps.html"
    return skills_page(request, template, context, section="gaps")


def _done(request: HttpRequest, text: str, **extra: Any) -> HttpResponse:
    """After a change: the body with a note in place (htmx), or a message and a redirect."""
    if is_htmx(request):
        return _page(request, note=text, **extra)
    messages.success(request, text)
    return redirect("skills:gaps")


def _failed(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    text = f"That did not work: {validation_message(exc)}"
    if is_htmx(request):
        return _page(request, note=text, note_error=True)
    messages.error(request, text)
    return redirect("skills:gaps")


@login_required
@require_GET
def gaps(request: HttpRequest) -> HttpResponse:
    return _page(request)


@login_required
@require_POST
def gap_dismiss(request: HttpRequest) -> HttpResponse:
    form = GapDismissForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
        dismissal = services.gap_dismiss(owner=owner_of(request), **form.cleaned_data)
    except ValidationError as exc:
        return _failed(request, exc)
    text = f"Hid {dismissal.label} from your gaps."
    if not is_htmx(request):
        text += " You can restore it under “Show dismissed”."
    return _done(request, text, undo=dismissal)


@login_required
@require_POST
def gap_restore(request: HttpRequest, dismissal_id: int) -> HttpResponse:
    dismissal = selectors.gap_dismissal_get(owner=owner_of(request), pk=dismissal_id)
    services.gap_restore(dismissal=dismissal)
    show_dismissed = request.POST.get("from") == "dismissed"
    return _done(request, f"{dismissal.label} is back in your gaps.", show_dismissed=show_dismissed)
