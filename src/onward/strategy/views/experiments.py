"""Experiments: start one (from a suggestion or your own idea), follow it, complete it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.strategy import selectors, services
from onward.strategy.forms import ExperimentCompleteForm, ExperimentEditForm, ExperimentForm
from onward.strategy.models import Experiment
from onward.strategy.suggestions import BY_KEY, SUGGESTIONS
from onward.strategy.views.nav import page

SECTION = "experiments"


def _initial(request: HttpRequest) -> dict[str, Any]:
    suggestion = BY_KEY.get(request.GET.get("suggestion", ""))
    if suggestion is None:
        return {}
    return {
        "name": suggestion.name,
        "hypothesis": suggestion.hypothesis,
        "metric": suggestion.metric,
        "target_count": suggestion.target_count,
        "source": f"suggestion:{suggestion.key}",
    }


@login_required
def experiment_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = ExperimentForm(bound(request), initial=_initial(request))
    if form.is_bound and form.is_valid():
        try:
            experiment = services.experiment_create(owner=owner, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, f"Experiment started: {experiment.name}.")
            return redirect("strategy:experiment", experiment_id=experiment.pk)
    figures = selectors.figures(owner=owner)
    experiments = list(selectors.experiment_list(owner=owner))
    rows = [(e, figures.experiment(e.pk)) for e in experiments]
    context = {
        "rows": rows,
        "form": form,
        "suggestions": SUGGESTIONS,
        "prefilled": bool(_initial(request)),
    }
    return page(
        request, "strategy/experiments.html", context, section=SECTION, status=status_of(form)
    )


def _detail(
    request: HttpRequest, experiment: Experiment, form: ExperimentCompleteForm, status: int
) -> HttpResponse:
    owner = owner_of(request)
    figures = selectors.figures(owner=owner)
    applications = selectors.experiment_applications(owner=owner, experiment=experiment)
    context = {
        "experiment": experiment,
        "result": figures.experiment(experiment.pk),
        "applications": list(applications[:50]),
        "application_count": applications.count(),
        "form": form,
    }
    return page(request, "strategy/experiment.html", context, section=SECTION, status=status)


@login_required
def experiment_detail(request: HttpRequest, experiment_id: int) -> HttpResponse:
    experiment = selectors.experiment_get(owner=owner_of(request), pk=experiment_id)
    return _detail(request, experiment, ExperimentCompleteForm(), 200)


@login_required
@require_POST
def experiment_complete(request: HttpRequest, experiment_id: int) -> HttpResponse:
    experiment = selectors.experiment_get(owner=owner_of(request), pk=experiment_id)
    form = ExperimentCompleteForm(request.POST)
    if form.is_valid():
        try:
            services.experiment_complete(experiment=experiment, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Experiment completed, and added to your wins.")
            return redirect("strategy:experiment", experiment_id=experiment.pk)
    return _detail(request, experiment, form, 400)


@login_required
def experiment_edit(request: HttpRequest, experiment_id: int) -> HttpResponse:
    experiment = selectors.experiment_get(owner=owner_of(request), pk=experiment_id)
    initial = {
        "name": experiment.name,
        "hypothesis": experiment.hypothesis,
        "target_count": experiment.target_count,
    }
    form = ExperimentEditForm(bound(request), initial=initial)
    if form.is_bound and form.is_valid():
        try:
            services.experiment_update(experiment=experiment, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Experiment saved.")
            return redirect("strategy:experiment", experiment_id=experiment.pk)
    context = {"form": form, "experiment": experiment}
    return page(
        request,
        "strategy/experiment_form.html",
        context,
        section=SECTION,
        status=status_of(form),
    )


@login_required
def experiment_delete(request: HttpRequest, experiment_id: int) -> HttpResponse:
    experiment = selectors.experiment_get(owner=owner_of(request), pk=experiment_id)
    if request.method == "POST":
        services.experiment_delete(experiment=experiment)
        messages.success(request, "Experiment deleted.")
        return redirect("strategy:experiments")
    context = {
        "title": "Delete this experiment?",
        "text": f"“{experiment.name}” goes; your applications stay as they are.",
        "confirm": "Delete experiment",
        "cancel_url": reverse("strategy:experiment", kwargs={"experiment_id": experiment.pk}),
    }
    return page(request, "strategy/confirm.html", context, section=SECTION)
