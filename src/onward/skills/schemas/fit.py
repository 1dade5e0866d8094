"""API schemas of posting skills and fit."""

from __future__ import annotations

from typing import Annotated

from ninja import Schema
from pydantic import StringConstraints

from onward.core.api.fields import In, Text


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
    matched: bool
    sentences: list[str]


class FitOut(Schema):
    score: float | None
    percent: int | None
    reasons: list[str]
    skills: list[FitSkillOut]
    attribution: str


class PostingCheckIn(In):
    text: Annotated[Text, StringConstraints(min_length=1, max_length=100_000)]
