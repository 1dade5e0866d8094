"""Background work on Django's tasks API (the ``django-tasks`` backport with the
``django-tasks-db`` database backend): no broker, the queue lives in the database.

- Each app declares its tasks in ``<app>/tasks.py`` with ``@task()``; the periodic ones are
  listed at the top, in ``onward.config.jobs``, importing each task plainly.
- ``enqueue_due`` enqueues each periodic task once per interval across every process: it
  locks the task's ``ScheduleState`` row, and skips a task whose previous run is still
  waiting or running.
- ``recover_abandoned`` gives up on runs left "running" by a process that died (a restart)
  and enqueues them again: tasks are idempotent, so running one twice changes nothing.
- ``Runner`` runs a worker thread and a scheduler thread: ``onward worker`` in its own
  process, ``onward serve`` in local mode.
- ``status`` says, for people to see, when each periodic task last ran and what failed.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, close_old_connections, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.base import Task
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from onward.core.models import ScheduleState

log = logging.getLogger(__name__)

ABANDONED_AFTER = dt.timedelta(minutes=30)
WAITING = (TaskResultStatus.READY, TaskResultStatus.RUNNING)


@dataclass(frozen=True)
class Periodic:
    name: str
    every: dt.timedelta
    task: Task[Any, Any]

    @property
    def path(self) -> str:
        return str(self.task.module_path)


def _waiting(path: str) -> bool:
    return DBTaskResult.objects.filter(task_path=path, status__in=WAITING).exists()


def _state(job: Periodic, now: dt.datetime) -> ScheduleState:
    try:
        with transaction.atomic():
            state, _ = ScheduleState.objects.select_for_update().get_or_create(
                name=job.name, defaults={"due_at": now, "task_path": job.path}
            )
    except IntegrityError:  # created meanwhile by another process
        state = ScheduleState.objects.select_for_update().get(name=job.name)
    state.task_path = job.path
    return state


def _enqueue_one(job: Periodic, now: dt.datetime) -> bool:
    with transaction.atomic():
        state = _state(job, now)
        if state.due_at > now:
            return False
        state.due_at = now + job.every
        enqueued = not _waiting(job.path)
        if enqueued:
            job.task.enqueue()
            state.last_enqueued_at = now
        state.save()
        return enqueued


def enqueue_due(jobs: Sequence[Periodic], *, now: dt.datetime | None = None) -> list[str]:
    """Enqueue every periodic task that is due; the names of those enqueued."""
    now = now or timezone.now()
    return [job.name for job in jobs if _enqueue_one(job, now)]


def enqueue_all(jobs: Sequence[Periodic]) -> list[str]:
    """Enqueue every periodic task now, whatever its schedule (``onward worker --once``)."""
    enqueued = []
    for job in jobs:
        if not _waiting(job.path):
            job.task.enqueue()
            enqueued.append(job.name)
    return enqueued


def recover_abandoned(*, now: dt.datetime | None = None) -> int:
    """Runs left "running" longer than ``ABANDONED_AFTER`` (their process died): marked
    failed, and their task enqueued again with the same arguments. Returns how many."""
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    count = 0
    stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)
    for result in stale:
        with transaction.atomic():
            changed = DBTaskResult.objects.filter(
                pk=result.pk, status=TaskResultStatus.RUNNING
            ).update(
                status=TaskResultStatus.FAILED,
                finished_at=timezone.now(),
                exception_class_path="onward.core.background.Abandoned",
                traceback="The process running this task stopped; it was enqueued again.",
            )
            if changed:
                call = result.args_kwargs or {}
                result.task.enqueue(*call.get("args", ()), **call.get("kwargs", {}))
                count += 1
    return count


class _StoppableWorker(Worker):
    """django-tasks-db's worker loop, stopped by an Event instead of a signal."""

    def __init__(self, stop: threading.Event, *, interval: float, batch: bool = False) -> None:
        super().__init__(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=f"onward-{uuid.uuid4().hex[:12]}",
            excluded_queue_names=[],
        )
        self._stop = stop

    def run(self) -> None:
        watcher = threading.Thread(target=self._watch, name="onward-worker-stop", daemon=True)
        watcher.start()
        try:
            super().run()
        finally:
            close_old_connections()

    def _watch(self) -> None:
        self._stop.wait()
        self.running = False


