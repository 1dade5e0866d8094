"""The networking API: contacts CRUD with filters and pagination, interactions, links,
interviews with interviewers, referrals, reminders, merge, imports, warm paths."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.networking import services
from onward.networking.models import Contact, Interaction, Reminder
from onward.networking.tests.conftest import TODAY
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(alice: User) -> JsonClient:
    return JsonClient.for_user(alice)


def test_contact_crud(api: JsonClient, app: Application) -> None:
    body = {
        "name": "Jo Park",
        "company_name": "acme",
        "tags": ["Mentor", "alumni"],
        "cadence_days": 90,
    }
    created = api.post("/contacts", body)
    assert created.status_code == 201, created.json()
    data = created.json()
    assert (data["company"]["name"], data["tags"], data["last_contacted"]) == (
        "Acme",
        ["mentor", "alumni"],
        None,
    )
    pk = data["id"]
    patched = api.patch(f"/contacts/{pk}", {"role": "Data Lead", "cadence_days": None})
    assert (patched.json()["role"], patched.json()["cadence_days"]) == ("Data Lead", None)
    assert api.get(f"/contacts/{pk}").json()["name"] == "Jo Park"
    assert api.delete(f"/contacts/{pk}").status_code == 204
    assert api.get(f"/contacts/{pk}").status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        pytest.param({"name": ""}, 422, "name", id="blank"),
        pytest.param({"name": "A", "email": "nope"}, 400, "email", id="email"),
        pytest.param({"name": "A", "cadence_days": 0}, 422, "cadence_days", id="cadence"),
        pytest.param({"name": "A", "company_id": 999999}, 404, None, id="company"),
        pytest.param({"name": "A", "unknown": 1}, 422, "unknown", id="extra"),
    ],
)
def test_contact_create_refuses(
    api: JsonClient, body: dict[str, object], status: int, field: str | None
) -> None:
    response = api.post("/contacts", body)
    assert response.status_code == status
    if field:
        assert field in response.json()["errors"]


def test_contact_list_filters_and_paginates(
    api: JsonClient, alice: User, clock: time_machine.Traveller
) -> None:
    for name, tags in (("Ana", "mentor"), ("Ben", "alumni,mentor"), ("Cy", "alumni"), ("Di", "")):
        services.contact_create(owner=alice, name=name, tags=tags, company_name="Acme")
    page = api.get("/contacts", {"limit": 2, "offset": 1}).json()
    assert page["count"] == 4 and [c["name"] for c in page["items"]] == ["Ben", "Cy"]
    tagged = api.get("/contacts", {"tag": "mentor"}).json()
    assert [c["name"] for c in tagged["items"]] == ["Ana", "Ben"]
    assert api.get("/contacts", {"q": "di"}).json()["count"] == 1
    assert api.get("/contacts", {"order": "bogus"}).status_code == 422


def test_interactions_and_links(api: JsonClient, jo: Contact, app: Application) -> None:
    logged = api.post(
        "/interactions",
        {"contact_id": jo.pk, "kind": "coffee", "application_id": app.pk, "notes": "Talked dbt"},
    )
    assert logged.status_code == 201, logged.json()
    assert logged.json()["occurred_on"] == TODAY.isoformat()
    future = (TODAY + dt.timedelta(days=5)).isoformat()
    assert (
        api.post(
            "/interactions", {"contact_id": jo.pk, "kind": "call", "occurred_on": future}
        ).status_code
        == 400
    )
    listed = api.get("/interactions", {"contact_id": jo.pk}).json()
    assert [i["kind"] for i in listed["items"]] == ["coffee"]
    link = api.post(
        "/contact-links", {"contact_id": jo.pk, "application_id": app.pk, "role": "recruiter"}
    )
    assert link.status_code == 201
    assert api.get("/contact-links", {"application_id": app.pk}).json()["count"] == 1
    assert api.delete(f"/contact-links/{link.json()['id']}").status_code == 204
    assert api.get("/contacts", {"order": "-last_contacted"}).json()["items"][0]["last_contacted"]


def test_interview_with_interviewers_then_referral(
    api: JsonClient, jo: Contact, sam: Contact, app: Application
) -> None:
    response = api.post(
        f"/applications/{app.pk}/interviews",
        {"interviewer_ids": [jo.pk, sam.pk], "interview_kind": "phone"},
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["interview_round"] == 1 and len(data["interaction_ids"]) == 2
    reminders = api.get("/reminders", {"kind": "thank_you"}).json()["items"]
    assert len(reminders) == 2
    drafts = api.get(f"/reminders/{reminders[0]['id']}/drafts").json()
    assert [d["tone"] for d in drafts] == ["brief", "warm", "specific_question"]
    referral = api.post(f"/applications/{app.pk}/referral", {"contact_id": jo.pk})
    assert referral.status_code == 201 and referral.json()["role"] == "referrer"
    assert api.get("/warm-paths/referrers").json() == [
        {"application_id": app.pk, "contact_id": jo.pk, "name": "Jo Park"}
    ]
    assert (
        api.post(f"/applications/{app.pk}/interviews", {"interviewer_ids": [999999]}).status_code
        == 404
    )


def test_reminders_lifecycle(api: JsonClient, jo: Contact) -> None:
    created = api.post(
        "/reminders",
        {"title": "Call Jo", "due_on": TODAY.isoformat(), "contact_id": jo.pk, "kind": "keep_warm"},
    )
    assert created.status_code == 201
    pk = created.json()["id"]
    snoozed = api.post(f"/reminders/{pk}/snooze", {"days": 2}).json()
    assert (snoozed["due_on"], snoozed["snoozed_times"]) == (
        (TODAY + dt.timedelta(days=2)).isoformat(),
        1,
    )
    assert api.post(f"/reminders/{pk}/snooze", {}).status_code == 400
    done = api.post(f"/reminders/{pk}/done", {"log": True}).json()
    assert done["status"] == "done"
    assert Interaction.objects.get(contact=jo).kind == "message"
    assert api.get("/reminders").json()["count"] == 0
    assert api.get("/reminders", {"status": "all"}).json()["count"] == 1
    assert (
        api.patch(f"/reminders/{pk}", {"title": "Call Jo back"}).json()["title"] == "Call Jo back"
    )
    assert api.delete(f"/reminders/{pk}").status_code == 204
    assert not Reminder.objects.exists()


def test_merge_duplicates_and_import(api: JsonClient, alice: User, jo: Contact) -> None:
    twin = services.contact_create(owner=alice, name="Joanna Park", email="JO.PARK@acme.example")
    dupes = api.get("/contacts/duplicates").json()
    assert dupes == [
        {
            "first_id": jo.pk,
            "second_id": twin.pk,
            "first_name": "Jo Park",
            "second_name": "Joanna Park",
            "reasons": ["same email address"],
        }
    ]
    merged = api.post(f"/contacts/{jo.pk}/merge", {"other_id": twin.pk})
    assert merged.status_code == 200 and not Contact.objects.filter(pk=twin.pk).exists()
    card = "BEGIN:VCARD\nVERSION:4.0\nFN:Kim Lee\nORG:Initech\nEND:VCARD\n"
    imported = api.post("/contacts/import", {"format": "vcard", "content": card}).json()
    assert imported["created"] == 1
    bad = api.post("/contacts/import", {"format": "vcard", "content": "BEGIN:VCARD\n"})
    assert bad.status_code == 400 and "line 1" in bad.json()["errors"]["file"][0]


def test_warm_paths(api: JsonClient, alice: User, jo: Contact, app: Application) -> None:
    paths = api.get("/warm-paths", {"company_id": app.posting.company_id}).json()
    assert paths[0]["contacts"] == [
        {"contact_id": jo.pk, "name": "Jo Park", "reasons": ["works there as Data Lead"]}
    ]
    ask = api.post(f"/contacts/{jo.pk}/referral-ask?application_id={app.pk}")
    assert ask.status_code == 201 and ask.json()["kind"] == "referral_ask"
