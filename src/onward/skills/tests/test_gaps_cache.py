"""The gaps report is scored once per change: a per-owner cache keyed by a fingerprint of
what the scoring reads. Every change a person can make shows up at once; nothing else
re-scores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.skills import selectors_gaps, services
from onward.skills.tests.conftest import MakeApp
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

DBT = "Requirements:\n- Strong SQL\n- dbt is required.\nNice to have: Looker."
TABLEAU = "Requirements:\n- Tableau dashboards are required."


@pytest.fixture
def scorings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often the report is scored from the rows (cache misses)."""
    calls: list[int] = []
    real = selectors_gaps._score

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(selectors_gaps, "_score", counting)
    return calls


def _labels(owner: User) -> list[str]:
    return [g.label for g in selectors_gaps.skill_gaps(owner=owner).gaps]


def test_an_unchanged_account_is_scored_once(
    alice: User, make_app: MakeApp, scorings: list[int]
) -> None:
    make_app(alice, DBT, stage="rejected")
    first = selectors_gaps.skill_gaps(owner=alice)
    second = selectors_gaps.skill_gaps(owner=alice)
    assert first.all_gaps == second.all_gaps
    assert len(scorings) == 1


def test_accounts_never_share_a_report(
    alice: User, bob: User, make_app: MakeApp, scorings: list[int]
) -> None:
    make_app(alice, DBT, stage="rejected")
    assert _labels(alice) and _labels(bob) == []


def _reject_another(owner: User, make_app: MakeApp) -> None:
    make_app(owner, TABLEAU, stage="rejected")


def _retract(owner: User, make_app: MakeApp) -> None:
    rejection = Application.objects.get(owner=owner).rejection
    tracker_services.rejection_retract(rejection=rejection)


def _confirm_skill(owner: User, make_app: MakeApp) -> None:
    services.profile_skill_add(owner=owner, skill_id="dbt")


def _edit_posting(owner: User, make_app: MakeApp) -> None:
    posting = Application.objects.get(owner=owner).posting
    tracker_services.posting_update(posting=posting, description=TABLEAU)


def _reflect(owner: User, make_app: MakeApp) -> None:
    app = Application.objects.get(owner=owner)
    growth_services.reflection_create(
        owner=owner, kind="after_rejection", application=app, lacked="Tableau in depth"
    )
    services.journal_analyse_pending()


def _dismiss(owner: User, make_app: MakeApp) -> None:
    services.gap_dismiss(owner=owner, skill_id="dbt")


def _delete(owner: User, make_app: MakeApp) -> None:
    tracker_services.application_delete(application=Application.objects.get(owner=owner))


@pytest.mark.parametrize(
    ("change", "dbt_shown", "tableau_shown"),
    [
        pytest.param(_reject_another, True, True, id="another-rejection"),
        pytest.param(_retract, False, False, id="rejection-retracted"),
        pytest.param(_confirm_skill, False, False, id="skill-confirmed"),
        pytest.param(_edit_posting, False, True, id="posting-text-changed"),
        pytest.param(_reflect, True, True, id="reflection-read"),
        pytest.param(_dismiss, False, False, id="gap-dismissed"),
        pytest.param(_delete, False, False, id="application-deleted"),
    ],
)
def test_every_change_shows_at_once(
    alice: User,
    make_app: MakeApp,
    change: Callable[[User, MakeApp], None],
    dbt_shown: bool,
    tableau_shown: bool,
) -> None:
    make_app(alice, DBT, stage="rejected")
    assert "dbt (data build tool)" in _labels(alice)
    change(alice, make_app)
    labels = _labels(alice)
    assert ("dbt (data build tool)" in labels, "Tableau" in labels) == (dbt_shown, tableau_shown)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("received_on", dt.date(2020, 1, 6), id="rejection-date"),
        pytest.param("stage_reached", Stage.INTERVIEW, id="rejection-stage"),
    ],
)
def test_a_write_that_keeps_an_old_stamp_still_rescores(
    alice: User, make_app: MakeApp, scorings: list[int], field: str, value: object
) -> None:
    """An import writes rows with the file's ``updated_at`` (``touch=False``), older than
    the newest: the fingerprint must see the change all the same."""
    older = make_app(alice, DBT, stage="rejected").rejection
    make_app(alice, TABLEAU, stage="rejected")
    selectors_gaps.skill_gaps(owner=alice)
    setattr(older, field, value)
    older.save(touch=False)
    selectors_gaps.skill_gaps(owner=alice)
    assert len(scorings) == 2


def test_another_time_zone_rescores(alice: User, make_app: MakeApp, scorings: list[int]) -> None:
    make_app(alice, DBT, stage="rejected")
    today = dt.date.today()
    selectors_gaps.skill_gaps(owner=alice, today=today)
    with timezone.override("Pacific/Kiritimati"):
        selectors_gaps.skill_gaps(owner=alice, today=today)
    assert len(scorings) == 2


def test_a_new_day_rescores_for_recency(
    alice: User, make_app: MakeApp, scorings: list[int]
) -> None:
    make_app(alice, DBT, stage="rejected")
    today = dt.date.today()
    selectors_gaps.skill_gaps(owner=alice, today=today)
    selectors_gaps.skill_gaps(owner=alice, today=today + dt.timedelta(days=1))
    assert len(scorings) == 2


def test_moving_an_open_application_forward_counts(alice: User, make_app: MakeApp) -> None:
    make_app(alice, DBT, stage="rejected")
    app = make_app(alice, DBT, stage="applied")
    assert selectors_gaps.skill_gaps(owner=alice).progressing == 0
    tracker_services.application_move(application=app, stage=Stage.SCREENING)
    assert selectors_gaps.skill_gaps(owner=alice).progressing == 1


def test_pending_count_matches_the_pending_list(alice: User, make_app: MakeApp) -> None:
    from onward.skills.services.journal import journal_pending, journal_pending_count

    app = make_app(alice, DBT, stage="rejected")
    reflection = growth_services.reflection_create(
        owner=alice, kind="after_rejection", application=app, lacked="Tableau"
    )
    growth_services.feedback_record(
        application=app, text="More SQL please.", themes=[], received_on=dt.date.today()
    )

    def both() -> tuple[int, int]:
        return journal_pending_count(owner=alice), len(journal_pending(owner=alice))

    assert both() == (2, 2)
    services.journal_analyse_pending()
    assert both() == (0, 0)
    growth_services.reflection_update(
        reflection=reflection,
        went_well="",
        lacked="Tableau and Looker",
        skill_tags=(),
        moments=(),
        factors=(),
    )
    assert both() == (1, 1)
