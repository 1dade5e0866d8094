"""Evidence that a lexical match states a skill the job needs (or a resume shows).

A taxonomy label can appear in text that is not about skills at all: "energy" and
"economics" in a company blurb, "trademarks" in a legal footer, "pregnancy" in an
equal-opportunity line. A match counts when something supports it:

- it sits inside a requirement phrase (:mod:`onward.analysis.skills.phrases`);
- its sentence states requirements (a cue such as "must" or "a plus", a requirement
  heading above it) or talks about the work or the person (a duty, "you will", "you are");
- it names a tool, a technology, a language or a certification (a name is rarely an
  everyday word, and the guards already checked its casing);
- it is (part of) a short line: a bullet, a tag, a list of skills.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from onward.analysis.skills import forms
from onward.analysis.skills.phrases import Phrase
from onward.analysis.skills.taxonomy import Skill
from onward.analysis.skills.words import PERSON_NOUNS, word_set

SHORT_LINE_WORDS = 6
_TALK = re.compile(
    r"\b(?:you|your|you're|you\u2019re|we(?:'re| are) looking for|candidates?|the role"
    r"|this role|the position|responsibilit\w*|requirements?|qualifications?|qualified|duties"
    r"|tasks|experience[ds]?|knowledge|skills?|skilled|proficien\w*|familiar\w*|expertise"
    r"|understanding|abilit\w+|able to|degree|certified|certificat\w+|background)\b",
    re.IGNORECASE,
)
# ESCO groups of transversal skills that are soft skills (not languages or manual skills).
_SOFT_GROUPS = frozenset(
    {
        "life skills and competences",
        "self-management skills and competences",
        "social and communication skills and competences",
        "thinking skills and competences",
        "core skills and competences",
    }
)


# Nouns of a group of people or a part of an organisation: "our Sales teams", "the Finance
# department", "HR colleagues" name who, not what skill.
GROUP_NOUNS = word_set(
    """team teams department departments division divisions unit units function functions
    organisation organization organisations organizations group groups colleagues staff
    people leaders leadership stakeholders partners clients customers community communities
    org orgs squad squads practice office offices function"""
)
_TITLE_WORD = re.compile(r"[A-Z][\w+#.&'-]*|[/&+|()\u2013\u2014-]")
_SENIORITY = word_set("senior junior lead principal staff head chief associate graduate")


def _person_noun(word: str) -> bool:
    low = word.lower()
    return low in PERSON_NOUNS or (low.endswith("s") and low[:-1] in PERSON_NOUNS)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bpresent\b", re.IGNORECASE)


def in_job_title(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` is part of a job title written with capitals: "Senior
    Java Developer", "Data Analyst", "Software Engineer - Java", "Frontend Developer
    (React)". Such a title names a role (the one advertised, or someone else's), not a
    requirement. A title dated on its line ("Data Analyst, Acme (2019-2022)") is an entry
    of a resume: the person's own role, so it stays a skill."""
    if _YEAR.search(body):
        return False
    own = body[start:end].split()
    if len(own) > 1 and _person_noun(own[-1]) and own[-1][:1].isupper():
        return True  # "Operations Manager": the form itself is a title
    after = body[end:].split()[:4]
    for word in after:
        bare = word.strip("(),-:;|/")
        if bare and _person_noun(bare) and bare[:1].isupper():
            return True
        if not bare or not (bare[:1].isupper() or bare in "/&+"):
            break
    before = body[:start].split()[-3:]
    for word in reversed(before):
        bare = word.strip("(),:;|/")
        if bare in ("-", "\u2013", "\u2014", "") or bare.lower() in _SENIORITY:
            continue
        return _person_noun(bare) and bare[:1].isupper()
    return False


_PROTECTED = re.compile(
    r"\b(?:race|colou?r|religion|creed|sex|gender|national origin|ancestry|age|disability"
    r"|veteran|marital|pregnancy|genetic|sexual orientation|gender identity|citizenship"
    r"|military|ethnicity)\b",
    re.IGNORECASE,
)


def in_protected_list(body: str, start: int, end: int) -> bool:
    """The mention sits in a list of protected characteristics (an equal-opportunity
    statement: "race, religion, pregnancy, genetic information, ...")."""
    window = body[max(0, start - 120) : end + 120]
    return len({m.group().lower() for m in _PROTECTED.finditer(window)}) >= 3


def names_group(body: str, end: int) -> bool:
    """Whether the word after ``body[:end]`` is a group of people ("Sales teams")."""
    following = body[end:].split()[:1]
    return bool(following) and following[0].strip(".,;:()").lower() in GROUP_NOUNS


def is_soft(skill: Skill) -> bool:
    """A soft skill: the built-in kind "soft", or an ESCO transversal skill of a soft group."""
    if skill.kind == "soft":
        return True
    return skill.reuse_level == "transversal" and skill.category in _SOFT_GROUPS


