"""Every write to accounts: users, tokens, sign-in links, sign-in limits."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from onward.accounts import throttle
from onward.accounts.models import ApiToken, SignInLink, SignInThrottle, User
from onward.core.services import clean_text

TOKEN_PREFIX = "onw_"
_USERNAME_RE = re.compile(r"^[\w.@+-]{1,150}$")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def user_create(
    *,
    username: str,
    password: str | None = None,
    email: str = "",
    display_name: str = "",
    is_staff: bool = False,
) -> User:
    """Create a user. ``password=None`` leaves it unusable (sign in with a link)."""
    username = username.strip()
    if not _USERNAME_RE.match(username):
        raise ValidationError(
            {"username": "Use letters, digits and @ . + - _ only (at most 150 characters)."}
        )
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": f"The username {username!r} is taken."})
    user = User(username=username, email=email.strip(), display_name=display_name.strip())
    user.is_staff = is_staff
    if password is None:
        user.set_unusable_password()
    else:
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise ValidationError({"password": exc.messages}) from exc
        user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    return user


def _default_owner_name() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = ""
    name = re.sub(r"[^\w.@+-]", "", name)[:150]
    return name if name and name != "root" else "owner"


@transaction.atomic
def owner_ensure() -> tuple[User, bool]:
    """Local mode: return the owner account, creating it on first run."""
    existing = User.objects.order_by("id").first()
    if existing is not None:
        return existing, False
    user = user_create(username=_default_owner_name(), password=None, is_staff=True)
    return user, True


def user_set_display_name(*, user: User, display_name: str) -> User:
    """The name shown to you and signing your drafted emails."""
    user.display_name = display_name.strip()[:150]
    user.full_clean(exclude=["password"])
    user.save(update_fields=["display_name"])
    return user


def user_update_profile(
    *, user: User, display_name: str, email: str, time_zone: str, ghost_after_days: int | None
) -> User:
    user.display_name = clean_text(display_name, field="display_name")
    user.email = clean_text(email, field="email")
    user.time_zone = clean_text(time_zone, field="time_zone")
    user.ghost_after_days = ghost_after_days
    user.full_clean(exclude=["password"])
    user.save(update_fields=["display_name", "email", "time_zone", "ghost_after_days"])
    return user


def password_set(*, user: User, password: str) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from exc
    user.set_password(password)
    user.save(update_fields=["password"])


# --- API tokens ---------------------------------------------------------------------------


def api_token_create(*, owner: User, name: str) -> tuple[ApiToken, str]:
    """Create a token; returns it with the secret, which is never stored or shown again."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": "Give the token a name, e.g. 'laptop script'."})
    if len(name) > 100:
        raise ValidationError({"name": "At most 100 characters."})
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=owner, name=name, prefix=secret[: len(TOKEN_PREFIX) + 6], digest=_digest(secret)
    )
    return token, secret


