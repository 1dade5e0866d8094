"""The time-zone list of the Account page: every IANA zone, the likely ones first.

Likely means: the zones already in use (yours, the server's), the widely used zones that
share their UTC offset today, the other widely used zones, then every other zone A to Z.
The page script moves the device's own zone and its offset's zones to the top as well.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass

# One or two big cities per offset, west to east, so most people find theirs at the top.
COMMON = (
    "UTC",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Vancouver",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/Mexico_City",
    "America/New_York",
    "America/Toronto",
    "America/Halifax",
    "America/St_Johns",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Africa/Lagos",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Africa/Johannesburg",
    "Africa/Cairo",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Manila",
    "Australia/Perth",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Brisbane",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Pacific/Auckland",
)
# Old aliases kept in the database for compatibility; valid, but not offered.
_LEGACY_PREFIXES = ("Etc/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/", "SystemV/")


@dataclass(frozen=True)
class ZoneOption:
    name: str  # e.g. "Europe/Berlin"
    offset: str  # its UTC offset now, e.g. "UTC+01:00"


@functools.cache
def _available() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.cache
def listed_zones() -> tuple[str, ...]:
    """The zones worth offering, A to Z: "Area/City" names and UTC, no legacy aliases."""
    return tuple(
        sorted(
            zone
            for zone in _available()
            if zone == "UTC" or ("/" in zone and not zone.startswith(_LEGACY_PREFIXES))
        )
    )


@functools.cache
def _by_folded_name() -> dict[str, str]:
    """Lower-case names (spaces for underscores) and unique city names, to the zone."""
    found: dict[str, str] = {}
    cities: dict[str, list[str]] = {}
    for zone in _available():
        found[_fold(zone)] = zone
        cities.setdefault(_fold(zone.rsplit("/", 1)[-1]), []).append(zone)
    for city, zones in cities.items():
        listed = [zone for zone in zones if zone in listed_zones()]
        if len(listed) == 1:
            found.setdefault(city, listed[0])
    return found


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).lower()


def zone_named(text: str) -> str | None:
    """The zone ``text`` names: exactly, in any case, with spaces for underscores, or by
    its city alone when only one zone has that city ("berlin" -> "Europe/Berlin")."""
    text = text.strip()
    if text in _available():
        return text
    return _by_folded_name().get(_fold(text))


def offset_text(zone: str, now: dt.datetime) -> str:
    offset = now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


# perf: the account page lists ~540 zones with their offsets; working each out is most of
# that page's time. Offsets change only at a transition, and transitions fall on whole
# minutes, so the offsets at the start of a minute hold for all of it: one table per minute.
_minute_offsets: tuple[dt.datetime, dict[str, str]] | None = None


def _offset_at_minute(zone: str, now: dt.datetime) -> str:
    global _minute_offsets
    minute = now.astimezone(dt.UTC).replace(second=0, microsecond=0)
    table = _minute_offsets
    if table is None or table[0] != minute:
        table = _minute_offsets = (minute, {})
    found = table[1].get(zone)
    if found is None:
        found = table[1][zone] = offset_text(zone, minute)
    return found


def zone_options(
    *, preferred: Iterable[str] = (), now: dt.datetime | None = None
) -> list[ZoneOption]:
    """Every listed zone once, likely ones first (see the module docstring)."""
    now = now or dt.datetime.now(dt.UTC)
    first = [zone for zone in dict.fromkeys(preferred) if zone and zone in _available()]
    common = [zone for zone in COMMON if zone in _available()]
    offsets = {_offset_at_minute(zone, now) for zone in first}
    same_offset = [zone for zone in common if _offset_at_minute(zone, now) in offsets]
    order = dict.fromkeys([*first, *same_offset, *common, *listed_zones()])
    return [ZoneOption(zone, _offset_at_minute(zone, now)) for zone in order]
