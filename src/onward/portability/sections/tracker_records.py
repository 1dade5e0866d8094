"""The tracker's records in the export file (pydantic models, validated on import)."""

from __future__ import annotations

from typing import Annotated

from pydantic import StrictStr

from onward.portability.fields import Count, Day, Flag, Timestamp, Uid, one_of
from onward.portability.sections.base import Record
from onward.tracker.choices import (
    Channel,
    EventSource,
    InterviewKind,
    RejectionChannel,
    RejectionReason,
    RoleFamily,
    SalaryPeriod,
    Seniority,
    Stage,
    WorkMode,
)


class CompanyRecord(Record):
    name: StrictStr
    website: StrictStr = ""
    notes: StrictStr = ""


class PostingRecord(Record):
    company: Uid
    title: StrictStr
    url: StrictStr = ""
    description: StrictStr = ""
    location: StrictStr = ""
    work_mode: Annotated[StrictStr, one_of(WorkMode, "work mode")] = ""
    seniority: Annotated[StrictStr, one_of(Seniority, "seniority")] = ""
    role_family: Annotated[StrictStr, one_of(RoleFamily, "role family")] = ""
    industry: StrictStr = ""
    salary_min: Count | None = None
    salary_max: Count | None = None
    salary_currency: StrictStr = ""
    salary_period: Annotated[StrictStr, one_of(SalaryPeriod, "salary period", blank=True)] = ""
    source: StrictStr = ""


class TargetRoleRecord(Record):
    label: StrictStr
    occupation_id: StrictStr
    alt_labels: list[StrictStr] = []


class ApplicationRecord(Record):
    posting: Uid
    target_role: Uid | None = None
    applied_on: Day | None = None
    channel: Annotated[StrictStr, one_of(Channel, "channel")]
    resume_version: StrictStr = ""
    tailored: Flag = False
    cover_letter: Flag = False
    notes: StrictStr = ""
    # Denormalised from the events; checked against them on import.
    stage: Annotated[StrictStr, one_of(Stage, "stage")]
    stage_changed_at: Timestamp | None = None


class EventRecord(Record):
    application: Uid
    stage: Annotated[StrictStr, one_of(Stage, "stage")]
    from_stage: Annotated[StrictStr, one_of(Stage, "stage", blank=True)] = ""
    occurred_at: Timestamp
    interview_round: Count | None = None
    interview_kind: Annotated[StrictStr, one_of(InterviewKind, "interview kind", blank=True)] = ""
    note: StrictStr = ""
    source: Annotated[StrictStr, one_of(EventSource, "event source")]


class RejectionRecord(Record):
    application: Uid
    event: Uid
    stage_reached: Annotated[StrictStr, one_of(Stage, "stage")]
    received_on: Day
    channel: Annotated[StrictStr, one_of(RejectionChannel, "rejection channel")]
    reason: Annotated[StrictStr, one_of(RejectionReason, "rejection reason")]
    message: StrictStr = ""
