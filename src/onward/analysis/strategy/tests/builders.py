"""Small builders for hand-written application histories (days counted from T0)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from onward.analysis.strategy.records import ApplicationRecord, StageEvent

T0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def day(n: float) -> dt.datetime:
    return T0 + dt.timedelta(days=n)


def app(key: str, *steps: tuple[str, float], **fields: Any) -> ApplicationRecord:
    """An application whose events are ``(stage, day)`` pairs; interview rounds numbered."""
    events = []
    rounds = 0
    for stage, when in steps:
        rounds += stage == "interview"
        events.append(StageEvent(stage, day(when), rounds if stage == "interview" else None))
    return ApplicationRecord(key=key, events=tuple(events), **fields)


def many(
    prefix: str, count: int, *steps: tuple[str, float], **fields: Any
) -> list[ApplicationRecord]:
    return [app(f"{prefix}-{i:02d}", *steps, **fields) for i in range(count)]
