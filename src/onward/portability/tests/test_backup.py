"""``database_backup``: a consistent, self-contained SQLite copy, never a half-written file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from django.db import connection
from tests import factories

from onward.portability import backup
from onward.portability.errors import BackupError

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite backup")


@sqlite_only
def test_backup_copies_the_database(transactional_db: None, tmp_path: Path) -> None:
    factories.application(factories.user("alice"), title="Copied")
    target = backup.database_backup(target=tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3.part").exists()
    with sqlite3.connect(target) as copy:
        titles = [row[0] for row in copy.execute("SELECT title FROM tracker_jobposting")]
        mode = copy.execute("PRAGMA journal_mode").fetchone()[0]
    assert titles == ["Copied"]
    assert mode == "delete"


@sqlite_only
@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param("exists.sqlite3", "already exists; pass --overwrite", id="exists"),
        pytest.param("missing/copy.sqlite3", "does not exist", id="no-folder"),
        pytest.param(".", "is a directory", id="directory"),
    ],
)
def test_bad_targets_are_refused(db: None, tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "exists.sqlite3").write_text("keep me")
    with pytest.raises(BackupError, match=message):
        backup.database_backup(target=tmp_path / name)
    assert (tmp_path / "exists.sqlite3").read_text() == "keep me"


@sqlite_only
def test_overwrite_replaces_the_file(transactional_db: None, tmp_path: Path) -> None:
    (tmp_path / "copy.sqlite3").write_text("old")
    backup.database_backup(target=tmp_path / "copy.sqlite3", overwrite=True)
    assert (tmp_path / "copy.sqlite3").read_bytes().startswith(b"SQLite format 3")


@sqlite_only
def test_refused_inside_a_transaction(db: None, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="inside a database transaction"):
        backup.database_backup(target=tmp_path / "copy.sqlite3")


@pytest.mark.skipif(connection.vendor == "sqlite", reason="other databases only")
def test_other_databases_point_to_pg_dump(db: None, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="pg_dump"):
        backup.database_backup(target=tmp_path / "copy.sqlite3")
