"""The strategy app's background task (idempotent: running it twice changes nothing)."""

from __future__ import annotations

from django_tasks import task

from onward.strategy import services


@task()
def refresh_figures() -> int:
    """Recompute stale strategy figures ahead of the next visit."""
    return services.figures_refresh_all()


@task()
def refresh_owner(owner_id: int) -> bool:
    """Recompute one owner's figures after a page showed the previous ones."""
    return services.figures_refresh(owner_id=owner_id)
