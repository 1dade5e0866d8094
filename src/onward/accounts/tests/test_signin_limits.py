"""services.signin_attempt: the limits per account and address, per address, per account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from onward.accounts import services
from onward.accounts.models import SignInThrottle, User

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
HOME, ATTACKER = "198.51.100.10", "203.0.113.66"


class Checks:
    """A stand-in for the password check that counts how often it ran."""

    def __init__(self, user: User | None) -> None:
        self.user, self.calls = user, 0

    def __call__(self) -> User | None:
        self.calls += 1
        return self.user


def _try(
    username: str, address: str, verify: Callable[[], User | None], *, at: dt.datetime = NOW
) -> services.SignInResult:
    return services.signin_attempt(username=username, address=address, verify=verify, now=at)


def test_wrong_passwords_lock_the_account_from_that_address_only(alice: User) -> None:
    wrong = Checks(None)
    for _ in range(5):
        assert _try("alice", ATTACKER, wrong).retry_after == 0
    right = Checks(alice)
    refused = _try("alice", ATTACKER, right)
    assert (refused.user, refused.retry_after, right.calls) == (None, 15 * 60, 0)
    assert _try("alice", HOME, right).user == alice
    later = NOW + dt.timedelta(minutes=15)
    assert _try("alice", ATTACKER, right, at=later).user == alice


def test_made_up_names_from_one_address_lock_out_only_that_address(alice: User) -> None:
    wrong = Checks(None)
    for i in range(20):
        assert _try(f"nobody{i}", ATTACKER, wrong).retry_after == 0
    assert _try("alice", ATTACKER, Checks(alice)).retry_after == 15 * 60
    assert _try("alice", HOME, Checks(alice)).user == alice
    assert not SignInThrottle.objects.filter(key=f"u:{alice.pk}", failures__gt=0).exists()


def test_a_wrong_case_name_is_not_the_account(alice: User) -> None:
    for _ in range(5):
        _try("ALICE", ATTACKER, Checks(None))
    assert _try("alice", ATTACKER, Checks(alice)).user == alice


def test_many_addresses_slow_an_account_down_but_never_lock_it(alice: User) -> None:
    wrong = Checks(None)
    for i in range(50):  # the ceiling: 10 x 5, from 10 addresses
        assert _try("alice", f"203.0.113.{i // 5}", wrong).retry_after == 0
    new_place = "192.0.2.1"
    assert _try("alice", new_place, Checks(alice)).retry_after == 1
    one_second = NOW + dt.timedelta(seconds=1)
    assert _try("alice", new_place, Checks(alice), at=one_second).user == alice


def test_success_clears_the_account_but_not_the_address(alice: User, bob: User) -> None:
    for _ in range(4):
        _try("alice", ATTACKER, Checks(None))
    for _ in range(15):
        _try(f"nobody{_}", ATTACKER, Checks(None))
    assert _try("alice", ATTACKER, Checks(alice)).user == alice
    # alice's four failures are forgotten; the address still has its 19 (one given back).
    assert _try("alice", ATTACKER, Checks(None)).retry_after == 0
    assert _try("bob", ATTACKER, Checks(bob)).retry_after == 15 * 60


def test_refused_attempts_leave_no_rows(alice: User) -> None:
    for i in range(20):
        _try(f"nobody{i}", ATTACKER, Checks(None))
    rows = SignInThrottle.objects.count()
    for i in range(10):
        _try(f"sprayed{i}", ATTACKER, Checks(None))
    assert SignInThrottle.objects.count() == rows


def test_idle_counters_are_forgotten_after_a_day(alice: User) -> None:
    _try("alice", ATTACKER, Checks(None))
    _try("alice", HOME, Checks(None), at=NOW + dt.timedelta(days=2))
    assert not SignInThrottle.objects.filter(key__contains=ATTACKER).exists()


def test_cleared_counters_are_forgotten_at_the_next_failure(alice: User) -> None:
    _try("alice", HOME, Checks(None))
    _try("alice", HOME, Checks(alice))
    assert SignInThrottle.objects.filter(last_failure_at__isnull=True).count() == 2
    _try("someone", ATTACKER, Checks(None))
    assert not SignInThrottle.objects.filter(last_failure_at__isnull=True).exists()
    assert SignInThrottle.objects.get(key=f"a:{HOME}").failures == 1  # the wrong one stays
