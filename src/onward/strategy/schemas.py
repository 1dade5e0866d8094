"""API schemas of the strategy insights, experiments and reviews.

Rates carry ``successes`` of ``n`` counted applications and, with enough data, ``mean``
and a 90% credible interval ``low``..``high``; without, those are null and ``reason``
says what is missing (docs/strategy.md explains every number).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, Text
from onward.strategy.choices import ExperimentStatus, StrategyMetric
from onward.strategy.services import MAX_COMMITMENTS, MAX_TARGET

Target = Annotated[int, Field(ge=1, le=MAX_TARGET)]
Commitment = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=300)]
DimensionName = Literal[
    "channel",
    "tailored",
    "cover_letter",
    "resume_version",
    "role_family",
    "seniority",
    "industry",
    "company_size",
    "work_mode",
    "month_applied",
    "target_role",
]


class RateOut(Schema):
    successes: int
    n: int = Field(description="Counted applications: the denominator.")
    pending: int = Field(description="Too recent to tell: not counted yet.")
    withdrawn: int = Field(description="Withdrawn before an answer was due: not counted.")
    enough: bool = Field(description="False: not enough data yet, and no estimate.")
    mean: float | None = Field(description="Posterior mean (Beta(1, 1) prior).")
    low: float | None = Field(description="90% credible interval, lower end.")
    high: float | None
    reason: str


class StepOut(Schema):
    metric: str
    name: str
    label: str
    rate: RateOut


class RoundOut(Schema):
    round: int
    rate: RateOut


class ReachedOut(Schema):
    milestone: str
    label: str
    applications: int


class FunnelOut(Schema):
    applications: int
    open_applications: int
    reached: list[ReachedOut]
    steps: list[StepOut]
    overall: list[StepOut]
    rounds: list[RoundOut]
    reasons: list[str]

    @staticmethod
    def of(funnel: Any) -> dict[str, Any]:
        return {
            "applications": funnel.applications,
            "open_applications": funnel.open_applications,
            "reached": [
                {"milestone": m, "label": label, "applications": n}
                for m, label, n in funnel.reached
            ],
            "steps": funnel.steps,
            "overall": funnel.overall,
            "rounds": [{"round": k, "rate": rate} for k, rate in funnel.rounds],
            "reasons": funnel.reasons,
        }


class ComparisonOut(Schema):
    dimension: str
    segment: str
    rest: str
    metric: str
    a_label: str
    b_label: str
    a: RateOut
    b: RateOut
    prob_a_better: float | None = Field(description="P(A's true rate > B's | your data).")
    ratio: float | None
    threshold: float = Field(description="The probability a finding needs here.")
    verdict: str = Field(description="a_better, b_better, no_clear_difference, not_enough_data")
    is_finding: bool
    primary: bool = Field(description="One of the three checks set in advance (one-sided).")
    one_sided: bool
    sentence: str = Field(description="The comparison in words, as if it were a finding.")
    reason: str


class CheckOut(Schema):
    metric: str
    name: str
    label: str
    rate: RateOut
    expected: float
    prob_below: float | None
    weak: bool
    reason: str


class DiagnosisOut(Schema):
    status: str = Field(description="weak_stage, nothing_stands_out or not_enough_data")
    metric: str
    name: str
    advice: str
    checks: list[CheckOut]
    application_ids: list[int] = Field(description="Applications stopped at the step (newest).")
    applications: int = Field(description="How many stopped there in all.")
    reasons: list[str]


class ResponseTimeOut(Schema):
    group: str
    n: int
    median_days: float | None
    q1_days: float | None
    q3_days: float | None
    reason: str


class OverdueOut(Schema):
    application_id: int
    channel: str
    waited_days: float
    usual_days: float
    compared_with: str
    reason: str


class TimesOut(Schema):
    overall: ResponseTimeOut
    by_channel: list[ResponseTimeOut]
    by_company: list[ResponseTimeOut]
    overdue: list[OverdueOut]
    overdue_total: int


class BandOut(Schema):
    label: str
    applications: int
    response: RateOut
    interview: RateOut


class CalibrationOut(Schema):
    bands: list[BandOut]
    without_score: int
    enough: bool
    comparisons: list[ComparisonOut]
    reasons: list[str]


class StrategyOut(Schema):
    computed_at: dt.datetime
    stale: bool = Field(
        description="True while newer figures are being computed: these are the previous "
        "ones, as of computed_at."
    )
    quiet_days: int
    funnel: FunnelOut
    findings: list[ComparisonOut]
    checks: list[ComparisonOut] = Field(description="The three checks set in advance.")
    tested_comparisons: int
    exploratory_threshold: float
    diagnosis: DiagnosisOut
    response_times: TimesOut
    calibration: CalibrationOut


class SegmentOut(Schema):
    value: str
    label: str
    applications: int
    steps: list[StepOut]
    overall: list[StepOut]


class SegmentsOut(Schema):
    computed_at: dt.datetime
    stale: bool = Field(
        description="True while newer figures are being computed: these are the previous "
        "ones, as of computed_at."
    )
    dimension: str
    segments: list[SegmentOut]
    comparisons: list[ComparisonOut]


class SegmentsQuery(Schema):
    dimension: DimensionName = "channel"


class ExperimentResultOut(Schema):
    status: str = Field(description="waiting, too_few, no_baseline or result")
    during: RateOut
    baseline: RateOut
    comparison: ComparisonOut | None
    applications: int
    required: int
    waiting_for: int
    reasons: list[str]


class ExperimentIn(In):
    name: Annotated[Text, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    metric: StrategyMetric
    hypothesis: Annotated[Text, StringConstraints(max_length=2000)] = ""
    target_count: Target = 10
    started_on: dt.date | None = None


class ExperimentPatch(In):
    name: Annotated[
        Text, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ] = Field(OMITTED)
    hypothesis: Annotated[Text, StringConstraints(max_length=2000)] = Field(OMITTED)
    target_count: Target = Field(OMITTED)


class ExperimentCompleteIn(In):
    learned: Annotated[Text, StringConstraints(max_length=5000)] = ""
    ended_on: dt.date | None = None


class ExperimentOut(Schema):
    id: int
    uid: uuid.UUID
    name: str
    hypothesis: str
    metric: StrategyMetric
    started_on: dt.date
    ended_on: dt.date | None
    target_count: int
    status: ExperimentStatus
    completed_at: dt.datetime | None
    learned: str
    source: str
    result: ExperimentResultOut | None = Field(description="Against the baseline.")


class ReviewIn(In):
    commitments: list[Commitment] = Field(min_length=1, max_length=MAX_COMMITMENTS)
    note: Annotated[Text, StringConstraints(max_length=5000)] = ""


class ReviewOut(Schema):
    id: int
    uid: uuid.UUID
    reviewed_at: dt.datetime
    commitments: list[str]
    note: str
    snapshot: dict[str, Any] = Field(description="The evidence the review showed.")


class ReviewPromptOut(Schema):
    due: bool
    reason: str
    last_review_at: dt.datetime | None
    rejections_since: int
