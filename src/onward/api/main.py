"""The JSON API: every app's router mounted under /api/v1/."""

from __future__ import annotations

from ninja import NinjaAPI

import onward
from onward.accounts import api as accounts_api
from onward.api import errors
from onward.api.auth import api_auth
from onward.growth import api as growth_api
from onward.growth import api_progress as progress_api
from onward.skills import api as skills_api
from onward.skills import api_skills
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
# The growth loop (issue 3): the journal, then progress, then the learning plan.
api.add_router("/applications", growth_api.application_feedback)
api.add_router("/feedback-requests", growth_api.feedback_requests)
api.add_router("/reflections", growth_api.reflections)
api.add_router("/feedback", growth_api.feedback)
api.add_router("/checkins", growth_api.checkins)
api.add_router("/reframes", growth_api.reframes)
api.add_router("/wins", progress_api.wins)
api.add_router("/goals", progress_api.goals)
api.add_router("/habits", progress_api.habits)
api.add_router("/follow-ups", progress_api.followups)
api.add_router("/rebound", progress_api.rebound)
api.add_router("/lessons", progress_api.lessons)
api.add_router("/timeline", progress_api.timeline)
api.add_router("/learning-actions", skills_api.learning_actions)
# Skills (issue 4): profile skills, resumes, taxonomy, posting skills, fit and gaps.
api.add_router("/profile-skills", api_skills.profile_skills)
api.add_router("/resumes", api_skills.resumes)
api.add_router("/taxonomy", api_skills.taxonomy)
api.add_router("/skills", api_skills.skills)
api.add_router("/postings", api_skills.posting_skills)
api.add_router("/applications", api_skills.application_skills)


@api.get("/health", auth=None, tags=["meta"])
def health(request: object) -> dict[str, str]:
    return {"status": "ok", "version": onward.__version__}
