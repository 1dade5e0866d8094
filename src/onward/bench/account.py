"""A large, realistic account for the page benchmark (``python -m onward.bench pages``).

Rows are written with ``bulk_create`` (a 5,000-application account in well under a
minute), shaped as the services would write them: every application has its stage events
(applied, then mostly ghosted or rejected, some screening and interview rounds, a few
offers), a rejection row per rejected one, automatic wins keyed by their event, posting
descriptions analysed into ``PostingSkill`` rows by the real skills engine, reflections
and feedback read for named skills by the real background job, check-ins, reframes,
goals, habits, learning actions, profile skills and dismissed gaps.

The posting text comes from a small vocabulary written here (no dev data), seeded, so the
same size always gives the same account.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from django.db import models, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.growth import models as growth
from onward.skills import models as skills
from onward.skills import services as skills_services
from onward.skills.engine import get_engine
from onward.skills.services.postings import posting_skill_rows
from onward.tracker import models as tracker
from onward.tracker.choices import EventSource, Stage

SEED = 5000
DAY = dt.timedelta(days=1)
M = TypeVar("M", bound=models.Model)

# (weight, stages after "applied"); "" is an application still only saved.
PATHS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (30, ("",)),
    (40, ()),
    (420, ("ghosted",)),
    (300, ("rejected",)),
    (70, ("screening", "rejected")),
    (50, ("screening", "interview", "rejected")),
    (30, ("screening", "interview", "interview", "rejected")),
    (15, ("screening", "interview", "interview", "interview", "rejected")),
    (10, ("screening",)),
    (10, ("screening", "interview")),
    (10, ("screening", "ghosted")),
    (5, ("screening", "interview", "offer")),
    (3, ("screening", "interview", "interview", "offer", "declined")),
    (2, ("screening", "interview", "interview", "offer", "accepted")),
)
TITLES = ("Data Analyst", "Analytics Engineer", "BI Developer", "Data Engineer", "Product Analyst")
LEVELS = ("Junior", "", "Senior", "Lead")
CITIES = ("Lisbon", "Berlin", "Remote", "Leeds", "Lyon", "Utrecht", "Porto")
WORDS = ("North", "Blue", "Quiet", "Bright", "Iron", "Cedar", "Harbor", "Summit", "Pixel")
SUFFIXES = ("Labs", "Analytics", "Systems", "Health", "Retail", "Logistics", "Bank")
SKILL_WORDS = (
    "SQL", "Python", "Tableau", "Power BI", "dbt", "Airflow", "Snowflake", "Excel", "Docker",
    "Kubernetes", "AWS", "statistics", "A/B testing", "machine learning", "Spark", "Kafka",
    "Git", "Java", "JavaScript", "React", "communication", "stakeholder management",
    "project management", "Agile", "data modelling", "ETL", "Looker", "R", "pandas",
    "data visualisation", "forecasting", "BigQuery", "Terraform", "Scala", "Go",
)  # fmt: skip
OPENERS = (
    "Required: strong {a} and {b}.",
    "You must have hands-on experience with {a}, {b} and {c}.",
    "Nice to have: {a} or {b}.",
    "Bonus points for {a} and {c}.",
    "You will build reports with {a} and {b} for the whole company.",
    "Experience with {a} is essential; {b} is a plus.",
    "Day to day you work with {a}, {b} and {c}.",
    "We value {a} and clear {b}.",
)
LACKED = (
    "I could not answer the {a} questions well.",
    "They wanted more {a} depth than I had.",
    "My {a} is rusty; the take-home needed {b}.",
)
FEEDBACK = (
    "The panel felt your {a} experience was thin for this level.",
    "Strong interview, but another candidate had more {a} and {b}.",
    "We needed someone who could start with {a} right away.",
)


@dataclass(frozen=True)
class Built:
    """What the benchmark needs to know about the account it built."""

    owner: User
    token: str  # an API bearer token of the owner
    ids: dict[str, int]  # one object id per URL parameter name (application_id, ...)
    counts: dict[str, float]


def _bulk(rows: Sequence[M]) -> list[M]:
    if not rows:
        return []
    return list(type(rows[0])._default_manager.bulk_create(rows, batch_size=500))


def _fill(rng: random.Random, pattern: str) -> str:
    a, b, c = rng.sample(SKILL_WORDS, 3)
    return pattern.format(a=a, b=b, c=c)


def _description(rng: random.Random, title: str) -> str:
    lines = [f"We are hiring a {title} to join a small, friendly team."]
    lines += [_fill(rng, rng.choice(OPENERS)) for _ in range(rng.randint(6, 10))]
    lines.append("We offer flexible hours, learning budget and a kind team.")
    return "\n".join(lines)


def _companies(owner: User, rng: random.Random, count: int) -> list[tracker.Company]:
    names = sorted({f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)} {i}" for i in range(count)})
    return _bulk([tracker.Company(owner=owner, name=name) for name in names])


def _postings(
    owner: User, rng: random.Random, companies: list[tracker.Company], count: int
) -> list[tracker.JobPosting]:
    rows = []
    for _ in range(count):
        title = f"{rng.choice(LEVELS)} {rng.choice(TITLES)}".strip()
        low = rng.randrange(30, 90) * 1000
        rows.append(
            tracker.JobPosting(
                owner=owner,
                company=rng.choice(companies),
                title=title,
                description=_description(rng, title),
                location=rng.choice(CITIES),
                role_family="data",
                salary_min=low,
                salary_max=low + 15000,
                salary_currency="EUR",
                salary_period="year",
            )
        )
    return _bulk(rows)


def _path(rng: random.Random) -> tuple[str, ...]:
    weights = [w for w, _ in PATHS]
    return rng.choices([p for _, p in PATHS], weights=weights)[0]


@dataclass
class _Plan:
    application: tracker.Application
    steps: list[tuple[str, dt.datetime]]


def _plan(rng: random.Random, posting: tracker.JobPosting, now: dt.datetime, span: int) -> _Plan:
    start = now - dt.timedelta(days=rng.randrange(3, span), hours=rng.randrange(0, 10))
    path = _path(rng)
    steps: list[tuple[str, dt.datetime]] = []
    at = start
    if path == ("",):
        steps.append((Stage.SAVED, at))
    else:
        steps.append((Stage.APPLIED, at))
        for stage in path:
            gap = 21 if stage == Stage.GHOSTED else rng.randint(3, 14)
            at = min(at + dt.timedelta(days=gap, hours=rng.randrange(1, 6)), now)
            steps.append((stage, at))
    last_stage, last_at = steps[-1]
    application = tracker.Application(
        owner=posting.owner,
        posting=posting,
        applied_on=None if last_stage == Stage.SAVED else timezone.localdate(start),
        channel=rng.choice(("job_board", "company_site", "referral", "recruiter")),
        tailored=rng.random() < 0.4,
        stage=last_stage,
        stage_changed_at=last_at,
        created_at=start,
        updated_at=last_at,
    )
    return _Plan(application, steps)


def _events(plans: list[_Plan]) -> list[tracker.ApplicationEvent]:
    rows = []
    for plan in plans:
        app = plan.application
        previous, rounds = "", 0
        for stage, at in plan.steps:
            rounds += stage == Stage.INTERVIEW
            rows.append(
                tracker.ApplicationEvent(
                    owner_id=app.owner_id,
                    application=app,
                    stage=stage,
                    from_stage=previous,
                    occurred_at=at,
                    interview_round=rounds if stage == Stage.INTERVIEW else None,
                    interview_kind="technical" if stage == Stage.INTERVIEW else "",
                    source=EventSource.SYSTEM if stage == Stage.GHOSTED else EventSource.USER,
                    created_at=at,
                    updated_at=at,
                )
            )
            previous = stage
    return _bulk(rows)


def _rejections(
    rng: random.Random, events: list[tracker.ApplicationEvent]
) -> list[tracker.Rejection]:
    rows = []
    for event in events:
        if event.stage != Stage.REJECTED:
            continue
        rows.append(
            tracker.Rejection(
                owner_id=event.owner_id,
                application=event.application,
                event=event,
                stage_reached=event.from_stage,
                received_on=timezone.localdate(event.occurred_at),
                channel="email",
                reason=rng.choice(("none_given", "more_experienced", "skills_mismatch")),
                message="Thank you for your interest; we have decided to move on.",
                created_at=event.occurred_at,
                updated_at=event.occurred_at,
            )
        )
    return _bulk(rows)


WIN_TITLES = {
    Stage.SCREENING: ("stage_reached", "Moved to screening at {}"),
    Stage.INTERVIEW: ("interview_invitation", "Interview round {r} at {}"),
    Stage.OFFER: ("offer", "Offer from {}"),
    Stage.ACCEPTED: ("stage_reached", "Accepted at {}"),
}


def _wins(
    rng: random.Random, owner: User, events: list[tracker.ApplicationEvent], extra: int
) -> list[growth.Win]:
    """A win per progress event (keyed by the event, as ``wins_from_event`` does), plus
    ``extra`` wins added by hand."""
    rows = []
    for event in events:
        if event.stage not in WIN_TITLES or event.source != EventSource.USER:
            continue
        kind, title = WIN_TITLES[Stage(event.stage)]
        company = event.application.posting.company.name
        rows.append(
            growth.Win(
                owner=owner,
                kind=kind,
                title=title.format(company, r=event.interview_round)[:200],
                occurred_at=event.occurred_at,
                application=event.application,
                source_key=f"event:{event.uid}",
                celebrated_at=event.occurred_at,
            )
        )
    moments = sorted(e.occurred_at for e in events)
    for i in range(extra):
        at = rng.choice(moments)
        rows.append(
            growth.Win(
                owner=owner,
                kind="manual",
                title=f"Small win {i}: sent a thoughtful follow-up",
                occurred_at=at,
                celebrated_at=at,
            )
        )
    return _bulk(rows)


def _journal(
    rng: random.Random, owner: User, rejections: list[tracker.Rejection]
) -> tuple[list[growth.Reflection], list[growth.Feedback]]:
    reflections, feedback, requests = [], [], []
    for rejection in rejections:
        at = rejection.event.occurred_at + dt.timedelta(hours=3)
        app = rejection.application
        if rng.random() < 0.35:
            reflections.append(
                growth.Reflection(
                    owner=owner,
                    application=app,
                    event=rejection.event,
                    kind="after_rejection",
                    went_well="I was calm and prepared good questions.",
                    lacked=_fill(rng, rng.choice(LACKED)),
                    skill_tags=[rng.choice(SKILL_WORDS)],
                    created_at=at,
                    updated_at=at,
                )
            )
        if rng.random() < 0.2:
            requests.append(
                growth.FeedbackRequest(
                    owner=owner,
                    application=app,
                    status=rng.choice(("requested", "replied", "no_reply")),
                    contact_name="Sam",
                    subject="Could you share some feedback?",
                    body="Thank you for your time. Is there anything I could do better?",
                    requested_on=rejection.received_on,
                )
            )
        if rng.random() < 0.15:
            feedback.append(
                growth.Feedback(
                    owner=owner,
                    application=app,
                    received_on=rejection.received_on + 2 * DAY,
                    text=_fill(rng, rng.choice(FEEDBACK)),
                    themes=["technical_skills"],
                    created_at=at + 2 * DAY,
                    updated_at=at + 2 * DAY,
                )
            )
    _bulk(requests)
    return _bulk(reflections), _bulk(feedback)


def _rebound(
    owner: User, rejections: list[tracker.Rejection], reflections: list[growth.Reflection]
) -> None:
    by_app = {r.application_id: r for r in reflections}
    rows = []
    for index, rejection in enumerate(rejections):
        done = index < len(rejections) - 3
        end = rejection.event.occurred_at + DAY
        rows.append(
            growth.ReboundFlow(
                owner=owner,
                rejection=rejection,
                step="done" if done else "reflect",
                reflection=by_app.get(rejection.application_id),
                finished_at=end if done else None,
                created_at=rejection.event.occurred_at,
            )
        )
    _bulk(rows)


def _wellbeing(rng: random.Random, owner: User, now: dt.datetime, span: int, count: int) -> None:
    checkins = [
        growth.CheckIn(
            owner=owner,
            at=now - dt.timedelta(days=rng.randrange(0, span), hours=rng.randrange(0, 12)),
            mood=rng.randint(1, 5),
            energy=rng.randint(1, 5),
            note="Long day, some progress.",
        )
        for _ in range(count)
    ]
    _bulk(checkins)
    _bulk(
        [
            growth.Reframe(
                owner=owner,
                thought="I will never get an offer.",
                evidence_against="I reached interviews twice this month.",
                balanced_view="It is a numbers game and I am improving.",
                created_at=now - dt.timedelta(days=rng.randrange(0, span)),
            )
            for _ in range(max(1, count // 25))
        ]
    )


def _goals_and_habits(rng: random.Random, owner: User, now: dt.datetime) -> dict[str, int]:
    today = timezone.localdate(now)
    goals = _bulk(
        [
            growth.Goal(owner=owner, metric=m, target=3, started_on=today - 200 * DAY)
            for m in ("outreach_messages", "learning_hours", "practice_sessions")
        ]
    )
    entries = [
        growth.GoalEntry(owner=owner, goal=goal, on=today - d * DAY, amount=Decimal(1))
        for goal in goals
        for d in range(0, 200, 3)
    ]
    habits = _bulk([growth.Habit(owner=owner, name=n) for n in ("Walk", "Read", "Sleep early")])
    checks = [
        growth.HabitCheck(owner=owner, habit=habit, on=today - d * DAY)
        for habit in habits
        for d in range(0, 120)
        if rng.random() < 0.7
    ]
    _bulk(entries)
    _bulk(checks)
    follow = _bulk([growth.FollowUp(owner=owner, title="Email the recruiter", due_on=today)])
    return {
        "goal_id": goals[0].pk,
        "entry_id": entries[0].pk,
        "habit_id": habits[0].pk,
        "followup_id": follow[0].pk,
    }


def _posting_skills(owner: User, postings: list[tracker.JobPosting]) -> int:
    """Analyse every posting with the real engine, stored as ``posting_skills_refresh``
    would (one ``PostingAnalysis`` per posting, its mentions as ``PostingSkill`` rows)."""
    engine = get_engine()
    now = timezone.now()
    rows: list[skills.PostingSkill] = []
    analyses = []
    for posting in postings:
        digest = skills.description_hash(posting.description)
        rows.extend(posting_skill_rows(posting, engine, digest))
        analyses.append(
            skills.PostingAnalysis(
                owner=owner,
                posting=posting,
                description_hash=digest,
                taxonomy_key=engine.analysis_key,
                analysed_at=now,
            )
        )
    _bulk(analyses)
    _bulk(rows)
    return len(rows)


def _skills_side(owner: User, applications: list[tracker.Application]) -> dict[str, int]:
    added = skills_services.resume_add(owner=owner, text="Five years of SQL, Python and Excel.")
    profile = [
        skills_services.profile_skill_add_by_label(owner=owner, label=label, level="advanced")
        for label in ("SQL", "Excel", "Python", "Tableau")
    ]
    dismissal = skills_services.gap_dismiss(owner=owner, skill_id="kubernetes")
    actions = [
        skills_services.learning_action_create(
            owner=owner, title=f"Course {i}", applications=applications[i : i + 2]
        )
        for i in range(0, 40, 2)
    ]
    return {
        "resume_id": added.resume.pk,
        "profile_skill_id": profile[0].pk,
        "dismissal_id": dismissal.pk,
        "action_id": actions[0].pk,
    }


def _strategy_side(owner: User, now: dt.datetime) -> dict[str, int]:
    """A running experiment and a strategy review (their pages take an id)."""
    from onward.strategy import services as strategy_services

    experiment = strategy_services.experiment_create(
        owner=owner,
        name="Tailor every resume for 10 applications",
        metric="response",
        started_on=timezone.localdate(now) - dt.timedelta(days=30),
        now=now,
    )
    review = strategy_services.review_create(
        owner=owner, commitments=["Ask for two referrals a week"], snapshot={}, now=now
    )
    return {"experiment_id": experiment.pk, "review_id": review.pk}


def build_account(*, owner: User, applications: int, now: dt.datetime | None = None) -> Built:
    """Fill ``owner``'s account with ``applications`` applications and their history."""
    from onward.accounts import services as account_services

    rng = random.Random(SEED)
    now = now or timezone.now()
    span = max(60, applications // 5)  # days the search has been going on
    with transaction.atomic():
        companies = _companies(owner, rng, max(5, applications // 4))
        postings = _postings(owner, rng, companies, applications)
        plans = [_plan(rng, posting, now, span) for posting in postings]
        apps = _bulk([plan.application for plan in plans])
        events = _events(plans)
        rejections = _rejections(rng, events)
        wins = _wins(rng, owner, events, extra=applications // 3)
        reflections, feedback = _journal(rng, owner, rejections)
        _rebound(owner, rejections, reflections)
        _wellbeing(rng, owner, now, span, count=applications // 3)
        ids = _goals_and_habits(rng, owner, now)
        mentions = _posting_skills(owner, postings)
        ids |= _skills_side(owner, apps)
        ids |= _strategy_side(owner, now)
    skills_services.journal_analyse_pending(owner=owner, limit=10**9)
    token, secret = account_services.api_token_create(owner=owner, name="bench")
    active = next(a for a in apps if a.stage == Stage.INTERVIEW)
    rejection = rejections[-1]
    ids |= {
        "application_id": active.pk,
        "company_id": active.posting.company_id,
        "posting_id": active.posting_id,
        "rejection_id": rejection.pk,
        "event_id": next(e.pk for e in events if e.application_id == active.pk),
        "token_id": token.pk,
        "reflection_id": reflections[-1].pk,
        "feedback_id": feedback[-1].pk,
        "checkin_id": growth.CheckIn.objects.filter(owner=owner).latest("at").pk,
        "reframe_id": growth.Reframe.objects.filter(owner=owner).first().pk,  # type: ignore[union-attr]
        "win_id": wins[-1].pk,
    }
    counts: dict[str, float] = {
        "applications": len(apps),
        "events": len(events),
        "rejections": len(rejections),
        "wins": len(wins),
        "reflections": len(reflections),
        "feedback": len(feedback),
        "posting_skills": mentions,
    }
    return Built(owner=owner, token=secret, ids=ids, counts=counts)
