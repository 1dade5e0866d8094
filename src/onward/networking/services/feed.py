"""The private calendar feed: a secret URL, stored only as a SHA-256 digest, revocable."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.networking.models import CalendarFeed

FEED_PREFIX = "cal_"
TOUCH_EVERY = dt.timedelta(minutes=5)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@transaction.atomic
def calendar_feed_create(
    *, owner: User, now: dt.datetime | None = None
) -> tuple[CalendarFeed, str]:
    """A new feed secret (the old URL stops working). The secret is shown once, never kept."""
    now = now or timezone.now()
    CalendarFeed.objects.filter(owner=owner, revoked_at__isnull=True).update(revoked_at=now)
    secret = FEED_PREFIX + secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(
        owner=owner,
        prefix=secret[: len(FEED_PREFIX) + 6],
        digest=_digest(secret),
        created_at=now,
        updated_at=now,
    )
    return feed, secret


def calendar_feed_revoke(*, feed: CalendarFeed, now: dt.datetime | None = None) -> CalendarFeed:
    if feed.revoked_at is None:
        feed.revoked_at = now or timezone.now()
        feed.save(update_fields=["revoked_at"])
    return feed


def calendar_feed_owner(*, secret: str, now: dt.datetime | None = None) -> User | None:
    """The account whose live feed has this secret, or None (unknown, revoked, inactive)."""
    now = now or timezone.now()
    if not secret.startswith(FEED_PREFIX) or len(secret) > 100:
        return None
    feed = (
        CalendarFeed.objects.select_related("owner")
        .filter(digest=_digest(secret), revoked_at__isnull=True)
        .first()
    )
    if feed is None or not feed.owner.is_active:
        return None
    if feed.last_used_at is None or now - feed.last_used_at > TOUCH_EVERY:
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.owner
