"""Template tags of the timeline: an application's growth card (its rebound flow,
feedback request and the growth items about it)."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist

from onward.growth import selectors as growth_selectors
from onward.timeline import selectors as timeline_selectors
from onward.tracker.models import Application

register = template.Library()

APPLICATION_ITEMS = 20
# The tracker's own timeline already shows these on the application page.
TRACKER_KINDS = ("application", "stage", "rejection")


def _rejection_of(application: Application) -> Any:
    try:
        return application.rejection
    except ObjectDoesNotExist:
        return None


@register.inclusion_tag("growth/_application_growth.html", takes_context=True)
def application_growth(context: template.Context, application: Application) -> dict[str, Any]:
    owner = application.owner
    rejection = _rejection_of(application)
    flow = (
        growth_selectors.rebound_for_rejection(owner=owner, rejection_id=rejection.pk)
        if rejection
        else None
    )
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "application": application,
        "rejection": rejection,
        "flow": flow,
        "fr": growth_selectors.feedback_request_for(owner=owner, application=application),
        "items": timeline_selectors.timeline(
            owner=owner,
            application=application,
            kinds=[
                kind for kind, _ in timeline_selectors.TIMELINE_KINDS if kind not in TRACKER_KINDS
            ],
            limit=APPLICATION_ITEMS,
        ),
    }
