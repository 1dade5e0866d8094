"""Matching a message or a tracker row to an application, table by table."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.inbox.match import (
    Candidate,
    MatchIndex,
    Signals,
    group_key,
    registered_domain,
)

MARCH = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
APPS = (
    Candidate(1, "Acme Analytics", "Data Analyst", "applied", applied_on=dt.date(2025, 2, 1),
              changed_at=dt.datetime(2025, 2, 1, tzinfo=dt.UTC), domains=("acme-analytics.com",)),
    Candidate(2, "Brindle Labs", "Backend Engineer", "interview", applied_on=dt.date(2025, 1, 5),
              changed_at=dt.datetime(2025, 2, 20, tzinfo=dt.UTC), message_keys=("b1@brindle",)),
    Candidate(3, "Brindle Labs", "Product Designer", "applied", applied_on=dt.date(2025, 2, 2),
              changed_at=dt.datetime(2025, 2, 2, tzinfo=dt.UTC)),
    Candidate(4, "Corvid Freight Ltd", "Planner", "rejected", closed=True,
              applied_on=dt.date(2024, 11, 1), changed_at=dt.datetime(2024, 12, 1, tzinfo=dt.UTC)),
    Candidate(5, "Tessellate", "QA Engineer", "applied", applied_on=dt.date(2025, 4, 1),
              changed_at=dt.datetime(2025, 4, 1, tzinfo=dt.UTC)),
)  # fmt: skip

CASES = [
    pytest.param(Signals(company="Acme Analytics", when=MARCH), 1, "the company is", id="name"),
    pytest.param(Signals(company="ACME analytics", when=MARCH), 1, "the company is", id="case"),
    pytest.param(
        Signals(company="Someone", sender_domain="mail.acme-analytics.com", when=MARCH),
        1, "sent from acme-analytics.com", id="known-domain",
    ),
    pytest.param(
        Signals(company="", sender_domain="jobs.brindlelabs.io", role="Backend Engineer"),
        2, "sent from brindlelabs.io", id="domain-names-the-company",
    ),
    pytest.param(Signals(company="Acme Analytic", when=MARCH), 1, "is spelled like", id="typo"),
    pytest.param(Signals(company="Acme", when=MARCH), 1, "short form", id="short-name"),
    pytest.param(
        Signals(company="Whoever", thread_ids=("b1@brindle",)), 2, "replies to an email",
        id="thread",
    ),
    pytest.param(
        Signals(company="Brindle Labs", role="Product Designer", when=MARCH), 3, "the role is",
        id="role-picks-among-two",
    ),
    pytest.param(
        Signals(company="Brindle Labs", when=MARCH), 2, "several applications", id="most-recent",
    ),
    pytest.param(Signals(company="Orbitline", when=MARCH), None, "no application at", id="new"),
    pytest.param(
        Signals(company="Corvid Freight", when=MARCH), 4, "already rejected before this",
        id="closed-before",
    ),
    pytest.param(
        Signals(company="Brindle Labs", role="Chef", when=MARCH, role_decides=True), None,
        "not clearly one", id="row-with-another-role",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("signals", "expected", "reason"), CASES)
def test_match(signals: Signals, expected: int | None, reason: str) -> None:
    match = MatchIndex(APPS).match(signals)
    assert match.application_id == expected
    assert any(reason in r for r in match.reasons), match.reasons
    assert (match.score >= 0.5) == (expected is not None)


def test_mail_older_than_the_application_counts_against_it() -> None:
    early = Signals(company="Tessellate", when=MARCH)
    match = MatchIndex(APPS).match(early)
    assert match.application_id == 5
    assert match.score < 0.9
    assert any("older than the application" in r for r in match.reasons)


def test_later_mail_joins_a_proposed_new_application() -> None:
    index = MatchIndex(APPS)
    first = index.match(Signals(company="Orbitline", role="Welder"))
    index.propose(first)
    later = index.match(Signals(company="Orbitline"))
    assert later.is_new and later.group == first.group == group_key("Orbitline", "Welder")
    other_role = index.match(Signals(company="Orbitline", role="Chef", role_decides=True))
    assert other_role.group != first.group


def test_a_learned_domain_and_thread() -> None:
    index = MatchIndex(APPS)
    index.learn(3, message_key="m1@x", domain="talent.brindle-careers.net")
    assert index.match(Signals(company="", thread_ids=("m1@x",))).application_id == 3
    assert index.match(Signals(sender_domain="brindle-careers.net")).application_id == 3


def test_a_domain_shared_by_several_companies_decides_nothing() -> None:
    index = MatchIndex(APPS)
    index.learn(1, domain="ats-mail.example")
    index.learn(5, domain="ats-mail.example")
    assert index.match(Signals(sender_domain="acme.ats-mail.example")).is_new


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        pytest.param("mail.acme.co.uk", "acme.co.uk", id="country"),
        pytest.param("jobs.acme.com", "acme.com", id="sub"),
        pytest.param("gmail.com", "", id="free-mail"),
        pytest.param("hire.lever.co", "", id="ats"),
        pytest.param("linkedin.com", "", id="job-board"),
        pytest.param("localhost", "", id="no-dot"),
    ],
)
def test_registered_domain(domain: str, expected: str) -> None:
    assert registered_domain(domain) == expected


def test_replacing_a_candidate_updates_its_stage() -> None:
    index = MatchIndex(APPS)
    index.add(Candidate(1, "Acme Analytics", "Data Analyst", "interview"))
    found = index.candidate(1)
    assert found is not None and found.stage == "interview"
