"""Sending the digest over SMTP, configured by ``ONWARD_EMAIL_*`` (see docs/configuration.md).

Onward sends no other mail: drafts are for people to send themselves.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def configured() -> bool:
    return bool(getattr(settings, "EMAIL_HOST", "")) and bool(settings.ONWARD_EMAIL_ENABLED)


def send(*, to: str, subject: str, body: str) -> None:
    """Send one plain-text message now; raises on any SMTP or network error."""
    connection = get_connection(SMTP_BACKEND, fail_silently=False)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        connection=connection,
    )
    message.send(fail_silently=False)
