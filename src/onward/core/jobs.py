"""Periodic jobs, run without a broker: by ``onward serve`` in a thread, or ``onward worker``.

Each job is idempotent and safe to run from several processes at once (the services
lock the rows they change), so a server with several app processes needs no leader.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.db import close_old_connections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: int
    target: str  # "module:function", called with no arguments

    def resolve(self) -> Callable[[], object]:
        module, _, func = self.target.partition(":")
        fn: Callable[[], object] = getattr(import_module(module), func)
        return fn


JOBS: tuple[Job, ...] = (
    Job("mark ghosted applications", 3600, "onward.tracker.services:applications_mark_ghosted"),
    Job(
        "mark unanswered feedback requests",
        3600,
        "onward.growth.services:feedback_requests_mark_no_reply",
    ),
    Job("record weekly goals met", 3600, "onward.growth.services:goals_check_met_all"),
    Job("analyse postings' skills", 600, "onward.skills.services:postings_analyse_pending"),
)


def run_once(jobs: tuple[Job, ...] = JOBS) -> dict[str, object]:
    """Run every job now; one failing job does not stop the others."""
    results: dict[str, object] = {}
    for job in jobs:
        close_old_connections()
        try:
            results[job.name] = job.resolve()()
        except Exception:  # a job must never take the server down
            log.exception("job %s failed", job.name)
            results[job.name] = "failed"
        finally:
            close_old_connections()
    return results


def run_forever(
    stop: threading.Event, *, tick_seconds: int = 60, jobs: tuple[Job, ...] = JOBS
) -> None:
    """Run each job on its own interval until ``stop`` is set."""
    due = dict.fromkeys((job.name for job in jobs), 0.0)
    elapsed = 0.0
    while not stop.is_set():
        for job in jobs:
            if elapsed >= due[job.name]:
                run_once((job,))
                due[job.name] = elapsed + job.every_seconds
        stop.wait(tick_seconds)
        elapsed += tick_seconds


def start_background(stop: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=run_forever, args=(stop,), name="onward-jobs", daemon=True)
    thread.start()
    return thread
