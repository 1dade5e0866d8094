"""Export and import on the Account page: downloads, the preview, confirm and cancel."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.portability import exporter
from onward.portability.csv_export import COLUMNS
from onward.portability.tests.builders import job_search
from onward.tracker import selectors, services

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC)
PREVIEW = reverse("portability:import_preview")
CONFIRM = reverse("portability:import_confirm")
CANCEL = reverse("portability:import_cancel")


@pytest.fixture(autouse=True)
def data_dir(settings: object, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path  # type: ignore[attr-defined]
    return tmp_path


def _upload(client: Client, text: str | bytes, name: str = "export.json") -> object:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return client.post(PREVIEW, {"file": SimpleUploadedFile(name, content)})


def _pending() -> list[Path]:
    folder = Path(settings.DATA_DIR) / "pending-imports"
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_account_page_offers_export_and_import(alice_client: Client) -> None:
    text = alice_client.get(reverse("accounts:account")).content.decode()
    assert reverse("portability:export_json") in text
    assert reverse("portability:export_csv") in text
    assert f'action="{PREVIEW}"' in text and 'enctype="multipart/form-data"' in text


def test_json_export_downloads_the_whole_account(alice: User, alice_client: Client) -> None:
    job_search(alice, now=NOW)
    response = alice_client.get(reverse("portability:export_json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="onward-export-')
    data = json.loads(response.content)
    assert data["format"] == "onward-export" and len(data["applications"]) == 6
    assert response.content.decode() == exporter.account_export_json(owner=alice)


def test_csv_export_downloads_the_applications(alice: User, alice_client: Client) -> None:
    job_search(alice, now=NOW)
    response = alice_client.get(reverse("portability:export_csv"))
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 7


def test_preview_then_confirm(alice: User, alice_client: Client) -> None:
    search = job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    services.application_delete(application=search.saved)
    response = _upload(alice_client, text)
    assert response.status_code == 200  # type: ignore[attr-defined]
    preview = response.context["preview"]  # type: ignore[attr-defined]
    assert (preview.added, preview.updated) == (3, 0)  # the application, its posting, event
    page = response.content.decode()  # type: ignore[attr-defined]
    assert "What export.json would change" in page and "Import 3 changes" in page
    assert selectors.application_list(owner=alice).count() == 5  # nothing written yet
    [pending] = _pending()
    token = response.context["token"]  # type: ignore[attr-defined]
    assert pending.name == f"{alice.pk}-{token}.json"
    done = alice_client.post(CONFIRM, {"token": token}, follow=True)
    assert "Imported: 3 added, 0 updated." in done.content.decode()
    assert done.redirect_chain[-1][0] == reverse("accounts:account")
    assert selectors.application_list(owner=alice).count() == 6
    assert _pending() == []
    again = alice_client.post(CONFIRM, {"token": token}, follow=True)  # used up
    assert "has expired or was already imported" in again.content.decode()


def test_nothing_to_change_cannot_be_confirmed(alice: User, alice_client: Client) -> None:
    job_search(alice, now=NOW)
    response = _upload(alice_client, exporter.account_export_json(owner=alice))
    page = response.content.decode()  # type: ignore[attr-defined]
    assert "importing it would change nothing" in page
    assert "disabled>Import 0 changes" in page


def test_cancel_forgets_the_upload(alice: User, alice_client: Client) -> None:
    job_search(alice, now=NOW)
    response = _upload(alice_client, exporter.account_export_json(owner=alice))
    token = response.context["token"]  # type: ignore[attr-defined]
    done = alice_client.post(CANCEL, {"token": token}, follow=True)
    assert "Import cancelled; nothing was changed." in done.content.decode()
    assert _pending() == []


def test_another_user_cannot_confirm_your_upload(
    alice: User, bob: User, alice_client: Client, bob_client: Client
) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    token = _upload(alice_client, text).context["token"]  # type: ignore[attr-defined]
    response = bob_client.post(CONFIRM, {"token": token}, follow=True)
    assert "has expired or was already imported" in response.content.decode()
    assert not selectors.application_list(owner=bob).exists()
    assert len(_pending()) == 1  # still there for alice


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{", "not valid JSON: Expecting property name", id="not-json"),
        pytest.param('{"format": "csv"}', "is this an Onward export?", id="not-an-export"),
        pytest.param(
            '{"format": "onward-export", "version": 1, "applications": [{"uid": 3}]}',
            "applications[0]: uid: ",
            id="bad-record",
        ),
        pytest.param(b"\xff\xfe{}", "not UTF-8 text", id="not-utf8"),
    ],
)
def test_problems_are_listed_and_nothing_is_kept(
    alice_client: Client, content: str | bytes, message: str
) -> None:
    response = _upload(alice_client, content)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert message in response.content.decode()  # type: ignore[attr-defined]
    assert _pending() == []


def test_long_problem_lists_are_cut_short(alice_client: Client) -> None:
    records = [{"uid": f"bad-{n}"} for n in range(60)]
    text = json.dumps({"format": "onward-export", "version": 1, "companies": records})
    response = _upload(alice_client, text)
    page = response.content.decode()  # type: ignore[attr-defined]
    assert page.count('<li class="break">') == 50 and "more." in page


def test_a_bom_is_fine(alice: User, alice_client: Client, bob: User) -> None:
    job_search(bob, now=NOW)
    text = "\ufeff" + exporter.account_export_json(owner=bob)
    token = _upload(alice_client, text).context["token"]  # type: ignore[attr-defined]
    alice_client.post(CONFIRM, {"token": token})
    assert selectors.application_list(owner=alice).count() == 6


def test_the_import_page_and_empty_upload(alice_client: Client) -> None:
    assert alice_client.get(reverse("portability:import")).status_code == 200
    response = alice_client.post(PREVIEW, {})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert alice_client.get(PREVIEW).status_code == 405
