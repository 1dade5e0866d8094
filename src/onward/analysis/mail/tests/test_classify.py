"""The mail classifier on hand-written emails, and the context rules it relies on."""

from __future__ import annotations

import pytest

from onward.analysis.mail import parse_eml
from onward.analysis.mail.classify import Label, classify_mail, classify_parsed
from onward.analysis.mail.tests.builders import eml
from onward.analysis.mail.tests.cases import ALL_CASES, Case
from onward.analysis.mail.tests.cases_blind import BLIND_CASES
from onward.analysis.mail.tests.cases_blind_rejections import BLIND_REJECTIONS
from onward.analysis.mail.tests.cases_general import (
    FOURTH_CASES,
    GENERAL_CASES,
    MORE_CASES,
    THIRD_CASES,
)
from onward.analysis.mail.tests.cases_round3 import ROUND3_ALL
from onward.analysis.mail.tests.cases_round4 import ROUND4_ALL


@pytest.mark.parametrize(
    "case",
    ALL_CASES
    + BLIND_CASES
    + BLIND_REJECTIONS
    + GENERAL_CASES
    + MORE_CASES
    + THIRD_CASES
    + FOURTH_CASES
    + ROUND3_ALL
    + ROUND4_ALL,
    ids=lambda c: c.id,
)
def test_hand_written_cases(case: Case) -> None:
    result = classify_mail(subject=case.subject, body=case.body, sender=case.sender)
    got = (str(result.label), result.withdrawn_by_candidate, result.sent_via_job_board)
    assert got == (case.label, case.withdrawn, case.job_board)
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons


@pytest.mark.parametrize("case", ALL_CASES[:12], ids=lambda c: c.id)
def test_evidence_points_into_the_text(case: Case) -> None:
    result = classify_mail(subject=case.subject, body=case.body, sender=case.sender)
    sources = {"subject": case.subject, "body": result.text, "sender": case.sender}
    assert result.evidence
    for item in result.evidence:
        assert sources[item.field][item.start : item.end] == item.text


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("We have decided not to move forward with your application.", "rejection"),
        ("If we decide not to move forward, we will let you know by email.", "other"),
        ("We would like to invite you to an interview next week.", "interview_invitation"),
        ("Candidates who are shortlisted may be invited to an interview.", "other"),
        ("We are pleased to offer you the position of Analyst.", "offer"),
        ("Unfortunately we are unable to offer you the position.", "rejection"),
        ("Please complete the online assessment by Friday.", "assessment"),
        ("Some roles may require you to complete an online assessment.", "other"),
    ],
    ids=[
        "rejection",
        "conditional-rejection",
        "invitation",
        "conditional-invitation",
        "offer",
        "negated-offer",
        "assessment",
        "conditional-assessment",
    ],
)
def test_conditionals_and_negations(body: str, label: str) -> None:
    assert str(classify_mail(subject="", body=body).label) == label


def test_quoted_history_is_not_read() -> None:
    body = (
        "Thanks, see you then!\n\nOn Mon, 3 Mar 2025, Jo <jo@acme.example> wrote:\n"
        "> Unfortunately we have decided not to move forward."
    )
    result = classify_mail(subject="Re: catch up", body=body)
    assert result.label == Label.OTHER
    assert result.score("rejection") == 0.0


def test_footer_counts_little_for_job_labels() -> None:
    body = (
        "New jobs for you this week: Analyst at Corvid, Engineer at Gridline.\n\n"
        "You are receiving this email because you signed up for job alerts. If you received "
        "this message in error, unsubscribe. Interviews and offers are not guaranteed."
    )
    assert classify_mail(subject="Jobs for you", body=body).label == Label.OTHER


def test_withdrawal_is_not_a_rejection() -> None:
    body = "We confirm that you have withdrawn your application. We wish you the best."
    result = classify_mail(subject="Application withdrawn", body=body)
    assert result.label == Label.OTHER
    assert result.withdrawn_by_candidate
    assert "withdrew" in result.reasons[0]


def test_parsed_mail_is_classified_with_its_layout() -> None:
    data = eml(
        subject="Fwd: Interview at Acme",
        body="See below\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.example>"
        "\nSubject: Interview at Acme\n\nWe would like to invite you to an interview on "
        "March 12, 2025 at 10:00 AM EST.\n",
        sender="Sam Reyes <sam@example.org>",
    )
    result = classify_parsed(parse_eml(data))
    assert result.label == Label.INTERVIEW_INVITATION
    assert result.facts.company is not None and result.facts.company.value == "Acme"
    (slot,) = result.facts.dates_of("interview")
    assert slot.has_time and slot.timezone_known


def test_confidence_is_higher_for_clear_cases() -> None:
    clear = classify_mail(
        subject="Your application",
        body="We regret to inform you that we have decided to pursue other candidates.",
    )
    vague = classify_mail(subject="Hello", body="Unfortunately, things have changed.")
    assert clear.confidence > 0.8
    assert vague.confidence < clear.confidence
