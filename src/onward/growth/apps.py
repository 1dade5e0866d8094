from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search(using: str = "default", **kwargs: Any) -> None:
    # Schema upkeep, not business logic: SQLite drops a table's triggers when a migration
    # rebuilds the table, so the lessons index is re-created after every migrate.
    from django.db import connections

    from onward.growth import search_schema

    search_schema.ensure(connections[using])


class GrowthConfig(AppConfig):
    name = "onward.growth"
    label = "growth"
    verbose_name = "Growth loop"

    def ready(self) -> None:
        post_migrate.connect(_ensure_search, sender=self, dispatch_uid="growth-lessons-search")
