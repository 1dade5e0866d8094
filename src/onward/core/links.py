"""Where objects live in the web UI: URL names and their one keyword argument.

The web pages own the URL patterns; this table is the one place that names them, and a
name that does not resolve (yet) gives an empty link rather than an error.
"""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

# kind -> (URL name, the kwarg holding the object's id, or None for a list page)
URLS: dict[str, tuple[str, str | None]] = {
    "application": ("tracker:detail", "application_id"),
    "stage": ("tracker:detail", "application_id"),
    "rejection": ("growth:rebound", "rejection_id"),
    "rebound": ("growth:rebound", "rejection_id"),
    "reflection": ("growth:reflection", "reflection_id"),
    "feedback_request": ("growth:feedback_request", "application_id"),
    "feedback": ("growth:feedback", "feedback_id"),
    "reframe": ("growth:reframe", "reframe_id"),
    "checkin": ("growth:checkins", None),
    "win": ("growth:wins", None),
    "goal": ("growth:goals", None),
    "habit": ("growth:habits", None),
    "followup": ("growth:followups", None),
    "learning": ("skills:learning_edit", "action_id"),
    "experiment": ("strategy:experiment", "experiment_id"),
    "strategy_review": ("strategy:review_detail", "review_id"),
    "contact": ("networking:contact", "contact_id"),
    "reminders": ("networking:reminders", None),
}


def url_name(kind: str) -> str:
    return URLS.get(kind, ("", None))[0]


def url_for(kind: str, obj_id: int | None = None) -> str:
    """The page for an object of ``kind`` (its id in the URL when the page needs one)."""
    name, kwarg = URLS.get(kind, ("", None))
    if not name:
        return ""
    kwargs = {kwarg: obj_id} if kwarg and obj_id is not None else {}
    if kwarg and not kwargs:
        return ""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return ""
