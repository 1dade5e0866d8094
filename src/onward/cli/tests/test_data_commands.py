"""``onward export|import|backup``."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from tests import factories

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke, assert_failed
from onward.portability import exporter
from onward.tracker.models import Application, Company


def test_export_json_to_stdout(alice: User, invoke: Invoke) -> None:
    factories.rejection(alice)
    result = invoke(["export"])
    assert result.exit_code == 0, result.output
    assert result.stdout == exporter.account_export_json(owner=alice)


def test_export_to_a_file(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    factories.application(alice)
    target = tmp_path / "alice.json"
    result = invoke(["export", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "onward-export"
    assert not (tmp_path / "alice.json.part").exists()


def test_export_csv(alice: User, invoke: Invoke) -> None:
    factories.application(alice, title="Analyst")
    result = invoke(["export", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["title"] for row in rows] == ["Analyst"]


def test_export_to_a_missing_folder(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    assert_failed(invoke(["export", "-o", str(tmp_path / "no" / "x.json")]), "No such file")


def test_import_prints_counts_and_is_idempotent(
    alice: User, bob: User, invoke: Invoke, tmp_path: Path
) -> None:
    factories.rejection(alice)
    path = tmp_path / "alice.json"
    path.write_text(exporter.account_export_json(owner=alice), encoding="utf-8")
    first = invoke(["import", str(path), "--user", "bob"])
    assert first.exit_code == 0, first.output
    assert "8 created, 0 updated" in first.stdout  # 7 tracker records + the screening win
    assert "applications" in first.stdout
    second = invoke(["import", str(path), "--user", "bob"])
    assert "0 created, 0 updated" in second.stdout
    assert Application.objects.filter(owner=bob).count() == 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param("{oops", "not valid JSON", id="json"),
        pytest.param('{"format": "onward-export", "version": 9}', "version 9", id="version"),
        pytest.param(
            '{"format": "onward-export", "version": 1, "companies": [{"uid": 1}]}',
            "companies[0]: uid: expected a uid as a string",
            id="record",
        ),
        pytest.param(None, "No such file or directory", id="missing-file"),
        pytest.param(b"\xff\xfe\x00", "not UTF-8", id="binary"),
    ],
)
def test_import_errors(
    alice: User, invoke: Invoke, tmp_path: Path, content: str | bytes | None, fragment: str
) -> None:
    path = tmp_path / "in.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert_failed(invoke(["import", str(path)]), fragment)
    assert not Company.objects.exists()


sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite backup")


@sqlite_only
def test_backup(transactional_db: None, invoke: Invoke, tmp_path: Path) -> None:
    factories.application(factories.user("alice"), title="Backed up")
    target = tmp_path / "onward.sqlite3"
    result = invoke(["backup", str(target)])
    assert result.exit_code == 0, result.output
    assert "Backed up the database" in result.stdout
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT title FROM tracker_jobposting").fetchall() == [("Backed up",)]
    assert_failed(invoke(["backup", str(target)]), "already exists")
    assert invoke(["backup", str(target), "--overwrite"]).exit_code == 0


@pytest.mark.skipif(connection.vendor == "sqlite", reason="other databases only")
def test_backup_on_postgres_points_to_pg_dump(db: None, invoke: Invoke, tmp_path: Path) -> None:
    assert_failed(invoke(["backup", str(tmp_path / "x.sqlite3")]), "pg_dump")


# --- private files, fresh installs, other writers ------------------------------------------


def test_export_file_is_private(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "alice.json"
    assert invoke(["export", "--output", str(target)]).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@sqlite_only
def test_backup_file_is_private(transactional_db: None, invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "onward.sqlite3"
    assert invoke(["backup", str(target)]).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_import_accepts_a_byte_order_mark(
    alice: User, bob: User, invoke: Invoke, tmp_path: Path
) -> None:
    factories.rejection(alice)
    path = tmp_path / "alice.json"
    path.write_text(exporter.account_export_json(owner=alice), encoding="utf-8-sig")
    result = invoke(["import", str(path), "--user", "bob"])
    assert result.exit_code == 0, result.output
    assert Application.objects.filter(owner=bob).count() == 1


def _fresh_env(data_dir: Path) -> dict[str, str]:
    """The environment of `onward` run by hand on a machine with its own data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DJANGO_"))}
    return env | {"ONWARD_DATA_DIR": str(data_dir), "ONWARD_MODE": "local"}


def _onward(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "onward", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_import_into_a_fresh_install_sets_it_up(alice: User, tmp_path: Path) -> None:
    factories.rejection(alice)
    backup = tmp_path / "alice.json"
    backup.write_text(exporter.account_export_json(owner=alice), encoding="utf-8")
    env = _fresh_env(tmp_path / "new-machine")
    done = _onward(env, "import", str(backup))
    assert done.returncode == 0, done.stderr
    assert "Created your account" in done.stderr
    assert "8 created" in done.stdout
    listed = _onward(env, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1


@sqlite_only
def test_a_long_import_lets_other_writers_in(tmp_path: Path) -> None:
    """Another program writes every 50 ms while `onward import` runs, waiting for the lock
    at most 5 s (half of Onward's own busy timeout): none of its writes may fail, which one
    long import transaction (over a minute at this size before batching) would cause."""
    from onward.bench.exportgen import generate_export

    env = _fresh_env(tmp_path / "data")
    assert _onward(env, "manage", "migrate", "-v", "0").returncode == 0
    assert _onward(env, "user", "create", "sam", "--no-password").returncode == 0
    big = tmp_path / "big.json"
    big.write_text(json.dumps(generate_export(applications=1500)), encoding="utf-8")
    importing = subprocess.Popen(
        [sys.executable, "-m", "onward", "import", str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    other = sqlite3.connect(tmp_path / "data" / "onward.sqlite3", timeout=5, isolation_level=None)
    other.execute("CREATE TABLE IF NOT EXISTS other_writer (at TEXT)")
    writes, failures = 0, []
    while importing.poll() is None:
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO other_writer (at) VALUES (datetime('now'))")
            other.execute("COMMIT")
            writes += 1
        except sqlite3.OperationalError as exc:
            failures.append(str(exc))
        time.sleep(0.05)
    other.close()
    assert importing.returncode == 0, importing.stderr.read() if importing.stderr else ""
    assert failures == []
    assert writes > 10
