"""A bad file is refused as a whole, with a message naming the record; nothing is written."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.portability import exporter, importer
from onward.portability.errors import ImportFileError
from onward.portability.tests.builders import job_search
from onward.tracker.models import Application, ApplicationEvent, Company, JobPosting, Rejection

NOW = dt.datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=dt.UTC)
MODELS = (Company, JobPosting, Application, ApplicationEvent, Rejection)
Doc = dict[str, Any]


@pytest.fixture
def document(alice: User) -> Doc:
    job_search(alice, now=NOW)
    data: Doc = json.loads(exporter.account_export_json(owner=alice))
    return data


def _set(section: str, index: int, **values: Any) -> Callable[[Doc], str]:
    def change(doc: Doc) -> str:
        doc[section][index].update(values)
        return f"{section}[{index}] (uid {doc[section][index]['uid']})"

    return change


def _drop(section: str, index: int, key: str) -> Callable[[Doc], str]:
    def change(doc: Doc) -> str:
        del doc[section][index][key]
        return f"{section}[{index}] (uid {doc[section][index]['uid']})"

    return change


def _header(**values: Any) -> Callable[[Doc], str]:
    def change(doc: Doc) -> str:
        doc.update(values)
        return ""

    return change


def _stage_mismatch(doc: Doc) -> str:
    index = next(i for i, app in enumerate(doc["applications"]) if app["stage"] == "saved")
    doc["applications"][index]["stage"] = "offer"
    return f"applications[{index}] (uid {doc['applications'][index]['uid']})"


def _duplicate_company(doc: Doc) -> str:
    doc["companies"].append({**doc["companies"][0], "name": "Other"})
    return f"companies[3] (uid {doc['companies'][0]['uid']})"


def _wrong_rejection_event(doc: Doc) -> str:
    applied = next(e for e in doc["events"] if e["stage"] == "applied")
    doc["rejections"][0]["event"] = applied["uid"]
    return f"rejections[0] (uid {doc['rejections'][0]['uid']})"


def _latest_event_in_2099(doc: Doc) -> str:
    """Move the latest event (and its application's stage change) to 2099."""
    index = len(doc["events"]) - 1
    event = doc["events"][index]
    event["occurred_at"] = "2099-01-01T09:00:00.000000Z"
    app = next(a for a in doc["applications"] if a["uid"] == event["application"])
    app["stage_changed_at"] = event["occurred_at"]
    return f"events[{index}] (uid {event['uid']})"


UNKNOWN = "00000000-0000-4000-8000-000000000000"
CASES = [
    pytest.param(
        _set("applications", 2, stage="foo"), "stage: 'foo' is not a valid stage", id="bad-stage"
    ),
    pytest.param(
        _set("postings", 0, salary_min="lots"),
        "salary_min: input should be a valid integer",
        id="wrong-type",
    ),
    pytest.param(
        _set("applications", 0, tailored="yes"),
        "tailored: input should be a valid boolean",
        id="string-for-bool",
    ),
    pytest.param(_drop("companies", 1, "name"), "name: missing", id="missing-field"),
    pytest.param(_set("companies", 0, colour="red"), "colour: unknown field", id="extra-field"),
    pytest.param(
        _set("events", 0, occurred_at="2024-01-01T10:00:00"),
        "occurred_at: input should have timezone info",
        id="naive-time",
    ),
    pytest.param(
        _set("rejections", 0, reason="rude"),
        "reason: 'rude' is not a valid rejection reason",
        id="bad-reason",
    ),
    pytest.param(
        _set("events", 1, application=UNKNOWN),
        f"application: no application with uid {UNKNOWN} in this file",
        id="dangling-reference",
    ),
    pytest.param(
        _set("postings", 2, company=UNKNOWN),
        f"company: no company with uid {UNKNOWN} in this file",
        id="dangling-company",
    ),
    pytest.param(_stage_mismatch, "stage: 'offer' does not match its last event", id="stage"),
    pytest.param(_duplicate_company, "uid: already used by companies[0]", id="duplicate-uid"),
    pytest.param(_wrong_rejection_event, "event: must be the 'rejected' event", id="rej-event"),
    pytest.param(_header(version=2), "unsupported export version 2", id="newer-version"),
    pytest.param(_header(version="1"), "version: expected a whole number", id="version-type"),
    pytest.param(_header(format="other"), "format: expected 'onward-export'", id="format"),
    pytest.param(_header(nonsense=[]), "unknown section 'nonsense'", id="unknown-section"),
    pytest.param(_header(events={}), "events: expected a list", id="section-not-list"),
    pytest.param(_header(account={"email": 3}), "account: email: input should be", id="account"),
    pytest.param(
        _set("postings", 1, title="x" * 250),
        "title: Ensure this value has at most 200 characters",
        id="too-long",
    ),
    # What the services refuse, import refuses too (one validation path).
    pytest.param(
        _set("postings", 0, description="SQL\x00Python"),
        "description: Text must not contain NUL characters.",
        id="nul-in-text",
    ),
    pytest.param(
        _set("reflections", 0, skill_tags=["sql", "dbt\x00"]),
        "skill_tags: Text must not contain NUL characters.",
        id="nul-in-a-list",
    ),
    pytest.param(
        _set("companies", 1, notes="half a pair \ud800"),
        "notes: Text must be valid Unicode.",
        id="lone-surrogate",
    ),
    pytest.param(
        _header(account={"display_name": "A\x00"}),
        "account: display_name: Text must not contain NUL characters.",
        id="nul-in-profile",
    ),
    pytest.param(
        _set("rejections", 0, received_on="2099-01-01"),
        "received_on: That date is in the future.",
        id="rejection-in-2099",
    ),
    pytest.param(
        _set("checkins", 0, at="2099-01-01T09:00:00.000000Z"),
        "at: That is in the future.",
        id="checkin-in-2099",
    ),
    pytest.param(_latest_event_in_2099, "occurred_at: That is in the future.", id="event-2099"),
    pytest.param(
        _set("checkins", 0, note="x" * 281),
        "note: Ensure this value has at most 280 characters",
        id="over-the-services-limit",
    ),
    pytest.param(
        _set("feedback", 0, text="x" * 20_001),
        "text: Keep this to 20000 characters or fewer.",
        id="over-a-service-only-limit",
    ),
]


@pytest.mark.parametrize(("change", "message"), CASES)
def test_bad_file_is_refused_with_the_record_named(
    document: Doc, change: Callable[[Doc], str], message: str
) -> None:
    bad = copy.deepcopy(document)
    where = change(bad)
    carol = factories.user("carol")
    with pytest.raises(ImportFileError) as caught:
        importer.account_import(owner=carol, data=bad)
    text = str(caught.value)
    assert text.startswith(f"{where}: " if where else "")
    assert message in text
    assert "\n" not in text
    assert all(not model.objects.filter(owner=carol).exists() for model in MODELS)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("{not json", "not valid JSON", id="syntax"),
        pytest.param("[]", "not an Onward export", id="list"),
        pytest.param('"hello"', "not an Onward export", id="string"),
    ],
)
def test_unreadable_file(bob: User, text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        importer.account_import_json(owner=bob, text=text)


def test_changed_event_is_refused_and_nothing_else_is_written(alice: User, document: Doc) -> None:
    carol = factories.user("carol")
    importer.account_import(owner=carol, data=document)
    before = {model.__name__: model.objects.filter(owner=carol).count() for model in MODELS}
    changed = copy.deepcopy(document)
    changed["companies"].append({**document["companies"][0], "uid": UNKNOWN, "name": "New Co"})
    changed["events"][0]["note"] = "rewritten history"
    with pytest.raises(ImportFileError, match=r"events\[0\] .*differs from the event already"):
        importer.account_import(owner=carol, data=changed)
    after = {model.__name__: model.objects.filter(owner=carol).count() for model in MODELS}
    assert after == before
    assert not Company.objects.filter(owner=carol, name="New Co").exists()


def test_many_problems_are_summarised_on_one_line(bob: User, document: Doc) -> None:
    for app in document["applications"]:
        app["channel"] = "pigeon"
    with pytest.raises(ImportFileError) as caught:
        importer.account_import(owner=bob, data=document)
    assert str(caught.value).endswith("(and 5 more problems)")
    assert len(caught.value.problems) == 6
