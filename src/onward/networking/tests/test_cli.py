"""``onward contact add|list|log|import|export`` and ``onward reminders``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import factories

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke, assert_failed
from onward.cli.tests.conftest import invoke as invoke
from onward.networking import services
from onward.networking.models import Contact, Interaction, Reminder

pytestmark = pytest.mark.django_db

CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Jo,Park,https://www.linkedin.com/in/jopark,,Acme,Data Lead,15 Mar 2023\n"
)


def test_add_list_and_log(alice: User, invoke: Invoke) -> None:
    factories.company(alice, "Acme")
    added = invoke(
        ["contact", "add", "Jo Park", "--company", "acme", "--tags", "mentor", "--cadence", "60"]
    )
    assert added.exit_code == 0, added.output
    contact = Contact.objects.get(pk=int(added.stdout.strip()))
    assert (contact.company_label, contact.cadence_days) == ("Acme", 60)
    logged = invoke(["contact", "log", str(contact.pk), "coffee", "--notes", "Talked dbt"])
    assert logged.exit_code == 0, logged.output
    assert Interaction.objects.get().kind == "coffee"
    listed = invoke(["contact", "list", "--json"])
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["company"], r["tags"]) for r in rows] == [("Jo Park", "Acme", ["mentor"])]
    assert rows[0]["last_contacted"] is not None


def test_import_twice_updates_and_export_writes_vcard(
    alice: User, invoke: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS, encoding="utf-8")
    first = invoke(["contact", "import", str(path)])
    assert first.exit_code == 0 and "1 new" in first.stdout, first.output
    second = invoke(["contact", "import", str(path)])
    assert "0 new" in second.stdout and "1 unchanged" in second.stdout
    out = tmp_path / "contacts.vcf"
    assert invoke(["contact", "export", "--output", str(out)]).exit_code == 0
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and "FN:Jo Park\r\n" in text


def test_malformed_import_names_the_line(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS + "Kim,Lee,,,Initech,PM,someday\n", encoding="utf-8")
    result = invoke(["contact", "import", str(path)])
    assert_failed(result, "line 6: Connected On: 'someday'")
    assert not Contact.objects.exists()


def test_reminders_list_done_and_snooze(alice: User, invoke: Invoke) -> None:
    from django.utils import timezone

    contact = services.contact_create(owner=alice, name="Jo Park")
    reminder = services.reminder_create(
        owner=alice,
        title="Thank Jo",
        due_on=timezone.localdate(),
        contact=contact,
        kind="thank_you",
    )
    other = services.reminder_create(owner=alice, title="Call Sam", due_on=timezone.localdate())
    rows = json.loads(invoke(["reminders", "--json"]).stdout)
    assert [(r["title"], r["when"]) for r in rows] == [("Thank Jo", "today"), ("Call Sam", "today")]
    assert invoke(["reminders", "done", str(reminder.pk), "--log"]).exit_code == 0
    assert Interaction.objects.get().kind == "thank_you"
    assert invoke(["reminders", "snooze", str(other.pk), "7"]).exit_code == 0
    assert Reminder.objects.get(pk=other.pk).snoozed_times == 1
    assert_failed(invoke(["reminders", "snooze", str(other.pk), "0"]), "days")
