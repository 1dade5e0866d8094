"""Strategy insights, experiments and reviews: JSON endpoints under /api/v1/strategy."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.strategy import selectors, services
from onward.strategy.figures import Figures
from onward.strategy.models import Experiment, StrategyReview
from onward.strategy.report_schemas import ReportOut, ReportQuery
from onward.strategy.schemas import (
    CalibrationOut,
    ExperimentCompleteIn,
    ExperimentIn,
    ExperimentOut,
    ExperimentPatch,
    FunnelOut,
    ReviewIn,
    ReviewOut,
    ReviewPromptOut,
    SegmentsOut,
    SegmentsQuery,
    StrategyOut,
    TimesOut,
)
from onward.strategy.snapshot import snapshot_of

strategy = Router(tags=["strategy"])


def _diagnosis(figures: Figures) -> dict[str, Any]:
    d = figures.diagnosis
    return {
        "status": d.status,
        "metric": d.metric,
        "name": d.name,
        "advice": d.advice,
        "checks": d.checks,
        "application_ids": list(d.cited),
        "applications": d.cited_total,
        "reasons": d.reasons,
    }


@strategy.get("", response=StrategyOut)
def strategy_summary(request: HttpRequest) -> dict[str, Any]:
    """Funnel, findings, the three checks set in advance, diagnosis, response times and
    fit calibration, counted as docs/strategy.md explains."""
    shown = selectors.figures_shown(owner=current_user(request))
    figures = shown.figures
    return {
        "computed_at": figures.computed_at,
        "stale": shown.stale,
        "quiet_days": figures.quiet_days,
        "funnel": FunnelOut.of(figures.funnel),
        "findings": figures.findings,
        "checks": figures.checks,
        "tested_comparisons": figures.family_size,
        "exploratory_threshold": figures.threshold,
        "diagnosis": _diagnosis(figures),
        "response_times": figures.times,
        "calibration": figures.calibration,
    }


@strategy.get("/segments", response=SegmentsOut)
def strategy_segments(request: HttpRequest, query: Query[SegmentsQuery]) -> dict[str, Any]:
    """Every segment of one dimension with its funnel, and its comparisons."""
    shown = selectors.figures_shown(owner=current_user(request))
    figures = shown.figures
    dimension = query.dimension
    return {
        "computed_at": figures.computed_at,
        "stale": shown.stale,
        "dimension": dimension,
        "segments": figures.segments_of(dimension),
        "comparisons": figures.comparisons_of(dimension),
    }


@strategy.get("/report", response=ReportOut)
def strategy_report(request: HttpRequest, query: Query[ReportQuery]) -> dict[str, Any]:
    """The growth report for the week (7 days) or month (30 days) ending today: activity,
    goals, mood and energy, wins and experiments in the period, next to the whole search's
    funnel with its intervals (docs/strategy.md, "Growth report")."""
    report = selectors.report(owner=current_user(request), period=query.period)
    return ReportOut.of(report)


@strategy.get("/report.pdf", response={200: None, 503: dict[str, str]})
def strategy_report_pdf(request: HttpRequest, query: Query[ReportQuery]) -> Any:
    """The same growth report as a PDF file (``application/pdf``). 503 with a message when
    this installation cannot draw PDFs (WeasyPrint or its Pango library is missing)."""
    from onward.strategy.report_pdf import PdfUnavailable, filename, pdf_of

    report = selectors.report(owner=current_user(request), period=query.period)
    try:
        pdf = pdf_of(report)
    except PdfUnavailable as error:
        return Status(503, {"detail": str(error)})
    response = HttpResponse(pdf, content_type="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename(report)}"'
    return response


@strategy.get("/response-times", response=TimesOut)
def strategy_response_times(request: HttpRequest) -> Any:
    """Typical time to a first answer by channel and company; open applications past it."""
    return selectors.figures(owner=current_user(request)).times


@strategy.get("/calibration", response=CalibrationOut)
def strategy_calibration(request: HttpRequest) -> Any:
    """Response and interview rates by fit band, from your own history."""
    return selectors.figures(owner=current_user(request)).calibration


# --- experiments -------------------------------------------------------------------------


def _experiment_out(experiment: Experiment, figures: Figures) -> dict[str, Any]:
    fields = (
        "id", "uid", "name", "hypothesis", "metric", "started_on", "ended_on",
        "target_count", "status", "completed_at", "learned", "source",
    )  # fmt: skip
    values = {name: getattr(experiment, name) for name in fields}
    return values | {"result": figures.experiment(experiment.pk)}


def _one(owner: User, experiment_id: int) -> dict[str, Any]:
    experiment = selectors.experiment_get(owner=owner, pk=experiment_id)
    return _experiment_out(experiment, selectors.figures(owner=owner))


@strategy.get("/experiments", response=list[ExperimentOut])
def experiment_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every experiment with its result so far (not paginated)."""
    owner = current_user(request)
    figures = selectors.figures(owner=owner)
    return [_experiment_out(e, figures) for e in selectors.experiment_list(owner=owner)[:500]]


