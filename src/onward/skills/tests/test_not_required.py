"""Marking a posting's skill "not a requirement": it leaves that posting's fit and your
gaps, comes back on restore, and is counted per skill; the page, htmx and the API."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.skills import selectors, selectors_gaps, services
from onward.skills.models import PostingSkillDismissal
from onward.skills.tests.conftest import MakeApp
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _missing(owner: User, app: Application) -> list[str]:
    fit = selectors.application_fit(owner=owner, application=app)
    return [s.skill_id for s in fit.skills if not s.matched]


def _gap_ids(owner: User) -> list[str]:
    return [g.skill_id for g in selectors_gaps.skill_gaps(owner=owner).gaps]


def test_fit_and_gaps_leave_it_out_until_restored(alice: User, make_app: MakeApp) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    app = make_app(alice, stage="rejected")
    before = selectors.application_fit(owner=alice, application=app)
    assert "tableau" in _missing(alice, app) and "tableau" in _gap_ids(alice)

    services.posting_skill_dismiss(owner=alice, posting=app.posting, skill_id="tableau")
    after = selectors.application_fit(owner=alice, application=app)
    assert "tableau" not in _missing(alice, app) and "tableau" not in _gap_ids(alice)
    assert [s.skill_id for s in after.not_required] == ["tableau"]
    assert (after.score or 0) > (before.score or 0)
    board = selectors.applications_fit(owner=alice, applications=[app])
    assert board[app.pk].percent == after.percent  # the board card agrees
    assert selectors.applications_fit_percent(owner=alice, applications=[app]) == {
        app.pk: after.percent
    }

    services.posting_skill_restore(owner=alice, posting=app.posting, skill_id="tableau")
    assert "tableau" in _missing(alice, app) and "tableau" in _gap_ids(alice)
    assert selectors.application_fit(owner=alice, application=app).percent == before.percent


def test_marking_twice_keeps_one_row_and_counts_per_skill(
    alice: User, bob: User, make_app: MakeApp
) -> None:
    first, second = make_app(alice), make_app(alice)
    for app in (first, second, first):
        services.posting_skill_dismiss(owner=alice, posting=app.posting, skill_id="tableau")
    services.posting_skill_dismiss(owner=alice, posting=first.posting, skill_id="dbt")
    services.posting_skill_dismiss(owner=bob, posting=make_app(bob).posting, skill_id="dbt")
    counts = selectors.not_required_counts(owner=alice)
    assert [(c.skill_id, c.label, c.postings) for c in counts] == [
        ("tableau", "Tableau", 2),
        ("dbt", "dbt (data build tool)", 1),
    ]
    row = PostingSkillDismissal.objects.get(owner=alice, posting=first.posting, skill_id="dbt")
    assert row.sentence == "dbt is a plus."


@pytest.mark.parametrize(
    ("skill_id", "field"),
    [
        pytest.param("excel", "skill_id", id="not-in-this-posting"),
        pytest.param("no-such-skill", "skill_id", id="unknown"),
    ],
)
def test_only_skills_the_posting_names(
    alice: User, make_app: MakeApp, skill_id: str, field: str
) -> None:
    app = make_app(alice)
    with pytest.raises(ValidationError) as caught:
        services.posting_skill_dismiss(owner=alice, posting=app.posting, skill_id=skill_id)
    assert field in caught.value.message_dict


def test_another_owners_posting_is_refused(alice: User, bob: User, make_app: MakeApp) -> None:
    app = make_app(alice)
    with pytest.raises(ValidationError):
        services.posting_skill_dismiss(owner=bob, posting=app.posting, skill_id="tableau")


def test_the_page_marks_and_restores_without_javascript(
    alice: User, alice_client: Client, make_app: MakeApp
) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    app = make_app(alice)
    detail = reverse("tracker:detail", kwargs={"application_id": app.pk})
    page = alice_client.get(detail).content.decode()
    assert 'Not a requirement<span class="visually-hidden">: Tableau</span>' in page
    url = reverse("skills:not_required", kwargs={"application_id": app.pk})
    response = alice_client.post(url, {"skill_id": "tableau"})
    assert response.status_code == 302 and response["Location"] == f"{detail}#app-skills-h"
    page = alice_client.get(detail).content.decode()
    assert "Tableau no longer counts for this posting." in page
    assert "Marked as not a requirement (1)" in page
    profile = alice_client.get(reverse("skills:profile")).content.decode()
    assert "Marked as not a requirement" in profile and "in 1 posting" in profile
    restore = reverse("skills:not_required_restore", kwargs={"application_id": app.pk})
    alice_client.post(restore, {"skill_id": "tableau"})
    page = alice_client.get(detail).content.decode()
    assert "Tableau counts for this posting again." in page
    assert "Marked as not a requirement (" not in page


def test_htmx_swaps_the_section_with_a_note(
    alice: User, alice_client: Client, make_app: MakeApp
) -> None:
    app = make_app(alice)
    url = reverse("skills:not_required", kwargs={"application_id": app.pk})
    response = alice_client.post(url, {"skill_id": "dbt"}, headers={"HX-Request": "true"})
    text = response.content.decode()
    assert response.status_code == 200
    assert text.lstrip().startswith('<section class="card app-skills"')
    assert "dbt (data build tool) no longer counts for this posting." in text
    assert "data-autofocus" in text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({}, id="missing"),
        pytest.param({"skill_id": "excel"}, id="not-in-posting"),
        pytest.param({"skill_id": "x" * 301}, id="too-long"),
    ],
)
def test_a_bad_mark_says_why(
    alice: User, alice_client: Client, make_app: MakeApp, data: dict[str, str]
) -> None:
    app = make_app(alice)
    url = reverse("skills:not_required", kwargs={"application_id": app.pk})
    response = alice_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "That did not work:" in response.content.decode()
    assert not PostingSkillDismissal.objects.exists()


def test_bob_gets_404(alice: User, bob_client: Client, make_app: MakeApp) -> None:
    app = make_app(alice)
    for name in ("skills:not_required", "skills:not_required_restore"):
        url = reverse(name, kwargs={"application_id": app.pk})
        assert bob_client.post(url, {"skill_id": "tableau"}).status_code == 404


def test_the_api_marks_restores_and_returns_the_fit(
    alice: User, bob: User, make_app: MakeApp
) -> None:
    api, bob_api = JsonClient.for_user(alice), JsonClient.for_user(bob)
    api.post("/profile-skills", {"skill_id": "sql"})
    app = make_app(alice)
    path = f"/applications/{app.pk}/skills/not-required"
    marked = api.post(path, {"skill_id": "tableau"})
    assert marked.status_code == 200, marked.content
    body = marked.json()
    assert [s["skill_id"] for s in body["not_required"]] == ["tableau"]
    assert "tableau" not in [s["skill_id"] for s in body["skills"]]
    assert api.post(path, {"skill_id": "excel"}).status_code == 400
    assert bob_api.post(path, {"skill_id": "tableau"}).status_code == 404
    counts = api.get("/skills/not-required").json()
    assert counts == [{"skill_id": "tableau", "label": "Tableau", "postings": 1}]
    assert bob_api.get("/skills/not-required").json() == []
    restored = api.post(f"{path}/restore", {"skill_id": "tableau"}).json()
    assert restored["not_required"] == [] and restored["state"] == "scored"


def test_the_api_says_no_profile_instead_of_a_number(alice: User, make_app: MakeApp) -> None:
    api = JsonClient.for_user(alice)
    app = make_app(alice)
    for body in (
        api.get(f"/applications/{app.pk}/skills").json(),
        api.post("/skills/check", {"text": "You must know SQL."}).json(),
    ):
        assert body["state"] == "no_profile"
        assert body["score"] is None and body["percent"] is None
        assert body["profile_url"] == reverse("skills:resume")
        assert [s["matched"] for s in body["skills"]] == [False] * len(body["skills"])
