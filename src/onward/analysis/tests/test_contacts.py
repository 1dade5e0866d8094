"""Normalised contact keys and duplicate detection."""

from __future__ import annotations

import pytest

from onward.analysis.contacts import (
    Person,
    find_duplicates,
    names_close,
    normalize_company,
    normalize_email,
    normalize_linkedin,
    normalize_name,
)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        pytest.param("https://www.linkedin.com/in/JoPark/", "linkedin.com/in/jopark", id="www"),
        pytest.param("linkedin.com/in/jopark?trk=x", "linkedin.com/in/jopark", id="no-scheme"),
        pytest.param(
            "http://uk.linkedin.com/in/jopark/details", "linkedin.com/in/jopark", id="locale"
        ),
        pytest.param("https://example.com/in/jopark", "", id="other-site"),
        pytest.param("https://www.linkedin.com/company/acme", "", id="company-page"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalize_linkedin(url: str, key: str) -> None:
    assert normalize_linkedin(url) == key


@pytest.mark.parametrize(
    ("fn", "value", "expected"),
    [
        pytest.param(normalize_email, " Jo@Acme.Example ", "jo@acme.example", id="email"),
        pytest.param(normalize_email, "mailto:jo@x.org", "jo@x.org", id="mailto"),
        pytest.param(normalize_email, "not an email", "", id="no-at"),
        pytest.param(normalize_name, "Dr. Zoë Müller", "zoe muller", id="title-accents"),
        pytest.param(normalize_name, "Park, Jo", "jo park", id="family-first"),
        pytest.param(normalize_company, "Acme Analytics Ltd.", "acme analytics", id="suffix"),
        pytest.param(normalize_company, "Globex, Inc", "globex", id="inc"),
    ],
)
def test_normalizers(fn: object, value: str, expected: str) -> None:
    assert fn(value) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        pytest.param("Jo Park", "jo park", "same name", id="case"),
        pytest.param("Park Jo", "Jo Park", "same name, words in another order", id="order"),
        pytest.param("J. Park", "Jo Park", "same surname and initial", id="initial"),
        pytest.param("Jonathan Parker", "Jonathon Parker", "nearly the same name", id="typo"),
        pytest.param("Jo Park", "Kim Park", "", id="other-person"),
        pytest.param("Jo Park", "Jo Parkinson-Smith", "", id="different-surname"),
    ],
)
def test_names_close(a: str, b: str, reason: str) -> None:
    assert names_close(a, b) == reason


def test_find_duplicates_by_email_url_and_name_at_company() -> None:
    people = [
        Person(1, "Jo Park", "Acme", ("jo@acme.example",), ("https://linkedin.com/in/jopark",)),
        Person(2, "Joanna P", "Other", ("JO@ACME.EXAMPLE",)),
        Person(3, "Someone", "", (), ("www.linkedin.com/in/jopark/",)),
        Person(4, "J. Park", "ACME Ltd"),
        Person(5, "J. Park", "Initech"),
    ]
    found = {(d.first, d.second): d.reasons for d in find_duplicates(people)}
    assert found == {
        (1, 2): ("same email address",),
        (1, 3): ("same LinkedIn profile",),
        (1, 4): ("same surname and initial at the same company",),
    }
