"""The field rules the networking services enforce, as data (see ``core.services.FieldRules``).

The services check these inline as they build each row (``check_not_future``,
``clean_text(..., max_length=...)``); writers that build rows themselves (import) apply this
table, so the same values are refused everywhere. Keep the two in step.
"""

from __future__ import annotations

from django.db import models

from onward.core.services import FieldRules
from onward.networking.models import Contact, Interaction, Reminder
from onward.networking.services.contacts import TEXT_FIELDS

FIELD_RULES: dict[type[models.Model], FieldRules] = {
    Contact: FieldRules(max_lengths=TEXT_FIELDS),
    Interaction: FieldRules(days=("occurred_on",), max_lengths={"notes": 100_000}),
    Reminder: FieldRules(max_lengths={"title": 300, "notes": 20_000}),
}
