"""Strategy experiments and reviews in the export file (the cached figures and the
review prompt's "not now" are not exported: they are derived or passing state)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StrictStr

from onward.portability.fields import Count, Day, Timestamp, one_of
from onward.portability.sections.base import ModelSection, Record
from onward.strategy.choices import ExperimentStatus, StrategyMetric
from onward.strategy.models import Experiment, StrategyReview


class ExperimentRecord(Record):
    name: StrictStr
    hypothesis: StrictStr = ""
    metric: Annotated[StrictStr, one_of(StrategyMetric, "experiment metric")]
    started_on: Day
    ended_on: Day | None = None
    target_count: Count
    status: Annotated[StrictStr, one_of(ExperimentStatus, "experiment status")]
    completed_at: Timestamp | None = None
    learned: StrictStr = ""
    source: StrictStr = ""


class StrategyReviewRecord(Record):
    reviewed_at: Timestamp
    commitments: list[StrictStr] = Field(min_length=1, max_length=3)
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


class StrategyReviewSection(ModelSection):
    name = "strategy_reviews"
    noun = "strategy review"
    record = StrategyReviewRecord
    model = StrategyReview
    fields = ("reviewed_at", "commitments", "note", "snapshot")


STRATEGY_SECTIONS = (ExperimentSection(), StrategyReviewSection())
