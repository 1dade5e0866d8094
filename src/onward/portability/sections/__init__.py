"""The registry of export sections, in import order.

A feature adds its data to the export by appending a ``Section`` here; a section may only
refer to sections listed before it. A file without a section imports as if the section
were empty.
"""

from __future__ import annotations

from onward.portability.sections.base import Section
from onward.portability.sections.growth import GROWTH_SECTIONS
from onward.portability.sections.inbox import INBOX_SECTIONS
from onward.portability.sections.networking import NETWORKING_SECTIONS
from onward.portability.sections.skills import SKILLS_SECTIONS
from onward.portability.sections.strategy import STRATEGY_SECTIONS
from onward.portability.sections.tracker import TRACKER_SECTIONS

SECTIONS: tuple[Section, ...] = (
    *TRACKER_SECTIONS,
    *GROWTH_SECTIONS,
    *SKILLS_SECTIONS,
    *NETWORKING_SECTIONS,
    *INBOX_SECTIONS,
    *STRATEGY_SECTIONS,
)


def section_named(name: str) -> Section | None:
    return next((section for section in SECTIONS if section.name == name), None)
