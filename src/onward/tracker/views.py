from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse


@login_required
def application_list(request: HttpRequest) -> HttpResponse:
    return HttpResponse("todo")


@login_required
def board(request: HttpRequest) -> HttpResponse:
    return HttpResponse("todo")


@login_required
def application_create(request: HttpRequest) -> HttpResponse:
    return HttpResponse("todo")
