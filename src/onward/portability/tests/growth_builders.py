"""The growth loop on top of the test job search: one or more of every growth record."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from onward.growth import services
from onward.skills import services as skills_services
from onward.tracker.models import JobPosting

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.portability.tests.builders import JobSearch


def growth_journal(owner: User, search: JobSearch, *, now: dt.datetime) -> None:
    """Reflections, feedback, check-ins, a reframe, goals, habits, wins, learning, a flow."""

    def ago(days: float) -> dt.datetime:
        return now - dt.timedelta(days=days)

    rejected = search.rejected
    rejection = rejected.rejection
    flow = services.rebound_start(rejection=rejection, now=ago(40))
    reflection = services.reflection_create(
        owner=owner,
        kind="after_rejection",
        application=rejected,
        went_well="Clear answers; café talk went well 東京",
        lacked="dbt",
        skill_tags=["dbt", "SQL"],
        moments=[{"stage": "screening", "question": "Why data?", "note": "Rambled"}],
        factors=[{"text": "My pitch", "control": "within"}, {"text": "Budget freeze"}],
        now=ago(39),
    )
    interview = search.interviewing.events.filter(stage="interview").first()
    services.reflection_create(
        owner=owner,
        kind="after_interview",
        application=search.interviewing,
        event=interview,
        went_well="Live SQL",
        now=ago(19),
    )
    request = services.feedback_request_get_or_create(application=rejected, now=ago(39))
    services.feedback_request_mark_requested(
        request=request,
        requested_on=ago(39).date(),
        tone="warm",
        subject="Thank you",
        body="Dear team,\n\nThanks.",
        contact_name="Jo Park",
        contact_email="jo@globex.example",
        no_reply_after_days=10,
        now=ago(39),
    )
    services.feedback_record(
        application=rejected,
        text="More dbt experience, please.",
        received_on=ago(37).date(),
        themes=["technical_skills", "experience_level"],
        now=ago(37),
    )
    checkin = services.checkin_create(
        owner=owner, mood=2, energy=3, note="Tired", context="after_rejection",
        application=rejected, at=ago(38),
    )  # fmt: skip
    services.checkin_create(owner=owner, mood=4, energy=4, at=ago(5))
    reframe = services.reframe_create(
        owner=owner, thought="I never get past screening", balanced_view="I did, twice",
        application=rejected, now=ago(36),
    )  # fmt: skip
    services.rebound_advance(flow=flow, completed="reflect", reflection=reflection, now=ago(39))
    services.rebound_advance(flow=flow, completed="feedback", skipped=True, now=ago(39))
    services.rebound_advance(flow=flow, completed="checkin", checkin=checkin, now=ago(38))
    services.rebound_advance(flow=flow, completed="reframe", reframe=reframe, now=ago(36))
    _progress(owner, search, reframe, now=now)


def _progress(owner: User, search: JobSearch, reframe: object, *, now: dt.datetime) -> None:
    def ago(days: float) -> dt.datetime:
        return now - dt.timedelta(days=days)

    goal = services.goal_create(
        owner=owner, metric="learning_hours", target=3, reframe=reframe,  # type: ignore[arg-type]
        started_on=ago(30).date(), now=ago(30),
    )  # fmt: skip
    services.goal_create(owner=owner, metric="custom", target=2, label="Coffees", now=ago(30))
    services.goal_log(goal=goal, amount=Decimal("2.5"), on=ago(8).date(), now=ago(8))
    services.goal_log(goal=goal, amount=1, on=ago(7).date(), note="dbt module", now=ago(7))
    habit = services.habit_create(owner=owner, name="Walk", kind="exercise", now=ago(20))
    services.habit_create(owner=owner, name="Call a friend", cadence="weekly", now=ago(20))
    for days in (3, 2, 1):
        services.habit_check(habit=habit, on=ago(days).date(), now=ago(days))
    services.win_add(owner=owner, title="Portfolio live", note="Finally", now=ago(6))
    services.followup_create(
        owner=owner, title="Email Jo", due_on=ago(-3).date(), application=search.interviewing,
        now=ago(4),
    )  # fmt: skip
    action = skills_services.learning_action_create(
        owner=owner, title="dbt course", kind="course", skill_label="dbt", skill_id="dbt",
        hours_planned=Decimal("5.5"), url="https://example.org/dbt",
        applications=[search.rejected, search.interviewing], reframe=reframe,  # type: ignore[arg-type]
        now=ago(30),
    )  # fmt: skip
    skills_services.learning_action_complete(action=action, now=ago(2))  # adds dbt to skills
    added = skills_services.resume_add(owner=owner, text="Résumé: SQL, Python, Tableau.")
    skills_services.profile_skills_confirm(owner=owner, skills=added.suggested[:2])
    skills_services.gap_dismiss(
        owner=owner, skill_id="cobol", reason="Not a direction I want", now=ago(3)
    )
    skills_services.gap_dismiss(owner=owner, skill_id="fortran", now=ago(2))
    detailed = JobPosting.objects.get(owner=owner, title="Data Analyst", company__name="Acme")
    skills_services.posting_skill_dismiss(
        owner=owner, posting=detailed, skill_id="python", now=ago(2)
    )
    services.win_mark_celebrated(owner=owner, now=ago(1), before=ago(5))
    services.wellbeing_dismiss(owner=owner, now=ago(1))
