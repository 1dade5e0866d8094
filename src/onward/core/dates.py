"""Small date helpers shared by services and selectors (explicit ``now`` for tests)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def local_today(now: dt.datetime | None = None) -> dt.date:
    return timezone.localdate(now or timezone.now())


def start_of_week(day: dt.date) -> dt.date:
    """Monday of the ISO week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())
