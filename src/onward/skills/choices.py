from __future__ import annotations

from django.db import models


class LearningKind(models.TextChoices):
    COURSE = "course", "Course"
    CERTIFICATION = "certification", "Certification"
    VOLUNTEER = "volunteer", "Volunteer work"
    FREELANCE = "freelance", "Freelance or side project"
    PRACTICE = "practice", "Deliberate practice"
    OTHER = "other", "Other"


class LearningStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


class SkillLevel(models.TextChoices):
    UNSET = "", "Not set"
    BEGINNER = "beginner", "Beginner"
    INTERMEDIATE = "intermediate", "Intermediate"
    ADVANCED = "advanced", "Advanced"
    EXPERT = "expert", "Expert"


class SkillSource(models.TextChoices):
    RESUME = "resume", "From your resume"
    MANUAL = "manual", "Added by you"
    LEARNING = "learning", "From your learning plan"
    REFLECTION = "reflection", "From a reflection"


class SkillStatus(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    CONFIRMED = "confirmed", "Confirmed"
    DECLINED = "declined", "Not mine"  # unticked in a review: never suggested again


class Requirement(models.TextChoices):
    """Mirrors ``onward.analysis.skills.requirements`` levels."""

    REQUIRED = "required", "Required"
    PREFERRED = "preferred", "Preferred"
    UNKNOWN = "unknown", "Mentioned"
