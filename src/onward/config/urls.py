from __future__ import annotations

from django.urls import include, path

from onward.config.api import api

urlpatterns = [
    path("", include("onward.web.urls")),
    path("accounts/", include("onward.accounts.urls")),
    path("accounts/data/", include("onward.portability.urls")),
    path("applications/", include("onward.tracker.urls")),
    path("growth/", include("onward.timeline.urls")),  # /growth/ itself
    path("growth/", include("onward.growth.urls")),
    path("", include("onward.skills.urls")),  # /learning/ and /skills/
    path("api/v1/", api.urls),
]

handler404 = "onward.web.views.not_found"
handler500 = "onward.web.views.server_error"
