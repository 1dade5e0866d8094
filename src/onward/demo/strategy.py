"""Demo strategy history: a completed experiment (a win), a running one, and a review
from a little over two weeks ago, so the dashboard offers the next one."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.strategy import compute, services
from onward.strategy.choices import ExperimentStatus
from onward.strategy.models import Experiment
from onward.strategy.snapshot import snapshot_of

DAY = dt.timedelta(days=1)


def seed_strategy(*, owner: User, now: dt.datetime) -> None:
    today = timezone.localdate(now)
    tailored = services.experiment_create(
        owner=owner,
        name="Tailor every resume for 10 applications",
        hypothesis="Resumes shaped to each posting get answered more often.",
        metric="response",
        target_count=10,
        started_on=today - 56 * DAY,
        source="suggestion:tailor",
        now=now - 56 * DAY,
    )
    services.experiment_complete(
        experiment=tailored,
        learned=(
            "Tailoring took about forty minutes each. Answers came a little more often, but "
            "the referrals made the bigger difference, so I will spend that time on people."
        ),
        ended_on=today - 29 * DAY,
        now=now - 28 * DAY,
    )
    referrals = services.experiment_create(
        owner=owner,
        name="Ask for a referral before applying, for the next 10 applications",
        hypothesis="Someone vouching for me gets more answers than applying cold.",
        metric="response",
        target_count=10,
        started_on=today - 17 * DAY,
        source="suggestion:referral",
        now=now - 17 * DAY,
    )
    _review(owner, now - 17 * DAY, [tailored, referrals])
    growth_services.win_mark_celebrated(owner=owner, now=now, before=now - 2 * DAY)


def _review(owner: User, when: dt.datetime, experiments: list[Experiment]) -> None:
    """A review as it looked then: figures from the events up to that moment."""
    known = [e for e in experiments if e.created_at <= when]
    figures = compute.compute(owner, known, now=when, until=when)
    running = [e for e in known if e.status == ExperimentStatus.RUNNING or e.ended_on is None]
    services.review_create(
        owner=owner,
        commitments=[
            "Ask two former colleagues about referrals each week",
            "Write down my two-minute story before every screening call",
        ],
        note="Screening calls feel rushed; I talk about tools more than about results.",
        snapshot=snapshot_of(figures, running),
        now=when,
    )
