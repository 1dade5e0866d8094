from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from onward import __version__


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "onward_version": __version__,
        "signup_enabled": settings.SIGNUP_ENABLED,
        "server_mode": settings.SERVER_MODE,
    }
