"""HTML views of the skills app: profile skills and resumes, gaps (and dismissing them),
the posting check, the learning plan, and the rebound flow's next-actions step."""

from __future__ import annotations

from onward.skills.views.adjacent import adjacent_roles, target_role_remove, target_role_save
from onward.skills.views.gaps import gap_dismiss, gap_restore, gaps
from onward.skills.views.insights import check, check_save
from onward.skills.views.learning import (
    learning_complete,
    learning_create,
    learning_delete,
    learning_edit,
    learning_list,
)
from onward.skills.views.next_actions import rebound_next
from onward.skills.views.not_required import not_required, not_required_restore
from onward.skills.views.profile import (
    profile,
    profile_skill_add,
    profile_skill_delete,
    profile_skill_level,
    profile_skills_confirm,
    resume,
    resume_delete,
    taxonomy_search,
)

__all__ = [
    "adjacent_roles",
    "check",
    "check_save",
    "gap_dismiss",
    "gap_restore",
    "gaps",
    "learning_complete",
    "learning_create",
    "learning_delete",
    "learning_edit",
    "learning_list",
    "not_required",
    "not_required_restore",
    "profile",
    "profile_skill_add",
    "profile_skill_delete",
    "profile_skill_level",
    "profile_skills_confirm",
    "rebound_next",
    "resume",
    "resume_delete",
    "target_role_remove",
    "target_role_save",
    "taxonomy_search",
]
