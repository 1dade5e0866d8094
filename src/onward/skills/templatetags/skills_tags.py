"""Template helpers of the skills app: the skills section of an application, fit groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django import template
from django.urls import reverse

from onward.accounts.models import User
from onward.analysis.fit import Fit, FitSkill
from onward.analysis.gaps import PREFERRED, REQUIRED, UNKNOWN
from onward.skills import selectors
from onward.skills.engine import get_engine
from onward.tracker.models import Application

register = template.Library()

GROUPS = ((REQUIRED, "Required"), (PREFERRED, "Preferred"), (UNKNOWN, "Also mentioned"))


@dataclass(frozen=True)
class FitGroup:
    title: str
    skills: tuple[FitSkill, ...]


@register.filter
def fit_groups(fit: Fit) -> list[FitGroup]:
    """Required, preferred and other skills of a fit, each with the ones you have last."""
    groups = []
    for requirement, title in GROUPS:
        skills = fit.of(requirement)
        if skills:
            missing = sum(not s.matched for s in skills)
            groups.append(FitGroup(f"{title}: {missing} of {len(skills)} missing", skills))
    return groups


@register.simple_tag
def plan_url(skill: FitSkill) -> str:
    query = {
        "skill_id": skill.skill_id,
        "skill_label": skill.label,
        "title": f"Learn {skill.label}",
    }
    return f"{reverse('skills:learning_create')}?{urlencode(query)}"


@register.filter
def get_item(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.simple_tag
def board_fits(owner: User, applications: Sequence[Application]) -> dict[int, int]:
    """Fit percentages of ``owner``'s board cards, by application id (none without a
    profile, none for a posting that names no skills)."""
    fits = selectors.applications_fit(owner=owner, applications=applications, sentences=False)
    return {pk: fit.percent for pk, fit in fits.items() if fit.percent is not None}


@register.inclusion_tag("skills/_application_skills.html")
def application_skills(application: Application) -> dict[str, Any]:
    """Required and preferred skills of this application's posting, matched or missing."""
    posting = application.posting
    fit = selectors.application_fit(owner=application.owner, application=application)
    return {
        "application": application,
        "posting": posting,
        "fit": fit,
        "has_text": bool(posting.description.strip()),
        "analysed": selectors.posting_analysed(owner=application.owner, posting=posting),
        "attribution": get_engine().attribution,
    }
