"""Contacts as plain data: normalised keys and duplicate detection, with reasons.

Two contacts are likely the same person when they share an email address, when they
share a LinkedIn profile, or when their names are close and they work at the same company
("Jo Park" and "Jo Park-Lee", "J. Park" and "Jo Park", "Park, Jo" and "Jo Park").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import urlsplit

NAME_RATIO = 0.88
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})
_COMPANY_SUFFIXES = frozenset(
    {"inc", "ltd", "llc", "gmbh", "plc", "ag", "sa", "bv", "co", "corp", "limited", "company"}
)


def normalize_email(value: str) -> str:
    value = value.strip().lower().removeprefix("mailto:")
    return value if "@" in value else ""


def normalize_linkedin(value: str) -> str:
    """``linkedin.com/in/<slug>`` for a profile URL in any of its spellings, else ``""``."""
    text = value.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return ""
    path = re.sub(r"/+", "/", parts.path).rstrip("/").lower()
    match = re.match(r"^/(in|pub)/([^/]+)", path)
    if match is None:
        return ""
    return f"linkedin.com/{match.group(1)}/{match.group(2)}"


def _plain(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_name(value: str) -> str:
    """Lower case, no accents or punctuation, "Park, Jo" as "jo park", titles dropped."""
    text = _plain(value)
    if text.count(",") == 1:
        family, given = text.split(",")
        text = f"{given} {family}"
    words = re.sub(r"[^\w\s-]", " ", text).replace("-", " ").split()
    return " ".join(w for w in words if w not in _TITLES)


def normalize_company(value: str) -> str:
    words = re.sub(r"[^\w\s]", " ", _plain(value)).split()
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def names_close(a: str, b: str) -> str:
    """Why two names look like one person ("" when they do not)."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return ""
    if na == nb:
        return "same name"
    wa, wb = na.split(), nb.split()
    if sorted(wa) == sorted(wb):
        return "same name, words in another order"
    if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1]:
        short, full = (wa, wb) if len(wa[0]) <= len(wb[0]) else (wb, wa)
        if len(short[0]) == 1 and full[0].startswith(short[0]):
            return "same surname and initial"
    if (wa[0] == wb[0] or wa[-1] == wb[-1]) and SequenceMatcher(None, na, nb).ratio() >= NAME_RATIO:
        return "nearly the same name"
    return ""


@dataclass(frozen=True)
class Person:
    """What duplicate detection looks at; ``key`` is the caller's id."""

    key: int
    name: str
    company: str = ""
    emails: tuple[str, ...] = ()
    linkedin_urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicatePair:
    first: int  # the smaller key
    second: int
    reasons: tuple[str, ...]


def _by_value(values: Iterable[tuple[int, str]]) -> dict[str, set[int]]:
    index: dict[str, set[int]] = defaultdict(set)
    for key, value in values:
        if value:
            index[value].add(key)
    return index


Found = dict[tuple[int, int], set[str]]


def _pairs_sharing(index: dict[str, set[int]], reason: str, out: Found) -> None:
    for keys in index.values():
        ordered = sorted(keys)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                out.setdefault((first, second), set()).add(reason)


def find_duplicates(people: Sequence[Person]) -> tuple[DuplicatePair, ...]:
    """Pairs of people who are probably the same, each with its reasons, by key."""
    found: Found = {}
    emails = ((p.key, normalize_email(e)) for p in people for e in p.emails)
    urls = ((p.key, normalize_linkedin(u)) for p in people for u in p.linkedin_urls)
    _pairs_sharing(_by_value(emails), "same email address", found)
    _pairs_sharing(_by_value(urls), "same LinkedIn profile", found)
    by_company: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        company = normalize_company(person.company)
        if company:
            by_company[company].append(person)
    for group in by_company.values():
        group = sorted(group, key=lambda p: p.key)
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                why = names_close(a.name, b.name)
                if why:
                    found.setdefault((a.key, b.key), set()).add(f"{why} at the same company")
    return tuple(
        DuplicatePair(first, second, tuple(sorted(reasons)))
        for (first, second), reasons in sorted(found.items())
    )
