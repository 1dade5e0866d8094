"""Growth loop models: reflections, feedback, check-ins, reframes, wins, goals, habits."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from onward.core.models import OwnedModel
from onward.growth.choices import (
    Cadence,
    CheckInContext,
    Control,
    DraftTone,
    FeedbackStatus,
    GoalMetric,
    HabitKind,
    ReboundStep,
    ReflectionKind,
    WinKind,
)
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Rejection

_SCALE = [MinValueValidator(1), MaxValueValidator(5)]


class Reflection(OwnedModel):
    """A structured reflection after an application, an interview round or a rejection."""

    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.CASCADE, related_name="reflections"
    )
    event = models.ForeignKey(
        ApplicationEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=ReflectionKind.choices)
    went_well = models.TextField(blank=True)
    lacked = models.TextField(blank=True, help_text="Qualifications you felt you lacked.")
    skill_tags = models.JSONField(default=list, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]
        # perf: the reflections page and API read them newest first.
        indexes = [models.Index(fields=["owner", "created_at"])]

    def __str__(self) -> str:
        return f"Reflection {self.get_kind_display().lower()}"


class UnsureMoment(OwnedModel):
    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="moments")
    stage = models.CharField(max_length=10, choices=Stage.choices, blank=True)
    interview_round = models.PositiveSmallIntegerField(null=True, blank=True)
    question = models.TextField(blank=True, help_text="The question you were asked, if any.")
    note = models.TextField(blank=True, help_text="What made you feel unsure.")

    class Meta(OwnedModel.Meta):
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.question[:60] or self.note[:60]


class ControlFactor(OwnedModel):
    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="factors")
    text = models.CharField(max_length=300)
    control = models.CharField(max_length=8, choices=Control.choices, default=Control.UNSURE)

    class Meta(OwnedModel.Meta):
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text


class FeedbackRequest(OwnedModel):
    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="feedback_request"
    )
    status = models.CharField(
        max_length=14, choices=FeedbackStatus.choices, default=FeedbackStatus.NOT_REQUESTED
    )
    contact_name = models.CharField(max_length=150, blank=True)
    contact_email = models.EmailField(blank=True)
    tone = models.CharField(max_length=20, choices=DraftTone.choices, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    requested_on = models.DateField(null=True, blank=True)
    no_reply_after_days = models.PositiveSmallIntegerField(
        default=14, validators=[MinValueValidator(1), MaxValueValidator(180)]
    )
    replied_on = models.DateField(null=True, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Feedback request ({self.get_status_display().lower()})"


class Feedback(OwnedModel):
    """Feedback from an employer, kept verbatim, tagged by theme (confirmed by the user)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="feedback")
    request = models.ForeignKey(
        FeedbackRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    received_on = models.DateField(default=timezone.localdate)
    text = models.TextField()
    themes = models.JSONField(default=list, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-received_on", "-id"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return self.text[:60]


class CheckIn(OwnedModel):
    at = models.DateTimeField(default=timezone.now)
    mood = models.PositiveSmallIntegerField(validators=_SCALE)
    energy = models.PositiveSmallIntegerField(validators=_SCALE)
    note = models.CharField(max_length=280, blank=True)
    context = models.CharField(
        max_length=20, choices=CheckInContext.choices, default=CheckInContext.MANUAL
    )
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="checkins"
    )

    class Meta(OwnedModel.Meta):
        ordering = ["-at", "-id"]
        # perf: newest first (the check-ins page, the timeline): without it SQLite sorted
        # all of an owner's check-ins.
        indexes = [models.Index(fields=["owner", "at"])]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(mood__gte=1, mood__lte=5, energy__gte=1, energy__lte=5),
                name="growth_checkin_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"Mood {self.mood}, energy {self.energy}"


class Reframe(OwnedModel):
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="reframes"
    )
    thought = models.TextField(help_text='The thought, e.g. "I\'m not good enough".')
    evidence_for = models.TextField(blank=True)
    evidence_against = models.TextField(blank=True)
    balanced_view = models.TextField(blank=True)
    points_toward = models.TextField(
        blank=True, help_text="Roles, companies, skills or ways of applying to try next."
    )

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.thought[:60]


