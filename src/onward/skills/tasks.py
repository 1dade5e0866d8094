"""The skills app's background tasks (idempotent: running one twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.skills import services


@task()
def analyse_postings() -> int:
    """Postings never analysed, changed, failed, or analysed with another engine: all of
    them, in batches with pauses (an import or a taxonomy install leaves thousands)."""
    return services.postings_analyse_backlog()


@task()
def read_journal() -> int:
    """Reflections and feedback not read for skills yet, or changed since."""
    return services.journal_analyse_pending()
