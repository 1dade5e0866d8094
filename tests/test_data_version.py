"""The page cache's data version moves with every change of one person's data, only theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.utils import timezone

from onward.accounts.models import User
from onward.growth.models import Win
from onward.strategy.models import FigureCache
from onward.tracker.models import Application, Company
from onward.web.page_cache import data_version
from tests import factories

pytestmark = pytest.mark.django_db


def _fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)  # as the next request loads it


def _create(owner: User) -> None:
    factories.company(owner)


def _queryset_update(owner: User) -> None:
    Company.objects.filter(owner=owner).update(name="Renamed in bulk")


def _bulk_create(owner: User) -> None:
    Win.objects.bulk_create([Win(owner=owner, kind="offer", title=f"Win {n}") for n in range(3)])


def _delete_with_cascade(owner: User) -> None:
    Application.objects.filter(owner=owner).delete()


def _raw_sql(owner: User) -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE growth_win SET title = 'raw' WHERE owner_id = %s", [owner.pk])


def _account_settings(owner: User) -> None:
    owner.display_name = "Robin"
    owner.save(update_fields=["display_name"])


WRITES: list[tuple[str, Callable[[User], None]]] = [
    ("create", _create),
    ("queryset-update", _queryset_update),
    ("bulk-create", _bulk_create),
    ("delete-with-cascade", _delete_with_cascade),
    ("raw-sql", _raw_sql),
    ("account-settings", _account_settings),
]


@pytest.mark.parametrize("write", [w for _, w in WRITES], ids=[name for name, _ in WRITES])
def test_each_kind_of_write_moves_the_owners_version_only(
    write: Callable[[User], None], alice: User, bob: User
) -> None:
    factories.application(alice)
    factories.win(alice)
    alice_before, bob_before = data_version(_fresh(alice)), data_version(_fresh(bob))
    write(alice)
    assert data_version(_fresh(alice)) != alice_before
    assert data_version(_fresh(bob)) == bob_before


def test_figures_written_by_a_read_do_not_move_it(alice: User) -> None:
    before = data_version(_fresh(alice))
    FigureCache.objects.create(
        owner=alice, fingerprint="x", payload=b"", computed_at=timezone.now()
    )
    assert data_version(_fresh(alice)) == before


def test_nothing_written_nothing_moved(alice: User) -> None:
    factories.application(alice)
    assert data_version(_fresh(alice)) == data_version(_fresh(alice))
