"""The sign-in limits: which counters an attempt counts on, and when a counter refuses.

Pure functions; ``services.signin_attempt`` applies them to ``SignInThrottle`` rows under a
lock. With ``ONWARD_SIGNIN_MAX_FAILURES`` = N (default 5) and a 15-minute window:

- **account from one address**: after N failures, that account from that address waits
  until 15 minutes after its last failure. The account still works from other addresses.
- **address**: after 4N failures, whatever names were tried, that address waits likewise.
- **account from anywhere**: after 10N failures (from at least ten addresses), each further
  attempt waits 1, 2, 4 ... up to 60 seconds after the previous failure. This slows a
  distributed guesser to about one guess a minute without ever locking the owner out.
- A name that is no account is counted for that name from that address and for the address,
  never against a real account, so made-up names cannot lock anyone out.

Every attempt counts as a failure *before* the password is checked and is given back when it
succeeds, so parallel attempts cannot get more checks than the limits allow. IPv6 addresses
count per /64: one host usually holds a whole /64.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import math
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    PAIR = "pair"  # an account (or a made-up name) from one address
    ADDRESS = "address"
    ACCOUNT = "account"  # a real account from anywhere


@dataclass(frozen=True)
class Policy:
    max_failures: int
    max_per_address: int
    account_ceiling: int
    backoff_max_seconds: int
    window: dt.timedelta


@dataclass(frozen=True)
class Counter:
    kind: Kind
    key: str


def address_bucket(address: str | None) -> str:
    """The address an attempt is counted under: IPv4 as is, IPv6 by its /64."""
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


def counters(*, account_id: int | None, username: str, address: str | None) -> tuple[Counter, ...]:
    """The counters one attempt counts on. A made-up name gets no account counter."""
    where = address_bucket(address)
    if account_id is not None:
        who = f"u{account_id}"
    else:
        who = "n" + hashlib.sha256(username.encode("utf-8")).hexdigest()[:32]
    found = [Counter(Kind.PAIR, f"p:{who}@{where}"), Counter(Kind.ADDRESS, f"a:{where}")]
    if account_id is not None:
        found.append(Counter(Kind.ACCOUNT, f"u:{account_id}"))
    return tuple(found)


def current_failures(
    failures: int, last_failure_at: dt.datetime | None, *, now: dt.datetime, policy: Policy
) -> int:
    """The failures that still count: none once the window after the last one has passed."""
    if last_failure_at is None or now - last_failure_at >= policy.window:
        return 0
    return failures


def wait_seconds(
    kind: Kind,
    failures: int,
    last_failure_at: dt.datetime | None,
    *,
    now: dt.datetime,
    policy: Policy,
) -> int:
    """Seconds until this counter allows another attempt; 0 means now."""
    failures = current_failures(failures, last_failure_at, now=now, policy=policy)
    if last_failure_at is None or failures == 0:
        return 0
    if kind is Kind.ACCOUNT:
        if failures < policy.account_ceiling:
            return 0
        excess = failures - policy.account_ceiling
        delay = dt.timedelta(seconds=min(2 ** min(excess, 16), policy.backoff_max_seconds))
    else:
        limit = policy.max_failures if kind is Kind.PAIR else policy.max_per_address
        if failures < limit:
            return 0
        delay = policy.window
    remaining = (last_failure_at + delay - now).total_seconds()
    return max(0, math.ceil(remaining))
