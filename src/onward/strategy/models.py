"""Strategy: experiments you run on your search, reviews you hold, and the cached figures."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from onward.core.models import OwnedModel
from onward.strategy.choices import ExperimentStatus, StrategyMetric


class Experiment(OwnedModel):
    """One change tried on purpose for a while, judged on one funnel step chosen in advance.

    Applications applied from ``started_on`` to ``ended_on`` (or today while it runs) are
    the experiment's; those before ``started_on`` are its baseline.
    """

    name = models.CharField(max_length=200, help_text='The change, e.g. "Tailor every resume".')
    hypothesis = models.TextField(blank=True, help_text="What you expect it to change, and why.")
    metric = models.CharField(max_length=24, choices=StrategyMetric.choices)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    target_count = models.PositiveSmallIntegerField(default=10)
    status = models.CharField(
        max_length=10, choices=ExperimentStatus.choices, default=ExperimentStatus.RUNNING
    )
    completed_at = models.DateTimeField(null=True, blank=True)
    learned = models.TextField(blank=True, help_text="What you took from it.")
    source = models.CharField(
        max_length=60, blank=True, help_text="The suggestion it started from, if any."
    )

    class Meta(OwnedModel.Meta):
        ordering = ["-started_on", "-id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="strategy_experiment_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(target_count__gte=1), name="strategy_experiment_target_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class StrategyReview(OwnedModel):
    """A strategy review: the 1-3 changes committed to, and the evidence shown then."""

    reviewed_at = models.DateTimeField()
    commitments = models.JSONField(default=list)
    note = models.TextField(blank=True)
    snapshot = models.JSONField(default=dict, blank=True, help_text="The figures it showed.")

    class Meta(OwnedModel.Meta):
        ordering = ["-reviewed_at", "-id"]

    def __str__(self) -> str:
        return f"Strategy review of {self.reviewed_at:%Y-%m-%d}"


class ReviewPromptDismissal(OwnedModel):
    """ "Not now" on the dashboard's review prompt: it waits for the next reason to ask."""

    dismissed_at = models.DateTimeField()

    class Meta(OwnedModel.Meta):
        ordering = ["-dismissed_at", "-id"]


class FigureCache(models.Model):
    """The owner's strategy figures, computed once per version of their data.

    ``fingerprint`` names that version (counts and latest changes of the inputs, the day,
    the format); ``payload`` is the pickled ``strategy.figures.Figures``. Derived data:
    never exported, rebuilt when missing or unreadable.
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    fingerprint = models.CharField(max_length=200)
    payload = models.BinaryField()
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Strategy figures of user {self.owner_id}"
