"""Gaps marked "not relevant to me": hidden from the gaps, restorable, owner-scoped, and
carried by the export."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from tests import factories

from onward.accounts.models import User
from onward.portability import exporter, importer
from onward.portability.errors import ImportFileError
from onward.skills import selectors, selectors_gaps, services
from onward.skills.models import GapDismissal
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db

DBT = "Requirements:\n- Strong SQL\n- dbt is required.\nNice to have: Looker."
DBT_LABEL = "dbt (data build tool)"


def _report(owner: User) -> selectors_gaps.GapReport:
    return selectors_gaps.skill_gaps(owner=owner)


def test_a_dismissed_gap_is_set_apart_and_restored(alice: User, make_app: MakeApp) -> None:
    for _ in range(3):  # enough for a contrast (analysis.gaps.PATTERN_MIN_*)
        make_app(alice, DBT, stage="rejected")
        make_app(alice, "Requirements: SQL.", stage="interview")
    assert DBT_LABEL in [g.label for g in _report(alice).contrast]
    dismissal = services.gap_dismiss(owner=alice, skill_id="dbt", reason="  A false   match ")
    assert (dismissal.label, dismissal.reason) == (DBT_LABEL, "A false match")
    report = _report(alice)
    assert DBT_LABEL not in [g.label for g in report.gaps]
    assert DBT_LABEL not in [g.label for g in report.contrast]
    assert [(d.dismissal, d.gap.label if d.gap else None) for d in report.dismissed] == [
        (dismissal, DBT_LABEL)
    ]
    assert DBT_LABEL in [g.label for g in report.all_gaps]
    services.gap_restore(dismissal=dismissal)
    assert DBT_LABEL in [g.label for g in _report(alice).gaps]
    assert _report(alice).dismissed == ()


def test_dismissing_twice_keeps_one_row(alice: User) -> None:
    first = services.gap_dismiss(owner=alice, skill_id="dbt", reason="Not for me")
    again = services.gap_dismiss(owner=alice, skill_id="dbt")
    assert again.pk == first.pk and again.reason == "Not for me"
    changed = services.gap_dismiss(owner=alice, skill_id="dbt", reason="Wrong match")
    assert changed.pk == first.pk and changed.reason == "Wrong match"
    assert GapDismissal.objects.filter(owner=alice).count() == 1


@pytest.mark.parametrize(
    ("skill_id", "reason", "field"),
    [
        pytest.param("nope", "", "skill_id", id="unknown-skill"),
        pytest.param("dbt", "x" * 501, "reason", id="reason-too-long"),
        pytest.param("dbt", "a\x00b", "reason", id="reason-nul"),
    ],
)
def test_bad_dismissals_save_nothing(alice: User, skill_id: str, reason: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.gap_dismiss(owner=alice, skill_id=skill_id, reason=reason)
    assert field in caught.value.message_dict
    assert not GapDismissal.objects.exists()


def test_a_dismissal_without_a_current_gap_is_listed(alice: User) -> None:
    services.gap_dismiss(owner=alice, skill_id="cobol")
    (only,) = _report(alice).dismissed
    assert only.gap is None and only.dismissal.label == "COBOL"


def test_a_dismissal_under_another_taxonomy_matches_by_label(
    alice: User, make_app: MakeApp
) -> None:
    make_app(alice, DBT, stage="rejected")
    GapDismissal.objects.create(owner=alice, skill_id="http://esco.example/dbt", label=DBT_LABEL)
    assert DBT_LABEL not in [g.label for g in _report(alice).gaps]


def test_planning_a_dismissed_gap_still_links_its_rejections(
    alice: User, make_app: MakeApp
) -> None:
    rejected = make_app(alice, DBT, stage="rejected")
    services.gap_dismiss(owner=alice, skill_id="dbt")
    action = services.learning_action_plan(owner=alice, skill_id="dbt")
    assert list(action.surfaced_by.all()) == [rejected]
    assert selectors_gaps.skill_gap_named(owner=alice, name="dbt") is not None


def test_dismissals_are_owner_scoped(alice: User, bob: User, make_app: MakeApp) -> None:
    make_app(bob, DBT, stage="rejected")
    dismissal = services.gap_dismiss(owner=alice, skill_id="dbt")
    assert DBT_LABEL in [g.label for g in _report(bob).gaps]
    assert _report(bob).dismissed == ()
    with pytest.raises(Http404):
        selectors.gap_dismissal_get(owner=bob, pk=dismissal.pk)
    assert selectors.gap_dismissal_named(owner=bob, name="dbt") is None
    assert selectors.gap_dismissal_named(owner=alice, name=DBT_LABEL.upper()) == dismissal
    assert selectors.gap_dismissal_named(owner=alice, name=str(dismissal.pk)) == dismissal


def test_dismissals_travel_in_the_export(alice: User) -> None:
    when = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    services.gap_dismiss(owner=alice, skill_id="dbt", reason="Not for me", now=when)
    text = exporter.account_export_json(owner=alice)
    (record,) = json.loads(text)["gap_dismissals"]
    assert (record["skill_id"], record["label"], record["reason"]) == (
        "dbt",
        DBT_LABEL,
        "Not for me",
    )
    carol = factories.user("carol")
    services.gap_dismiss(owner=carol, skill_id="dbt")  # reused, not duplicated
    importer.account_import_json(owner=carol, text=text)
    assert selectors.gap_dismissal_list(owner=carol).get().reason == "Not for me"
    again = importer.account_import_json(owner=carol, text=text)
    assert (again.created, again.updated) == (0, 0)


def test_an_import_listing_a_skill_twice_is_refused(alice: User, bob: User) -> None:
    services.gap_dismiss(owner=alice, skill_id="dbt")
    data = json.loads(exporter.account_export_json(owner=alice))
    twin = dict(data["gap_dismissals"][0], uid="00000000-0000-4000-8000-000000000001")
    data["gap_dismissals"].append(twin)
    with pytest.raises(ImportFileError, match="listed twice"):
        importer.account_import_json(owner=bob, text=json.dumps(data))
