"""Create, edit and delete through the HTML forms; bad input is a 400 and saves nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.tracker import selectors
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Company, JobPosting

pytestmark = pytest.mark.django_db

GOOD: dict[str, Any] = {
    "company": "Initech",
    "title": "Data Analyst",
    "url": "https://jobs.example.com/42",
    "location": "Berlin",
    "work_mode": "hybrid",
    "seniority": "mid",
    "role_family": "data",
    "industry": "Software",
    "source": "LinkedIn",
    "salary_min": "50000",
    "salary_max": "60000",
    "salary_currency": "eur",
    "salary_period": "year",
    "description": "Analyse things.",
    "stage": "applied",
    "applied_on": "",
    "channel": "referral",
    "resume_version": "data-v3",
    "tailored": "on",
    "notes": "Ask Sam about the team.",
}


def _counts() -> tuple[int, int, int]:
    return Company.objects.count(), JobPosting.objects.count(), Application.objects.count()


def test_create_saves_company_posting_and_application(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("tracker:create"), GOOD)
    assert response.status_code == 302
    app = selectors.application_list(owner=alice).get()
    assert response["Location"] == reverse("tracker:detail", kwargs={"application_id": app.pk})
    assert app.posting.company.name == "Initech"
    assert app.posting.salary_currency == "EUR"
    assert app.channel == "referral"
    assert app.tailored is True
    assert app.cover_letter is False
    assert app.applied_on == timezone.localdate()
    assert app.stage == Stage.APPLIED


def test_create_reuses_existing_company(alice: User, alice_client: Client) -> None:
    factories.company(alice, "Initech")
    alice_client.post(reverse("tracker:create"), {**GOOD, "company": "initech"})
    assert Company.objects.filter(owner=alice).count() == 1


def test_create_at_interview_walks_the_stages(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("tracker:create"), {**GOOD, "stage": "interview"})
    app = selectors.application_list(owner=alice).get()
    assert app.stage == Stage.INTERVIEW


TOMORROW = (dt.date.today() + dt.timedelta(days=2)).isoformat()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        pytest.param({"company": ""}, "company", "required", id="no-company"),
        pytest.param({"title": "  "}, "title", "required", id="no-title"),
        pytest.param({"url": "not a url"}, "url", "valid URL", id="bad-url"),
        pytest.param({"salary_max": "100"}, "salary_max", "below the minimum", id="salary"),
        pytest.param({"salary_min": "-5"}, "salary_min", "greater than", id="negative"),
        pytest.param({"stage": "rejected"}, "stage", "valid choice", id="closed-stage"),
        pytest.param({"applied_on": TOMORROW}, "applied_on", "future", id="future"),
    ],
)
def test_create_bad_input_is_400_and_saves_nothing(
    alice_client: Client, changes: dict[str, str], field: str, message: str
) -> None:
    response = alice_client.post(reverse("tracker:create"), {**GOOD, **changes})
    assert response.status_code == 400
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    assert f'id="id_{field}_error"' in response.content.decode()
    assert _counts() == (0, 0, 0)


def test_edit_updates_posting_and_application(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, company_name="Old Co")
    url = reverse("tracker:edit", kwargs={"application_id": app.pk})
    form = alice_client.get(url).context["form"]
    assert form.initial["company"] == "Old Co"
    data = {**GOOD, "company": "New Co", "title": "Lead Analyst"}
    del data["stage"]
    response = alice_client.post(url, data)
    assert response.status_code == 302
    app.refresh_from_db()
    app.posting.refresh_from_db()
    assert (app.posting.title, app.posting.company.name) == ("Lead Analyst", "New Co")
    assert app.notes == "Ask Sam about the team."
    assert app.stage == Stage.APPLIED


def test_edit_does_not_change_the_stage(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.SCREENING)
    url = reverse("tracker:edit", kwargs={"application_id": app.pk})
    alice_client.post(url, {**GOOD, "stage": "offer"})
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING


def test_edit_bad_input_keeps_old_values(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, title="Analyst")
    url = reverse("tracker:edit", kwargs={"application_id": app.pk})
    response = alice_client.post(url, {**GOOD, "title": "Analyst II", "applied_on": TOMORROW})
    assert response.status_code == 400
    app.posting.refresh_from_db()
    assert app.posting.title == "Analyst"


def test_delete_needs_confirmation(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    url = reverse("tracker:delete", kwargs={"application_id": app.pk})
    assert alice_client.get(url).status_code == 200
    assert Application.objects.filter(pk=app.pk).exists()
    response = alice_client.post(url)
    assert response["Location"] == reverse("tracker:list")
    assert not Application.objects.filter(pk=app.pk).exists()


def test_company_page_edits_the_company(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, company_name="Acme")
    url = reverse("tracker:company", kwargs={"company_id": app.posting.company_id})
    response = alice_client.post(
        url, {"name": "Acme Corp", "website": "acme.example", "notes": "Nice people."}
    )
    assert response.status_code == 302
    company = selectors.company_get(owner=alice, pk=app.posting.company_id)
    assert (company.name, company.website) == ("Acme Corp", "https://acme.example")


def test_company_name_clash_is_a_field_error(alice: User, alice_client: Client) -> None:
    factories.company(alice, "Globex")
    app = factories.application(alice, company_name="Acme")
    url = reverse("tracker:company", kwargs={"company_id": app.posting.company_id})
    response = alice_client.post(url, {"name": "globex"})
    assert response.status_code == 400
    assert "already have a company" in " ".join(response.context["form"].errors["name"])
    assert "Acme" in response.content.decode()


def test_company_list_counts_applications(alice: User, alice_client: Client) -> None:
    factories.application(alice, company_name="Acme")
    response = alice_client.get(reverse("tracker:companies"), {"q": "acm"})
    companies = list(response.context["companies"])
    assert [(c.name, c.application_count) for c in companies] == [("Acme", 1)]
