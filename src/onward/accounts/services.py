"""Every write to accounts: users, tokens, sign-in links, sign-in attempts."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import re
import secrets

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import ApiToken, SignInAttempt, SignInLink, User
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


# --- sign-in rate limiting ------------------------------------------------------------------


def signin_locked(*, username: str, address: str | None, now: dt.datetime | None = None) -> bool:
    """True when recent failures for this account or this address exceed the limits."""
    now = now or timezone.now()
    since = now - dt.timedelta(minutes=settings.SIGNIN_LOCKOUT_MINUTES)
    recent = SignInAttempt.objects.filter(at__gte=since, succeeded=False)
    if recent.filter(username__iexact=username).count() >= settings.SIGNIN_MAX_FAILURES_PER_ACCOUNT:
        return True
    return bool(
        address
        and recent.filter(address=address).count() >= settings.SIGNIN_MAX_FAILURES_PER_ADDRESS
    )


def signin_attempt_record(
    *, username: str, address: str | None, succeeded: bool, now: dt.datetime | None = None
) -> None:
    now = now or timezone.now()
    SignInAttempt.objects.create(
        username=username[:150], address=address, succeeded=succeeded, at=now
    )
    if succeeded:
        # A successful sign-in clears the account's failure count.
        SignInAttempt.objects.filter(username__iexact=username, succeeded=False).delete()
    # Keep the table small: attempts older than a day are no longer needed.
    SignInAttempt.objects.filter(at__lt=now - dt.timedelta(days=1)).delete()
