"""Export -> import -> export gives the very same bytes; imports are idempotent and owned."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.portability import exporter, importer
from onward.portability.tests.builders import job_search
from onward.tracker import selectors, services
from onward.tracker.models import (
    Application,
    ApplicationEvent,
    Company,
    JobPosting,
    Rejection,
    TargetRole,
)

NOW = dt.datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=dt.UTC)
MODELS = (Company, JobPosting, Application, ApplicationEvent, Rejection)


def _row_counts(owner: User) -> dict[str, int]:
    return {model.__name__: model.objects.filter(owner=owner).count() for model in MODELS}


def _delete_tracker_data(owner: User) -> None:
    from onward.portability.sections import SECTIONS

    for section in reversed(SECTIONS):  # the growth loop too, newest sections first
        if hasattr(section, "model"):
            section.model._default_manager.filter(owner=owner).delete()


def test_export_holds_every_kind_of_record(alice: User) -> None:
    job_search(alice, now=NOW)
    data = json.loads(exporter.account_export_json(owner=alice))
    assert (data["format"], data["version"]) == ("onward-export", 2)
    assert data["account"] == {
        "display_name": "Alice A.",
        "email": "alice@example.com",
        "ghost_after_days": 21,
        "time_zone": "Europe/Berlin",
    }
    stages = sorted(app["stage"] for app in data["applications"])
    assert stages == ["applied", "ghosted", "interview", "offer", "rejected", "saved"]
    assert len(data["companies"]) == 3
    assert len(data["postings"]) == 6
    assert [e["interview_round"] for e in data["events"] if e["interview_round"]] == [1, 2]
    assert len(data["rejections"]) == 1
    assert data["rejections"][0]["reason"] == "skills_mismatch"
    (role,) = data["target_roles"]
    assert (role["label"], role["alt_labels"]) == ("Data & analytics", ["BI analyst"])
    tagged = [app["stage"] for app in data["applications"] if app["target_role"] == role["uid"]]
    assert tagged == ["interview"]
    (marked,) = data["posting_skill_dismissals"]
    assert (marked["skill_id"], marked["label"]) == ("python", "Python")


def test_export_is_deterministic_and_secret_free(alice: User) -> None:
    job_search(alice, now=NOW)
    first = exporter.account_export_json(owner=alice)
    assert exporter.account_export_json(owner=alice) == first
    assert "password" not in first
    assert "onw_" not in first
    data = json.loads(first)
    assert list(data) == sorted(data)
    assert data["companies"][0]["created_at"].endswith("Z")
    assert len(data["companies"][0]["created_at"]) == len("2024-05-17T09:30:15.123456Z")
    for name in ("companies", "postings", "applications", "rejections"):
        keys = [(item["created_at"], item["uid"]) for item in data[name]]
        assert keys == sorted(keys), name
    for name in ("companies", "postings", "applications", "events", "rejections"):
        assert not [key for key in data[name][0] if key == "id" or key.endswith("_id")], name


@pytest.mark.parametrize(
    "target", [pytest.param("fresh", id="fresh-user"), pytest.param("emptied", id="emptied-alice")]
)
def test_round_trip_is_byte_identical(alice: User, target: str) -> None:
    job_search(alice, now=NOW)
    first = exporter.account_export_json(owner=alice)
    if target == "fresh":
        owner = factories.user("carol")
    else:
        _delete_tracker_data(alice)
        owner = alice
    result = importer.account_import_json(owner=owner, text=first)
    assert result.created == sum(
        len(v) for k, v in json.loads(first).items() if isinstance(v, list)
    )
    assert exporter.account_export_json(owner=owner) == first


def test_imported_data_keeps_working_with_the_services(alice: User) -> None:
    found = job_search(alice, now=NOW)
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=exporter.account_export_json(owner=alice))
    copy = Application.objects.get(owner=carol, uid=found.interviewing.uid)
    assert copy.stage == "interview"
    assert copy.stage_changed_at == found.interviewing.events.last().occurred_at  # type: ignore[union-attr]
    event = services.application_move(application=copy, stage="interview", now=timezone.now())
    assert event.interview_round == 3
    moves = selectors.application_allowed_moves(
        application=selectors.application_get(
            owner=carol, pk=Application.objects.get(owner=carol, uid=found.ghosted.uid).pk
        )
    )
    assert "applied" in moves


def test_importing_twice_changes_nothing(alice: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=text)
    counts = _row_counts(carol)
    again = importer.account_import_json(owner=carol, text=text)
    assert (again.created, again.updated, again.profile_filled) == (0, 0, False)
    assert _row_counts(carol) == counts
    assert exporter.account_export_json(owner=carol) == text


def test_reimport_restores_edited_fields(alice: User) -> None:
    found = job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    services.application_update(application=found.saved, notes="changed later")
    result = importer.account_import_json(owner=alice, text=text)
    assert (result.created, result.updated) == (0, 1)
    assert exporter.account_export_json(owner=alice) == text


def test_bob_importing_alices_file_gets_his_own_copy(alice: User, bob: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    alice_rows = _row_counts(alice)
    importer.account_import_json(owner=bob, text=text)
    assert _row_counts(bob) == alice_rows
    assert _row_counts(alice) == alice_rows
    assert exporter.account_export_json(owner=alice) == text
    assert exporter.account_export_json(owner=bob) == text
    alice_ids = set(Application.objects.filter(owner=alice).values_list("pk", flat=True))
    assert alice_ids.isdisjoint(Application.objects.filter(owner=bob).values_list("pk", flat=True))


def test_profile_is_filled_in_but_never_overwritten(alice: User, bob: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    bob.display_name = "Bob B."
    bob.save()
    result = importer.account_import_json(owner=bob, text=text)
    bob.refresh_from_db()
    assert result.profile_filled
    assert (bob.display_name, bob.email, bob.time_zone) == (
        "Bob B.",
        "alice@example.com",
        "Europe/Berlin",
    )


def test_a_company_with_the_same_name_is_reused(alice: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    carol = factories.user("carol")
    own = services.company_create(owner=carol, name="ACME")
    importer.account_import_json(owner=carol, text=text)
    assert Company.objects.filter(owner=carol).count() == 3
    assert JobPosting.objects.filter(owner=carol, company=own).count() == 2


def test_an_empty_account_exports_and_imports(alice: User, bob: User) -> None:
    text = exporter.account_export_json(owner=alice)
    result = importer.account_import_json(owner=bob, text=text)
    assert (result.created, result.updated) == (0, 0)
    assert exporter.account_export_json(owner=bob) == text


def test_a_target_role_you_have_is_reused(alice: User) -> None:
    found = job_search(alice, now=NOW)
    carol = factories.user("carol")
    mine = services.target_role_save(owner=carol, occupation_id="family:data", label="Data")
    importer.account_import_json(owner=carol, text=exporter.account_export_json(owner=alice))
    copy = Application.objects.get(owner=carol, uid=found.interviewing.uid)
    assert copy.target_role_id == mine.pk
    assert TargetRole.objects.filter(owner=carol).count() == 1
