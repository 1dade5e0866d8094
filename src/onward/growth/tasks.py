"""The growth loop's background tasks (idempotent: running one twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.growth import services


@task()
def mark_unanswered_feedback() -> int:
    """Feedback requests past their waiting time become "no reply"."""
    return services.feedback_requests_mark_no_reply()


@task()
def record_goals_met() -> int:
    """Weekly goals met get their win (once per goal and week)."""
    return services.goals_check_met_all()
