"""The reminders digest: a daily or weekly email of what is due, when SMTP is configured.

Sent by background work (``networking.tasks.send_digests``). Each person gets one digest
per period, however many workers run the task at once: a ``DigestSent`` row per person and
period (unique) is claimed before sending. A failed send gives the claim back so the next
run tries again; a claim left "sending" by a process that died is taken over after
``STALE_CLAIM``.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import check_choice
from onward.networking import mail
from onward.networking.choices import DigestFrequency, DigestStatus
from onward.networking.models import DigestSent, NetworkSettings, Reminder
from onward.networking.services.reminders import user_zone

STALE_CLAIM = dt.timedelta(minutes=30)
log = logging.getLogger(__name__)


def network_settings_get(*, owner: User) -> NetworkSettings:
    found = NetworkSettings.objects.filter(owner=owner).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return NetworkSettings.objects.create(owner=owner)
    except IntegrityError:
        return NetworkSettings.objects.get(owner=owner)


def network_settings_update(*, owner: User, **fields: Any) -> NetworkSettings:
    row = network_settings_get(owner=owner)
    unknown = set(fields) - {"digest", "digest_to"}
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    if "digest" in fields:
        row.digest = check_choice(fields["digest"], DigestFrequency, "digest")
    if "digest_to" in fields:
        row.digest_to = str(fields["digest_to"] or "").strip()
    row.full_clean(exclude=["owner", "uid"], validate_constraints=False)
    row.save()
    return row


def digest_period(frequency: str, local_now: dt.datetime) -> str | None:
    """The period a digest sent now belongs to, or None before the digest hour."""
    if frequency == DigestFrequency.OFF:
        return None
    if frequency == DigestFrequency.DAILY:
        if local_now.hour < settings.DIGEST_HOUR:
            return None
        return f"daily:{local_now.date().isoformat()}"
    if local_now.weekday() == 0 and local_now.hour < settings.DIGEST_HOUR:
        return None
    year, week, _ = local_now.isocalendar()
    return f"weekly:{year}-W{week:02d}"


def _claim(owner: User, period: str, now: dt.datetime) -> DigestSent | None:
    try:
        with transaction.atomic():
            return DigestSent.objects.create(
                owner=owner, period=period, status=DigestStatus.SENDING, claimed_at=now
            )
    except IntegrityError:
        pass
    stale = DigestSent.objects.filter(
        owner=owner, period=period, status=DigestStatus.SENDING, claimed_at__lt=now - STALE_CLAIM
    )
    row = stale.first()
    if row is None or not stale.filter(pk=row.pk).update(claimed_at=now):
        return None  # sent, being sent, or taken over meanwhile by another worker
    row.claimed_at = now
    return row


def _section(title: str, reminders: list[Reminder]) -> list[str]:
    if not reminders:
        return []
    lines = [title, "-" * len(title)]
    for r in reminders:
        who = f" ({r.contact.name})" if r.contact_id and r.contact else ""
        lines.append(f"- {r.due_on:%a %d %b}: {r.title}{who}")
    return [*lines, ""]


def digest_text(*, owner: User, reminders: list[Reminder], today: dt.date) -> tuple[str, str]:
    """Subject and plain-text body of a digest."""
    overdue = [r for r in reminders if r.due_on < today]
    due_today = [r for r in reminders if r.due_on == today]
    later = [r for r in reminders if r.due_on > today]
    subject = f"Onward: {len(reminders)} reminder{'s' if len(reminders) != 1 else ''} due"
    body = [f"Hello {owner.name},", ""]
    body += _section("Overdue", overdue) + _section("Today", due_today)
    body += _section("This week", later)
    body += [
        "Drafts for each are on the Reminders page in Onward. Onward never sends them for",
        "you: edit, send, then mark the reminder done.",
        "",
        "You get this email because you turned on the reminders digest in Onward.",
    ]
    return subject, "\n".join(body)


def _due(owner: User, today: dt.date) -> list[Reminder]:
    from onward.networking import selectors

    return list(selectors.reminder_agenda(owner=owner, today=today).all_open)


def digest_send(
    *, owner: User, frequency: str, to: str, now: dt.datetime | None = None
) -> DigestSent | None:
    """Send ``owner``'s digest for the current period, once; the record, or None."""
    now = now or timezone.now()
    period = digest_period(frequency, timezone.localtime(now))
    if period is None or not to:
        return None
    claim = _claim(owner, period, now)
    if claim is None:
        return None
    try:
        reminders = _due(owner, timezone.localdate(now))
        if reminders:
            subject, body = digest_text(
                owner=owner, reminders=reminders, today=timezone.localdate(now)
            )
            mail.send(to=to, subject=subject, body=body)
    except BaseException:
        claim.delete()  # give the period back: the next run tries again
        raise
    claim.status = DigestStatus.SENT if reminders else DigestStatus.EMPTY
    claim.sent_at = now if reminders else None
    claim.recipient, claim.reminder_count = to, len(reminders)
    claim.save()
    return claim


def digests_send_due(*, now: dt.datetime | None = None) -> int:
    """Every digest due now (the periodic task); how many were sent."""
    if not mail.configured():
        return 0
    sent, failures = 0, []
    rows = NetworkSettings.objects.exclude(digest=DigestFrequency.OFF).select_related("owner")
    for row in rows.order_by("pk"):
        user = row.owner
        if not user.is_active:
            continue
        try:
            with timezone.override(user_zone(user)):
                claim = digest_send(
                    owner=user, frequency=row.digest, to=row.digest_to or user.email, now=now
                )
        except Exception as exc:  # one bad address or refusal must not stop the others
            log.warning("digest for account %s not sent: %s", user.pk, exc)
            failures.append(f"{type(exc).__name__}: {exc}")
            continue
        sent += claim is not None and claim.status == DigestStatus.SENT
    if failures:  # the run fails, so it shows on the Background work page; retried next run
        raise DigestError(f"{len(failures)} digest(s) not sent, e.g. {failures[0]}")
    return sent


class DigestError(RuntimeError):
    """Some digests of a run could not be sent (each is tried again on the next run)."""
