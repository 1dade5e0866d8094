"""The demo search comes with a realistic network: people, history, links, reminders due."""

from __future__ import annotations

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.demo.seed import demo_seed_if_empty
from onward.networking import selectors
from onward.networking.models import ApplicationContact, Contact, Interaction

pytestmark = pytest.mark.django_db


def test_demo_network(alice: User) -> None:
    assert demo_seed_if_empty(owner=alice)
    assert Contact.objects.filter(owner=alice).count() == 12
    assert Contact.objects.filter(owner=alice, company__isnull=False).count() >= 8
    assert Interaction.objects.filter(owner=alice).count() >= 10
    roles = set(ApplicationContact.objects.filter(owner=alice).values_list("role", flat=True))
    assert {"recruiter", "hiring_manager", "interviewer", "referrer"} <= roles
    assert selectors.referrers_by_application(owner=alice)
    agenda = selectors.reminder_agenda(owner=alice, today=timezone.localdate())
    assert agenda.count >= 3
    assert selectors.duplicate_list(owner=alice) == []
    assert selectors.warm_path_list(owner=alice)
