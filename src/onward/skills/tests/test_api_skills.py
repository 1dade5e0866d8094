"""The skills API: profile skills, resumes (paste, upload), taxonomy, posting skills, fit,
check, gaps and planning; owner-scoped, bad input is 4xx, never 500."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from onward.accounts.models import User
from onward.accounts.testing import PREFIX, JsonClient
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db


def test_profile_skills_crud(alice: User, bob: User) -> None:
    api, bob_api = JsonClient.for_user(alice), JsonClient.for_user(bob)
    found = api.get("/taxonomy/skills", {"q": "power b"}).json()
    assert found["items"][0]["id"] == "power-bi" and found["attribution"] == ""
    created = api.post("/profile-skills", {"skill_id": "power-bi", "level": "beginner"})
    assert created.status_code == 201, created.json()
    skill = created.json()
    assert (skill["label"], skill["status"], skill["source"]) == ("Power BI", "confirmed", "manual")
    path = f"/profile-skills/{skill['id']}"
    assert api.patch(path, {"level": "advanced"}).json()["level"] == "advanced"
    assert api.post("/profile-skills", {"label": "SQL"}).status_code == 201
    assert api.get("/profile-skills").json()["count"] == 2
    assert bob_api.get(path).status_code == 404
    assert bob_api.patch(path, {"level": "expert"}).status_code == 404
    assert api.post("/profile-skills", {"label": "data"}).status_code == 400
    assert api.post("/profile-skills", {"skill_id": "nope"}).status_code == 400
    assert api.patch(path, {"level": "guru"}).status_code == 422
    assert api.delete(path).status_code == 204


def test_resumes_paste_and_upload(alice: User, bob: User) -> None:
    api = JsonClient.for_user(alice)
    pasted = api.post("/resumes", {"text": "SQL and Tableau.", "filename": "cv.txt"})
    assert pasted.status_code == 201
    body = pasted.json()
    assert body["found"] == 2 and {s["status"] for s in body["suggested"]} == {"suggested"}
    upload = SimpleUploadedFile("cv.txt", b"Excel every day.")
    sent = api.client.post(PREFIX + "/resumes/upload", {"file": upload}, headers=api.headers)
    assert sent.status_code == 201 and sent.json()["suggested"][0]["label"] == "Excel"
    bad = api.client.post(
        PREFIX + "/resumes/upload",
        {"file": SimpleUploadedFile("cv.exe", b"MZ")},
        headers=api.headers,
    )
    assert bad.status_code == 400 and "file" in bad.json()["errors"]
    assert api.post("/resumes", {"text": "  "}).status_code == 400
    resume_id = body["resume"]["id"]
    assert JsonClient.for_user(bob).get(f"/resumes/{resume_id}").status_code == 404
    assert api.get(f"/resumes/{resume_id}").json()["filename"] == "cv.txt"
    assert api.delete(f"/resumes/{resume_id}").status_code == 204


def test_posting_skills_fit_check_gaps_and_plan(alice: User, bob: User, make_app: MakeApp) -> None:
    api, bob_api = JsonClient.for_user(alice), JsonClient.for_user(bob)
    api.post("/profile-skills", {"skill_id": "sql"})
    app = make_app(alice, stage="rejected")
    skills = api.get(f"/postings/{app.posting_id}/skills").json()
    assert skills["analysed"] and [s["label"] for s in skills["items"]][:2] == ["SQL", "Python"]
    assert skills["items"][0]["sentence"] == "3+ years of SQL and Python"
    fit = api.get(f"/applications/{app.pk}/skills").json()
    assert fit["percent"] == 25 and fit["skills"][0]["requirement"] == "required"  # 0.75 x 1/3
    assert fit["state"] == "scored"
    checked = api.post("/skills/check", {"text": "You must know SQL."}).json()
    assert checked["percent"] == 100
    assert api.post("/skills/check", {"text": ""}).status_code == 422
    gaps = api.get("/skills/gaps").json()
    assert gaps["rejected"] == 1 and gaps["items"][0]["evidence"][0]["application_id"] == app.pk
    planned = api.post("/skills/plan", {"skill_id": "python", "kind": "course"})
    assert planned.status_code == 201 and planned.json()["application_ids"] == [app.pk]
    assert planned.json()["skill_id"] == "python"
    assert bob_api.get(f"/postings/{app.posting_id}/skills").status_code == 404
    assert bob_api.get(f"/applications/{app.pk}/skills").status_code == 404
    assert bob_api.get("/skills/gaps").json()["items"] == []


def test_esco_responses_carry_the_attribution(alice: User, esco: object) -> None:
    api = JsonClient.for_user(alice)
    assert "ESCO" in api.get("/taxonomy/skills", {"q": "sql"}).json()["attribution"]
    assert "ESCO" in api.post("/skills/check", {"text": "SQL"}).json()["attribution"]
    assert "ESCO" in api.get("/skills/gaps").json()["attribution"]


def test_dismiss_and_restore_a_gap(alice: User, bob: User, make_app: MakeApp) -> None:
    api, bob_api = JsonClient.for_user(alice), JsonClient.for_user(bob)
    make_app(alice, stage="rejected")
    before = [g["skill_id"] for g in api.get("/skills/gaps").json()["items"]]
    assert "tableau" in before
    created = api.post("/skills/gaps/dismissals", {"skill_id": "tableau", "reason": "Old news"})
    assert created.status_code == 201, created.json()
    dismissal = created.json()
    assert (dismissal["label"], dismissal["reason"]) == ("Tableau", "Old news")
    gaps = api.get("/skills/gaps").json()
    assert "tableau" not in [g["skill_id"] for g in gaps["items"]]
    assert gaps["dismissed_count"] == 1
    everything = api.get("/skills/gaps", {"include_dismissed": "true"}).json()["items"]
    marked = {g["skill_id"]: g["dismissal_id"] for g in everything}
    assert marked["tableau"] == dismissal["id"] and marked["sql"] is None
    assert [d["id"] for d in api.get("/skills/gaps/dismissals").json()["items"]] == [
        dismissal["id"]
    ]
    path = f"/skills/gaps/dismissals/{dismissal['id']}"
    assert api.get(path).json()["skill_id"] == "tableau"
    assert bob_api.get(path).status_code == 404
    assert bob_api.delete(path).status_code == 404
    assert bob_api.get("/skills/gaps").json()["dismissed_count"] == 0
    assert api.delete(path).status_code == 204
    assert "tableau" in [g["skill_id"] for g in api.get("/skills/gaps").json()["items"]]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param({"skill_id": "nope"}, 400, id="unknown-skill"),
        pytest.param({"skill_id": ""}, 422, id="empty"),
        pytest.param({"skill_id": "sql", "reason": "x" * 501}, 422, id="long-reason"),
        pytest.param({}, 422, id="missing"),
    ],
)
def test_bad_dismissals_are_4xx(alice: User, body: dict[str, str], status: int) -> None:
    assert JsonClient.for_user(alice).post("/skills/gaps/dismissals", body).status_code == status
