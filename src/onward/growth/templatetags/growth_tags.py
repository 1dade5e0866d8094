"""Template helpers of the growth loop: the win celebration, per-application growth, labels."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.forms import ENERGY_LABELS, MOOD_LABELS
from onward.tracker.models import Application

register = template.Library()

APPLICATION_ITEMS = 20
# The tracker's own timeline already shows these on the application page.
TRACKER_KINDS = ("application", "stage", "rejection")


@register.inclusion_tag("growth/_celebration.html", takes_context=True)
def celebrations(context: template.Context) -> dict[str, Any]:
    """New wins, shown once: one cheap query on every page, a write only when there are some."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if request is None or not isinstance(user, User) or request.method != "GET":
        return {"wins": []}
    if not selectors.wins_uncelebrated(owner=user).exists():
        return {"wins": []}
    return {"wins": services.win_mark_celebrated(owner=user)}


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
        selectors.rebound_for_rejection(owner=owner, rejection_id=rejection.pk)
        if rejection
        else None
    )
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "application": application,
        "rejection": rejection,
        "flow": flow,
        "fr": selectors.feedback_request_for(owner=owner, application=application),
        "items": selectors.timeline(
            owner=owner,
            application=application,
            kinds=[kind for kind, _ in selectors.TIMELINE_KINDS if kind not in TRACKER_KINDS],
            limit=APPLICATION_ITEMS,
        ),
    }


@register.filter
def mood_word(value: int) -> str:
    return MOOD_LABELS.get(value, "")


@register.filter
def energy_word(value: int) -> str:
    return ENERGY_LABELS.get(value, "")


@register.filter
def percent(ratio: float | None) -> int:
    """0.42 -> 42, clamped to 0..100 (for bar widths)."""
    return max(0, min(100, round((ratio or 0) * 100)))


KIND_LABELS = {
    "application": "Applied",
    "stage": "Stage",
    "rejection": "Rejection",
    "reflection": "Reflection",
    "feedback_request": "Feedback request",
    "feedback": "Feedback",
    "reframe": "Reframe",
    "checkin": "Check-in",
    "learning": "Learning",
    "goal": "Goal",
    "win": "Win",
}


@register.filter
def kind_label(kind: str) -> str:
    """One timeline item's kind, in the singular: "reflection" -> "Reflection"."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


@register.filter
def habit_done(row: Any) -> bool:
    """Checked off for the current period: today, or this week for a weekly habit."""
    return bool(row.done_this_week if selectors.habit_is_weekly(row.habit) else row.done_today)
