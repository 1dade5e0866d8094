"""The JSON API: every app's router mounted under /api/v1/."""

from __future__ import annotations

from ninja import NinjaAPI

import onward
from onward.accounts import api as accounts_api
from onward.accounts.auth import api_auth
from onward.core.api import errors
from onward.growth.api import (
    checkins,
    feedback,
    followups,
    goals,
    habits,
    lessons,
    rebound,
    reflections,
    reframes,
    rejections,
    wins,
)
from onward.inbox import api as inbox_api
from onward.networking import api as networking_api
from onward.skills.api import adjacent, fit, gaps, learning, profile, resumes, taxonomy
from onward.strategy import api as strategy_api
from onward.timeline import api as timeline_api
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
# The tracker.
api.add_router("/companies", tracker_api.companies)
api.add_router("/postings", tracker_api.postings)
api.add_router("/applications", tracker_api.applications)
api.add_router("/rejections", tracker_api.rejections)
# The growth loop: logging a rejection starts it; the journal, then progress.
api.add_router("/applications", rejections.application_rejection)
api.add_router("/applications", feedback.application_feedback)
api.add_router("/feedback-requests", feedback.feedback_requests)
api.add_router("/reflections", reflections.reflections)
api.add_router("/feedback", feedback.feedback)
api.add_router("/checkins", checkins.checkins)
api.add_router("/reframes", reframes.reframes)
api.add_router("/wins", wins.wins)
api.add_router("/goals", goals.goals)
api.add_router("/habits", habits.habits)
api.add_router("/follow-ups", followups.followups)
api.add_router("/rebound", rebound.rebound)
api.add_router("/lessons", lessons.lessons)
# Everything on one timeline.
api.add_router("/timeline", timeline_api.timeline)
# Skills: the learning plan, profile skills, resumes, taxonomy, posting skills, fit, gaps.
api.add_router("/learning-actions", learning.learning_actions)
api.add_router("/profile-skills", profile.profile_skills)
api.add_router("/resumes", resumes.resumes)
api.add_router("/taxonomy", taxonomy.taxonomy)
api.add_router("/skills", fit.fit_check)
api.add_router("/skills", gaps.gaps)
api.add_router("/skills", adjacent.adjacent)
api.add_router("/postings", fit.posting_skills)
api.add_router("/applications", fit.application_skills)
# Strategy: funnel, segments, findings, diagnosis, response times, experiments, reviews.
api.add_router("/strategy", strategy_api.strategy)

# Networking: contacts, interactions, their part in applications, reminders, warm paths.
api.add_router("/contacts", networking_api.contacts)
api.add_router("/interactions", networking_api.interactions)
api.add_router("/contact-links", networking_api.links)
api.add_router("/applications", networking_api.application_people)
api.add_router("/reminders", networking_api.reminders)
api.add_router("/warm-paths", networking_api.warm_paths)

# The Inbox: imports of mail and other trackers, and the review queue they fill.
api.add_router("/inbox/items", inbox_api.items)
api.add_router("/inbox/imports", inbox_api.imports)
api.add_router("/inbox/settings", inbox_api.settings)


@api.get("/health", auth=None, tags=["meta"])
def health(request: object) -> dict[str, str]:
    return {"status": "ok", "version": onward.__version__}
