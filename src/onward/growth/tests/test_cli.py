"""``onward reflect|checkin|wins|goals|habits|lessons`` and the steps after ``reject``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import pytest
from django.utils import timezone
from tests import factories
from typer.testing import CliRunner, Result

from onward.accounts.models import User
from onward.cli.app import app as cli
from onward.cli.tests.conftest import assert_failed
from onward.growth import selectors, services
from onward.growth.choices import ReboundStep
from onward.growth.models import CheckIn, Goal, Habit, Reflection, Win
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db


def run(args: Sequence[str], input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_reject_starts_the_flow_and_prints_next_steps(alice: User) -> None:
    application = factories.application(alice, stage=Stage.INTERVIEW)
    result = run(["reject", str(application.pk)])
    assert result.exit_code == 0, result.output
    assert f"onward reflect {application.pk}" in result.stderr
    assert "onward reflect" not in result.stdout
    application.refresh_from_db()
    assert application.rejection.rebound.step == ReboundStep.REFLECT


def test_reflect_with_options_advances_the_flow(alice: User) -> None:
    rejection = factories.rejection(alice)
    services.rebound_start(rejection=rejection)
    app_id = str(rejection.application_id)
    result = run(
        ["reflect", app_id, "--went-well", "Good rapport", "--skill", "SQL", "--skill", "dbt",
         "--unsure", "The case study", "--within", "My pacing", "--outside", "Budget freeze"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    reflection = Reflection.objects.get()
    assert (reflection.kind, reflection.skill_tags) == ("after_rejection", ["SQL", "dbt"])
    assert [f.control for f in reflection.factors.all()] == ["within", "outside"]
    assert "Saved reflection" in result.stdout
    flow = selectors.rebound_get(owner=alice, rejection_id=rejection.pk)
    assert (flow.step, flow.reflection) == (ReboundStep.FEEDBACK, reflection)


def test_reflect_asks_when_given_no_options(alice: User) -> None:
    answers = "Clear answers\nThe SQL question\n\nSQL, Python\nPractise SQL\n\n"
    result = run(["reflect"], input=answers)
    assert result.exit_code == 0, result.output
    reflection = Reflection.objects.get()
    assert (reflection.kind, reflection.went_well) == ("general", "Clear answers")
    assert reflection.skill_tags == ["SQL", "Python"]
    assert [m.note for m in reflection.moments.all()] == ["The SQL question"]
    assert [(f.text, f.control) for f in reflection.factors.all()] == [("Practise SQL", "within")]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(
            ["reflect", "999", "--went-well", "x"], "no application with id 999", id="app"
        ),
        pytest.param(["reflect", "--kind", "x", "--went-well", "y"], "kind: 'x' is not", id="kind"),
        pytest.param(["reflect", "--lacked", "a\x00"], "NUL", id="nul"),
        pytest.param(["wins", "--add", " "], "Name the win", id="blank-win"),
        pytest.param(["wins", "--kind", "lottery"], "kind: 'lottery' is not one of", id="kind"),
        pytest.param(["goals", "add", "offers", "1"], "metric: 'offers' is not", id="metric"),
        pytest.param(["goals", "add", "custom", "2"], "label", id="custom-label"),
        pytest.param(["goals", "log", "999"], "not found", id="no-goal"),
        pytest.param(["habits", "check", "999"], "not found", id="no-habit"),
        pytest.param(["habits", "add", "Walk", "--cadence", "hourly"], "cadence", id="cadence"),
        pytest.param(["lessons", "x", "--kind", "wins"], "kind: 'wins' is not", id="lesson-kind"),
        pytest.param(["checkin", "3", "3", "--app", "999"], "no application", id="checkin-app"),
    ],
)
def test_one_line_errors(alice: User, args: list[str], fragment: str) -> None:
    assert_failed(run(args), fragment)


def test_checkin_prints_trend(alice: User) -> None:
    result = run(["checkin", "2", "4", "--note", "tired"])
    assert result.exit_code == 0, result.output
    assert "Checked in: mood low, energy lively." in result.stdout
    assert "mood mostly low, energy mostly lively" in result.stderr
    assert CheckIn.objects.get().note == "tired"
    assert run(["checkin", "6", "3"]).exit_code == 2  # out of range: a usage error


def test_checkin_shows_the_gentle_suggestion(alice: User) -> None:
    for _ in range(3):
        factories.rejection(alice)
    now = timezone.now()
    for days_ago, mood in [(4, 4), (3, 3), (2, 2)]:
        services.checkin_create(
            owner=alice, mood=mood, energy=2, at=now - dt.timedelta(days=days_ago)
        )
    result = run(["checkin", "1", "2"])
    assert result.exit_code == 0, result.output
    assert "A lighter week?" in result.stderr


def test_wins_list_and_add(alice: User) -> None:
    factories.application(alice, company_name="Acme", stage=Stage.INTERVIEW)
    assert run(["wins", "--add", "Portfolio live", "--note", "finally"]).exit_code == 0
    table = run(["wins"])
    assert "Interview round 1 at Acme" in table.stdout and "Portfolio live" in table.stdout
    rows = json.loads(run(["wins", "--json", "--kind", "manual"]).stdout)
    assert [(r["title"], r["note"]) for r in rows] == [("Portfolio live", "finally")]
    assert Win.objects.count() == 2


def test_goals(alice: User) -> None:
    assert "No goals yet" in run(["goals"]).stdout
    assert run(["goals", "add", "outreach_messages", "3"]).exit_code == 0
    goal = Goal.objects.get()
    logged = run(["goals", "log", str(goal.pk), "2", "--note", "two recruiters"])
    assert logged.exit_code == 0, logged.output
    assert "This week: 2 of 3: 1 to go." in logged.stdout
    assert "3 outreach messages a week" in run(["goals", "list"]).stdout
    [row] = json.loads(run(["goals", "--json"]).stdout)
    assert (row["this_week"], row["target"], row["streak_weeks"]) == (2, 3, 0)
    run(["goals", "log", str(goal.pk)])
    assert json.loads(run(["goals", "list", "--json"]).stdout)[0]["streak_weeks"] == 1


def test_habits(alice: User) -> None:
    assert run(["habits", "add", "Walk", "--kind", "exercise"]).exit_code == 0
    habit = Habit.objects.get()
    checked = run(["habits", "check", str(habit.pk)])
    assert "1 day in a row, including today" in checked.stdout
    [row] = json.loads(run(["habits", "--json"]).stdout)
    assert (row["name"], row["done_today"]) == ("Walk", True)
    assert "Walk" in run(["habits", "list"]).stdout
    run(["habits", "check", str(habit.pk), "--undo"])
    assert json.loads(run(["habits", "list", "--json"]).stdout)[0]["done_today"] is False


def test_lessons(alice: User, bob: User) -> None:
    services.reflection_create(owner=alice, kind="general", went_well="I froze on <system> design")
    services.reflection_create(owner=bob, kind="general", went_well="Bob's design")
    result = run(["lessons", "design", "--user", "alice"])
    assert result.exit_code == 0, result.output
    assert "I froze on <system> design" in result.stdout
    rows = json.loads(run(["lessons", "design", "--json", "-u", "alice"]).stdout)
    assert rows[0]["snippet"].endswith("<mark>design</mark>")
    assert "Nothing matches." in run(["lessons", '"unbalanced', "-u", "alice"]).stdout
