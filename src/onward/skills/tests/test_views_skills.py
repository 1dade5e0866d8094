"""The skills pages: profile review, add (with choices), levels, resumes (bad files are
field errors), gaps with "Plan this", the posting check and saving it, the application."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.skills import selectors, services
from onward.skills.models import LearningAction, ProfileSkill, Resume
from onward.skills.tests.conftest import MakeApp
from onward.skills.tests.test_services_profile import docx_bytes
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _text(response: Any) -> str:
    return str(response.content.decode())


def test_resume_paste_then_review_and_confirm(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("skills:resume"), {"text": "SQL and Tableau daily."})
    assert response["Location"] == reverse("skills:profile")
    page = _text(alice_client.get(reverse("skills:profile")))
    assert "Review 2 suggested skills" in page and "Resume: SQL and Tableau daily." in page
    ids = list(selectors.profile_skill_list(owner=alice).values_list("pk", flat=True))
    alice_client.post(reverse("skills:profile_confirm"), {"skill": ids[:1]})
    assert selectors.profile_skill_list(owner=alice, status="confirmed").count() == 1


def test_an_unticked_suggestion_does_not_come_back_ticked(
    alice: User, alice_client: Client
) -> None:
    alice_client.post(reverse("skills:resume"), {"text": "SQL and Tableau daily."})
    sql, tableau = selectors.profile_skill_list(owner=alice).order_by("label")
    response = alice_client.post(
        reverse("skills:profile_confirm"), {"shown": [sql.pk, tableau.pk], "skill": [sql.pk]}
    )
    assert response.status_code == 302
    statuses = dict(selectors.profile_skill_list(owner=alice).values_list("label", "status"))
    assert statuses == {"SQL": "confirmed", "Tableau": "declined"}
    # The same resume again: nothing to review, Tableau is not offered (ticked) again.
    alice_client.post(reverse("skills:resume"), {"text": "SQL and Tableau daily."})
    page = _text(alice_client.get(reverse("skills:profile")))
    assert "suggested skill" not in page


def test_unticking_everything_declines_everything(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("skills:resume"), {"text": "SQL and Tableau daily."})
    ids = list(selectors.profile_skill_list(owner=alice).values_list("pk", flat=True))
    alice_client.post(reverse("skills:profile_confirm"), {"shown": ids})
    assert selectors.profile_skill_list(owner=alice, status="declined").count() == 2


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        pytest.param(SimpleUploadedFile("cv.exe", b"MZ"), "not a supported type", id="type"),
        pytest.param(SimpleUploadedFile("cv.pdf", b"%PDF-1 x"), "Cannot read", id="broken"),
        pytest.param(SimpleUploadedFile("cv.txt", b" "), "no readable text", id="empty"),
        pytest.param(None, "Paste your resume", id="nothing"),
    ],
)
def test_bad_resume_uploads_are_field_errors(
    alice_client: Client, upload: Any, message: str
) -> None:
    data = {"file": upload} if upload else {"text": ""}
    response = alice_client.post(reverse("skills:resume"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert message in " ".join(errors.get("file", []) + errors.get("text", []))
    assert not Resume.objects.exists()


def test_resume_docx_upload(alice: User, alice_client: Client) -> None:
    upload = SimpleUploadedFile("cv.docx", docx_bytes("Excel and Power BI."))
    assert alice_client.post(reverse("skills:resume"), {"file": upload}).status_code == 302
    assert {s.label for s in selectors.profile_skill_list(owner=alice)} == {"Excel", "Power BI"}


@pytest.mark.parametrize(
    ("data", "status", "count"),
    [
        pytest.param({"label": "SQL", "level": "advanced"}, 302, 1, id="by-name"),
        pytest.param({"skill_id": "power-bi", "label": "pow"}, 302, 1, id="picked-choice"),
        pytest.param({"label": "data"}, 400, 0, id="ambiguous-shows-choices"),
        pytest.param({"label": ""}, 400, 0, id="blank"),
        pytest.param({"skill_id": "nope"}, 400, 0, id="unknown-id"),
        pytest.param({"label": "SQL", "level": "guru"}, 400, 0, id="bad-level"),
    ],
)
def test_add_a_skill(alice_client: Client, data: dict[str, str], status: int, count: int) -> None:
    response = alice_client.post(reverse("skills:profile_add"), data)
    assert response.status_code == status
    assert ProfileSkill.objects.count() == count
    if data.get("label") == "data":
        assert "Several skills match" in _text(response) and 'name="skill_id"' in _text(response)


def test_search_fragment_and_page(alice_client: Client) -> None:
    fragment = alice_client.get(
        reverse("skills:search"), {"label": "power b"}, HTTP_HX_REQUEST="true"
    )
    assert "Power BI" in _text(fragment) and "<html" not in _text(fragment)
    page = alice_client.get(reverse("skills:search"), {"label": "power b"})
    assert "<html" in _text(page) and "Power BI" in _text(page)


def test_level_and_remove(alice: User, alice_client: Client) -> None:
    skill = services.profile_skill_add(owner=alice, skill_id="sql")
    url = reverse("skills:profile_level", kwargs={"profile_skill_id": skill.pk})
    assert alice_client.get(url).status_code == 405
    alice_client.post(url, {"level": "expert"})
    skill.refresh_from_db()
    assert skill.level == "expert"
    alice_client.post(url, {"level": "guru"})
    skill.refresh_from_db()
    assert skill.level == "expert"
    alice_client.post(reverse("skills:profile_delete", kwargs={"profile_skill_id": skill.pk}))
    assert not ProfileSkill.objects.exists()


def test_gaps_page_and_plan_this(alice: User, alice_client: Client, make_app: MakeApp) -> None:
    rejected = make_app(alice, "Requirements:\n- dbt is required.", stage="rejected")
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "dbt (data build tool)" in page and "dbt is required." in page
    assert "skill_id=dbt" in page
    form = alice_client.get(
        reverse("skills:learning_create"), {"skill_id": "dbt", "title": "Learn dbt"}
    )
    assert form.context["form"]["skill_id"].value() == "dbt"
    assert 'name="skill_id" value="dbt"' in _text(form)
    data = {"title": "Learn dbt", "kind": "course", "skill_id": "dbt", "skill_label": "dbt"}
    assert alice_client.post(reverse("skills:learning_create"), data).status_code == 302
    action = LearningAction.objects.get()
    assert list(action.surfaced_by.all()) == [rejected]


def test_empty_gaps_page(alice_client: Client) -> None:
    assert "No gaps to show yet" in _text(alice_client.get(reverse("skills:gaps")))


def test_check_a_posting_and_save_it(alice: User, alice_client: Client) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    text = "Requirements:\n- SQL and Python\nNice to have: dbt."
    page = _text(alice_client.post(reverse("skills:check"), {"text": text}))
    assert "Required: 1 of 2 missing" in page and "Preferred: 1 of 1 missing" in page
    assert "SQL and Python" in page and "Save as application" in page
    bad = alice_client.post(
        reverse("skills:check_save"), {"text": text, "company": "", "title": ""}
    )
    assert bad.status_code == 400 and not Application.objects.exists()
    data = {"text": text, "company": "Acme", "title": "Analyst"}
    saved = alice_client.post(reverse("skills:check_save"), data)
    app = Application.objects.get()
    assert saved["Location"] == reverse("tracker:detail", kwargs={"application_id": app.pk})
    assert app.stage == "saved" and app.posting.description == text
    detail = _text(alice_client.get(saved["Location"]))
    assert "Skills in this posting" in detail and "You have it" in detail and "Missing" in detail
    assert alice_client.post(reverse("skills:check"), {"text": ""}).status_code == 400


def test_application_without_description(
    alice: User, alice_client: Client, make_app: MakeApp
) -> None:
    app = make_app(alice, "")
    page = _text(alice_client.get(reverse("tracker:detail", kwargs={"application_id": app.pk})))
    assert "Save the job description to see" in page


def test_esco_pages_carry_the_attribution(alice_client: Client, esco: object) -> None:
    for name in ("skills:profile", "skills:gaps", "skills:check"):
        assert "ESCO classification of the European Commission" in _text(
            alice_client.get(reverse(name))
        )


@pytest.mark.parametrize(
    ("name", "param"),
    [
        pytest.param("skills:profile_level", "profile_skill_id", id="level"),
        pytest.param("skills:profile_delete", "profile_skill_id", id="delete"),
        pytest.param("skills:resume_delete", "resume_id", id="resume"),
    ],
)
def test_bob_gets_404(alice: User, bob_client: Client, name: str, param: str) -> None:
    skill = services.profile_skill_add(owner=alice, skill_id="sql")
    resume = services.resume_add(owner=alice, text="SQL").resume
    pk = resume.pk if param == "resume_id" else skill.pk
    assert (
        bob_client.post(reverse(name, kwargs={param: pk}), {"level": "expert"}).status_code == 404
    )
    assert ProfileSkill.objects.filter(pk=skill.pk, level="").exists()
    assert Resume.objects.filter(pk=resume.pk).exists()
