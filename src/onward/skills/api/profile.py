"""Your profile skills: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.skills import selectors, services
from onward.skills.models import ProfileSkill
from onward.skills.schemas.profile import (
    ProfileSkillIn,
    ProfileSkillOut,
    ProfileSkillPatch,
    ProfileSkillQuery,
)

profile_skills = Router(tags=["skills"])


@profile_skills.get("", response=list[ProfileSkillOut])
@paginated
def profile_skill_list(request: HttpRequest, filters: Query[ProfileSkillQuery]) -> Any:
    return selectors.profile_skill_list(owner=current_user(request), status=filters.status)


@profile_skills.post("", response={201: ProfileSkillOut})
def profile_skill_add(request: HttpRequest, payload: ProfileSkillIn) -> Created:
    owner = current_user(request)
    if payload.skill_id:
        skill = services.profile_skill_add(
            owner=owner, skill_id=payload.skill_id, level=payload.level
        )
    else:
        skill = services.profile_skill_add_by_label(
            owner=owner, label=payload.label, level=payload.level
        )
    return Status(201, skill)


@profile_skills.get("/{profile_skill_id}", response=ProfileSkillOut)
def profile_skill_get(request: HttpRequest, profile_skill_id: ObjectId) -> ProfileSkill:
    return selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)


@profile_skills.patch("/{profile_skill_id}", response=ProfileSkillOut)
def profile_skill_update(
    request: HttpRequest, profile_skill_id: ObjectId, payload: ProfileSkillPatch
) -> ProfileSkill:
    skill = selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)
    return services.profile_skill_update(skill=skill, **payload.changes())


@profile_skills.delete("/{profile_skill_id}", response={204: None})
def profile_skill_delete(request: HttpRequest, profile_skill_id: ObjectId) -> NoContent:
    skill = selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)
    services.profile_skill_delete(skill=skill)
    return Status(204, None)
