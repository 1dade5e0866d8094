"""Role families as occupations over the built-in vocabulary: every listed skill exists,
and a profile ranks the family it belongs to first."""

from __future__ import annotations

import pytest

from onward.analysis.adjacent_roles import adjacent_roles
from onward.analysis.role_families import FAMILIES, FAMILY_PREFIX, family_index, unknown_ids
from onward.analysis.skills.taxonomy import load_builtin_taxonomy


def test_every_family_skill_is_in_the_builtin_vocabulary() -> None:
    assert unknown_ids(load_builtin_taxonomy()) == []


def test_each_family_has_a_core_and_no_skill_twice() -> None:
    for family in FAMILIES:
        listed = (*family.essential, *family.optional)
        assert len(family.essential) >= 5, family.key
        assert len(listed) == len(set(listed)), family.key


@pytest.mark.parametrize(
    ("have", "first"),
    [
        pytest.param({"sql", "excel", "tableau", "statistics"}, "data", id="analyst"),
        pytest.param({"patient-care", "care-planning", "nursing"}, "healthcare", id="nurse"),
        pytest.param({"git", "python", "code-review", "docker"}, "software", id="developer"),
        pytest.param({"teaching", "lesson-planning", "safeguarding"}, "education", id="teacher"),
    ],
)
def test_a_profile_ranks_its_own_family_first(have: set[str], first: str) -> None:
    roles = adjacent_roles(family_index(load_builtin_taxonomy()), have)
    assert roles[0].occupation_id == FAMILY_PREFIX + first
    assert all(s.skill_id not in have for s in roles[0].bridge)


def test_one_shared_skill_is_not_enough() -> None:
    assert adjacent_roles(family_index(load_builtin_taxonomy()), {"communication"}) == ()
