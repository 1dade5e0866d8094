"""The lessons search: your reflections, feedback and reframes, best matches first."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from onward.accounts.http import owner_of
from onward.core.http import is_htmx
from onward.growth import selectors
from onward.growth.forms.lessons import LessonSearchForm
from onward.growth.views.nav import page

LESSON_CHOICES = [("reflection", "Reflections"), ("feedback", "Feedback"), ("reframe", "Reframes")]


@login_required
def lessons(request: HttpRequest) -> HttpResponse:
    form = LessonSearchForm(request.GET or None, kinds=LESSON_CHOICES)
    q = form.query()
    hits = (
        selectors.lessons_search(owner=owner_of(request), q=q, kinds=form.selected() or None)
        if q
        else []
    )
    context = {"form": form, "q": q, "hits": hits}
    template = "growth/_lesson_hits.html" if is_htmx(request) else "growth/lessons.html"
    return page(request, template, context, section="lessons")
