"""Turn a skill gap into a learning action linked to the rejections that surfaced it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError

from onward.accounts.models import User
from onward.skills import selectors_gaps
from onward.skills.choices import LearningKind
from onward.skills.engine import get_engine
from onward.skills.models import LearningAction
from onward.skills.services.learning import learning_action_create

KIND_TITLES: dict[str, str] = {
    LearningKind.COURSE: "Take a course in {label}",
    LearningKind.CERTIFICATION: "Get certified in {label}",
    LearningKind.VOLUNTEER: "Use {label} in volunteer work",
    LearningKind.FREELANCE: "Build a side project with {label}",
    LearningKind.PRACTICE: "Practise {label} deliberately",
    LearningKind.OTHER: "Learn {label}",
}


def learning_action_plan(
    *,
    owner: User,
    skill_id: str,
    title: str = "",
    kind: str = LearningKind.COURSE,
    skill_label: str = "",
    hours_planned: float | Decimal | None = None,
    due_on: dt.date | None = None,
    url: str = "",
    notes: str = "",
) -> LearningAction:
    """A learning action for the skill ``skill_id``; when it is a gap, linked to the
    rejected applications whose postings asked for it."""
    gap = selectors_gaps.skill_gap(owner=owner, skill_id=skill_id)
    skill = get_engine().skill(skill_id)
    if gap is None and skill is None:
        raise ValidationError({"skill_id": "Unknown skill."})
    label = skill_label.strip() or (gap.label if gap else skill.label if skill else "")
    applications = selectors_gaps.gap_applications(owner=owner, gap=gap) if gap else []
    return learning_action_create(
        owner=owner,
        title=title.strip() or KIND_TITLES.get(kind, "Learn {label}").format(label=label),
        kind=kind,
        skill_label=label[:200],
        skill_id=skill_id,
        hours_planned=hours_planned,
        due_on=due_on,
        url=url,
        notes=notes,
        applications=applications,
    )
