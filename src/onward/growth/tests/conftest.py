"""Fixtures for the growth tests: a fixed clock and a few applications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from tests import factories

from onward.accounts.models import User
from onward.tracker.choices import Stage
from onward.tracker.models import Application

# A Wednesday, in the default (UTC) time zone of the tests.
NOW = dt.datetime(2026, 3, 11, 15, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@pytest.fixture
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def app(alice: User, clock: time_machine.Traveller) -> Application:
    return factories.application(
        alice, title="Data Analyst", company_name="Acme", stage=Stage.APPLIED, now=NOW
    )
