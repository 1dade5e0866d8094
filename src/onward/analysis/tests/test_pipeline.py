from __future__ import annotations

import datetime as dt

from onward.analysis.pipeline import EventPoint, stage_stats

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def day(n: float) -> dt.datetime:
    return T0 + dt.timedelta(days=n)


def test_stage_stats_from_events_alone() -> None:
    points = [
        EventPoint("a", "applied", day(0)),
        EventPoint("a", "screening", day(4)),
        EventPoint("a", "interview", day(10)),
        EventPoint("a", "rejected", day(20)),
        EventPoint("b", "applied", day(1)),
        EventPoint("b", "rejected", day(3)),
        EventPoint("c", "applied", day(2)),
        EventPoint("c", "ghosted", day(40)),
        EventPoint("d", "saved", day(5)),
    ]
    stats = stage_stats(points, now=day(50))
    by_stage = {d.stage: d for d in stats.durations}
    assert by_stage["applied"].finished == 3
    assert by_stage["applied"].median_days == 4
    assert by_stage["screening"].median_days == 6
    assert by_stage["ghosted"].ongoing == 1
    assert by_stage["saved"].ongoing == 1
    assert "rejected" not in by_stage  # terminal: no time spent "in" it
    # a and b got an answer (screening, rejection); c was ghosted, which is no answer.
    assert (stats.response.applied, stats.response.responded) == (3, 2)
    assert stats.response.median_days == 3  # median of 4 and 2
    assert stats.response.rate == 2 / 3
    assert dict(stats.reached) == {
        "applied": 3,
        "screening": 1,
        "interview": 1,
        "offer": 0,
        "accepted": 0,
    }


def test_events_out_of_order_are_sorted() -> None:
    points = [EventPoint("a", "screening", day(3)), EventPoint("a", "applied", day(1))]
    stats = stage_stats(points, now=day(4))
    assert stats.response.median_days == 2


def test_empty() -> None:
    stats = stage_stats([], now=T0)
    assert stats.durations == ()
    assert stats.response.rate is None
