"""The learning plan through the JSON API."""

from __future__ import annotations

import pytest
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient

pytestmark = pytest.mark.django_db


def test_learning_actions(alice: User, bob: User) -> None:
    api, bob_api = JsonClient.for_user(alice), JsonClient.for_user(bob)
    app = factories.application(alice)
    created = api.post(
        "/learning-actions",
        {"title": "SQL course", "hours_planned": 4, "application_ids": [app.pk, app.pk]},
    )
    assert created.status_code == 201, created.json()
    action = created.json()
    assert (action["application_ids"], action["status"]) == ([app.pk], "planned")
    path = f"/learning-actions/{action['id']}"
    assert api.patch(path, {"status": "in_progress", "hours_spent": 1.5}).json()["hours_spent"]
    done = api.post(f"{path}/complete").json()
    assert done["status"] == "done" and done["completed_at"]
    assert api.get("/wins").json()["items"][0]["title"] == "Completed: SQL course"
    assert api.get("/learning-actions", {"status": "done"}).json()["count"] == 1
    assert api.patch(path, {"application_ids": []}).json()["application_ids"] == []
    assert bob_api.get(path).status_code == 404
    assert (
        bob_api.post("/learning-actions", {"title": "x", "application_ids": [app.pk]}).status_code
        == 404
    )
    assert api.post("/learning-actions", {"title": "x", "url": "ftp://x"}).status_code == 400
    assert api.post("/learning-actions", {"title": "x", "kind": "osmosis"}).status_code == 422
    assert api.post("/learning-actions", {"title": "x", "hours_planned": -1}).status_code == 422
    assert api.delete(path).status_code == 204
