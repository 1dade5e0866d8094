from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_change_stamps(using: str = "default", **kwargs: Any) -> None:
    # Schema upkeep: SQLite drops a table's triggers when a migration rebuilds the table,
    # and new owned tables need theirs, so the change-stamp triggers are checked after
    # every migrate.
    from django.db import connections

    from onward.core import changes

    changes.ensure(connections[using])


class CoreConfig(AppConfig):
    name = "onward.core"
    label = "core"

    def ready(self) -> None:
        post_migrate.connect(_ensure_change_stamps, sender=self, dispatch_uid="core-change-stamps")
