"""Fixed vocabularies of the strategy app. Stored values are stable: they appear in exports."""

from __future__ import annotations

from django.db import models


class StrategyMetric(models.TextChoices):
    """A funnel step an experiment is judged on (``onward.analysis.strategy.Metric``)."""

    RESPONSE = "response", "Any answer (per application)"
    SCREEN = "screen", "Answers that are a screening call"
    INTERVIEW = "interview", "Screenings that lead to an interview"
    OFFER = "offer", "Interviews that lead to an offer"
    APPLIED_TO_SCREEN = "applied_to_screen", "Applications that lead to a screening"
    APPLIED_TO_INTERVIEW = "applied_to_interview", "Applications that lead to an interview"
    APPLIED_TO_OFFER = "applied_to_offer", "Applications that lead to an offer"


class ExperimentStatus(models.TextChoices):
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
