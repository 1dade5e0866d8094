"""Small display helpers for tracker templates (labels, durations, salary ranges)."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.formats import number_format

from onward.tracker.choices import Stage
from onward.tracker.forms import move_label as _move_label
from onward.tracker.models import JobPosting

register = template.Library()
EN_DASH = "\u2013"


@register.filter
def stage_label(value: str) -> str:
    """``"screening"`` -> ``"Screening"``; unknown values pass through."""
    try:
        return str(Stage(value).label)
    except ValueError:
        return value


@register.filter
def move_label(stage: str, current: str) -> str:
    return _move_label(Stage(stage), Stage(current))


def _plural_days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


@register.filter
def days_in_stage(since: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """How long since ``since``, in whole days, as words: "today", "1 day", "12 days"."""
    if since is None:
        return ""
    days = ((now or timezone.now()) - since).days
    return "today" if days <= 0 else _plural_days(days)


@register.filter
def days_ago(since: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "today", "yesterday", "12 days ago"."""
    text = days_in_stage(since, now)
    return {"": "", "today": "today", "1 day": "yesterday"}.get(text, f"{text} ago")


@register.filter
def days(value: float | None) -> str:
    """A duration in days for the stats: "under a day", "2.5 days"."""
    if value is None:
        return EN_DASH
    if value < 1:
        return "under a day"
    rounded = round(value, 1)
    text = f"{rounded:g}"
    return "1 day" if text == "1" else f"{text} days"


@register.filter
def salary(posting: JobPosting) -> str:
    """ "45,000-55,000 EUR per year" (with an en dash), or "" when no amount is known."""
    low, high = posting.salary_min, posting.salary_max
    if low is None and high is None:
        return ""
    amounts = [number_format(n, force_grouping=True) for n in (low, high) if n is not None]
    text = EN_DASH.join(amounts)
    if low is None:
        text = f"up to {text}"
    elif high is None:
        text = f"from {text}"
    if posting.salary_currency:
        text = f"{text} {posting.salary_currency}"
    if posting.salary_period:
        text = f"{text} {posting.get_salary_period_display()}"
    return text


CURRENCY_SIGNS = {"GBP": "£", "EUR": "€", "USD": "$"}
PERIOD_SHORT = {"year": "/yr", "month": "/mo", "day": "/day", "hour": "/h"}


def _short_amount(amount: int) -> str:
    """45000 -> "45k", 45500 -> "45.5k", 450 -> "450"."""
    if amount < 10_000:
        return number_format(amount, force_grouping=True)
    thousands = f"{amount / 1000:.1f}".removesuffix(".0")
    return f"{thousands}k"


@register.filter
def salary_short(posting: JobPosting) -> str:
    """The salary for a small card: "£45k-55k/yr" (with an en dash), "from €500/day"; ""
    when unknown."""
    low, high = posting.salary_min, posting.salary_max
    if low is None and high is None:
        return ""
    sign = CURRENCY_SIGNS.get(posting.salary_currency, "")
    text = EN_DASH.join(_short_amount(n) for n in (low, high) if n is not None)
    text = sign + text
    if posting.salary_currency and not sign:
        text = f"{text} {posting.salary_currency}"
    if low is None:
        text = f"up to {text}"
    elif high is None:
        text = f"from {text}"
    return text + PERIOD_SHORT.get(posting.salary_period, "")


@register.filter
def short_date(day: dt.date | None, today: dt.date | None = None) -> str:
    """ "3 Mar" this year, "3 Mar 2024" before; "" for no date."""
    if day is None:
        return ""
    this_year = (today or timezone.localdate()).year
    return f"{day.day} {day:%b}" if day.year == this_year else f"{day.day} {day:%b %Y}"
