from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.gaps import (
    PATTERN_MIN_PROGRESSING,
    PATTERN_MIN_REJECTIONS,
    ApplicationSkills,
    GapConfig,
    NamedGap,
    PostingMention,
    lift,
    more_in_rejections,
    recency,
    skill_gaps,
)

TODAY = dt.date(2026, 3, 10)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def m(skill: str, requirement: str = "required", sentence: str = "") -> PostingMention:
    return PostingMention(skill, skill.upper(), requirement, sentence or f"We need {skill}.")


def app(
    pk: int,
    outcome: str,
    *mentions: PostingMention,
    stage: str = "screening",
    on: str = "2026-03-10",
) -> ApplicationSkills:
    return ApplicationSkills(pk, outcome, stage, d(on), tuple(mentions))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param("2026-03-10", 1.0, id="today"),
        pytest.param("2025-12-10", 0.5, id="one-half-life"),
        pytest.param("2025-09-11", 0.25, id="two-half-lives"),
        pytest.param("2026-04-01", 1.0, id="future-counts-as-today"),
        pytest.param(None, 1.0, id="undated"),
    ],
)
def test_recency(on: str | None, expected: float) -> None:
    assert recency(d(on) if on else None, TODAY, 90) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        pytest.param((2, 2, 0, 2), 3.0, id="only-in-rejections"),
        pytest.param((1, 2, 1, 2), 1.0, id="same-share"),
        pytest.param((0, 2, 2, 2), 1 / 3, id="only-in-progress"),
    ],
)
def test_lift_is_smoothed(counts: tuple[int, int, int, int], expected: float) -> None:
    assert lift(*counts) == pytest.approx(expected)


# (applications, profile, named, expected [(skill, score, required, preferred, rejected)])
CASES = [
    pytest.param(
        [app(1, "rejected", m("sql"), m("dbt", "preferred"))],
        {"sql"},
        [],
        [("dbt", 0.4, 0, 1, 1)],
        id="profile-skills-are-no-gap",
    ),
    pytest.param(
        [app(1, "rejected", m("sql"), m("sql", "preferred"), m("dbt", "unknown"))],
        set(),
        [],
        [("sql", 1.0, 1, 0, 1), ("dbt", 0.6, 0, 0, 1)],
        id="strongest-requirement-per-posting",
    ),
    pytest.param(
        [
            app(1, "rejected", m("sql"), stage="interview"),
            app(2, "rejected", m("dbt"), stage="applied"),
        ],
        set(),
        [],
        [("sql", 1.3, 1, 0, 1), ("dbt", 0.8, 1, 0, 1)],
        id="later-stages-weigh-more",
    ),
    pytest.param(
        [app(1, "rejected", m("sql"), on="2025-12-10"), app(2, "rejected", m("dbt"))],
        set(),
        [],
        [("dbt", 1.0, 1, 0, 1), ("sql", 0.5, 1, 0, 1)],
        id="older-rejections-fade",
    ),
    pytest.param(
        [app(1, "open", m("sql")), app(2, "progressing", m("dbt"))],
        set(),
        [],
        [],
        id="only-rejections-make-gaps",
    ),
    pytest.param(
        [],
        {"sql"},
        [NamedGap("sql", "SQL", "feedback", "More SQL depth.", d("2026-03-10"), 4)],
        [("sql", 1.5, 0, 0, 0)],
        id="named-in-feedback-counts-even-in-profile",
    ),
    pytest.param(
        [app(1, "rejected", m("tableau", "preferred"))],
        set(),
        [NamedGap("tableau", "TABLEAU", "reflection", "tableau", d("2025-12-10"))],
        [("tableau", 0.4 + 0.75, 0, 1, 1)],
        id="named-adds-to-postings",
    ),
]