def run_queue() -> int:
    """Run every task waiting in the queue now, in this thread, then return how many ran
    (``onward worker --once``, tests). Unlike the worker loop it leaves the database
    connection alone, so it can run inside a caller's transaction."""
    worker = _StoppableWorker(threading.Event(), interval=0, batch=True)
    ran = 0
    while True:
        with exclusive_transaction():
            result = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
            if result is not None:
                result.claim(worker.worker_id)
        if result is None:
            return ran
        worker.run_task(result)
        ran += 1


class Runner:
    """A worker thread and a scheduler thread, until ``stop`` is set."""

    def __init__(
        self,
        jobs: Sequence[Periodic],
        stop: threading.Event,
        *,
        interval: float = 1.0,
        tick: float = 10.0,
    ) -> None:
        self.jobs, self.stop, self.tick = tuple(jobs), stop, tick
        self.worker = _StoppableWorker(stop, interval=interval)

    def schedule_once(self) -> None:
        close_old_connections()
        try:
            recover_abandoned()
            enqueue_due(self.jobs)
        except Exception:  # the scheduler must outlive a busy or restarting database
            log.exception("could not enqueue periodic tasks; trying again shortly")
        finally:
            close_old_connections()

    def _schedule(self) -> None:
        while not self.stop.is_set():
            self.schedule_once()
            self.stop.wait(self.tick)

    def start(self) -> list[threading.Thread]:
        threads = [
            threading.Thread(target=self._schedule, name="onward-scheduler", daemon=True),
            threading.Thread(target=self.worker.run, name="onward-worker", daemon=True),
        ]
        for thread in threads:
            thread.start()
        return threads


# --- what people see ----------------------------------------------------------------------


@dataclass(frozen=True)
class TaskRun:
    name: str
    status: str
    enqueued_at: dt.datetime
    finished_at: dt.datetime | None
    error: str  # the exception's class and first line, never a traceback


@dataclass(frozen=True)
class BackgroundStatus:
    last_success: dict[str, dt.datetime | None]  # periodic task name -> last success
    failures: list[TaskRun]  # recent failures, newest first
    waiting: int  # tasks queued or running now


def _error(result: DBTaskResult[Any, Any]) -> str:
    name = (result.exception_class_path or "").rsplit(".", 1)[-1] or "Error"
    lines = [line for line in (result.traceback or "").strip().splitlines() if line.strip()]
    return f"{name}: {lines[-1][:300]}" if lines else name


def status(*, days: int = 7, limit: int = 10) -> BackgroundStatus:
    """Background work at a glance: last success per periodic task (those the scheduler
    knows), recent failures, and how much is waiting."""
    names = dict(ScheduleState.objects.order_by("name").values_list("task_path", "name"))
    since = timezone.now() - dt.timedelta(days=days)
    recent = DBTaskResult.objects.filter(enqueued_at__gte=since)
    last = dict.fromkeys(names.values())
    done = recent.filter(status=TaskResultStatus.SUCCESSFUL, task_path__in=list(names))
    for path, finished in done.order_by("finished_at").values_list("task_path", "finished_at"):
        last[names[path]] = finished
    failed = recent.filter(status=TaskResultStatus.FAILED).order_by("-enqueued_at")[:limit]
    return BackgroundStatus(
        last_success=last,
        failures=[
            TaskRun(
                names.get(r.task_path, r.task_path),
                r.status,
                r.enqueued_at,
                r.finished_at,
                _error(r),
            )
            for r in failed
        ],
        waiting=DBTaskResult.objects.filter(status__in=WAITING).count(),
    )


def enqueue_once(task: Task[Any, Any], *args: Any) -> bool:
    """Enqueue ``task(*args)`` unless the same call is already waiting or running; True if
    it was enqueued. Two processes racing may both enqueue: tasks are idempotent, so the
    second run finds nothing to do."""
    waiting = DBTaskResult.objects.filter(
        task_path=str(task.module_path), status__in=WAITING
    ).values_list("args_kwargs", flat=True)
    if any(list((call or {}).get("args") or []) == list(args) for call in waiting):
        return False
    task.enqueue(*args)
    return True
