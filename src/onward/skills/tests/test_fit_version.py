"""``fit_version`` (part of the strategy figures' fingerprint) changes whenever the fit
scores could: the posting skills stored, the profile; and only then."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onward.accounts.models import User
from onward.skills import selectors, services
from onward.skills.models import PostingSkill
from onward.skills.tests.conftest import MakeApp
from onward.tracker import services as tracker_services
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

Change = Callable[[User, Application, MakeApp], object]


def _description(owner: User, app: Application, make_app: MakeApp) -> object:
    return tracker_services.posting_update(
        posting=app.posting, description="We need Python and Excel."
    )


def _reanalysed(owner: User, app: Application, make_app: MakeApp) -> object:
    return services.posting_skills_refresh(posting=app.posting, force=True)


def _new_posting(owner: User, app: Application, make_app: MakeApp) -> object:
    return make_app(owner, description="Tableau is required.")


def _posting_deleted(owner: User, app: Application, make_app: MakeApp) -> object:
    return app.posting.delete()


def _profile(owner: User, app: Application, make_app: MakeApp) -> object:
    return services.profile_skill_add(owner=owner, skill_id="python")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(_description, id="description-edited"),
        pytest.param(_reanalysed, id="analysed-again"),
        pytest.param(_new_posting, id="another-posting"),
        pytest.param(_posting_deleted, id="posting-deleted"),
        pytest.param(_profile, id="profile-skill-added"),
    ],
)
def test_a_change_to_the_skills_changes_the_version(
    alice: User, make_app: MakeApp, change: Change
) -> None:
    app = make_app(alice)
    make_app(alice, description="Excel and SQL are required.")
    before = selectors.fit_version(owner=alice)
    skills_before = list(PostingSkill.objects.filter(owner=alice).values_list("id", "skill_id"))
    change(alice, app, make_app)
    after = selectors.fit_version(owner=alice)
    skills_after = list(PostingSkill.objects.filter(owner=alice).values_list("id", "skill_id"))
    assert skills_after != skills_before or change is _profile
    assert after != before


def test_nothing_changed_nothing_moves(alice: User, bob: User, make_app: MakeApp) -> None:
    app = make_app(alice)
    before = selectors.fit_version(owner=alice)
    assert not services.posting_skills_refresh(posting=app.posting)  # up to date: no-op
    make_app(bob)  # someone else's posting
    assert selectors.fit_version(owner=alice) == before
