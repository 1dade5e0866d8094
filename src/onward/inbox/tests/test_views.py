"""The Inbox on the web: upload, progress polled while the background task runs, the
queue (htmx accept and ignore, bulk), a rejection landing in the rebound flow, editing,
a CSV's column check, settings, IMAP without a password."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.core import background
from onward.inbox.choices import ItemStatus, RunStatus
from onward.inbox.models import ImportRun, InboxSettings, ReviewItem
from onward.inbox.tests import mail
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

FEB = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def _upload(client: Client, name: str, data: bytes) -> ImportRun:
    response = client.post("/inbox/upload/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:2000]
    run = ImportRun.objects.latest("id")
    assert response["Location"] == f"/inbox/imports/{run.pk}/"
    return run


def _mailbox() -> bytes:
    return mail.mbox(
        mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"),
        mail.email(mail.REJECTION, company="Quillfeather", message_id="<q@q.example>"),
    )


def test_upload_runs_in_the_background_with_progress(alice: User, alice_client: Client) -> None:
    run = _upload(alice_client, "takeout.mbox", _mailbox())
    assert run.status == RunStatus.QUEUED
    page = alice_client.get(f"/inbox/imports/{run.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in page and "You can leave this page" in page
    assert background.run_queue() == 1  # the worker's turn
    fragment = alice_client.get(
        f"/inbox/imports/{run.pk}/progress/", headers={"HX-Request": "true"}
    )
    text = fragment.content.decode()
    assert "every 1s" not in text  # done: the polling stops
    assert "Review what it found" in text and "2 to review" in text


def test_the_queue_explains_each_suggestion(alice: User, alice_client: Client) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    page = alice_client.get("/inbox/").content.decode()
    assert "Add a new application at Quillfeather, then log the rejection" in page
    assert "<mark>decided not to move</mark>" in page
    assert "Keys: <kbd>j</kbd>/<kbd>k</kbd> move" in page
    assert 'name="items"' in page and 'form="bulk-form"' in page
    assert 'Waiting <span class="count">2</span>' in page


def test_accepting_a_rejection_lands_in_the_rebound_flow(alice: User, alice_client: Client) -> None:
    factories.application(
        alice, company_name="Quillfeather", stage=Stage.INTERVIEW, applied_on=FEB.date(), now=FEB
    )
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    response = alice_client.post(f"/inbox/items/{item.pk}/accept/", headers={"HX-Request": "true"})
    item.refresh_from_db()
    assert item.rejection is not None
    assert response["HX-Redirect"] == f"/growth/rebound/{item.rejection_id}/reflect/"
    page = alice_client.get(response["HX-Redirect"]).content.decode()
    assert "Rejection logged from your email" in page


def test_htmx_accept_and_ignore_swap_the_row(alice: User, alice_client: Client) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    received = ReviewItem.objects.get(owner=alice, label="application_received")
    rejected = ReviewItem.objects.get(owner=alice, label="rejection")
    accepted = alice_client.post(
        f"/inbox/items/{received.pk}/accept/", headers={"HX-Request": "true"}
    )
    assert accepted.status_code == 200
    assert "Done: add a new application at Tessellate (applied)." in accepted.content.decode()
    ignored = alice_client.post(
        f"/inbox/items/{rejected.pk}/ignore/", headers={"HX-Request": "true"}
    )
    assert "Ignored." in ignored.content.decode()
    rejected.refresh_from_db()
    assert rejected.status == ItemStatus.IGNORED
    alice_client.post(f"/inbox/items/{rejected.pk}/reopen/")
    rejected.refresh_from_db()
    assert rejected.status == ItemStatus.PENDING


def test_a_failed_accept_shows_why_on_the_row(alice: User, alice_client: Client) -> None:
    data = mail.mbox(mail.email(mail.REJECTION, company="", sender="Jo <jo@gmail.com>"))
    _upload(alice_client, "one.mbox", data)
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice)
    response = alice_client.post(f"/inbox/items/{item.pk}/accept/", headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert "Name the company" in response.content.decode()


def test_bulk_accept(alice: User, alice_client: Client) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    ids = list(ReviewItem.objects.values_list("pk", flat=True))
    response = alice_client.post("/inbox/items/bulk/", {"items": ids, "action": "accept"})
    assert response.status_code == 302
    assert Application.objects.filter(owner=alice).count() == 2
    page = alice_client.get("/inbox/").content.decode()
    assert "Accepted 2. 1 rejection logged: the rebound flow is there" in page


def test_bulk_ignores_other_peoples_ids(
    alice: User, bob: User, alice_client: Client, bob_client: Client
) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    ids = list(ReviewItem.objects.values_list("pk", flat=True))
    bob_client.post("/inbox/items/bulk/", {"items": ids, "action": "ignore"})
    assert set(ReviewItem.objects.values_list("status", flat=True)) == {ItemStatus.PENDING}


def test_edit_then_accept(alice: User, alice_client: Client) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    page = alice_client.get(f"/inbox/items/{item.pk}/").content.decode()
    assert "Why Onward suggests this" in page and "Their words" in page
    response = alice_client.post(
        f"/inbox/items/{item.pk}/",
        {
            "application": "new",
            "company": "Quillfeather Studio",
            "role": "Analyst",
            "stage": "rejected",
            "message": "Not this time.",
        },
    )
    assert response.status_code == 302
    app = Application.objects.get(owner=alice)
    assert app.posting.company.name == "Quillfeather Studio"
    assert app.rejection.message == "Not this time."
    item.refresh_from_db()
    assert item.status == ItemStatus.EDITED


def test_a_csv_waits_for_its_columns(alice: User, alice_client: Client) -> None:
    sheet = b"Employer,Position,Progress\nLumenfold,ML Engineer,Waiting on Jo\n"
    run = _upload(alice_client, "jobs.csv", sheet)
    assert run.status == RunStatus.MAPPING
    page = alice_client.get(f"/inbox/imports/{run.pk}/").content.decode()
    assert "Check the columns" in page and "Waiting on Jo" in page
    assert "Import 1 row" in page
    response = alice_client.post(
        f"/inbox/imports/{run.pk}/columns/",
        {
            "col_company": "Employer",
            "col_title": "Position",
            "col_status": "Progress",
            "status_0": "screening",
            "action": "import",
        },
    )
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED
    assert run.options["statuses"] == {"Waiting on Jo": "screening"}
    background.run_queue()
    assert ReviewItem.objects.get(owner=alice).stage == Stage.SCREENING


def test_a_csv_needs_company_and_title_columns(alice: User, alice_client: Client) -> None:
    run = _upload(alice_client, "jobs.csv", b"Employer,Position\nA,B\n")
    response = alice_client.post(
        f"/inbox/imports/{run.pk}/columns/", {"col_company": "", "action": "import"}
    )
    assert response.status_code == 400
    run.refresh_from_db()
    assert run.status == RunStatus.MAPPING


def test_a_wrong_file_says_so_on_the_form(alice_client: Client) -> None:
    response = alice_client.post(
        "/inbox/upload/", {"file": SimpleUploadedFile("cv.pdf", b"%PDF-1.7")}
    )
    assert response.status_code == 400
    assert "could not tell what this file is" in response.content.decode()


def test_settings(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        "/inbox/settings/", {"auto_accept": "on", "auto_accept_min": "0.95", "keep_bodies": ""}
    )
    assert response.status_code == 302
    prefs = InboxSettings.objects.get(owner=alice)
    assert (prefs.auto_accept, prefs.auto_accept_min, prefs.keep_bodies) == (True, 0.95, False)


def test_imap_without_a_password_says_how_to_set_it(alice_client: Client) -> None:
    page = alice_client.get("/inbox/imap/").content.decode()
    assert "ONWARD_IMAP_PASSWORD" in page and "app password" in page
    response = alice_client.post(
        "/inbox/imap/",
        {"host": "imap.example.org", "user": "sam@example.org", "folder": "INBOX",
         "security": "ssl"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "Set ONWARD_IMAP_PASSWORD" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_cancel_resume_and_delete(alice: User, alice_client: Client) -> None:
    run = _upload(alice_client, "takeout.mbox", _mailbox())
    alice_client.post(f"/inbox/imports/{run.pk}/cancel/")
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED and run.stored_file == ""
    response = alice_client.post(f"/inbox/imports/{run.pk}/resume/")
    assert response.status_code == 302
    alice_client.post(f"/inbox/imports/{run.pk}/delete/")
    assert not ImportRun.objects.exists()


def test_an_abandoned_import_offers_to_resume_and_stops_polling(
    alice: User, alice_client: Client
) -> None:
    run = _upload(alice_client, "takeout.mbox", _mailbox())
    long_ago = timezone.now() - dt.timedelta(hours=1)
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, heartbeat_at=long_ago)
    page = alice_client.get(f"/inbox/imports/{run.pk}/").content.decode()
    assert "whatever was reading this import stopped" in page
    assert "Resume where it stopped" in page and "hx-get" not in page
    assert alice_client.post(f"/inbox/imports/{run.pk}/resume/").status_code == 302
    assert ImportRun.objects.get(pk=run.pk).status == RunStatus.QUEUED


def test_the_inbox_is_in_the_main_nav(alice_client: Client) -> None:
    page = alice_client.get("/inbox/").content.decode()
    assert '<a href="/inbox/" aria-current="page">Inbox</a>' in page


def test_the_upload_form_takes_a_zip(alice: User, alice_client: Client) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("one.eml", mail.email(mail.REJECTION, company="Orbitline"))
    _upload(alice_client, "mail.zip", buffer.getvalue())
    background.run_queue()
    assert ReviewItem.objects.get(owner=alice).company == "Orbitline"


def test_after_a_bulk_accept_the_rebound_flow_is_offered(alice: User, alice_client: Client) -> None:
    _upload(alice_client, "takeout.mbox", _mailbox())
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    alice_client.post("/inbox/items/bulk/", {"items": [item.pk], "action": "accept"})
    item.refresh_from_db()
    page = alice_client.get(f"/inbox/items/{item.pk}/").content.decode()
    start = f"/growth/rebound/{item.rejection_id}/start/"
    assert f'action="{start}"' in page
    response = alice_client.post(start)
    assert response["Location"] == f"/growth/rebound/{item.rejection_id}/reflect/"
