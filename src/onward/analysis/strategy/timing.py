"""How long answers take, by channel and by company, and which applications are overdue.

The time to first response is from applying to the employer's first move (a screening
call, an interview, an offer or a rejection). Only answers that came are timed: silence
has no duration, and answers still to come are unknown, so these figures describe the
answers you got (slow answers to recent applications are not in yet).

Each group reports n, the median and the spread (first and third quartiles) once it has
``MIN_TIMING_N`` answers. An open application that has had no answer (and is not
already marked ghosted) is **overdue** once it has waited longer than the third quartile
of its channel (three in four answers through that channel came sooner), or of all
channels when its channel has too few.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onward.analysis.strategy.progress import Milestone, Progress, read_progress
from onward.analysis.strategy.records import ApplicationRecord

MIN_TIMING_N = 5
"""Fewest answers in a group before its typical time is shown."""
ALL = "all"


@dataclass(frozen=True)
class ResponseTime:
    group: str  # a channel, a company, or "all"
    n: int  # answers timed
    median_days: float | None  # None without enough answers
    q1_days: float | None
    q3_days: float | None
    reason: str

    @property
    def enough(self) -> bool:
        return self.median_days is not None


@dataclass(frozen=True)
class Overdue:
    key: str
    channel: str
    waited_days: float
    usual_days: float  # the third quartile it is compared with
    compared_with: str  # its channel, or "all"
    reason: str


@dataclass(frozen=True)
class ResponseTimes:
    overall: ResponseTime
    by_channel: tuple[ResponseTime, ...]
    by_company: tuple[ResponseTime, ...]
    overdue: tuple[Overdue, ...]


def _days(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 86_400


def _summary(group: str, waits: Sequence[float]) -> ResponseTime:
    if len(waits) < MIN_TIMING_N:
        reason = f"Not enough data yet: {len(waits)} answers timed, {MIN_TIMING_N} needed."
        return ResponseTime(group, len(waits), None, None, None, reason)
    q1, median, q3 = statistics.quantiles(waits, n=4, method="inclusive")
    reason = (
        f"{len(waits)} answers: half came within {median:.0f} days, "
        f"the middle half between {q1:.0f} and {q3:.0f} days."
    )
    return ResponseTime(group, len(waits), median, q1, q3, reason)


def _wait(progress: Progress) -> float | None:
    applied, answered = progress.applied_at, progress.at(Milestone.RESPONSE)
    return None if applied is None or answered is None else _days(answered - applied)


def _overdue(
    items: Sequence[tuple[ApplicationRecord, Progress]],
    channels: dict[str, ResponseTime],
    overall: ResponseTime,
    now: dt.datetime,
) -> tuple[Overdue, ...]:
    late = []
    for record, progress in items:
        if not progress.is_open or progress.ghosted or progress.at(Milestone.RESPONSE):
            continue
        assert progress.applied_at is not None
        own = channels.get(record.channel)
        usual = own if own is not None and own.enough else overall
        if usual.q3_days is None:
            continue
        waited = _days(now - progress.applied_at)
        if waited > usual.q3_days:
            reason = (
                f"Waiting {waited:.0f} days; three in four answers ({usual.group}) "
                f"came within {usual.q3_days:.0f}."
            )
            late.append(
                Overdue(record.key, record.channel, waited, usual.q3_days, usual.group, reason)
            )
    return tuple(sorted(late, key=lambda o: -o.waited_days))


def _grouped(pairs: Iterable[tuple[str, float]]) -> dict[str, list[float]]:
    groups: dict[str, list[float]] = defaultdict(list)
    for name, wait in pairs:
        if name:
            groups[name].append(wait)
    return dict(sorted(groups.items()))


def response_times(records: Iterable[ApplicationRecord], *, now: dt.datetime) -> ResponseTimes:
    """Typical time to a first answer, overall, by channel and by company; overdue ones."""
    items = [(r, p) for r in records if (p := read_progress(r)).applied_at is not None]
    timed = [(r, w) for r, p in items if (w := _wait(p)) is not None]
    overall = _summary(ALL, [w for _, w in timed])
    by_channel = {g: _summary(g, w) for g, w in _grouped((r.channel, w) for r, w in timed).items()}
    by_company = tuple(
        _summary(g, w) for g, w in _grouped((r.company, w) for r, w in timed).items()
    )
    return ResponseTimes(
        overall=overall,
        by_channel=tuple(by_channel.values()),
        by_company=by_company,
        overdue=_overdue(items, by_channel, overall, now),
    )
