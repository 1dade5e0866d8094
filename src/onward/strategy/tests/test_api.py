"""The strategy API: summary, segments, response times, calibration, experiments, reviews."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.strategy.tests.builders import referral_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(alice: User) -> JsonClient:
    referral_search(alice, now=timezone.now())
    return JsonClient.for_user(alice)


def test_summary(api: JsonClient) -> None:
    data = api.get("/strategy").json()
    assert data["funnel"]["applications"] == 31
    response = data["funnel"]["steps"][0]
    assert response["metric"] == "response" and response["rate"]["enough"]
    low, high = response["rate"]["low"], response["rate"]["high"]
    assert low < response["rate"]["mean"] < high
    finding = data["findings"][0]
    assert finding["primary"] and finding["verdict"] == "a_better" and finding["is_finding"]
    assert finding["prob_a_better"] >= finding["threshold"]
    assert finding["sentence"].startswith("Referral applications got an answer more often")
    assert {c["dimension"] for c in data["checks"]} == {"channel"}  # nothing tailored yet
    assert data["diagnosis"]["status"] in {"weak_stage", "nothing_stands_out"}


def test_segments_with_a_thin_cell(api: JsonClient) -> None:
    data = api.get("/strategy/segments?dimension=channel").json()
    recruiter = next(s for s in data["segments"] if s["value"] == "recruiter")
    assert recruiter["applications"] == 1
    assert recruiter["steps"][0]["rate"]["enough"] is False
    assert recruiter["steps"][0]["rate"]["mean"] is None
    assert "Not enough data yet" in recruiter["steps"][0]["rate"]["reason"]
    assert api.get("/strategy/segments?dimension=shoe_size").status_code == 422


def test_response_times_and_calibration(api: JsonClient) -> None:
    times = api.get("/strategy/response-times").json()
    assert times["overall"]["n"] == 13 and times["overall"]["median_days"] == pytest.approx(5)
    calibration = api.get("/strategy/calibration").json()
    assert calibration["enough"] is False and calibration["without_score"] == 31


def test_experiment_lifecycle(api: JsonClient) -> None:
    start = (timezone.localdate() - dt.timedelta(days=2)).isoformat()
    body = {"name": "Tailor every resume", "metric": "response", "started_on": start}
    created = api.post("/strategy/experiments", body)
    assert created.status_code == 201, created.json()
    experiment = created.json()
    assert experiment["status"] == "running" and experiment["result"]["status"] == "waiting"
    assert experiment["result"]["baseline"]["n"] == 31  # all sent 40+ days ago
    path = f"/strategy/experiments/{experiment['id']}"
    patched = api.patch(path, {"target_count": 12})
    assert patched.json()["target_count"] == 12 and patched.json()["name"] == body["name"]
    assert api.patch(path, {"metric": "offer"}).status_code == 422  # chosen in advance
    done = api.post(f"{path}/complete", {"learned": "Takes an hour each"})
    assert done.json()["status"] == "completed" and done.json()["learned"]
    assert api.post(f"{path}/complete", {}).status_code == 400
    assert [e["id"] for e in api.get("/strategy/experiments").json()] == [experiment["id"]]
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"name": "x", "metric": "luck"}, id="metric"),
        pytest.param({"name": "", "metric": "response"}, id="name"),
        pytest.param({"name": "x", "metric": "response", "target_count": 0}, id="target"),
        pytest.param({"name": "x", "metric": "response", "extra": 1}, id="unknown-field"),
    ],
)
def test_experiment_refuses_bad_input(api: JsonClient, body: dict[str, object]) -> None:
    assert api.post("/strategy/experiments", body).status_code == 422


def test_future_start_is_refused(api: JsonClient) -> None:
    tomorrow = (timezone.localdate() + dt.timedelta(days=2)).isoformat()
    body = {"name": "x", "metric": "response", "started_on": tomorrow}
    assert api.post("/strategy/experiments", body).status_code == 400


def test_reviews_and_the_prompt(api: JsonClient) -> None:
    prompt = api.get("/strategy/review-prompt").json()
    assert prompt["due"] is True and prompt["rejections_since"] == 7
    created = api.post("/strategy/reviews", {"commitments": ["Ask for referrals", " "]})
    assert created.status_code == 201
    review = created.json()
    assert review["commitments"] == ["Ask for referrals"]
    assert review["snapshot"]["findings"][0]["dimension"] == "channel"
    assert api.get("/strategy/review-prompt").json()["due"] is False
    assert api.get("/strategy/reviews").json()["count"] == 1
    assert api.get(f"/strategy/reviews/{review['id']}").json()["id"] == review["id"]
    too_many = {"commitments": ["a", "b", "c", "d"]}
    assert api.post("/strategy/reviews", too_many).status_code == 422
    assert api.post("/strategy/reviews", {"commitments": [" "]}).status_code == 400
    assert api.delete(f"/strategy/reviews/{review['id']}").status_code == 204


def test_dismissing_the_prompt(api: JsonClient) -> None:
    assert api.post("/strategy/review-prompt/dismiss", {}).status_code == 204
    assert api.get("/strategy/review-prompt").json()["due"] is False
