"""The Inbox in the account export: settings, imports and review items (waiting, accepted
with a rejection, ignored) go out and come back byte for byte; an import not finished goes
out (and comes in) as stopped, asking for its file again; importing twice adds nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.inbox import services
from onward.inbox.choices import ItemStatus, RunStatus
from onward.inbox.models import ImportRun, InboxSettings, ReviewItem
from onward.inbox.tests import mail
from onward.portability import exporter, importer, preview
from onward.portability.errors import ImportFileError
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db

FEB = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def _inbox(owner: User, tmp_path: Path) -> None:
    factories.application(
        owner, company_name="Quillfeather", stage=Stage.INTERVIEW, applied_on=FEB.date(), now=FEB
    )
    services.inbox_settings_update(owner=owner, keep_bodies=True, imap_host="imap.example.org")
    path = tmp_path / "mail.mbox"
    path.write_bytes(
        mail.mbox(
            mail.email(mail.REJECTION, company="Quillfeather", message_id="<q@q.example>"),
            mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"),
            mail.email(mail.INTERVIEW, company="Gridline", message_id="<g@g.example>"),
        )
    )
    run = services.import_run_local(owner=owner, path=path)
    services.import_run_execute(run=run)
    items = {i.company: i for i in ReviewItem.objects.filter(owner=owner)}
    services.review_item_accept(item=items["Quillfeather"])
    services.review_item_ignore(item=items["Gridline"])
    csv = tmp_path / "jobs.csv"
    csv.write_text("Company,Title,Status\nOrbitline,QA Engineer,applied\n")
    services.import_run_local(owner=owner, path=csv)  # waiting for its columns


def test_the_inbox_round_trips_byte_for_byte(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    first = exporter.account_export_json(owner=alice)
    data = json.loads(first)
    assert len(data["inbox_settings"]) == 1
    assert [r["status"] for r in data["import_runs"]] == ["done", "stopped"]  # CSV: no file
    statuses = sorted(item["status"] for item in data["review_items"])
    assert statuses == ["accepted", "ignored", "pending"]
    accepted = next(i for i in data["review_items"] if i["status"] == "accepted")
    assert accepted["rejection"] and accepted["result_event"] and accepted["application"]
    assert "stored_file" not in data["import_runs"][0]
    carol = factories.user("carol")
    result = importer.account_import_json(owner=carol, text=first)
    assert result.counts["review_items"].created == 3
    assert exporter.account_export_json(owner=carol) == first
    again = importer.account_import_json(owner=carol, text=first)
    assert (again.created, again.updated) == (0, 0)


def test_an_import_still_running_goes_out_as_stopped(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    ImportRun.objects.filter(owner=alice, status=RunStatus.DONE).update(status=RunStatus.RUNNING)
    text = exporter.account_export_json(owner=alice)
    assert [r["status"] for r in json.loads(text)["import_runs"]] == ["stopped", "stopped"]
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=text)
    assert exporter.account_export_json(owner=carol) == text


def test_an_item_you_already_have_is_reused(alice: User, bob: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    bob_path = tmp_path / "bob"
    bob_path.mkdir()
    path = bob_path / "mail.mbox"
    path.write_bytes(
        mail.mbox(mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"))
    )
    services.import_run_execute(run=services.import_run_local(owner=bob, path=path))
    importer.account_import_json(owner=bob, text=exporter.account_export_json(owner=alice))
    assert ReviewItem.objects.filter(owner=bob, message_key="t@t.example").count() == 1
    assert InboxSettings.objects.filter(owner=bob).count() == 1


def test_bad_inbox_records_are_refused(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    data = json.loads(exporter.account_export_json(owner=alice))
    data["review_items"].append(
        dict(data["review_items"][0], uid="6f1c1b1e-0000-4000-8000-000000000001")
    )
    data["inbox_settings"].append(
        dict(data["inbox_settings"][0], uid="6f1c1b1e-0000-4000-8000-000000000002")
    )
    data["import_runs"][0]["status"] = "dancing"
    with pytest.raises(ImportFileError) as caught:
        importer.account_import(owner=factories.user("carol"), data=data)
    text = str(caught.value)
    assert "'dancing' is not a valid import status" in text


def test_the_pending_item_still_works_after_import(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=exporter.account_export_json(owner=alice))
    pending = ReviewItem.objects.get(owner=carol, status=ItemStatus.PENDING)
    services.review_item_accept(item=pending)
    pending.refresh_from_db()
    assert pending.status == ItemStatus.ACCEPTED
    assert pending.result_application is not None
    assert pending.result_application.owner == carol


def test_settings_you_have_are_updated_in_place(bob: User, alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    mine = services.inbox_settings_update(owner=bob, imap_host="mail.bob.example")
    importer.account_import_json(owner=bob, text=exporter.account_export_json(owner=alice))
    after = InboxSettings.objects.get(owner=bob)
    assert (after.pk, after.uid) == (mine.pk, mine.uid)
    assert (after.imap_host, after.keep_bodies) == ("imap.example.org", True)


def test_the_preview_counts_inbox_records(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    data = json.loads(exporter.account_export_json(owner=alice))
    carol = factories.user("carol")
    counts = {s.name: (s.added, s.updated, s.unchanged) for s in _preview(carol, data)}
    assert counts["review_items"] == (3, 0, 0)
    assert counts["import_runs"] == (2, 0, 0)
    importer.account_import(owner=carol, data=data)
    counts = {s.name: (s.added, s.updated, s.unchanged) for s in _preview(carol, data)}
    assert counts["review_items"] == (0, 0, 3)


def _preview(owner: User, data: object) -> tuple[preview.SectionPreview, ...]:
    return preview.import_preview(owner=owner, data=data).sections


def test_an_over_long_rejection_text_is_refused_before_writing(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    data = json.loads(exporter.account_export_json(owner=alice))
    data["review_items"][0]["message"] = "x" * 100_001
    carol = factories.user("carol")
    with pytest.raises(ImportFileError) as caught:
        importer.account_import(owner=carol, data=data)
    assert "review_items[0]" in str(caught.value)
    assert "message: Keep this to 100000 characters or fewer." in str(caught.value)
    assert not ReviewItem.objects.filter(owner=carol).exists()


def test_an_imported_stopped_run_asks_for_its_file_again(alice: User, tmp_path: Path) -> None:
    _inbox(alice, tmp_path)
    ImportRun.objects.filter(owner=alice, status=RunStatus.DONE).update(status=RunStatus.RUNNING)
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=exporter.account_export_json(owner=alice))
    runs = ImportRun.objects.filter(owner=carol)
    assert {run.status for run in runs} == {RunStatus.STOPPED}
    for run in runs:
        assert run.stored_file == ""
        with pytest.raises(ValidationError, match="no longer here"):
            services.import_run_resume(run=run)
        assert ImportRun.objects.get(pk=run.pk).status == RunStatus.STOPPED


@pytest.mark.parametrize(
    "status",
    [
        pytest.param("queued", id="queued"),
        pytest.param("running", id="running"),
        pytest.param("mapping", id="waiting-for-columns"),
    ],
)
def test_a_file_with_an_unfinished_run_brings_it_in_stopped(
    alice: User, tmp_path: Path, status: str
) -> None:
    _inbox(alice, tmp_path)
    data = json.loads(exporter.account_export_json(owner=alice))
    data["import_runs"][0]["status"] = status
    carol = factories.user("carol")
    importer.account_import(owner=carol, data=data)
    uid = data["import_runs"][0]["uid"]
    assert ImportRun.objects.get(owner=carol, uid=uid).status == RunStatus.STOPPED
