"""Adjacent roles: occupations (or built-in role families) your confirmed skills cover
best, with "Plan this" on each bridge skill and "Save as a target role" on each role. A
thin adapter over ``selectors_adjacent`` and the target role services."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from onward.accounts.http import owner_of
from onward.analysis.adjacent_roles import RoleSkill
from onward.core.errors import validation_message
from onward.skills import selectors_adjacent, services
from onward.skills.views.common import skills_page
from onward.tracker import selectors as tracker_selectors

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
    owner = owner_of(request)
    report = selectors_adjacent.adjacent_role_report(owner=owner, limit=SHOWN)
    rows = [(role, [(skill, plan_url(skill)) for skill in role.bridge]) for role in report.roles]
    targets = list(tracker_selectors.target_role_list(owner=owner))
    context = {"report": report, "rows": rows, "targets": targets}
    return skills_page(request, "skills/adjacent.html", context, section="adjacent")


@login_required
@require_POST
def target_role_save(request: HttpRequest) -> HttpResponse:
    occupation_id = str(request.POST.get("occupation_id") or "")
    try:
        role = services.target_role_save_occupation(
            owner=owner_of(request), occupation_id=occupation_id
        )
    except ValidationError as exc:
        messages.error(request, f"That did not work: {validation_message(exc)}")
    else:
        messages.success(
            request,
            f"Saved {role.label} as a target role. Tag applications with it to see how it "
            "converts on the Strategy page.",
        )
    return redirect("skills:adjacent_roles")


@login_required
@require_POST
def target_role_remove(request: HttpRequest, target_role_id: int) -> HttpResponse:
    role = tracker_selectors.target_role_get(owner=owner_of(request), pk=target_role_id)
    services.target_role_remove(target_role=role)
    messages.success(request, f"Removed {role.label} from your target roles.")
    return redirect("skills:adjacent_roles")
