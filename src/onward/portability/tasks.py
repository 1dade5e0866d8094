"""Export and import background tasks (idempotent: running one twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.portability import runs


@task()
def finish_abandoned_imports() -> int:
    """Imports interrupted long ago and never resumed: discarded, or completed when they
    had started switching over."""
    return runs.import_runs_finish_abandoned()