def api_token_revoke(*, token: ApiToken, now: dt.datetime | None = None) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = now or timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_authenticate(*, secret: str, now: dt.datetime | None = None) -> User | None:
    if not secret.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("owner")
        .filter(digest=_digest(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.owner.is_active:
        return None
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.owner


# --- one-time sign-in links -----------------------------------------------------------------


def signin_link_create(*, user: User, now: dt.datetime | None = None) -> str:
    """Create a one-time sign-in token for ``user``; returns the secret for the URL."""
    now = now or timezone.now()
    secret = secrets.token_urlsafe(32)
    SignInLink.objects.create(
        user=user,
        digest=_digest(secret),
        created_at=now,
        expires_at=now + dt.timedelta(minutes=settings.SIGNIN_LINK_MINUTES),
    )
    return secret


@transaction.atomic
def signin_link_redeem(*, secret: str, now: dt.datetime | None = None) -> User | None:
    """Use up a sign-in link. Returns the user, or None if unknown, used or expired."""
    now = now or timezone.now()
    link = (
        SignInLink.objects.select_for_update()
        .select_related("user")
        .filter(digest=_digest(secret), used_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if link is None or not link.user.is_active:
        return None
    link.used_at = now
    link.save(update_fields=["used_at"])
    return link.user


# --- sign-in rate limiting (policy in accounts.throttle) -----------------------------------


@dataclass(frozen=True)
class SignInResult:
    """The signed-in user, or None; ``retry_after`` > 0 when the attempt was refused unchecked."""

    user: User | None
    retry_after: int = 0


def _policy() -> throttle.Policy:
    return throttle.Policy(
        max_failures=settings.SIGNIN_MAX_FAILURES,
        max_per_address=settings.SIGNIN_MAX_FAILURES_PER_ADDRESS,
        account_ceiling=settings.SIGNIN_ACCOUNT_CEILING,
        backoff_max_seconds=settings.SIGNIN_BACKOFF_MAX_SECONDS,
        window=dt.timedelta(minutes=settings.SIGNIN_LOCKOUT_MINUTES),
    )


def _locked_rows(keys: list[str]) -> list[SignInThrottle]:
    """The counters' rows, created if new and locked (in key order, so no deadlocks)."""
    SignInThrottle.objects.bulk_create([SignInThrottle(key=k) for k in keys], ignore_conflicts=True)
    rows = SignInThrottle.objects.select_for_update().filter(key__in=keys).order_by("key")
    found = {row.key: row for row in rows}
    # A row deleted as stale between the two statements is simply created again.
    return [found.get(key) or SignInThrottle(key=key) for key in keys]


def _reserve(counters: tuple[throttle.Counter, ...], *, now: dt.datetime) -> int:
    """Count the attempt as a failure on every counter, or on none when one refuses it.

    Returns 0, or the seconds to wait. On PostgreSQL the rows are locked with
    SELECT ... FOR UPDATE; SQLite transactions are IMMEDIATE, so writers take turns.
    """
    policy = _policy()
    kinds = {counter.key: counter.kind for counter in counters}
    with transaction.atomic():
        rows = _locked_rows(sorted(kinds))
        wait = max(
            throttle.wait_seconds(
                kinds[row.key], row.failures, row.last_failure_at, now=now, policy=policy
            )
            for row in rows
        )
        if wait:
            transaction.set_rollback(True)  # a refused attempt leaves no trace
            return wait
        for row in rows:
            current = throttle.current_failures(
                row.failures, row.last_failure_at, now=now, policy=policy
            )
            row.failures = current + 1
            row.last_failure_at = now
            row.save()
    return 0


def _give_back(counters: tuple[throttle.Counter, ...]) -> None:
    """A successful sign-in: clear its account's counters; the address keeps its others."""
    with transaction.atomic():
        for counter in sorted(counters, key=lambda c: c.key):  # the order _reserve locks in
            rows = SignInThrottle.objects.filter(key=counter.key)
            if counter.kind is throttle.Kind.ADDRESS:
                rows.filter(failures__gt=0).update(failures=F("failures") - 1)
            else:
                rows.update(failures=0, last_failure_at=None)


def signin_attempt(
    *,
    username: str,
    address: str | None,
    verify: Callable[[], User | None],
    now: dt.datetime | None = None,
) -> SignInResult:
    """Check a sign-in within the limits: ``verify`` (the password check) runs only when no
    counter refuses, after this attempt has been counted, so parallel attempts cannot pass
    the limits. A success gives the attempt back."""
    now = now or timezone.now()
    account_id = User.objects.filter(username=username).values_list("pk", flat=True).first()
    counters = throttle.counters(account_id=account_id, username=username, address=address)
    wait = _reserve(counters, now=now)
    if wait:
        return SignInResult(user=None, retry_after=wait)
    user = verify()
    if user is not None:
        _give_back(counters)
    else:
        _forget_idle(now=now)
    return SignInResult(user=user)


def _forget_idle(*, now: dt.datetime) -> None:
    """Keep the table small: counters idle for a day, or cleared, no longer matter. Rows an
    attempt has locked right now are skipped (PostgreSQL), so this never waits or deadlocks."""
    idle = Q(last_failure_at__lt=now - dt.timedelta(days=1)) | Q(last_failure_at__isnull=True)
    with transaction.atomic():
        rows = SignInThrottle.objects.select_for_update(skip_locked=True).filter(idle)
        SignInThrottle.objects.filter(pk__in=list(rows.values_list("pk", flat=True))).delete()
