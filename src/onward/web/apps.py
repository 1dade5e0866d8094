from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "onward.web"
    label = "web"
