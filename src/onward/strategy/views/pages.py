"""The strategy pages that read the figures: overview, segments, response times, fit."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from onward.accounts.http import owner_of
from onward.strategy import selectors, wording
from onward.strategy.suggestions import suggestions_for
from onward.strategy.views.nav import page

SHOWN = 12
"""Comparisons shown per dimension: the findings, then the closest to one."""


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    shown = selectors.figures_shown(owner=owner)
    figures = shown.figures
    diagnosis = figures.diagnosis
    context = {
        "figures": figures,
        "stale": shown.stale,
        "cited": selectors.applications_cited(owner=owner, ids=diagnosis.cited[:8]),
        "journal": selectors.journal_of(owner=owner, ids=diagnosis.cited)
        if diagnosis.cited
        else None,
        "open_checks": [c for c in figures.checks if not c.is_finding],
        "suggestions": suggestions_for(figures)[:3],
        "running": list(selectors.experiments_running(owner=owner)[:5]),
        "prompt": selectors.review_prompt(owner=owner),
    }
    return page(request, "strategy/overview.html", context, section="overview")


@login_required
def segments(request: HttpRequest) -> HttpResponse:
    dimension = request.GET.get("dimension") or "channel"
    if dimension not in wording.DIMENSIONS:
        raise Http404("Unknown dimension.")
    shown = selectors.figures_shown(owner=owner_of(request))
    figures = shown.figures
    context = {
        "figures": figures,
        "stale": shown.stale,
        "dimension": dimension,
        "dimensions": wording.DIMENSIONS,
        "rows": figures.segments_of(dimension),
        "comparisons": [
            c for c in figures.comparisons_of(dimension) if c.verdict != "not_enough_data"
        ],
        "untested": sum(c.verdict == "not_enough_data" for c in figures.comparisons_of(dimension)),
    }
    return page(request, "strategy/segments.html", context, section="segments")


@login_required
def timing(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    shown = selectors.figures_shown(owner=owner)
    figures = shown.figures
    overdue = figures.times.overdue
    cited = selectors.applications_cited(owner=owner, ids=[o.application_id for o in overdue])
    by_id = {a.pk: a for a in cited}
    rows = [(o, by_id[o.application_id]) for o in overdue if o.application_id in by_id]
    context = {"figures": figures, "stale": shown.stale, "times": figures.times, "overdue": rows}
    return page(request, "strategy/timing.html", context, section="timing")


@login_required
def fit(request: HttpRequest) -> HttpResponse:
    shown = selectors.figures_shown(owner=owner_of(request))
    figures = shown.figures
    context = {"figures": figures, "stale": shown.stale, "calibration": figures.calibration}
    return page(request, "strategy/fit.html", context, section="fit")
