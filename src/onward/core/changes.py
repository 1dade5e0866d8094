"""Per-owner change stamps of every owned table, kept by database triggers.

A cache keyed by "what this owner's rows look like" needs a fingerprint that moves with
every write: services, imports that keep the file's ``updated_at``, ``QuerySet.update``,
bulk inserts, cascades, raw deletes. Aggregates over the rows (counts, sums of ids, the
newest ``updated_at``) see all of these but cost several milliseconds per table at 5,000
applications. Here every owned table (any model with an ``owner`` account) carries
triggers that, on each insert, update or delete, give the owner's row in
``core_changestamp`` for that table a new random token; a fingerprint reads the tokens of
the tables it depends on in one indexed query (``stamp``).

Tokens are random rather than counted, so a token written in a transaction that rolled
back never comes back for other rows (a per-process memo keyed by it stays correct), and
a missing row means that no write happened since the triggers were installed.

- SQLite: one row-level trigger per table and event (``<table>_stamp_ai|au|ad``).
- PostgreSQL: statement-level triggers with transition tables, one upsert per statement
  and owner however many rows it wrote.

SQLite drops a table's triggers when a migration rebuilds the table, and tables come and
go with migrations: ``ensure`` (re)creates what is missing after every ``migrate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models

TABLE = "core_changestamp"
PG_FUNCTION = "onward_change_stamp"


def owned_tables() -> dict[str, str]:
    """Table -> owner column of every concrete model with an ``owner`` account."""
    user = apps.get_model(settings.AUTH_USER_MODEL)
    found: dict[str, str] = {}
    for model in apps.get_models():
        try:
            owner = model._meta.get_field("owner")
        except FieldDoesNotExist:
            continue
        column = getattr(owner, "column", None)
        if owner.related_model is user and model._meta.managed and isinstance(column, str):
            found[model._meta.db_table] = column
    return dict(sorted(found.items()))


def stamp(*, owner_id: int, tables: Iterable[type[models.Model]]) -> str:
    """The owner's tokens of these models' tables, in one query: any write to one of them
    (since the triggers were installed) gives another value."""
    names = sorted({model._meta.db_table for model in tables})
    placeholders = ", ".join(["%s"] * len(names))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT table_name, token FROM {TABLE} "
            f"WHERE owner_id = %s AND table_name IN ({placeholders})",
            [owner_id, *names],
        )
        tokens = dict(cursor.fetchall())
    return ":".join(f"{name}={tokens.get(name, '')}" for name in names)


def every_stamp(*, owner_id: int, excluding: Iterable[str] = ()) -> str:
    """All of the owner's tokens but those of the ``excluding`` tables, in one query: any
    write to any other owned table gives another value (the whole account's version)."""
    skip = set(excluding)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT table_name, token FROM {TABLE} WHERE owner_id = %s", [owner_id])
        tokens = sorted((name, token) for name, token in cursor.fetchall() if name not in skip)
    return ":".join(f"{name}={token}" for name, token in tokens)


# --- SQLite ------------------------------------------------------------------------------

_SQLITE_TOKEN = "lower(hex(randomblob(8)))"


def _sqlite_bump(table: str, owner: str) -> str:
    return (
        f"INSERT INTO {TABLE}(owner_id, table_name, token) "
        f"SELECT {owner}, '{table}', {_SQLITE_TOKEN} WHERE {owner} IS NOT NULL "
        "ON CONFLICT(owner_id, table_name) DO UPDATE SET token = excluded.token;"
    )


def sqlite_triggers() -> dict[str, str]:
    """SQLite trigger name -> CREATE statement."""
    found: dict[str, str] = {}
    for table, column in owned_tables().items():
        new, old = f"NEW.{column}", f"OLD.{column}"
        found[f"{table}_stamp_ai"] = f"AFTER INSERT ON {table} BEGIN {_sqlite_bump(table, new)}"
        moved = _sqlite_bump(table, old).replace(
            "IS NOT NULL", f"IS NOT NULL AND {old} IS NOT {new}"
        )
        found[f"{table}_stamp_au"] = (
            f"AFTER UPDATE ON {table} BEGIN {_sqlite_bump(table, new)} {moved}"
        )
        found[f"{table}_stamp_ad"] = f"AFTER DELETE ON {table} BEGIN {_sqlite_bump(table, old)}"
    return {name: f"CREATE TRIGGER {name} {body} END" for name, body in found.items()}


def _sqlite_names(cursor: Any, kind: str) -> set[str]:
    cursor.execute("SELECT name FROM sqlite_master WHERE type = %s", [kind])
    return {row[0] for row in cursor.fetchall()}


def _ensure_sqlite(cursor: Any) -> bool:
    tables = _sqlite_names(cursor, "table")
    existing = _sqlite_names(cursor, "trigger")
    changed = False
    for name, statement in sqlite_triggers().items():
        if name not in existing and name.rsplit("_stamp_", 1)[0] in tables:
            cursor.execute(statement)
            changed = True
    return changed


# --- PostgreSQL --------------------------------------------------------------------------

_PG_BODY = f"""
CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO {TABLE}(owner_id, table_name, token)
      SELECT o, %L, md5(random()::text || clock_timestamp()::text)
      FROM (SELECT DISTINCT %I AS o FROM stamp_new WHERE %I IS NOT NULL) s
      ON CONFLICT (owner_id, table_name) DO UPDATE SET token = EXCLUDED.token',
      TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[0]);
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO {TABLE}(owner_id, table_name, token)
      SELECT o, %L, md5(random()::text || clock_timestamp()::text)
      FROM (SELECT DISTINCT %I AS o FROM stamp_old WHERE %I IS NOT NULL) s
      ON CONFLICT (owner_id, table_name) DO UPDATE SET token = EXCLUDED.token',
      TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO {TABLE}(owner_id, table_name, token)
      SELECT o, %L, md5(random()::text || clock_timestamp()::text)
      FROM (SELECT %I AS o FROM stamp_new WHERE %I IS NOT NULL
            UNION SELECT %I FROM stamp_old WHERE %I IS NOT NULL) s
      ON CONFLICT (owner_id, table_name) DO UPDATE SET token = EXCLUDED.token',
      TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[0], TG_ARGV[0], TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;
"""

_PG_EVENTS = {
    "ai": ("INSERT", "NEW TABLE AS stamp_new"),
    "au": ("UPDATE", "OLD TABLE AS stamp_old NEW TABLE AS stamp_new"),
    "ad": ("DELETE", "OLD TABLE AS stamp_old"),
}


def pg_triggers() -> dict[tuple[str, str], str]:
    """(table, trigger name) -> CREATE statement."""
    return {
        (table, f"{table}_stamp_{suffix}"): (
            f"CREATE TRIGGER {table}_stamp_{suffix} AFTER {event} ON {table} "
            f"REFERENCING {transition} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}('{column}')"
        )
        for table, column in owned_tables().items()
        for suffix, (event, transition) in _PG_EVENTS.items()
    }


def _ensure_postgresql(cursor: Any, tables: set[str]) -> bool:
    cursor.execute(_PG_BODY)
    cursor.execute(
        "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
    )
    existing = {row[0] for row in cursor.fetchall()}
    changed = False
    for (table, name), statement in pg_triggers().items():
        if name not in existing and table in tables:
            cursor.execute(statement)
            changed = True
    return changed


# --- both --------------------------------------------------------------------------------


def ensure(conn: Any) -> bool:
    """Create the triggers missing on the tables that exist; True when one was."""
    tables = set(conn.introspection.table_names())
    if TABLE not in tables:
        return False  # core's migration has not run (yet)
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            return _ensure_sqlite(cursor)
        if conn.vendor == "postgresql":
            return _ensure_postgresql(cursor, tables)
    return False


def drop(conn: Any) -> None:
    """Remove every stamp trigger (before the stamps table goes)."""
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            for name in _sqlite_names(cursor, "trigger"):
                if "_stamp_a" in name:
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        elif conn.vendor == "postgresql":
            cursor.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}() CASCADE")
