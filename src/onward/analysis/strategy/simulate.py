"""Synthetic job searches with a known truth, for measuring the engine's honesty.

The model (all numbers are ``Scenario`` fields; the defaults are the bench's headline):

- Applications are made at ``pace_per_week`` (8), at uniform random times over the
  search; the analysis runs ``observe_days_after_last`` (21) days after the last one,
  so every application has had its first quiet period but later steps may still wait.
- Each application gets an answer with probability ``base_response`` (25%), times
  ``effect_ratio`` (3) for the ``effect_channel`` (referral): 75%. That is the only
  real effect. Answers arrive after a log-normal delay (median 6 days, 6% after three
  weeks); ``positive_share`` (40%) of them are a screening call, the rest rejections.
  Applications with no answer stay silent; the tracker marks them ghosted after
  ``ghost_after_days`` (30) of silence, as the app does.
- A screening leads to an interview with probability 50%, else a rejection (70%) or
  silence. Each interview round ends in an offer (30%), another round (30%, at most
  three rounds), a rejection (30%) or silence (10%); the third round's "another round"
  share goes to offer and rejection equally. Steps take a log-normal 7-8 days.
- 3% of applications are withdrawn 3 to 45 days after applying if nothing happened yet.
- Segments with no effect at all: tailored (50%), cover letter (30%), work mode
  (40/35/25), seniority (70/30), industry (four equal), resume version (v1, then v2 for
  the second half of the search), month applied. Channel mix: job board 40%, company
  site 25%, referral 20%, recruiter 10%, network 5%.

So the truth is: channel changes the response rate (and everything measured from
``applied``), nothing else changes anything. ``is_null`` says which comparison has no
real difference behind it.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from onward.analysis.strategy.records import (
    ACCEPTED,
    APPLIED,
    GHOSTED,
    INTERVIEW,
    OFFER,
    REJECTED,
    SCREENING,
    WITHDRAWN,
    ApplicationRecord,
    Dimension,
    StageEvent,
)
from onward.analysis.strategy.steps import Metric

START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
Mix = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Scenario:
    name: str = "headline"
    pace_per_week: float = 8.0
    observe_days_after_last: float = 21.0
    quiet_days: int = 21
    ghost_after_days: float = 30.0
    base_response: float = 0.25
    effect_channel: str = "referral"
    effect_ratio: float = 3.0
    channel_mix: Mix = (
        ("job_board", 0.40),
        ("company_site", 0.25),
        ("referral", 0.20),
        ("recruiter", 0.10),
        ("network", 0.05),
    )
    positive_share: float = 0.40
    interview_after_screen: float = 0.50
    screen_rejection_share: float = 0.70
    round_odds: tuple[float, float, float, float] = (0.30, 0.30, 0.30, 0.10)  # offer/next/no/-
    max_rounds: int = 3
    response_median_days: float = 6.0
    response_sigma: float = 0.8
    step_median_days: float = 7.5
    step_sigma: float = 0.6
    withdraw_share: float = 0.03

    def response_rate(self, channel: str) -> float:
        ratio = self.effect_ratio if channel == self.effect_channel else 1.0
        return min(0.95, self.base_response * ratio)


AFFECTED = frozenset(
    {
        Metric.RESPONSE,
        Metric.APPLIED_TO_SCREEN,
        Metric.APPLIED_TO_INTERVIEW,
        Metric.APPLIED_TO_OFFER,
    }
)


def is_null(scenario: Scenario, dimension: Dimension, metric: Metric) -> bool:
    """True when the segments of ``dimension`` do not truly differ on ``metric``."""
    return not (
        dimension == Dimension.CHANNEL and metric in AFFECTED and scenario.effect_ratio != 1.0
    )


def _pick(rng: random.Random, mix: Mix) -> str:
    return rng.choices([v for v, _ in mix], weights=[w for _, w in mix])[0]


def _delay(rng: random.Random, median: float, sigma: float) -> dt.timedelta:
    return dt.timedelta(days=median * math.exp(rng.gauss(0.0, sigma)))


class _Log:
    """Builds one application's events, with ghosted marks as the tracker adds them."""

    def __init__(self, scenario: Scenario, applied: dt.datetime) -> None:
        self.scenario = scenario
        self.events = [StageEvent(APPLIED, applied)]
        self.round = 0

    def add(self, stage: str, at: dt.datetime) -> None:
        last = self.events[-1]
        mark = last.at + dt.timedelta(days=self.scenario.ghost_after_days)
        if last.stage in (APPLIED, SCREENING, INTERVIEW) and mark < at:
            self.events.append(StageEvent(GHOSTED, mark))
        self.round += stage == INTERVIEW
        self.events.append(StageEvent(stage, at, self.round if stage == INTERVIEW else None))

    def silence(self) -> None:
        self.add(GHOSTED, self.events[-1].at + dt.timedelta(days=self.scenario.ghost_after_days))


