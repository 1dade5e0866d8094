"""The networking app's background tasks (idempotent: running one twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.networking import services


@task()
def refresh_reminders() -> int:
    """Thank-yous after interviews, follow-ups, stay-in-touch notes, keep-warm cadences."""
    return services.reminders_refresh_all()


@task()
def send_digests() -> int:
    """The daily or weekly reminders email, once per period and person (SMTP configured)."""
    return services.digests_send_due()
