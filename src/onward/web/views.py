"""Site chrome: the dashboard and error pages."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from onward.accounts.models import User
from onward.core.errors import database_busy
from onward.core.http import busy_response
from onward.growth import selectors as growth_selectors
from onward.tracker import selectors as tracker_selectors
from onward.tracker import stages
from onward.tracker.choices import Stage


@dataclass(frozen=True)
class PipelineRow:
    stage: Stage
    count: int
    percent: int  # of the largest stage, for the bar width


def pipeline_rows(counts: dict[str, int], order: tuple[Stage, ...]) -> list[PipelineRow]:
    largest = max((counts.get(s, 0) for s in order), default=0) or 1
    rows = [(s, counts.get(s, 0)) for s in order]
    return [PipelineRow(stage=s, count=n, percent=round(100 * n / largest)) for s, n in rows]


@dataclass(frozen=True)
class GrowthWeek:
    """The dashboard's compact growth card."""

    goals: list[Any]  # GoalStatus of active goals
    habits_done: int
    habits_total: int
    latest_checkin: Any
    open_flows: list[Any]
    wins: list[Any]
    suggestion: Any
    care: Any = None  # a caring note after repeated very low check-ins

    @property
    def empty(self) -> bool:
        return not (self.goals or self.habits_total or self.latest_checkin or self.wins)


def growth_week(owner: User, today: dt.date) -> GrowthWeek:
    habits = growth_selectors.habit_list_with_streaks(owner=owner, today=today, active_only=True)
    done = [
        h
        for h in habits
        if (h.done_this_week if growth_selectors.habit_is_weekly(h.habit) else h.done_today)
    ]
    return GrowthWeek(
        goals=growth_selectors.goal_list_with_progress(owner=owner, today=today, active_only=True)[
            :4
        ],
        habits_done=len(done),
        habits_total=len(habits),
        latest_checkin=growth_selectors.checkin_list(owner=owner).first(),
        open_flows=list(growth_selectors.rebound_open_list(owner=owner)[:3]),
        wins=list(growth_selectors.win_list(owner=owner)[:3]),
        suggestion=growth_selectors.wellbeing_suggestion(owner=owner, today=today),
        care=growth_selectors.care_note(owner=owner, today=today),
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    owner = request.user
    assert isinstance(owner, User)
    data = tracker_selectors.dashboard(owner=owner)
    context = {
        "nav": "dashboard",
        "data": data,
        "has_applications": sum(data.pipeline.values()) > 0,
        "active_rows": pipeline_rows(data.pipeline, stages.ACTIVE_ORDER),
        "closed_rows": [r for r in pipeline_rows(data.pipeline, stages.CLOSED_ORDER) if r.count],
        "durations": sorted(
            data.stats.durations, key=lambda d: stages.DISPLAY_ORDER.get(d.stage, 99)
        ),
        "growth": growth_week(owner, timezone.localdate()),
    }
    return render(request, "web/dashboard.html", context)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    error = sys.exc_info()[1]
    if error is not None and database_busy(error):  # raised outside a view (middleware)
        return busy_response(request)
    return render(request, "web/500.html", status=500)
