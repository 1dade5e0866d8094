"""The board page: closed stages folded in one column, what a card shows, the quick add
per column, and withdrawn/declined as move targets (the layout is in tests/browser)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.skills import services as skills_services
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}
BOARD = reverse("tracker:board")
ADD = reverse("tracker:board_add")


def _offer(owner: User, title: str) -> Application:
    app = factories.application(owner, title=title)
    for stage in (Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER):
        services.application_move(application=app, stage=stage)
    return app


def _closed_board(owner: User) -> dict[str, Application]:
    accepted, declined = _offer(owner, "Accepted one"), _offer(owner, "Declined one")
    services.application_move(application=accepted, stage=Stage.ACCEPTED)
    services.application_move(application=declined, stage=Stage.DECLINED)
    withdrawn = factories.application(owner, title="Withdrawn one")
    services.application_move(application=withdrawn, stage=Stage.WITHDRAWN)
    rejected = factories.application(owner, title="Rejected one")
    services.rejection_record(application=rejected)
    return {"accepted": accepted, "declined": declined, "withdrawn": withdrawn}


def test_closed_stages_are_folded_groups_with_counts(alice: User, alice_client: Client) -> None:
    _closed_board(alice)
    factories.application(alice, title="Still open")
    response = alice_client.get(BOARD)
    context = response.context
    assert [c.stage for c in context["columns"]] == [
        Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.GHOSTED,
    ]  # fmt: skip
    closed = {c.stage: c.total for c in context["closed"]}
    assert closed == {"accepted": 1, "declined": 1, "rejected": 1, "withdrawn": 1}
    assert context["closed_total"] == 4
    text = response.content.decode()
    for stage in closed:
        group = re.search(rf'<details class="kgroup kgroup--{stage}" data-drop="{stage}"\s*>', text)
        assert group, f"{stage} is not a folded group"  # folded: no "open" attribute
    assert "Withdrawn one" in text and "Accepted one" in text


def test_withdrawn_and_declined_are_move_targets(alice: User, alice_client: Client) -> None:
    offer = _offer(alice, "Offer in hand")
    applied = factories.application(alice, title="Waiting")
    text = alice_client.get(BOARD).content.decode()
    for app, stages in ((offer, "accepted declined withdrawn"), (applied, "withdrawn")):
        card = re.search(rf'data-application="{app.pk}"[^>]*data-allowed="([^"]*)"', text)
        assert card and set(stages.split()) <= set(card.group(1).split())
    assert 'data-drop="withdrawn"' in text and 'data-drop="declined"' in text
    response = alice_client.post(
        reverse("tracker:move", kwargs={"application_id": offer.pk}),
        {"stage": "declined", "return": "board"},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "Moved to declined." in response.content.decode()
    declined = {c.stage: c for c in response.context["closed"]}[Stage.DECLINED]
    assert [card.application.pk for card in declined.cards] == [offer.pk]


def test_closed_cards_cannot_be_dragged(alice: User, alice_client: Client) -> None:
    apps = _closed_board(alice)
    text = alice_client.get(BOARD).content.decode()
    card = re.search(
        rf'<article class="kcard" ([^>]*)data-application="{apps["withdrawn"].pk}"', text
    )
    assert card and "draggable" not in card.group(1)


def test_a_card_shows_applied_date_and_salary(alice: User, alice_client: Client) -> None:
    today = timezone.localdate()
    applied = today - dt.timedelta(days=3)
    app = factories.application(alice, title="Paid role", applied_on=applied)
    services.posting_update(
        posting=app.posting, salary_min=45000, salary_max=55000, salary_currency="GBP",
        salary_period="year",
    )  # fmt: skip
    factories.application(alice, title="Not applied yet", stage=Stage.SAVED)
    text = alice_client.get(BOARD).content.decode()
    assert f'<time datetime="{applied:%Y-%m-%d}">' in text
    assert "£45k\u201355k/yr" in text
    assert "% fit" not in text  # no profile, no fit


def test_a_card_shows_fit_once_you_have_a_profile(alice: User, alice_client: Client) -> None:
    posting = factories.posting(
        alice, title="SQL role", description="You must know SQL and Python."
    )
    services.application_create(owner=alice, posting=posting)
    no_skills = factories.application(alice, title="No skills named")
    response = alice_client.get(BOARD)
    assert "% fit" not in response.content.decode()
    skills_services.profile_skill_add(owner=alice, skill_id="sql")
    text = alice_client.get(BOARD).content.decode()
    assert "50% fit" in text
    card = text[text.index(f'data-application="{no_skills.pk}"') :]
    assert "% fit" not in card[: card.index("</article>")]


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        pytest.param("saved", Stage.SAVED, id="saved"),
        pytest.param("applied", Stage.APPLIED, id="applied"),
        pytest.param("screening", Stage.SCREENING, id="screening"),
        pytest.param("interview", Stage.INTERVIEW, id="interview"),
        pytest.param("offer", Stage.OFFER, id="offer"),
    ],
)
def test_quick_add_creates_at_the_column_stage(
    alice: User, alice_client: Client, stage: str, expected: Stage
) -> None:
    data = {"company": "Initech", "title": "Data Engineer", "stage": stage}
    response = alice_client.post(ADD, data, follow=True)
    assert response.redirect_chain[-1][0] == BOARD
    app = selectors.application_list(owner=alice).get()
    assert (app.stage, app.posting.title, app.posting.company.name) == (
        expected,
        "Data Engineer",
        "Initech",
    )
    assert f"Added Data Engineer at Initech to {expected.label.lower()}." in (
        response.content.decode()
    )


def test_quick_add_with_htmx_returns_the_board_with_the_form_ready_again(
    alice: User, alice_client: Client
) -> None:
    factories.company(alice, name="Hooli")
    data = {"company": "hooli", "title": "Analyst", "stage": "applied"}
    response = alice_client.post(ADD, data, headers=HTMX)
    assert response.status_code == 200
    text = response.content.decode()
    assert text.lstrip().startswith('<div id="board"') and "<html" not in text
    assert "Added Analyst at Hooli to applied." in text  # the existing company, reused
    assert selectors.company_list(owner=alice).count() == 1
    assert re.search(r'id="id_add_applied_company"[^>]*data-autofocus', text) or re.search(
        r'data-autofocus[^>]*id="id_add_applied_company"', text
    )


@pytest.mark.parametrize("htmx", [pytest.param(True, id="htmx"), pytest.param(False, id="plain")])
def test_quick_add_errors_show_in_the_column_and_keep_the_input(
    alice: User, alice_client: Client, htmx: bool
) -> None:
    data = {"company": "Umbrella", "title": "  ", "stage": "screening"}
    response = alice_client.post(ADD, data, headers=HTMX if htmx else {})
    assert response.status_code == 400
    text = response.content.decode()
    assert ("<html" in text) is not htmx
    assert 'id="id_add_screening_title_error"' in text
    assert 'value="Umbrella"' in text
    form = {c.stage: c for c in response.context["columns"]}[Stage.SCREENING].add_form
    assert form.errors and not selectors.application_list(owner=alice).exists()


@pytest.mark.parametrize(
    "stage",
    [
        pytest.param("rejected", id="closed"),
        pytest.param("ghosted", id="ghosted"),
        pytest.param("nonsense", id="unknown"),
        pytest.param("", id="missing"),
    ],
)
def test_quick_add_into_a_column_that_takes_none(
    alice: User, alice_client: Client, stage: str
) -> None:
    data = {"company": "Umbrella", "title": "Analyst", "stage": stage}
    response = alice_client.post(ADD, data, headers=HTMX)
    assert response.status_code == 400
    assert "That column does not take new applications." in response.content.decode()
    assert not selectors.application_list(owner=alice).exists()


def test_quick_add_is_post_only(alice_client: Client) -> None:
    assert alice_client.get(ADD).status_code == 405
