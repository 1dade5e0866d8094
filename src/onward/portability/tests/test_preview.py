"""The import preview: what a file would add or update, without writing anything."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.portability import exporter, importer, preview
from onward.portability.errors import ImportFileError
from onward.portability.tests.builders import job_search
from onward.tracker import selectors, services

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC)


def _counts(result: preview.ImportPreview) -> dict[str, tuple[int, int, int]]:
    return {s.name: (s.added, s.updated, s.unchanged) for s in result.sections if s.total}


def test_own_export_changes_nothing(alice: User) -> None:
    job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    result = preview.import_preview_json(owner=alice, text=text)
    assert result.added == result.updated == 0 and result.unchanged > 20
    assert not result.changes_anything and result.profile_fields == ()


def test_into_an_empty_account_everything_is_new(alice: User, bob: User) -> None:
    job_search(alice, now=NOW)
    data = json.loads(exporter.account_export_json(owner=alice))
    result = preview.import_preview(owner=bob, data=data)
    counts = _counts(result)
    assert counts["companies"] == (3, 0, 0) and counts["applications"] == (6, 0, 0)
    assert result.updated == result.unchanged == 0
    assert result.profile_fields == ("display_name", "email", "time_zone", "ghost_after_days")
    assert not selectors.application_list(owner=bob).exists()  # nothing was written


def test_edited_and_deleted_records_show_as_updated_and_new(alice: User) -> None:
    search = job_search(alice, now=NOW)
    text = exporter.account_export_json(owner=alice)
    services.application_delete(application=search.saved)
    company = selectors.company_list(owner=alice).get(name="Globex")
    services.company_update(company=company, notes="Changed after the export")
    account_services.user_update_profile(
        user=alice, display_name="", email="a@example.com", time_zone="UTC", ghost_after_days=30
    )
    result = preview.import_preview_json(owner=alice, text=text)
    counts = _counts(result)
    assert counts["companies"] == (0, 1, 2)
    assert counts["applications"][0] == 1 and counts["postings"][0] == 1  # its posting went too
    assert result.profile_fields == ("display_name",)  # only empty settings are filled
    # the preview agrees with the import itself
    done = importer.account_import_json(owner=alice, text=text)
    assert (done.created, done.updated) == (result.added, result.updated)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("{", "not valid JSON", id="not-json"),
        pytest.param("[]", "not an Onward export", id="not-an-object"),
        pytest.param('{"format": "other"}', "format: expected 'onward-export'", id="format"),
        pytest.param(
            '{"format": "onward-export", "version": 1, "companies": [{"uid": "x"}]}',
            "companies[0]",
            id="bad-record",
        ),
        pytest.param("\ufeff{", "not valid JSON", id="bom-then-junk"),
    ],
)
def test_problems_are_raised_as_the_import_would(alice: User, text: str, message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        preview.import_preview_json(owner=alice, text=text)
    assert message in str(caught.value)
