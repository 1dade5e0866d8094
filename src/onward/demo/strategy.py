"""Demo strategy history: a completed experiment (a win), a running one, and a review
from a little over two weeks ago, so the dashboard offers the next one."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.role_families import family
from onward.growth import selectors as growth_selectors
from onward.growth import services as growth_services
from onward.strategy import compute, services
from onward.strategy.choices import ExperimentStatus
from onward.strategy.models import Experiment
from onward.strategy.snapshot import snapshot_of
from onward.tracker import selectors as tracker_selectors
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

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
    _target_role(owner)
    _screening_journal(owner, now)
    growth_services.win_mark_celebrated(owner=owner, now=now, before=now - 2 * DAY)


def _target_role(owner: User) -> None:
    """Data & analytics saved as a target role, with the applications whose title names it
    tagged (as the form would suggest), so the strategy segments compare tagged and not."""
    data = family("data")
    assert data is not None
    role = tracker_services.target_role_save(
        owner=owner, occupation_id=data.id, label=data.label, alt_labels=data.titles
    )
    apps = Application.objects.filter(owner=owner).values_list("pk", "posting__title")
    tagged = [
        pk
        for pk, title in apps
        if tracker_selectors.target_role_for_title(title=title or "", roles=[role])
    ]
    Application.objects.filter(owner=owner, pk__in=tagged).update(target_role=role)


# What two screening calls that led nowhere taught, in the persona's words.
SCREENING_NOTES = (
    (
        "The recruiter was friendly and the role sounded right. I had my numbers ready.",
        "I spent most of the call listing tools and never said what my work changed for "
        "the business. When she asked why this company, I was vague.",
        "Thank you for your time. We felt other candidates could speak more clearly to the "
        "impact of their work and their reasons for joining us.",
        ["communication"],
    ),
    (
        "Good rapport with the hiring manager; we laughed about messy spreadsheets.",
        "I rambled through my career history instead of a short story. I ran out of time "
        "before asking my own questions.",
        "You clearly know your tools. We were looking for someone who could explain their "
        "projects more concisely to non-technical colleagues.",
        ["communication", "interview_performance"],
    ),
)


def _screening_journal(owner: User, now: dt.datetime) -> None:
    """A reflection and feedback on two of the older screening calls that went nowhere."""
    cutoff = timezone.localdate(now) - 25 * DAY
    rejections = [
        r
        for r in tracker_selectors.rejection_list(owner=owner)
        if r.stage_reached == Stage.SCREENING
        and r.received_on <= cutoff
        and not growth_selectors.reflection_list(owner=owner, application=r.application).exists()
    ]
    for rejection, (went_well, lacked, said, themes) in zip(
        rejections[:2], SCREENING_NOTES, strict=False
    ):
        when = timezone.make_aware(dt.datetime.combine(rejection.received_on, dt.time(19, 0)))
        growth_services.reflection_create(
            owner=owner,
            kind="after_rejection",
            application=rejection.application,
            went_well=went_well,
            lacked=lacked,
            now=min(when, now),
        )
        growth_services.feedback_record(
            application=rejection.application,
            text=said,
            received_on=rejection.received_on + 2 * DAY,
            themes=themes,
            now=min(when + 2 * DAY, now),
        )


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
