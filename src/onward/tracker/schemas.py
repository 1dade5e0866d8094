"""JSON shapes of the tracker API. Inputs forbid unknown fields; choices are enums (422 if bad)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints, field_validator, model_validator

from onward.core.api.fields import OMITTED, AwareDatetime, In, Name, ObjectId, ShortText, Text
from onward.tracker import selectors
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
from onward.tracker.models import Application, Rejection
from onward.tracker.selectors import ApplicationFilters

Salary = Annotated[int, Field(ge=0, le=2_147_483_647)] | None
Currency = Annotated[str, StringConstraints(pattern=r"^([A-Za-z]{3})?$", to_upper=True)]
InitialStage = Literal["saved", "applied", "screening", "interview", "offer"]
Order = Literal["-applied_on", "applied_on", "-updated", "company", "stage"]


# --- companies ---------------------------------------------------------------------------


class CompanyIn(In):
    name: Name
    website: ShortText = ""
    notes: Text = ""


class CompanyPatch(In):
    name: Name = Field(OMITTED)
    website: ShortText = Field(OMITTED)
    notes: Text = Field(OMITTED)


class CompanyQuery(Schema):
    q: ShortText = Field("", description="Part of the company name.")


class CompanyRef(Schema):
    id: int
    name: str


class CompanyOut(Schema):
    id: int
    uid: uuid.UUID
    name: str
    website: str
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime


# --- postings ----------------------------------------------------------------------------


class PostingFields(In):
    url: ShortText = ""
    description: Text = ""
    location: ShortText = ""
    work_mode: WorkMode = WorkMode.UNKNOWN
    seniority: Seniority = Seniority.UNKNOWN
    role_family: RoleFamily = RoleFamily.UNKNOWN
    industry: ShortText = ""
    salary_min: Salary = None
    salary_max: Salary = None
    salary_currency: Currency = ""
    salary_period: SalaryPeriod | Literal[""] = ""
    source: ShortText = ""


class PostingIn(PostingFields):
    """A posting for an existing company (``company_id``) or one named (``company_name``)."""

    title: Name
    company_id: ObjectId | None = None
    company_name: Name | None = None

    @model_validator(mode="after")
    def _one_company(self) -> PostingIn:
        if (self.company_id is None) == (self.company_name is None):
            raise ValueError("Give exactly one of company_id or company_name.")
        return self

    def posting_fields(self) -> dict[str, Any]:
        return self.model_dump(exclude={"company_id", "company_name"})


class PostingPatch(In):
    company_id: ObjectId = Field(OMITTED)
    title: Name = Field(OMITTED)
    url: ShortText = Field(OMITTED)
    description: Text = Field(OMITTED)
    location: ShortText = Field(OMITTED)
    work_mode: WorkMode = Field(OMITTED)
    seniority: Seniority = Field(OMITTED)
    role_family: RoleFamily = Field(OMITTED)
    industry: ShortText = Field(OMITTED)
    salary_min: Salary = None
    salary_max: Salary = None
    salary_currency: Currency = Field(OMITTED)
    salary_period: SalaryPeriod | Literal[""] = Field(OMITTED)
    source: ShortText = Field(OMITTED)


class PostingQuery(Schema):
    company_id: ObjectId | None = None


class PostingRef(Schema):
    id: int
    title: str
    location: str
    role_family: RoleFamily
    company: CompanyRef


class PostingOut(Schema):
    id: int
    uid: uuid.UUID
    company: CompanyRef
    title: str
    url: str
    description: str
    location: str
    work_mode: WorkMode
    seniority: Seniority
    role_family: RoleFamily
    industry: str
    salary_min: int | None
    salary_max: int | None
    salary_currency: str
    salary_period: SalaryPeriod | Literal[""]
    source: str
    created_at: dt.datetime
    updated_at: dt.datetime


# --- applications ------------------------------------------------------------------------


class ApplicationFields(In):
    applied_on: dt.date | None = None
    channel: Channel = Channel.JOB_BOARD
    resume_version: ShortText = ""
    tailored: bool = False
    cover_letter: bool = False
    notes: Text = ""
    target_role_id: ObjectId | None = Field(
        None, description="One of your target roles (GET /skills/target-roles), or null."
    )


class ApplicationIn(ApplicationFields):
    """Apply to an existing posting (``posting_id``) or describe a new one (``posting``)."""

    posting_id: ObjectId | None = None
    posting: PostingIn | None = None
    stage: InitialStage = "applied"

    @model_validator(mode="after")
    def _one_posting(self) -> ApplicationIn:
        if (self.posting_id is None) == (self.posting is None):
            raise ValueError("Give exactly one of posting_id or posting.")
        return self

    def application_fields(self) -> dict[str, Any]:
        return self.model_dump(exclude={"posting_id", "posting", "stage"})


class ApplicationPatch(In):
    applied_on: dt.date | None = None
    channel: Channel = Field(OMITTED)
    resume_version: ShortText = Field(OMITTED)
    tailored: bool = Field(OMITTED)
    cover_letter: bool = Field(OMITTED)
    notes: Text = Field(OMITTED)
    target_role_id: ObjectId | None = Field(OMITTED, description="null removes the tag.")


class EventOut(Schema):
    id: int
    uid: uuid.UUID
    application_id: int
    stage: Stage
    from_stage: Stage | Literal[""]
    occurred_at: dt.datetime
    interview_round: int | None
    interview_kind: InterviewKind | Literal[""]
    note: str
    source: EventSource
    created_at: dt.datetime


class RejectionOut(Schema):
    id: int
    uid: uuid.UUID
    application_id: int
    event_id: int
    stage_reached: Stage
    received_on: dt.date
    channel: RejectionChannel
    reason: RejectionReason
    message: str
    created_at: dt.datetime
    updated_at: dt.datetime


class ApplicationOut(Schema):
    id: int
    uid: uuid.UUID
    posting: PostingRef
    stage: Stage
    stage_changed_at: dt.datetime | None
    applied_on: dt.date | None
    channel: Channel
    resume_version: str
    tailored: bool
    cover_letter: bool
    notes: str
    target_role_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


class ApplicationDetailOut(ApplicationOut):
    """One application with its timeline, its rejection (if any) and where it can go next."""

    events: list[EventOut]
    rejection: RejectionOut | None
    allowed_moves: list[Stage]

    @staticmethod
    def resolve_events(obj: Application) -> list[Any]:
        return list(selectors.application_events(application=obj))

    @staticmethod
    def resolve_rejection(obj: Application) -> Rejection | None:
        # The reverse one-to-one raises (an AttributeError subclass) when there is none.
        return getattr(obj, "rejection", None)

    @staticmethod
    def resolve_allowed_moves(obj: Application) -> list[Stage]:
        return selectors.application_allowed_moves(application=obj)


class ApplicationQuery(Schema):
    """Filters for the application list; each narrows the result."""

    q: ShortText = Field("", description="Words in title, company, location, notes.")
    stage: list[str] = Field(
        default_factory=list, description="Repeat (?stage=a&stage=b) or comma-separate."
    )
    channel: Channel | None = None
    role_family: RoleFamily | None = None
    company_id: ObjectId | None = None
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None
    updated_since: AwareDatetime | None = None
    tailored: bool | None = None
    active_only: bool = False
    order: Order = "-applied_on"

    @field_validator("stage")
    @classmethod
    def _stages(cls, value: list[str]) -> list[str]:
        stages = [part.strip() for item in value for part in item.split(",") if part.strip()]
        unknown = sorted(set(stages) - set(Stage.values))
        if unknown:
            raise ValueError(
                f"Unknown stage(s): {', '.join(unknown)}. Use: {', '.join(Stage.values)}."
            )
        return stages

    def to_filters(self) -> ApplicationFilters:
        return ApplicationFilters(
            q=self.q.strip(),
            stages=tuple(self.stage),
            channel=self.channel or "",
            role_family=self.role_family or "",
            company_id=self.company_id,
            applied_from=self.applied_from,
            applied_to=self.applied_to,
            updated_since=self.updated_since,
            tailored=self.tailored,
            active_only=self.active_only,
            order=self.order,
        )


# --- moves and rejections ----------------------------------------------------------------


class MoveIn(In):
    stage: Stage
    occurred_at: AwareDatetime | None = None
    interview_kind: InterviewKind | None = None
    note: Text = ""


class RejectionIn(In):
    received_on: dt.date | None = None
    channel: RejectionChannel = RejectionChannel.EMAIL
    reason: RejectionReason = RejectionReason.NONE_GIVEN
    message: Text = ""


class RejectionPatch(In):
    received_on: dt.date = Field(OMITTED)
    channel: RejectionChannel = Field(OMITTED)
    reason: RejectionReason = Field(OMITTED)
    message: Text = Field(OMITTED)
