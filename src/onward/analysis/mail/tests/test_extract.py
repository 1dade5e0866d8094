"""Company, role and date extraction."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.mail.extract import company_key, find_company, find_role
from onward.analysis.mail.when import find_dates

SENT = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)
EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("subject", "body", "sender", "company"),
    [
        ("Update", "Hi", "Brindle Labs Careers <careers@brindlelabs.io>", "Brindle Labs"),
        ("Update", "Hi", "Priya from Quillfeather <priya@quillfeather.com>", "Quillfeather"),
        ("Update", "Hi", "Corvid via Greenhouse <no-reply@greenhouse.io>", "Corvid"),
        ("Update", "Hi", "Talent Acquisition <jobs@ferrohaus.com>", "Ferrohaus"),
        ("Thanks for applying to Gridline!", "Hi Sam", "", "Gridline"),
        (
            "Your application",
            "Thank you for your interest in Oakridge Health. We...",
            "",
            "Oakridge Health",
        ),
        (
            "Hi",
            "Your application was sent to Nimbus Freight\nNimbus Freight\nAnalyst",
            "",
            "Nimbus Freight",
        ),
        ("Hi", "Thanks,\nThe Marrow & Finch Recruiting Team", "", "Marrow & Finch"),
        (
            "Hi",
            "We'd love you to join the Walt Disney Company! More soon.",
            "",
            "Walt Disney Company",
        ),
        ("Analyst at Halcyon Robotics", "Hi", "", "Halcyon Robotics"),
        ("Update", "Hi", "Sam <sam@gmail.com>", None),
    ],
    ids=[
        "display-name",
        "person-from",
        "via-ats",
        "generic-name-uses-domain",
        "subject",
        "interest-in",
        "linkedin",
        "team-signature",
        "lowercase-the",
        "subject-at",
        "freemail",
    ],
)
def test_company(subject: str, body: str, sender: str, company: str | None) -> None:
    found, _ = find_company(subject, body, sender)
    assert (found.value if found else None) == company
    if found:
        source = {"subject": subject, "body": body, "sender": sender}[found.field]
        assert company_key(source[found.start : found.end]) == company_key(found.value)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Acme Inc.", "acme"), ("The Acme Group, LLC", "Acme Group"), ("ACME", "Acme")],
    ids=["inc", "the-llc", "case"],
)
def test_company_key(a: str, b: str) -> None:
    assert company_key(a) == company_key(b)


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Hi",
            "Thank you for applying for the Backend Engineer position at Acme.",
            "Backend Engineer",
        ),
        ("Hi", "Position Applied For:\nBusiness Analyst\nThanks", "Business Analyst"),
        (
            "Hi",
            "Position: Data Analytics/Operations Intern\nJob Number: 1",
            "Data Analytics/Operations Intern",
        ),
        (
            "Hi",
            "your application for the position of Senior Data Scientist (ID: 2535484).",
            "Senior Data Scientist",
        ),
        ("Site Reliability Engineer at Orbitline", "Hello", "Site Reliability Engineer"),
        ("Hi", "We received your application for QA Engineer - R-88535. Thanks", "QA Engineer"),
        ("Hi", "Thanks for your message.", None),
    ],
    ids=["the-x-position", "label-next-line", "label", "position-of", "subject", "req-id", "none"],
)
def test_role(subject: str, body: str, role: str | None) -> None:
    found = find_role(subject, body)
    assert (found.value if found else None) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Are you available on March 12, 2025 at 4:00 PM EST?",
            [("interview", dt.datetime(2025, 3, 12, 16, 0, tzinfo=EST))],
        ),
        ("Please complete the test by 20 March 2025.", [("deadline", dt.date(2025, 3, 20))]),
        (
            "Date: Thursday 13 March\nTime: 14:00 CET",
            [
                (
                    "interview",
                    dt.datetime(2025, 3, 13, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                )
            ],
        ),
        ("Your start date will be 2025-05-05.", [("start", dt.date(2025, 5, 5))]),
        ("You applied on February 2, 2025.", [("other", dt.date(2025, 2, 2))]),
        ("Could we talk next Tuesday?", [("interview", dt.date(2025, 3, 4))]),
        ("Please send it back within 5 business days.", [("deadline", dt.date(2025, 3, 10))]),
        ("Interview slot: 04/03/2025 at 10:30", [("interview", dt.datetime(2025, 4, 3, 10, 30))]),
        ("No dates here, 12 people applied.", []),
    ],
    ids=[
        "slot-with-zone",
        "deadline",
        "labelled-lines",
        "iso-start",
        "past",
        "weekday",
        "business-days",
        "numeric-us",
        "none",
    ],
)
def test_dates(text: str, expected: list[tuple[str, dt.date]]) -> None:
    found = find_dates(text, reference=SENT)
    assert [(m.kind, m.value) for m in found] == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_dates_without_a_year_need_a_reference() -> None:
    assert find_dates("Are you free on 13 March?") == ()
    (mention,) = find_dates("Are you free on 13 March?", reference=SENT)
    assert mention.value == dt.date(2025, 3, 13)
    assert "year" in mention.note


def test_naive_time_says_its_zone_is_unknown() -> None:
    (mention,) = find_dates("Interview on March 12, 2025 at 10am", reference=SENT)
    assert mention.has_time and not mention.timezone_known
    assert isinstance(mention.value, dt.datetime) and mention.value.tzinfo is None