def named(skill: Skill, flags: frozenset[str]) -> bool:
    """A tool, technology, language or certification, or a form written as a name."""
    return skill.kind in forms.PRODUCT_KINDS or bool(flags & {forms.ACRONYM, forms.PROPER})


def product(skill: Skill, flags: frozenset[str]) -> bool:
    """A tool, technology, language or certification, or a form written as a name ("Kafka"),
    not an acronym of a field ("HR")."""
    return skill.kind in forms.PRODUCT_KINDS or forms.PROPER in flags


def inside(start: int, end: int, phrases: Sequence[Phrase]) -> Phrase | None:
    """The phrase the span ``[start, end)`` overlaps, if any."""
    for phrase in phrases:
        if start < phrase.end and phrase.start < end:
            return phrase
    return None


# The company speaking of itself: "We use Kafka to ...", "Our stack is ...".
_OWN_VOICE = re.compile(r"(?:we|our|at [^,]{1,40}?,? we)\b", re.IGNORECASE)
_TO_YOU = re.compile(
    r"\b(?:you|your|looking for|hiring|seeking|join|candidates?|expect|require)", re.IGNORECASE
)


def own_voice(sentence: str) -> bool:
    """A sentence in which the company speaks of itself and not to the reader: its skill
    words describe the company (only the tools it names may concern the job)."""
    return bool(_OWN_VOICE.match(sentence)) and not _TO_YOU.search(sentence)


def talks_about_work(sentence: str, phrases: Sequence[Phrase]) -> bool:
    """A sentence about the work or the person: a phrase was proposed in it, or it says
    "you", "requirements", "the role" and the like."""
    return bool(phrases) or bool(_TALK.search(sentence))


def short_line(sentence: str) -> bool:
    return len(sentence.split()) <= SHORT_LINE_WORDS


_CLAUSE_EDGE = re.compile(r"[,;:()\[\]|\u2022]|\.\s|\s[-\u2013\u2014]\s")
SHORT_CLAUSE_WORDS = 5


def short_clause(body: str, start: int, end: int) -> bool:
    """The mention stands in a clause of a few words ("data entry into Sage; ..."): an item,
    a tag or a note, not prose."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(body)]
    left = max([e for e in edges if e < start], default=-1) + 1
    right = min([e for e in edges if e >= end], default=len(body))
    return len(body[left:right].split()) <= SHORT_CLAUSE_WORDS


_LIST_GAP = re.compile(r"(?:\s|[,/&()+]|\band\b|\bor\b|\bas well as\b)*", re.IGNORECASE)


def listed(spans: Sequence[tuple[int, int]], body: str) -> set[tuple[int, int]]:
    """Spans (relative to ``body``) that stand next to another one with only list
    separators between them ("SQL, Python and Tableau"): items of a list of skills."""
    ordered = sorted(set(spans))
    found: set[tuple[int, int]] = set()
    for a, b in itertools.pairwise(ordered):
        gap = body[a[1] : b[0]]
        if a[1] <= b[0] and _LIST_GAP.fullmatch(gap) and gap.strip(" "):
            found.update((a, b))
    return found


_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
_EXAMPLES = re.compile(r"(?:such as|e\.g\.?|for example|like|including|incl\.?)[\s:(]*$", re.I)


def alternatives(body: str, spans: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of spans (relative to ``body``) offered as alternatives: a list whose last
    joiner is "or" ("Tableau, Looker or Power BI", "SQL and/or Python") or a list of
    examples ("a BI tool such as Tableau, Looker")."""
    ordered = sorted(set(spans))
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for span in ordered:
        if run and run[-1][1] <= span[0] and _LIST_GAP.fullmatch(body[run[-1][1] : span[0]]):
            run.append(span)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [span]
    if len(run) > 1:
        runs.append(run)
    offered = [r for r in runs if _offered(body, r)]
    fields = _degree_fields(body, ordered)
    if len(fields) > 1:
        offered = [r for r in offered if not set(r) & set(fields)] + [fields]
    return offered


_DEGREE = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|B\.?S\.?c?|B\.?A\.?|M\.?S\.?c?|M\.?A\.?|Ph\.?D\.?"
    r"|diploma|qualification)s?\b[^.;:]{0,40}?\b(?:in|of)\b",
    re.IGNORECASE,
)


def _degree_fields(body: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fields of study listed after "degree in" up to the clause end: any one will do."""
    match = _DEGREE.search(body)
    if match is None:
        return []
    end = len(body)
    for stop in (". ", ";", ":"):
        found = body.find(stop, match.end())
        if found != -1:
            end = min(end, found)
    return [s for s in spans if match.end() <= s[0] and s[1] <= end]


def _offered(body: str, run: list[tuple[int, int]]) -> bool:
    last_gap = body[run[-2][1] : run[-1][0]]
    return bool(_OR.search(last_gap)) or bool(_EXAMPLES.search(body[: run[0][0]]))