def _interviews(log: _Log, rng: random.Random, at: dt.datetime) -> None:
    s = log.scenario
    for round_no in range(1, s.max_rounds + 1):
        log.add(INTERVIEW, at)
        at += _delay(rng, s.step_median_days, s.step_sigma)
        offer, more, no, quiet = s.round_odds
        if round_no == s.max_rounds:
            offer, no, more = offer + more / 2, no + more / 2, 0.0
        outcome = rng.choices(("offer", "more", "no", "quiet"), weights=(offer, more, no, quiet))[0]
        if outcome == "more":
            continue
        if outcome == "offer":
            log.add(OFFER, at)
            log.add(ACCEPTED, at + dt.timedelta(days=4))
        elif outcome == "no":
            log.add(REJECTED, at)
        else:
            log.silence()
        return


def _after_screening(log: _Log, rng: random.Random, at: dt.datetime) -> None:
    s = log.scenario
    following = at + _delay(rng, s.step_median_days, s.step_sigma)
    if rng.random() < s.interview_after_screen:
        _interviews(log, rng, following)
    elif rng.random() < s.screen_rejection_share:
        log.add(REJECTED, following)
    else:
        log.silence()


def _events(
    scenario: Scenario, rng: random.Random, applied: dt.datetime, channel: str
) -> list[StageEvent]:
    log = _Log(scenario, applied)
    answer = applied + _delay(rng, scenario.response_median_days, scenario.response_sigma)
    answered = rng.random() < scenario.response_rate(channel)
    if rng.random() < scenario.withdraw_share:
        leave = applied + dt.timedelta(days=rng.uniform(3, 45))
        if not answered or leave < answer:
            log.add(WITHDRAWN, leave)
            return log.events
    if not answered:
        log.silence()
    elif rng.random() < scenario.positive_share:
        log.add(SCREENING, answer)
        _after_screening(log, rng, answer)
    else:
        log.add(REJECTED, answer)
    return log.events


def _record(
    scenario: Scenario,
    rng: random.Random,
    index: int,
    applied: dt.datetime,
    second_half: bool,
    now: dt.datetime,
) -> ApplicationRecord:
    channel = _pick(rng, scenario.channel_mix)
    events = [e for e in _events(scenario, rng, applied, channel) if e.at <= now]
    return ApplicationRecord(
        key=f"sim-{index:04d}",
        events=tuple(events),
        channel=channel,
        company=f"company-{rng.randrange(10_000)}",
        role_family="data",
        seniority=_pick(rng, (("mid", 0.7), ("senior", 0.3))),
        industry=_pick(rng, (("software", 1), ("finance", 1), ("health", 1), ("retail", 1))),
        work_mode=_pick(rng, (("remote", 0.40), ("hybrid", 0.35), ("onsite", 0.25))),
        tailored=rng.random() < 0.5,
        cover_letter=rng.random() < 0.3,
        resume_version="v2" if second_half else "v1",
    )


def simulate_search(
    scenario: Scenario, size: int, rng: random.Random
) -> tuple[tuple[ApplicationRecord, ...], dt.datetime]:
    """``size`` applications of one simulated search, and the moment it is analysed."""
    span_days = 7.0 * size / scenario.pace_per_week
    offsets = sorted(rng.uniform(0.0, span_days) for _ in range(size))
    now = START + dt.timedelta(
        days=(offsets[-1] if offsets else 0.0) + scenario.observe_days_after_last
    )
    records = tuple(
        _record(scenario, rng, i, START + dt.timedelta(days=day), day > span_days / 2, now)
        for i, day in enumerate(offsets)
    )
    return records, now