class Goal(OwnedModel):
    """A weekly goal on an input you control. Streaks count inputs, never outcomes."""

    metric = models.CharField(max_length=24, choices=GoalMetric.choices)
    label = models.CharField(max_length=120, blank=True, help_text="Name for a custom count.")
    target = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    active = models.BooleanField(default=True)
    started_on = models.DateField(default=timezone.localdate)
    reframe = models.ForeignKey(
        Reframe, null=True, blank=True, on_delete=models.SET_NULL, related_name="goals"
    )

    class Meta(OwnedModel.Meta):
        ordering = ["-active", "metric", "id"]

    def __str__(self) -> str:
        return self.label or self.get_metric_display()


class GoalEntry(OwnedModel):
    """A logged amount toward a goal (outreach sent, hours learned, sessions practised...)."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="entries")
    on = models.DateField(default=timezone.localdate)
    amount = models.DecimalField(max_digits=6, decimal_places=2, default=1)
    note = models.CharField(max_length=200, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-on", "-id"]
        verbose_name_plural = "goal entries"

    def __str__(self) -> str:
        return f"{self.amount} on {self.on}"


class Habit(OwnedModel):
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=HabitKind.choices, default=HabitKind.OTHER)
    cadence = models.CharField(max_length=6, choices=Cadence.choices, default=Cadence.DAILY)
    active = models.BooleanField(default=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-active", "name"]

    def __str__(self) -> str:
        return self.name


class HabitCheck(OwnedModel):
    habit = models.ForeignKey(Habit, on_delete=models.CASCADE, related_name="checks")
    on = models.DateField(default=timezone.localdate)

    class Meta(OwnedModel.Meta):
        ordering = ["-on"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["habit", "on"], name="growth_habitcheck_once_a_day"),
        ]

    def __str__(self) -> str:
        return f"{self.habit_id} on {self.on}"


class Win(OwnedModel):
    """A win: recorded automatically from real events, or added by hand."""

    kind = models.CharField(max_length=24, choices=WinKind.choices)
    title = models.CharField(max_length=200)
    note = models.TextField(blank=True)
    occurred_at = models.DateTimeField(default=timezone.now)
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="wins"
    )
    # Identifies what an automatic win came from ("event:<uid>"), so it is recorded once.
    source_key = models.CharField(max_length=120, blank=True)
    celebrated_at = models.DateTimeField(null=True, blank=True)
    # An automatic win the user removed: kept hidden so it is not recorded again.
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-occurred_at", "-id"]
        # perf: wins are read newest first (the wins page, the dashboard, the timeline):
        # without it SQLite sorted all of an owner's wins for every page of them.
        indexes = [
            models.Index(fields=["owner", "occurred_at"]),
            # Every page asks whether there are new wins to celebrate (usually none):
            # without it, that read walked all of the owner's wins.
            models.Index(
                fields=["owner"],
                condition=Q(celebrated_at__isnull=True, hidden_at__isnull=True),
                name="growth_win_to_celebrate",
            ),
            # The timeline's goals met, newest first: one kind among thousands of wins.
            models.Index(fields=["owner", "kind", "occurred_at"]),
            # The timeline marks its page's items whose win exists (``win_keys``: source
            # keys looked up by value); SQLite cannot use the partial unique index below
            # for that, and (without statistics) prefers walking the owner's wins.
            models.Index(fields=["source_key"]),
        ]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["owner", "source_key"],
                condition=~Q(source_key=""),
                name="growth_win_once_per_source",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class FollowUp(OwnedModel):
    title = models.CharField(max_length=200)
    due_on = models.DateField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.CASCADE, related_name="follow_ups"
    )
    notes = models.TextField(blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["done_at", "due_on", "id"]

    def __str__(self) -> str:
        return self.title


class ReboundFlow(OwnedModel):
    """Progress through the guided flow after a rejection: skippable, resumable."""

    rejection = models.OneToOneField(Rejection, on_delete=models.CASCADE, related_name="rebound")
    step = models.CharField(max_length=10, choices=ReboundStep.choices, default=ReboundStep.REFLECT)
    skipped = models.JSONField(default=list, blank=True)
    reflection = models.ForeignKey(
        Reflection, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checkin = models.ForeignKey(
        CheckIn, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reframe = models.ForeignKey(
        Reframe, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Rebound after rejection {self.rejection_id} ({self.step})"


class GuardrailDismissal(OwnedModel):
    """The user dismissed the "lighter week" suggestion; it stays quiet for a while after."""

    dismissed_at = models.DateTimeField(default=timezone.now)

    class Meta(OwnedModel.Meta):
        ordering = ["-dismissed_at", "-id"]

    def __str__(self) -> str:
        return f"Guardrail dismissed at {self.dismissed_at:%Y-%m-%d}"
