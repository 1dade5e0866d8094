"""The journal through the JSON API: reflections, feedback, check-ins, reframes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.growth.choices import FeedbackStatus
from onward.growth.models import CheckIn, Reflection
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(alice: User) -> JsonClient:
    return JsonClient.for_user(alice)


@pytest.fixture
def bob_api(bob: User) -> JsonClient:
    return JsonClient.for_user(bob)


@pytest.fixture
def acme(alice: User) -> Application:
    return factories.application(alice, company_name="Acme", applied_on=dt.date(2026, 1, 5))


def _reflection(api: JsonClient, **fields: Any) -> dict[str, Any]:
    response = api.post("/reflections", {"went_well": "Clear answers", **fields})
    assert response.status_code == 201, response.json()
    return dict(response.json())


def test_reflection_crud(api: JsonClient, acme: Application) -> None:
    event_id = acme.events.get().pk
    body = _reflection(
        api,
        kind="after_interview",
        application_id=acme.pk,
        event_id=event_id,
        skill_tags=["SQL", "sql"],
        moments=[{"stage": "interview", "interview_round": 1, "question": "Why us?"}],
        factors=[{"text": "Panel was late", "control": "outside"}],
    )
    assert body["skill_tags"] == ["SQL"]
    assert body["moments"][0]["question"] == "Why us?"
    assert body["factors"][0]["control"] == "outside"
    path = f"/reflections/{body['id']}"
    patched = api.patch(path, {"lacked": "Tableau"}).json()
    assert (patched["lacked"], patched["went_well"], len(patched["moments"])) == (
        "Tableau",
        "Clear answers",
        1,
    )
    assert api.patch(path, {"moments": []}).json()["moments"] == []
    listed = api.get("/reflections", {"application_id": acme.pk}).json()
    assert [r["id"] for r in listed["items"]] == [body["id"]]
    assert api.delete(path).status_code == 204
    assert not Reflection.objects.exists()


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        pytest.param({}, 400, "went_well", id="empty"),
        pytest.param({"kind": "whenever", "went_well": "x"}, 422, "kind", id="kind"),
        pytest.param({"went_well": "x", "colour": 1}, 422, "colour", id="unknown-field"),
        pytest.param(
            {"moments": [{"interview_round": 0, "note": "x"}]},
            422,
            "moments.0.interview_round",
            id="round",
        ),
        pytest.param(
            {"factors": [{"text": "x", "control": "?"}]}, 422, "factors.0.control", id="c"
        ),
        pytest.param({"went_well": "a\x00b"}, 422, "went_well", id="nul"),
    ],
)
def test_reflection_bad_input(
    api: JsonClient, body: dict[str, Any], status: int, field: str
) -> None:
    response = api.post("/reflections", body)
    assert response.status_code == status, response.json()
    assert field in response.json()["errors"]


def test_other_peoples_objects_are_404(
    api: JsonClient, bob_api: JsonClient, alice: User, acme: Application
) -> None:
    reflection = _reflection(api)
    assert bob_api.get(f"/reflections/{reflection['id']}").status_code == 404
    assert (
        bob_api.post("/reflections", {"went_well": "x", "application_id": acme.pk}).status_code
        == 404
    )
    assert (
        bob_api.post("/checkins", {"mood": 3, "energy": 3, "application_id": acme.pk}).status_code
        == 404
    )
    assert bob_api.get("/reflections", {"application_id": acme.pk}).status_code == 404
    assert bob_api.get(f"/applications/{acme.pk}/feedback-request/drafts").status_code == 404
    assert bob_api.get("/reflections").json()["count"] == 0


def test_feedback_request_flow(api: JsonClient, alice: User, acme: Application) -> None:
    base = f"/applications/{acme.pk}/feedback-request"
    blank = api.get(base).json()
    assert (blank["id"], blank["status"]) == (None, FeedbackStatus.NOT_REQUESTED)
    drafts = api.get(f"{base}/drafts", {"contact_name": "Jo", "contact_email": "jo@acme.example"})
    assert [d["tone"] for d in drafts.json()] == ["brief", "warm", "specific_question"]
    assert drafts.json()[0]["mailto"].startswith("mailto:jo@acme.example?subject=")
    sent = api.post(
        f"{base}/requested",
        {"tone": "warm", "subject": "Thanks", "body": "Hi", "contact_email": "jo@acme.example"},
    ).json()
    assert (sent["status"], sent["requested_on"]) == ("requested", str(timezone.localdate()))
    assert sent["no_reply_on"] == str(timezone.localdate() + dt.timedelta(days=14))
    changed = api.patch(base, {"no_reply_after_days": 30}).json()
    assert changed["no_reply_after_days"] == 30
    assert api.patch(base, {"no_reply_after_days": 0}).status_code == 422
    assert api.patch(base, {"contact_email": "nope"}).status_code == 400
    listed = api.get("/feedback-requests", {"status": "requested"}).json()
    assert [r["application_id"] for r in listed["items"]] == [acme.pk]


def test_eml_download(api: JsonClient, acme: Application) -> None:
    response = api.get(
        f"/applications/{acme.pk}/feedback-request/eml",
        {"tone": "specific_question", "contact_email": "jo@acme.example\r\nBcc: x@y"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert "To: jo@acme.example Bcc: x@y" in text and "\nBcc:" not in text
    assert "X-Unsent: 1" in text


def test_feedback_record_and_suggest(api: JsonClient, alice: User, acme: Application) -> None:
    suggestion = api.post(
        "/feedback/suggest-themes",
        {"text": "Great communication, but your SQL was not strong enough."},
    ).json()
    assert "technical_skills" in suggestion["theme_values"]
    assert suggestion["themes"][0]["evidence"][0]["phrase"]
    created = api.post(
        "/feedback",
        {
            "application_id": acme.pk,
            "text": "Your SQL was not strong enough.",
            "themes": suggestion["theme_values"],
        },
    )
    assert created.status_code == 201, created.json()
    item = created.json()
    assert api.get(f"/applications/{acme.pk}/feedback-request").json()["status"] == "replied"
    assert api.get("/wins").json()["items"][0]["title"] == "Feedback received from Acme"
    patched = api.patch(f"/feedback/{item['id']}", {"themes": ["other"]}).json()
    assert (patched["themes"], patched["text"]) == (["other"], item["text"])
    assert api.get("/feedback", {"theme": "other"}).json()["count"] == 1
    assert api.post("/feedback", {"application_id": acme.pk, "text": ""}).status_code == 422
    future = str(timezone.localdate() + dt.timedelta(days=5))
    response = api.post(
        "/feedback", {"application_id": acme.pk, "text": "x", "received_on": future}
    )
    assert response.status_code == 400 and "received_on" in response.json()["errors"]
    assert api.delete(f"/feedback/{item['id']}").status_code == 204


def test_checkins_trend_and_suggestion(api: JsonClient, alice: User) -> None:
    created = api.post("/checkins", {"mood": 2, "energy": 4, "note": "tired"})
    assert created.status_code == 201
    assert api.post("/checkins", {"mood": 6, "energy": 3}).status_code == 422
    trend = api.get("/checkins/trend", {"days": 7}).json()
    assert trend["trend"]["count"] == 1
    assert len(trend["days"]) == 7 and trend["days"][-1]["mood"] == 2
    assert api.get("/checkins/trend", {"days": 3}).status_code == 422
    assert api.get("/checkins/suggestion").json() == {
        "suggestion": None,
        "dismissed_on": None,
        "care": None,
    }
    dismissed = api.post("/checkins/suggestion/dismiss").json()
    assert dismissed["dismissed_on"] == str(timezone.localdate())
    checkin_id = created.json()["id"]
    assert api.get(f"/checkins/{checkin_id}").json()["note"] == "tired"
    assert api.delete(f"/checkins/{checkin_id}").status_code == 204
    assert not CheckIn.objects.exists()


def test_reframes(api: JsonClient, acme: Application) -> None:
    created = api.post("/reframes", {"thought": "I always fail", "application_id": acme.pk}).json()
    path = f"/reframes/{created['id']}"
    assert api.patch(path, {"balanced_view": "I got to two finals"}).json()["balanced_view"]
    assert api.patch(path, {"thought": ""}).status_code == 422
    assert api.post("/reframes", {"thought": ""}).status_code == 422
    assert api.get("/reframes").json()["count"] == 1
    assert api.delete(path).status_code == 204
