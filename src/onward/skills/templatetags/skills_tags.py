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
from onward.analysis.gaps import (
    PATTERN_MIN_PROGRESSING,
    PATTERN_MIN_REJECTIONS,
    PREFERRED,
    REQUIRED,
    UNKNOWN,
    Gap,
)
from onward.skills import selectors
from onward.skills.engine import get_engine
from onward.tracker.models import Application

register = template.Library()

GROUPS = ((REQUIRED, "Required"), (PREFERRED, "Preferred"), (UNKNOWN, "Also mentioned"))
SHOWN_PER_GROUP = 6  # skills listed per group before the rest collapse into "n more"


@dataclass(frozen=True)
class FitGroup:
    title: str
    skills: tuple[FitSkill, ...]  # shown
    more: tuple[FitSkill, ...] = ()  # the rest, behind a <details>


def _title(fit: Fit, title: str, skills: tuple[FitSkill, ...]) -> str:
    if fit.no_profile:
        return f"{title} ({len(skills)})"
    missing = sum(not s.matched for s in skills)
    return f"{title}: {missing} of {len(skills)} missing"


@register.filter
def fit_groups(fit: Fit) -> list[FitGroup]:
    """Required, preferred and other skills of a fit, each with the ones you have last;
    past ``SHOWN_PER_GROUP`` the rest of a group collapses."""
    groups = []
    for requirement, title in GROUPS:
        skills = fit.of(requirement)
        if skills:
            groups.append(
                FitGroup(
                    _title(fit, title, skills),
                    skills[:SHOWN_PER_GROUP],
                    skills[SHOWN_PER_GROUP:],
                )
            )
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
def pattern_minimums() -> int:
    """Rejections a skill needs before the gaps page compares it (``analysis.gaps``)."""
    return PATTERN_MIN_REJECTIONS


@register.simple_tag
def pattern_note(gaps: Sequence[Gap]) -> str:
    """Why the gaps page claims no pattern yet (empty once any gap could be compared)."""
    if not gaps or any(gap.lift is not None for gap in gaps):
        return ""
    return (
        f"No patterns yet: until a skill comes up in {PATTERN_MIN_REJECTIONS} rejections and "
        f"{PATTERN_MIN_PROGRESSING} applications have moved forward to compare with, this "
        "page shows what was asked for without comparing."
    )


@register.simple_tag
def board_fits(owner: User, applications: Sequence[Application]) -> dict[int, int]:
    """Fit percentages of ``owner``'s board cards, by application id (none without a
    profile, none for a posting that names no skills)."""
    return selectors.applications_fit_percent(owner=owner, applications=applications)


def application_skills_context(application: Application) -> dict[str, Any]:
    """What the skills section of an application shows (also rendered alone, by htmx)."""
    posting = application.posting
    owner = application.owner
    fit = selectors.application_fit(owner=owner, application=application)
    return {
        "application": application,
        "posting": posting,
        "fit": fit,
        "has_text": bool(posting.description.strip()),
        "analysed": selectors.posting_analysed(owner=owner, posting=posting),
        "attribution": get_engine().attribution,
    }


@register.inclusion_tag("skills/_application_skills.html", takes_context=True)
def application_skills(context: template.Context, application: Application) -> dict[str, Any]:
    """Required and preferred skills of this application's posting, matched or missing,
    each missing one with a "not a requirement" button."""
    return application_skills_context(application) | {"csrf_token": context.get("csrf_token")}


@register.simple_tag
def skills_profile_missing(owner: User) -> bool:
    """True when ``owner`` has confirmed no skill yet (so no fit is shown anywhere)."""
    return not selectors.has_profile(owner=owner)


@register.simple_tag
def not_required_counts(owner: User) -> list[selectors.NotRequiredCount]:
    """Per skill, how many of ``owner``'s postings it was marked not a requirement of."""
    return selectors.not_required_counts(owner=owner)
