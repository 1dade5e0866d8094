"""API schemas of posting skills and fit."""

from __future__ import annotations

from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import In, Text
from onward.skills.schemas.common import RequiredSkillId


class PostingSkillOut(Schema):
    skill_id: str
    label: str
    taxonomy_key: str
    surface: str
    start: int
    end: int
    method: str
    score: float
    requirement: str
    sentence: str


class PostingSkillsOut(Schema):
    posting_id: int
    analysed: bool
    attribution: str
    items: list[PostingSkillOut]


class FitSkillOut(Schema):
    skill_id: str
    label: str
    requirement: str
    matched: bool  # always false in the "no_profile" state: there is nothing to match
    sentences: list[str]  # where the posting names it
    soft: bool = False


FitState = Literal["no_profile", "no_skills", "soft_only", "scored"]


class FitOut(Schema):
    state: FitState = Field(
        description=(
            "no_profile: you have confirmed no skills, so there is no fit (score and percent "
            "are null; add a resume at profile_url); no_skills: the text names no skills; "
            "soft_only: only soft skills, which do not make a score; scored: a fit."
        )
    )
    score: float | None
    percent: int | None
    reasons: list[str]
    skills: list[FitSkillOut]
    not_required: list[FitSkillOut] = Field(
        default_factory=list, description="Skills you marked as not a requirement."
    )
    profile_url: str = Field(
        "", description="Where to add your resume, in the no_profile state (a site path)."
    )
    attribution: str


class NotRequiredIn(In):
    skill_id: RequiredSkillId


class PostingCheckIn(In):
    text: Annotated[Text, StringConstraints(min_length=1, max_length=100_000)]


class NotRequiredCountOut(Schema):
    skill_id: str
    label: str
    postings: int = Field(description="How many of your postings you marked it in.")
