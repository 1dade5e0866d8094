"""CSV export: one row per application, fixed columns, safe in spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tests import factories

from onward.accounts.models import User
from onward.portability import csv_export
from onward.portability.tests.builders import job_search

NOW = dt.datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=dt.UTC)


def _rows(owner: User) -> list[dict[str, str]]:
    out = io.StringIO()
    csv_export.applications_csv(owner=owner, out=out)
    out.seek(0)
    reader = csv.DictReader(out)
    assert tuple(reader.fieldnames or ()) == csv_export.COLUMNS
    return list(reader)


def test_one_row_per_application_with_its_rejection(alice: User, bob: User) -> None:
    found = job_search(alice, now=NOW)
    factories.application(bob, title="Not alice's")
    rows = _rows(alice)
    assert len(rows) == 6
    by_uid = {row["uid"]: row for row in rows}
    rejected = by_uid[str(found.rejected.uid)]
    assert (rejected["stage"], rejected["rejection_reason"]) == ("rejected", "skills_mismatch")
    assert rejected["rejection_received_on"] == (NOW - dt.timedelta(days=40)).date().isoformat()
    detailed = by_uid[str(found.interviewing.uid)]
    assert detailed["company"] == "Acme"
    assert (detailed["salary_min"], detailed["salary_max"]) == ("50000", "65000")
    assert (detailed["tailored"], detailed["work_mode"]) == ("true", "hybrid")
    assert detailed["id"] == str(found.interviewing.pk)
    assert by_uid[str(found.saved.uid)]["rejection_reason"] == ""
    assert [row["created_at"] for row in rows] == sorted(row["created_at"] for row in rows)


def test_formula_like_text_is_quoted(alice: User) -> None:
    factories.application(alice, title='=HYPERLINK("http://x")', company_name="@Evil")
    (row,) = _rows(alice)
    assert row["title"].startswith("'=")
    assert row["company"] == "'@Evil"


def test_empty_account_gives_just_the_header(alice: User) -> None:
    assert _rows(alice) == []
