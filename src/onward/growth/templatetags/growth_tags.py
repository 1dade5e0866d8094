"""Template helpers of the growth loop: the win celebration, labels."""

from __future__ import annotations

from typing import Any

from django import template

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.forms.checkins import ENERGY_LABELS, MOOD_LABELS

register = template.Library()


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
