"""Where objects live in the web UI: URL names and their one keyword argument.

The web pages own the URL patterns; this table is the one place that names them, and a
name that does not resolve (yet) gives an empty link rather than an error.
"""

from __future__ import annotations

from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse

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
    "checkin_delete": ("growth:checkin_delete", "checkin_id"),
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


# perf: a timeline page links ~150 items; one ``reverse`` per URL name (with a stand-in id,
# replaced per object) instead of one per item. Keyed on the URLconf and script prefix in
# force, so a different mount point or URLconf reverses afresh.
_SENTINEL = 987654321
_TEMPLATES: dict[tuple[str, str, str], str] = {}


def _template(name: str, kwarg: str | None) -> str:
    key = (name, get_script_prefix(), str(get_urlconf()))
    found = _TEMPLATES.get(key)
    if found is None:
        try:
            found = reverse(name, kwargs={kwarg: _SENTINEL} if kwarg else {})
        except NoReverseMatch:
            found = ""
        _TEMPLATES[key] = found
    return found


def url_for(kind: str, obj_id: int | None = None) -> str:
    """The page for an object of ``kind`` (its id in the URL when the page needs one)."""
    name, kwarg = URLS.get(kind, ("", None))
    if not name:
        return ""
    if not kwarg:
        return _template(name, None)
    if obj_id is None:
        return ""
    return _template(name, kwarg).replace(str(_SENTINEL), str(int(obj_id)))
