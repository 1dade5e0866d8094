"""htmx partials, the once-only win celebration, the timeline and the dashboard card."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.charts import mood_chart
from onward.growth.models import GuardrailDismissal, HabitCheck
from onward.growth.tests.test_views_pages import World, build_world
from onward.growth.views import chart
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def world(alice: User) -> World:
    return build_world(alice)


@pytest.mark.parametrize(
    ("url", "starts"),
    [
        pytest.param("/growth/", '<div id="timeline-items"', id="timeline"),
        pytest.param("/growth/?kinds=reflection", '<div id="timeline-items"', id="timeline-kinds"),
        pytest.param("/growth/lessons/?q=dbt", '<div id="lesson-hits"', id="lessons"),
    ],
)
def test_filters_answer_htmx_with_a_partial(
    alice_client: Client, world: World, url: str, starts: str
) -> None:
    response = alice_client.get(url, headers=HTMX)
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith(starts)
    assert "HX-Request" in response["Vary"]
    full = alice_client.get(url).content.decode()
    assert full.lstrip().startswith("<!doctype html>")


def test_timeline_filters_by_kind_and_links_each_item(alice_client: Client, world: World) -> None:
    everything = alice_client.get(reverse("timeline:timeline")).content.decode()
    for text in ("Rejection", "Reflection", "Check-in", "Reframe", "Goal", "Feedback"):
        assert f">{text}</span>" in everything, text
    only = alice_client.get(reverse("timeline:timeline") + "?kinds=reflection&kinds=checkin")
    text = only.content.decode()
    assert ">Reflection</span>" in text and ">Check-in</span>" in text
    assert ">Rejection</span>" not in text
    assert reverse("growth:reflection", kwargs={"reflection_id": world.reflection.pk}) in text


def test_timeline_ignores_unknown_kinds(alice_client: Client, world: World) -> None:
    response = alice_client.get(reverse("timeline:timeline") + "?kinds=nonsense")
    assert response.status_code == 200
    assert ">Reflection</span>" in response.content.decode()


def test_timeline_pages_with_an_older_link(alice: User, alice_client: Client, world: World) -> None:
    for number in range(70):
        services.win_add(owner=alice, title=f"Small win {number}")
    first = alice_client.get(reverse("timeline:timeline"))
    older = first.context["older"]
    assert older
    second = alice_client.get(reverse("timeline:timeline"), {"before": older})
    assert second.status_code == 200
    assert "Your timeline fills up" not in second.content.decode()
    assert alice_client.get(reverse("timeline:timeline"), {"before": "garbage"}).status_code == 200


def test_lessons_search_marks_matches_and_survives_odd_queries(
    alice_client: Client, world: World
) -> None:
    text = alice_client.get(reverse("growth:lessons"), {"q": "dbt"}).content.decode()
    assert "<mark>dbt</mark>" in text
    for odd in ('"unbalanced', "AND OR NOT", "*", "a" * 200):
        assert alice_client.get(reverse("growth:lessons"), {"q": odd}).status_code == 200
    only_feedback = alice_client.get(reverse("growth:lessons"), {"q": "dbt", "kinds": "feedback"})
    assert {hit.kind for hit in only_feedback.context["hits"]} == {"feedback"}


def test_goal_log_htmx_returns_the_card(alice_client: Client, world: World) -> None:
    prefix = f"log{world.goal.pk}"
    url = reverse("growth:goal_log", kwargs={"goal_id": world.goal.pk})
    data = {f"{prefix}-amount": "2", f"{prefix}-on": "2020-01-01"}
    ok = alice_client.post(url, {**data, f"{prefix}-on": ""}, headers=HTMX)
    assert ok.status_code == 400
    assert f'id="goal-{world.goal.pk}"' in ok.content.decode()
    today = alice_client.get(reverse("growth:goals")).context["rows"][0].log_form["on"].value()
    done = alice_client.post(url, {**data, f"{prefix}-on": today}, headers=HTMX)
    assert done.status_code == 200
    assert "3 of 3: goal met" in done.content.decode()


def test_habit_toggle_htmx_returns_the_row(alice_client: Client, world: World) -> None:
    url = reverse("growth:habit_toggle", kwargs={"habit_id": world.habit.pk})
    response = alice_client.post(url, {"done": "1"}, headers=HTMX)
    text = response.content.decode()
    assert text.lstrip().startswith(f'<li class="habit habit--done" id="habit-{world.habit.pk}"')
    assert 'aria-pressed="true"' in text
    assert HabitCheck.objects.filter(habit=world.habit).exists()


def test_weekly_habit_unchecks_the_whole_week(alice: User, alice_client: Client) -> None:
    habit = services.habit_create(owner=alice, name="Call a friend", cadence="weekly")
    url = reverse("growth:habit_toggle", kwargs={"habit_id": habit.pk})
    alice_client.post(url, {"done": "1"})
    assert selectors.habit_status(habit=habit).done_this_week
    alice_client.post(url, {"done": "0"})
    assert not selectors.habit_status(habit=habit).done_this_week


def test_guardrail_dismiss(alice: User, alice_client: Client) -> None:
    url = reverse("growth:guardrail_dismiss")
    assert alice_client.get(url).status_code == 405
    assert alice_client.post(url, headers=HTMX).content == b""
    assert alice_client.post(url, {"next": "/growth/checkins/"})["Location"] == "/growth/checkins/"
    assert GuardrailDismissal.objects.filter(owner=alice).count() == 2


def test_guardrail_shows_calmly_after_a_heavy_stretch(alice: User, alice_client: Client) -> None:
    for _ in range(3):
        factories.rejection(alice)
    for mood in (2, 2, 1):
        services.checkin_create(owner=alice, mood=mood, energy=2)
    text = alice_client.get(reverse("growth:checkins")).content.decode()
    assert "A lighter week?" in text
    assert "Thanks, not now" in text
    alice_client.post(reverse("growth:guardrail_dismiss"))
    assert "A lighter week?" not in alice_client.get(reverse("growth:checkins")).content.decode()


def test_a_new_win_is_celebrated_once(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, company_name="Globex")
    tracker_services.application_move(
        application=app, stage=Stage.INTERVIEW, interview_kind="phone"
    )
    detail = reverse("tracker:detail", kwargs={"application_id": app.pk})
    first = alice_client.get(detail).content.decode()
    assert 'class="celebrate"' in first
    assert "Interview round 1 at Globex" in first
    assert 'class="celebrate"' not in alice_client.get(detail).content.decode()
    assert not selectors.wins_uncelebrated(owner=alice).exists()


def test_celebration_waits_for_a_page_not_a_partial(alice: User, alice_client: Client) -> None:
    services.win_add(owner=alice, title="Sent my portfolio")
    alice_client.get(reverse("timeline:timeline"), headers=HTMX)
    assert selectors.wins_uncelebrated(owner=alice).exists()
    assert "Sent my portfolio" in alice_client.get(reverse("growth:wins")).content.decode()
    assert not selectors.wins_uncelebrated(owner=alice).exists()


def test_the_celebration_costs_one_query_when_there_is_nothing_new(alice_client: Client) -> None:
    with CaptureQueriesContext(connection) as queries:
        alice_client.get(reverse("growth:reframes"))
    celebrations = [q for q in queries.captured_queries if "celebrated_at" in q["sql"]]
    assert len(celebrations) == 1


def test_dashboard_growth_card(alice: User, alice_client: Client, world: World) -> None:
    services.habit_check(habit=world.habit)
    text = alice_client.get(reverse("web:dashboard")).content.decode()
    for expected in ("Growth this week", "Outreach messages", "1 of 1", "Mood okay", "Great chat"):
        assert expected in text, expected
    assert "Continue your reflection" in text  # the world's flow is still open


def test_application_detail_has_a_growth_section(alice_client: Client, world: World) -> None:
    url = reverse("tracker:detail", kwargs={"application_id": world.application.pk})
    text = alice_client.get(url).content.decode()
    assert 'aria-labelledby="app-growth-h"' in text
    assert reverse("growth:reflection", kwargs={"reflection_id": world.reflection.pk}) in text
    assert (
        reverse("growth:feedback_request", kwargs={"application_id": world.application.pk}) in text
    )
    reflect_on_round = reverse(
        "growth:reflection_for_application", kwargs={"application_id": world.application.pk}
    )
    assert f"{reflect_on_round}?event=" in text


def test_reflection_after_an_interview_round(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.INTERVIEW)
    event = app.events.order_by("-id").first()
    assert event is not None
    url = reverse("growth:reflection_for_application", kwargs={"application_id": app.pk})
    page = alice_client.get(url, {"event": event.pk})
    assert "Reflect on interview round 1" in page.content.decode()
    data = {
        "event": event.pk,
        "went_well": "Good questions",
        "moments-TOTAL_FORMS": "0",
        "moments-INITIAL_FORMS": "0",
        "factors-TOTAL_FORMS": "0",
        "factors-INITIAL_FORMS": "0",
    }
    alice_client.post(url + f"?event={event.pk}", data)
    reflection = selectors.reflection_list(owner=alice).get()
    assert (reflection.kind, reflection.event_id) == ("after_interview", event.pk)
    assert alice_client.get(url, {"event": 999999}).status_code == 404


@pytest.mark.parametrize(
    ("rows", "kept", "checkins"),
    [
        pytest.param([], 0, False, id="empty"),
        pytest.param([(dt.date(2026, 3, 2), None, None, 4)], 1, False, id="activity-only"),
        pytest.param(
            [(dt.date(2026, 3, d), None if d % 2 else 4, 3, d % 3) for d in range(14, 0, -1)],
            14,
            True,
            id="two-weeks-unsorted",
        ),
    ],
)
def test_chart_rows(rows: list[tuple[object, ...]], kept: int, checkins: bool) -> None:
    built = chart.build(rows)
    assert len(built.rows) == kept
    assert built.has_checkins is checkins
    assert [r.day for r in built.rows] == sorted(r.day for r in built.rows)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([], id="empty"),
        pytest.param([(dt.date(2026, 3, 2), 3, 2, 4)], id="one-day"),
        pytest.param(
            [(dt.date(2026, 3, d), None if d % 2 else 4, 3, d % 3) for d in range(1, 15)],
            id="two-weeks-with-gaps",
        ),
    ],
)
def test_mood_chart_draws_an_svg(rows: list[tuple[object, ...]]) -> None:
    svg = mood_chart(rows).svg
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Mood" in svg and "Energy" in svg  # the legend is text, not paths


def test_checkins_page_has_a_chart_with_a_table(alice_client: Client, world: World) -> None:
    text = alice_client.get(reverse("growth:checkins")).content.decode()
    assert f'src="{reverse("growth:checkins_chart")}"' in text
    assert 'alt="Mood and energy by day' in text
    assert "Show the numbers as a table" in text


def test_the_checkins_chart_is_an_svg_image_with_its_own_policy(
    alice_client: Client, world: World
) -> None:
    response = alice_client.get(reverse("growth:checkins_chart"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize(
    ("query", "chosen", "reset"),
    [
        pytest.param("?kinds=reflection&kinds=checkin", "(2 chosen)", True, id="two"),
        pytest.param("?kinds=win", "(1 chosen)", True, id="one"),
        pytest.param("", "", False, id="none"),
    ],
)
def test_timeline_filter_count_follows_htmx_changes(
    alice_client: Client, world: World, query: str, chosen: str, reset: bool
) -> None:
    text = alice_client.get(reverse("timeline:timeline") + query, headers=HTMX).content.decode()
    oob = '<span id="timeline-chosen" class="muted small" hx-swap-oob="true">'
    assert f"{oob}{chosen}</span>" in text
    assert (
        '<span id="timeline-reset" class="timeline-reset" hx-swap-oob="true"><a' in text
    ) is reset
    full = alice_client.get(reverse("timeline:timeline") + query).content.decode()
    assert "hx-swap-oob" not in full
    assert f'<span id="timeline-chosen" class="muted small">{chosen}</span>' in full


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over 3 check-ins from 2026-11-03 to 2026-11-17: steady.",
            "Over 3 check-ins from 3 Nov to 17 Nov: steady.",
            id="this-year",
        ),
        pytest.param(
            "From 2025-12-28 to 2026-01-04.", "From 28 Dec 2025 to 4 Jan.", id="across-years"
        ),
        pytest.param(
            "Over 1 check-in from 2026-11-03 to 2026-11-03: x.",
            "Over 1 check-in on 3 Nov: x.",
            id="one-day",
        ),
        pytest.param("Mood 2026-13-45 stays.", "Mood 2026-13-45 stays.", id="not-a-date"),
        pytest.param("No check-ins yet.", "No check-ins yet.", id="no-dates"),
    ],
)
def test_readable_dates(text: str, expected: str) -> None:
    assert chart.readable_dates(text, today=dt.date(2026, 11, 20)) == expected


def test_checkins_trend_sentence_has_no_iso_dates(alice: User, alice_client: Client) -> None:
    today = dt.date.today()
    for days in (9, 2):
        at = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(12), tzinfo=dt.UTC)
        services.checkin_create(owner=alice, mood=3, energy=3, at=at)
    text = alice_client.get(reverse("growth:checkins")).content.decode()
    sentence = text.split('<p class="muted small">Over ', 1)[1].split("</p>", 1)[0]
    first = chart.short_day(today - dt.timedelta(days=9), today=today)
    last = chart.short_day(today - dt.timedelta(days=2), today=today)
    assert sentence.startswith(f"2 check-ins from {first} to {last}:")
    alt = text.split('alt="Mood and energy by day', 1)[1].split('"', 1)[0]
    assert f"from {first} to {last}:" in alt
