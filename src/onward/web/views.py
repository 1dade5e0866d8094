"""Site chrome: the dashboard and error pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage

ACTIVE_STAGES = (
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEW,
    Stage.OFFER,
    Stage.GHOSTED,
)
CLOSED_STAGES = (Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.WITHDRAWN)
STAGE_ORDER = {stage.value: i for i, stage in enumerate((*ACTIVE_STAGES, *CLOSED_STAGES))}


@dataclass(frozen=True)
class PipelineRow:
    stage: Stage
    count: int
    percent: int  # of the largest stage, for the bar width


def pipeline_rows(counts: dict[str, int], stages: tuple[Stage, ...]) -> list[PipelineRow]:
    largest = max((counts.get(s, 0) for s in stages), default=0) or 1
    rows = [(s, counts.get(s, 0)) for s in stages]
    return [PipelineRow(stage=s, count=n, percent=round(100 * n / largest)) for s, n in rows]


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    data = tracker_selectors.dashboard(owner=request.user)  # type: ignore[arg-type]
    context = {
        "nav": "dashboard",
        "data": data,
        "has_applications": sum(data.pipeline.values()) > 0,
        "active_rows": pipeline_rows(data.pipeline, ACTIVE_STAGES),
        "closed_rows": [r for r in pipeline_rows(data.pipeline, CLOSED_STAGES) if r.count],
        "durations": sorted(data.stats.durations, key=lambda d: STAGE_ORDER.get(d.stage, 99)),
    }
    return render(request, "web/dashboard.html", context)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "web/500.html", status=500)
