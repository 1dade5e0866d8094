"""The strategy review: a guided look at the evidence, then 1-3 changes to commit to."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of
from onward.strategy import selectors, services
from onward.strategy.forms import ReviewForm
from onward.strategy.snapshot import snapshot_of
from onward.strategy.suggestions import suggestions_for
from onward.strategy.views.nav import page

SECTION = "reviews"


@login_required
def review(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    figures = selectors.figures(owner=owner)
    running = list(selectors.experiments_running(owner=owner))
    form = ReviewForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            saved = services.review_create(
                owner=owner,
                commitments=form.commitments(),
                note=form.cleaned_data["note"],
                snapshot=snapshot_of(figures, running),
            )
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"commitments": "first"})
        else:
            messages.success(request, "Review saved. Good luck with the changes.")
            return redirect("strategy:review_detail", review_id=saved.pk)
    diagnosis = figures.diagnosis
    context = {
        "figures": figures,
        "running": running,
        "form": form,
        "last": selectors.review_list(owner=owner).first(),
        "suggestions": suggestions_for(figures)[:3],
        "cited": selectors.applications_cited(owner=owner, ids=diagnosis.cited[:5]),
    }
    return page(request, "strategy/review.html", context, section=SECTION, status=status_of(form))


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    context = {"reviews": selectors.review_list(owner=owner_of(request))[:100]}
    return page(request, "strategy/reviews.html", context, section=SECTION)


@login_required
def review_detail(request: HttpRequest, review_id: int) -> HttpResponse:
    saved = selectors.review_get(owner=owner_of(request), pk=review_id)
    context = {"review": saved, "snapshot": saved.snapshot}
    return page(request, "strategy/review_detail.html", context, section=SECTION)


@login_required
def review_delete(request: HttpRequest, review_id: int) -> HttpResponse:
    saved = selectors.review_get(owner=owner_of(request), pk=review_id)
    if request.method == "POST":
        services.review_delete(review=saved)
        messages.success(request, "Review deleted.")
        return redirect("strategy:reviews")
    context = {
        "title": "Delete this review?",
        "text": "The changes you committed to and the evidence saved with them go.",
        "confirm": "Delete review",
        "cancel_url": reverse("strategy:review_detail", kwargs={"review_id": saved.pk}),
    }
    return page(request, "strategy/confirm.html", context, section=SECTION)


@login_required
@require_POST
def review_dismiss(request: HttpRequest) -> HttpResponse:
    services.review_prompt_dismiss(owner=owner_of(request))
    messages.success(request, "No problem: the review will wait.")
    return redirect(safe_next(request, reverse("web:dashboard")))
