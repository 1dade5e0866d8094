"""``onward export|import|backup``."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
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
