"""Fixtures for the networking tests: a fixed clock, an application, a few contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from tests import factories

from onward.accounts.models import User
from onward.networking import services
from onward.networking.models import Contact
from onward.tracker.choices import Stage
from onward.tracker.models import Application

# A Wednesday at 15:00, in the default (UTC) time zone of the tests.
NOW = dt.datetime(2026, 3, 11, 15, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@pytest.fixture
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def app(alice: User, clock: time_machine.Traveller) -> Application:
    return factories.application(
        alice,
        title="Data Analyst",
        company_name="Acme",
        stage=Stage.APPLIED,
        applied_on=TODAY - dt.timedelta(days=3),
        now=NOW,
    )


@pytest.fixture
def jo(alice: User, app: Application) -> Contact:
    return services.contact_create(
        owner=alice,
        name="Jo Park",
        company_name="acme",
        role="Data Lead",
        email="Jo.Park@acme.example",
        linkedin_url="linkedin.com/in/jopark",
        tags="Mentor, alumni",
    )


@pytest.fixture
def sam(alice: User, clock: time_machine.Traveller) -> Contact:
    return services.contact_create(owner=alice, name="Sam Reyes", company_name="Globex")
