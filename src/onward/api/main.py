"""The JSON API: every app's router mounted under /api/v1/."""

from __future__ import annotations

from ninja import NinjaAPI

import onward
from onward.api import errors
from onward.api.auth import api_auth

api = NinjaAPI(
    title="Onward API",
    version="1",
    description="Owner-scoped JSON API for Onward. Authenticate with a personal token: "
    "`Authorization: Bearer onw_...` (create one under Account, or `onward user token`).",
    auth=api_auth,
    urls_namespace="api",
)
errors.install(api)


@api.get("/health", auth=None, tags=["meta"])
def health(request: object) -> dict[str, str]:
    return {"status": "ok", "version": onward.__version__}
