"""Skills: the learning plan (and, later, profile skills, posting skills and gaps)."""

from __future__ import annotations

from django.db import models

from onward.core.models import OwnedModel
from onward.skills.choices import LearningKind, LearningStatus
from onward.tracker.models import Application


class LearningAction(OwnedModel):
    """One step of the learning plan, linked back to the applications that surfaced it."""

    title = models.CharField(max_length=200)
    kind = models.CharField(
        max_length=14, choices=LearningKind.choices, default=LearningKind.COURSE
    )
    skill_label = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=12, choices=LearningStatus.choices, default=LearningStatus.PLANNED
    )
    hours_planned = models.DecimalField(max_digits=6, decimal_places=1, null=True, blank=True)
    hours_spent = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    due_on = models.DateField(null=True, blank=True)
    url = models.URLField(blank=True, max_length=1000)
    notes = models.TextField(blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    surfaced_by = models.ManyToManyField(Application, blank=True, related_name="learning_actions")
    reframe = models.ForeignKey(
        "growth.Reframe",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_actions",
    )

    class Meta(OwnedModel.Meta):
        ordering = ["status", "due_on", "id"]

    def __str__(self) -> str:
        return self.title
