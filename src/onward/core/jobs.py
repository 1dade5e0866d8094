"""The periodic job runner, without a broker: ``onward serve`` runs it in a thread,
``onward worker`` in its own process. The job list is assembled at the top, in
``onward.config.jobs``, which imports each app's service plainly.

Each job is idempotent and safe to run from several processes at once (the services
lock the rows they change), so a server with several app processes needs no leader.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.db import close_old_connections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: int
    run: Callable[[], object]  # called with no arguments


def run_once(jobs: tuple[Job, ...]) -> dict[str, object]:
    """Run every job now; one failing job does not stop the others."""
    results: dict[str, object] = {}
    for job in jobs:
        close_old_connections()
        try:
            results[job.name] = job.run()
        except Exception:  # a job must never take the server down
            log.exception("job %s failed", job.name)
            results[job.name] = "failed"
        finally:
            close_old_connections()
    return results


def run_forever(stop: threading.Event, jobs: tuple[Job, ...], *, tick_seconds: int = 60) -> None:
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


def start_background(stop: threading.Event, jobs: tuple[Job, ...]) -> threading.Thread:
    thread = threading.Thread(
        target=run_forever, args=(stop, jobs), name="onward-jobs", daemon=True
    )
    thread.start()
    return thread
