"""Plan the demo job search as plain data; ``seed`` writes the plan through the services.

Timelines are built backwards from the last event, so every story ends inside its window
before ``now``. Employer events fall on weekdays, each event on a later day than the one
before, and nothing lands on or after the day of ``now``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from django.utils import timezone

from onward.demo import data, messages, texts
from onward.demo.data import CompanySpec, RoleSpec, Story
from onward.demo.messages import RejectionText
from onward.tracker.choices import Stage, WorkMode

SEED = 20240917
# At most this many rejections on one day, where moving one a day or two earlier helps.
REJECTIONS_A_DAY = 2
REJECTION_TRIES = 2
_T = TypeVar("_T")


@dataclass(frozen=True)
class PlannedEvent:
    stage: Stage
    at: dt.datetime
    interview_kind: str = ""
    note: str = ""
    rejection: RejectionText | None = None


@dataclass(frozen=True)
class PlannedApplication:
    story: str
    company: CompanySpec
    posting: dict[str, Any]
    fields: dict[str, Any]
    events: tuple[PlannedEvent, ...]


class Deck(Generic[_T]):
    """Draw without replacement and reshuffle when empty, so repeats are rare."""

    def __init__(self, rng: random.Random, items: Sequence[_T]) -> None:
        self._rng = rng
        self._items = tuple(items)
        self._left: list[_T] = []

    def draw(self) -> _T:
        if not self._left:
            self._left = list(self._items)
            self._rng.shuffle(self._left)
        return self._left.pop()


@dataclass
class _Context:
    rng: random.Random
    today: dt.date
    decks: dict[str, Deck[Any]] = field(default_factory=dict)
    answers: Counter[tuple[int, Stage]] = field(default_factory=Counter)  # (days ago, stage)

    def draw(self, key: str, items: Sequence[_T]) -> _T:
        if key not in self.decks:
            self.decks[key] = Deck(self.rng, items)
        drawn: _T = self.decks[key].draw()
        return drawn

    def at(self, days_ago: int, hours: tuple[int, int]) -> dt.datetime:
        day = self.today - dt.timedelta(days=days_ago)
        time = dt.time(self.rng.randint(*hours), self.rng.randrange(0, 60, 5))
        return timezone.make_aware(dt.datetime.combine(day, time))


def build(*, now: dt.datetime, seed: int = SEED) -> list[PlannedApplication]:
    """The whole demo job search, oldest application first. Same seed, same search."""
    ctx = _Context(rng=random.Random(seed), today=timezone.localdate(now))
    plans = [_plan(ctx, story) for story in data.STORIES for _ in range(story.count)]
    return sorted(plans, key=lambda p: p.events[0].at)


def max_span(story: Story) -> int:
    """The most days a story's timeline can cover, weekend and busy-day shifts included."""
    spread = sum(2 * REJECTION_TRIES for step in story.steps if step.stage == Stage.REJECTED)
    return sum(step.gap[1] + 2 for step in story.steps) + spread + 2


def _plan(ctx: _Context, story: Story) -> PlannedApplication:
    days = _days_ago(ctx, story)
    track = _track(ctx.rng, story, days[0])
    role = ctx.draw(f"role:{track}", data.ROLES[track])
    company = ctx.draw("company", data.COMPANIES)
    channel = ctx.rng.choice(story.channels)
    posting = _posting(ctx.rng, company, role, track, channel)
    words = {"company": company.name, "title": role.title, "pay": _offer_pay(posting)}
    events = _events(ctx, story, days, words)
    fields = _application_fields(ctx, story, channel, track, events[0])
    return PlannedApplication(story.name, company, posting, fields, events)


def _weekday(today: dt.date, days_ago: int) -> int:
    """Saturday goes back to Friday, Sunday on to Monday (to Friday when that Monday is
    today): each step is two days or more, so the order of events holds."""
    if (today - dt.timedelta(days=days_ago)).weekday() == 6 and days_ago > 1:
        return days_ago - 1
    while (today - dt.timedelta(days=days_ago)).weekday() >= 5:
        days_ago += 1
    return days_ago


def _answer_day(ctx: _Context, days_ago: int, stage: Stage) -> int:
    """The working day an employer's answer lands on. A rejection moves a day or two
    earlier (twice at most) when two are on that day already: the demo's rejections come
    spread out, as they do, not six on one Friday."""
    days_ago = _weekday(ctx.today, days_ago)
    for _ in range(REJECTION_TRIES):
        if stage != Stage.REJECTED or ctx.answers[(days_ago, stage)] < REJECTIONS_A_DAY:
            break
        days_ago = _weekday(ctx.today, days_ago + ctx.rng.randint(1, 2))
    ctx.answers[(days_ago, stage)] += 1
    return days_ago


def _days_ago(ctx: _Context, story: Story) -> list[int]:
    """Days before today of each event, oldest first."""
    low, high = story.end
    high = max(low, min(high, data.MAX_DAYS_AGO - max_span(story)))
    ago = ctx.rng.randint(low, high)
    result = []
    for step in reversed(story.steps):
        ago = _answer_day(ctx, ago, step.stage)
        result.append(ago)
        ago += ctx.rng.randint(*step.gap)
    result.append(ago)
    return result[::-1]


