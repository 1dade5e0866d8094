"""The JSON API: every app's router mounted under /api/v1/."""

from __future__ import annotations

from ninja import NinjaAPI

import onward
from onward.accounts import api as accounts_api
from onward.api import errors
from onward.api.auth import api_auth
from onward.tracker import api as tracker_api

api = NinjaAPI(
    title="Onward API",
    version="1",
    description="Owner-scoped JSON API for Onward. Authenticate with a personal token: "
    "`Authorization: Bearer onw_...` (create one under Account, or `onward user token`).",
    auth=api_auth,
    urls_namespace="api",
)
errors.install(api)

api.add_router("/me", accounts_api.me)
api.add_router("/tokens", accounts_api.tokens)
api.add_router("/companies", tracker_api.companies)
api.add_router("/postings", tracker_api.postings)
api.add_router("/applications", tracker_api.applications)
api.add_router("/rejections", tracker_api.rejections)


@api.get("/health", auth=None, tags=["meta"])
def health(request: object) -> dict[str, str]:
    return {"status": "ok", "version": onward.__version__}
