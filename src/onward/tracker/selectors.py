"""Every read of tracker data, scoped to its owner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Max, Min, Q, QuerySet
from django.db.models.expressions import OrderBy
from django.shortcuts import get_object_or_404
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.pipeline import EventPoint, StageStats, stage_stats
from onward.core.dates import start_of_week
from onward.tracker import stages
from onward.tracker.choices import CLOSED, Stage
from onward.tracker.models import Application, ApplicationEvent, Company, JobPosting, Rejection

BOARD_STAGES = [
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEW,
    Stage.OFFER,
    Stage.GHOSTED,
    # Closed stages: the board shows them collapsed, in one "Closed" column.
    Stage.ACCEPTED,
    Stage.DECLINED,
    Stage.REJECTED,
    Stage.WITHDRAWN,
]


@dataclass(frozen=True)
class ApplicationFilters:
    q: str = ""
    stages: tuple[str, ...] = ()
    channel: str = ""
    role_family: str = ""
    company_id: int | None = None
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None
    updated_since: dt.datetime | None = None
    tailored: bool | None = None
    active_only: bool = False
    order: str = "-applied_on"


ORDERINGS: dict[str, tuple[str | OrderBy, ...]] = {
    # Saved applications have no date: last either way, on SQLite and PostgreSQL alike.
    "-applied_on": (F("applied_on").desc(nulls_last=True), "-created_at"),
    "applied_on": (F("applied_on").asc(nulls_last=True), "created_at"),
    "-updated": ("-stage_changed_at", "-id"),
    "company": ("posting__company__name", "posting__title"),
    "stage": ("stage", "-applied_on"),
}


def company_list(*, owner: User, q: str = "") -> QuerySet[Company]:
    qs = Company.objects.filter(owner=owner).annotate(
        application_count=Count("postings__applications")
    )
    if q:
        qs = qs.filter(name__icontains=q)
    return qs.order_by("name")


def company_get(*, owner: User, pk: int) -> Company:
    return get_object_or_404(Company, owner=owner, pk=pk)


def company_by_name(*, owner: User, name: str) -> Company | None:
    """The owner's company called ``name`` (ignoring case), if any."""
    name = name.strip()
    if not name:
        return None
    return Company.objects.filter(owner=owner, name__iexact=name).order_by("pk").first()


def posting_list(*, owner: User, company_id: int | None = None) -> QuerySet[JobPosting]:
    qs = JobPosting.objects.filter(owner=owner).select_related("company")
    if company_id is not None:
        qs = qs.filter(company_id=company_id)
    return qs.order_by("-created_at", "-id")


def posting_get(*, owner: User, pk: int) -> JobPosting:
    return get_object_or_404(JobPosting.objects.select_related("company"), owner=owner, pk=pk)


def _applications(owner: User) -> QuerySet[Application]:
    return Application.objects.filter(owner=owner).select_related("posting", "posting__company")


def application_list(
    *, owner: User, filters: ApplicationFilters | None = None
) -> QuerySet[Application]:
    f = filters or ApplicationFilters()
    qs = _applications(owner)
    if f.q:
        words = f.q.split()
        for word in words[:8]:
            qs = qs.filter(
                Q(posting__title__icontains=word)
                | Q(posting__company__name__icontains=word)
                | Q(posting__location__icontains=word)
                | Q(notes__icontains=word)
            )
    if f.stages:
        qs = qs.filter(stage__in=f.stages)
    if f.active_only:
        qs = qs.exclude(stage__in=CLOSED)
    if f.channel:
        qs = qs.filter(channel=f.channel)
    if f.role_family:
        qs = qs.filter(posting__role_family=f.role_family)
    if f.company_id:
        qs = qs.filter(posting__company_id=f.company_id)
    if f.applied_from:
        qs = qs.filter(applied_on__gte=f.applied_from)
    if f.applied_to:
        qs = qs.filter(applied_on__lte=f.applied_to)
    if f.updated_since:
        qs = qs.filter(updated_at__gte=f.updated_since)
    if f.tailored is not None:
        qs = qs.filter(tailored=f.tailored)
    return qs.order_by(*ORDERINGS.get(f.order, ORDERINGS["-applied_on"]))


def application_get(*, owner: User, pk: int) -> Application:
    return get_object_or_404(_applications(owner), pk=pk)


