"""Small helpers shared by the skills pages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from onward.skills.engine import get_engine

NAV = "skills"


def skills_page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    section: str,
    status: int = 200,
) -> HttpResponse:
    """Render a skills page: the Skills tab is current, ``section`` in the sub-nav, and the
    ESCO attribution in the footer whenever ESCO is the active taxonomy."""
    attribution = get_engine().attribution
    context = {"nav": NAV, "section": section, "attribution": attribution, **context}
    response = render(request, template, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response
