"""Contacts, links, interactions and reminders in the account export: an exact round trip;
version 1 files still import; bad records are refused with their place."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.networking import services
from onward.networking.choices import ContactRole, InteractionKind
from onward.networking.models import ApplicationContact, Contact, Interaction, Reminder
from onward.portability import exporter, importer
from onward.portability.errors import ImportFileError
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db

NETWORKING = ("contacts", "contact_links", "interactions", "reminders")


def _network(owner: User) -> None:
    app = factories.application(owner, company_name="Acme", stage=Stage.SCREENING)
    jo = services.contact_create(
        owner=owner,
        name="Jo Park",
        company_name="Acme",
        email="jo@acme.example",
        tags="mentor,alumni",
        cadence_days=90,
        notes="Likes data engineering talks.",
    )
    kim = services.contact_create(owner=owner, name="Kim Lee", phone="+1 555 0100")
    services.contact_merge(
        keep=kim, other=services.contact_create(owner=owner, name="Kim L.", phone="+1 555 0199")
    )
    services.interview_log(application=app, interviewers=[jo, kim], interview_kind="technical")
    services.referral_record(application=app, contact=jo)
    services.interaction_log(contact=kim, kind=InteractionKind.COFFEE, notes="Café near the office")
    services.application_contact_link(contact=kim, application=app, role=ContactRole.PEER)
    reminder = services.reminder_create(
        owner=owner, title="Send the article", due_on=dt.date(2026, 1, 5), contact=kim
    )
    services.reminder_snooze(reminder=reminder, days=4)
    services.reminders_refresh(owner=owner)
    done = Reminder.objects.filter(owner=owner, kind="thank_you").first()
    assert done is not None
    services.reminder_complete(reminder=done, log=True)


@pytest.fixture
def exported(alice: User) -> str:
    _network(alice)
    return exporter.account_export_json(owner=alice)


def test_every_networking_section_has_records(exported: str) -> None:
    data = json.loads(exported)
    assert [name for name in NETWORKING if not data[name]] == []
    kim = next(c for c in data["contacts"] if c["name"] == "Kim Lee")
    assert kim["alternates"] == {"phones": ["+1 555 0199"]}
    jo = next(c for c in data["contacts"] if c["name"] == "Jo Park")
    assert jo["tags"] == ["mentor", "alumni"] and jo["company"] is not None
    assert {i["kind"] for i in data["interactions"]} >= {"interview", "referral_given", "coffee"}
    assert any(i["event"] for i in data["interactions"])
    assert {r["status"] for r in data["reminders"]} >= {"open", "done"}


def test_round_trip_is_exact_and_idempotent(exported: str) -> None:
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=exported)
    assert exporter.account_export_json(owner=carol) == exported
    again = importer.account_import_json(owner=carol, text=exported)
    assert again.created == 0 and again.updated == 0
    assert Contact.objects.filter(owner=carol).count() == 2
    assert Interaction.objects.filter(owner=carol).count() == 5


def test_a_version_1_file_still_imports(exported: str) -> None:
    data = json.loads(exported)
    old = {key: value for key, value in data.items() if key not in NETWORKING}
    old["version"] = 1
    carol = factories.user("carol")
    result = importer.account_import(owner=carol, data=old)
    assert result.created > 0
    assert not Contact.objects.filter(owner=carol).exists()


@pytest.mark.parametrize(
    ("section", "change", "message"),
    [
        pytest.param(
            "contacts", {"source": "fax"}, "'fax' is not a valid contact source", id="source"
        ),
        pytest.param(
            "contact_links", {"role": "boss"}, "'boss' is not a valid contact role", id="role"
        ),
        pytest.param(
            "interactions",
            {"contact": "00000000-0000-0000-0000-000000000000"},
            "contact: no contact with uid",
            id="dangling",
        ),
        pytest.param("reminders", {"due_on": "soon"}, "due_on", id="date"),
    ],
)
def test_bad_records_are_refused_and_nothing_written(
    exported: str, section: str, change: dict[str, Any], message: str
) -> None:
    data = copy.deepcopy(json.loads(exported))
    data[section][0].update(change)
    carol = factories.user("carol")
    with pytest.raises(ImportFileError) as err:
        importer.account_import(owner=carol, data=data)
    assert message in str(err.value) and f"{section}[0]" in str(err.value)
    assert not Contact.objects.filter(owner=carol).exists()


def test_records_of_data_you_have_are_matched_under_other_uids(exported: str) -> None:
    """A keyed reminder and a contact link you already have are reused, not duplicated."""
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=exported)
    data = copy.deepcopy(json.loads(exported))
    keyed = next(r for r in data["reminders"] if r["key"])
    keyed["uid"] = "11111111-1111-4111-8111-111111111111"
    data["contact_links"][0]["uid"] = "22222222-2222-4222-8222-222222222222"
    before = (Reminder.objects.filter(owner=carol).count(), _links(carol))
    importer.account_import(owner=carol, data=data)
    assert (Reminder.objects.filter(owner=carol).count(), _links(carol)) == before


def test_new_contacts_of_applications_you_have_are_written_by_the_switch(
    alice: User, exported: str
) -> None:
    """Contacts deleted since the export come back, linked to the applications you kept."""
    Contact.objects.filter(owner=alice).delete()
    importer.account_import_json(owner=alice, text=exported)
    assert exporter.account_export_json(owner=alice) == exported


@pytest.mark.parametrize(
    ("section", "change", "message"),
    [
        pytest.param("interactions", {"occurred_on": "2999-01-01"}, "in the future", id="future"),
        pytest.param("reminders", {"title": "x" * 301}, "title", id="long-title"),
        pytest.param("contacts", {"how_met": "x" * 301}, "how_met", id="long-text"),
    ],
)
def test_values_the_services_refuse_are_refused_on_import(
    exported: str, section: str, change: dict[str, Any], message: str
) -> None:
    data = copy.deepcopy(json.loads(exported))
    data[section][0].update(change)
    carol = factories.user("carol")
    with pytest.raises(ImportFileError) as err:
        importer.account_import(owner=carol, data=data)
    assert message in str(err.value) and f"{section}[0]" in str(err.value)


def _links(owner: User) -> int:
    return ApplicationContact.objects.filter(owner=owner).count()
