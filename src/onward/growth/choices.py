"""Fixed vocabularies of the growth loop. Stored values are stable: they appear in exports."""

from __future__ import annotations

from django.db import models


class ReflectionKind(models.TextChoices):
    AFTER_REJECTION = "after_rejection", "After a rejection"
    AFTER_INTERVIEW = "after_interview", "After an interview"
    AFTER_APPLICATION = "after_application", "After applying"
    GENERAL = "general", "General"


class Control(models.TextChoices):
    WITHIN = "within", "Within my control"
    OUTSIDE = "outside", "Outside my control"
    UNSURE = "unsure", "Not sure"


class FeedbackStatus(models.TextChoices):
    NOT_REQUESTED = "not_requested", "Not requested"
    REQUESTED = "requested", "Requested"
    REPLIED = "replied", "Replied"
    NO_REPLY = "no_reply", "No reply"


class FeedbackTheme(models.TextChoices):
    """Mirrors ``onward.analysis.feedback`` theme values."""

    RESUME = "resume", "Resume"
    INTERVIEW_PERFORMANCE = "interview_performance", "Interview performance"
    TECHNICAL_SKILLS = "technical_skills", "Technical skills"
    EXPERIENCE_LEVEL = "experience_level", "Experience level"
    CULTURE_FIT = "culture_fit", "Culture / team fit"
    COMMUNICATION = "communication", "Communication"
    COMPETITION = "competition", "Competition / other candidate"
    PROCESS_CHANGE = "process_change", "Process / role change"
    OTHER = "other", "Other"


class DraftTone(models.TextChoices):
    BRIEF = "brief", "Brief"
    WARM = "warm", "Warm"
    SPECIFIC_QUESTION = "specific_question", "With one specific question"


class CheckInContext(models.TextChoices):
    MANUAL = "manual", "Any time"
    AFTER_REJECTION = "after_rejection", "After a rejection"
    AFTER_INTERVIEW = "after_interview", "After an interview"
    AFTER_APPLICATION = "after_application", "After applying"


class WinKind(models.TextChoices):
    INTERVIEW_INVITATION = "interview_invitation", "Interview invitation"
    STAGE_REACHED = "stage_reached", "Reached a new stage"
    OFFER = "offer", "Offer"
    FEEDBACK_RECEIVED = "feedback_received", "Feedback received"
    GOAL_MET = "goal_met", "Weekly goal met"
    LEARNING_COMPLETED = "learning_completed", "Learning completed"
    NEW_CONTACT = "new_contact", "New contact"
    HABIT_STREAK = "habit_streak", "Habit streak"
    EXPERIMENT_COMPLETED = "experiment_completed", "Experiment completed"
    MANUAL = "manual", "Added by you"


class GoalMetric(models.TextChoices):
    TAILORED_APPLICATIONS = "tailored_applications", "Tailored applications sent"
    OUTREACH_MESSAGES = "outreach_messages", "Outreach messages"
    LEARNING_HOURS = "learning_hours", "Learning hours"
    PRACTICE_SESSIONS = "practice_sessions", "Practice sessions"
    CUSTOM = "custom", "Custom count"


class HabitKind(models.TextChoices):
    EXERCISE = "exercise", "Exercise"
    STRESS = "stress", "Stress management"
    HOBBY = "hobby", "Hobby"
    REST = "rest", "Rest & sleep"
    SOCIAL = "social", "Social"
    OTHER = "other", "Other"


class Cadence(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class ReboundStep(models.TextChoices):
    REFLECT = "reflect", "Reflect"
    FEEDBACK = "feedback", "Ask for feedback"
    CHECKIN = "checkin", "Check in"
    REFRAME = "reframe", "Reframe"
    NEXT = "next", "Next actions"
    DONE = "done", "Done"


REBOUND_ORDER = [
    ReboundStep.REFLECT,
    ReboundStep.FEEDBACK,
    ReboundStep.CHECKIN,
    ReboundStep.REFRAME,
    ReboundStep.NEXT,
]
