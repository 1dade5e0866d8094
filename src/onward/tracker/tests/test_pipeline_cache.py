"""The dashboard's stage statistics are cached per owner while the event log is unchanged;
every move, undo or deletion shows at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests import factories

from onward.accounts.models import User
from onward.analysis.pipeline import StageStats
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _reached(stats: StageStats) -> dict[str, int]:
    return dict(stats.reached)


def _move(app: Application) -> None:
    services.application_move(application=app, stage=Stage.SCREENING)


def _delete(app: Application) -> None:
    services.application_delete(application=app)


def _reject(app: Application) -> None:
    services.rejection_record(application=app)


@pytest.mark.parametrize(
    ("change", "applied", "screening"),
    [
        pytest.param(_move, 2, 1, id="moved"),
        pytest.param(_delete, 1, 0, id="deleted"),
        pytest.param(_reject, 2, 0, id="rejected"),
    ],
)
def test_changes_show_at_once(
    alice: User, change: Callable[[Application], None], applied: int, screening: int
) -> None:
    factories.application(alice)
    app = factories.application(alice)
    assert _reached(selectors.pipeline_stats(owner=alice))["applied"] == 2
    change(app)
    stats = selectors.pipeline_stats(owner=alice)
    assert (_reached(stats)["applied"], _reached(stats)["screening"]) == (applied, screening)
    assert stats == selectors.pipeline_stats(owner=alice)  # the cached copy agrees


def test_owners_do_not_share(alice: User, bob: User) -> None:
    factories.application(alice)
    assert _reached(selectors.pipeline_stats(owner=alice))["applied"] == 1
    assert _reached(selectors.pipeline_stats(owner=bob))["applied"] == 0


def test_an_application_replaced_by_one_with_as_many_events_shows(alice: User) -> None:
    factories.application(alice)
    gone = factories.application(alice)
    _move(gone)  # three events in all
    assert _reached(selectors.pipeline_stats(owner=alice))["screening"] == 1
    _delete(gone)
    _reject(factories.application(alice))  # three events again, none of them the same
    stats = selectors.pipeline_stats(owner=alice)
    assert (_reached(stats)["applied"], _reached(stats)["screening"]) == (2, 0)