def _track(rng: random.Random, story: Story, days_ago: int) -> str:
    if story.tracks:
        return rng.choice(story.tracks)
    weights = next(w for threshold, w in data.TRACK_WEIGHTS if days_ago >= threshold)
    return rng.choices(data.TRACKS, weights=weights)[0]


def _events(
    ctx: _Context, story: Story, days: list[int], words: dict[str, str]
) -> tuple[PlannedEvent, ...]:
    events = [PlannedEvent(story.first, ctx.at(days[0], (7, 22)))]
    reached = story.first
    for step, ago in zip(story.steps, days[1:], strict=True):
        at = ctx.at(ago, (9, 17))
        if step.stage == Stage.REJECTED:
            text = ctx.draw(f"rejection:{reached}", messages.REJECTIONS[reached])
            events.append(PlannedEvent(step.stage, at, rejection=_fill(text, words)))
            continue
        kind = ctx.rng.choice(step.kinds) if step.kinds else ""
        note = _note(ctx, step.stage, kind).format(**words)
        events.append(PlannedEvent(step.stage, at, kind, note))
        reached = step.stage
    return tuple(events)


def _fill(text: RejectionText, words: dict[str, str]) -> RejectionText:
    return text._replace(message=text.message.format(**words))


def _note(ctx: _Context, stage: Stage, kind: str) -> str:
    if stage == Stage.SCREENING:
        return ctx.draw("screening", messages.SCREENING_NOTES)
    if stage == Stage.INTERVIEW:
        return ctx.draw(f"interview:{kind}", messages.INTERVIEW_NOTES[kind])
    if stage == Stage.OFFER:
        return ctx.draw("offer", messages.OFFER_NOTES)
    return ctx.draw(f"closing:{stage}", messages.CLOSING_NOTES.get(stage, ("",)))


def _application_fields(
    ctx: _Context, story: Story, channel: str, track: str, first: PlannedEvent
) -> dict[str, Any]:
    notes = ""
    if channel in data.APPLICATION_NOTES:
        notes = ctx.draw(f"notes:{channel}", data.APPLICATION_NOTES[channel])
    if story.first == Stage.SAVED:
        return {"channel": channel, "notes": notes}
    tailored = ctx.rng.random() < story.tailored
    days_ago = (ctx.today - timezone.localdate(first.at)).days
    return {
        "applied_on": timezone.localdate(first.at),
        "channel": channel,
        "resume_version": _resume(track, days_ago),
        "tailored": tailored,
        "cover_letter": tailored and ctx.rng.random() < 0.5,
        "notes": notes,
    }


def _resume(track: str, days_ago: int) -> str:
    return next(
        label
        for threshold, wanted, label in data.RESUMES
        if days_ago >= threshold and wanted in ("", track)
    )


def _posting(
    rng: random.Random, company: CompanySpec, role: RoleSpec, track: str, channel: str
) -> dict[str, Any]:
    mode = WorkMode.REMOTE
    if company.city != "Remote":
        mode = rng.choices(data.WORK_MODES, data.WORK_MODE_WEIGHTS)[0]
    location = "Remote (UK)" if mode == WorkMode.REMOTE else company.city
    salary = _salary(rng, role) if rng.random() < 0.6 else {}
    offer = [_pay_line(salary)] if salary else []
    offer.append(_mode_line(mode, company.city))
    slug = re.sub(r"[^a-z0-9]+", "-", role.title.lower()).strip("-")
    url = f"https://{company.domain}/careers/{slug}-{rng.randint(1000, 9999)}"
    return {
        "title": role.title,
        "url": url if rng.random() < 0.8 else "",
        "description": texts.posting_description(
            rng=rng, company=company, role=role, track=track, offer=offer
        ),
        "location": location,
        "work_mode": mode,
        "seniority": role.seniority,
        "role_family": role.family,
        "industry": company.industry,
        "source": rng.choice(data.SOURCES[channel]),
        **salary,
    }


def _salary(rng: random.Random, role: RoleSpec) -> dict[str, Any]:
    if role.contract:
        low = rng.choice(data.DAY_RATES)
        high = low + rng.choice((25, 50, 75))
        period = "day"
    else:
        band_low, band_high = data.SALARY_BANDS[role.seniority]
        low = rng.randint(band_low, band_high - 6) * 1000
        high = low + rng.choice((4, 6, 8, 10)) * 1000
        period = "year"
    return {
        "salary_min": low,
        "salary_max": high,
        "salary_currency": "GBP",
        "salary_period": period,
    }


def _pay_line(salary: dict[str, Any]) -> str:
    low, high, period = salary["salary_min"], salary["salary_max"], salary["salary_period"]
    extra = "outside IR35" if period == "day" else "depending on experience"
    return f"£{low:,} to £{high:,} a {period}, {extra}"


def _mode_line(mode: str, city: str) -> str:
    if mode == WorkMode.REMOTE:
        return "Fully remote within the UK, with a team get-together every quarter"
    if mode == WorkMode.HYBRID:
        return f"Hybrid: two days a week in our {city} office"
    return f"Based in our {city} office, with flexible hours"


def _offer_pay(posting: dict[str, Any]) -> str:
    if "salary_max" not in posting:
        return "£55,000 base"
    if posting["salary_period"] == "day":
        return f"£{posting['salary_max']} a day"
    return f"£{posting['salary_max'] - 2000:,} base"
