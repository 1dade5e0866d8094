"""A small hand-made search for the strategy app's tests, written through the tracker."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application


def applied(
    owner: User, *, days_ago: int, now: dt.datetime, answer: str = "", after: int = 5, **fields: Any
) -> Application:
    """An application sent ``days_ago`` days before ``now``; ``answer`` is "", "screening"
    or "rejected", ``after`` days later."""
    sent = now - dt.timedelta(days=days_ago)
    app = factories.application(owner, applied_on=timezone.localdate(sent), now=sent, **fields)
    when = sent + dt.timedelta(days=after)
    if answer == "rejected":
        tracker_services.rejection_record(
            application=app, received_on=timezone.localdate(when), now=when
        )
    elif answer == "screening":
        tracker_services.application_move(
            application=app, stage=Stage.SCREENING, occurred_at=when, now=when
        )
    return app


def referral_search(owner: User, *, now: dt.datetime) -> list[Application]:
    """Referrals answered nearly always (9 of 10), job boards rarely (4 of 20), all long
    enough ago to count; one recruiter application (a thin segment)."""
    apps = []
    for i in range(10):
        answer = "screening" if i < 6 else ("rejected" if i < 9 else "")
        apps.append(applied(owner, days_ago=40 + i, now=now, answer=answer, channel="referral"))
    for i in range(20):
        answer = "rejected" if i < 4 else ""
        apps.append(applied(owner, days_ago=40 + i, now=now, answer=answer, channel="job_board"))
    apps.append(applied(owner, days_ago=45, now=now, channel="recruiter"))
    return apps
