"""Every read of strategy data, scoped to its owner; ``*_get`` raise Http404."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from onward.accounts.models import User
from onward.growth import selectors as growth_selectors
from onward.growth.selectors import ApplicationsJournal
from onward.strategy import cache
from onward.strategy import report as report_module
from onward.strategy.choices import ExperimentStatus
from onward.strategy.figures import Figures
from onward.strategy.models import Experiment, ReviewPromptDismissal, StrategyReview
from onward.strategy.report import Report
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application
from onward.tracker.selectors import ApplicationFilters

# --- figures -----------------------------------------------------------------------------


def figures(*, owner: User, now: dt.datetime | None = None) -> Figures:
    """Funnel, segments, comparisons, diagnosis, response times, fit calibration and
    experiment results (cached per owner until the inputs or the day change)."""
    return cache.figures(owner, now=now)


def figures_shown(*, owner: User, now: dt.datetime | None = None) -> cache.Shown:
    """The figures for a page that only shows them: the previous ones, marked stale, while
    newer ones are computed in the background (``cache.figures_or_previous``)."""
    return cache.figures_or_previous(owner, now=now)


def applications_cited(*, owner: User, ids: Sequence[int]) -> list[Application]:
    """The owner's applications among ``ids``, in the order given (missing ones left out)."""
    found = tracker_selectors.applications_by_id(owner=owner, ids=list(ids))
    return [found[pk] for pk in ids if pk in found]


def journal_of(*, owner: User, ids: Sequence[int]) -> ApplicationsJournal:
    """Feedback themes and reflections on these applications."""
    return growth_selectors.applications_journal(owner=owner, application_ids=ids)


# --- experiments -------------------------------------------------------------------------


def experiment_list(*, owner: User, status: str | None = None) -> QuerySet[Experiment]:
    qs = Experiment.objects.filter(owner=owner)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-started_on", "-id")


def experiment_get(*, owner: User, pk: int) -> Experiment:
    return get_object_or_404(Experiment, owner=owner, pk=pk)


def experiment_applications(*, owner: User, experiment: Experiment) -> QuerySet[Application]:
    """Applications made during the experiment (applied from its start to its end)."""
    filters = ApplicationFilters(
        applied_from=experiment.started_on, applied_to=experiment.ended_on, order="applied_on"
    )
    return tracker_selectors.application_list(owner=owner, filters=filters).exclude(
        applied_on__isnull=True
    )


# --- reviews -----------------------------------------------------------------------------


def review_list(*, owner: User) -> QuerySet[StrategyReview]:
    return StrategyReview.objects.filter(owner=owner).order_by("-reviewed_at", "-id")


def review_get(*, owner: User, pk: int) -> StrategyReview:
    return get_object_or_404(StrategyReview, owner=owner, pk=pk)


REVIEW_EVERY = dt.timedelta(days=14)
REVIEW_AFTER_REJECTIONS = 5
MIN_APPLIED = 5
"""No prompt before this many applications were sent: there is nothing to review yet."""


@dataclass(frozen=True)
class ReviewPrompt:
    """Why the dashboard suggests a strategy review now."""

    since: dt.datetime | None  # the last review, or None before the first one
    days: int  # since the last review, or since the first application
    rejections: int  # since the last review (or dismissal)
    reason: str


def _last(owner: User) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The last review, and the later of it and the last "not now"."""
    review = review_list(owner=owner).values_list("reviewed_at", flat=True).first()
    dismissed = (
        ReviewPromptDismissal.objects.filter(owner=owner)
        .order_by("-dismissed_at")
        .values_list("dismissed_at", flat=True)
        .first()
    )
    moments = [m for m in (review, dismissed) if m is not None]
    return review, (max(moments) if moments else None)


def review_prompt(*, owner: User, now: dt.datetime | None = None) -> ReviewPrompt | None:
    """A prompt two weeks, or 5 rejections, after the last review or the last "not now"
    (after the first application before the first review); None when not due."""
    now = now or timezone.now()
    last, anchor = _last(owner)
    pace = tracker_selectors.search_pace(owner=owner, since=anchor)
    if pace.applied < MIN_APPLIED or pace.first_applied_on is None:
        return None
    start = anchor or timezone.make_aware(dt.datetime.combine(pace.first_applied_on, dt.time()))
    days = (now - start).days
    if pace.rejections_since >= REVIEW_AFTER_REJECTIONS:
        reason = f"{pace.rejections_since} answers were a no since you last looked at your plan."
    elif now - start >= REVIEW_EVERY:
        reason = f"It has been {days} days since you last looked at your plan."
    else:
        return None
    return ReviewPrompt(since=last, days=days, rejections=pace.rejections_since, reason=reason)


def experiments_running(*, owner: User) -> QuerySet[Experiment]:
    return experiment_list(owner=owner, status=ExperimentStatus.RUNNING)


# --- the growth report -------------------------------------------------------------------


def report(*, owner: User, period: str, now: dt.datetime | None = None) -> Report:
    """What happened in the week or month ending today, next to the whole search's funnel
    (see ``strategy.report``); ValueError for an unknown period."""
    return report_module.build(owner=owner, period=period, now=now)


def report_chart_part(
    *, owner: User, period: str, name: str, now: dt.datetime | None = None
) -> object:
    """What one of the report's charts draws, without the rest of the report."""
    return report_module.chart_part(owner=owner, period=period, name=name, now=now)
