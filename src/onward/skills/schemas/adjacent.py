"""API schemas of adjacent roles."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Field, Schema

from onward.core.api.fields import In, Name


class RoleSkillOut(Schema):
    skill_id: str
    label: str
    essential: bool


class AdjacentRoleOut(Schema):
    occupation_id: str = Field(
        description="The occupation's ESCO concept URI, or family:<key> for a built-in role family."
    )
    label: str
    isco_group: str
    score: float = Field(
        description=(
            "Share of the occupation's skills you have, essential ones weighing 1 and optional "
            "ones 0.5 (0 to 1)."
        )
    )
    matched_essential: list[RoleSkillOut]
    matched_optional: list[RoleSkillOut]
    bridge: list[RoleSkillOut] = Field(
        description="Skills of the occupation you lack: essential ones first, then optional."
    )
    essential_total: int
    optional_total: int
    reasons: list[str]
    target_role_id: int | None = Field(description="Your target role for it, once saved.")


class AdjacentRolesQuery(Schema):
    limit: int = Field(20, ge=1, le=50)


class AdjacentRolesOut(Schema):
    available: bool = Field(
        description="False when an installed taxonomy has no occupations or links."
    )
    kind: str = Field(
        description="occupations (ESCO), or role_families (the built-in vocabulary's)."
    )
    about: str = Field(description="What the roles are, for role families.")
    note: str = Field(description="Why there are no roles, when there are none.")
    profile_count: int
    occupation_count: int
    min_matched: int
    attribution: str
    items: list[AdjacentRoleOut]


class TargetRoleIn(In):
    occupation_id: Name = Field(description="An adjacent role's occupation_id.")


class TargetRoleOut(Schema):
    id: int
    uid: uuid.UUID
    label: str
    occupation_id: str
    alt_labels: list[str]
    created_at: dt.datetime
