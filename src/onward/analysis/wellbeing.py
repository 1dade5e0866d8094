"""Wellbeing guardrail: mood trend, a gentle "lighter week" suggestion, a caring note
after repeated very low check-ins, control sorting.

Everything is explained and configurable, nothing is diagnostic: the suggestion fires only
when several recent rejections coincide with a dip in the user's own check-ins that is
still there (not when the latest check-ins are climbing), it never fires on rejections
alone, and it stays quiet for a week after being dismissed. Numbers are said in words
("mostly low"), not as averages like 1.33/5.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class CheckIn:
    day: dt.date
    mood: int  # 1 (low) .. 5 (good)
    energy: int  # 1 (drained) .. 5 (energised)

    def __post_init__(self) -> None:
        for name in ("mood", "energy"):
            if not 1 <= getattr(self, name) <= 5:
                raise ValueError(f"{name} must be between 1 and 5")


MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "great"}
ENERGY_WORDS = {1: "drained", 2: "tired", 3: "steady", 4: "lively", 5: "strong"}


def word_for(words: dict[int, str], value: float) -> str:
    """A 1-5 mean in the check-in form's own words: 1.33 -> "very low"."""
    return words[min(5, max(1, round(value)))]


class Direction(StrEnum):
    DOWN = "down"
    FLAT = "flat"
    UP = "up"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class MoodTrend:
    count: int  # check-ins considered (the last ``last_n``)
    first_day: dt.date | None
    last_day: dt.date | None
    mean_mood: float | None
    mean_energy: float | None
    slope_per_week: float | None  # least-squares change in mood per 7 days
    rolling_mood: tuple[tuple[dt.date, float], ...]  # mean of each check-in and the 2 before
    direction: Direction
    reason: str
    recent_mood: float | None = None  # mean of the latest three check-ins


@dataclass(frozen=True)
class GuardrailRules:
    window_days: int = 14  # rejections counted in the last N days, today included
    min_rejections: int = 3
    mood_floor: float = 2.5  # a mean of the latest three at or below this counts as low
    falling_per_week: float = -0.25  # a slope at or below this counts as trending down
    last_n: int = 7  # check-ins in the trend
    checkin_days: int = 21  # check-ins older than this are ignored
    min_checkins: int = 2
    quiet_days: int = 7  # after a dismissal


@dataclass(frozen=True)
class Suggestion:
    title: str
    message: str
    focus_ideas: tuple[str, ...]
    reasons: tuple[str, ...]
    trend: MoodTrend
    recent_rejections: int


def _rolling(points: Sequence[CheckIn], size: int = 3) -> tuple[tuple[dt.date, float], ...]:
    out = []
    for index, point in enumerate(points):
        window = points[max(0, index - size + 1) : index + 1]
        out.append((point.day, round(statistics.fmean(c.mood for c in window), 2)))
    return tuple(out)


def _slope_per_week(points: Sequence[CheckIn]) -> float | None:
    if len(points) < 2 or points[0].day == points[-1].day:
        return None
    xs = [(p.day - points[0].day).days for p in points]
    slope, _ = statistics.linear_regression(xs, [p.mood for p in points])
    return round(slope * 7, 2)


_HOW = {
    Direction.UP: "your mood is getting better",
    Direction.DOWN: "your mood has been dipping",
    Direction.FLAT: "your mood is about the same",
    Direction.UNKNOWN: "too early to see a trend",
}


def _direction(slope: float | None, falling: float) -> Direction:
    if slope is None:
        return Direction.UNKNOWN
    if slope <= falling:
        return Direction.DOWN
    return Direction.UP if slope >= -falling else Direction.FLAT


