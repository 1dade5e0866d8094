"""The per-owner change stamps (``core.changes``) move with every kind of write to an owned
table, whichever path makes it (the fingerprints of the strategy figures and the skill
gaps are read from them), and only for the owner written to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection, transaction
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.core import changes
from onward.portability import exporter, importer
from onward.portability.tests.builders import job_search
from onward.tracker import selectors, services
from onward.tracker.choices import Channel
from onward.tracker.models import Application, ApplicationEvent, Company, TargetRole

pytestmark = pytest.mark.django_db(transaction=False)


def _stamp(owner: User) -> str:
    return changes.stamp(owner_id=owner.pk, tables=(Application, ApplicationEvent, Company))


def _update(owner: User) -> None:
    Application.objects.filter(owner=owner).update(channel=Channel.REFERRAL)


def _bulk_insert(owner: User) -> None:
    Company.objects.bulk_create([Company(owner=owner, name=f"Bulk {i}") for i in range(3)])


def _raw_delete(owner: User) -> None:
    ApplicationEvent.objects.filter(owner=owner)._raw_delete(connection.alias)


def _save_without_touch(owner: User) -> None:
    app = Application.objects.filter(owner=owner).first()
    assert app is not None
    app.notes = "kept the old time"
    app.save(touch=False)


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(_update, id="queryset-update"),
        pytest.param(_bulk_insert, id="bulk-insert"),
        pytest.param(_raw_delete, id="raw-delete"),
        pytest.param(_save_without_touch, id="save-keeping-updated_at"),
    ],
)
def test_every_write_path_moves_the_owners_stamp_only(
    alice: User, bob: User, write: Callable[[User], None]
) -> None:
    factories.application(alice, title="Analyst", company_name="Globex")
    factories.application(bob, title="Analyst", company_name="Globex")
    before, bobs = _stamp(alice), _stamp(bob)
    assert _stamp(alice) == before  # stable while nothing is written
    write(alice)
    assert _stamp(alice) != before
    assert _stamp(bob) == bobs


def test_a_cascade_moves_the_stamp_of_the_rows_it_deletes(alice: User) -> None:
    app = factories.application(alice, title="Analyst", company_name="Globex")
    before = changes.stamp(owner_id=alice.pk, tables=(ApplicationEvent,))
    app.delete()  # its events go with it
    assert changes.stamp(owner_id=alice.pk, tables=(ApplicationEvent,)) != before


def test_a_target_role_renamed_moves_the_history_version(alice: User) -> None:
    role = TargetRole.objects.create(owner=alice, label="Data")
    factories.application(alice, title="Analyst", company_name="Globex", target_role=role)
    before = selectors.history_version(owner=alice)
    TargetRole.objects.filter(pk=role.pk).update(label="Data & analytics")
    assert selectors.history_version(owner=alice) != before


def test_a_rolled_back_token_does_not_come_back(alice: User) -> None:
    factories.application(alice, title="Analyst", company_name="Globex")
    before = _stamp(alice)
    try:
        with transaction.atomic():
            _update(alice)
            inside = _stamp(alice)
            raise RuntimeError("undo")
    except RuntimeError:
        pass
    assert _stamp(alice) == before  # the write was undone, so is its token
    _update(alice)
    assert _stamp(alice) not in {before, inside}


def test_an_import_moves_the_history_version(alice: User) -> None:
    found = job_search(alice, now=timezone.now())
    text = exporter.account_export_json(owner=alice)
    services.application_update(application=found.saved, notes="changed later")
    before = selectors.history_version(owner=alice)
    result = importer.account_import_json(owner=alice, text=text)  # the file's older times
    assert result.updated == 1
    assert selectors.history_version(owner=alice) != before


def test_every_owned_table_has_its_triggers() -> None:
    tables = changes.owned_tables()
    assert {"tracker_application", "skills_postingskill", "strategy_experiment"} <= set(tables)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        names = {row[0] for row in cursor.fetchall()}
    missing = [
        f"{table}_stamp_{suffix}"
        for table in tables
        for suffix in ("ai", "au", "ad")
        if f"{table}_stamp_{suffix}" not in names
    ]
    assert missing == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite drops triggers on rebuilds")
def test_ensure_puts_back_a_dropped_trigger(alice: User) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER tracker_company_stamp_ai")
    assert changes.ensure(connection) is True
    assert changes.ensure(connection) is False
    before = _stamp(alice)
    Company.objects.create(owner=alice, name="Initech")
    assert _stamp(alice) != before
