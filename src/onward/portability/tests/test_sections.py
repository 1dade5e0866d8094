"""The section registry stays coherent as features add sections."""

from __future__ import annotations

from onward.portability.document import HEADER_KEYS
from onward.portability.sections import SECTIONS, section_named


def test_section_names_are_unique_and_not_header_keys() -> None:
    names = [section.name for section in SECTIONS]
    assert len(names) == len(set(names))
    assert not set(names) & HEADER_KEYS


def test_references_point_to_earlier_sections() -> None:
    seen: set[str] = set()
    for section in SECTIONS:
        assert set(section.refs.values()) <= seen, section.name
        seen.add(section.name)


def test_every_reference_is_a_record_field() -> None:
    for section in SECTIONS:
        assert set(section.refs) <= set(section.record.model_fields), section.name
        assert section_named(section.name) is section
