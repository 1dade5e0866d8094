"""The periodic tasks of every app, assembled at the top so each is a plain import."""

from __future__ import annotations

import datetime as dt
import threading

from onward.core import background
from onward.core.background import Periodic, Runner
from onward.growth import tasks as growth_tasks
from onward.networking import tasks as networking_tasks
from onward.portability import tasks as portability_tasks
from onward.skills import tasks as skills_tasks
from onward.strategy import tasks as strategy_tasks
from onward.tracker import tasks as tracker_tasks

HOUR, MINUTE = dt.timedelta(hours=1), dt.timedelta(minutes=1)

JOBS: tuple[Periodic, ...] = (
    Periodic("mark ghosted applications", HOUR, tracker_tasks.mark_ghosted),
    Periodic("mark unanswered feedback requests", HOUR, growth_tasks.mark_unanswered_feedback),
    Periodic("record weekly goals met", HOUR, growth_tasks.record_goals_met),
    # Runs until nothing is pending, in batches with pauses (an import, a taxonomy install);
    # not enqueued again while a run is still going.
    Periodic("analyse postings' skills", MINUTE, skills_tasks.analyse_postings),
    Periodic("read reflections and feedback for skills", MINUTE, skills_tasks.read_journal),
    Periodic("refresh strategy figures", 10 * MINUTE, strategy_tasks.refresh_figures),
    Periodic("finish abandoned imports", HOUR, portability_tasks.finish_abandoned_imports),
    Periodic("add networking reminders", HOUR, networking_tasks.refresh_reminders),
    Periodic("send reminder digests", 15 * MINUTE, networking_tasks.send_digests),
)


def run_once() -> list[str]:
    """Every periodic task now, in this process (``onward worker --once``)."""
    enqueued = background.enqueue_all(JOBS)
    background.run_queue()
    return enqueued


def start_background(stop: threading.Event) -> list[threading.Thread]:
    """The worker and the scheduler in threads of this process (``onward serve``)."""
    return Runner(JOBS, stop).start()


def run_forever(stop: threading.Event) -> None:
    """The worker and the scheduler until ``stop`` (``onward worker``)."""
    for thread in start_background(stop):
        while thread.is_alive():
            thread.join(timeout=1.0)


def status() -> background.BackgroundStatus:
    return background.status()