def applications_by_id(*, owner: User, ids: Sequence[int]) -> dict[int, Application]:
    """The owner's applications among ``ids`` (others are left out), by id."""
    return {app.pk: app for app in _applications(owner).filter(pk__in=list(ids))}


@dataclass(frozen=True)
class Outcome:
    """Where one application stands, as plain data for other apps' analyses."""

    application_id: int
    posting_id: int
    stage: str
    stage_changed_on: dt.date | None  # the owner's local day of the last stage change
    rejected_at_stage: str | None  # the stage reached, when there is a rejection
    rejected_on: dt.date | None


def application_outcomes(*, owner: User) -> list[Outcome]:
    """Every application's stage and rejection in one query, oldest first."""
    rows = (
        Application.objects.filter(owner=owner)
        .order_by("pk")
        .values_list(
            "pk",
            "posting_id",
            "stage",
            "stage_changed_at",
            "rejection__stage_reached",
            "rejection__received_on",
        )
    )
    return [
        Outcome(pk, posting, stage, timezone.localdate(changed) if changed else None, reached, on)
        for pk, posting, stage, changed, reached, on in rows
    ]


def application_events(*, application: Application) -> QuerySet[ApplicationEvent]:
    return ApplicationEvent.objects.filter(
        owner_id=application.owner_id, application=application
    ).order_by("occurred_at", "id")


def application_allowed_moves(*, application: Application) -> list[Stage]:
    """Stages the owner can move ``application`` to next; ghosted resumes where it was."""
    return applications_allowed_moves(applications=[application])[application.pk]


def applications_allowed_moves(*, applications: Sequence[Application]) -> dict[int, list[Stage]]:
    """``application_allowed_moves`` for many applications, in one query at most."""
    ghosted = [a.pk for a in applications if a.stage == Stage.GHOSTED]
    last: dict[int, ApplicationEvent] = {}
    if ghosted:
        owners = {a.owner_id for a in applications}
        events = ApplicationEvent.objects.filter(owner_id__in=owners, application_id__in=ghosted)
        for event in events.order_by("occurred_at", "id"):
            last[event.application_id] = event
    moves = {}
    for application in applications:
        latest = last.get(application.pk)
        before = None
        if latest is not None and latest.stage == Stage.GHOSTED and latest.from_stage:
            before = Stage(latest.from_stage)
        moves[application.pk] = stages.allowed_moves(
            Stage(application.stage), before_ghosted=before
        )
    return moves


def rejection_get(*, owner: User, pk: int) -> Rejection:
    return get_object_or_404(Rejection.objects.select_related("application"), owner=owner, pk=pk)


def rejection_for_application(*, owner: User, application_id: int) -> Rejection:
    return get_object_or_404(
        Rejection.objects.select_related("application"), owner=owner, application_id=application_id
    )


def rejection_list(*, owner: User) -> QuerySet[Rejection]:
    return (
        Rejection.objects.filter(owner=owner)
        .select_related("application__posting__company")
        .order_by("-received_on", "-id")
    )


def event_list(*, owner: User, since: dt.datetime | None = None) -> QuerySet[ApplicationEvent]:
    qs = ApplicationEvent.objects.filter(owner=owner).select_related(
        "application__posting__company"
    )
    if since:
        qs = qs.filter(occurred_at__gte=since)
    return qs.order_by("-occurred_at", "-id")


@dataclass
class BoardColumn:
    stage: Stage
    applications: list[Application] = field(default_factory=list)


def board(*, owner: User, q: str = "") -> list[BoardColumn]:
    columns = {stage: BoardColumn(stage=stage) for stage in BOARD_STAGES}
    qs = application_list(owner=owner, filters=ApplicationFilters(q=q, order="-updated"))
    for application in qs.filter(stage__in=BOARD_STAGES):
        columns[Stage(application.stage)].applications.append(application)
    return list(columns.values())


@dataclass(frozen=True)
class Dashboard:
    pipeline: dict[str, int]
    active_total: int
    week_start: dt.date
    week_applications: int
    week_events: int
    week_rejections: int
    recent_events: list[ApplicationEvent]
    stats: StageStats


