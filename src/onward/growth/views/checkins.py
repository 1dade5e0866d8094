"""Check-ins: mood and energy in ten seconds, the trend next to activity, a gentle guardrail."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of, today
from onward.growth import selectors, services
from onward.growth.forms.checkins import ENERGY_LABELS, MOOD_LABELS, CheckInForm
from onward.growth.views import chart
from onward.growth.views.nav import page

SECTION = "checkins"
HISTORY = 60


@login_required
def checkin_page(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = CheckInForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            services.checkin_create(owner=owner, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Checked in. Thank you for noticing how you are.")
            return redirect(safe_next(request, reverse("growth:checkins")))
    trend, raw = selectors.checkin_trend(owner=owner, today=today())
    context = {
        "form": form,
        "trend": trend,
        "trend_text": chart.readable_dates(trend.reason, today=today()),
        "chart": chart.build(raw),
        "mood_chart_src": reverse("growth:checkins_chart"),
        "checkins": selectors.checkin_list(owner=owner)[:HISTORY],
        "suggestion": selectors.wellbeing_suggestion(owner=owner, today=today()),
        "care": selectors.care_note(owner=owner, today=today()),
        "mood_labels": MOOD_LABELS,
        "energy_labels": ENERGY_LABELS,
    }
    return page(request, "growth/checkins.html", context, section=SECTION, status=status_of(form))


@login_required
def checkin_delete(request: HttpRequest, checkin_id: int) -> HttpResponse:
    checkin = selectors.checkin_get(owner=owner_of(request), pk=checkin_id)
    if request.method == "POST":
        services.checkin_delete(checkin=checkin)
        messages.success(request, "Check-in deleted.")
        return redirect("growth:checkins")
    context = {
        "title": "Delete this check-in?",
        "text": f"Mood {checkin.mood}, energy {checkin.energy}, "
        f"{checkin.at:%d %b %Y}. This cannot be undone.",
        "confirm": "Delete check-in",
        "cancel_url": reverse("growth:checkins"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)


@login_required
@require_POST
def suggestion_dismiss(request: HttpRequest) -> HttpResponse:
    services.wellbeing_dismiss(owner=owner_of(request))
    if getattr(request, "htmx", False):
        return HttpResponse("")
    messages.success(request, "Noted. Onward will keep quiet about it for a while.")
    return redirect(safe_next(request, reverse("growth:checkins")))


@login_required
def checkin_chart(request: HttpRequest) -> HttpResponse:
    """The mood and energy chart of the check-ins page, as an SVG image."""
    from onward.core.chart_cache import cached_chart
    from onward.core.charts import svg_response
    from onward.growth.charts import mood_chart  # matplotlib loads only when a chart is drawn

    _trend, raw = selectors.checkin_trend(owner=owner_of(request), today=today())
    days = tuple(raw)  # kept by exactly the days it draws: new data, a new drawing
    return svg_response(cached_chart("mood", days, lambda: mood_chart(days)))