@pytest.mark.parametrize(("apps", "profile", "named", "expected"), CASES)
def test_skill_gaps(
    apps: list[ApplicationSkills],
    profile: set[str],
    named: list[NamedGap],
    expected: list[tuple[str, float, int, int, int]],
) -> None:
    gaps = skill_gaps(apps, profile, named, today=TODAY)
    got = [
        (g.skill_id, g.score, g.required_count, g.preferred_count, g.rejected_count) for g in gaps
    ]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (skill, score, *counts), (_, want, *want_counts) in zip(got, expected, strict=True):
        assert score == pytest.approx(want), skill
        assert counts == want_counts, skill


def test_contrast_scales_by_lift_and_explains() -> None:
    apps = [
        *(app(i, "rejected", m("dbt"), m("sql")) for i in (1, 2, 3)),
        *(app(i, "progressing", m("sql")) for i in (4, 5, 6)),
    ]
    gaps = {g.skill_id: g for g in skill_gaps(apps, set(), today=TODAY)}
    dbt, sql = gaps["dbt"], gaps["sql"]
    assert dbt.lift == pytest.approx(4.0)
    assert sql.lift == pytest.approx(1.0)
    assert (dbt.progressing_count, sql.progressing_count) == (0, 3)
    assert dbt.score == pytest.approx(3 * 2.0)  # sqrt(4), the largest factor
    assert sql.score == pytest.approx(3.0)
    assert any("4.0x as often in rejections" in r for r in dbt.reasons)
    assert dbt.reasons[0] == "Asked for in 3 rejected applications (3 as required)."
    assert [g.skill_id for g in more_in_rejections(gaps.values())] == ["dbt"]


# (rejected applications asking for dbt, applications that moved forward without it)
@pytest.mark.parametrize(
    ("rejected", "progressing", "pattern"),
    [
        pytest.param(1, 5, False, id="one-rejection-is-no-pattern"),
        pytest.param(2, 5, False, id="two-rejections-are-no-pattern"),
        pytest.param(3, 2, False, id="too-little-progress-to-compare"),
        pytest.param(3, 3, True, id="at-the-minimums"),
    ],
)
def test_small_numbers_claim_no_pattern(rejected: int, progressing: int, pattern: bool) -> None:
    assert (PATTERN_MIN_REJECTIONS, PATTERN_MIN_PROGRESSING) == (3, 3)
    apps = [app(i, "rejected", m("dbt")) for i in range(rejected)]
    apps += [app(100 + i, "progressing", m("sql")) for i in range(progressing)]
    (gap,) = skill_gaps(apps, set(), today=TODAY)
    assert (gap.lift is not None) == pattern
    assert bool(more_in_rejections([gap])) == pattern
    assert any("as often in rejections" in r for r in gap.reasons) == pattern
    if not pattern:
        assert gap.score == pytest.approx(rejected * 1.0)  # no lift factor either way
    if rejected < PATTERN_MIN_REJECTIONS:
        plural = "s" * (rejected != 1)
        want = f"Seen in {rejected} rejection{plural} so far ({rejected} as required)."
        assert gap.reasons[0] == want


def test_evidence_names_applications_and_sentences() -> None:
    apps = [app(7, "rejected", m("dbt", "preferred", "dbt is a plus."), m("dbt", "required"))]
    named = [NamedGap("dbt", "DBT", "reflection", "I lacked dbt", d("2026-03-01"), 7)]
    (gap,) = skill_gaps(apps, set(), named, today=TODAY)
    assert [(e.application_id, e.requirement, e.source) for e in gap.evidence] == [
        (7, "required", "posting"),
        (7, "named", "reflection"),
    ]
    assert gap.rejected_application_ids == (7,)
    assert gap.lift is None  # nothing progressing to compare with
    assert gap.reasons[0] == "Seen in 1 rejection so far (1 as required)."


def test_evidence_is_capped_and_order_is_stable() -> None:
    apps = [app(i, "rejected", m("sql"), m("dbt")) for i in range(1, 20)]
    gaps = skill_gaps(apps, set(), today=TODAY, config=GapConfig(max_evidence=3))
    assert [g.skill_id for g in gaps] == ["dbt", "sql"]  # same score: by label
    assert all(len(g.evidence) == 3 and g.rejected_count == 19 for g in gaps)
