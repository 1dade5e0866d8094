"""The rebound flow after a rejection: start, advance, skip, resume, done."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.choices import ReboundStep
from onward.growth.models import ReboundFlow
from onward.tracker.models import Rejection

pytestmark = pytest.mark.django_db


@pytest.fixture
def rejection(alice: User) -> Rejection:
    return factories.rejection(alice)


def test_start_is_idempotent(alice: User, rejection: Rejection) -> None:
    flow = services.rebound_start(rejection=rejection)
    assert services.rebound_start(rejection=rejection) == flow
    assert (flow.step, flow.skipped, flow.finished_at) == (ReboundStep.REFLECT, [], None)
    assert list(selectors.rebound_open_list(owner=alice)) == [flow]


# (completed step, skipped?) in order -> step after each, and the skipped list at the end
@pytest.mark.parametrize(
    ("moves", "steps", "skipped"),
    [
        pytest.param(
            [("reflect", False), ("feedback", False), ("checkin", False), ("reframe", False),
             ("next", False)],
            ["feedback", "checkin", "reframe", "next", "done"],
            [],
            id="all-steps",
        ),
        pytest.param(
            [("reflect", True), ("feedback", True), ("checkin", False), ("reframe", True),
             ("next", True)],
            ["feedback", "checkin", "reframe", "next", "done"],
            ["reflect", "feedback", "reframe", "next"],
            id="skipping",
        ),
        pytest.param(
            [("reflect", True), ("reflect", False)], ["feedback", "feedback"], [], id="redo-skip"
        ),
        pytest.param([("next", False)], ["done"], [], id="jump-to-the-end"),
    ],
)  # fmt: skip
def test_advance(
    alice: User,
    rejection: Rejection,
    moves: list[tuple[str, bool]],
    steps: list[str],
    skipped: list[str],
) -> None:
    flow = services.rebound_start(rejection=rejection)
    seen = []
    for step, skip in moves:
        flow = services.rebound_advance(flow=flow, completed=step, skipped=skip)
        seen.append(flow.step)
    assert seen == steps
    flow.refresh_from_db()
    assert flow.skipped == skipped
    assert (flow.finished_at is not None) == (steps[-1] == "done")


def test_advance_links_what_each_step_wrote(alice: User, rejection: Rejection) -> None:
    flow = services.rebound_start(rejection=rejection)
    reflection = services.reflection_create(
        owner=alice, kind="after_rejection", application=rejection.application, went_well="x"
    )
    checkin = services.checkin_create(owner=alice, mood=2, energy=3)
    reframe = services.reframe_create(owner=alice, thought="t")
    services.rebound_advance(flow=flow, completed="reflect", reflection=reflection)
    services.rebound_advance(flow=flow, completed="checkin", checkin=checkin)
    services.rebound_advance(flow=flow, completed="reframe", reframe=reframe)
    flow.refresh_from_db()
    assert (flow.reflection, flow.checkin, flow.reframe, flow.step) == (
        reflection,
        checkin,
        reframe,
        ReboundStep.NEXT,
    )


def test_resume_and_revisit(alice: User, rejection: Rejection) -> None:
    flow = services.rebound_start(rejection=rejection)
    services.rebound_goto(flow=flow, step="reframe")
    assert selectors.rebound_get(owner=alice, rejection_id=rejection.pk).step == "reframe"
    services.rebound_advance(flow=flow, completed="next")
    assert not selectors.rebound_open_list(owner=alice).exists()
    services.rebound_goto(flow=flow, step="reflect")  # revisit a finished flow
    services.rebound_advance(flow=flow, completed="reflect")
    assert flow.step == ReboundStep.DONE  # back to done, not on to feedback
    services.rebound_goto(flow=flow, step="done")
    assert flow.finished_at is not None


def test_goto_done_finishes(rejection: Rejection) -> None:
    flow = services.rebound_goto(flow=services.rebound_start(rejection=rejection), step="done")
    assert flow.finished_at is not None


@pytest.mark.parametrize("step", ["done", "later", ""])
def test_advance_refuses_unknown_steps(rejection: Rejection, step: str) -> None:
    flow = services.rebound_start(rejection=rejection)
    with pytest.raises(ValidationError) as exc:
        services.rebound_advance(flow=flow, completed=step)
    assert "step" in exc.value.message_dict


def test_advance_refuses_someone_elses_reflection(
    alice: User, bob: User, rejection: Rejection
) -> None:
    flow = services.rebound_start(rejection=rejection)
    theirs = services.reflection_create(owner=bob, kind="general", went_well="x")
    with pytest.raises(ValidationError) as exc:
        services.rebound_advance(flow=flow, completed="reflect", reflection=theirs)
    assert "reflection" in exc.value.message_dict


def test_selectors_are_owner_scoped(alice: User, bob: User, rejection: Rejection) -> None:
    services.rebound_start(rejection=rejection)
    with pytest.raises(Http404):
        selectors.rebound_get(owner=bob, rejection_id=rejection.pk)
    with pytest.raises(Http404):
        selectors.rebound_for_rejection(owner=bob, rejection_id=rejection.pk)
    other = factories.rejection(alice)
    assert selectors.rebound_for_rejection(owner=alice, rejection_id=other.pk) is None
    with pytest.raises(Http404):
        selectors.rebound_get(owner=alice, rejection_id=other.pk)


def test_flow_goes_with_its_rejection(alice: User, rejection: Rejection) -> None:
    from onward.tracker import services as tracker_services

    services.rebound_start(rejection=rejection)
    tracker_services.rejection_retract(rejection=rejection)
    assert not ReboundFlow.objects.exists()
