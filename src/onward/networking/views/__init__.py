"""HTML views of the networking app, one module per page group."""

from __future__ import annotations

from onward.networking.views.applications import (
    application_link,
    interview,
    referral,
    warm_paths,
)
from onward.networking.views.calendar import (
    calendar,
    digest_update,
    export_ics,
    feed,
    feed_create,
    feed_revoke,
)
from onward.networking.views.contacts import (
    contact_create,
    contact_delete,
    contact_detail,
    contact_edit,
    contact_list,
    contact_vcard,
    duplicates,
    export_vcard,
    interaction_add,
    interaction_delete,
    link_add,
    link_delete,
    merge,
    referral_ask,
)
from onward.networking.views.imports import import_contacts
from onward.networking.views.reminders import (
    reminder_detail,
    reminder_dismiss,
    reminder_done,
    reminder_list,
    reminder_snooze,
)

__all__ = [
    "application_link",
    "calendar",
    "contact_create",
    "contact_delete",
    "contact_detail",
    "contact_edit",
    "contact_list",
    "contact_vcard",
    "digest_update",
    "duplicates",
    "export_ics",
    "export_vcard",
    "feed",
    "feed_create",
    "feed_revoke",
    "import_contacts",
    "interaction_add",
    "interaction_delete",
    "interview",
    "link_add",
    "link_delete",
    "merge",
    "referral",
    "referral_ask",
    "reminder_detail",
    "reminder_dismiss",
    "reminder_done",
    "reminder_list",
    "reminder_snooze",
    "warm_paths",
]
