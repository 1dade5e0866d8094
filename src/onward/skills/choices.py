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
