"""Gaps across the search: rejected postings, reflections and feedback, with evidence;
the contrast with progressing applications; planning a gap links its rejections."""

from __future__ import annotations

import pytest

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.skills import selectors_gaps, services
from onward.skills.engine import get_engine
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db

DBT = "Requirements:\n- Strong SQL\n- dbt is required.\nNice to have: Looker."
SQL_ONLY = "Requirements:\n- Strong SQL\n- Python scripting."


def _labels(owner: User) -> list[str]:
    return [g.label for g in selectors_gaps.skill_gaps(owner=owner).gaps]


def test_gaps_come_from_rejected_postings_minus_the_profile(alice: User, make_app: MakeApp) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    rejected = make_app(alice, DBT, stage="rejected")
    make_app(alice, SQL_ONLY, stage="applied")  # open: no gap from it
    report = selectors_gaps.skill_gaps(owner=alice)
    assert [g.label for g in report.gaps] == ["dbt (data build tool)", "Looker"]
    dbt = report.gaps[0]
    assert (dbt.required_count, dbt.preferred_count, dbt.rejected_count) == (1, 0, 1)
    assert [(e.application_id, e.sentence, e.requirement) for e in dbt.evidence] == [
        (rejected.pk, "dbt is required.", "required")
    ]
    assert report.applications[rejected.pk] == rejected
    assert (report.rejected, report.progressing) == (1, 0)


def test_contrast_with_applications_that_moved_forward(alice: User, make_app: MakeApp) -> None:
    for _ in range(3):  # the pattern minimums (analysis.gaps.PATTERN_MIN_*)
        make_app(alice, DBT, stage="rejected")
        make_app(alice, SQL_ONLY, stage="interview")
    report = selectors_gaps.skill_gaps(owner=alice)
    by_label = {g.label: g for g in report.gaps}
    assert by_label["SQL"].progressing_count == 3
    assert "dbt (data build tool)" in [g.label for g in report.contrast]
    assert "SQL" not in [g.label for g in report.contrast]


def test_two_rejections_make_no_contrast(alice: User, make_app: MakeApp) -> None:
    make_app(alice, DBT, stage="rejected")
    make_app(alice, DBT, stage="rejected")
    for _ in range(3):
        make_app(alice, SQL_ONLY, stage="interview")
    report = selectors_gaps.skill_gaps(owner=alice)
    assert report.contrast == ()
    assert all(g.lift is None for g in report.gaps)
    assert report.gaps[0].reasons[0].startswith("Seen in 2 rejections so far")


def test_reflections_and_skill_feedback_name_gaps(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice, "", stage="rejected")
    growth_services.reflection_create(
        owner=alice, kind="after_rejection", application=app, lacked="Tableau in depth",
        skill_tags=["Excel"],
    )  # fmt: skip
    growth_services.feedback_record(
        application=app,
        text="We needed more Python experience.",
        themes=["technical_skills"],
        received_on=app.rejection.received_on,
    )
    growth_services.feedback_record(
        application=app,
        text="Lovely chat about Kubernetes.",
        themes=["culture_fit"],
        received_on=app.rejection.received_on,
    )
    # Read in the background: until then the report says how many are waiting.
    before = selectors_gaps.skill_gaps(owner=alice)
    assert (before.gaps, before.pending) == ((), 3)
    assert services.journal_analyse_pending() == 3
    report = selectors_gaps.skill_gaps(owner=alice)
    assert sorted(g.label for g in report.gaps) == ["Excel", "Python", "Tableau"]
    assert report.pending == 0
    python = next(g for g in report.gaps if g.label == "Python")
    assert python.evidence[0].source == "feedback" and python.named_count == 1


def test_the_gaps_report_never_extracts(
    alice: User, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(alice, DBT, stage="rejected")
    growth_services.reflection_create(owner=alice, kind="general", application=app, lacked="R")
    services.journal_analyse_pending()
    engine = get_engine()

    def refuse(text: str) -> None:
        raise AssertionError(f"extracted at request time: {text!r}")

    monkeypatch.setattr(type(engine), "extract", lambda self, text: refuse(text))
    labels = [g.label for g in selectors_gaps.skill_gaps(owner=alice).gaps]
    assert "dbt (data build tool)" in labels and "R (programming language)" in labels


def test_one_gap_matches_the_whole_report(alice: User, make_app: MakeApp) -> None:
    make_app(alice, DBT, stage="rejected")
    make_app(alice, DBT, stage="rejected")
    make_app(alice, SQL_ONLY, stage="interview")
    make_app(alice, SQL_ONLY, stage="rejected")
    report = selectors_gaps.skill_gaps(owner=alice)
    for gap in report.all_gaps:
        assert selectors_gaps.skill_gap(owner=alice, skill_id=gap.skill_id) == gap
    assert selectors_gaps.skill_gap(owner=alice, skill_id="no-such-skill") is None


def test_plan_from_a_gap_links_the_rejections(alice: User, make_app: MakeApp) -> None:
    first = make_app(alice, DBT, stage="rejected")
    second = make_app(alice, DBT, stage="rejected")
    make_app(alice, DBT, stage="applied")
    action = services.learning_action_plan(owner=alice, skill_id="dbt", kind="practice")
    assert (action.title, action.skill_label) == (
        "Practise dbt (data build tool) deliberately",
        "dbt (data build tool)",
    )
    assert sorted(a.pk for a in action.surfaced_by.all()) == sorted([first.pk, second.pk])
    services.learning_action_complete(action=action)
    assert "dbt (data build tool)" not in _labels(alice)


def test_plan_for_a_skill_that_is_no_gap(alice: User) -> None:
    action = services.learning_action_plan(owner=alice, skill_id="sql", title="SQL drills")
    assert (action.title, action.surfaced_by.count()) == ("SQL drills", 0)
    with pytest.raises(Exception, match="Unknown skill"):
        services.learning_action_plan(owner=alice, skill_id="nope")


def test_gaps_are_owner_scoped(alice: User, bob: User, make_app: MakeApp) -> None:
    make_app(alice, DBT, stage="rejected")
    assert _labels(alice) and _labels(bob) == []
    assert selectors_gaps.skill_gap_named(owner=alice, name="dbt") is not None
    assert selectors_gaps.skill_gap_named(owner=bob, name="dbt") is None
