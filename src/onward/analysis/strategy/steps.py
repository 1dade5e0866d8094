"""Funnel steps and who counts for them: the censoring rules.

Each metric goes from a *gate* milestone to a *goal* milestone (see ``progress``):

=========================  =================  ===========  ==========================
metric                     at risk once       converted    clock (quiet period from)
=========================  =================  ===========  ==========================
response                   applied            response     applied
screen                     response           screening    applied
interview                  screening          interview    screening
offer                      interview          offer        first interview round
applied_to_screen          applied            screening    applied
applied_to_interview       applied            interview    applied
applied_to_offer           applied            offer        applied
round k (k = 1, 2, ...)    interview round k  round k+1    round k
                                              or offer
=========================  =================  ===========  ==========================

An application that reached the gate is **counted** for the step (it is in the
denominator, "at risk") only once its outcome can no longer be a matter of waiting:

- **converted** (numerator): it reached the goal, and the quiet period has passed since
  the clock started. Fresh successes wait like everything else: counting quick answers
  while the slow ones are still out would make rates look better than they are.
- **failed**: it did not reach the goal, and either it was closed by a rejection with
  the quiet period passed since the clock started, or it is still open (including
  "ghosted") and nothing has moved for the quiet period, or it was withdrawn after a
  full quiet period without news.
- otherwise it is **censored** and not counted: ``pending`` (too early to tell: within
  the quiet period) or ``withdrawn`` (you withdrew before an answer was due, so the
  employer's answer is unknown).

A late answer is not lost: an application counted as failed that later moves on is
counted as converted from then on. The ``screen`` step runs on the ``applied`` clock, so
its denominator is exactly the ``response`` step's successes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.strategy.progress import Milestone, Progress
from onward.analysis.strategy.records import WITHDRAWN

DEFAULT_QUIET_DAYS = 21
"""Days without news after which an open step counts as failed (a typical input)."""


class Metric(StrEnum):
    RESPONSE = "response"
    SCREEN = "screen"
    INTERVIEW = "interview"
    OFFER = "offer"
    APPLIED_TO_SCREEN = "applied_to_screen"
    APPLIED_TO_INTERVIEW = "applied_to_interview"
    APPLIED_TO_OFFER = "applied_to_offer"


@dataclass(frozen=True)
class StepSpan:
    gate: Milestone
    goal: Milestone
    clock: Milestone
    label: str


SPANS = {
    Metric.RESPONSE: StepSpan(
        Milestone.APPLIED, Milestone.RESPONSE, Milestone.APPLIED, "applications that got an answer"
    ),
    Metric.SCREEN: StepSpan(
        Milestone.RESPONSE,
        Milestone.SCREENING,
        Milestone.APPLIED,
        "answers that were a screening call or better",
    ),
    Metric.INTERVIEW: StepSpan(
        Milestone.SCREENING,
        Milestone.INTERVIEW,
        Milestone.SCREENING,
        "screenings that led to an interview",
    ),
    Metric.OFFER: StepSpan(
        Milestone.INTERVIEW, Milestone.OFFER, Milestone.INTERVIEW, "interviews that led to an offer"
    ),
    Metric.APPLIED_TO_SCREEN: StepSpan(
        Milestone.APPLIED,
        Milestone.SCREENING,
        Milestone.APPLIED,
        "applications that led to a screening",
    ),
    Metric.APPLIED_TO_INTERVIEW: StepSpan(
        Milestone.APPLIED,
        Milestone.INTERVIEW,
        Milestone.APPLIED,
        "applications that led to an interview",
    ),
    Metric.APPLIED_TO_OFFER: StepSpan(
        Milestone.APPLIED, Milestone.OFFER, Milestone.APPLIED, "applications that led to an offer"
    ),
}
FUNNEL_STEPS = (Metric.RESPONSE, Metric.SCREEN, Metric.INTERVIEW, Metric.OFFER)
OVERALL = (Metric.APPLIED_TO_SCREEN, Metric.APPLIED_TO_INTERVIEW, Metric.APPLIED_TO_OFFER)


class Outcome(StrEnum):
    CONVERTED = "converted"
    FAILED = "failed"
    PENDING = "pending"
    WITHDRAWN = "withdrawn"
    NOT_AT_RISK = "not_at_risk"


def resolve(
    progress: Progress,
    *,
    clock: dt.datetime,
    converted: bool,
    now: dt.datetime,
    quiet: dt.timedelta,
) -> Outcome:
    """The outcome of a step the application entered, its clock started at ``clock``."""
    matured = now - clock >= quiet
    if converted:
        return Outcome.CONVERTED if matured else Outcome.PENDING
    if progress.closed == WITHDRAWN:
        assert progress.closed_at is not None and progress.last_progress_at is not None
        waited = progress.closed_at - max(progress.last_progress_at, clock)
        return Outcome.FAILED if waited >= quiet else Outcome.WITHDRAWN
    if progress.closed is not None:  # rejected (accepted and declined reached an offer)
        return Outcome.FAILED if matured else Outcome.PENDING
    assert progress.last_progress_at is not None
    quiet_for = now - max(progress.last_progress_at, clock)
    return Outcome.FAILED if quiet_for >= quiet else Outcome.PENDING


def step_outcome(
    progress: Progress, metric: Metric, *, now: dt.datetime, quiet: dt.timedelta
) -> Outcome:
    span = SPANS[metric]
    clock = progress.at(span.clock)
    if progress.at(span.gate) is None or clock is None:
        return Outcome.NOT_AT_RISK
    converted = progress.at(span.goal) is not None
    return resolve(progress, clock=clock, converted=converted, now=now, quiet=quiet)


def round_outcome(
    progress: Progress, round_no: int, *, now: dt.datetime, quiet: dt.timedelta
) -> Outcome:
    """Did interview round ``round_no`` (1-based) lead to another round or an offer?"""
    if len(progress.rounds) < round_no:
        return Outcome.NOT_AT_RISK
    passed = len(progress.rounds) > round_no or progress.at(Milestone.OFFER) is not None
    clock = progress.rounds[round_no - 1]
    return resolve(progress, clock=clock, converted=passed, now=now, quiet=quiet)
