"""Every write to an owner's rows moves their data version, whatever path it takes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.apps import apps
from django.db import connection
from django.db.models import ForeignKey
from django.utils import timezone

from onward.accounts.models import User
from onward.core import versions
from onward.core.versions import owner_version
from onward.growth.models import Win
from onward.strategy.models import FigureCache
from onward.tracker.models import Application, Company
from tests import factories

pytestmark = pytest.mark.django_db


def _owner_models() -> list[str]:
    found = []
    for model in apps.get_models():
        field = next((f for f in model._meta.concrete_fields if f.name == "owner"), None)
        if isinstance(field, ForeignKey):
            found.append(model._meta.db_table)
    return sorted(found)


def _installed_trigger_tables() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [versions.PREFIX + "%"],
            )
        else:
            cursor.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname LIKE %s",
                [versions.PREFIX + "%"],
            )
        return {name for (name,) in cursor.fetchall()}


def test_every_owner_table_has_its_trigger_except_derived_caches() -> None:
    expected = set(_owner_models()) - {FigureCache._meta.db_table} | {User._meta.db_table}
    assert len(expected) > 40
    assert _installed_trigger_tables() == expected


def test_installing_again_changes_nothing() -> None:
    before = _installed_trigger_tables()
    versions.install_triggers()
    assert _installed_trigger_tables() == before


def _create(owner: User) -> None:
    factories.company(owner)


def _save(owner: User) -> None:
    company = Company.objects.filter(owner=owner).first() or factories.company(owner)
    company.name = "Renamed"
    company.save()


def _queryset_update(owner: User) -> None:
    Application.objects.filter(owner=owner).update(notes="bulk edit")


def _bulk_create(owner: User) -> None:
    Win.objects.bulk_create([Win(owner=owner, kind="offer", title=f"Win {n}") for n in range(3)])


def _delete_with_cascade(owner: User) -> None:
    Application.objects.filter(owner=owner).delete()


def _raw_sql(owner: User) -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE growth_win SET title = 'raw' WHERE owner_id = %s", [owner.pk])


def _user_settings(owner: User) -> None:
    owner.time_zone = "Europe/Paris"
    owner.save(update_fields=["time_zone"])


WRITES: list[tuple[str, Callable[[User], None]]] = [
    ("create", _create),
    ("save", _save),
    ("queryset-update", _queryset_update),
    ("bulk-create", _bulk_create),
    ("delete-with-cascade", _delete_with_cascade),
    ("raw-sql", _raw_sql),
    ("user-settings", _user_settings),
]


@pytest.mark.parametrize("write", [w for _, w in WRITES], ids=[name for name, _ in WRITES])
def test_each_kind_of_write_moves_the_owners_version_only(
    write: Callable[[User], None], alice: User, bob: User
) -> None:
    factories.application(alice)
    factories.win(alice)
    alice_before, bob_before = owner_version(alice.pk), owner_version(bob.pk)
    write(alice)
    assert owner_version(alice.pk) > alice_before
    assert owner_version(bob.pk) == bob_before


def test_a_write_of_derived_figures_does_not_move_it(alice: User) -> None:
    before = owner_version(alice.pk)
    FigureCache.objects.create(
        owner=alice, fingerprint="x", payload=b"", computed_at=timezone.now()
    )
    assert owner_version(alice.pk) == before


def test_an_owner_who_never_wrote_is_at_zero() -> None:
    assert owner_version(987654321) == 0


@pytest.mark.django_db(transaction=True)
def test_committed_transactions_move_it_whatever_their_size() -> None:
    from django.db import transaction

    owner = factories.user("carol")
    before = owner_version(owner.pk)
    with transaction.atomic():
        Win.objects.bulk_create(
            [Win(owner=owner, kind="offer", title=f"Win {n}") for n in range(300)]
        )
        factories.company(owner)
    after = owner_version(owner.pk)
    assert after > before
    Win.objects.filter(owner=owner).delete()  # autocommit
    assert owner_version(owner.pk) > after
