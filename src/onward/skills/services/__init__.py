"""Every write to the skills app. Callers import the package:
``from onward.skills import services`` then ``services.resume_add(...)``.
"""

from __future__ import annotations

from django.db import models

from onward.core.services import FieldRules
from onward.skills.models import GapDismissal, LearningAction, Resume, description_hash
from onward.skills.services import learning, resumes
from onward.skills.services.gaps import REASON_MAX, gap_dismiss, gap_restore
from onward.skills.services.journal import journal_analyse, journal_analyse_pending
from onward.skills.services.learning import (
    learning_action_complete,
    learning_action_create,
    learning_action_delete,
    learning_action_update,
)
from onward.skills.services.not_required import posting_skill_dismiss, posting_skill_restore
from onward.skills.services.plan import learning_action_plan
from onward.skills.services.postings import (
    PostingProgress,
    posting_progress,
    posting_skills_refresh,
    posting_skills_refresh_safely,
    postings_analyse_backlog,
    postings_analyse_pending,
)
from onward.skills.services.profile import (
    profile_skill_add,
    profile_skill_add_by_label,
    profile_skill_delete,
    profile_skill_learned,
    profile_skill_update,
    profile_skills_confirm,
    profile_skills_review,
    profile_skills_suggest,
    resolve_label,
)
from onward.skills.services.resumes import (
    MAX_UPLOAD_BYTES,
    ResumeAdded,
    resume_add,
    resume_add_file,
    resume_delete,
    resume_text_from_file,
)
from onward.skills.services.target_roles import target_role_remove, target_role_save_occupation

# The text limits these services enforce inline, as data for writers that build rows
# themselves (import; see core.services.FieldRules).
FIELD_RULES: dict[type[models.Model], FieldRules] = {
    GapDismissal: FieldRules(max_lengths={"reason": REASON_MAX}),
    LearningAction: FieldRules(max_lengths=learning.TEXT_LIMITS),
    Resume: FieldRules(max_lengths={"text": resumes.MAX_TEXT}),
}

__all__ = [
    "FIELD_RULES",
    "MAX_UPLOAD_BYTES",
    "PostingProgress",
    "ResumeAdded",
    "description_hash",
    "gap_dismiss",
    "gap_restore",
    "journal_analyse",
    "journal_analyse_pending",
    "learning_action_complete",
    "learning_action_create",
    "learning_action_delete",
    "learning_action_plan",
    "learning_action_update",
    "posting_progress",
    "posting_skill_dismiss",
    "posting_skill_restore",
    "posting_skills_refresh",
    "posting_skills_refresh_safely",
    "postings_analyse_backlog",
    "postings_analyse_pending",
    "profile_skill_add",
    "profile_skill_add_by_label",
    "profile_skill_delete",
    "profile_skill_learned",
    "profile_skill_update",
    "profile_skills_confirm",
    "profile_skills_review",
    "profile_skills_suggest",
    "resolve_label",
    "resume_add",
    "resume_add_file",
    "resume_delete",
    "resume_text_from_file",
    "target_role_remove",
    "target_role_save_occupation",
]
