"""Start Django for CLI commands, turning configuration errors into one clear line."""

from __future__ import annotations

import os

import django
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from onward.cli.output import fail

_ready = False


def setup_django() -> None:
    global _ready
    if _ready or apps.ready:  # already configured (e.g. by pytest-django)
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.config.settings")
    try:
        django.setup()
    except ImproperlyConfigured as exc:
        fail(f"configuration: {exc}")
    _ready = True


def ensure_migrated() -> bool:
    """Apply pending migrations (a fresh install has none applied). Returns whether any
    were applied."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if not executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return False
    call_command("migrate", interactive=False, verbosity=0)
    return True
