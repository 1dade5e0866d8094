"""Database objects behind the lessons search, for SQLite and PostgreSQL.

The searchable text comes in *parts*: a reflection's own fields, each of its unsure
moments and control factors, a feedback text, a reframe. A part belongs to one lesson
(``kind``, ``obj_id``); moments and factors belong to their reflection, so a hit in one
finds the reflection. Each part is matched on its own (a query's words must all be in
one part).

- SQLite: an FTS5 table ``growth_lesson_fts`` (porter stemming, diacritics folded) with
  one row per part (rowid ``id * 8 + part code``), kept in sync by triggers that read only
  their own row, so every write (services, import, cascades) is indexed and later table
  rebuilds by migrations keep working.
- PostgreSQL: ``to_tsvector('english', <part text>)`` with one GIN expression index per
  part; the selector uses the very same expressions.

SQLite drops a table's triggers when a later migration rebuilds the table: ``ensure``
re-creates what is missing and rebuilds the index. It runs in this app's migration and
after every ``migrate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FTS_TABLE = "growth_lesson_fts"


@dataclass(frozen=True)
class Part:
    code: int  # rowid = id * 8 + code in the FTS table
    table: str
    kind: str  # the lesson a hit leads to: reflection, feedback or reframe
    obj_id: str  # column holding that lesson's id
    fields: tuple[str, ...]  # text columns, joined with newlines
    tags: bool = False  # add the JSON list ``skill_tags``

    def body(self, row: str, *, sqlite: bool) -> str:
        """The part's text as an SQL expression over ``row`` ("NEW." or "t.")."""
        nl = " || char(10) || " if sqlite else " || chr(10) || "
        pieces = [f"{row}{name}" for name in self.fields]
        if self.tags and sqlite:
            pieces.append(
                f"coalesce((SELECT group_concat(j.value, ', ') FROM json_each({row}skill_tags) j)"
                ", '')"
            )
        elif self.tags:
            pieces.append(f"{row}skill_tags::text")
        return nl.join(pieces)


PARTS = (
    Part(1, "growth_reflection", "reflection", "id", ("went_well", "lacked"), tags=True),
    Part(2, "growth_feedback", "feedback", "id", ("text",)),
    Part(
        3,
        "growth_reframe",
        "reframe",
        "id",
        ("thought", "evidence_for", "evidence_against", "balanced_view", "points_toward"),
    ),
    Part(4, "growth_unsuremoment", "reflection", "reflection_id", ("question", "note")),
    Part(5, "growth_controlfactor", "reflection", "reflection_id", ("text",)),
)


# --- SQLite ------------------------------------------------------------------------------


def _insert(part: Part, row: str) -> str:
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, owner_id, kind, obj_id, body) VALUES ("
        f"{row}id * 8 + {part.code}, {row}owner_id, '{part.kind}', {row}{part.obj_id}, "
        f"{part.body(row, sqlite=True)});"
    )


def _delete(part: Part, row: str) -> str:
    return f"DELETE FROM {FTS_TABLE} WHERE rowid = {row}id * 8 + {part.code};"


def triggers() -> dict[str, str]:
    """SQLite trigger name -> CREATE statement (each reads only its own row)."""
    found: dict[str, str] = {}
    for part in PARTS:
        table = part.table
        found[f"{table}_fts_ai"] = f"AFTER INSERT ON {table} BEGIN {_insert(part, 'NEW.')}"
        found[f"{table}_fts_au"] = (
            f"AFTER UPDATE ON {table} BEGIN {_delete(part, 'OLD.')} {_insert(part, 'NEW.')}"
        )
        found[f"{table}_fts_ad"] = f"AFTER DELETE ON {table} BEGIN {_delete(part, 'OLD.')}"
    return {name: f"CREATE TRIGGER {name} {body} END" for name, body in found.items()}


def _fts_table() -> str:
    return (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(owner_id UNINDEXED, kind UNINDEXED, "
        "obj_id UNINDEXED, body, tokenize = 'porter unicode61 remove_diacritics 2')"
    )


def _rebuild(cursor: Any) -> None:
    cursor.execute(f"DELETE FROM {FTS_TABLE}")
    for part in PARTS:
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, owner_id, kind, obj_id, body) "
            f"SELECT t.id * 8 + {part.code}, t.owner_id, '{part.kind}', t.{part.obj_id}, "
            f"{part.body('t.', sqlite=True)} FROM {part.table} t"
        )


def fts5_available(cursor: Any) -> bool:
    try:
        cursor.execute("CREATE VIRTUAL TABLE temp.onward_fts5_probe USING fts5(x)")
    except Exception:  # SQLite built without FTS5: the search falls back to LIKE
        return False
    cursor.execute("DROP TABLE temp.onward_fts5_probe")
    return True


def _names(cursor: Any, kind: str) -> set[str]:
    cursor.execute("SELECT name FROM sqlite_master WHERE type = %s", [kind])
    return {row[0] for row in cursor.fetchall()}


def _ensure_sqlite(cursor: Any) -> bool:
    if not fts5_available(cursor):
        return False
    changed = False
    if FTS_TABLE not in _names(cursor, "table"):
        cursor.execute(_fts_table())
        changed = True
    existing = _names(cursor, "trigger")
    for name, statement in triggers().items():
        if name not in existing:
            cursor.execute(statement)
            changed = True
    if changed:
        _rebuild(cursor)
    return changed


# --- PostgreSQL --------------------------------------------------------------------------


# The parser reads "<word ..." as the start of an HTML tag and can swallow the rest of the
# text, so angle brackets become look-alike quotes first (and back again in snippets).
PG_BRACKETS = ("<>", "\u2039\u203a")


def pg_text(part: Part, row: str = "t.") -> str:
    plain, safe = PG_BRACKETS
    return f"translate({part.body(row, sqlite=False)}, '{plain}', '{safe}')"


def pg_vector(part: Part, row: str = "t.") -> str:
    return f"to_tsvector('english'::regconfig, {pg_text(part, row)})"


def _ensure_postgresql(cursor: Any) -> bool:
    cursor.execute(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE %s",
        ["growth\\_%\\_fts"],
    )
    before = cursor.fetchone()[0]
    for part in PARTS:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {part.table}_fts ON {part.table} "
            f"USING gin ({pg_vector(part, row='')})"
        )
    return bool(before != len(PARTS))


# --- both --------------------------------------------------------------------------------


def ensure(connection: Any) -> bool:
    """Create whatever part of the search is missing; True when something was."""
    tables = set(connection.introspection.table_names())
    if not {part.table for part in PARTS} <= tables:
        return False  # the growth tables are not migrated (yet)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            return _ensure_sqlite(cursor)
        if connection.vendor == "postgresql":
            return _ensure_postgresql(cursor)
    return False


def drop(connection: Any) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in triggers():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        elif connection.vendor == "postgresql":
            for part in PARTS:
                cursor.execute(f"DROP INDEX IF EXISTS {part.table}_fts")


def fts_ready(connection: Any) -> bool:
    """Whether the SQLite FTS table exists (False on SQLite builds without FTS5)."""
    with connection.cursor() as cursor:
        return FTS_TABLE in _names(cursor, "table")
