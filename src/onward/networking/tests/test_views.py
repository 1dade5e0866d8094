"""The networking pages: thin adapters over the services, errors shown, not raised."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from onward.accounts.models import User
from onward.networking import services
from onward.networking.models import Contact, Interaction, NetworkSettings, Reminder
from onward.networking.tests.conftest import TODAY
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def test_pages_render(alice: User, alice_client: Client, app: Application, jo: Contact) -> None:
    reminder = services.reminder_create(
        owner=alice, title="Thank Jo", due_on=TODAY, contact=jo, kind="thank_you"
    )
    pages = [
        "/network/",
        "/network/?tag=mentor&q=jo&order=-last_contacted",
        f"/network/contacts/{jo.pk}/",
        "/network/reminders/",
        f"/network/reminders/{reminder.pk}/?tone=warm",
        "/network/warm-paths/",
        "/network/import/",
        "/network/calendar/",
        "/network/duplicates/",
        f"/network/applications/{app.pk}/interview/",
    ]
    for url in pages:
        assert alice_client.get(url).status_code == 200, url
    detail = alice_client.get(f"/network/reminders/{reminder.pk}/?tone=warm").content.decode()
    assert "Hi Jo," in detail and "mailto:jo.park%40acme.example" not in detail


def test_application_and_company_pages_show_the_people(
    alice_client: Client, app: Application, jo: Contact
) -> None:
    services.application_contact_link(contact=jo, application=app, role="hiring_manager")
    page = alice_client.get(f"/applications/{app.pk}/").content.decode()
    assert (
        "Hiring manager" in page
        and "Jo Park" in page
        and "Log an interview with interviewers" in page
    )
    company = alice_client.get(
        f"/applications/companies/{app.posting.company_id}/"
    ).content.decode()
    assert "People you know here" in company and "works there as Data Lead" in company


def test_log_link_and_validation_errors(
    alice_client: Client, app: Application, jo: Contact
) -> None:
    ok = alice_client.post(
        f"/network/contacts/{jo.pk}/log/", {"kind": "coffee", "application": app.pk, "notes": "dbt"}
    )
    assert ok.status_code == 302
    assert Interaction.objects.get().application == app
    future = (TODAY + dt.timedelta(days=9)).isoformat()
    bad = alice_client.post(
        f"/network/contacts/{jo.pk}/log/", {"kind": "coffee", "occurred_on": future}
    )
    assert bad.status_code == 400 and "future" in bad.content.decode()
    linked = alice_client.post(
        f"/network/contacts/{jo.pk}/link/", {"application": app.pk, "role": "peer"}
    )
    assert linked.status_code == 302 and jo.links.get().role == "peer"


def test_interview_form_logs_the_round_and_its_interviewers(
    alice_client: Client, app: Application, jo: Contact, sam: Contact
) -> None:
    response = alice_client.post(
        f"/network/applications/{app.pk}/interview/",
        {"interviewers": [jo.pk, sam.pk], "interview_kind": "technical"},
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert app.stage == "interview"
    assert Reminder.objects.filter(kind="thank_you").count() == 2


def test_referral_from_the_application_page(
    alice_client: Client, app: Application, jo: Contact
) -> None:
    alice_client.post(f"/network/applications/{app.pk}/referral/", {"contact": jo.pk})
    app.refresh_from_db()
    assert app.channel == "referral" and jo.links.get().role == "referrer"


def test_import_upload_and_error(alice_client: Client) -> None:
    good = SimpleUploadedFile("people.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Kim Lee\nEND:VCARD\n")
    assert alice_client.post("/network/import/", {"file": good, "kind": "auto"}).status_code == 302
    bad = SimpleUploadedFile("Connections.csv", b"First Name,Last Name\nJo,Park,extra\n")
    response = alice_client.post("/network/import/", {"file": bad, "kind": "auto"})
    assert response.status_code == 400 and "line 2" in response.content.decode()
    assert list(Contact.objects.values_list("name", flat=True)) == ["Kim Lee"]


def test_merge_and_reminder_actions(
    alice: User, alice_client: Client, jo: Contact, sam: Contact
) -> None:
    reminder = services.reminder_create(
        owner=alice, title="Thank Sam", due_on=TODAY, contact=sam, kind="thank_you"
    )
    snoozed = alice_client.post(
        f"/network/reminders/{reminder.pk}/snooze/", {"days": "3", "next": "/network/reminders/"}
    )
    assert snoozed.status_code == 302
    reminder.refresh_from_db()
    assert reminder.due_on == TODAY + dt.timedelta(days=3)
    alice_client.post(f"/network/reminders/{reminder.pk}/done/", {"log": "on"})
    assert Interaction.objects.get().kind == "thank_you"
    merged = alice_client.post("/network/duplicates/merge/", {"keep": jo.pk, "other": sam.pk})
    assert merged.status_code == 302 and Interaction.objects.get().contact_id == jo.pk


def test_digest_settings(alice: User, alice_client: Client) -> None:
    assert (
        alice_client.post(
            "/network/calendar/digest/", {"digest": "weekly", "digest_to": ""}
        ).status_code
        == 302
    )
    assert NetworkSettings.objects.get(owner=alice).digest == "weekly"
    assert alice_client.post("/network/calendar/digest/", {"digest": "hourly"}).status_code == 400


def test_dashboard_and_timeline_show_networking(
    alice: User, alice_client: Client, app: Application, jo: Contact
) -> None:
    services.reminder_create(owner=alice, title="Thank Jo today", due_on=TODAY, contact=jo)
    services.interaction_log(contact=jo, kind="coffee", notes="Great chat")
    assert "Thank Jo today" in alice_client.get("/").content.decode()
    timeline = alice_client.get("/growth/").content.decode()
    assert "Coffee chat with Jo Park" in timeline
