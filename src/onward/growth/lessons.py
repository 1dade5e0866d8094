"""Lessons search: one query language, two engines (SQLite FTS5, PostgreSQL full text).

The query is parsed here, never handed to the database as typed, so nothing a user types
is a syntax error: words (all must match), "quoted phrases", ``-word`` to exclude, and
``OR`` between alternatives. Quotes without a partner, operators, ``*`` and symbols such as
emoji are ignored. The parsed query is written out in each engine's own syntax.

``lessons_search`` (re-exported by ``growth.selectors``) turns engine hits into
``LessonHit`` rows, owner-scoped, with titles and links.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from onward.accounts.models import User
from onward.core import links
from onward.growth import search_schema
from onward.growth.models import Feedback, Reflection, Reframe

MAX_TERMS = 16
MAX_WORD = 64
START, STOP = "\ue000", "\ue001"  # highlight markers, replaced by <mark> after escaping
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]  # alternatives (OR) of terms that must all match


def _words(text: str) -> tuple[str, ...]:
    return tuple(word[:MAX_WORD] for word in _WORD.findall(text))


def _bare(token: str) -> Term | None:
    negated = token.startswith("-") and len(token) > 1
    words = _words(token[1:] if negated else token)
    return Term(words, negated) if words else None


def _finish(group: list[Term], groups: list[tuple[Term, ...]]) -> None:
    if any(not term.negated for term in group):
        groups.append(tuple(group))
    group.clear()


def parse_query(text: str) -> Query | None:
    """The query in ``text``, or None when nothing searchable is left."""
    if text.count('"') % 2:  # an unbalanced quote: drop the last one
        head, _, tail = text.rpartition('"')
        text = head + " " + tail
    groups: list[tuple[Term, ...]] = []
    group: list[Term] = []
    count = 0
    for match in _TOKEN.finditer(text):
        minus, phrase, token = match.groups()
        if token is not None and token.upper() in ("OR", "|"):
            _finish(group, groups)
            continue
        if token is not None and token.upper() in ("AND", "&"):
            continue
        if token is not None:
            term = _bare(token)
        else:
            words = _words(phrase)
            term = Term(words, bool(minus)) if words else None
        if term is not None and count < MAX_TERMS:
            group.append(term)
            count += 1
    _finish(group, groups)
    return Query(tuple(groups)) if groups else None


def to_fts5(query: Query) -> str:
    """FTS5 syntax: every term a quoted string, so no word is read as an operator."""

    def quoted(term: Term) -> str:
        return '"' + " ".join(term.words) + '"'

    parts = []
    for group in query.groups:
        text = " AND ".join(quoted(t) for t in group if not t.negated)
        text += "".join(f" NOT {quoted(t)}" for t in group if t.negated)
        parts.append(f"({text})")
    return " OR ".join(parts)


def to_websearch(query: Query) -> str:
    """PostgreSQL ``websearch_to_tsquery`` syntax (which never raises on odd input)."""

    def term(t: Term) -> str:
        text = t.words[0] if len(t.words) == 1 else '"' + " ".join(t.words) + '"'
        return f"-{text}" if t.negated else text

    return " or ".join(" ".join(term(t) for t in group) for group in query.groups)


def highlight(snippet: str) -> SafeString:
    """Escape a snippet and turn the engine's markers into ``<mark>``."""
    text = html.escape(" ".join(snippet.split()))
    text = text.replace(START, "<mark>").replace(STOP, "</mark>")
    if text.count("<mark>") != text.count("</mark>"):
        text = text.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(text)


@dataclass(frozen=True)
class RawHit:
    kind: str
    obj_id: int
    snippet: SafeString
    rank: float  # higher is better


def _dedupe(rows: list[tuple[str, int, str, float]], limit: int) -> list[RawHit]:
    """Best part per lesson (rows come best first)."""
    seen: dict[tuple[str, int], RawHit] = {}
    for kind, obj_id, snippet, rank in rows:
        key = (kind, int(obj_id))
        if key not in seen:
            seen[key] = RawHit(kind, int(obj_id), highlight(snippet or ""), float(rank))
    return list(seen.values())[:limit]


