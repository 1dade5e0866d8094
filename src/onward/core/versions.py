"""Each owner's data version, kept by database triggers (see ``models.OwnerVersion``).

After every ``migrate`` (``post_migrate``), every installed model with an ``owner`` foreign
key gets a trigger that bumps its owner's version on insert, update and delete, and the
user table one keyed by its own id (name, time zone and settings show on every page). A
model opts out with ``bumps_owner_version = False`` when it is itself derived data that
reads write (a cache of figures, an API token's last-used stamp).

- SQLite: one ``AFTER`` trigger per table and operation; SQLite has one writer at a time,
  so the bump cannot deadlock.
- PostgreSQL: one deferred constraint trigger per table, run at commit. The version row is
  then the last row a transaction locks, so two transactions of one owner cannot wait on
  each other through it. A transaction-local setting holding the statement's timestamp
  bumps each owner once per statement (at commit, the whole transaction is one statement,
  however many rows a bulk import wrote). Under ``SET CONSTRAINTS ALL IMMEDIATE`` (the
  tests, whose transaction never commits) each statement bumps as it ends.

Triggers are created when missing (a SQLite migration that rebuilds a table drops its
triggers; the next ``post_migrate`` puts them back).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import ForeignKey, Model

TABLE = "core_ownerversion"
PREFIX = "onward_v_"
PG_FUNCTION = "onward_bump_owner_version"


def tracked_tables() -> Iterator[tuple[str, str]]:
    """(table, column holding the owner's id) for every table whose rows are an owner's."""
    user_model = get_user_model()
    for model in apps.get_models():
        if not getattr(model, "bumps_owner_version", True):
            continue
        if model is user_model:
            yield model._meta.db_table, str(model._meta.pk.column)
            continue
        column = _owner_column(model)
        if column:
            yield model._meta.db_table, column


def _owner_column(model: type[Model]) -> str | None:
    try:
        field = model._meta.get_field("owner")
    except LookupError:
        return None
    except Exception:  # FieldDoesNotExist subclasses Exception only
        return None
    return field.column if isinstance(field, ForeignKey) else None


def owner_version(owner_id: int, using: str = "default") -> int:
    """The owner's current data version (0 before their first write)."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT version FROM {TABLE} WHERE owner_id = %s", [owner_id])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def install_triggers(using: str = "default", **_: Any) -> None:
    """Create every missing trigger (``post_migrate`` receiver; safe to run again)."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if TABLE not in existing:
        return
    tables = [(table, column) for table, column in tracked_tables() if table in existing]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _install_postgresql(connection, cursor, tables)
        elif connection.vendor == "sqlite":
            for table, column in tables:
                for statement in _sqlite_statements(table, column):
                    cursor.execute(statement)


def _sqlite_statements(table: str, column: str) -> Iterator[str]:
    for operation, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        yield (
            f'CREATE TRIGGER IF NOT EXISTS "{PREFIX}{table}_{operation}" '
            f'AFTER {operation.upper()} ON "{table}" BEGIN '
            f'INSERT INTO {TABLE} (owner_id, version) VALUES ({row}."{column}", 1) '
            "ON CONFLICT (owner_id) DO UPDATE SET version = version + 1; END"
        )


PG_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_owner bigint;
    flag text;
    stamp text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_owner := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint;
    ELSE
        row_owner := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
    END IF;
    IF row_owner IS NULL THEN
        RETURN NULL;
    END IF;
    flag := 'onward_version.o' || row_owner;
    stamp := statement_timestamp()::text;
    IF current_setting(flag, true) = stamp THEN
        RETURN NULL;
    END IF;
    PERFORM set_config(flag, stamp, true);
    INSERT INTO {TABLE} (owner_id, version) VALUES (row_owner, 1)
    ON CONFLICT (owner_id) DO UPDATE SET version = {TABLE}.version + 1;
    RETURN NULL;
END $$;
"""


def _install_postgresql(
    connection: BaseDatabaseWrapper, cursor: Any, tables: list[tuple[str, str]]
) -> None:
    cursor.execute(PG_FUNCTION_SQL)
    cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE %s", [PREFIX + "%"])
    present = {name for (name,) in cursor.fetchall()}
    quote = connection.ops.quote_name
    for table, column in tables:
        name = f"{PREFIX}{table}"
        if name in present:
            continue
        cursor.execute(
            f"CREATE CONSTRAINT TRIGGER {quote(name)} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {quote(table)} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION {PG_FUNCTION}('{column}')"
        )
