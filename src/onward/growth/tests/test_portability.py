"""The growth loop in the export: every record round-trips; bad records are refused."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors
from onward.portability import exporter, importer
from onward.portability.errors import ImportFileError
from onward.portability.tests.builders import job_search

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=dt.UTC)
GROWTH = (
    "reframes",
    "reflections",
    "unsure_moments",
    "control_factors",
    "feedback_requests",
    "feedback",
    "checkins",
    "goals",
    "goal_entries",
    "habits",
    "habit_checks",
    "wins",
    "follow_ups",
    "learning_actions",
    "rebound_flows",
    "guardrail_dismissals",
)


@pytest.fixture
def exported(alice: User) -> dict[str, Any]:
    job_search(alice, now=NOW)
    return dict(json.loads(exporter.account_export_json(owner=alice)))


def test_every_growth_section_has_records(exported: dict[str, Any]) -> None:
    assert [name for name in GROWTH if not exported[name]] == []
    entry = exported["goal_entries"][0]
    hours = [g["uid"] for g in exported["goals"] if g["metric"] == "learning_hours"]
    assert entry["amount"] == "2.50" and [entry["goal"]] == hours
    action = exported["learning_actions"][0]
    assert len(action["applications"]) == 2 and action["hours_planned"] == "5.5"
    flow = exported["rebound_flows"][0]
    assert (flow["step"], flow["skipped"]) == ("next", ["feedback"])
    assert {w["kind"] for w in exported["wins"]} >= {"manual", "feedback_received"}


def test_round_trip_keeps_the_journal_searchable(exported: dict[str, Any]) -> None:
    carol = factories.user("carol")
    text = json.dumps(exported, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    importer.account_import_json(owner=carol, text=text)
    assert exporter.account_export_json(owner=carol) == text
    assert [h.kind for h in selectors.lessons_search(owner=carol, q="café")] == ["reflection"]
    assert selectors.rebound_open_list(owner=carol).count() == 1
    again = importer.account_import_json(owner=carol, text=text)
    assert (again.created, again.updated) == (0, 0)


def _broken(exported: dict[str, Any], section: str, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(exported)
    data[section][0].update(changes)
    return data


@pytest.mark.parametrize(
    ("section", "changes", "fragment"),
    [
        pytest.param("checkins", {"mood": 9}, "checkins[0]", id="mood"),
        pytest.param(
            "checkins",
            {"application": "00000000-0000-4000-8000-000000000000"},
            "application: no record with uid",
            id="dangling-optional-ref",
        ),
        pytest.param("goal_entries", {"amount": 2.5}, "expected a number as a string", id="float"),
        pytest.param("goal_entries", {"amount": "NaN"}, "goal_entries[0]", id="nan"),
        pytest.param("wins", {"kind": "lottery"}, "not a valid win kind", id="win-kind"),
        pytest.param("feedback", {"themes": ["vibes"]}, "not a valid feedback theme", id="theme"),
        pytest.param("rebound_flows", {"skipped": ["nap"]}, "rebound step", id="step"),
        pytest.param(
            "learning_actions",
            {"applications": ["00000000-0000-4000-8000-000000000000"]},
            "applications: no record",
            id="dangling-many",
        ),
    ],
)
def test_bad_growth_records_are_refused(
    alice: User, exported: dict[str, Any], section: str, changes: dict[str, Any], fragment: str
) -> None:
    carol = factories.user("carol")
    with pytest.raises(ImportFileError) as exc:
        importer.account_import(owner=carol, data=_broken(exported, section, **changes))
    assert fragment in str(exc.value)
    assert not selectors.reflection_list(owner=carol).exists()


def test_duplicates_are_refused(exported: dict[str, Any]) -> None:
    data = copy.deepcopy(exported)
    check = dict(data["habit_checks"][0], uid="00000000-0000-4000-8000-00000000000a")
    data["habit_checks"].append(check)
    flow = dict(data["rebound_flows"][0], uid="00000000-0000-4000-8000-00000000000b")
    data["rebound_flows"].append(flow)
    with pytest.raises(ImportFileError) as exc:
        importer.account_import(owner=factories.user("carol"), data=data)
    text = " | ".join(str(problem) for problem in exc.value.problems)
    assert "already checked off that day" in text
    assert "more than one rebound flow" in text


def test_an_existing_flow_or_request_is_reused(alice: User, exported: dict[str, Any]) -> None:
    data = copy.deepcopy(exported)
    data["rebound_flows"][0]["uid"] = "00000000-0000-4000-8000-00000000000c"
    data["feedback_requests"][0]["uid"] = "00000000-0000-4000-8000-00000000000d"
    data["feedback"][0]["request"] = data["feedback_requests"][0]["uid"]
    result = importer.account_import(owner=alice, data=data)
    assert result.created == 0
