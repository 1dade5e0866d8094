"""Where to find support, shown with the caring note after repeated very low check-ins.

Whoever runs Onward can replace the built-in list with their own (a career centre's
counselling service, a local helpline): ``ONWARD_SUPPORT_RESOURCES`` names a UTF-8 file
with one resource per line, ``Name | what it is | https://...`` (the link is optional;
blank lines and lines starting with ``#`` are skipped). A file that cannot be read falls
back to the built-in list and is logged, so the note never breaks a page.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from onward.analysis.wellbeing import Resource

log = logging.getLogger(__name__)

BUILT_IN = (
    Resource(
        "Someone you trust",
        "A friend, a family member, a mentor: saying it out loud to someone helps.",
    ),
    Resource(
        "Find A Helpline",
        "Free, confidential helplines in your country, by phone, text or chat.",
        "https://findahelpline.com",
    ),
    Resource(
        "Your doctor or a counsellor",
        "If low days keep coming, they can help; that is what they are there for.",
    ),
    Resource(
        "If you are in danger",
        "If you might hurt yourself, call your local emergency number now.",
    ),
)


def parse(text: str) -> tuple[Resource, ...]:
    """Resources from the file format above; lines without a name are skipped."""
    found = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, detail, url = ([*(part.strip() for part in line.split("|")), "", ""])[:3]
        if name:
            found.append(Resource(name, detail, url if url.startswith("https://") else ""))
    return tuple(found)


@lru_cache(maxsize=4)
def _from_file(path: str) -> tuple[Resource, ...]:
    try:
        found = parse(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError):
        log.exception("cannot read ONWARD_SUPPORT_RESOURCES %s; using the built-in list", path)
        return BUILT_IN
    return found or BUILT_IN


def resources() -> tuple[Resource, ...]:
    path = str(getattr(settings, "SUPPORT_RESOURCES", "") or "")
    return _from_file(path) if path else BUILT_IN
