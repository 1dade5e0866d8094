from __future__ import annotations

from django.apps import AppConfig


class NetworkingConfig(AppConfig):
    name = "onward.networking"
    label = "networking"
