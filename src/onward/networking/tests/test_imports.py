"""Importing LinkedIn connections and vCard files: update on re-import, all or nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.networking import services
from onward.networking.models import Contact

pytestmark = pytest.mark.django_db

CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Jo,Park,https://www.linkedin.com/in/jopark,jo@acme.example,Acme,Data Lead,15 Mar 2023\n"
    "Sam,Reyes,https://www.linkedin.com/in/samreyes,,Globex,Recruiter,02 Jan 2024\n"
    ",,,,,,\n"
)
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Park\r\nN:Park;Jo;;;\r\n"
    "EMAIL;TYPE=WORK:jo@acme.example\r\nEMAIL;TYPE=HOME:jo@home.example\r\n"
    "TEL;TYPE=CELL:+44 7700 900123\r\nCATEGORIES:mentor\r\nNOTE:Met at PyData.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kim Lee\r\nORG:Initech\r\nTITLE:PM\r\nEND:VCARD\r\n"
)


def test_linkedin_import_links_tracker_companies_and_reimport_updates(alice: User) -> None:
    acme = factories.company(alice, "ACME")
    first = services.contacts_import_linkedin(owner=alice, data=CONNECTIONS.encode())
    assert (first.created, first.updated, first.unchanged, first.skipped) == (2, 0, 0, 0)
    jo = Contact.objects.get(name="Jo Park")
    assert (jo.company_id, jo.role, jo.source) == (acme.pk, "Data Lead", "linkedin")
    assert jo.how_met == "Connected on LinkedIn on 15 Mar 2023"
    moved = CONNECTIONS.replace("Globex,Recruiter", "Initech,Head of Talent")
    again = services.contacts_import_linkedin(owner=alice, data=moved)
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)
    sam = Contact.objects.get(name="Sam Reyes")
    assert (sam.company_name, sam.role, sam.company_id) == ("Initech", "Head of Talent", None)
    assert Contact.objects.count() == 2


def test_vcard_then_linkedin_meet_on_the_same_people(alice: User) -> None:
    result = services.contacts_import_vcard(owner=alice, data=VCARDS.encode())
    assert result.created == 2
    jo = Contact.objects.get(name="Jo Park")
    assert (jo.email, jo.phone, jo.tag_list) == ("jo@acme.example", "+44 7700 900123", ["mentor"])
    assert jo.alternates == {"emails": ["jo@home.example"]}
    assert services.contacts_import_vcard(owner=alice, data=VCARDS).unchanged == 2
    linked = services.contacts_import_linkedin(owner=alice, data=CONNECTIONS)
    assert (linked.created, linked.updated) == (1, 1)  # Jo matched by email
    jo.refresh_from_db()
    assert jo.linkedin_url == "https://www.linkedin.com/in/jopark"


@pytest.mark.parametrize(
    ("run", "data", "message"),
    [
        pytest.param(
            services.contacts_import_linkedin,
            CONNECTIONS + "Kim,Lee,,,Initech,PM,someday\n",
            "line 8: Connected On",
            id="linkedin-date",
        ),
        pytest.param(
            services.contacts_import_linkedin,
            CONNECTIONS + "Kim,Lee,,not-an-email,Initech,PM,01 Jan 2024\n",
            "line 8: email",
            id="linkedin-email",
        ),
        pytest.param(
            services.contacts_import_vcard,
            VCARDS + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n",
            "line 17 (card 3): the card has no name",
            id="vcard-no-name",
        ),
        pytest.param(
            services.contacts_import_vcard,
            VCARDS + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEMAIL:nope\r\nEND:VCARD\r\n",
            "line 17 (card 3): email",
            id="vcard-email",
        ),
    ],
)
def test_a_malformed_file_writes_nothing(alice: User, run: object, data: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        run(owner=alice, data=data)  # type: ignore[operator]
    assert message in " ".join(err.value.message_dict["file"])
    assert not Contact.objects.exists()
