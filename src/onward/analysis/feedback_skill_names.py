"""Skill names from Onward's built-in vocabulary, as extra cues for the feedback classifier.

The hand-written cues name the usual tools and know-how of many fields; feedback names
many more ("Kafka", "VAT returns", "Revit", "aseptic preparation"). Every label and alias
of the built-in vocabulary (``analysis/skills/data/vocabulary``) becomes a cue:

* tools, technologies, methods, knowledge and tasks say *technical skills*; certifications
  and licences say *experience level* (like "qualifications"); languages ("German") say
  *communication*; soft skills are left to the hand-written cues;
* a form with a bracketed qualifier ("Ruby (programming language)") is left out, and so is
  a one-word form that is an everyday word or a name (``skills.words.is_common``:
  "sales", "julia", "swift") or shorter than three letters ("R", "Go");
* feedback-process words ("interviewing", "recruitment", "presentation") never count, nor
  does a job title ("head chef", "HR advisor").

Matching is by whole words, longest form first; the classifier only uses these cues where
its own cues found nothing, and only when the clause praises or criticises them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from onward.analysis.feedback_lexicon import Theme
from onward.analysis.skills.vocabulary import load_builtin
from onward.analysis.skills.words import PERSON_NOUNS, is_common, is_stopword

MAX_WORDS = 6
MIN_SINGLE = 3
_TOKEN = re.compile(r"\.?[a-z0-9][a-z0-9+#&'/.-]*")
_KIND_THEME = {
    "tool": Theme.TECHNICAL_SKILLS,
    "technology": Theme.TECHNICAL_SKILLS,
    "method": Theme.TECHNICAL_SKILLS,
    "knowledge": Theme.TECHNICAL_SKILLS,
    "task": Theme.TECHNICAL_SKILLS,
    "certification": Theme.EXPERIENCE_LEVEL,
    "language": Theme.COMMUNICATION,
}
# Words of the hiring process itself: a vocabulary skill for recruiters, not feedback.
PROCESS_WORDS = frozenset(
    [
        "interview",
        "interviews",
        "interviewing",
        "recruitment",
        "recruiting",
        "hiring",
        "onboarding",
        "screening",
        "shortlisting",
        "assessment",
        "assessments",
        "feedback",
        "presentation",
        "presentations",
        "application",
        "applications",
        "selection",
        "offer",
        "offers",
        "negotiation",
        "reference",
        "references",
        "communication",
        "scheduling",
        "correspondence",
    ]
)


@dataclass(frozen=True)
class SkillName:
    start: int
    end: int
    theme: Theme
    label: str


def _tokens(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _TOKEN.finditer(text):
        word = match.group().rstrip(".,'/-")
        if word:
            found.append((match.start(), match.start() + len(word), word))
    return found


def _usable(words: tuple[str, ...]) -> bool:
    if not words or len(words) > MAX_WORDS or all(is_stopword(w) for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        plain = word.isalpha()
        return not (
            (plain and len(word) < MIN_SINGLE)
            or len(word) < 2
            or is_common(word)
            or word in PROCESS_WORDS
            or word in PERSON_NOUNS
        )
    # "technical interviewing", "hiring plans": the process; "head chef": a job title
    return not (PROCESS_WORDS & set(words) or words[-1] in PERSON_NOUNS or words[-1] == "method")


@functools.cache
def skill_forms() -> dict[tuple[str, ...], tuple[Theme, str]]:
    """Every usable surface form as a word tuple, with its theme and the skill's label."""
    forms: dict[tuple[str, ...], tuple[Theme, str]] = {}
    for skill in load_builtin():
        theme = _KIND_THEME.get(skill.kind)
        if theme is None:
            continue
        for form in skill.surface_forms:
            if "(" in form:
                continue
            words = tuple(w for _, _, w in _tokens(form.lower()))
            if _usable(words):
                forms.setdefault(words, (theme, skill.label))
    return forms


def find_skill_names(norm: str) -> list[SkillName]:
    """Vocabulary skills named in ``norm`` (lower-cased text), longest first, no overlaps."""
    forms = skill_forms()
    tokens = _tokens(norm)
    found: list[SkillName] = []
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            words = tuple(t[2] for t in tokens[i : i + size])
            hit = forms.get(words)
            if hit is not None and _joined(norm, tokens[i : i + size]):
                found.append(SkillName(tokens[i][0], tokens[i + size - 1][1], *hit))
                i += size
                break
        else:
            i += 1
    return found


def _joined(norm: str, tokens: list[tuple[int, int, str]]) -> bool:
    """The words of a form stand next to each other: spaces or hyphens only between them."""
    return all(
        norm[a[1] : b[0]].strip(" -") == "" and "\n" not in norm[a[1] : b[0]]
        for a, b in itertools.pairwise(tokens)
    )
