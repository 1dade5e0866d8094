"""The growth report: what it counts in a week or a month, and the page that shows it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.cli.tests.conftest import Invoke
from onward.growth import services as growth_services
from onward.strategy import selectors, services
from onward.strategy.report import Report, period_ending
from onward.strategy.tests.builders import applied

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


def _ago(now: dt.datetime, days: int) -> dt.datetime:
    return now - days * DAY


@pytest.mark.parametrize(
    ("kind", "first_back"),
    [pytest.param("week", 6, id="week-7-days"), pytest.param("month", 29, id="month-30-days")],
)
def test_the_period_ends_today(kind: str, first_back: int) -> None:
    today = dt.date(2026, 3, 11)
    period = period_ending(kind, today)
    assert period.last == today
    assert period.first == today - first_back * DAY
    assert period.days == first_back + 1


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(ValueError, match="week or month"):
        period_ending("fortnight", dt.date(2026, 3, 11))


def _search(owner: User, now: dt.datetime) -> None:
    """Sent 2 days ago (a no a day later); 10 days ago (screening a day later); 20 days
    ago (no news); 40 days ago (outside both periods)."""
    applied(owner, days_ago=2, now=now, answer="rejected", after=1)
    applied(owner, days_ago=10, now=now, answer="screening", after=1)
    applied(owner, days_ago=20, now=now)
    applied(owner, days_ago=40, now=now, answer="rejected", after=1)


@pytest.mark.parametrize(
    ("kind", "sent", "answers", "rejections"),
    [
        pytest.param("week", 1, 1, 1, id="week"),
        pytest.param("month", 3, 2, 1, id="month"),
    ],
)
def test_activity_counts_the_stage_changes_in_the_period(
    alice: User, bob: User, kind: str, sent: int, answers: int, rejections: int
) -> None:
    now = timezone.now()
    _search(alice, now)
    _search(bob, now)  # someone else's search never counts
    report = selectors.report(owner=alice, period=kind, now=now)
    assert (report.activity.applied, report.activity.responses) == (sent, answers)
    assert report.activity.rejections == rejections
    assert report.funnel.applications == 4  # the whole search, not the period


@pytest.mark.parametrize(
    ("kind", "checkins", "wins"),
    [pytest.param("week", 1, 1, id="week"), pytest.param("month", 2, 2, id="month")],
)
def test_mood_and_wins_in_the_period(
    alice: User, bob: User, kind: str, checkins: int, wins: int
) -> None:
    now = timezone.now()
    for owner in (alice, bob):
        factories.checkin(owner, mood=4, energy=2, at=now)
        factories.checkin(owner, mood=2, energy=3, at=_ago(now, 10))
        factories.checkin(owner, mood=5, energy=5, at=_ago(now, 45))
        factories.win(owner, title="Asked for feedback", occurred_at=_ago(now, 3), now=now)
        factories.win(owner, title="Finished a course", occurred_at=_ago(now, 20), now=now)
    report = selectors.report(owner=alice, period=kind, now=now)
    assert report.mood.checkins == checkins
    assert len(report.mood.days) == report.period.days
    assert report.mood.days[-1].mood == 4
    assert (report.wins_total, len(report.wins)) == (wins, wins)
    assert report.wins[0].title == "Asked for feedback"
    assert report.wins_by_kind == (("Added by you", wins),)


def test_wins_by_kind_most_first(alice: User) -> None:
    now = timezone.now()
    for kind, key, days in [("offer", "o1", 1), ("goal_met", "g1", 1), ("goal_met", "g2", 2)]:
        growth_services.win_record(
            owner=alice, kind=kind, title=key, source_key=key, occurred_at=_ago(now, days)
        )
    growth_services.win_record(
        owner=alice, kind="offer", title="Old", source_key="o0", occurred_at=_ago(now, 40)
    )
    report = selectors.report(owner=alice, period="month", now=now)
    assert report.wins_by_kind == (("Weekly goal met", 2), ("Offer", 1))


def _goal_done(report: Report) -> tuple[int, int]:
    (goal,) = report.goals
    return sum(w.done for w in goal.weeks), goal.met_weeks


@pytest.mark.parametrize(
    ("kind", "weeks_back"),
    [pytest.param("week", 0, id="week"), pytest.param("month", 4, id="month")],
)
def test_goals_are_shown_week_by_week(alice: User, bob: User, kind: str, weeks_back: int) -> None:
    now = timezone.now()
    today = timezone.localdate(now)
    goal = factories.goal(alice, target=2, started_on=today - 60 * DAY)
    growth_services.goal_log(goal=goal, amount=2, on=today, now=now)
    growth_services.goal_log(goal=goal, amount=1, on=today - 14 * DAY, now=now)
    factories.goal(bob, target=9)
    report = selectors.report(owner=alice, period=kind, now=now)
    (row,) = report.goals
    assert row.target == 2
    assert row.weeks[-1].done == 2 and row.weeks[-1].met
    assert row.weeks[0].week_start <= report.period.first
    done, met = _goal_done(report)
    assert (done, met) == ((2, 1) if kind == "week" else (3, 1))
    assert len(row.weeks) >= weeks_back + 1


def test_experiments_running_or_completed_in_the_period(alice: User, bob: User) -> None:
    now = timezone.now()
    today = timezone.localdate(now)
    running = services.experiment_create(
        owner=alice, name="Tailor every resume", metric="response", started_on=today - 20 * DAY
    )
    done_lately = services.experiment_create(
        owner=alice, name="Referrals first", metric="response", started_on=today - 50 * DAY
    )
    services.experiment_complete(experiment=done_lately, ended_on=today - 2 * DAY, now=now)
    long_done = services.experiment_create(
        owner=alice, name="Shorter letters", metric="response", started_on=today - 90 * DAY
    )
    services.experiment_complete(experiment=long_done, ended_on=today - 60 * DAY, now=_ago(now, 60))
    services.experiment_create(owner=bob, name="Not alice's", metric="response")
    report = selectors.report(owner=alice, period="week", now=now)
    names = {e.name for e in report.experiments}
    assert names == {running.name, done_lately.name}
    for row in report.experiments:  # each with its rates during and before it
        assert row.during is not None and row.baseline is not None
        assert row.during.n == 0 and not row.during.enough


def test_the_experiments_chart_and_table_give_both_rates(alice: User, alice_client: Client) -> None:
    today = timezone.localdate()
    services.experiment_create(
        owner=alice, name="Tailor every resume", metric="response", started_on=today - 20 * DAY
    )
    page = alice_client.get(reverse("strategy:report"), {"period": "month"}).content.decode()
    assert 'alt="Each experiment&#x27;s measure during it and before it' in page
    assert "Tailor every resume: during it not enough data yet (0 of 0)" in page
    assert '<th scope="col">During it</th>' in page
    data = JsonClient.for_user(alice).get("/strategy/report?period=month").json()
    (row,) = data["experiments"]
    assert row["during"]["n"] == 0 and row["baseline"]["enough"] is False


def test_an_empty_account_gets_an_empty_report(alice: User) -> None:
    report = selectors.report(owner=alice, period="month")
    assert report.activity.applied == 0 and report.funnel.applications == 0
    assert report.goals == () and report.wins == () and report.experiments == ()
    assert report.mood.checkins == 0


# --- the page --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["week", "month"])
def test_the_page_shows_every_section_with_its_tables(
    alice: User, alice_client: Client, kind: str
) -> None:
    now = timezone.now()
    _search(alice, now)
    factories.checkin(alice, mood=4, energy=3, at=now)
    factories.goal(alice, target=2)
    response = alice_client.get(reverse("strategy:report"), {"period": kind})
    page = response.content.decode()
    assert response.status_code == 200
    assert f"Your {kind}ly growth report" in page
    for table in ("report-activity", "report-goals"):
        assert f'id="{table}"' in page
    assert 'alt="Mood and energy by day, with application activity.' in page  # text alternative
    assert "Mood, energy and application updates by day" in page  # and its table
    assert "Rate, with its 90% range" in page  # the funnel with its intervals
    assert "style=" not in page  # the CSP allows no inline styles


def test_the_page_defaults_to_a_week(alice_client: Client) -> None:
    response = alice_client.get(reverse("strategy:report"))
    assert response.status_code == 200
    assert "Your weekly growth report" in response.content.decode()


def test_an_unknown_period_is_not_found(alice_client: Client) -> None:
    response = alice_client.get(reverse("strategy:report"), {"period": "year"})
    assert response.status_code == 404


def test_the_strategy_pages_link_to_the_report(alice_client: Client) -> None:
    page = alice_client.get(reverse("strategy:overview")).content.decode()
    assert reverse("strategy:report") in page


# --- the API -----------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "days"), [("week", 7), ("month", 30)])
def test_the_api_gives_the_same_numbers(alice: User, bob: User, kind: str, days: int) -> None:
    now = timezone.now()
    _search(alice, now)
    _search(bob, now)
    factories.checkin(alice, mood=4, energy=3, at=now)
    data = JsonClient.for_user(alice).get(f"/strategy/report?period={kind}").json()
    report = selectors.report(owner=alice, period=kind, now=now)
    assert data["period"]["kind"] == kind and data["period"]["days"] == days
    assert data["activity"]["applied"] == report.activity.applied
    assert data["activity"]["responses"] == report.activity.responses
    assert data["funnel"]["applications"] == 4
    assert data["funnel"]["steps"][0]["rate"]["n"] == report.funnel.steps[0].rate.n
    assert data["mood"]["checkins"] == 1 and len(data["mood"]["days"]) == days
    assert data["mood"]["days"][-1]["mood"] == 4


def test_the_api_refuses_an_unknown_period(alice: User) -> None:
    response = JsonClient.for_user(alice).get("/strategy/report?period=year")
    assert response.status_code in {400, 422}


# --- the CLI -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["week", "month"])
def test_the_cli_writes_an_html_file(
    alice: User, invoke: Invoke, tmp_path: Path, kind: str
) -> None:
    _search(alice, timezone.now())
    factories.checkin(alice, mood=4, energy=3)
    target = tmp_path / "report.html"
    result = invoke(["report", "--period", kind, "--output", str(target), "--user", "alice"])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "@media print" in html
    assert f"Your {kind}ly growth report" in html and 'id="report-activity"' in html
    assert "Mood and energy by day" in html and 'aria-label="Report period"' not in html


def test_the_cli_prints_json(alice: User, invoke: Invoke) -> None:
    _search(alice, timezone.now())
    result = invoke(["report", "--period", "month", "--format", "json", "--user", "alice"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["period"]["days"] == 30 and data["activity"]["applied"] == 3
    assert data["funnel"]["applications"] == 4


def test_the_cli_refuses_an_unknown_period(alice: User, invoke: Invoke) -> None:
    result = invoke(["report", "--period", "year", "--user", "alice"])
    assert result.exit_code != 0


# --- the charts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chart", "kind"),
    [
        pytest.param("funnel", "week", id="funnel-week"),
        pytest.param("goals", "week", id="goals-week"),
        pytest.param("goals", "month", id="goals-month"),
        pytest.param("mood", "month", id="mood-month"),
        pytest.param("gaps", "week", id="gaps-week"),
        pytest.param("wins", "month", id="wins-month"),
        pytest.param("experiments", "month", id="experiments-month"),
    ],
)
def test_each_chart_is_an_svg_image_with_its_own_policy(
    alice: User, alice_client: Client, chart: str, kind: str
) -> None:
    _search(alice, timezone.now())
    factories.goal(alice, target=2, label="")
    factories.checkin(alice, mood=2, energy=4)
    response = alice_client.get(reverse("strategy:report_chart"), {"chart": chart, "period": kind})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "<svg" in response.content.decode()
    assert "script-src" not in response["Content-Security-Policy"]
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"chart": "pie"}, id="unknown-chart"),
        pytest.param({"chart": "funnel", "period": "year"}, id="unknown-period"),
        pytest.param({}, id="no-chart"),
    ],
)
def test_an_unknown_chart_is_not_found(alice_client: Client, params: dict[str, str]) -> None:
    assert alice_client.get(reverse("strategy:report_chart"), params).status_code == 404


def test_the_page_gives_each_chart_a_text_alternative(alice: User, alice_client: Client) -> None:
    _search(alice, timezone.now())
    factories.goal(alice, target=2)
    page = alice_client.get(reverse("strategy:report"), {"period": "month"}).content.decode()
    assert 'alt="Funnel rates with their 90% ranges. Answered:' in page
    assert 'alt="Weekly goals, the share of each target done, week by week.' in page
    assert "chart=funnel&amp;period=month" in page


def test_the_html_file_carries_its_charts(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    _search(alice, timezone.now())
    factories.goal(alice, target=2)
    factories.checkin(alice, mood=4, energy=3)
    target = tmp_path / "report.html"
    result = invoke(["report", "--output", str(target), "--user", "alice"])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert html.count('src="data:image/svg+xml;base64,') == 3  # funnel, goals, mood
