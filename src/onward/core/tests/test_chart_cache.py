"""Chart keys: exactly the data drawn, the chart's name and the drawing code's version."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.core import chart_cache


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(("mood", (1, 2)), ("mood", (1, 3)), id="other-data"),
        pytest.param(("mood", (1, 2)), ("wins", (1, 2)), id="other-chart"),
        pytest.param(("mood", (1.0,)), ("mood", (1.5,)), id="other-float"),
        pytest.param(
            ("mood", (dt.date(2026, 3, 2),)), ("mood", (dt.date(2026, 3, 3),)), id="other-day"
        ),
    ],
)
def test_different_data_or_charts_get_different_keys(
    a: tuple[str, object], b: tuple[str, object]
) -> None:
    assert chart_cache.chart_key(*a) != chart_cache.chart_key(*b)
    assert chart_cache.chart_key(*a) == chart_cache.chart_key(*a)


def test_the_code_version_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = chart_cache.chart_key("mood", (1, 2))
    monkeypatch.setattr(chart_cache, "code_version", lambda: "another")
    assert chart_cache.chart_key("mood", (1, 2)) != key


def test_data_without_a_value_repr_is_refused() -> None:
    with pytest.raises(ValueError, match="no value repr"):
        chart_cache.chart_key("mood", object())
