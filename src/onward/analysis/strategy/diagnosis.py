"""Which stage of the funnel is weakest, and what to work on there.

Each funnel step's rate is held against an expected pattern: by default
``EXPECTED_PATTERN``, round figures for a search that works (a quarter of applications
answered, 40% of answers a screening, half of screenings an interview, a quarter of
interviewed applications an offer), or the user's own earlier rates
(``expected_from(baseline_funnel)``). They are a yardstick, not a law: the UI says so.

A step is **weak** when it has enough data (see ``rates``), there is at least a
``WEAK_PROBABILITY`` chance that its true rate is below the expected one, and its
posterior mean is at most ``WEAK_RATIO`` of it. The weakest stage is the weak step with
the lowest mean-to-expected ratio; the report cites the applications that did not get
through it. With no step having enough data the diagnosis says "not enough data yet";
with data but no weak step it says nothing stands out. It never guesses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.strategy.funnel import Funnel, StepRate
from onward.analysis.strategy.steps import FUNNEL_STEPS, Metric

EXPECTED_PATTERN: Mapping[Metric, float] = {
    Metric.RESPONSE: 0.25,
    Metric.SCREEN: 0.40,
    Metric.INTERVIEW: 0.50,
    Metric.OFFER: 0.25,
}
WEAK_PROBABILITY = 0.95
"""Chance that the step's true rate is below the expected one, needed to call it weak."""
WEAK_RATIO = 0.75
"""The step's posterior mean must be at most this share of the expected rate."""

ADVICE: Mapping[Metric, str] = {
    Metric.RESPONSE: (
        "Few applications get any answer: look at targeting (which roles you apply to) "
        "and your resume."
    ),
    Metric.SCREEN: (
        "Answers are mostly rejections: look at targeting and at how your resume shows "
        "the fit to each role."
    ),
    Metric.INTERVIEW: (
        "Screening calls rarely lead to interviews: work on your pitch (how you present "
        "your experience and motivation in the first call)."
    ),
    Metric.OFFER: (
        "Interviews end in rejection: practise interviews (mock interviews, prepared "
        "stories, the technical part)."
    ),
}


class DiagnosisStatus(StrEnum):
    WEAK_STAGE = "weak_stage"
    NOTHING_STANDS_OUT = "nothing_stands_out"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class StepCheck:
    step: StepRate
    expected: float
    prob_below: float | None  # None without enough data
    ratio: float | None  # posterior mean / expected
    weak: bool
    reason: str


@dataclass(frozen=True)
class Diagnosis:
    status: DiagnosisStatus
    weakest: StepCheck | None
    advice: str
    application_keys: tuple[str, ...]  # did not get through the weakest stage
    checks: tuple[StepCheck, ...]
    reasons: tuple[str, ...]


def expected_from(
    baseline: Funnel, fallback: Mapping[Metric, float] = EXPECTED_PATTERN
) -> dict[Metric, float]:
    """Expected rates from an earlier funnel (e.g. your first months), where it has data."""
    expected = dict(fallback)
    for metric in FUNNEL_STEPS:
        estimate = baseline.step(metric).rate.estimate
        if estimate is not None:
            expected[metric] = estimate.mean
    return expected


def _check(step: StepRate, expected: float) -> StepCheck:
    rate = step.rate
    if rate.estimate is None:
        return StepCheck(step, expected, None, None, False, rate.reason)
    prob_below = rate.posterior.prob_below(expected)
    ratio = rate.estimate.mean / expected
    weak = prob_below >= WEAK_PROBABILITY and ratio <= WEAK_RATIO
    reason = (
        f"{step.label.capitalize()}: {rate.reason} Expected about {expected:.0%}; "
        f"a {prob_below:.0%} chance the true rate is lower."
    )
    return StepCheck(step, expected, prob_below, ratio, weak, reason)


def diagnose(funnel: Funnel, *, expected: Mapping[Metric, float] | None = None) -> Diagnosis:
    """The weakest funnel step against the expected pattern, or an explicit silence."""
    pattern = {**EXPECTED_PATTERN, **(expected or {})}
    checks = tuple(_check(funnel.step(m), pattern[m]) for m in FUNNEL_STEPS)
    if not any(c.prob_below is not None for c in checks):
        reason = "Not enough data yet: no step has enough counted applications."
        return Diagnosis(DiagnosisStatus.NOT_ENOUGH_DATA, None, "", (), checks, (reason,))
    weak = [c for c in checks if c.weak]
    if not weak:
        reason = "No stage stands out as weaker than expected."
        return Diagnosis(DiagnosisStatus.NOTHING_STANDS_OUT, None, "", (), checks, (reason,))
    weakest = min(weak, key=lambda c: c.ratio if c.ratio is not None else 1.0)
    metric = weakest.step.metric
    keys = weakest.step.rate.tally.failed
    reasons = (
        weakest.reason,
        f"{len(keys)} applications did not get through this stage.",
    )
    return Diagnosis(DiagnosisStatus.WEAK_STAGE, weakest, ADVICE[metric], keys, checks, reasons)