def _kinds_sql(kinds: tuple[str, ...]) -> tuple[str, list[str]]:
    if not kinds:
        return "", []
    return f" AND kind IN ({', '.join(['%s'] * len(kinds))})", list(kinds)


def _search_sqlite(owner_id: int, query: Query, kinds: tuple[str, ...], limit: int) -> list[RawHit]:
    table = search_schema.FTS_TABLE
    where, params = _kinds_sql(kinds)
    sql = (
        f"SELECT kind, obj_id, snippet({table}, 3, %s, %s, '…', 16), -bm25({table}) AS score "
        f"FROM {table} WHERE {table} MATCH %s AND owner_id = %s{where} "
        "ORDER BY score DESC, obj_id DESC LIMIT %s"
    )
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [START, STOP, to_fts5(query), owner_id, *params, limit * 4])
            rows = cursor.fetchall()
    except DatabaseError:  # defensive: the query is built by us, but never fail a search
        return []
    return _dedupe(rows, limit)


_HEADLINE = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=24, MinWords=8, ShortWord=0, MaxFragments=2"
)


def _pg_branch(part: search_schema.Part) -> str:
    vector = search_schema.pg_vector(part)
    return (
        f"SELECT '{part.kind}' AS kind, t.{part.obj_id} AS obj_id, "
        f"ts_rank({vector}, q) AS score, "
        f"ts_headline('english', {search_schema.pg_text(part)}, q, %s) AS snippet "
        f"FROM {part.table} t, websearch_to_tsquery('english', %s) q "
        f"WHERE t.owner_id = %s AND {vector} @@ q"
    )


def _search_postgresql(
    owner_id: int, query: Query, kinds: tuple[str, ...], limit: int
) -> list[RawHit]:
    parts = [p for p in search_schema.PARTS if not kinds or p.kind in kinds]
    text = to_websearch(query)
    sql = (
        "SELECT kind, obj_id, snippet, score FROM ("
        + " UNION ALL ".join(_pg_branch(p) for p in parts)
        + ") hits ORDER BY score DESC, obj_id DESC LIMIT %s"
    )
    params: list[str | int] = []
    for _ in parts:
        params += [_HEADLINE, text, owner_id]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit * 4])
        plain, safe = search_schema.PG_BRACKETS
        back = str.maketrans(safe, plain)
        rows = [(kind, obj_id, text.translate(back), score) for kind, obj_id, text, score in cursor]
    return _dedupe(rows, limit)


def _matches(body: str, group: tuple[Term, ...]) -> bool:
    words = {w.lower() for w in _WORD.findall(body)}
    lowered = " ".join(_WORD.findall(body)).lower()

    def has(term: Term) -> bool:
        if len(term.words) == 1:
            return term.words[0].lower() in words
        return " ".join(term.words).lower() in lowered

    return all(has(t) != t.negated for t in group)


def _plain_snippet(body: str, query: Query) -> str:
    wanted = {w.lower() for g in query.groups for t in g if not t.negated for w in t.words}
    marked = _WORD.sub(lambda m: f"{START}{m[0]}{STOP}" if m[0].lower() in wanted else m[0], body)
    first = marked.find(START)
    start = max(0, first - 80)
    return ("…" if start else "") + marked[start : start + 240]


def search_plain(documents: list[tuple[str, int, str]], query: Query, limit: int) -> list[RawHit]:
    """The fallback for SQLite builds without FTS5: whole words, no stemming."""
    rows = []
    for kind, obj_id, body in documents:
        if any(_matches(body, group) for group in query.groups):
            rows.append((kind, obj_id, _plain_snippet(body, query), 1.0))
    return _dedupe(rows, limit)


def search(owner_id: int, query: Query, kinds: tuple[str, ...], limit: int) -> list[RawHit] | None:
    """Hits from the database engine; None when the plain fallback must be used."""
    if connection.vendor == "postgresql":
        return _search_postgresql(owner_id, query, kinds, limit)
    if connection.vendor == "sqlite" and search_schema.fts_ready(connection):
        return _search_sqlite(owner_id, query, kinds, limit)
    return None


