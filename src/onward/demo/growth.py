"""Demo growth loop: reflections, feedback, check-ins, reframes, goals, habits and wins.

Runs after the demo job search exists, through the growth services only, with explicit
times so the whole story is settled before the day of ``now`` (and the same ``now`` gives
the same data): goals and habits were set weeks ago, every guided flow after a rejection is
finished except the newest one's (paused at asking for feedback, to show resuming it), and
the weeks' goal-met wins are recorded, so the periodic jobs find nothing new to do.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from onward.accounts.models import User
from onward.demo import growth_texts as texts
from onward.growth import services
from onward.growth.choices import ReboundStep
from onward.growth.models import Goal, Reflection
from onward.skills import services as skills_services
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection

SEED = 20240918
DAY = dt.timedelta(days=1)


def _at(day: dt.date, hour: int, now: dt.datetime) -> dt.datetime:
    """``hour`` o'clock on ``day``, but no later than the evening before ``now``'s day."""
    yesterday = timezone.localdate(now) - DAY
    latest = timezone.make_aware(dt.datetime.combine(yesterday, dt.time(22, 0)))
    return min(timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0))), latest)


def _yesterday(now: dt.datetime) -> dt.date:
    return timezone.localdate(now) - DAY


def seed_growth(*, owner: User, now: dt.datetime) -> None:
    """The growth half of the demo, for an owner who has the demo job search."""
    rng = random.Random(SEED)
    rejections = sorted(
        tracker_selectors.rejection_list(owner=owner), key=lambda r: (r.received_on, r.pk)
    )
    _journal(owner, rejections, now)
    _checkins(owner, rejections, now, rng)
    _goals(owner, now)
    _habits(owner, now, rng)
    _learning(owner, rejections, now)
    _followups(owner, rejections, now)
    services.win_add(
        owner=owner,
        title="Finished my portfolio case study",
        note="Churn analysis with a write-up anyone can follow.",
        occurred_at=_at(timezone.localdate(now) - 9 * DAY, 18, now),
        now=now,
    )
    services.win_add(
        owner=owner,
        title="Coffee chat with a former colleague",
        occurred_at=_at(timezone.localdate(now) - 4 * DAY, 11, now),
        now=now,
    )
    services.win_mark_celebrated(owner=owner, now=now, before=now - 2 * DAY)
    # The weeks' goal-met wins, as the job would have recorded them along the way.
    services.goals_check_met(owner=owner, now=_at(_yesterday(now), 23, now))


# --- the journal after rejections --------------------------------------------------------


def _journal(owner: User, rejections: list[Rejection], now: dt.datetime) -> None:
    interviews = [r for r in rejections if r.stage_reached == Stage.INTERVIEW]
    screenings = [r for r in rejections if r.stage_reached == Stage.SCREENING]
    reflected = {r.pk: r for r in interviews[-4:] + screenings[-2:]}
    newest = rejections[-1] if rejections else None
    for rejection in rejections:
        if rejection == newest:
            _open_flow(owner, rejection, rejections, now)
            continue
        flow = services.rebound_start(rejection=rejection, now=_at(rejection.received_on, 18, now))
        reflection = None
        if rejection.pk in reflected:
            reflection = _reflect(owner, rejection, rejections, now)
        done = _at(rejection.received_on + DAY, 21, now)  # finished the evening after
        services.rebound_advance(
            flow=flow, completed=ReboundStep.REFLECT, skipped=reflection is None,
            reflection=reflection, now=done,
        )  # fmt: skip
        for step in (ReboundStep.FEEDBACK, ReboundStep.CHECKIN, ReboundStep.REFRAME):
            services.rebound_advance(flow=flow, completed=step, skipped=True, now=done)
        services.rebound_advance(flow=flow, completed=ReboundStep.NEXT, now=done)
    _feedback([r for r in interviews if r != newest], now)
    _reframes(owner, interviews, now)


def _reflect(
    owner: User, rejection: Rejection, rejections: list[Rejection], now: dt.datetime
) -> Reflection:
    """A reflection from the pool for its stage (by position, so the demo is repeatable)."""
    pool = (
        texts.INTERVIEW_REFLECTIONS
        if rejection.stage_reached == Stage.INTERVIEW
        else texts.SCREENING_REFLECTIONS
    )
    same = [r.pk for r in rejections if r.stage_reached == rejection.stage_reached]
    content = pool[same.index(rejection.pk) % len(pool)]
    return services.reflection_create(
        owner=owner,
        kind="after_rejection",
        application=rejection.application,
        now=_at(rejection.received_on + DAY, 20, now),
        **content,
    )


def _open_flow(
    owner: User, rejection: Rejection, rejections: list[Rejection], now: dt.datetime
) -> None:
    """The newest rejection: reflected, then paused at the feedback step."""
    flow = services.rebound_start(rejection=rejection, now=_at(rejection.received_on, 18, now))
    reflection = _reflect(owner, rejection, rejections, now)
    services.rebound_advance(
        flow=flow, completed=ReboundStep.REFLECT, reflection=reflection, now=reflection.created_at
    )


def _feedback(interviews: list[Rejection], now: dt.datetime) -> None:
    """Ask for feedback after interview rejections: some replied, some did not, one waiting."""
    for index, rejection in enumerate(interviews[-5:]):
        application = rejection.application
        requested_on = min(rejection.received_on + DAY, _yesterday(now))
        drafts = services.feedback_drafts(
            application=application, contact_name=texts.REQUEST_CONTACTS[index]
        )
        draft = drafts[index % len(drafts)]
        request = services.feedback_request_get_or_create(
            application=application, now=_at(requested_on, 9, now)
        )
        services.feedback_request_mark_requested(
            request=request,
            requested_on=requested_on,
            tone=draft.tone.value,
            subject=draft.subject,
            body=draft.body,
            contact_name=texts.REQUEST_CONTACTS[index],
            now=now,
        )
        received_on = requested_on + (4 + index) * DAY
        if index < len(texts.FEEDBACK_TEXTS) and received_on <= _yesterday(now):
            text = texts.FEEDBACK_TEXTS[index]
            themes = services.feedback_suggest_themes(text=text).theme_values
            services.feedback_record(
                application=application, text=text, received_on=received_on, themes=themes,
                now=_at(received_on, 12, now),
            )  # fmt: skip


def _reframes(owner: User, interviews: list[Rejection], now: dt.datetime) -> None:
    for content, rejection in zip(texts.REFRAMES, interviews[-2:], strict=False):
        services.reframe_create(
            owner=owner,
            application=rejection.application,
            now=_at(rejection.received_on + 2 * DAY, 21, now),
            **content,
        )


# --- check-ins, goals, habits ------------------------------------------------------------


def _checkins(
    owner: User, rejections: list[Rejection], now: dt.datetime, rng: random.Random
) -> None:
    """About every other day for six weeks; mood dips after rejections and recovers."""
    days = {r.received_on for r in rejections}
    today = timezone.localdate(now)
    for ago in range(42, 0, -1):
        day = today - ago * DAY
        if rng.random() < 0.45:
            continue
        recent = sum(1 for d in days if dt.timedelta(0) <= day - d <= 3 * DAY)
        mood = max(1, min(5, 4 - recent - (1 if rng.random() < 0.2 else 0)))
        energy = max(1, min(5, mood + rng.choice((-1, 0, 0, 1))))
        services.checkin_create(
            owner=owner,
            mood=mood,
            energy=energy,
            note=rng.choice(texts.CHECKIN_NOTES),
            at=_at(day, 21, now),
        )


def _goals(owner: User, now: dt.datetime) -> None:
    """Three weekly goals set six weeks ago, met most weeks, with a dip last week."""
    today = timezone.localdate(now)
    start = today - 6 * 7 * DAY
    set_at = _at(start, 9, now)
    services.goal_create(
        owner=owner, metric="tailored_applications", target=2, started_on=start, now=set_at
    )
    outreach = services.goal_create(
        owner=owner, metric="outreach_messages", target=3, started_on=start, now=set_at
    )
    hours = services.goal_create(
        owner=owner, metric="learning_hours", target=3, started_on=start, now=set_at
    )
    # Six past weeks (a dip in the last one), then this week so far, short of the targets.
    weeks = [(3, 2), (4, 3), (2, 3), (3, 4), (3, 3), (1, 1), (2, 1)]
    for week, (messages, learned) in enumerate(weeks):
        monday = start - dt.timedelta(days=start.weekday()) + week * 7 * DAY
        for offset in range(messages):
            _log(outreach, monday + (offset * 2) * DAY, 1, now)
        _log(hours, monday + 2 * DAY, Decimal(learned), now)


def _log(goal: Goal, day: dt.date, amount: Decimal | int, now: dt.datetime) -> None:
    if day < timezone.localdate(now):
        services.goal_log(goal=goal, amount=amount, on=day, now=_at(day, 20, now))


def _habits(owner: User, now: dt.datetime, rng: random.Random) -> None:
    """Habits started three to five weeks ago, checked along the way."""
    today = timezone.localdate(now)
    walk = services.habit_create(
        owner=owner, name="Morning walk", kind="exercise", cadence="daily",
        now=_at(today - 22 * DAY, 8, now),
    )  # fmt: skip
    for ago in range(21, 0, -1):
        if ago <= 8 or rng.random() < 0.7:  # the last eight days in a row
            day = today - ago * DAY
            services.habit_check(habit=walk, on=day, now=_at(day, 8, now))
    friend = services.habit_create(
        owner=owner, name="Call a friend", kind="social", cadence="weekly",
        now=_at(today - 36 * DAY, 19, now),
    )  # fmt: skip
    for week in range(5, 0, -1):
        day = today - (week * 7 - 2) * DAY
        services.habit_check(habit=friend, on=day, now=_at(day, 19, now))
    services.habit_create(
        owner=owner, name="Read fiction", kind="hobby", now=_at(today - 25 * DAY, 21, now)
    )


# --- learning and follow-ups -------------------------------------------------------------


def _apps(rejections: list[Rejection], stage: str) -> list[Application]:
    return [r.application for r in rejections if r.stage_reached == stage]


def _learning(owner: User, rejections: list[Rejection], now: dt.datetime) -> None:
    interviews = _apps(rejections, Stage.INTERVIEW)
    today = timezone.localdate(now)
    done = skills_services.learning_action_create(
        owner=owner,
        title="SQL window functions: 20 practice problems",
        kind="practice",
        skill_label="SQL",
        hours_planned=Decimal(6),
        applications=interviews[:1],
        now=now - 30 * DAY,
    )
    skills_services.learning_action_update(action=done, hours_spent=Decimal(7))
    skills_services.learning_action_complete(action=done, now=now - 20 * DAY)
    dbt = skills_services.learning_action_create(
        owner=owner,
        title="dbt Fundamentals course",
        kind="course",
        skill_label="dbt",
        hours_planned=Decimal(5),
        url="https://learn.getdbt.com/",
        applications=interviews[-2:],
        now=now - 10 * DAY,
    )
    skills_services.learning_action_update(action=dbt, status="in_progress", hours_spent=2)
    skills_services.learning_action_create(
        owner=owner,
        title="Practise two stakeholder stories out loud",
        kind="practice",
        skill_label="Stakeholder management",
        due_on=today + 7 * DAY,
        applications=interviews[-1:],
        now=now - 3 * DAY,
    )


def _followups(owner: User, rejections: list[Rejection], now: dt.datetime) -> None:
    apps = list(tracker_selectors.application_list(owner=owner).filter(stage=Stage.INTERVIEW))
    if apps:
        services.followup_create(
            owner=owner,
            title=f"Send a thank-you note to {apps[0].posting.company.name}",
            due_on=timezone.localdate(now) + DAY,
            application=apps[0],
            now=now,
        )
    if rejections:
        last = rejections[-1].application
        services.followup_create(
            owner=owner,
            title=f"Stay in touch with {last.posting.company.name} in a month",
            due_on=timezone.localdate(now) + 30 * DAY,
            application=last,
            now=now,
        )
