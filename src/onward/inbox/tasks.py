"""The Inbox's background task: an import, run in slices (idempotent: each slice continues
after the last whole batch, and a run taken by another worker is left alone)."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from onward.inbox import services
from onward.inbox.choices import RunStatus
from onward.inbox.models import ImportRun

# Shorter than the time after which a worker's run counts as abandoned (30 minutes).
SLICE = dt.timedelta(minutes=10)


@task()
def run_import(run_id: int) -> str:
    """Read an import for up to ``SLICE``, then queue the rest as a new task."""
    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None:
        return "gone"
    try:
        run = services.import_run_execute(run=run, budget=SLICE)
    except Exception as exc:
        ImportRun.objects.filter(pk=run_id, status=RunStatus.RUNNING).update(
            status=RunStatus.FAILED,
            message=f"Something went wrong on our side ({type(exc).__name__}). Resume to try "
            "again: nothing from the unfinished batch was kept.",
        )
        raise
    if run.status == RunStatus.QUEUED:
        run_import.enqueue(run_id)
    return str(run.status)
