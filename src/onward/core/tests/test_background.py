"""Background work: periodic tasks enqueued once per interval across processes, run by the
worker, failures visible, and runs left behind by a stopped process done again."""

from __future__ import annotations

import datetime as dt
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult
from tests import factories

from onward.accounts.models import User
from onward.core import background
from onward.core.background import Periodic
from onward.tracker import tasks as tracker_tasks
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@task()
def boom() -> None:
    raise ValueError("the sky fell\nsecond line")


GHOSTING = Periodic("mark ghosted applications", HOUR, tracker_tasks.mark_ghosted)
BOOM = Periodic("always fails", HOUR, boom)


def _queued(path: str) -> list[str]:
    return list(DBTaskResult.objects.filter(task_path=path).values_list("status", flat=True))


def test_a_due_task_is_enqueued_once_per_interval() -> None:
    assert background.enqueue_due([GHOSTING], now=NOW) == [GHOSTING.name]
    # A second scheduler (another process) at the same moment finds it not due.
    assert background.enqueue_due([GHOSTING], now=NOW + dt.timedelta(seconds=5)) == []
    background.run_queue()
    assert background.enqueue_due([GHOSTING], now=NOW + HOUR) == [GHOSTING.name]
    assert _queued(GHOSTING.path).count(TaskResultStatus.SUCCESSFUL) == 1


def test_a_run_still_waiting_is_not_enqueued_again() -> None:
    background.enqueue_due([GHOSTING], now=NOW)
    assert background.enqueue_due([GHOSTING], now=NOW + 3 * HOUR) == []  # nobody ran it
    assert _queued(GHOSTING.path) == [TaskResultStatus.READY]


def test_the_worker_runs_the_task(alice: User) -> None:
    long_ago = timezone.now() - dt.timedelta(days=90)
    app = factories.application(alice, applied_on=long_ago.date(), now=long_ago)
    background.enqueue_all([GHOSTING])
    background.run_queue()
    app.refresh_from_db()
    assert app.stage == Stage.GHOSTED
    assert _queued(GHOSTING.path) == [TaskResultStatus.SUCCESSFUL]


def test_failures_are_shown_without_a_traceback() -> None:
    background.enqueue_due([BOOM, GHOSTING], now=NOW)
    background.run_queue()
    state = background.status()
    assert [(f.name, f.error) for f in state.failures] == [
        ("always fails", "ValueError: second line")
    ]
    assert state.last_success[GHOSTING.name] is not None
    assert state.last_success[BOOM.name] is None and state.waiting == 0


def test_a_run_left_behind_by_a_stopped_process_is_done_again(alice: User) -> None:
    long_ago = timezone.now() - dt.timedelta(days=90)
    app = factories.application(alice, applied_on=long_ago.date(), now=long_ago)
    background.enqueue_all([GHOSTING])
    # A worker claimed it, then its process was killed.
    DBTaskResult.objects.filter(task_path=GHOSTING.path).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - 2 * HOUR
    )
    assert background.recover_abandoned() == 1
    assert background.recover_abandoned() == 0
    background.run_queue()
    app.refresh_from_db()
    assert app.stage == Stage.GHOSTED
    assert sorted(_queued(GHOSTING.path)) == [TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL]
    assert app.events.filter(stage=Stage.GHOSTED).count() == 1


def test_the_background_page_shows_failures(alice_client: Client) -> None:
    background.enqueue_due([BOOM, GHOSTING], now=NOW)
    background.run_queue()
    text = alice_client.get(reverse("accounts:background")).content.decode()
    assert "Always fails" in text and "ValueError: second line" in text
    assert "Traceback" not in text and "the sky fell" not in text


def test_on_a_server_only_staff_see_it(
    alice: User, alice_client: Client, settings: SettingsWrapper
) -> None:
    settings.SERVER_MODE = True
    assert alice_client.get(reverse("accounts:background")).status_code == 404
    alice.is_staff = True
    alice.save()
    assert alice_client.get(reverse("accounts:background")).status_code == 200
