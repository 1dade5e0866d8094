"""Base model for everything a user owns."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class OwnedModel(models.Model):
    """A row that belongs to exactly one user.

    ``uid`` is the stable identity used by export/import (unique per owner);
    ``id`` stays the internal key used in URLs.
    """

    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "uid"], name="%(app_label)s_%(class)s_owner_uid_unique"
            )
        ]

    def save(self, *args: Any, touch: bool = True, **kwargs: Any) -> None:
        if touch and self.pk is not None:
            self.updated_at = timezone.now()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "updated_at"}
        super().save(*args, **kwargs)


class ScheduleState(models.Model):
    """When a periodic task is next due. One row per task name; the scheduler locks it, so
    several processes enqueue each run once (see ``core.background``)."""

    name = models.CharField(max_length=100, primary_key=True)
    task_path = models.CharField(max_length=200, blank=True)
    due_at = models.DateTimeField(default=timezone.now)
    last_enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} (due {self.due_at:%Y-%m-%d %H:%M})"


class ChangeStamp(models.Model):
    """A random token per owner and owned table, replaced by database triggers on every
    write to that table (see ``core.changes``); caches are keyed by these tokens.

    ``owner_id`` is a plain number, not a foreign key: the triggers write it while an
    account's rows are deleted, before the account itself."""

    owner_id = models.BigIntegerField()
    table_name = models.CharField(max_length=100)
    token = models.CharField(max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner_id", "table_name"], name="core_changestamp_once")
        ]

    def __str__(self) -> str:
        return f"{self.table_name} of {self.owner_id}: {self.token}"
