"""Every write to the growth loop. Callers import the package:
``from onward.growth import services`` then ``services.reflection_create(...)``.
"""

from __future__ import annotations

from onward.growth.services.checkins import checkin_create, checkin_delete, wellbeing_dismiss
from onward.growth.services.feedback import (
    feedback_delete,
    feedback_drafts,
    feedback_record,
    feedback_request_get_or_create,
    feedback_request_mark_requested,
    feedback_request_update,
    feedback_requests_mark_no_reply,
    feedback_suggest_themes,
    feedback_update,
)
from onward.growth.services.followups import (
    followup_create,
    followup_delete,
    followup_done,
    followup_reopen,
    followup_update,
)
from onward.growth.services.goals import (
    goal_create,
    goal_delete,
    goal_entry_delete,
    goal_log,
    goal_update,
    goals_check_met,
    goals_check_met_all,
)
from onward.growth.services.habits import (
    habit_check,
    habit_create,
    habit_delete,
    habit_uncheck,
    habit_update,
)
from onward.growth.services.rebound import rebound_advance, rebound_goto, rebound_start
from onward.growth.services.reflections import (
    reflection_create,
    reflection_delete,
    reflection_update,
)
from onward.growth.services.reframes import reframe_create, reframe_delete, reframe_update
from onward.growth.services.rejections import rejection_log
from onward.growth.services.rules import FIELD_RULES
from onward.growth.services.wins import (
    win_add,
    win_delete,
    win_mark_celebrated,
    win_record,
    wins_from_event,
)

__all__ = [
    "FIELD_RULES",
    "checkin_create",
    "checkin_delete",
    "feedback_delete",
    "feedback_drafts",
    "feedback_record",
    "feedback_request_get_or_create",
    "feedback_request_mark_requested",
    "feedback_request_update",
    "feedback_requests_mark_no_reply",
    "feedback_suggest_themes",
    "feedback_update",
    "followup_create",
    "followup_delete",
    "followup_done",
    "followup_reopen",
    "followup_update",
    "goal_create",
    "goal_delete",
    "goal_entry_delete",
    "goal_log",
    "goal_update",
    "goals_check_met",
    "goals_check_met_all",
    "habit_check",
    "habit_create",
    "habit_delete",
    "habit_uncheck",
    "habit_update",
    "rebound_advance",
    "rebound_goto",
    "rebound_start",
    "reflection_create",
    "reflection_delete",
    "reflection_update",
    "reframe_create",
    "reframe_delete",
    "reframe_update",
    "rejection_log",
    "wellbeing_dismiss",
    "win_add",
    "win_delete",
    "win_mark_celebrated",
    "win_record",
    "wins_from_event",
]
