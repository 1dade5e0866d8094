"""Feedback requests (drafts, status, the no-reply job) and the feedback itself."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core.exceptions import ValidationError

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.choices import FeedbackStatus, WinKind
from onward.growth.models import FeedbackRequest, Win
from onward.growth.tests.conftest import NOW, TODAY
from onward.tracker import services as tracker_services
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _requested(app: Application, on: dt.date, days: int = 14) -> FeedbackRequest:
    request = services.feedback_request_get_or_create(application=app)
    return services.feedback_request_mark_requested(
        request=request,
        requested_on=on,
        tone="brief",
        subject="Feedback",
        body="Hello",
        contact_name="Jo Park",
        contact_email="jo@acme.example",
        no_reply_after_days=days,
    )


def test_get_or_create_is_one_per_application(app: Application) -> None:
    first = services.feedback_request_get_or_create(application=app)
    assert services.feedback_request_get_or_create(application=app) == first
    assert first.status == FeedbackStatus.NOT_REQUESTED


def test_drafts_use_name_company_role_and_rounds(alice: User, app: Application) -> None:
    alice.display_name = "Alice Smith"
    alice.save()
    tracker_services.application_move(application=app, stage="interview", now=NOW)
    tracker_services.application_move(application=app, stage="interview", now=NOW)
    tracker_services.rejection_record(application=app, now=NOW)
    app.refresh_from_db()
    brief, warm, specific = services.feedback_drafts(
        application=app, specific_question="what was missing", contact_name="Jo Park"
    )
    assert (brief.tone, warm.tone, specific.tone) == ("brief", "warm", "specific_question")
    assert "Dear Jo Park," in brief.body and "Alice Smith" in brief.body
    assert "Data Analyst role at Acme" in brief.body
    assert "my two interviews" in brief.body
    assert "What was missing?" in specific.body


def test_drafts_default_to_the_saved_contact(app: Application) -> None:
    _requested(app, TODAY)
    assert "Dear Jo Park," in services.feedback_drafts(application=app)[0].body


def test_mark_requested(app: Application, clock: object) -> None:
    request = _requested(app, TODAY - dt.timedelta(days=2))
    assert (request.status, request.tone, request.contact_email) == (
        FeedbackStatus.REQUESTED,
        "brief",
        "jo@acme.example",
    )


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"tone": "grovelling"}, "tone", id="tone"),
        pytest.param({"requested_on": TODAY + dt.timedelta(days=2)}, "requested_on", id="future"),
        pytest.param({"no_reply_after_days": 0}, "no_reply_after_days", id="days-0"),
        pytest.param({"no_reply_after_days": 181}, "no_reply_after_days", id="days-181"),
        pytest.param({"contact_email": "not an email"}, "contact_email", id="email"),
    ],
)
def test_mark_requested_refuses(
    app: Application, clock: object, fields: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {
        "requested_on": TODAY,
        "tone": "warm",
        "subject": "s",
        "body": "b",
        **fields,
    }
    request = services.feedback_request_get_or_create(application=app)
    with pytest.raises(ValidationError) as exc:
        services.feedback_request_mark_requested(request=request, **values)
    assert field in exc.value.message_dict


@pytest.mark.parametrize(
    ("requested_days_ago", "window", "expected", "marked"),
    [
        pytest.param(13, 14, FeedbackStatus.REQUESTED, 0, id="day-13-of-14"),
        pytest.param(14, 14, FeedbackStatus.NO_REPLY, 1, id="day-14-of-14"),
        pytest.param(30, 14, FeedbackStatus.NO_REPLY, 1, id="long-ago"),
        pytest.param(10, 7, FeedbackStatus.NO_REPLY, 1, id="shorter-window"),
        pytest.param(20, 30, FeedbackStatus.REQUESTED, 0, id="longer-window"),
    ],
)
def test_no_reply_job(
    app: Application, requested_days_ago: int, window: int, expected: str, marked: int
) -> None:
    with time_machine.travel(NOW - dt.timedelta(days=requested_days_ago), tick=False):
        request = _requested(app, TODAY - dt.timedelta(days=requested_days_ago), days=window)
    assert request.status == FeedbackStatus.REQUESTED
    assert services.feedback_requests_mark_no_reply(now=NOW) == marked
    request.refresh_from_db()
    assert request.status == expected
    assert services.feedback_requests_mark_no_reply(now=NOW) == 0  # idempotent


def test_a_longer_window_revives_no_reply(app: Application) -> None:
    with time_machine.travel(NOW - dt.timedelta(days=20), tick=False):
        request = _requested(app, TODAY - dt.timedelta(days=20))
    services.feedback_requests_mark_no_reply(now=NOW)
    request.refresh_from_db()
    assert request.status == FeedbackStatus.NO_REPLY
    services.feedback_request_update(request=request, no_reply_after_days=30, now=NOW)
    assert request.status == FeedbackStatus.REQUESTED
    services.feedback_request_update(request=request, no_reply_after_days=10, now=NOW)
    assert request.status == FeedbackStatus.NO_REPLY


def test_update_status_by_hand(app: Application) -> None:
    request = services.feedback_request_get_or_create(application=app)
    services.feedback_request_update(request=request, status="requested", now=NOW)
    assert (request.status, request.requested_on) == (FeedbackStatus.REQUESTED, TODAY)
    services.feedback_request_update(request=request, status="no_reply", now=NOW)
    assert request.status == FeedbackStatus.NO_REPLY
    services.feedback_request_update(request=request, status="replied", now=NOW)
    assert (request.status, request.replied_on) == (FeedbackStatus.REPLIED, TODAY)
    with pytest.raises(ValidationError):
        services.feedback_request_update(request=request, status="ignored")
    with pytest.raises(ValidationError):
        services.feedback_request_update(request=request, colour="red")


def test_record_feedback_replies_and_wins(alice: User, app: Application, clock: object) -> None:
    _requested(app, TODAY - dt.timedelta(days=3))
    text = "  Strong SQL, but we went with someone with more experience.  "
    feedback = services.feedback_record(
        application=app,
        text=text,
        received_on=TODAY - dt.timedelta(days=1),
        themes=["experience_level", "technical_skills", "experience_level"],
    )
    assert feedback.text == text.strip()
    assert feedback.themes == ["experience_level", "technical_skills"]
    request = selectors.feedback_request_for(owner=alice, application=app)
    assert request is not None
    assert (request.status, request.replied_on) == (
        FeedbackStatus.REPLIED,
        TODAY - dt.timedelta(days=1),
    )
    win = Win.objects.get(owner=alice, kind=WinKind.FEEDBACK_RECEIVED)
    assert (win.title, win.source_key) == (
        "Feedback received from Acme",
        f"feedback:{feedback.uid}",
    )
    services.feedback_update(
        feedback=feedback, text="Edited", received_on=feedback.received_on, themes=[]
    )
    assert Win.objects.filter(owner=alice).count() == 1
    assert [f.pk for f in selectors.feedback_list(owner=alice, theme="technical_skills")] == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"text": "   "}, "text", id="blank"),
        pytest.param({"themes": ["vibes"]}, "themes", id="theme"),
        pytest.param({"received_on": TODAY + dt.timedelta(days=3)}, "received_on", id="future"),
    ],
)
def test_record_feedback_refuses(
    app: Application, clock: object, fields: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"text": "ok", "received_on": TODAY, "themes": [], **fields}
    with pytest.raises(ValidationError) as exc:
        services.feedback_record(application=app, **values)
    assert field in exc.value.message_dict
    assert not Win.objects.exists()


def test_suggest_themes_returns_the_phrases(clock: object) -> None:
    analysis = services.feedback_suggest_themes(
        text="Your communication skills were excellent, but your SQL was not strong enough."
    )
    assert "technical_skills" in analysis.theme_values
    phrases = [e.phrase for t in analysis.themes for e in t.evidence]
    assert any("SQL" in p for p in phrases)


def test_the_periodic_jobs_are_registered() -> None:
    from onward.config import jobs
    from onward.growth import tasks

    growth_tasks = [tasks.mark_unanswered_feedback, tasks.record_goals_met]
    registered = [job.task for job in jobs.JOBS]
    assert all(task in registered for task in growth_tasks)
    # Called as the worker calls them: with no arguments.
    assert [task.call() for task in growth_tasks] == [0, 0]
