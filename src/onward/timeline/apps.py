from __future__ import annotations

from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "onward.timeline"
    label = "timeline"
    verbose_name = "Timeline"
