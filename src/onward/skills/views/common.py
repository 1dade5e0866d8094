"""Small helpers shared by the skills pages."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.http import HttpRequest, HttpResponse

from onward.core import http
from onward.skills.engine import get_engine

NAV = "skills"

# The learning plan lives under the Growth tab.
learning_page = partial(http.page, nav="growth")


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
    context = {"attribution": get_engine().attribution, **context}
    return http.page(request, template, context, nav=NAV, section=section, status=status)
