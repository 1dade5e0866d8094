"""The Inbox over the JSON API: upload (multipart), progress, the queue, accept with or
without changes, bulk, a CSV's preview and mapping, settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.core import background
from onward.inbox.models import ReviewItem
from onward.inbox.tests import mail
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

API = "/api/v1/inbox"


@pytest.fixture
def api(alice: User) -> Client:
    _token, secret = account_services.api_token_create(owner=alice, name="inbox")
    return Client(headers={"authorization": f"Bearer {secret}"})


def _json(client: Client, method: str, url: str, body: Any = None) -> Any:
    import json

    response = client.generic(method, url, json.dumps(body or {}), "application/json")
    assert response.status_code < 300, (response.status_code, response.content[:500])
    return response.json() if response.content else None


def _upload(api: Client, name: str, data: bytes) -> dict[str, Any]:
    response = api.post(f"{API}/imports", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 202, response.content
    return dict(response.json())


def _mailbox() -> bytes:
    return mail.mbox(
        mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"),
        mail.email(mail.REJECTION, company="Quillfeather", message_id="<q@q.example>"),
    )


def test_upload_then_review(alice: User, api: Client) -> None:
    run = _upload(api, "takeout.mbox", _mailbox())
    assert (run["status"], run["source"]) == ("queued", "mbox")
    background.run_queue()
    run = _json(api, "GET", f"{API}/imports/{run['id']}")
    assert (run["status"], run["proposed_count"], run["percent"]) == ("done", 2, 100)
    page = _json(api, "GET", f"{API}/items?status=pending")
    assert page["count"] == 2
    rejection = next(i for i in page["items"] if i["label"] == "rejection")
    assert rejection["proposal"] == "Add a new application at Quillfeather, then log the rejection"
    assert rejection["evidence"][0]["text"] == "decided not to move"
    assert "not to move forward" in rejection["message"]
    done = _json(api, "POST", f"{API}/items/{rejection['id']}/accept", {"rebound": False})
    assert done["status"] == "accepted" and done["rejection_id"]
    assert Application.objects.get(owner=alice).stage == "rejected"


def test_accept_with_changes(alice: User, api: Client) -> None:
    _upload(api, "takeout.mbox", _mailbox())
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice, label="application_received")
    done = _json(
        api, "POST", f"{API}/items/{item.pk}/accept",
        {"company": "Tessellate GmbH", "role": "Data Engineer", "applied_on": "2025-02-20"},
    )  # fmt: skip
    assert done["status"] == "edited"
    app = Application.objects.get(owner=alice)
    assert (app.posting.company.name, app.posting.title) == ("Tessellate GmbH", "Data Engineer")
    assert app.applied_on == dt.date(2025, 2, 20)


def test_bulk_and_ignore(alice: User, api: Client) -> None:
    _upload(api, "takeout.mbox", _mailbox())
    background.run_queue()
    ids = list(ReviewItem.objects.values_list("pk", flat=True))
    result = _json(api, "POST", f"{API}/items/bulk", {"ids": ids, "action": "ignore"})
    assert result == {"accepted": [], "ignored": 2, "failed": []}
    reopened = _json(api, "POST", f"{API}/items/{ids[0]}/reopen")
    assert reopened["status"] == "pending"
    result = _json(api, "POST", f"{API}/items/bulk", {"ids": ids, "action": "accept"})
    assert result["accepted"] == [ids[0]]


def test_a_refused_accept_is_a_400_with_the_reason(alice: User, api: Client) -> None:
    _upload(api, "takeout.mbox", _mailbox())
    background.run_queue()
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    response = api.post(
        f"{API}/items/{item.pk}/accept", {"company": ""}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "Name the company" in str(response.json()["errors"])


def test_a_csv_preview_then_mapping(alice: User, api: Client) -> None:
    run = _upload(api, "jobs.csv", b"Employer,Position,Progress\nLumenfold,ML Engineer,Soon\n")
    assert run["status"] == "mapping"
    preview = _json(api, "GET", f"{API}/imports/{run['id']}/preview")
    assert preview["format"] == "spreadsheet"
    assert preview["unknown_statuses"] == [{"value": "Soon", "rows": 1}]
    assert preview["rows"][0]["company"] == "Lumenfold"
    run = _json(
        api, "POST", f"{API}/imports/{run['id']}/mapping",
        {"statuses": {"Soon": "saved"}, "start": True},
    )  # fmt: skip
    assert run["status"] == "queued"
    background.run_queue()
    assert ReviewItem.objects.get(owner=alice).stage == "saved"


def test_a_wrong_file_is_a_400(api: Client) -> None:
    response = api.post(f"{API}/imports", {"file": SimpleUploadedFile("cv.pdf", b"%PDF-1.7")})
    assert response.status_code == 400
    assert "could not tell" in str(response.json()["errors"])


def test_imap_needs_the_password_in_the_environment(api: Client) -> None:
    response = api.post(
        f"{API}/imports/imap",
        {"host": "imap.example.org", "user": "sam@example.org"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "ONWARD_IMAP_PASSWORD" in str(response.json()["errors"])


def test_settings(api: Client) -> None:
    assert _json(api, "GET", f"{API}/settings")["auto_accept"] is False
    changed = _json(api, "PATCH", f"{API}/settings", {"auto_accept": True, "auto_accept_min": 0.8})
    assert (changed["auto_accept"], changed["auto_accept_min"]) == (True, 0.8)
    response = api.patch(
        f"{API}/settings", {"auto_accept_min": 0.2}, content_type="application/json"
    )
    assert response.status_code == 422
