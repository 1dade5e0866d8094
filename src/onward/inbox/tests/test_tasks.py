"""The import as background work: a task per slice, the next slice queued until it is
done, a run left by a dead worker taken over, one still being read left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from onward.accounts.models import User
from onward.core import background
from onward.inbox import services, tasks
from onward.inbox.choices import RunStatus
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.services import execute
from onward.inbox.sources import open_stream
from onward.inbox.tests import mail

pytestmark = pytest.mark.django_db


def _mbox(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "m.mbox"
    path.write_bytes(
        mail.mbox(
            *(
                mail.email(mail.REJECTION, company=f"Firm {n}", message_id=f"<t{n}@x>")
                for n in range(count)
            )
        )
    )
    return path


def test_an_upload_queues_the_task_and_the_worker_runs_it(alice: User) -> None:
    data = mail.email(mail.REJECTION, company="Gridline")
    run = services.import_run_upload(owner=alice, name="one.eml", chunks=[data])
    assert DBTaskResult.objects.filter(task_path__endswith="run_import").count() == 1
    background.run_queue()
    run.refresh_from_db()
    assert run.status == RunStatus.DONE
    assert ReviewItem.objects.filter(owner=alice).count() == 1


def test_a_long_import_continues_in_the_next_slice(
    alice: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(execute, "BATCH", 2)
    monkeypatch.setattr(tasks, "SLICE", dt.timedelta(seconds=-1))  # out of time at once
    run = services.import_run_local(owner=alice, path=_mbox(tmp_path, 5), queue=True)
    # 2 + 2 + 1 messages, a slice each, and a last one that finds nothing left and finishes.
    assert background.run_queue() == 4
    run.refresh_from_db()
    assert (run.status, run.read_count) == (RunStatus.DONE, 5)


def test_a_run_being_read_elsewhere_is_left_alone(alice: User, tmp_path: Path) -> None:
    run = services.import_run_local(owner=alice, path=_mbox(tmp_path, 2))
    ImportRun.objects.filter(pk=run.pk).update(
        status=RunStatus.RUNNING, heartbeat_at=timezone.now()
    )
    assert tasks.run_import.call(run.pk) == "running"
    assert not ReviewItem.objects.exists()


def test_a_run_abandoned_by_a_dead_worker_is_taken_over(alice: User, tmp_path: Path) -> None:
    run = services.import_run_local(owner=alice, path=_mbox(tmp_path, 2))
    long_ago = timezone.now() - dt.timedelta(hours=1)
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, heartbeat_at=long_ago)
    assert tasks.run_import.call(run.pk) == "done"
    assert ReviewItem.objects.count() == 2


def test_a_bug_marks_the_run_failed_and_resumable(
    alice: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = services.import_run_local(owner=alice, path=_mbox(tmp_path, 2))

    def boom(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(execute, "_write_mail", boom)
    with pytest.raises(ZeroDivisionError):
        tasks.run_import.call(run.pk)
    run.refresh_from_db()
    assert run.status == RunStatus.FAILED
    assert "Something went wrong on our side (ZeroDivisionError)" in run.message


def test_a_missing_run_is_a_no_op() -> None:
    assert tasks.run_import.call(123456) == "gone"


def test_the_worker_pool_gives_the_same_result(alice: User, tmp_path: Path) -> None:
    from onward.inbox import digesting

    path = _mbox(tmp_path, 30)
    steps = open_stream("mbox", path, {}).steps
    pooled = [d.key for _, d in digesting.digests(steps, keep_body=False, processes=2)]
    alone = [d.key for _, d in digesting.digests(
        open_stream("mbox", path, {}).steps, keep_body=False, processes=0
    )]  # fmt: skip
    assert pooled == alone == [f"t{n}@x" for n in range(30)]


def _left_running(run: ImportRun, minutes: int) -> ImportRun:
    beat = timezone.now() - dt.timedelta(minutes=minutes)
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, heartbeat_at=beat)
    run.refresh_from_db()
    return run


@pytest.mark.parametrize(
    ("minutes", "abandoned"),
    [
        pytest.param(1, False, id="beat-a-minute-ago"),
        pytest.param(6, True, id="silent-for-six-minutes"),
    ],
)
def test_a_run_whose_reader_stopped_beating_can_be_resumed(
    alice: User, tmp_path: Path, minutes: int, abandoned: bool
) -> None:
    run = _left_running(services.import_run_local(owner=alice, path=_mbox(tmp_path, 2)), minutes)
    assert run.abandoned is abandoned
    if not abandoned:
        with pytest.raises(ValidationError, match="Only a stopped import"):
            services.import_run_resume(run=run)
        return
    assert services.import_run_resume(run=run).status == RunStatus.QUEUED
    assert background.run_queue() == 1
    assert ImportRun.objects.get(pk=run.pk).status == RunStatus.DONE


def test_the_same_command_after_a_killed_import_carries_on(alice: User, tmp_path: Path) -> None:
    path = _mbox(tmp_path, 2)
    first = _left_running(services.import_run_local(owner=alice, path=path, queue=False), 10)
    again = services.import_run_local(owner=alice, path=path, queue=False)
    assert again.pk == first.pk and again.status == RunStatus.QUEUED
    assert services.import_run_execute(run=again).status == RunStatus.DONE
    assert ImportRun.objects.count() == 1 and ReviewItem.objects.count() == 2


def test_the_same_command_while_it_runs_elsewhere_starts_another(
    alice: User, tmp_path: Path
) -> None:
    path = _mbox(tmp_path, 2)
    first = _left_running(services.import_run_local(owner=alice, path=path, queue=False), 0)
    again = services.import_run_local(owner=alice, path=path, queue=False)
    assert again.pk != first.pk
