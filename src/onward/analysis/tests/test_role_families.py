"""The built-in vocabulary's role families: every listed skill exists, and they rank by the
adjacent roles formula."""

from __future__ import annotations

import pytest

from onward.analysis.adjacent_roles import adjacent_roles
from onward.analysis.role_families import FAMILIES, family, family_index, unknown_skills
from onward.analysis.skills.vocabulary import load_builtin

LABELS = {s.id: s.label for s in load_builtin()}


def test_every_listed_skill_is_in_the_vocabulary() -> None:
    assert unknown_skills(lambda skill_id: skill_id in LABELS) == []


def test_families_are_distinct_and_not_empty() -> None:
    assert len({f.key for f in FAMILIES}) == len(FAMILIES)
    for found in FAMILIES:
        assert len(found.core) >= 6 and len(found.useful) >= 6, found.key
        assert not set(found.core) & set(found.useful), found.key


@pytest.mark.parametrize(
    ("have", "first"),
    [
        pytest.param({"sql", "data-analysis", "statistics", "tableau"}, "family:data", id="data"),
        pytest.param({"figma", "wireframing", "prototyping"}, "family:design", id="design"),
        pytest.param({"patient-care", "safeguarding", "nursing"}, "family:healthcare", id="care"),
    ],
)
def test_families_rank_by_overlap(have: set[str], first: str) -> None:
    roles = adjacent_roles(family_index(LABELS.get), have)
    assert roles[0].occupation_id == first


def test_score_weighs_core_skills_one_and_useful_ones_half() -> None:
    data = family("data")
    assert data is not None
    have = {data.core[0], data.core[1], data.useful[0]}
    (role,) = [r for r in adjacent_roles(family_index(LABELS.get), have) if r.label == data.label]
    assert role.score == pytest.approx(2.5 / (len(data.core) + 0.5 * len(data.useful)))
    assert role.bridge[0].essential and not role.bridge[-1].essential


def test_unknown_skills_are_left_out_of_the_index() -> None:
    index = family_index(lambda skill_id: None if skill_id == "sql" else skill_id)
    assert "sql" not in index.by_skill
    assert family("family:nope") is None and family("family:data") is not None
