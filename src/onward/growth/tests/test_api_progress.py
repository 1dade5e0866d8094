"""Progress through the JSON API: wins, goals, habits, follow-ups, rebound, search, timeline."""

from __future__ import annotations

from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.growth import services
from onward.growth.models import ReboundFlow
from onward.tracker.choices import Stage
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
    return factories.application(alice, company_name="Acme", stage=Stage.INTERVIEW)


def test_wins(api: JsonClient, acme: Application) -> None:
    auto = api.get("/wins").json()["items"]
    assert [(w["title"], w["automatic"]) for w in auto] == [("Interview round 1 at Acme", True)]
    created = api.post("/wins", {"title": "Portfolio live", "application_id": acme.pk})
    assert created.status_code == 201 and created.json()["kind"] == "manual"
    assert api.post("/wins", {"title": "  "}).status_code == 422
    assert api.get("/wins", {"kind": "manual"}).json()["count"] == 1
    celebrated = api.post("/wins/celebrate").json()
    assert [w["title"] for w in celebrated] == ["Interview round 1 at Acme", "Portfolio live"]
    assert api.post("/wins/celebrate").json() == []
    assert api.delete(f"/wins/{auto[0]['id']}").status_code == 204
    assert api.get(f"/wins/{auto[0]['id']}").status_code == 404


def test_goals_and_entries(api: JsonClient) -> None:
    created = api.post("/goals", {"metric": "outreach_messages", "target": 2})
    assert created.status_code == 201, created.json()
    goal = created.json()
    assert (goal["name"], goal["progress"]["done"]) == ("2 outreach messages a week", 0)
    entries = f"/goals/{goal['id']}/entries"
    assert api.post(entries, {"amount": 2}).status_code == 201
    again = api.get(f"/goals/{goal['id']}").json()
    assert again["progress"]["met"] and again["streak"]["current"] == 1
    assert api.get("/wins", {"kind": "goal_met"}).json()["count"] == 1
    entry_id = api.get(entries).json()["items"][0]["id"]
    for bad in ({"amount": 0}, {"amount": "NaN"}, {"amount": 100000}, {"amount": "x"}):
        assert api.post(entries, bad).status_code == 422, bad
    assert api.delete(f"{entries}/{entry_id}").status_code == 204
    assert api.patch(f"/goals/{goal['id']}", {"active": False}).json()["active"] is False
    assert [g["id"] for g in api.get("/goals").json()] == [goal["id"]]
    assert api.post("/goals", {"metric": "custom", "target": 1}).status_code == 400
    assert api.post("/goals", {"metric": "offers", "target": 1}).status_code == 422
    tailored = api.post("/goals", {"metric": "tailored_applications", "target": 1}).json()
    response = api.post(f"/goals/{tailored['id']}/entries", {})
    assert response.status_code == 400 and "goal" in response.json()["errors"]
    assert api.delete(f"/goals/{goal['id']}").status_code == 204


def test_habits(api: JsonClient) -> None:
    habit = api.post("/habits", {"name": "Walk", "kind": "exercise"}).json()
    checks = f"/habits/{habit['id']}/checks"
    assert api.post(checks, {}).status_code == 201
    assert api.post(checks, {}).status_code == 201  # once a day; same check
    status = api.get(f"/habits/{habit['id']}").json()
    assert (status["done_today"], status["streak"]["current"]) == (True, 1)
    assert api.get(checks).json()["count"] == 1
    assert api.delete(checks).status_code == 204
    assert api.get(f"/habits/{habit['id']}").json()["done_today"] is False
    assert api.patch(f"/habits/{habit['id']}", {"cadence": "weekly"}).json()["cadence"] == "weekly"
    assert api.post("/habits", {"name": "x", "cadence": "hourly"}).status_code == 422
    assert len(api.get("/habits").json()) == 1


def test_followups(api: JsonClient, acme: Application) -> None:
    created = api.post("/follow-ups", {"title": "Email Jo", "application_id": acme.pk}).json()
    path = f"/follow-ups/{created['id']}"
    assert api.post(f"{path}/done").json()["done_at"] is not None
    assert api.get("/follow-ups", {"open_only": True}).json()["count"] == 0
    assert api.post(f"{path}/reopen").json()["done_at"] is None
    assert api.patch(path, {"due_on": "2030-01-01"}).json()["due_on"] == "2030-01-01"
    assert api.patch(path, {"due_on": None}).json()["due_on"] is None
    assert api.delete(path).status_code == 204


