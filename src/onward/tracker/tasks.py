"""The tracker's background tasks (idempotent: running one twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.tracker import services


@task()
def mark_ghosted() -> int:
    """Mark applications quiet for longer than their owner's ghosting period."""
    return services.applications_mark_ghosted()
