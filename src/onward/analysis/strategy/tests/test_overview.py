"""One reading of the log gives the same figures as each part on its own."""

from __future__ import annotations

import random

from onward.analysis.strategy.calibration import calibration_by_fit
from onward.analysis.strategy.diagnosis import diagnose
from onward.analysis.strategy.experiments import Experiment, experiment_result
from onward.analysis.strategy.funnel import Funnel, funnel, funnel_by
from onward.analysis.strategy.overview import overview
from onward.analysis.strategy.records import Dimension
from onward.analysis.strategy.segments import compare_segments
from onward.analysis.strategy.simulate import Scenario, simulate_search
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.timing import response_times


def test_overview_agrees_with_each_part() -> None:
    records, now = simulate_search(Scenario(), 120, random.Random(4))
    experiment = Experiment("e1", records[60].events[0].at.date(), 10, Metric.RESPONSE)
    whole = overview(records, now=now, quiet_days=21, experiments=[experiment])
    assert whole.funnel == funnel(records, now=now, quiet_days=21)
    assert whole.report == compare_segments(records, now=now, quiet_days=21)
    assert whole.diagnosis == diagnose(whole.funnel)
    assert whole.times == response_times(records, now=now)
    assert whole.calibration == calibration_by_fit(records, now=now, quiet_days=21)
    assert whole.experiments == (experiment_result(experiment, records, now=now, quiet_days=21),)
    channels = [s for s in whole.segments if s.dimension == Dimension.CHANNEL]
    alone = funnel_by(records, Dimension.CHANNEL, now=now, quiet_days=21)
    assert [s.value for s in channels] == [s.value for s in alone]
    for counted, listed in zip(channels, alone, strict=True):  # the same, in numbers only
        assert _numbers(counted.funnel) == _numbers(listed.funnel)
        assert counted.funnel.steps[0].rate.tally.converted == ()  # no application lists


def _numbers(whole: Funnel) -> list[object]:
    rates = [s.rate for s in (*whole.steps, *whole.overall)] + [r.rate for r in whole.rounds]
    return [whole.reached, *((r.tally.numbers(), r.estimate) for r in rates)]


def test_overview_of_nothing() -> None:
    records, now = simulate_search(Scenario(), 0, random.Random(1))
    whole = overview(records, now=now, quiet_days=21)
    assert whole.funnel.applications == 0 and whole.segments == () and whole.experiments == ()
