"""``python -m onward.bench insights``: the simulated searches and the scoring of findings."""

from __future__ import annotations

import json
import random

import pytest

from onward.analysis.strategy.funnel import funnel_by
from onward.analysis.strategy.records import Dimension
from onward.analysis.strategy.simulate import Scenario, is_null, simulate_search
from onward.analysis.strategy.steps import Metric
from onward.bench.__main__ import main
from onward.bench.insights import SCENARIOS, parse_sizes, run_insights_bench


@pytest.mark.parametrize("size", [0, 1, 20, 150])
def test_simulated_search_is_a_valid_event_log(size: int) -> None:
    records, now = simulate_search(Scenario(), size, random.Random(3))
    assert len(records) == size
    for record in records:
        stages = [e.stage for e in record.events]
        assert stages[0] == "applied"
        assert [e.at for e in record.events] == sorted(e.at for e in record.events)
        assert all(e.at <= now for e in record.events)
        assert not set(stages[:-1]) & {"rejected", "withdrawn", "accepted", "declined"}


def test_simulated_rates_match_the_truth() -> None:
    scenario = SCENARIOS["referral-30"]
    records, now = simulate_search(scenario, 400, random.Random(11))
    segments = funnel_by(records, Dimension.CHANNEL, now=now, quiet_days=scenario.quiet_days)
    for segment in segments:
        estimate = segment.funnel.step(Metric.RESPONSE).rate.estimate
        assert estimate is not None
        truth = scenario.response_rate(segment.value)
        assert estimate.low - 0.05 < truth < estimate.high + 0.05, segment.value


@pytest.mark.parametrize(
    ("dimension", "metric", "null"),
    [
        pytest.param(Dimension.CHANNEL, Metric.RESPONSE, False, id="channel-response"),
        pytest.param(Dimension.CHANNEL, Metric.APPLIED_TO_INTERVIEW, False, id="channel-overall"),
        pytest.param(Dimension.CHANNEL, Metric.SCREEN, True, id="channel-screen"),
        pytest.param(Dimension.TAILORED, Metric.RESPONSE, True, id="tailored"),
        pytest.param(Dimension.MONTH_APPLIED, Metric.RESPONSE, True, id="month"),
    ],
)
def test_which_comparisons_are_null(dimension: Dimension, metric: Metric, null: bool) -> None:
    assert is_null(SCENARIOS["referral-30"], dimension, metric) is null
    assert is_null(SCENARIOS["null"], dimension, metric)


def test_bench_result_shape_and_determinism() -> None:
    first = run_insights_bench(runs=4, seed=5, sizes=(20, 60), scenarios=["referral-30", "null"])
    again = run_insights_bench(runs=4, seed=5, sizes=(20, 60), scenarios=["referral-30", "null"])
    assert set(first["scenarios"]) == {"referral-30", "null"}
    sizes = first["scenarios"]["referral-30"]["sizes"]
    assert set(sizes) == {"20", "60"}
    for name in ("power", "false_alarm_rate", "wrong_direction_rate"):
        share = sizes["60"][name]
        assert 0 <= share["rate"] <= 1 and share["interval_90"][0] <= share["interval_90"][1]
    assert set(first["targets"]["power_at_60"]) == {"referral-30"}  # the null has no power
    for scenario in ("referral-30", "null"):
        for size in ("20", "60"):
            left = dict(first["scenarios"][scenario]["sizes"][size], seconds=0)
            right = dict(again["scenarios"][scenario]["sizes"][size], seconds=0)
            assert left == right


def test_null_searches_raise_few_false_alarms() -> None:
    result = run_insights_bench(runs=30, seed=9, sizes=(60,), scenarios=["null"])
    alarms = result["scenarios"]["null"]["sizes"]["60"]["false_alarm_rate"]["hits"]
    assert alarms <= 3  # a regression guard; the bench measures the real rate


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"runs": 0}, "--runs", id="no-runs"),
        pytest.param({"runs": 1, "scenarios": ["nope"]}, "unknown scenario", id="bad-scenario"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        run_insights_bench(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "a,b", "0", "20,-1"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(ValueError):
        parse_sizes(text)


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["insights", "--runs", "2", "--sizes", "20", "--scenario", "fresh", "--seed", "3"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["runs_per_size"] == 2 and list(result["scenarios"]) == ["fresh"]


def test_cli_reports_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["insights", "--runs", "1", "--sizes", "x"]) == 2
    assert "error:" in capsys.readouterr().err
