"""Where a posting pasted without its line breaks had them: glued words and inline headings.

Text copied from a job board often loses its line breaks, so a heading runs into the line
under it ("ResponsibilitiesEnable the team", "TableauExperience with SQL",
"industries.We're hiring") and headings stand inside a run of text ("... ongoing reports
Qualifications Bachelor's degree ..."). :func:`breaks` finds those places; sentence
splitting treats them as line breaks, so sections, requirement cues and skill names are
found as in the original. The text itself is never changed: offsets stay valid.

A word written in two capitalised halves is split only when the whole is not a known
name ("JavaScript", "PowerPoint" and "LinkedIn" stay whole: the caller says which words
it knows) and its first half has at least three letters ("iPhone", "McKinsey" stay whole).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|[A-Z]{2,}(?![a-z]))")
_WORD_AROUND = re.compile(r"[A-Za-z]+")
_RUN_ON = re.compile(r"(?<=[a-z)\]][.!?])(?=[A-Z])")
_HEADINGS = (
    r"(?:Preferred|Minimum|Basic|Required|Desired|Additional|Key|Core|Main|Essential)"
    r" (?:Qualifications|Skills|Requirements|Responsibilities|Experience)"
    r"|Job (?:Description|Summary|Requirements|Responsibilities|Duties)"
    r"|Position (?:Summary|Description|Overview)|Role (?:and|&) Responsibilities"
    r"|Skills (?:and|&) (?:Experience|Qualifications)|Nice to Have|About (?:Us|You|the Role)"
    r"|What (?:You'll|You Will) (?:Do|Need|Bring)|Who You Are|What We Offer"
    r"|Requirements|Qualifications|Responsibilities|Duties|Benefits|Overview|Summary"
)
# A heading inside a run of text: after a lower-case word, before a capitalised one.
_INLINE = re.compile(rf"(?<=[a-z,] )(?:{_HEADINGS}):?(?= [A-Z])")


def _glued(text: str, position: int, known: Callable[[str], bool]) -> bool:
    start = position
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = position
    while end < len(text) and text[end].isalpha():
        end += 1
    return position - start >= 3 and not known(text[start:end])


def breaks(text: str, known: Callable[[str], bool] = lambda word: False) -> list[int]:
    """Offsets where a line break was probably lost (sorted, no duplicates)."""
    found = {m.start() for m in _RUN_ON.finditer(text)}
    if "\n" in text and text.count("\n") * 400 > len(text):
        return sorted(found)  # a text with its lines: only sentences run together
    found.update(m.start() for m in _CAMEL.finditer(text) if _glued(text, m.start(), known))
    for match in _INLINE.finditer(text):
        found.update((match.start(), match.end()))
    return sorted(found)
