"""API schemas of adjacent roles."""

from __future__ import annotations

from ninja import Field, Schema


class RoleSkillOut(Schema):
    skill_id: str
    label: str
    essential: bool


class AdjacentRoleOut(Schema):
    occupation_id: str = Field(description="The occupation's ESCO concept URI.")
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


class AdjacentRolesQuery(Schema):
    limit: int = Field(20, ge=1, le=50)


class AdjacentRolesOut(Schema):
    available: bool = Field(
        description="False when an installed taxonomy has no occupations (reinstall it)."
    )
    families: bool = Field(
        description="True when the roles are the built-in vocabulary's role families "
        "(ids `family:<key>`), not ESCO occupations."
    )
    note: str = Field(description="Why there are no roles, when there are none.")
    profile_count: int
    occupation_count: int
    min_matched: int
    attribution: str
    items: list[AdjacentRoleOut]
