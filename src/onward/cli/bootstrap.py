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
