"""An import in progress: the records it has written so far belong to a hidden staging
account until the run switches them to the importing account in one short transaction."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportRun(models.Model):
    """One import into ``owner`` (at most one at a time), resumable after a crash.

    ``staging`` is an inactive account that owns every row the run has written; nothing in
    Onward shows another account's rows, so they stay invisible until the switch moves
    them to ``owner`` (or the run is discarded and they are deleted).
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    staging = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    digest = models.CharField(max_length=64, help_text="SHA-256 of the file being imported.")
    started_at = models.DateTimeField(default=timezone.now)
    heartbeat_at = models.DateTimeField(default=timezone.now)
    # Set once the rows start moving to ``owner``: from then on the run is completed, never
    # discarded (see ``runs.import_runs_finish_abandoned``).
    switching = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"import into user {self.owner_id} (started {self.started_at:%Y-%m-%d %H:%M})"
