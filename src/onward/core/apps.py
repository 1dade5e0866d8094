from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "onward.core"
    label = "core"

    def ready(self) -> None:
        from onward.core import versions

        post_migrate.connect(
            versions.install_triggers, sender=self, dispatch_uid="core-owner-version-triggers"
        )
