"""The growth timeline: one chronological list joining every app's items.

Each app gathers at most ``limit`` of its newest items (``tracker.timeline``,
``growth.timeline``, ``skills.timeline``, ``strategy.timeline``); this module merges
them. An automatic win whose source is on the timeline already (a stage change, feedback,
a completed learning action, a goal met, a completed experiment) marks that item as a win
instead of being listed twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from django.http import Http404

from onward.accounts.models import User
from onward.core import keyset
from onward.core.keyset import Cursor
from onward.core.timeline import Scope, TimelineItem
from onward.growth import timeline as growth_items
from onward.networking import timeline as networking_items
from onward.skills import timeline as skills_items
from onward.strategy import timeline as strategy_items
from onward.timeline import probe
from onward.tracker import timeline as tracker_items
from onward.tracker.models import Application

KIND_LABELS = {
    "application": "Applications",
    "stage": "Stage changes",
    "rejection": "Rejections",
    "reflection": "Reflections",
    "feedback_request": "Feedback requests",
    "feedback": "Feedback",
    "reframe": "Reframes",
    "checkin": "Check-ins",
    "learning": "Learning",
    "goal": "Goals",
    "experiment": "Experiments",
    "interaction": "People",
    "reminder": "Reminders done",
    "win": "Wins",
}
KINDS = tuple(KIND_LABELS)
# (kind, label) pairs, in display order: the ``kinds`` a timeline can be narrowed to.
TIMELINE_KINDS: tuple[tuple[str, str], ...] = tuple(KIND_LABELS.items())

GATHERERS: dict[str, Callable[[Scope], list[TimelineItem]]] = {
    "rejection": tracker_items.rejections,
    "reflection": growth_items.reflections,
    "feedback_request": growth_items.feedback_requests,
    "feedback": growth_items.feedback,
    "reframe": growth_items.reframes,
    "checkin": growth_items.checkins,
    "learning": skills_items.learning,
    "goal": growth_items.goals,
    "experiment": strategy_items.experiments,
    "interaction": networking_items.interactions,
    "reminder": networking_items.reminders_done,
}


def _gather(scope: Scope, kinds: tuple[str, ...]) -> list[TimelineItem]:
    wanted = set(kinds or KINDS)
    items: list[TimelineItem] = []
    if wanted & {"application", "stage"}:  # both come from the event log, in one query
        items += [i for i in tracker_items.events(scope) if i.kind in wanted]
    for kind, gather in GATHERERS.items():
        if kind in wanted:
            items += gather(scope)
    if "win" in wanted:
        items += growth_items.wins(scope, wanted)
    return items


def build(scope: Scope, kinds: tuple[str, ...]) -> list[TimelineItem]:
    # First pass: only the moments (cheap), to learn where this page ends; then whole rows
    # from that moment on (see ``Scope.probe``).
    # Only moments that each stand for an item count (the event rows are one item each
    # unless one of their two kinds is filtered out; rows at the cursor's own moment may
    # still be dropped), so the page's end is never placed too late.
    wanted = set(kinds or KINDS)
    if len(wanted & {"application", "stage"}) != 1:
        moments, newest = probe.moments(scope, kinds, _gather)
        if scope.before is not None:
            moments = [m for m in moments if m < scope.before.at]
        scope = replace(scope, newest=newest)
        if len(moments) >= scope.limit:
            moments.sort(reverse=True)
            scope = replace(scope, since=moments[scope.limit - 1])
    items = _gather(scope, kinds)
    # Newest first; at the same moment, what follows from what comes first (a win last).
    if scope.before is not None:
        items = [i for i in items if cursor_of(i) < scope.before]
    items.sort(key=cursor_of, reverse=True)
    return items[: scope.limit]


def cursor_of(item: TimelineItem) -> Cursor:
    """The item's place in the timeline: its moment, then its kind's rank, then its id."""
    return Cursor(item.at, KINDS.index(item.kind), item.obj_id)


def timeline(
    *,
    owner: User,
    application: Application | None = None,
    kinds: Sequence[str] | None = None,
    before: Cursor | dt.datetime | None = None,
    limit: int = 100,
) -> list[TimelineItem]:
    """Everything that happened, newest first; ``kinds`` narrows it (see TIMELINE_KINDS).

    ``before`` is a cursor: the last item's ``cursor_of`` for the next page (items that
    share its moment are kept in order), or a moment: only items strictly older.
    """
    if isinstance(before, dt.datetime):
        before = Cursor(keyset.clamp(before), -1, 0)
    unknown = set(kinds or ()) - set(KIND_LABELS)
    if unknown:
        raise Http404(f"Unknown timeline kind(s): {', '.join(sorted(unknown))}")
    scope = Scope(
        owner_id=owner.pk,
        application_id=application.pk if application is not None else None,
        before=before,
        limit=max(1, min(limit, 500)),
    )
    return _mark_wins(owner, build(scope, tuple(kinds or ())))


def _mark_wins(owner: User, items: list[TimelineItem]) -> list[TimelineItem]:
    """Mark the items whose automatic win exists (one query for the page's keys; perf:
    not every source key of the owner's thousands of wins on every page)."""
    marked = growth_items.win_keys(owner, (i.win_key for i in items))
    return [replace(i, win=True) if i.win_key in marked else i for i in items]
