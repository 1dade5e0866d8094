"""A posting's skills and fit: for a saved posting, an application, or pasted text
(nothing stored)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Router

from onward.accounts.auth import current_user
from onward.analysis.fit import Fit
from onward.core.api.fields import ObjectId
from onward.skills import selectors, services
from onward.skills.engine import get_engine
from onward.skills.schemas.fit import (
    FitOut,
    NotRequiredCountOut,
    NotRequiredIn,
    PostingCheckIn,
    PostingSkillsOut,
)
from onward.tracker import selectors as tracker_selectors

posting_skills = Router(tags=["skills"])


@posting_skills.get("/{posting_id}/skills", response=PostingSkillsOut)
def posting_skill_list(request: HttpRequest, posting_id: ObjectId) -> dict[str, Any]:
    owner = current_user(request)
    posting = tracker_selectors.posting_get(owner=owner, pk=posting_id)
    return {
        "posting_id": posting.pk,
        "analysed": selectors.posting_analysed(owner=owner, posting=posting),
        "attribution": get_engine().attribution,
        "items": list(selectors.posting_skill_list(owner=owner, posting=posting)),
    }


application_skills = Router(tags=["skills"])

fit_check = Router(tags=["skills"])


def _fit(fit: Fit) -> dict[str, Any]:
    return {
        "state": fit.state,
        "score": fit.score,
        "percent": fit.percent,
        "reasons": fit.reasons,
        "skills": fit.skills,
        "not_required": fit.not_required,
        "profile_url": reverse("skills:resume") if fit.no_profile else "",
        "attribution": get_engine().attribution,
    }


@application_skills.get("/{application_id}/skills", response=FitOut)
def application_fit(request: HttpRequest, application_id: ObjectId) -> dict[str, Any]:
    owner = current_user(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    return _fit(selectors.application_fit(owner=owner, application=application))


@application_skills.post("/{application_id}/skills/not-required", response=FitOut)
def application_skill_dismiss(
    request: HttpRequest, application_id: ObjectId, payload: NotRequiredIn
) -> dict[str, Any]:
    """Mark a skill of the posting as not a requirement: it leaves the fit and your gaps.
    Returns the fit after the change."""
    owner = current_user(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    services.posting_skill_dismiss(
        owner=owner, posting=application.posting, skill_id=payload.skill_id
    )
    return _fit(selectors.application_fit(owner=owner, application=application))


@application_skills.post("/{application_id}/skills/not-required/restore", response=FitOut)
def application_skill_restore(
    request: HttpRequest, application_id: ObjectId, payload: NotRequiredIn
) -> dict[str, Any]:
    """Count a skill you marked as not a requirement again (nothing happens when it was
    not marked). Returns the fit after the change."""
    owner = current_user(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    services.posting_skill_restore(
        owner=owner, posting=application.posting, skill_id=payload.skill_id
    )
    return _fit(selectors.application_fit(owner=owner, application=application))


@fit_check.post("/check", response=FitOut)
def posting_check(request: HttpRequest, payload: PostingCheckIn) -> dict[str, Any]:
    """A posting's text before you apply: matched and missing skills; nothing is stored."""
    return _fit(selectors.text_fit(owner=current_user(request), text=payload.text))


@fit_check.get("/not-required", response=list[NotRequiredCountOut])
def not_required_counts(request: HttpRequest) -> list[selectors.NotRequiredCount]:
    """Per skill, how many of your postings you marked it as not a requirement of (the
    extractor's mistakes, as you corrected them), most frequent first."""
    return selectors.not_required_counts(owner=current_user(request))
