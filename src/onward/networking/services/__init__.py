"""Every write of the networking app. Callers import the package:
``services.contact_create(...)``, ``services.interview_log(...)``."""

from __future__ import annotations

from onward.networking.services.contacts import (
    contact_create,
    contact_delete,
    contact_merge,
    contact_update,
    contacts_link_companies,
    contacts_link_company,
)
from onward.networking.services.digest import (
    digest_send,
    digests_send_due,
    network_settings_get,
    network_settings_update,
)
from onward.networking.services.feed import (
    calendar_feed_create,
    calendar_feed_owner,
    calendar_feed_revoke,
)
from onward.networking.services.imports import (
    ImportSummary,
    contacts_import_linkedin,
    contacts_import_vcard,
    guess_format,
)
from onward.networking.services.interactions import (
    application_contact_link,
    application_contact_unlink,
    interaction_delete,
    interaction_log,
    interaction_update,
    interview_log,
    referral_record,
)
from onward.networking.services.reminders import (
    referral_ask_plan,
    reminder_complete,
    reminder_create,
    reminder_delete,
    reminder_dismiss,
    reminder_reopen,
    reminder_snooze,
    reminder_update,
    reminders_refresh,
    reminders_refresh_all,
)
from onward.networking.services.rules import FIELD_RULES

__all__ = [
    "FIELD_RULES",
    "ImportSummary",
    "application_contact_link",
    "application_contact_unlink",
    "calendar_feed_create",
    "calendar_feed_owner",
    "calendar_feed_revoke",
    "contact_create",
    "contact_delete",
    "contact_merge",
    "contact_update",
    "contacts_import_linkedin",
    "contacts_import_vcard",
    "contacts_link_companies",
    "contacts_link_company",
    "digest_send",
    "digests_send_due",
    "guess_format",
    "interaction_delete",
    "interaction_log",
    "interaction_update",
    "interview_log",
    "network_settings_get",
    "network_settings_update",
    "referral_ask_plan",
    "referral_record",
    "reminder_complete",
    "reminder_create",
    "reminder_delete",
    "reminder_dismiss",
    "reminder_reopen",
    "reminder_snooze",
    "reminder_update",
    "reminders_refresh",
    "reminders_refresh_all",
]
