"""Accounts: the custom user, API tokens, one-time sign-in links and sign-in limit counters."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class User(AbstractUser):
    """An Onward user. Everything else in the database belongs to one."""

    display_name = models.CharField(max_length=150, blank=True)
    time_zone = models.CharField(max_length=64, blank=True)
    ghost_after_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Days without news before an application is marked ghosted. "
        "Empty means the server default.",
    )

    @property
    def name(self) -> str:
        return self.display_name or self.get_full_name() or self.username

    @property
    def signature(self) -> str:
        """The name that signs drafted emails: never the username ("owner")."""
        return self.display_name or self.get_full_name()

    def effective_ghost_days(self) -> int:
        return self.ghost_after_days or settings.GHOST_AFTER_DAYS


class ApiToken(models.Model):
    """A personal API token. Only a SHA-256 digest is stored; the secret is shown once."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class SignInLink(models.Model):
    """A one-time sign-in link, printed by ``onward serve`` (like Jupyter's token URL)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"sign-in link for user {self.user_id}"


class SignInThrottle(models.Model):
    """Failed sign-ins counted under one key: an account from an address, an address, or an
    account from anywhere (see ``accounts.throttle``). One row per key, locked while counting,
    so parallel attempts cannot all pass the check."""

    key = models.CharField(max_length=200, unique=True)
    failures = models.PositiveIntegerField(default=0)
    last_failure_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.failures} failed sign-ins for {self.key}"
