"""The gaps page: "Not relevant to me" hides a gap (a plain form, or htmx swapping the list
with an Undo), "Show dismissed (N)" lists what you hid, Restore brings it back."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.skills import services
from onward.skills.models import GapDismissal
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
DBT = "dbt (data build tool)"


def _text(response: Any) -> str:
    return str(response.content.decode())


@pytest.fixture
def rejected(alice: User, make_app: MakeApp) -> object:
    return make_app(alice, "Requirements:\n- dbt and Looker are required.", stage="rejected")


def _restore_url(dismissal: GapDismissal) -> str:
    return reverse("skills:gap_restore", kwargs={"dismissal_id": dismissal.pk})


def test_dismiss_and_restore_without_javascript(
    alice: User, alice_client: Client, rejected: object
) -> None:
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "Not relevant to me" in page and "Show dismissed" not in page
    response = alice_client.post(
        reverse("skills:gap_dismiss"), {"skill_id": "dbt", "reason": "Wrong match"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("skills:gaps")
    dismissal = GapDismissal.objects.get(owner=alice)
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert f"Hid {DBT} from your gaps." in page
    assert 'Show</span><span class="when-open">Hide</span> dismissed (1)' in page
    assert "“Wrong match”" in page and _restore_url(dismissal) in page
    assert f'id="gap-{dismissal.skill_id}"' not in page and 'id="gap-looker"' in page
    restored = alice_client.post(_restore_url(dismissal))
    assert restored["Location"] == reverse("skills:gaps")
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert f"{DBT} is back in your gaps." in page and 'id="gap-dbt"' in page
    assert not GapDismissal.objects.exists()


def test_htmx_swaps_the_list_with_an_undo(
    alice: User, alice_client: Client, rejected: object
) -> None:
    response = alice_client.post(reverse("skills:gap_dismiss"), {"skill_id": "dbt"}, headers=HTMX)
    body = _text(response)
    assert response.status_code == 200 and body.startswith('<div id="gaps-body"')
    dismissal = GapDismissal.objects.get(owner=alice)
    assert f"Hid {DBT} from your gaps." in body and "data-autofocus" in body
    assert "Undo" in body and _restore_url(dismissal) in body
    assert "<html" not in body and 'id="gap-dbt"' not in body
    undone = _text(alice_client.post(_restore_url(dismissal), headers=HTMX))
    assert f"{DBT} is back in your gaps." in undone and 'id="gap-dbt"' in undone
    assert '<details class="card card--soft gap-dismissed"' not in undone


def test_restoring_from_the_list_keeps_it_open(alice: User, alice_client: Client) -> None:
    for skill_id in ("cobol", "fortran"):
        services.gap_dismiss(owner=alice, skill_id=skill_id)
    dismissal = GapDismissal.objects.get(skill_id="cobol")
    body = _text(alice_client.post(_restore_url(dismissal), {"from": "dismissed"}, headers=HTMX))
    assert 'id="dismissed" open' in body and "Not a gap right now" in body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({"skill_id": "nope"}, "Unknown skill", id="unknown"),
        pytest.param({"skill_id": ""}, "This field is required", id="missing"),
        pytest.param({"skill_id": "dbt", "reason": "x" * 501}, "at most 500", id="long"),
    ],
)
def test_a_bad_dismissal_says_why(alice_client: Client, data: dict[str, str], message: str) -> None:
    plain = alice_client.post(reverse("skills:gap_dismiss"), data, follow=True)
    assert message in _text(plain)
    swapped = alice_client.post(reverse("skills:gap_dismiss"), data, headers=HTMX)
    assert message in _text(swapped) and "message--error" in _text(swapped)
    assert not GapDismissal.objects.exists()


def test_every_gap_dismissed(alice: User, alice_client: Client, rejected: object) -> None:
    for skill_id in ("dbt", "looker"):
        services.gap_dismiss(owner=alice, skill_id=skill_id)
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "you marked every one as not relevant" in page and "dismissed (2)" in page


def test_bob_cannot_restore_alices(alice: User, bob_client: Client) -> None:
    dismissal = services.gap_dismiss(owner=alice, skill_id="dbt")
    assert bob_client.post(_restore_url(dismissal)).status_code == 404
    assert bob_client.get(_restore_url(dismissal)).status_code == 405
    assert GapDismissal.objects.filter(pk=dismissal.pk).exists()


def test_a_long_list_says_how_many_are_not_shown(
    alice_client: Client, rejected: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "strongest of" not in page
    monkeypatch.setattr(importlib.import_module("onward.skills.views.gaps"), "SHOWN", 1)
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "Showing the 1 strongest of 2 gaps." in page
    assert page.count('class="card gap"') == 1


def test_one_rejection_is_evidence_not_a_pattern(
    alice_client: Client, alice: User, make_app: MakeApp, rejected: object
) -> None:
    for _ in range(4):  # plenty that moved forward: a ratio could be computed, but not shown
        make_app(alice, "Requirements:\n- Strong SQL.", stage="interview")
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "Seen in 1 rejection so far" in page
    assert "No patterns yet: until a skill comes up in 3 rejections" in page
    assert "Show up more in rejections" not in page
    assert "\u00d7</span>" not in page and "as often in rejections" not in page


def test_three_rejections_show_the_pattern(
    alice_client: Client, alice: User, make_app: MakeApp
) -> None:
    for _ in range(3):
        make_app(alice, "Requirements:\n- dbt and Looker are required.", stage="rejected")
        make_app(alice, "Requirements:\n- Strong SQL.", stage="interview")
    page = _text(alice_client.get(reverse("skills:gaps")))
    assert "Show up more in rejections" in page and "In 3 rejections" in page
    assert "as often in rejections" in page and "No patterns yet" not in page