def dashboard(*, owner: User, now: dt.datetime | None = None) -> Dashboard:
    now = now or timezone.now()
    week_start = start_of_week(timezone.localdate(now))
    week_start_at = timezone.make_aware(dt.datetime.combine(week_start, dt.time.min))
    counts = dict(
        Application.objects.filter(owner=owner)
        .values_list("stage")
        .annotate(n=Count("id"))
        .values_list("stage", "n")
    )
    pipeline = {stage.value: counts.get(stage.value, 0) for stage in Stage}
    active = sum(n for stage, n in pipeline.items() if stage not in CLOSED)
    week_events = ApplicationEvent.objects.filter(owner=owner, occurred_at__gte=week_start_at)
    return Dashboard(
        pipeline=pipeline,
        active_total=active,
        week_start=week_start,
        week_applications=week_events.filter(stage=Stage.APPLIED).count(),
        week_events=week_events.count(),
        week_rejections=week_events.filter(stage=Stage.REJECTED).count(),
        recent_events=list(event_list(owner=owner)[:12]),
        stats=pipeline_stats(owner=owner, now=now),
    )


def pipeline_stats(*, owner: User, now: dt.datetime | None = None) -> StageStats:
    """Time in stage and response times, computed from the event log alone."""
    rows = ApplicationEvent.objects.filter(owner=owner).values_list(
        "application_id", "stage", "occurred_at"
    )
    points = [EventPoint(key=str(app), stage=stage, at=at) for app, stage, at in rows]
    return stage_stats(points, now=now or timezone.now())


# --- plain histories for the strategy insights -------------------------------------------


@dataclass(frozen=True)
class HistoryEvent:
    stage: str
    at: dt.datetime
    interview_round: int | None


@dataclass(frozen=True)
class ApplicationHistory:
    """One application's segment fields and its stage events, as plain data."""

    application_id: int
    posting_id: int
    company: str
    channel: str
    role_family: str
    seniority: str
    industry: str
    work_mode: str
    tailored: bool
    cover_letter: bool
    resume_version: str
    applied_on: dt.date | None
    events: tuple[HistoryEvent, ...]


_HISTORY_FIELDS = (
    "pk",
    "posting_id",
    "posting__company__name",
    "channel",
    "posting__role_family",
    "posting__seniority",
    "posting__industry",
    "posting__work_mode",
    "tailored",
    "cover_letter",
    "resume_version",
    "applied_on",
)


def application_histories(*, owner: User) -> list[ApplicationHistory]:
    """Every application with its events, in two queries (for the strategy insights)."""
    events: dict[int, list[HistoryEvent]] = {}
    rows = (
        ApplicationEvent.objects.filter(owner=owner)
        .order_by("occurred_at", "id")
        .values_list("application_id", "stage", "occurred_at", "interview_round")
    )
    for application_id, stage, at, round_no in rows:
        events.setdefault(application_id, []).append(HistoryEvent(stage, at, round_no))
    apps = Application.objects.filter(owner=owner).order_by("pk").values_list(*_HISTORY_FIELDS)
    return [_history(row, events) for row in apps.iterator()]


def _history(row: tuple[Any, ...], events: dict[int, list[HistoryEvent]]) -> ApplicationHistory:
    pk, posting, company, channel, family, seniority, industry, mode, *rest = row
    tailored, cover_letter, resume, applied_on = rest
    return ApplicationHistory(
        pk, posting, company, channel, family, seniority, industry, mode,
        tailored, cover_letter, resume, applied_on, tuple(events.get(pk, ())),
    )  # fmt: skip


def history_version(*, owner: User) -> str:
    """Changes whenever ``application_histories`` would: counts and latest changes of the
    applications, postings and companies, and of the event log (four small aggregates:
    cheaper than one query joining them)."""
    parts = [
        model.objects.filter(owner=owner).aggregate(n=Count("id"), last=Max("updated_at"))
        for model in (Application, JobPosting, Company)
    ]
    parts.append(
        ApplicationEvent.objects.filter(owner=owner).aggregate(n=Count("id"), last=Max("id"))
    )
    return ":".join(str(value) for part in parts for value in part.values())


@dataclass(frozen=True)
class SearchPace:
    applied: int  # applications sent (with an application date)
    first_applied_on: dt.date | None
    rejections_since: int  # rejections logged since ``since`` (all when None)


def search_pace(*, owner: User, since: dt.datetime | None = None) -> SearchPace:
    """How much has happened: applications sent, and rejections logged since a moment."""
    sent = Application.objects.filter(owner=owner, applied_on__isnull=False).aggregate(
        n=Count("id"), first=Min("applied_on")
    )
    rejections = Rejection.objects.filter(owner=owner)
    if since is not None:
        rejections = rejections.filter(created_at__gt=since)
    return SearchPace(sent["n"], sent["first"], rejections.count())
