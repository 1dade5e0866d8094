"""The reminders digest, sent by the background task to a real local SMTP server: once per
person and period, retried after a failure, password from a ``_FILE``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from onward.accounts.models import User
from onward.config import env
from onward.core import background
from onward.networking import services, tasks
from onward.networking.models import DigestSent
from onward.networking.services.digest import STALE_CLAIM, digest_period
from onward.networking.tests.smtp_server import Mailbox, smtp_server

pytestmark = pytest.mark.django_db

MONDAY_9 = dt.datetime(2026, 3, 9, 9, 0, tzinfo=dt.UTC)


def _smtp(port: int, **extra: object) -> override_settings:
    return override_settings(
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
        ONWARD_EMAIL_ENABLED=True,
        DEFAULT_FROM_EMAIL="Onward <onward@localhost>",
        DIGEST_HOUR=7,
        **extra,
    )


@pytest.fixture
def server() -> Iterator[tuple[Mailbox, int]]:
    with smtp_server() as running:
        yield running


@pytest.fixture
def due(alice: User) -> User:
    alice.email = "alice@example.com"
    alice.save()
    with time_machine.travel(MONDAY_9, tick=False):
        services.network_settings_update(owner=alice, digest="daily")
        today = timezone.localdate()
        services.reminder_create(owner=alice, title="Thank Jo", due_on=today)
        services.reminder_create(owner=alice, title="Call Sam", due_on=today - dt.timedelta(2))
        services.reminder_create(owner=alice, title="Far away", due_on=today + dt.timedelta(30))
    return alice


def test_the_task_sends_one_digest_per_day_with_whats_due(
    due: User, server: tuple[Mailbox, int]
) -> None:
    box, port = server
    with _smtp(port), time_machine.travel(MONDAY_9, tick=False):
        tasks.send_digests.enqueue()
        tasks.send_digests.enqueue()  # a second worker's run
        background.run_queue()
        assert services.digests_send_due() == 0
    [message] = box.messages
    assert message["To"] == "alice@example.com"
    assert message["Subject"] == "Onward: 2 reminders due"
    body = message.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Overdue" in body and "Call Sam" in body and "Thank Jo" in body
    assert "Far away" not in body
    sent = DigestSent.objects.get(owner=due)
    assert (sent.period, sent.status, sent.reminder_count) == ("daily:2026-03-09", "sent", 2)


def test_next_day_sends_again_and_before_the_hour_nothing(
    due: User, server: tuple[Mailbox, int]
) -> None:
    box, port = server
    with _smtp(port):
        with time_machine.travel(MONDAY_9, tick=False):
            services.digests_send_due()
        with time_machine.travel(MONDAY_9 + dt.timedelta(hours=19), tick=False):  # 04:00
            assert services.digests_send_due() == 0
        with time_machine.travel(MONDAY_9 + dt.timedelta(days=1), tick=False):
            assert services.digests_send_due() == 1
    assert len(box.messages) == 2


def test_a_claim_held_by_another_worker_is_respected_until_stale(
    due: User, server: tuple[Mailbox, int]
) -> None:
    box, port = server
    DigestSent.objects.create(
        owner=due, period="daily:2026-03-09", status="sending", claimed_at=MONDAY_9
    )
    with _smtp(port):
        with time_machine.travel(MONDAY_9 + dt.timedelta(minutes=5), tick=False):
            assert services.digests_send_due() == 0
        assert box.messages == []
        with time_machine.travel(MONDAY_9 + STALE_CLAIM + dt.timedelta(minutes=1), tick=False):
            assert services.digests_send_due() == 1
    assert len(box.messages) == 1


def test_a_refused_message_gives_the_period_back(due: User, server: tuple[Mailbox, int]) -> None:
    box, port = server
    box.reject_with = "550 Mailbox unavailable"
    with _smtp(port), time_machine.travel(MONDAY_9, tick=False):
        with pytest.raises(Exception, match="550"):
            services.digests_send_due()
        assert not DigestSent.objects.exists()
        box.reject_with = ""
        assert services.digests_send_due() == 1
    assert len(box.messages) == 1


def test_each_person_is_claimed_on_their_own(
    due: User, bob: User, server: tuple[Mailbox, int]
) -> None:
    box, port = server
    services.network_settings_update(owner=bob, digest="daily", digest_to="bob@example.com")
    services.reminder_create(owner=bob, title="Call Kim", due_on=MONDAY_9.date())
    DigestSent.objects.create(  # alice's digest is being sent by another worker right now
        owner=due, period="daily:2026-03-09", status="sending", claimed_at=MONDAY_9
    )
    with _smtp(port), time_machine.travel(MONDAY_9, tick=False):
        assert services.digests_send_due() == 1
    assert [m["To"] for m in box.messages] == ["bob@example.com"]


def test_nothing_due_sends_nothing_and_is_recorded(
    alice: User, server: tuple[Mailbox, int]
) -> None:
    box, port = server
    alice.email = "alice@example.com"
    alice.save()
    services.network_settings_update(owner=alice, digest="weekly")
    with _smtp(port), time_machine.travel(MONDAY_9, tick=False):
        assert services.digests_send_due() == 0
    assert box.messages == []
    assert DigestSent.objects.get().status == "empty"


def test_without_smtp_settings_nothing_is_sent(due: User) -> None:
    with override_settings(EMAIL_HOST="", ONWARD_EMAIL_ENABLED=False):
        assert services.digests_send_due() == 0
    assert not DigestSent.objects.exists()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_the_password_can_come_from_a_file(
    due: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "smtp_password"
    secret.write_text("s3cret pass\n", encoding="utf-8")
    monkeypatch.delenv("ONWARD_EMAIL_PASSWORD", raising=False)
    monkeypatch.setenv("ONWARD_EMAIL_PASSWORD_FILE", str(secret))
    password = env.get_str("ONWARD_EMAIL_PASSWORD")
    with smtp_server(password="s3cret pass") as (box, port):
        extra = {"EMAIL_HOST_USER": "onward", "EMAIL_HOST_PASSWORD": password}
        with _smtp(port), override_settings(**extra), time_machine.travel(MONDAY_9, tick=False):
            assert services.digests_send_due() == 1
    assert box.logins == [("onward", "s3cret pass")]
    assert len(box.messages) == 1


@pytest.mark.parametrize(
    ("frequency", "local", "period"),
    [
        pytest.param("daily", dt.datetime(2026, 3, 11, 6, 59), None, id="daily-before-hour"),
        pytest.param("daily", dt.datetime(2026, 3, 11, 7, 0), "daily:2026-03-11", id="daily"),
        pytest.param("weekly", dt.datetime(2026, 3, 9, 6, 0), None, id="monday-early"),
        pytest.param("weekly", dt.datetime(2026, 3, 9, 8, 0), "weekly:2026-W11", id="monday"),
        pytest.param("weekly", dt.datetime(2026, 3, 12, 3, 0), "weekly:2026-W11", id="later-week"),
        pytest.param("off", dt.datetime(2026, 3, 12, 9, 0), None, id="off"),
    ],
)
def test_digest_period(frequency: str, local: dt.datetime, period: str | None) -> None:
    with override_settings(DIGEST_HOUR=7):
        assert digest_period(frequency, local) == period
