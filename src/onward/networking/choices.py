"""Fixed vocabularies of the networking app. Stored values are stable: they appear in exports."""

from __future__ import annotations

from django.db import models


class ContactSource(models.TextChoices):
    MANUAL = "manual", "Added by you"
    LINKEDIN = "linkedin", "LinkedIn import"
    VCARD = "vcard", "vCard import"


class ContactRole(models.TextChoices):
    """The part a contact played in an application."""

    RECRUITER = "recruiter", "Recruiter"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    INTERVIEWER = "interviewer", "Interviewer"
    REFERRER = "referrer", "Referrer"
    PEER = "peer", "Peer"


class InteractionKind(models.TextChoices):
    EMAIL = "email", "Email"
    CALL = "call", "Call"
    VIDEO = "video", "Video call"
    COFFEE = "coffee", "Coffee chat"
    MESSAGE = "message", "Message"
    INTERVIEW = "interview", "Interview"
    THANK_YOU = "thank_you", "Thank-you note"
    REFERRAL_ASKED = "referral_asked", "Referral asked"
    REFERRAL_GIVEN = "referral_given", "Referral given"


class ReminderKind(models.TextChoices):
    THANK_YOU = "thank_you", "Thank-you note"
    FOLLOW_UP = "follow_up", "Follow-up"
    STAY_IN_TOUCH = "stay_in_touch", "Stay in touch"
    KEEP_WARM = "keep_warm", "Keep warm"
    REFERRAL_ASK = "referral_ask", "Ask for a referral"
    CUSTOM = "custom", "Reminder"


class ReminderStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    DISMISSED = "dismissed", "Dismissed"  # by you, or no longer needed


class DigestFrequency(models.TextChoices):
    OFF = "off", "Off"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly (Mondays)"


class DigestStatus(models.TextChoices):
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    EMPTY = "empty", "Nothing was due"


# What completing a reminder can log with its contact.
REMINDER_INTERACTION = {
    ReminderKind.THANK_YOU: InteractionKind.THANK_YOU,
    ReminderKind.FOLLOW_UP: InteractionKind.EMAIL,
    ReminderKind.STAY_IN_TOUCH: InteractionKind.MESSAGE,
    ReminderKind.KEEP_WARM: InteractionKind.MESSAGE,
    ReminderKind.REFERRAL_ASK: InteractionKind.REFERRAL_ASKED,
}
