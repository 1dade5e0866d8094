"""Lessons search: the query language, and the search itself on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection
from tests import factories

from onward.accounts.models import User
from onward.growth import lessons, search_schema, selectors, services
from onward.growth.lessons import Query, Term
from onward.tracker.models import Application

# --- the query language (no database) ----------------------------------------------------


def _q(*groups: tuple[Term, ...]) -> Query:
    return Query(tuple(groups))


W = Term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("system design", _q((W(("system",)), W(("design",)))), id="words"),
        pytest.param('"system design"', _q((W(("system", "design")),)), id="phrase"),
        pytest.param('"unbalanced', _q((W(("unbalanced",)),)), id="unbalanced-quote"),
        pytest.param('a "b c', _q((W(("a",)), W(("b",)), W(("c",)))), id="unbalanced-later"),
        pytest.param("sql -python", _q((W(("sql",)), W(("python",), True))), id="exclude"),
        pytest.param("sql OR python", _q((W(("sql",)),), (W(("python",)),)), id="or"),
        pytest.param("sql or python", _q((W(("sql",)),), (W(("python",)),)), id="or-lower"),
        pytest.param("AND OR", None, id="operators-only"),
        pytest.param("OR sql AND", _q((W(("sql",)),)), id="dangling-operators"),
        pytest.param("*", None, id="star"),
        pytest.param("sql*", _q((W(("sql",)),)), id="trailing-star"),
        pytest.param("🙂 😢", None, id="emoji"),
        pytest.param("nervous 🙂", _q((W(("nervous",)),)), id="emoji-and-word"),
        pytest.param("-python", None, id="only-exclusions"),
        pytest.param("e-mail", _q((W(("e", "mail")),)), id="hyphenated"),
        pytest.param("NEAR(a b)", _q((W(("NEAR", "a")), W(("b",)))), id="fts5-syntax"),
        pytest.param("col:word", _q((W(("col", "word")),)), id="column-filter"),
        pytest.param("", None, id="empty"),
        pytest.param("café", _q((W(("café",)),)), id="accent"),
        pytest.param("x_y", _q((W(("x", "y")),)), id="underscore"),
    ],
)
def test_parse_query(text: str, expected: Query | None) -> None:
    assert lessons.parse_query(text) == expected


def test_engine_syntax() -> None:
    query = lessons.parse_query('sql "system design" -python OR tableau')
    assert query is not None
    assert lessons.to_fts5(query) == ('("sql" AND "system design" NOT "python") OR ("tableau")')
    assert lessons.to_websearch(query) == 'sql "system design" -python or tableau'


def test_terms_are_capped() -> None:
    query = lessons.parse_query(" ".join(f"w{i}" for i in range(100)))
    assert query is not None and len(query.groups[0]) == lessons.MAX_TERMS


def test_highlight_escapes_and_marks() -> None:
    text = f"<b>{lessons.START}SQL{lessons.STOP}</b>  &\n more"
    assert lessons.highlight(text) == "&lt;b&gt;<mark>SQL</mark>&lt;/b&gt; &amp; more"
    assert lessons.highlight(f"{lessons.START}cut") == "cut"


# --- the search --------------------------------------------------------------------------


@pytest.fixture
def journal(alice: User, bob: User) -> dict[str, int]:
    app: Application = factories.application(alice, company_name="Acme")
    reflection = services.reflection_create(
        owner=alice,
        kind="after_interview",
        application=app,
        went_well="I explained my dashboards clearly",
        lacked="Deeper statistics",
        skill_tags=["Power BI", "Tableau"],
        moments=[{"question": "Design a rate limiter", "note": "I froze on system design"}],
        factors=[{"text": "Interviewers were rushed", "control": "outside"}],
    )
    feedback = services.feedback_record(
        application=app,
        text="Strong communication <script>, but system design needs work.",
        received_on=app.applied_on or app.created_at.date(),
        themes=["technical_skills"],
    )
    reframe = services.reframe_create(
        owner=alice, thought="I'm bad at interviews", balanced_view="I froze once; practise"
    )
    services.reflection_create(owner=bob, kind="general", went_well="Bob's system design")
    return {"reflection": reflection.pk, "feedback": feedback.pk, "reframe": reframe.pk}


def _found(owner: User, q: str, kinds: list[str] | None = None) -> list[tuple[str, int]]:
    return [(h.kind, h.obj_id) for h in selectors.lessons_search(owner=owner, q=q, kinds=kinds)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("q", "kinds"),
    [
        pytest.param("dashboards", {"reflection"}, id="went-well"),
        pytest.param("rate limiter", {"reflection"}, id="moment-question"),
        pytest.param("rushed", {"reflection"}, id="factor"),
        pytest.param("tableau", {"reflection"}, id="skill-tag"),
        pytest.param('"system design"', {"reflection", "feedback"}, id="phrase"),
        pytest.param("system design -communication", {"reflection"}, id="exclude"),
        pytest.param("froze", {"reflection", "reframe"}, id="two-kinds"),
        pytest.param("explain", {"reflection"}, id="stemming"),
        pytest.param("interview", {"reflection", "reframe"}, id="stemming-plural"),
        pytest.param("statistics OR communication", {"reflection", "feedback"}, id="or"),
        pytest.param("nothing-like-this", set(), id="no-hits"),
    ],
)
def test_search(alice: User, journal: dict[str, int], q: str, kinds: set[str]) -> None:
    assert {(kind, obj) for kind, obj in _found(alice, q)} == {(k, journal[k]) for k in kinds}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q", ['"unbalanced', "AND OR", "*", "🙂", '"', "-", "NOT", "a:b", "((", "'; DROP TABLE x; --"]
)
def test_weird_queries_never_fail(alice: User, journal: dict[str, int], q: str) -> None:
    assert isinstance(selectors.lessons_search(owner=alice, q=q), list)


@pytest.mark.django_db
def test_snippet_marks_and_escapes(alice: User, journal: dict[str, int]) -> None:
    [hit] = selectors.lessons_search(owner=alice, q="communication")
    assert hit.kind == "feedback"
    assert "<mark>communication</mark>" in hit.snippet
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet
    assert hit.title == "Feedback from Acme (Data Analyst)"
    assert hit.url_name == "growth:feedback"


@pytest.mark.django_db
def test_one_hit_per_lesson_and_kinds_filter(alice: User, journal: dict[str, int]) -> None:
    hits = _found(alice, "design")
    assert sorted(hits) == sorted(
        {("reflection", journal["reflection"]), ("feedback", journal["feedback"])}
    )
    assert _found(alice, "design", kinds=["feedback"]) == [("feedback", journal["feedback"])]
    assert _found(alice, "design", kinds=["unknown"]) == []


@pytest.mark.django_db
def test_only_the_owners_lessons(bob: User, journal: dict[str, int]) -> None:
    assert [h.kind for h in selectors.lessons_search(owner=bob, q="system design")] == [
        "reflection"
    ]
    assert _found(bob, "dashboards") == []


@pytest.mark.django_db
def test_edits_and_deletes_are_searchable_at_once(alice: User, journal: dict[str, int]) -> None:
    reflection = selectors.reflection_get(owner=alice, pk=journal["reflection"])
    services.reflection_update(
        reflection=reflection,
        went_well="Kept calm",
        lacked="",
        skill_tags=[],
        moments=[{"note": "Whiteboard panic"}],
        factors=[],
    )
    assert _found(alice, "dashboards") == []
    assert _found(alice, "rushed") == []
    assert _found(alice, "whiteboard") == [("reflection", journal["reflection"])]
    services.feedback_delete(feedback=selectors.feedback_get(owner=alice, pk=journal["feedback"]))
    assert _found(alice, "communication") == []
    assert reflection.application is not None
    reflection.application.delete()  # cascades through the ORM
    assert _found(alice, "whiteboard") == []


@pytest.mark.django_db
def test_plain_fallback(
    alice: User, journal: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lessons, "search", lambda *args: None)
    assert _found(alice, '"system design" -communication') == [
        ("reflection", journal["reflection"])
    ]
    [hit] = selectors.lessons_search(owner=alice, q="rushed")
    assert "<mark>rushed</mark>" in hit.snippet


@pytest.mark.django_db
def test_sqlite_index_is_rebuilt_after_a_table_rebuild(
    alice: User, journal: dict[str, int]
) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite triggers only")
    with connection.cursor() as cursor:
        for name in search_schema.triggers():
            cursor.execute(f"DROP TRIGGER {name}")  # what a table rebuild does to its own
        cursor.execute(f"DELETE FROM {search_schema.FTS_TABLE}")
    assert _found(alice, "dashboards") == []
    assert search_schema.ensure(connection) is True
    assert _found(alice, "dashboards") == [("reflection", journal["reflection"])]
    assert search_schema.ensure(connection) is False
