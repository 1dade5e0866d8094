"""Drafts for a reminder: the note it asks for, in the growth loop's three tones."""

from __future__ import annotations

from onward.analysis.drafts import EmailDraft
from onward.analysis.network_drafts import NetworkNote, NoteKind, note_drafts
from onward.networking.choices import ReminderKind
from onward.networking.models import Reminder

TONE_LABELS = {"brief": "Brief", "warm": "Warm", "specific_question": "One question"}


def note_kind(reminder: Reminder) -> NoteKind | None:
    if reminder.kind == ReminderKind.CUSTOM:
        return None
    return NoteKind(reminder.kind)


def reminder_drafts(reminder: Reminder) -> tuple[EmailDraft, ...]:
    """Three drafts for the reminder's note (none for a reminder of your own)."""
    kind = note_kind(reminder)
    if kind is None:
        return ()
    contact, application = reminder.contact, reminder.application
    company = application.posting.company.name if application else ""
    if not company and contact is not None:
        company = contact.company_label
    note = NetworkNote(
        kind=kind,
        candidate_name=reminder.owner.name,
        contact_name=contact.name if contact else "",
        company=company,
        role_title=application.posting.title if application else "",
        how_met=contact.how_met if contact and not contact.how_met.startswith("Connected") else "",
    )
    return note_drafts(note)
