"""Contacts: fields cleaned, the tracker's company linked, merging loses nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.networking import selectors, services
from onward.networking.choices import ContactRole, InteractionKind, ReminderStatus
from onward.networking.models import Contact, Interaction, Reminder
from onward.networking.tests.conftest import TODAY
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def test_create_cleans_fields_and_links_the_trackers_company(jo: Contact, app: Application) -> None:
    assert jo.company_id == app.posting.company_id
    assert jo.company_name == "Acme"  # the tracker's spelling
    assert jo.email == "jo.park@acme.example"
    assert jo.linkedin_url == "https://linkedin.com/in/jopark"
    assert jo.tag_list == ["mentor", "alumni"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"name": "  "}, "name", id="blank-name"),
        pytest.param({"name": "A", "email": "not-an-email"}, "email", id="bad-email"),
        pytest.param({"name": "A", "cadence_days": 0}, "cadence_days", id="cadence-zero"),
        pytest.param({"name": "A", "cadence_days": "90"}, "cadence_days", id="cadence-text"),
        pytest.param({"name": "A\x00"}, "name", id="nul"),
        pytest.param({"name": "A", "linkedin_url": "no spaces allowed"}, "linkedin_url", id="url"),
    ],
)
def test_create_refuses_bad_input(alice: User, fields: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        services.contact_create(owner=alice, **fields)  # type: ignore[arg-type]
    assert field in err.value.message_dict
    assert not Contact.objects.exists()


def test_a_company_created_later_links_its_contacts(alice: User, sam: Contact) -> None:
    company = factories.company(alice, "GLOBEX")
    services.reminders_refresh(owner=alice)  # the hourly task links them
    sam.refresh_from_db()
    assert sam.company_id == company.pk


def test_merge_keeps_every_interaction_link_reminder_and_value(
    alice: User, jo: Contact, app: Application
) -> None:
    other = services.contact_create(
        owner=alice,
        name="Joanna Park",
        company_name="Acme",
        email="jo@home.example",
        phone="+44 20 7946 0000",
        tags="python",
        notes="Met at PyData.",
        cadence_days=60,
    )
    services.interaction_log(contact=other, kind=InteractionKind.COFFEE, notes="Coffee")
    services.interaction_log(contact=jo, kind=InteractionKind.EMAIL)
    services.application_contact_link(contact=other, application=app, role=ContactRole.REFERRER)
    services.application_contact_link(contact=jo, application=app, role=ContactRole.REFERRER)
    services.application_contact_link(contact=other, application=app, role=ContactRole.PEER)
    services.reminder_create(owner=alice, title="Call", due_on=TODAY, contact=other)

    kept = services.contact_merge(keep=jo, other=other)

    assert not Contact.objects.filter(pk=other.pk).exists()
    assert Interaction.objects.filter(contact=kept).count() == 2
    assert sorted(kept.links.values_list("role", flat=True)) == ["peer", "referrer"]
    assert Reminder.objects.filter(contact=kept, status=ReminderStatus.OPEN).count() == 1
    assert kept.email == "jo.park@acme.example"
    assert kept.alternates["emails"] == ["jo@home.example"]
    assert kept.phone == "+44 20 7946 0000"
    assert kept.tag_list == ["mentor", "alumni", "python"]
    assert "Met at PyData." in kept.notes and "Joanna Park" in kept.notes
    assert kept.cadence_days == 60


def test_merge_refuses_another_owners_contact_and_itself(jo: Contact, bob: User) -> None:
    bobs = services.contact_create(owner=bob, name="Jo Park")
    with pytest.raises(ValidationError):
        services.contact_merge(keep=jo, other=bobs)
    with pytest.raises(ValidationError):
        services.contact_merge(keep=jo, other=jo)


def test_duplicates_found_by_email_url_and_close_name(alice: User, jo: Contact) -> None:
    services.contact_create(owner=alice, name="J. Park", company_name="ACME")
    services.contact_create(owner=alice, name="Someone", email="JO.PARK@acme.example")
    services.contact_create(
        owner=alice, name="Other", linkedin_url="https://www.linkedin.com/in/JoPark/"
    )
    services.contact_create(owner=alice, name="Jo Park", company_name="Initech")
    found = selectors.duplicate_list(owner=alice)
    reasons = {d.second.name: d.reasons for d in found if d.first == jo}
    assert reasons == {
        "J. Park": ("same surname and initial at the same company",),
        "Someone": ("same email address",),
        "Other": ("same LinkedIn profile",),
    }


def test_referrers_by_application_for_the_strategy_segment(
    alice: User, jo: Contact, app: Application
) -> None:
    services.referral_record(application=app, contact=jo)
    app.refresh_from_db()
    assert app.channel == "referral"
    assert selectors.referrers_by_application(owner=alice) == {
        app.pk: selectors.Referrer(jo.pk, "Jo Park")
    }
    assert Interaction.objects.get().kind == InteractionKind.REFERRAL_GIVEN
    assert Interaction.objects.get().occurred_on == TODAY


def test_warm_paths_show_who_works_there_and_who_you_met(
    alice: User, jo: Contact, app: Application, sam: Contact
) -> None:
    met = services.contact_create(owner=alice, name="Kim Lee", company_name="Elsewhere")
    services.application_contact_link(contact=met, application=app, role=ContactRole.INTERVIEWER)
    path = selectors.warm_paths_for(owner=alice, company=app.posting.company)
    assert [(w.contact.name, w.reasons) for w in path.contacts] == [
        ("Jo Park", ("works there as Data Lead",)),
        ("Kim Lee", ("interviewer in your Data Analyst process",)),
    ]


def test_warm_path_list_finds_companies_by_contact_link_and_name(
    alice: User, bob: User, jo: Contact, app: Application, sam: Contact
) -> None:
    """The list starts from your contacts and links (perf), and finds the same paths: a
    contact's company named alike in any case, a company reached only through a linked
    application, saved postings first; companies with nobody, and other people's
    contacts, are left out."""
    saved = factories.application(
        alice, title="BI Analyst", company_name="GLOBEX", stage=Stage.SAVED
    )
    hooli = factories.application(alice, title="Engineer", company_name="Hooli")
    factories.application(alice, title="Nobody there", company_name="Initech")
    met = services.contact_create(owner=alice, name="Kim Lee", company_name="Elsewhere")
    services.application_contact_link(contact=met, application=hooli, role=ContactRole.REFERRER)
    services.contact_create(owner=bob, name="Bo Bob", company_name="Initech")
    paths = selectors.warm_path_list(owner=alice)
    assert [(p.company.name, p.application) for p in paths] == [
        ("GLOBEX", saved),
        ("Acme", None),
        ("Hooli", None),
    ]
    assert [[w.contact.name for w in p.contacts] for p in paths] == [
        ["Sam Reyes"],
        ["Jo Park"],
        ["Kim Lee"],
    ]