def test_rejection_starts_the_rebound_flow(api: JsonClient, acme: Application) -> None:
    response = api.post(f"/applications/{acme.pk}/rejection", {"reason": "skills_mismatch"})
    assert response.status_code == 201, response.json()
    rebound = response.json()["rebound"]
    rejection_id = response.json()["id"]
    assert (rebound["step"], rebound["rejection_id"]) == ("reflect", rejection_id)
    assert rebound["links"]["self"] == f"/api/v1/rebound/{rejection_id}"
    assert rebound["links"]["web"] == f"/growth/rebound/{rejection_id}/"
    assert [f["rejection_id"] for f in api.get("/rebound").json()] == [rejection_id]
    path = f"/rebound/{rejection_id}"
    reflection = api.post("/reflections", {"went_well": "x", "application_id": acme.pk}).json()
    step = api.post(path, {"action": "advance", "reflection_id": reflection["id"]}).json()
    assert (step["step"], step["reflection_id"]) == ("feedback", reflection["id"])
    assert api.post(path, {"action": "skip"}).json()["skipped"] == ["feedback"]
    assert api.post(path, {"action": "goto", "step": "next"}).json()["step"] == "next"
    assert api.post(path, {"action": "goto"}).status_code == 400
    done = api.post(path, {"action": "advance"}).json()
    assert done["step"] == "done" and done["finished_at"]
    assert api.get("/rebound").json() == []
    assert api.post(path, {"action": "advance"}).status_code == 400  # nothing left
    assert api.post(path, {"action": "later"}).status_code == 422


def test_rebound_for_an_older_rejection_starts_on_post(
    api: JsonClient, bob_api: JsonClient, alice: User
) -> None:
    rejection = factories.rejection(alice)
    path = f"/rebound/{rejection.pk}"
    assert api.get(path).status_code == 404
    assert bob_api.post(path, {}).status_code == 404
    assert not ReboundFlow.objects.exists()
    assert api.post(path, {}).json()["step"] == "reflect"
    assert api.get(path).status_code == 200


def test_lessons(api: JsonClient, bob_api: JsonClient, alice: User, acme: Application) -> None:
    services.reflection_create(owner=alice, kind="general", went_well="I froze on <system> design")
    hits = api.get("/lessons", {"q": "design"}).json()
    assert [h["kind"] for h in hits] == ["reflection"]
    assert "<mark>design</mark>" in hits[0]["snippet"] and "&lt;system&gt;" in hits[0]["snippet"]
    for q in ['"unbalanced', "AND OR", "*", "🙂", ""]:
        response = api.get("/lessons", {"q": q})
        assert response.status_code == 200, q
    assert api.get("/lessons", {"q": "design", "kinds": "feedback"}).json() == []
    assert api.get("/lessons", {"q": "x", "kinds": "wins"}).status_code == 422
    assert bob_api.get("/lessons", {"q": "design"}).json() == []


def test_timeline(api: JsonClient, bob_api: JsonClient, alice: User, acme: Application) -> None:
    services.checkin_create(owner=alice, mood=3, energy=3)
    items = api.get("/timeline").json()
    assert {i["kind"] for i in items} == {"application", "stage", "checkin"}
    only: list[dict[str, Any]] = api.get("/timeline", {"kinds": "checkin,win"}).json()
    assert {i["kind"] for i in only} == {"checkin", "win"}
    assert api.get("/timeline", {"kinds": "gossip"}).status_code == 422
    per_app = api.get("/timeline", {"application_id": acme.pk}).json()
    assert "checkin" not in {i["kind"] for i in per_app}
    assert bob_api.get("/timeline", {"application_id": acme.pk}).status_code == 404
    assert bob_api.get("/timeline").json() == []
    before = api.get("/timeline", {"before": items[0]["at"], "limit": 1}).json()
    assert len(before) == 1 and before[0]["at"] < items[0]["at"]
