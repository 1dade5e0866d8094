"""Strategy experiments and reviews in the export file (the cached figures and the
review prompt's "not now" are not exported: they are derived or passing state)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from pydantic import Field, StrictInt, StrictStr

from onward.core.services import NO_RULES, FieldRules
from onward.portability.fields import Day, Timestamp, one_of
from onward.portability.sections.base import ModelSection, Record
from onward.strategy.choices import ExperimentStatus, StrategyMetric
from onward.strategy.models import Experiment, StrategyReview
from onward.strategy.services import MAX_COMMITMENT, MAX_COMMITMENTS, MAX_TARGET


class ExperimentRecord(Record):
    name: StrictStr
    hypothesis: StrictStr = ""
    metric: Annotated[StrictStr, one_of(StrategyMetric, "experiment metric")]
    started_on: Day
    ended_on: Day | None = None
    target_count: Annotated[StrictInt, Field(ge=1, le=MAX_TARGET)]
    status: Annotated[StrictStr, one_of(ExperimentStatus, "experiment status")]
    completed_at: Timestamp | None = None
    learned: StrictStr = ""
    source: StrictStr = ""


class StrategyReviewRecord(Record):
    reviewed_at: Timestamp
    commitments: list[Annotated[StrictStr, Field(min_length=1, max_length=MAX_COMMITMENT)]] = Field(
        min_length=1, max_length=MAX_COMMITMENTS
    )
    note: StrictStr = ""
    snapshot: dict[str, Any] = Field(default_factory=dict)


class ExperimentSection(ModelSection):
    name = "experiments"
    noun = "experiment"
    record = ExperimentRecord
    model = Experiment
    fields = (
        "name", "hypothesis", "metric", "started_on", "ended_on", "target_count", "status",
        "completed_at", "learned", "source",
    )  # fmt: skip

    def validate(self, record: Record, *, rules: FieldRules = NO_RULES, now: dt.datetime) -> None:
        super().validate(record, rules=rules, now=now)
        assert isinstance(record, ExperimentRecord)
        if record.ended_on is not None and record.ended_on < record.started_on:
            raise ValidationError({"ended_on": "The end is before the start."})


class StrategyReviewSection(ModelSection):
    name = "strategy_reviews"
    noun = "strategy review"
    record = StrategyReviewRecord
    model = StrategyReview
    fields = ("reviewed_at", "commitments", "note", "snapshot")


STRATEGY_SECTIONS = (ExperimentSection(), StrategyReviewSection())
