"""The field rules the growth services enforce, as data (see ``core.services.FieldRules``).

The services check these inline as they build each row (``check_not_future``,
``clean_text(..., max_length=...)``); writers that build rows themselves (import) apply this
table, so the same values are refused everywhere. Keep the two in step.
"""

from __future__ import annotations

from django.db import models

from onward.core.services import FieldRules
from onward.growth.models import (
    CheckIn,
    Feedback,
    FeedbackRequest,
    FollowUp,
    GoalEntry,
    HabitCheck,
    Reframe,
    Win,
)
from onward.growth.services.feedback import MAX_FEEDBACK
from onward.growth.services.reframes import MAX_TEXT, REFRAME_TEXTS

FIELD_RULES: dict[type[models.Model], FieldRules] = {
    CheckIn: FieldRules(moments=("at",)),
    Feedback: FieldRules(days=("received_on",), max_lengths={"text": MAX_FEEDBACK}),
    FeedbackRequest: FieldRules(
        days=("requested_on", "replied_on"), max_lengths={"body": MAX_FEEDBACK}
    ),
    FollowUp: FieldRules(max_lengths={"notes": 5000}),
    GoalEntry: FieldRules(days=("on",)),
    HabitCheck: FieldRules(days=("on",)),
    Reframe: FieldRules(max_lengths=dict.fromkeys(REFRAME_TEXTS, MAX_TEXT)),
    Win: FieldRules(moments=("occurred_at",), max_lengths={"note": 5000}),
}