def mood_trend(
    checkins: Iterable[CheckIn], *, last_n: int = 7, falling_per_week: float = -0.25
) -> MoodTrend:
    """Mean mood/energy and the mood slope over the last ``last_n`` check-ins (by date)."""
    points = sorted(checkins, key=lambda c: c.day)[-last_n:]
    if not points:
        return MoodTrend(
            0, None, None, None, None, None, (), Direction.UNKNOWN, "No check-ins yet."
        )
    mean_mood = round(statistics.fmean(p.mood for p in points), 2)
    mean_energy = round(statistics.fmean(p.energy for p in points), 2)
    slope = _slope_per_week(points)
    direction = _direction(slope, falling_per_week)
    span = f"{len(points)} check-in{'s' if len(points) != 1 else ''}"
    span += f" from {points[0].day.isoformat()} to {points[-1].day.isoformat()}"
    how = _HOW[direction]
    reason = (
        f"Over {span}: mood mostly {word_for(MOOD_WORDS, mean_mood)}, energy mostly "
        f"{word_for(ENERGY_WORDS, mean_energy)}; {how}."
    )
    return MoodTrend(
        len(points),
        points[0].day,
        points[-1].day,
        mean_mood,
        mean_energy,
        slope,
        _rolling(points),
        direction,
        reason,
        round(statistics.fmean(p.mood for p in points[-3:]), 2),
    )


def _recent(days: Iterable[dt.date], today: dt.date, window: int) -> list[dt.date]:
    start = today - dt.timedelta(days=window - 1)
    return [day for day in days if start <= day <= today]


def _why(trend: MoodTrend, rejections: int, rules: GuardrailRules) -> list[str]:
    """Reasons the guardrail fires; empty when it should stay quiet."""
    if rejections < rules.min_rejections or trend.count < rules.min_checkins:
        return []
    low = trend.recent_mood is not None and trend.recent_mood <= rules.mood_floor
    # Follow the recent trend: a low stretch that is clearly lifting needs no suggestion.
    if trend.direction == Direction.UP or (trend.direction != Direction.DOWN and not low):
        return []
    reasons = [f"{rejections} rejections in the last {rules.window_days} days."]
    if trend.direction == Direction.DOWN:
        reasons.append("Your mood has been dipping in your recent check-ins.")
    if low and trend.recent_mood is not None:
        word = word_for(MOOD_WORDS, trend.recent_mood)
        reasons.append(f"Your latest check-ins were mostly {word}.")
    return reasons


def _ideas(trend: MoodTrend, weekly_target: int | None) -> tuple[str, ...]:
    lighter = max(1, round(weekly_target / 3)) if weekly_target else 2
    applications = f"Send {lighter} tailored application{'s' if lighter != 1 else ''}"
    if weekly_target and weekly_target > lighter:
        applications += f" instead of {weekly_target}"
    ideas = [
        f"{applications}: fewer, better, and enough for this week.",
        "One practice session: a single interview question you found hard, out loud.",
        "A walk or a habit you enjoy, counted as progress too.",
    ]
    if trend.mean_energy is not None and trend.mean_energy <= 2.5:
        ideas.append("One evening completely off from the job search.")
    return tuple(ideas)


def lighter_week_suggestion(
    checkins: Iterable[CheckIn],
    rejections: Iterable[dt.date],
    today: dt.date,
    *,
    dismissed_at: dt.date | None = None,
    weekly_target: int | None = None,
    rules: GuardrailRules | None = None,
) -> Suggestion | None:
    """Suggest a lighter week after a run of rejections with a dip in mood, or None."""
    rules = rules or GuardrailRules()
    if dismissed_at is not None and (today - dismissed_at).days < rules.quiet_days:
        return None
    since = today - dt.timedelta(days=rules.checkin_days - 1)
    recent_checkins = [c for c in checkins if since <= c.day <= today]
    trend = mood_trend(
        recent_checkins, last_n=rules.last_n, falling_per_week=rules.falling_per_week
    )
    count = len(_recent(rejections, today, rules.window_days))
    reasons = _why(trend, count, rules)
    if not reasons:
        return None
    message = (
        f"It has been a heavy stretch: {count} rejections in two weeks, and your check-ins "
        "show it. That is a normal reaction, not a failing. If it helps, make this a lighter "
        "week and aim for a few things that are fully in your hands."
    )
    return Suggestion(
        title="A lighter week?",
        message=message,
        focus_ideas=_ideas(trend, weekly_target),
        reasons=tuple(reasons),
        trend=trend,
        recent_rejections=count,
    )


class Control(StrEnum):
    WITHIN = "within"
    OUTSIDE = "outside"
    UNSURE = "unsure"


@dataclass(frozen=True)
class FactorGuess:
    factor: str
    control: Control
    cue: str | None  # the phrase the guess relied on, as written in ``factor``
    start: int | None
    end: int | None
    reason: str


