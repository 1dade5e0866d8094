"""Asking for feedback (drafts, mailto, .eml, status) and recording it (themes with reasons)."""

from __future__ import annotations

import email
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors
from onward.growth.choices import FeedbackStatus
from onward.growth.models import Feedback
from onward.growth.views.highlight import Mark, highlight
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def app(alice: User) -> Application:
    app = factories.application(alice, title="Data Analyst", company_name="Acme & Sons")
    tracker_services.application_move(application=app, stage=Stage.SCREENING)
    tracker_services.rejection_record(application=app)
    return app


def _url(name: str, app: Application) -> str:
    return reverse(name, kwargs={"application_id": app.pk})


@pytest.mark.parametrize("tone", ["brief", "warm", "specific_question"])
def test_request_page_shows_one_draft_per_tone(
    alice_client: Client, app: Application, tone: str
) -> None:
    response = alice_client.get(_url("growth:feedback_request", app) + f"?tone={tone}")
    assert response.status_code == 200
    assert response.context["draft"].tone == tone
    text = response.content.decode()
    assert "Acme &amp; Sons" in text
    assert 'aria-current="true">' in text


def test_the_one_question_goes_into_the_specific_draft(
    alice_client: Client, app: Application
) -> None:
    options = {
        "action": "draft",
        "tone": "specific_question",
        "question": "Was my SQL deep enough?",
        "contact_name": "Sam Lee",
    }
    response = alice_client.post(_url("growth:feedback_request", app), options)
    assert response.status_code == 200
    draft = response.context["draft"]
    assert "Was my SQL deep enough?" in draft.body and "Sam" in draft.body
    # Switching tone keeps both, and neither ever appears in a URL.
    again = alice_client.get(_url("growth:feedback_request", app) + "?tone=specific_question")
    assert "Was my SQL deep enough?" in again.context["draft"].body
    assert "Sam" in again.context["draft"].body
    text = again.content.decode()
    assert "Sam+Lee" not in text and "contact_name=" not in text


def test_personal_details_in_the_url_are_ignored(alice_client: Client, app: Application) -> None:
    query = "?tone=brief&contact_name=Sam+Lee&contact_email=sam%40acme.example"
    response = alice_client.get(_url("growth:feedback_request", app) + query)
    assert "Sam" not in response.context["draft"].body
    assert "sam@acme.example" not in response.context["mailto"]


def test_mailto_link_carries_the_draft(alice_client: Client, app: Application) -> None:
    options = {"action": "draft", "tone": "brief", "contact_email": "sam@acme.example"}
    response = alice_client.post(_url("growth:feedback_request", app), options)
    parts = urlsplit(response.context["mailto"])
    draft = response.context["draft"]
    assert (parts.scheme, parts.path) == ("mailto", "sam@acme.example")
    assert "+" not in parts.query  # spaces are %20, so mail programs do not show "+"
    assert parse_qs(parts.query) == {"subject": [draft.subject], "body": [draft.body]}


def test_eml_download_is_a_draft_email(alice: User, alice_client: Client, app: Application) -> None:
    options = {"action": "draft", "tone": "warm", "contact_email": "sam@acme.example"}
    alice_client.post(_url("growth:feedback_request", app), options)
    response = alice_client.get(_url("growth:feedback_eml", app) + "?tone=warm")
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert (
        response["Content-Disposition"] == 'attachment; filename="ask-for-feedback-acme-sons.eml"'
    )
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["To"] == "sam@acme.example"
    assert message["X-Unsent"] == "1"
    assert "Data Analyst" in message.get_content()


def test_eml_can_carry_the_edited_text(alice_client: Client, app: Application) -> None:
    data = {"subject": "Edited\nsubject", "body": "My own words.", "contact_email": ""}
    response = alice_client.post(_url("growth:feedback_eml", app), data)
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["Subject"] == "Edited subject"
    assert message.get_content().strip() == "My own words."
    assert alice_client.post(_url("growth:feedback_eml", app), {"subject": ""}).status_code == 400


def test_mark_sent_then_change_the_status(
    alice: User, alice_client: Client, app: Application
) -> None:
    data = {
        "action": "requested",
        "tone": "brief",
        "subject": "Feedback?",
        "body": "Hello",
        "requested_on": "2020-01-02",
        "no_reply_after_days": "14",
    }
    response = alice_client.post(_url("growth:feedback_request", app), data)
    assert response["Location"] == _url("growth:feedback_request", app)
    fr = selectors.feedback_request_for(owner=alice, application=app)
    assert fr is not None and fr.status == FeedbackStatus.NO_REPLY  # 2020 is long past
    page = alice_client.get(_url("growth:feedback_request", app)).content.decode()
    assert "Not hearing back is common" in page
    status = {"status": "requested", "no_reply_after_days": "180", "next": "/growth/feedback/"}
    assert alice_client.post(_url("growth:feedback_status", app), status)["Location"] == (
        "/growth/feedback/"
    )
    bad = alice_client.post(_url("growth:feedback_status", app), {"status": "lost"})
    assert bad.status_code == 400
    assert bad.context["status_form"].errors["status"]


