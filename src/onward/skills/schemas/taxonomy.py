"""API schemas of taxonomy search."""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints


class TaxonomySkillOut(Schema):
    id: str
    label: str
    alt_labels: list[str]
    kind: str
    category: str


class TaxonomySearchOut(Schema):
    taxonomy: str
    attribution: str
    items: list[TaxonomySkillOut]


class TaxonomyQuery(Schema):
    q: Annotated[str, StringConstraints(max_length=200)] = ""
    limit: int = Field(10, ge=1, le=50)