@strategy.post("/experiments", response={201: ExperimentOut})
def experiment_create(request: HttpRequest, payload: ExperimentIn) -> Created:
    owner = current_user(request)
    experiment = services.experiment_create(owner=owner, **payload.model_dump())
    return Status(201, _one(owner, experiment.pk))


@strategy.get("/experiments/{experiment_id}", response=ExperimentOut)
def experiment_get(request: HttpRequest, experiment_id: ObjectId) -> dict[str, Any]:
    return _one(current_user(request), experiment_id)


@strategy.patch("/experiments/{experiment_id}", response=ExperimentOut)
def experiment_update(
    request: HttpRequest, experiment_id: ObjectId, payload: ExperimentPatch
) -> dict[str, Any]:
    """Rename or change the target; the step and the start stay as chosen."""
    owner = current_user(request)
    experiment = selectors.experiment_get(owner=owner, pk=experiment_id)
    changes = payload.changes()
    services.experiment_update(
        experiment=experiment,
        name=changes.get("name", experiment.name),
        hypothesis=changes.get("hypothesis", experiment.hypothesis),
        target_count=changes.get("target_count", experiment.target_count),
    )
    return _one(owner, experiment_id)


@strategy.post("/experiments/{experiment_id}/complete", response=ExperimentOut)
def experiment_complete(
    request: HttpRequest, experiment_id: ObjectId, payload: ExperimentCompleteIn
) -> dict[str, Any]:
    """Complete it (it becomes a win), with what you learned."""
    owner = current_user(request)
    experiment = selectors.experiment_get(owner=owner, pk=experiment_id)
    services.experiment_complete(experiment=experiment, **payload.model_dump())
    return _one(owner, experiment_id)


@strategy.delete("/experiments/{experiment_id}", response={204: None})
def experiment_delete(request: HttpRequest, experiment_id: ObjectId) -> NoContent:
    owner = current_user(request)
    services.experiment_delete(experiment=selectors.experiment_get(owner=owner, pk=experiment_id))
    return Status(204, None)


# --- reviews -----------------------------------------------------------------------------


@strategy.get("/reviews", response=list[ReviewOut])
@paginated
def review_list(request: HttpRequest) -> Any:
    return selectors.review_list(owner=current_user(request))


@strategy.post("/reviews", response={201: ReviewOut})
def review_create(request: HttpRequest, payload: ReviewIn) -> Created:
    """Save a review: 1-3 commitments; the evidence shown now is saved with it."""
    owner = current_user(request)
    figures = selectors.figures(owner=owner)
    running = list(selectors.experiments_running(owner=owner))
    review = services.review_create(
        owner=owner,
        commitments=payload.commitments,
        note=payload.note,
        snapshot=snapshot_of(figures, running),
    )
    return Status(201, review)


@strategy.get("/reviews/{review_id}", response=ReviewOut)
def review_get(request: HttpRequest, review_id: ObjectId) -> StrategyReview:
    return selectors.review_get(owner=current_user(request), pk=review_id)


@strategy.delete("/reviews/{review_id}", response={204: None})
def review_delete(request: HttpRequest, review_id: ObjectId) -> NoContent:
    review = selectors.review_get(owner=current_user(request), pk=review_id)
    services.review_delete(review=review)
    return Status(204, None)


@strategy.get("/review-prompt", response=ReviewPromptOut)
def review_prompt(request: HttpRequest) -> dict[str, Any]:
    """Whether a strategy review is due (two weeks or five rejections since the last)."""
    prompt = selectors.review_prompt(owner=current_user(request))
    if prompt is None:
        return {"due": False, "reason": "", "last_review_at": None, "rejections_since": 0}
    return {
        "due": True,
        "reason": prompt.reason,
        "last_review_at": prompt.since,
        "rejections_since": prompt.rejections,
    }


@strategy.post("/review-prompt/dismiss", response={204: None})
def review_prompt_dismiss(request: HttpRequest) -> NoContent:
    """ "Not now": asked again after two more weeks or five more rejections."""
    services.review_prompt_dismiss(owner=current_user(request))
    return Status(204, None)