def test_status_ignores_an_offsite_next(alice_client: Client, app: Application) -> None:
    data = {"status": "replied", "no_reply_after_days": "14", "next": "https://evil.example/"}
    response = alice_client.post(_url("growth:feedback_status", app), data)
    assert response["Location"] == _url("growth:feedback_request", app)


TEXT = "Your communication was excellent, but your SQL skills were not at the level we need."


def test_suggest_partial_highlights_and_ticks_themes(alice_client: Client) -> None:
    response = alice_client.post(reverse("growth:feedback_suggest"), {"text": TEXT}, headers=HTMX)
    text = response.content.decode()
    assert response.status_code == 200
    assert text.lstrip().startswith('<div id="feedback-themes"')
    assert '<mark class="mark--concern"' in text
    assert '<mark class="mark--strength"' in text
    ticked = response.context["form"].initial["themes"]
    assert "technical_skills" in ticked and "communication" in ticked


def test_suggest_keeps_the_users_own_ticks_once_edited(alice_client: Client) -> None:
    data = {"text": TEXT, "themes": ["resume"], "themes_edited": "True"}
    response = alice_client.post(reverse("growth:feedback_suggest"), data, headers=HTMX)
    assert response.context["form"].initial["themes"] == ["resume"]


def test_suggest_escapes_what_was_typed(alice_client: Client) -> None:
    data = {"text": "<script>alert(1)</script> Your SQL skills were weak."}
    text = alice_client.post(reverse("growth:feedback_suggest"), data).content.decode()
    assert "<script>" not in text
    assert "&lt;script&gt;" in text


def test_record_feedback_without_javascript(
    alice: User, alice_client: Client, app: Application
) -> None:
    url = _url("growth:feedback_record", app)
    suggest = alice_client.post(
        url, {"text": TEXT, "received_on": "2020-01-05", "action": "suggest"}
    )
    assert suggest.status_code == 200
    assert not Feedback.objects.exists()
    assert 'value="technical_skills"' in suggest.content.decode()
    assert "checked" in suggest.content.decode()
    data = {"text": TEXT, "received_on": "2020-01-05", "themes": ["technical_skills"]}
    response = alice_client.post(url, data)
    feedback = selectors.feedback_list(owner=alice)[0]
    assert response["Location"] == reverse("growth:feedback", kwargs={"feedback_id": feedback.pk})
    assert (feedback.text, feedback.themes) == (TEXT, ["technical_skills"])
    detail = alice_client.get(response["Location"]).content.decode()
    assert "Technical skills" in detail and "<mark" in detail
    fr = selectors.feedback_request_for(owner=alice, application=app)
    assert fr is not None and fr.status == FeedbackStatus.REPLIED


@pytest.mark.parametrize(
    ("data", "field"),
    [
        pytest.param({"text": "", "received_on": "2020-01-05"}, "text", id="no-text"),
        pytest.param({"text": "Fine", "received_on": "2999-01-01"}, "received_on", id="future"),
        pytest.param(
            {"text": "Fine", "received_on": "2020-01-05", "themes": ["vibes"]}, "themes", id="theme"
        ),
    ],
)
def test_bad_feedback_is_400_and_saves_nothing(
    alice_client: Client, app: Application, data: dict[str, object], field: str
) -> None:
    response = alice_client.post(_url("growth:feedback_record", app), data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        pytest.param([], "a &lt;b&gt; c", id="no-marks"),
        pytest.param(
            [Mark(0, 1, "why")], '<mark class="" title="why">a</mark> &lt;b&gt; c', id="one"
        ),
        pytest.param(
            [Mark(2, 5, "", "x"), Mark(3, 7, "", "y")],
            'a <mark class="x" title="">&lt;b&gt; c</mark>',
            id="overlap-merged",
        ),
        pytest.param(
            [Mark(5, 99), Mark(-3, 0)], 'a &lt;b&gt;<mark class="" title=""> c</mark>', id="clipped"
        ),
    ],
)
def test_highlight(marks: list[Mark], expected: str) -> None:
    assert str(highlight("a <b> c", marks)) == expected
