"""Skills: the learning plan, your profile skills and resumes, the skills of postings, and
the gaps you marked as not relevant."""

from __future__ import annotations

import hashlib

from django.db import models

from onward.core.models import OwnedModel
from onward.growth.models import Feedback, Reflection
from onward.skills.choices import (
    LearningKind,
    LearningStatus,
    Requirement,
    SkillLevel,
    SkillSource,
    SkillStatus,
)
from onward.tracker.models import Application, JobPosting

SKILL_ID_LENGTH = 300  # ESCO concept URIs are ~90 characters; room to spare


def description_hash(text: str) -> str:
    """What a posting's analysis is keyed by: the description, trimmed."""
    return hashlib.sha256(text.strip().encode("utf-8", errors="replace")).hexdigest()


class LearningAction(OwnedModel):
    """One step of the learning plan, linked back to the applications that surfaced it."""

    title = models.CharField(max_length=200)
    kind = models.CharField(
        max_length=14, choices=LearningKind.choices, default=LearningKind.COURSE
    )
    skill_label = models.CharField(max_length=200, blank=True)
    skill_id = models.CharField(max_length=SKILL_ID_LENGTH, blank=True)
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


class Resume(OwnedModel):
    """A resume as text (pasted, or read from an uploaded file), kept for its evidence."""

    filename = models.CharField(max_length=255, blank=True)
    text = models.TextField()

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.filename or f"Resume of {self.created_at:%Y-%m-%d}"


class ProfileSkill(OwnedModel):
    """A skill you have: suggested (from a resume, learning...) until you confirm it."""

    skill_id = models.CharField(max_length=SKILL_ID_LENGTH)
    label = models.CharField(max_length=200)
    taxonomy_key = models.CharField(max_length=80, blank=True)
    level = models.CharField(max_length=12, choices=SkillLevel.choices, blank=True)
    source = models.CharField(max_length=10, choices=SkillSource.choices)
    status = models.CharField(
        max_length=10, choices=SkillStatus.choices, default=SkillStatus.SUGGESTED
    )
    evidence = models.TextField(blank=True, help_text="Where the skill was found.")

    class Meta(OwnedModel.Meta):
        ordering = ["label", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner", "skill_id"], name="skills_profile_skill_once"),
        ]

    def __str__(self) -> str:
        return self.label


class PostingSkill(OwnedModel):
    """A skill mention found in a posting's description (derived; recomputed on change)."""

    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="skills")
    skill_id = models.CharField(max_length=SKILL_ID_LENGTH)
    label = models.CharField(max_length=200)
    taxonomy_key = models.CharField(max_length=80)
    surface = models.CharField(max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    method = models.CharField(max_length=10)
    score = models.FloatField()
    requirement = models.CharField(max_length=10, choices=Requirement.choices)
    sentence = models.TextField()
    description_hash = models.CharField(max_length=64)

    class Meta(OwnedModel.Meta):
        ordering = ["posting_id", "start", "id"]
        indexes = [models.Index(fields=["owner", "skill_id"])]

    def __str__(self) -> str:
        return f"{self.label} in posting {self.posting_id}"


class PostingAnalysis(OwnedModel):
    """When a posting's description was last analysed, so unchanged text is skipped and
    failed or outdated analyses (another taxonomy) are picked up by the backfill job."""

    posting = models.OneToOneField(
        JobPosting, on_delete=models.CASCADE, related_name="skill_analysis"
    )
    description_hash = models.CharField(max_length=64)
    taxonomy_key = models.CharField(max_length=80, blank=True)
    analysed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta(OwnedModel.Meta):
        verbose_name_plural = "posting analyses"

    def __str__(self) -> str:
        return f"Analysis of posting {self.posting_id}"


class JournalAnalysis(OwnedModel):
    """When a reflection or a piece of feedback was last read for skills named as missing
    (derived; recomputed by a background job when the text or the taxonomy changes). The
    skills found are its ``skills``; ``taxonomy_key`` is the engine's journal key."""

    reflection = models.OneToOneField(
        Reflection,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="skill_analysis",
    )
    feedback = models.OneToOneField(
        Feedback, null=True, blank=True, on_delete=models.CASCADE, related_name="skill_analysis"
    )
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    on = models.DateField()
    source_updated_at = models.DateTimeField()
    taxonomy_key = models.CharField(max_length=80)

    class Meta(OwnedModel.Meta):
        verbose_name_plural = "journal analyses"
        constraints = [
            *OwnedModel.Meta.constraints,
            models.CheckConstraint(
                condition=(
                    models.Q(reflection__isnull=False, feedback__isnull=True)
                    | models.Q(reflection__isnull=True, feedback__isnull=False)
                ),
                name="skills_journalanalysis_one_source",
            ),
        ]

    def __str__(self) -> str:
        source = f"reflection {self.reflection_id}" if self.reflection_id else "feedback"
        return f"Skills named in {source}"


class NamedSkill(OwnedModel):
    """A skill named as missing in a reflection or in feedback (derived)."""

    analysis = models.ForeignKey(JournalAnalysis, on_delete=models.CASCADE, related_name="skills")
    skill_id = models.CharField(max_length=SKILL_ID_LENGTH)
    label = models.CharField(max_length=200)
    sentence = models.TextField()

    class Meta(OwnedModel.Meta):
        ordering = ["analysis_id", "id"]
        indexes = [models.Index(fields=["owner", "skill_id"])]

    def __str__(self) -> str:
        return f"{self.label} named as missing"


class GapDismissal(OwnedModel):
    """A gap you marked "not relevant to me" (a false match, or a skill you deliberately do
    not pursue): hidden from your gaps until you restore it."""

    skill_id = models.CharField(max_length=SKILL_ID_LENGTH)
    label = models.CharField(max_length=200)
    reason = models.TextField(blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["label", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner", "skill_id"], name="skills_gap_dismissal_once"),
        ]

    def __str__(self) -> str:
        return f"{self.label} (dismissed)"


class PostingSkillDismissal(OwnedModel):
    """A skill you marked "not a requirement" of one posting: the extractor read it from the
    text, but the job does not ask for it (a benefit, a company description, a greeting).
    It leaves that posting's fit and your gaps, until you restore it; counted per skill,
    these are the extractor's mistakes, as data."""

    posting = models.ForeignKey(
        JobPosting, on_delete=models.CASCADE, related_name="skill_dismissals"
    )
    skill_id = models.CharField(max_length=SKILL_ID_LENGTH)
    label = models.CharField(max_length=200)
    sentence = models.TextField(blank=True, help_text="Where the skill was read.")

    class Meta(OwnedModel.Meta):
        ordering = ["posting_id", "label", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["owner", "posting", "skill_id"], name="skills_posting_dismissal_once"
            ),
        ]
        indexes = [models.Index(fields=["owner", "skill_id"])]

    def __str__(self) -> str:
        return f"{self.label}: not a requirement of posting {self.posting_id}"
