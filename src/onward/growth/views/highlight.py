"""Mark the phrases an explanation relied on, escaping everything else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    title: str = ""
    css: str = ""


def _merged(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Sorted, clipped to the text, overlaps folded into the first mark."""
    result: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        start, end = max(0, mark.start), min(length, mark.end)
        if start >= end:
            continue
        if result and start < result[-1].end:
            last = result[-1]
            result[-1] = Mark(last.start, max(last.end, end), last.title, last.css)
            continue
        result.append(Mark(start, end, mark.title, mark.css))
    return result


def highlight(text: str, marks: Iterable[Mark]) -> SafeString:
    """``text`` as HTML with ``<mark>`` around each span (titles explain why)."""
    parts: list[str] = []
    position = 0
    for mark in _merged(marks, len(text)):
        parts.append(escape(text[position : mark.start]))
        parts.append(
            format_html(
                '<mark class="{}" title="{}">{}</mark>',
                mark.css,
                mark.title,
                text[mark.start : mark.end],
            )
        )
        position = mark.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
