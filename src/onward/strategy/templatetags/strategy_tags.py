"""Showing rates with their interval and sample size, and probabilities in plain words."""

from __future__ import annotations

from typing import Any

from django import template

from onward.strategy import wording
from onward.strategy.figures import RateView

register = template.Library()


@register.inclusion_tag("strategy/_rate.html")
def rate_cell(rate: RateView, bar: bool = True) -> dict[str, Any]:
    """A rate as "about 33%, 18 to 52%" with its counts and a small interval bar, or
    "not enough data yet" with its counts."""
    shape = None
    if bar and rate.enough:
        assert rate.mean is not None and rate.low is not None and rate.high is not None
        shape = {
            "low": round(rate.low * 100, 1),
            "width": max(round((rate.high - rate.low) * 100, 1), 0.8),
            "mean": round(rate.mean * 100, 1),
        }
    return {"rate": rate, "shape": shape}


@register.filter
def pct(value: float | None) -> str:
    return wording.percent(value)


@register.filter
def chance(value: float | None) -> str:
    return wording.chance(value)


@register.filter
def days(value: float | None) -> str:
    if value is None:
        return "-"
    whole = round(value)
    return "under a day" if whole < 1 else f"{whole} day{'s' * (whole != 1)}"


@register.filter
def dimension_label(value: str) -> str:
    return wording.DIMENSIONS.get(value, value)


@register.filter
def channel_label(value: str) -> str:
    return wording.value_label("channel", value)


@register.filter
def metric_label(value: str) -> str:
    return wording.STEP_NAMES.get(value, value)


@register.filter
def not_enough(reason: str) -> str:
    """ "Not enough data yet: 5 and 50 counted; ..." without the repeated opening."""
    prefix = "Not enough data yet: "
    text = reason[len(prefix) :] if reason.startswith(prefix) else reason
    return text[:1].upper() + text[1:]
