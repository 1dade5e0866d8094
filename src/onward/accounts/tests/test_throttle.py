"""The sign-in limits as pure rules (accounts.throttle), table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.accounts import throttle
from onward.accounts.throttle import Kind

NOW = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
POLICY = throttle.Policy(
    max_failures=5,
    max_per_address=20,
    account_ceiling=50,
    backoff_max_seconds=60,
    window=dt.timedelta(minutes=15),
)


@pytest.mark.parametrize(
    ("address", "bucket"),
    [
        pytest.param("203.0.113.7", "203.0.113.7", id="ipv4"),
        pytest.param("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64", id="ipv6-by-64"),
        pytest.param("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64", id="ipv6-same-64"),
        pytest.param("::ffff:198.51.100.4", "198.51.100.4", id="ipv4-mapped"),
        pytest.param(None, "unknown", id="none"),
        pytest.param("not an address", "unknown", id="junk"),
    ],
)
def test_address_bucket(address: str | None, bucket: str) -> None:
    assert throttle.address_bucket(address) == bucket


def test_counters_for_a_real_account() -> None:
    found = throttle.counters(account_id=7, username="alice", address="203.0.113.7")
    assert [(c.kind, c.key) for c in found] == [
        (Kind.PAIR, "p:u7@203.0.113.7"),
        (Kind.ADDRESS, "a:203.0.113.7"),
        (Kind.ACCOUNT, "u:7"),
    ]


def test_made_up_names_never_touch_an_account_counter() -> None:
    found = throttle.counters(account_id=None, username="Alice", address="203.0.113.7")
    assert [c.kind for c in found] == [Kind.PAIR, Kind.ADDRESS]
    pair = found[0].key
    assert pair.startswith("p:n") and "Alice" not in pair  # the typed name is not stored
    other = throttle.counters(account_id=None, username="alicia", address="203.0.113.7")
    assert other[0].key != pair


@pytest.mark.parametrize(
    ("kind", "failures", "ago", "wait"),
    [
        pytest.param(Kind.PAIR, 0, None, 0, id="pair-fresh"),
        pytest.param(Kind.PAIR, 4, 10, 0, id="pair-below-limit"),
        pytest.param(Kind.PAIR, 5, 60, 14 * 60, id="pair-at-limit-waits-window"),
        pytest.param(Kind.PAIR, 5, 15 * 60, 0, id="pair-window-over"),
        pytest.param(Kind.ADDRESS, 19, 1, 0, id="address-below-limit"),
        pytest.param(Kind.ADDRESS, 20, 0, 15 * 60, id="address-at-limit"),
        pytest.param(Kind.ACCOUNT, 49, 0, 0, id="account-below-ceiling"),
        pytest.param(Kind.ACCOUNT, 50, 0, 1, id="account-ceiling-1s"),
        pytest.param(Kind.ACCOUNT, 53, 0, 8, id="account-backoff-doubles"),
        pytest.param(Kind.ACCOUNT, 53, 8, 0, id="account-backoff-served"),
        pytest.param(Kind.ACCOUNT, 500, 0, 60, id="account-backoff-capped"),
        pytest.param(Kind.ACCOUNT, 500, 15 * 60, 0, id="account-window-over"),
    ],
)
def test_wait_seconds(kind: Kind, failures: int, ago: int | None, wait: int) -> None:
    last = None if ago is None else NOW - dt.timedelta(seconds=ago)
    assert throttle.wait_seconds(kind, failures, last, now=NOW, policy=POLICY) == wait
