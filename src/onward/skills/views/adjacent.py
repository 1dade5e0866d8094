"""Adjacent roles: occupations your confirmed skills cover best, with "Plan this" on each
bridge skill. A thin adapter over ``selectors_adjacent``."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from onward.accounts.http import owner_of
from onward.analysis.adjacent_roles import RoleSkill
from onward.skills import selectors_adjacent
from onward.skills.views.common import skills_page

SHOWN = 20  # roles on the page


def plan_url(skill: RoleSkill) -> str:
    """The learning plan's "new action" page, prefilled for a bridge skill."""
    query = {
        "skill_id": skill.skill_id,
        "skill_label": skill.label,
        "title": f"Learn {skill.label}",
    }
    return f"{reverse('skills:learning_create')}?{urlencode(query)}"


@login_required
@require_GET
def adjacent_roles(request: HttpRequest) -> HttpResponse:
    report = selectors_adjacent.adjacent_role_report(owner=owner_of(request), limit=SHOWN)
    rows = [(role, [(skill, plan_url(skill)) for skill in role.bridge]) for role in report.roles]
    context = {"report": report, "rows": rows, "families_note": selectors_adjacent.FAMILIES_NOTE}
    return skills_page(request, "skills/adjacent.html", context, section="adjacent")
