from __future__ import annotations

import pytest

from onward.analysis.adjacent_roles import (
    AdjacentRole,
    adjacent_roles,
    build_index,
)
from onward.analysis.skills.taxonomy import Occupation, OccupationSkill, Skill, Taxonomy

# A made-up taxonomy: a baker, a pastry chef and a shop assistant.
SKILLS = ("dough", "ovens", "hygiene", "sugar", "decorate", "till", "smile")
LINKS = (
    ("baker", "dough", "essential"),
    ("baker", "ovens", "essential"),
    ("baker", "hygiene", "essential"),
    ("baker", "decorate", "optional"),
    ("pastry", "sugar", "essential"),
    ("pastry", "decorate", "essential"),
    ("pastry", "ovens", "optional"),
    ("pastry", "hygiene", "optional"),
    ("shop", "till", "essential"),
    ("shop", "smile", "optional"),
    ("shop", "hygiene", "optional"),
)
TAXONOMY = Taxonomy(
    source="test",
    version="1",
    skills=tuple(Skill(id=s, label=s.capitalize()) for s in SKILLS),
    occupations=(
        Occupation("baker", "baker", isco_group="7512"),
        Occupation("pastry", "pastry chef", isco_group="3434"),
        Occupation("shop", "shop assistant", isco_group="5223"),
    ),
    links=tuple(OccupationSkill(o, s, r) for o, s, r in LINKS),
)
INDEX = build_index(TAXONOMY)


def ranked(have: set[str], **options: int) -> list[tuple[str, float]]:
    return [(r.occupation_id, round(r.score, 3)) for r in adjacent_roles(INDEX, have, **options)]


@pytest.mark.parametrize(
    ("have", "options", "expected"),
    [
        pytest.param(set(), {}, [], id="no-skills-no-roles"),
        pytest.param({"hygiene"}, {}, [], id="one-shared-skill-is-below-the-minimum"),
        pytest.param({"hygiene"}, {"min_matched": 1}, None, id="minimum-one-lists-all-three"),
        # baker: (1 + 1) / (3 + 0.5) = 0.571; pastry: (0.5 + 0.5) / (2 + 1) = 0.333
        pytest.param(
            {"ovens", "hygiene"},
            {},
            [("baker", 0.571), ("pastry", 0.333)],
            id="essential-weighs-twice-optional",
        ),
        pytest.param(
            {"dough", "ovens", "hygiene", "decorate"},
            {},
            [("baker", 1.0), ("pastry", 0.667)],
            id="full-cover-scores-one",
        ),
        pytest.param(
            {"ovens", "hygiene"}, {"limit": 1}, [("baker", 0.571)], id="limit-cuts-the-tail"
        ),
        pytest.param({"ovens", "hygiene", "unknown"}, {}, None, id="unknown-skills-are-ignored"),
    ],
)
def test_ranking(have: set[str], options: dict[str, int], expected: list[object] | None) -> None:
    found = ranked(have, **options)
    if expected is None:
        assert len(found) >= 2
        assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    else:
        assert found == expected


def role(occupation: str, have: set[str]) -> AdjacentRole:
    (found,) = [
        r for r in adjacent_roles(INDEX, have, min_matched=1) if r.occupation_id == occupation
    ]
    return found


@pytest.mark.parametrize(
    ("occupation", "have", "matched_essential", "matched_optional", "bridge"),
    [
        pytest.param(
            "pastry",
            {"ovens", "hygiene"},
            [],
            ["ovens", "hygiene"],
            ["sugar", "decorate"],
            id="only-optional-matched",
        ),
        pytest.param(
            "baker",
            {"decorate"},
            [],
            ["decorate"],
            ["dough", "ovens", "hygiene"],
            id="bridge-lists-essential-first",
        ),
        pytest.param(
            "shop",
            {"till"},
            ["till"],
            [],
            ["smile", "hygiene"],
            id="optional-bridges-keep-taxonomy-order",
        ),
    ],
)
def test_matched_and_bridge_skills(
    occupation: str,
    have: set[str],
    matched_essential: list[str],
    matched_optional: list[str],
    bridge: list[str],
) -> None:
    found = role(occupation, have)
    assert [s.skill_id for s in found.matched_essential] == matched_essential
    assert [s.skill_id for s in found.matched_optional] == matched_optional
    assert [s.skill_id for s in found.bridge] == bridge


def test_a_role_explains_itself() -> None:
    found = role("baker", {"ovens", "hygiene"})
    assert found.percent == 57
    assert found.isco_group == "7512"
    assert found.bridge[0].label == "Dough"
    assert found.reasons == (
        "You have 2 of its 3 essential skills and 0 of its 1 optional ones.",
        "1 essential skill to bridge.",
    )


def test_ties_go_to_more_essential_skills() -> None:
    taxonomy = Taxonomy(
        source="test",
        version="1",
        skills=tuple(Skill(id=s, label=s) for s in "abcd"),
        occupations=(Occupation("x", "x"), Occupation("y", "y")),
        links=(
            OccupationSkill("x", "a", "optional"),
            OccupationSkill("x", "b", "optional"),
            OccupationSkill("y", "a", "essential"),
            OccupationSkill("y", "b", "essential"),
        ),
    )
    found = adjacent_roles(build_index(taxonomy), {"a", "b"})
    assert [r.occupation_id for r in found] == ["y", "x"]
    assert [r.score for r in found] == [1.0, 1.0]


def test_a_taxonomy_without_occupations_gives_an_empty_index() -> None:
    index = build_index(Taxonomy(source="builtin", version="1", skills=TAXONOMY.skills))
    assert len(index) == 0
    assert adjacent_roles(index, {"dough", "ovens"}) == ()
