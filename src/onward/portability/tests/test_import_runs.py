"""Import runs: short transactions, invisible until the switch, all or nothing, resumable."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts import selectors as account_selectors
from onward.accounts.models import User
from onward.bench.exportgen import generate_export
from onward.portability import exporter, importer, runs
from onward.portability.errors import ImportBusyError, ImportFileError
from onward.portability.models import ImportRun
from onward.portability.tests.builders import job_search
from onward.tracker import services as tracker_services
from onward.tracker.models import Application, ApplicationEvent, Company

NOW = dt.datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=dt.UTC)


@pytest.fixture
def before_switch(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[], None]]]:
    """Functions to run just before the run switches its rows to the account."""
    hooks: list[Callable[[], None]] = []
    switch = runs.run_switch

    def run_switch(*args: Any, **kwargs: Any) -> bool:
        for hook in hooks:
            hook()
        return switch(*args, **kwargs)

    monkeypatch.setattr(runs, "run_switch", run_switch)
    yield hooks


def _crash_before_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies after staging: no switch, no clean-up."""

    def crash(*args: Any, **kwargs: Any) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(runs, "run_switch", crash)
    monkeypatch.setattr(runs, "run_discard", lambda *args, **kwargs: None)


def _age_runs(days: float) -> None:
    ImportRun.objects.update(heartbeat_at=timezone.now() - dt.timedelta(days=days))


def _staging_users() -> int:
    return User.objects.filter(username__startswith="~import:").count()


def test_a_large_file_is_written_in_many_short_transactions(bob: User) -> None:
    data = generate_export(applications=60)
    result = importer.account_import(owner=bob, data=data, batch_seconds=0.0, pause_seconds=0.0)
    assert result.created == sum(len(v) for v in data.values() if isinstance(v, list))
    # One 200-row chunk per transaction: staging, moving and the final switch.
    assert result.batches >= 10
    assert Application.objects.filter(owner=bob).count() == 60
    assert (_staging_users(), ImportRun.objects.count()) == (0, 0)


def test_records_stay_invisible_until_the_switch(
    bob: User, before_switch: list[Callable[[], None]]
) -> None:
    seen: list[tuple[int, int]] = []

    def look() -> None:
        run = ImportRun.objects.get(owner=bob)
        mine = Application.objects.filter(owner=bob).count()
        seen.append((mine, Application.objects.filter(owner_id=run.staging_id).count()))
        assert account_selectors.user_only() == bob  # the staging account is not a user
        assert not run.staging.is_active

    before_switch.append(look)
    importer.account_import(owner=bob, data=generate_export(applications=12), pause_seconds=0.0)
    assert seen == [(0, 12)]
    assert Application.objects.filter(owner=bob).count() == 12


def test_a_change_made_during_the_import_that_conflicts_undoes_it_all(
    alice: User, bob: User, before_switch: list[Callable[[], None]]
) -> None:
    job_search(alice, now=NOW)
    data = json.loads(exporter.account_export_json(owner=alice))

    def rival_edit() -> None:  # bob adds the same company while the import runs
        tracker_services.company_create(owner=bob, name="Globex")

    before_switch.append(rival_edit)
    with pytest.raises(ImportFileError) as caught:
        importer.account_import(owner=bob, data=data, pause_seconds=0.0)
    assert "companies" in str(caught.value)
    assert "conflicts with a change made to the account during the import" in str(caught.value)
    assert list(Company.objects.filter(owner=bob).values_list("name", flat=True)) == ["Globex"]
    assert not Application.objects.filter(owner=bob).exists()
    assert (_staging_users(), ImportRun.objects.count()) == (0, 0)


def test_an_interrupted_import_of_the_same_file_resumes(
    bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = generate_export(applications=8)
    with monkeypatch.context() as patch:
        _crash_before_switch(patch)
        with pytest.raises(KeyboardInterrupt):
            importer.account_import(owner=bob, data=data, pause_seconds=0.0)
    assert not Application.objects.filter(owner=bob).exists()
    with pytest.raises(ImportBusyError, match="another import into this account is running"):
        importer.account_import(owner=bob, data=data, pause_seconds=0.0)
    _age_runs(days=0.01)  # the process is gone: no heartbeat for 15 minutes
    result = importer.account_import(owner=bob, data=data, pause_seconds=0.0)
    assert result.resumed
    assert result.created == sum(len(v) for v in data.values() if isinstance(v, list))
    assert Application.objects.filter(owner=bob).count() == 8
    assert (_staging_users(), ImportRun.objects.count()) == (0, 0)


def test_an_interrupted_import_of_another_file_is_discarded_first(
    bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _crash_before_switch(patch)
        with pytest.raises(KeyboardInterrupt):
            importer.account_import(
                owner=bob, data=generate_export(applications=5), pause_seconds=0.0
            )
    _age_runs(days=0.01)
    result = importer.account_import(owner=bob, data=generate_export(applications=3, seed=2))
    assert not result.resumed
    assert Application.objects.filter(owner=bob).count() == 3
    assert not Application.objects.exclude(owner=bob).exists()


@pytest.mark.parametrize("switching", [False, True], ids=["discarded", "completed"])
def test_the_job_settles_imports_abandoned_for_a_day(
    bob: User, monkeypatch: pytest.MonkeyPatch, switching: bool
) -> None:
    with monkeypatch.context() as patch:
        _crash_before_switch(patch)
        with pytest.raises(KeyboardInterrupt):
            importer.account_import(
                owner=bob, data=generate_export(applications=4), pause_seconds=0.0
            )
    ImportRun.objects.update(switching=switching)
    _age_runs(days=0.5)
    assert runs.import_runs_finish_abandoned() == 0  # not a day old yet
    _age_runs(days=2)
    assert runs.import_runs_finish_abandoned() == 1
    assert Application.objects.filter(owner=bob).count() == (4 if switching else 0)
    assert (_staging_users(), ImportRun.objects.count()) == (0, 0)


def test_new_records_of_records_you_have_arrive_with_the_switch(
    alice: User, bob: User, before_switch: list[Callable[[], None]]
) -> None:
    search = job_search(alice, now=NOW)
    importer.account_import(
        owner=bob, data=json.loads(exporter.account_export_json(owner=alice)), pause_seconds=0.0
    )
    tracker_services.application_move(application=search.saved, stage="applied")
    later = json.loads(exporter.account_export_json(owner=alice))
    bobs = Application.objects.get(owner=bob, uid=search.saved.uid)
    before_switch.append(lambda: assert_stage(bobs, "saved", events=1))
    result = importer.account_import(owner=bob, data=later, pause_seconds=0.0)
    assert result.counts["events"].created == 1
    assert_stage(bobs, "applied", events=2)


def assert_stage(application: Application, stage: str, *, events: int) -> None:
    application.refresh_from_db()
    assert application.stage == stage
    assert ApplicationEvent.objects.filter(application=application).count() == events


def test_reimporting_keeps_the_account_as_it_is(alice: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    result = importer.account_import_json(owner=alice, text=text, pause_seconds=0.0)
    assert (result.created, result.updated) == (0, 0)
    assert exporter.account_export_json(owner=alice) == text


def test_a_byte_order_mark_is_accepted(alice: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    carol = factories.user("carol")
    result = importer.account_import_json(owner=carol, text="\ufeff" + text, pause_seconds=0.0)
    assert result.created > 0
