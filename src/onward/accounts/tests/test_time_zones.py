"""The Account page's time-zone list: likely zones first, names found loosely, and the
form field that takes a typed zone."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts import time_zones
from onward.accounts.forms import ProfileForm
from onward.accounts.models import User

WINTER = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        pytest.param("Europe/Berlin", "Europe/Berlin", id="exact"),
        pytest.param("  europe/berlin ", "Europe/Berlin", id="any-case"),
        pytest.param("America/New York", "America/New_York", id="spaces"),
        pytest.param("new york", "America/New_York", id="city-alone"),
        pytest.param("US/Eastern", "US/Eastern", id="legacy-alias-still-valid"),
        pytest.param("UTC", "UTC", id="utc"),
        pytest.param("Mars/Olympus", None, id="unknown"),
        pytest.param("", None, id="empty"),
    ],
)
def test_zone_named(text: str, zone: str | None) -> None:
    assert time_zones.zone_named(text) == zone


@pytest.mark.parametrize(
    ("zone", "now", "text"),
    [
        pytest.param("UTC", WINTER, "UTC+00:00", id="utc"),
        pytest.param("Europe/Berlin", WINTER, "UTC+01:00", id="winter"),
        pytest.param("Europe/Berlin", SUMMER, "UTC+02:00", id="summer"),
        pytest.param("America/St_Johns", WINTER, "UTC-03:30", id="half-hour-west"),
        pytest.param("Asia/Kolkata", WINTER, "UTC+05:30", id="half-hour-east"),
    ],
)
def test_offset_text(zone: str, now: dt.datetime, text: str) -> None:
    assert time_zones.offset_text(zone, now) == text


def test_options_put_your_zones_then_their_offset_then_common_zones_first() -> None:
    options = time_zones.zone_options(preferred=["Asia/Tokyo", "", "Mars/Olympus"], now=WINTER)
    names = [option.name for option in options]
    assert names[0] == "Asia/Tokyo"
    assert names[1] == "Asia/Seoul"  # the other widely used zone at UTC+09:00
    assert names[2] == "UTC"  # then every widely used zone, west to east
    assert len(names) == len(set(names)) == len(time_zones.listed_zones())
    assert "US/Eastern" not in names and "Etc/GMT+5" not in names
    assert options[0].offset == "UTC+09:00"


def test_listed_zones_are_canonical_and_sorted() -> None:
    listed = time_zones.listed_zones()
    assert list(listed) == sorted(listed)
    assert {"UTC", "Europe/London", "America/Argentina/Buenos_Aires"} <= set(listed)
    assert set(time_zones.COMMON) <= set(listed)


@pytest.mark.parametrize(
    ("typed", "saved", "error"),
    [
        pytest.param("tokyo", "Asia/Tokyo", "", id="city"),
        pytest.param("", "", "", id="server-default"),
        pytest.param("Atlantis", "", "does not know that time zone", id="unknown"),
    ],
)
def test_profile_form_takes_a_typed_zone(typed: str, saved: str, error: str) -> None:
    form = ProfileForm({"time_zone": typed})
    assert form.is_valid() is (not error)
    if error:
        assert error in form.errors["time_zone"][0]
    else:
        assert form.cleaned_data["time_zone"] == saved


@pytest.mark.django_db
def test_account_page_lists_your_zone_first(alice: User, alice_client: Client) -> None:
    alice.time_zone = "Pacific/Auckland"
    alice.save(update_fields=["time_zone"])
    text = alice_client.get(reverse("accounts:account")).content.decode()
    assert 'list="time-zones"' in text
    datalist = text[text.index('<datalist id="time-zones">') :]
    assert datalist.index('value="Pacific/Auckland"') < datalist.index('value="UTC"')


@pytest.mark.parametrize(
    ("first", "then", "offset"),
    [
        pytest.param(WINTER, SUMMER, "UTC+02:00", id="winter-then-summer"),
        pytest.param(SUMMER, WINTER, "UTC+01:00", id="summer-then-winter"),
        # Berlin moves to summer time at 01:00 UTC on 29 March 2026: the minute before and
        # the minute of the change, one after the other.
        pytest.param(
            dt.datetime(2026, 3, 29, 0, 59, 59, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 29, 1, 0, 0, tzinfo=dt.UTC),
            "UTC+02:00",
            id="across-a-change",
        ),
    ],
)
def test_option_offsets_follow_the_moment(
    first: dt.datetime, then: dt.datetime, offset: str
) -> None:
    """The offsets are worked out once a minute (perf); a later moment gets its own."""
    time_zones.zone_options(preferred=["Europe/Berlin"], now=first)
    options = time_zones.zone_options(preferred=["Europe/Berlin"], now=then)
    assert options[0] == time_zones.ZoneOption("Europe/Berlin", offset)