# --- hits for the selector ---------------------------------------------------------------

LESSON_KINDS = ("reflection", "feedback", "reframe")


@dataclass(frozen=True)
class LessonHit:
    kind: str  # reflection, feedback or reframe
    obj_id: int
    title: str
    snippet: SafeString  # HTML: escaped text with <mark> around the matches
    at: dt.datetime
    url_name: str  # e.g. "growth:reflection", with the kwarg "<kind>_id"
    url: str
    application_id: int | None


def _lesson_objects(owner: User, hits: list[RawHit]) -> dict[tuple[str, int], object]:
    found: dict[tuple[str, int], object] = {}
    models = {"reflection": Reflection, "feedback": Feedback, "reframe": Reframe}
    for kind, model in models.items():
        ids = [h.obj_id for h in hits if h.kind == kind]
        if ids:
            qs = model.objects.filter(owner=owner, pk__in=ids).select_related(  # type: ignore[attr-defined]
                "application__posting__company"
            )
            found.update({(kind, obj.pk): obj for obj in qs})
    return found


def _lesson_title(kind: str, obj: object) -> tuple[str, dt.datetime]:
    if isinstance(obj, Reflection):
        role = obj.application.posting if obj.application else None
        where = f": {role.title} at {role.company.name}" if role else ""
        return f"Reflection {obj.get_kind_display().lower()}{where}", obj.created_at
    if isinstance(obj, Feedback):
        posting = obj.application.posting
        when = timezone.make_aware(dt.datetime.combine(obj.received_on, dt.time(12, 0)))
        return f"Feedback from {posting.company.name} ({posting.title})", when
    assert isinstance(obj, Reframe)
    lead = " ".join((obj.balanced_view or obj.thought).split())  # the balanced view first
    return (lead[:79] + "…" if len(lead) > 80 else lead), obj.created_at


def _lesson_documents(owner: User, kinds: tuple[str, ...]) -> list[tuple[str, int, str]]:
    """Every lesson's text, for the plain fallback search."""
    docs: list[tuple[str, int, str]] = []
    if "reflection" in kinds:
        reflections = Reflection.objects.filter(owner=owner).prefetch_related("moments", "factors")
        for r in reflections:
            parts = [r.went_well, r.lacked, ", ".join(r.skill_tags)]
            parts += [f"{m.question} {m.note}" for m in r.moments.all()]
            parts += [f.text for f in r.factors.all()]
            docs.append(("reflection", r.pk, "\n".join(parts)))
    if "feedback" in kinds:
        docs += [
            ("feedback", pk, text)
            for pk, text in Feedback.objects.filter(owner=owner).values_list("pk", "text")
        ]
    if "reframe" in kinds:
        for x in Reframe.objects.filter(owner=owner):
            text = "\n".join(
                [x.thought, x.evidence_for, x.evidence_against, x.balanced_view, x.points_toward]
            )
            docs.append(("reframe", x.pk, text))
    return docs


def lessons_search(
    *, owner: User, q: str, kinds: Sequence[str] | None = None, limit: int = 50
) -> list[LessonHit]:
    """Full-text search across reflections, feedback and reframes; best matches first."""
    query = parse_query(q or "")
    wanted = tuple(k for k in (kinds or LESSON_KINDS) if k in LESSON_KINDS)
    if query is None or not wanted:
        return []
    limit = max(1, min(limit, 200))
    raw = search(owner.pk, query, wanted if kinds else (), limit)
    if raw is None:
        raw = search_plain(_lesson_documents(owner, wanted), query, limit)
    objects = _lesson_objects(owner, raw)
    hits = []
    for hit in raw:
        obj = objects.get((hit.kind, hit.obj_id))
        if obj is None:
            continue
        title, at = _lesson_title(hit.kind, obj)
        application_id = getattr(obj, "application_id", None)
        hits.append(
            LessonHit(
                hit.kind,
                hit.obj_id,
                title,
                hit.snippet,
                at,
                links.url_name(hit.kind),
                links.url_for(hit.kind, hit.obj_id),
                application_id,
            )
        )
    return hits