# (pattern, control, weight): first-person words are weak cues, named situations strong.
_CONTROL_CUES: tuple[tuple[str, Control, float], ...] = (
    (r"my|i|i'm|i'd|i've|me|myself", Control.WITHIN, 1.0),
    (
        r"answers?|answered|prepar\w*|practi[cs]\w*|research\w*|examples?|cv|r[eé]sum[eé]"
        r"|cover letter|portfolio|follow(?:ed)?[- ]up|tailor\w*|explain\w*|question I asked"
        r"|nerves|nervous|rushed|skills?|studied|study|learn\w*|notes|pitch|story|negotiat\w*",
        Control.WITHIN,
        1.5,
    ),
    (
        r"they|their|them|the (?:company|team|panel|hiring manager)|interviewers?|recruiters?",
        Control.OUTSIDE,
        1.0,
    ),
    (
        r"hired internally|internal (?:candidate|hire)|market|economy|budget|hiring freeze"
        r"|freeze|on hold|role (?:was )?(?:closed|cancell?ed|withdrawn)|restructur\w*|reorg\w*"
        r"|another candidate|other candidates?|competition|applicants|ghost\w*|luck|timing"
        r"|visa|sponsorship|salary band|headcount|layoffs?"
        r"|bias\w*|years of experience",
        Control.OUTSIDE,
        2.0,
    ),
)
_CONTROL_RX = [
    (re.compile(rf"(?<![\w'])(?:{p})(?![\w'])", re.IGNORECASE), c, w) for p, c, w in _CONTROL_CUES
]
_CONTROL_WORDS = {
    Control.WITHIN: "within your control: something you can practise or change",
    Control.OUTSIDE: "outside your control: about them or the circumstances",
}


def _guess(factor: str) -> FactorGuess:
    hits = [(m, c, w) for rx, c, w in _CONTROL_RX for m in rx.finditer(factor)]
    totals = {c: sum(w for _, hc, w in hits if hc == c) for c in _CONTROL_WORDS}
    if not hits or totals[Control.WITHIN] == totals[Control.OUTSIDE]:
        reason = "No clear cue either way: you decide." if not hits else "Cues point both ways."
        return FactorGuess(factor, Control.UNSURE, None, None, None, reason)
    control = max(totals, key=lambda c: totals[c])
    match, _, _ = max((h for h in hits if h[1] == control), key=lambda h: (h[2], -h[0].start()))
    reason = f'"{match.group()}" suggests this is {_CONTROL_WORDS[control]}.'
    return FactorGuess(factor, control, match.group(), match.start(), match.end(), reason)


def sort_factors(factors: list[str]) -> list[FactorGuess]:
    """Guess "within my control" vs "outside my control" for short reflection factors.

    A guess only: the user confirms or flips it. Blank factors are skipped.
    """
    return [_guess(factor) for factor in factors if factor.strip()]


# --- repeated very low check-ins ---------------------------------------------------------


@dataclass(frozen=True)
class Resource:
    """Somewhere to find support: shown as given, configured by whoever runs Onward."""

    name: str
    detail: str
    url: str = ""


@dataclass(frozen=True)
class CareNote:
    title: str
    message: str
    resources: tuple[Resource, ...]
    reasons: tuple[str, ...]


def care_note(
    checkins: Iterable[CheckIn],
    today: dt.date,
    resources: Sequence[Resource],
    *,
    run: int = 3,
    within_days: int = 14,
) -> CareNote | None:
    """A caring note, with where to find support, when the latest ``run`` check-ins (all
    within ``within_days``) were each "very low". Never a diagnosis; it goes away with the
    next check-in that is not very low."""
    points = sorted(checkins, key=lambda c: c.day)
    latest = [c for c in points if c.day <= today][-run:]
    if len(latest) < run or any(c.mood != 1 for c in latest):
        return None
    if (today - latest[0].day).days >= within_days:
        return None
    message = (
        f"Your last {run} check-ins were very low. That sounds really hard, and you don't "
        "have to carry it on your own. Talking to someone can help, whether it is about "
        "the job search or anything else."
    )
    reason = f"Your {run} latest check-ins, since {latest[0].day.isoformat()}, were very low."
    return CareNote("How are you doing?", message, tuple(resources), (reason,))
