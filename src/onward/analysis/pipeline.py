"""Stage analytics computed from the application event log alone."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# Stages that mean the employer answered an application.
RESPONSE_STAGES = frozenset({"screening", "interview", "offer", "rejected"})
TERMINAL_STAGES = frozenset({"accepted", "declined", "rejected", "withdrawn"})
FUNNEL_ORDER = ("applied", "screening", "interview", "offer", "accepted")


@dataclass(frozen=True)
class EventPoint:
    key: str
    stage: str
    at: dt.datetime


@dataclass(frozen=True)
class StageDuration:
    stage: str
    finished: int
    ongoing: int
    median_days: float | None
    mean_days: float | None


@dataclass(frozen=True)
class ResponseTime:
    applied: int
    responded: int
    median_days: float | None

    @property
    def rate(self) -> float | None:
        return self.responded / self.applied if self.applied else None


@dataclass(frozen=True)
class StageStats:
    durations: tuple[StageDuration, ...]
    response: ResponseTime
    reached: tuple[tuple[str, int], ...]


def _days(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 86400


def _by_key(points: Iterable[EventPoint]) -> dict[str, list[EventPoint]]:
    grouped: dict[str, list[EventPoint]] = defaultdict(list)
    for point in points:
        grouped[point.key].append(point)
    for events in grouped.values():
        events.sort(key=lambda p: p.at)
    return grouped


def _durations(grouped: dict[str, list[EventPoint]], now: dt.datetime) -> tuple[StageDuration, ...]:
    finished: dict[str, list[float]] = defaultdict(list)
    ongoing: dict[str, int] = defaultdict(int)
    for events in grouped.values():
        for current, following in itertools.pairwise(events):
            finished[current.stage].append(_days(following.at - current.at))
        last = events[-1]
        if last.stage not in TERMINAL_STAGES and last.at <= now:
            ongoing[last.stage] += 1
    stages = sorted(set(finished) | set(ongoing))
    return tuple(
        StageDuration(
            stage=stage,
            finished=len(finished[stage]),
            ongoing=ongoing[stage],
            median_days=statistics.median(finished[stage]) if finished[stage] else None,
            mean_days=statistics.fmean(finished[stage]) if finished[stage] else None,
        )
        for stage in stages
    )


def _response(grouped: dict[str, list[EventPoint]]) -> ResponseTime:
    waits: list[float] = []
    applied = 0
    for events in grouped.values():
        applied_at = next((p.at for p in events if p.stage == "applied"), None)
        if applied_at is None:
            continue
        applied += 1
        answer = next(
            (p.at for p in events if p.stage in RESPONSE_STAGES and p.at >= applied_at), None
        )
        if answer is not None:
            waits.append(_days(answer - applied_at))
    return ResponseTime(
        applied=applied,
        responded=len(waits),
        median_days=statistics.median(waits) if waits else None,
    )


def _reached(grouped: dict[str, list[EventPoint]]) -> tuple[tuple[str, int], ...]:
    rank = {stage: i for i, stage in enumerate(FUNNEL_ORDER)}
    counts = dict.fromkeys(FUNNEL_ORDER, 0)
    for events in grouped.values():
        best = max((rank[p.stage] for p in events if p.stage in rank), default=None)
        if best is None:
            continue
        for stage in FUNNEL_ORDER[: best + 1]:
            counts[stage] += 1
    return tuple(counts.items())


def stage_stats(points: Iterable[EventPoint], *, now: dt.datetime) -> StageStats:
    """Summarise time in each stage, response times and how far applications got.

    ``reached`` counts an application at every funnel stage up to the furthest it got,
    so an application moved straight from applied to interview still counts as screened.
    """
    grouped = _by_key(points)
    return StageStats(
        durations=_durations(grouped, now),
        response=_response(grouped),
        reached=_reached(grouped),
    )
