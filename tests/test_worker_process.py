"""`onward worker` as people run it: real processes on a real database file (SQLite) or
server (PostgreSQL). Two workers queue each periodic task once, the work gets done, and a
worker killed mid-way leaves nothing lost: the next one finishes it."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ONWARD = [sys.executable, "-m", "onward"]


def _database_url() -> Iterator[str | None]:
    """None for SQLite (a file in the data dir); on PostgreSQL a throwaway database."""
    url = os.environ.get("ONWARD_DATABASE_URL")
    if not url:
        yield None
        return
    import psycopg

    name = f"onward_worker_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    drop = ("ONWARD_", "DJANGO_SETTINGS_MODULE")
    base = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    base["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    base["ONWARD_SKILLS_SEMANTIC"] = "none"  # no encoder build in these short processes
    for url in _database_url():
        if url:
            base["ONWARD_DATABASE_URL"] = url
        yield base


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [*ONWARD, *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _stage(env: dict[str, str], app_id: str) -> str:
    rows = json.loads(_run(env, "list", "--json", "--user", "alice"))
    return str(next(row["stage"] for row in rows if str(row["id"]) == app_id))


def _ghosting_runs(env: dict[str, str]) -> int:
    code = (
        "from django_tasks_db.models import DBTaskResult;"
        "print(DBTaskResult.objects.filter(task_path__endswith='mark_ghosted').count())"
    )
    return int(_run(env, "manage", "shell", "-c", code).split()[-1])


def _worker(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*ONWARD, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def _wait_for(check: object, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.5)
    raise AssertionError("timed out")


@pytest.mark.django_db(transaction=True)
def test_two_workers_share_the_schedule_and_a_killed_one_loses_nothing(
    env: dict[str, str],
) -> None:
    _run(env, "manage", "migrate", "--verbosity", "0")
    _run(env, "user", "create", "alice", "--no-password")
    applied = (dt.date.today() - dt.timedelta(days=90)).isoformat()
    app_id = _run(env, "add", "Analyst", "--company", "Acme", "--applied-on", applied,
                  "--user", "alice").strip()  # fmt: skip
    first, second = _worker(env), _worker(env)
    try:
        _wait_for(lambda: _stage(env, app_id) == "ghosted")
        time.sleep(2)  # both schedulers have ticked at least once more
        assert _ghosting_runs(env) == 1  # queued once, whichever worker got there first
    finally:
        for proc in (first, second):
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    # Queued work survives the processes: queue a run, kill the worker before it runs it.
    _run(env, "manage", "shell", "-c",
         "from onward.tracker.tasks import mark_ghosted; mark_ghosted.enqueue()")  # fmt: skip
    status = _run(env, "worker", "--once")
    assert "mark ghosted applications: last ran" in status and "failed" not in status
    # The scheduled run and the queued one; --once found a run waiting, so queued no other.
    assert _ghosting_runs(env) == 2
