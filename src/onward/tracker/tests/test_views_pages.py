"""Every tracker page renders for its owner, and hides the owner's objects from others."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

UrlFor = Callable[[Application], str]


def _app_url(name: str) -> UrlFor:
    return lambda app: reverse(name, kwargs={"application_id": app.pk})


PAGES: list[tuple[str, UrlFor, str]] = [
    ("list", lambda app: reverse("tracker:list"), "Data Analyst"),
    ("board", lambda app: reverse("tracker:board"), "Data Analyst"),
    ("create", lambda app: reverse("tracker:create"), "New application"),
    ("detail", _app_url("tracker:detail"), "Timeline"),
    ("edit", _app_url("tracker:edit"), "Edit application"),
    ("delete", _app_url("tracker:delete"), "Delete this application?"),
    ("reject", _app_url("growth:reject"), "Log a rejection"),
    ("companies", lambda app: reverse("tracker:companies"), "Acme"),
    (
        "company",
        lambda app: reverse("tracker:company", kwargs={"company_id": app.posting.company_id}),
        "Edit company",
    ),
]


@pytest.fixture
def app(alice: User) -> Application:
    return factories.application(alice, company_name="Acme", stage=Stage.SCREENING)


@pytest.mark.parametrize(("url_for", "text"), [pytest.param(u, t, id=n) for n, u, t in PAGES])
def test_page_renders_for_owner(
    alice_client: Client, app: Application, url_for: UrlFor, text: str
) -> None:
    response = alice_client.get(url_for(app))
    assert response.status_code == 200
    assert text in response.content.decode()


@pytest.mark.parametrize(
    "url_for",
    [
        pytest.param(u, id=n)
        for n, u, _ in PAGES
        if n not in ("list", "board", "create", "companies")
    ],
)
def test_other_user_gets_404(bob_client: Client, app: Application, url_for: UrlFor) -> None:
    assert bob_client.get(url_for(app)).status_code == 404


def test_other_user_sees_none_of_it_in_lists(bob_client: Client, app: Application) -> None:
    for name in ("tracker:list", "tracker:board", "tracker:companies"):
        assert "Acme" not in bob_client.get(reverse(name)).content.decode()


def test_signed_out_is_sent_to_signin(client: Client, app: Application) -> None:
    response = client.get(reverse("tracker:detail", kwargs={"application_id": app.pk}))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:signin"))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("tracker:list", "No applications yet", id="list"),
        pytest.param("tracker:board", "Nothing here yet", id="board"),
        pytest.param("tracker:companies", "No companies yet", id="companies"),
    ],
)
def test_empty_states(alice_client: Client, name: str, text: str) -> None:
    body = alice_client.get(reverse(name)).content.decode()
    assert text in body
    assert reverse("tracker:create") in body


def test_detail_shows_posting_application_and_timeline(alice: User, alice_client: Client) -> None:
    app = factories.application(
        alice,
        title="Platform Engineer",
        company_name="Globex",
        stage=Stage.INTERVIEW,
        resume_version="eng-v2",
        notes="Met them at a meetup.",
    )
    app.posting.salary_min, app.posting.salary_max = 50000, 60000
    app.posting.salary_currency, app.posting.salary_period = "EUR", "year"
    app.posting.description = "We build platforms."
    app.posting.save()
    body = alice_client.get(reverse("tracker:detail", kwargs={"application_id": app.pk})).content
    text = body.decode()
    for expected in (
        "Platform Engineer",
        "Globex",
        "eng-v2",
        "Met them at a meetup.",
        "50,000\u201360,000 EUR per year",
        "We build platforms.",
        "Round 1",
        "from applied",
        "logged by you",
    ):
        assert expected in text, expected


def test_detail_of_closed_application_has_no_move_form(alice: User, alice_client: Client) -> None:
    rejection = factories.rejection(alice, message="Thanks, but no.")
    url = reverse("tracker:detail", kwargs={"application_id": rejection.application_id})
    text = alice_client.get(url).content.decode()
    assert "Thanks, but no." in text
    assert "Save move" not in text
    assert reverse("tracker:retract", kwargs={"rejection_id": rejection.pk}) in text
