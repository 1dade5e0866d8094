"""``history_version`` (what the strategy figures are cached under) changes with every change
to the applications, postings and companies, including an import's, which keeps the file's
older ``updated_at`` on the rows it changes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.tracker import selectors
from onward.tracker.choices import Channel
from onward.tracker.models import Application, Company, JobPosting

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.make_aware(dt.datetime(2024, 1, 2, 9, 0))


def test_a_change_written_with_an_older_time_is_seen(alice: User) -> None:
    first = factories.application(alice, title="Analyst", company_name="Globex")
    factories.application(alice, title="Engineer", company_name="Initech")
    before = selectors.history_version(owner=alice)
    assert selectors.history_version(owner=alice) == before  # stable when nothing changes
    # As an import does: the older application's channel changes, its updated_at is the
    # file's (older than the newest row), and no row is added.
    Application.objects.filter(pk=first.pk).update(channel=Channel.REFERRAL, updated_at=LONG_AGO)
    assert selectors.history_version(owner=alice) != before


@pytest.mark.parametrize("model", [JobPosting, Company], ids=["posting", "company"])
def test_postings_and_companies_count_too(alice: User, model: type[JobPosting]) -> None:
    factories.application(alice, title="Analyst", company_name="Globex")
    factories.application(alice, title="Engineer", company_name="Initech")
    before = selectors.history_version(owner=alice)
    oldest = model.objects.filter(owner=alice).order_by("id").first()
    assert oldest is not None
    model.objects.filter(pk=oldest.pk).update(updated_at=LONG_AGO)
    assert selectors.history_version(owner=alice) != before


def test_another_owners_changes_do_not_count(alice: User, bob: User) -> None:
    factories.application(alice, title="Analyst", company_name="Globex")
    before = selectors.history_version(owner=alice)
    factories.application(bob, title="Analyst", company_name="Globex")
    assert selectors.history_version(owner=alice) == before
