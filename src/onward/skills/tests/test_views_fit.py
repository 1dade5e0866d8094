"""Fit on the pages: no number without a profile (a link to add a resume instead), long
lists collapse behind "n more" (a <details>, no JavaScript needed), every missing skill
shows the sentence it came from, and the board asks for a resume instead of fits."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.skills import services
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db

MANY = (
    "Requirements:\n- You must know SQL, Python, Excel, Tableau, Power BI, Looker, dbt, "
    "Airflow, Spark and Snowflake."
)


def _check(client: Client, text: str) -> str:
    return str(client.post(reverse("skills:check"), {"text": text}).content.decode())


def test_no_profile_no_number_and_a_resume_link(alice_client: Client) -> None:
    page = _check(alice_client, "Requirements:\n- Strong SQL.\n- Tableau is required.")
    assert "No fit yet: Onward doesn't know your skills." in page
    assert f'href="{reverse("skills:resume")}">Add your resume</a>' in page
    assert "fit__value" not in page and "% fit" not in page
    assert "Missing</span>" not in page and "You have it" not in page
    assert "What this posting asks for" in page and "Required (2)" in page


def test_with_a_profile_the_fit_shows(alice: User, alice_client: Client) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    page = _check(alice_client, "Requirements:\n- Strong SQL.\n- Tableau is required.")
    assert '<span class="fit__value">50%</span>' in page
    assert "No fit yet" not in page and "How you fit" in page


def test_a_long_list_collapses_and_every_missing_skill_has_its_sentence(
    alice: User, alice_client: Client
) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    page = _check(alice_client, MANY)
    shown, more = page.split('<details class="fit-more">', 1)
    assert "Required: 7 of 8 missing" in shown
    assert shown.count("fit-item--") == 6
    assert "<summary>2 more" in more  # missing ones first: the one you have comes last
    assert (more.count("fit-item--missing"), more.count("fit-item--have")) == (1, 1)
    items = re.findall(r'<li class="fit-item fit-item--missing">(.*?)</li>', page, re.S)
    assert len(items) == 7
    assert all("You must know SQL, Python" in item for item in items)


def test_the_application_page_has_no_number_without_a_profile(
    alice_client: Client, alice: User, make_app: MakeApp
) -> None:
    app = make_app(alice)
    page = alice_client.get(reverse("tracker:detail", kwargs={"application_id": app.pk}))
    text = page.content.decode()
    assert "No fit yet" in text and "fit__value" not in text
    assert "Not a requirement" in text  # the extractor's mistakes can still be marked


def test_the_board_asks_for_a_resume_until_there_is_a_profile(
    alice_client: Client, alice: User, make_app: MakeApp
) -> None:
    make_app(alice)
    board = reverse("tracker:board")
    text = alice_client.get(board).content.decode()
    assert "board-fit-hint" in text and "% fit" not in text
    services.profile_skill_add(owner=alice, skill_id="sql")
    text = alice_client.get(board).content.decode()
    assert "board-fit-hint" not in text and "25% fit" in text
