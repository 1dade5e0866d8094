from __future__ import annotations

import pytest

from onward.analysis.fit import posting_fit
from onward.analysis.gaps import PostingMention


def m(skill: str, requirement: str, sentence: str = "") -> PostingMention:
    return PostingMention(skill, skill.title(), requirement, sentence or f"{skill} please.")


# (mentions, profile, percent, matched ids, missing ids)
CASES = [
    pytest.param([], set(), None, [], [], id="nothing-found"),
    pytest.param(
        [m("sql", "required"), m("python", "required")], {"sql"}, 50, ["sql"], ["python"], id="half"
    ),
    pytest.param(
        [m("sql", "required"), m("dbt", "preferred")],
        {"sql"},
        71,
        ["sql"],
        ["dbt"],
        id="preferred-weighs-less",
    ),
    pytest.param(
        [m("sql", "preferred"), m("sql", "required", "SQL is a must.")],
        set(),
        0,
        [],
        ["sql"],
        id="strongest-requirement-wins",
    ),
    pytest.param([m("excel", "unknown")], {"excel"}, 100, ["excel"], [], id="all-matched"),
]


@pytest.mark.parametrize(("mentions", "profile", "percent", "matched", "missing"), CASES)
def test_posting_fit(
    mentions: list[PostingMention],
    profile: set[str],
    percent: int | None,
    matched: list[str],
    missing: list[str],
) -> None:
    fit = posting_fit(mentions, profile)
    assert fit.percent == percent
    assert [s.skill_id for s in fit.skills if s.matched] == matched
    assert [s.skill_id for s in fit.skills if not s.matched] == missing
    assert fit.reasons


def test_sentences_are_kept_per_skill_and_grouped() -> None:
    fit = posting_fit(
        [m("sql", "preferred", "SQL is a plus."), m("sql", "required", "You must know SQL.")],
        set(),
    )
    (skill,) = fit.of("required", matched=False)
    assert skill.sentences == ("SQL is a plus.", "You must know SQL.")
    assert fit.of("preferred") == ()
    assert "You have 0 of 1 required skill." in fit.reasons


def test_soft_skills_are_apart() -> None:
    mentions = [
        m("sql", "required"),
        PostingMention("teamwork", "Teamwork", "required", "A team player.", soft=True),
        PostingMention("curiosity", "Curiosity", "unknown", "Be curious.", soft=True),
    ]
    fit = posting_fit(mentions, {"sql", "teamwork"})
    assert fit.percent == 100  # soft skills do not move the score
    assert fit.soft_percent == 57  # 1 of (1 + 0.75)
    assert [s.skill_id for s in fit.soft_skills] == ["teamwork", "curiosity"]
    assert any("Soft skills are listed apart" in r for r in fit.reasons)


@pytest.mark.parametrize(
    ("profile", "percent"),
    [
        pytest.param({"tableau"}, 100, id="one-alternative-is-enough"),
        pytest.param({"looker", "power-bi"}, 100, id="another-alternative"),
        pytest.param(set(), 0, id="none"),
    ],
)
def test_alternatives_count_once(profile: set[str], percent: int) -> None:
    mentions = [
        PostingMention(s, s, "required", "Tableau, Power BI or Looker.", group="g1")
        for s in ("tableau", "power-bi", "looker")
    ]
    fit = posting_fit(mentions, profile)
    assert fit.percent == percent


def test_only_soft_skills_give_no_score() -> None:
    fit = posting_fit([PostingMention("empathy", "Empathy", "required", "x", soft=True)], set())
    assert fit.score is None
    assert fit.soft_percent == 0
