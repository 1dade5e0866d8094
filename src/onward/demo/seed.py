"""Demo data: a realistic sample job search (filled in by the demo module)."""

from __future__ import annotations

from onward.accounts.models import User


def demo_seed_if_empty(*, owner: User) -> bool:
    return False
