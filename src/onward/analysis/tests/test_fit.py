from __future__ import annotations

import pytest

from onward.analysis.fit import fit_percent, posting_fit
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
        75,
        ["sql"],
        ["dbt"],
        id="preferred-weighs-less",
    ),
    pytest.param(
        [m("sql", "preferred"), m("sql", "required", "SQL is a must.")],
        {"go"},
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
        {"go"},
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
        pytest.param({"go"}, 0, id="none"),
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
    fit = posting_fit([PostingMention("empathy", "Empathy", "required", "x", soft=True)], {"go"})
    assert fit.score is None
    assert fit.state == "soft_only"
    assert fit.soft_percent == 0


def _analyst_posting() -> list[PostingMention]:
    """Two requirements, and eight words the extractor also picked up around them."""
    extra = [m(f"extra{i}", "unknown") for i in range(6)] + [
        m(f"nice{i}", "preferred") for i in range(2)
    ]
    return [m("sql", "required"), m("tableau", "required"), *extra]


@pytest.mark.parametrize(
    ("profile", "low", "high"),
    [
        pytest.param({"sql", "tableau"}, 75, 75, id="every-requirement-none-of-the-rest"),
        pytest.param({"sql"}, 37, 38, id="half-the-requirements"),
        pytest.param(
            {f"extra{i}" for i in range(6)} | {"nice0", "nice1"},
            25,
            25,
            id="all-the-rest-no-requirement",
        ),
    ],
)
def test_required_hard_skills_dominate(profile: set[str], low: int, high: int) -> None:
    fit = posting_fit(_analyst_posting(), profile)
    assert fit.percent is not None and low <= fit.percent <= high
    assert any(r.startswith("Required skills make up 75% of the fit") for r in fit.reasons)


def test_required_skills_outweigh_the_rest_even_when_outnumbered() -> None:
    meets_requirements = posting_fit(_analyst_posting(), {"sql", "tableau"})
    meets_the_rest = posting_fit(
        _analyst_posting(), {f"extra{i}" for i in range(6)} | {"nice0", "nice1"}
    )
    assert (meets_requirements.score or 0) > 2 * (meets_the_rest.score or 0)


def test_without_a_profile_there_is_no_fit() -> None:
    fit = posting_fit([m("sql", "required"), m("dbt", "preferred")], set())
    assert fit.no_profile and fit.state == "no_profile"
    assert fit.score is None and fit.percent is None and fit.soft_score is None
    assert [s.skill_id for s in fit.skills] == ["sql", "dbt"]  # still listed, as asked for
    assert "You have not added your skills yet" in fit.reasons[0]


def test_skills_marked_not_required_count_for_nothing() -> None:
    mentions = [m("sql", "required"), m("pensions", "required", "We offer pensions.")]
    before = posting_fit(mentions, {"sql"})
    after = posting_fit(mentions, {"sql"}, not_required={"pensions"})
    assert (before.percent, after.percent) == (50, 100)
    assert [s.skill_id for s in after.skills] == ["sql"]
    (apart,) = after.not_required
    assert (apart.skill_id, apart.sentences) == ("pensions", ("We offer pensions.",))
    assert "You marked 1 skill as not a requirement; it does not count." in after.reasons


def test_nothing_found_is_its_own_state() -> None:
    assert posting_fit([], {"sql"}).state == "no_skills"


def _soft(skill: str, requirement: str) -> PostingMention:
    return PostingMention(skill, skill.title(), requirement, f"{skill}.", soft=True)


def _alt(skill: str, requirement: str, group: str) -> PostingMention:
    return PostingMention(skill, skill.title(), requirement, f"{skill}.", group=group)


PERCENT_CASES = [
    *CASES,
    pytest.param([m("sql", "required")], set(), None, [], [], id="no-profile"),
    pytest.param([_soft("curiosity", "required")], {"curiosity"}, None, [], [], id="soft-only"),
    pytest.param(
        [m("sql", "required"), _soft("teamwork", "unknown"), m("dbt", "unknown")],
        {"sql", "teamwork"},
        None,
        [],
        [],
        id="soft-does-not-move-it",
    ),
    pytest.param(
        [_alt("tableau", "preferred", "bi"), _alt("power bi", "required", "bi"), m("r", "unknown")],
        {"tableau"},
        None,
        [],
        [],
        id="alternatives",
    ),
    pytest.param(
        [m("a", "required"), m("b", "required"), m("c", "required"), m("d", "preferred")],
        {"a", "d"},
        None,
        [],
        [],
        id="thirds",
    ),
]


@pytest.mark.parametrize(("mentions", "profile", "_p", "_m", "_x"), PERCENT_CASES)
def test_fit_percent_is_the_fits_percent(
    mentions: list[PostingMention], profile: set[str], _p: object, _m: object, _x: object
) -> None:
    assert fit_percent(mentions, profile) == posting_fit(mentions, profile).percent
