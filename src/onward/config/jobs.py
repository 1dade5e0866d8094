"""The periodic jobs of every app, assembled at the top so each target is a plain import."""

from __future__ import annotations

import threading

from onward.core import jobs as runner
from onward.core.jobs import Job
from onward.growth import services as growth_services
from onward.skills import services as skills_services
from onward.tracker import services as tracker_services

JOBS: tuple[Job, ...] = (
    Job("mark ghosted applications", 3600, tracker_services.applications_mark_ghosted),
    Job(
        "mark unanswered feedback requests",
        3600,
        growth_services.feedback_requests_mark_no_reply,
    ),
    Job("record weekly goals met", 3600, growth_services.goals_check_met_all),
    # Runs until nothing is pending, in batches with pauses (an import, a taxonomy install).
    Job("analyse postings' skills", 60, skills_services.postings_analyse_backlog),
    Job("read reflections and feedback for skills", 60, skills_services.journal_analyse_pending),
)


def run_once() -> dict[str, object]:
    return runner.run_once(JOBS)


def run_forever(stop: threading.Event) -> None:
    runner.run_forever(stop, JOBS)


def start_background(stop: threading.Event) -> threading.Thread:
    return runner.start_background(stop, JOBS)
