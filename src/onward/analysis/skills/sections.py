"""Text in a posting that is not about the job's requirements.

Headings open sections: "What we offer" / "Benefits" / "Perks" (benefits), "About us" /
"Who we are" (the company), "Our hiring process", equal-opportunity headings; role headings
("About the role", "What you'll do") close them again. Some sentences are context wherever
they are: equal-opportunity statements, benefit lines ("Pension with 6% employer
contribution") and company blurbs ("Northwind is a leading supplier of ..."). The first line
of a longer document is its title (a job title, or a name on a resume).
"""

from __future__ import annotations

import re

BENEFITS, COMPANY, PROCESS, EQUAL_OPPORTUNITY, TITLE = (
    "benefits",
    "company description",
    "hiring process",
    "equal-opportunity statement",
    "title",
)
_HEADING_WORDS = 8
_SENTENCE_WORDS = 40
_GLUED = re.compile(r"[a-z)][.!?][A-Z]")  # "...etc.Experience with": sentences run together
_BULLETS = "-*\u2022\u00b7>\u25aa\u25cf"

_CONTEXT_HEADINGS = {
    BENEFITS: r"(?:our |the |your |employee |staff )?(?:benefits|perks|rewards?)"
    r"(?: (?:and|&) (?:perks|benefits|rewards))?(?: package)?|what we offer(?: you)?"
    r"|what (?:we|you)(?:'ll| will| can)? (?:offer|get)|what(?:'s| is) in it for you"
    r"|why (?:join|work (?:for|with|at)) us|why you'll love (?:it|working here|us)"
    r"|(?:salary|compensation|pay|remuneration)(?:,? (?:bonus )?(?:and|&) benefits)?"
    r"|(?:the )?package",
    COMPANY: r"about us|about the (?:company|business|organi[sz]ation|firm|employer|practice)"
    r"|who we are|our (?:company|story|mission|culture|values|purpose|vision)"
    r"|(?:company|organi[sz]ation) (?:overview|description|profile|information|info)"
    r"|the company",
    PROCESS: r"(?:our |the )?(?:hiring|interview|recruitment|application|selection) process"
    r"|how (?:we hire|to apply)|next steps",
    EQUAL_OPPORTUNITY: r"equal (?:employment )?opportunit(?:y|ies)(?: employer| statement)?"
    r"|diversity(?:,? equity)?(?: (?:and|&) inclusion)?(?: statement)?"
    r"|our commitment to (?:diversity|inclusion)",
}
_CONTEXT_HEADING = [(k, re.compile(p, re.I)) for k, p in _CONTEXT_HEADINGS.items()]
_PEOPLE = frozenset({"You", "Me", "Myself", "Yourself"})  # "About me" on a resume
_ABOUT_NAME = re.compile(r"(?i:about) ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})")
_ROLE_HEADING = re.compile(
    r"about (?:the |this )?(?:role|job|position|opportunity|team)|the opportunity"
    r"|(?:the )?(?:role|job|position)(?: (?:overview|description|summary|purpose|details))?"
    r"|overview|summary"
    r"|what you(?:'ll| will) (?:do|be doing|work on)|day[- ]to[- ]day|a day in the life"
    r"|(?:key |main |your |core |job |primary |essential )?(?:responsibilities|duties|tasks)"
    r"|(?:the )?roles? (?:and|&) responsibilit(?:y|ies)|job (?:description|summary|overview)"
    r"|position (?:description|summary|overview)|what you(?:'ll| will) be doing",
    re.I,
)
# Headings of a requirements section that carry no cue word of their own.
_REQUIREMENT_HEADING = re.compile(
    r"what we(?:'re| are) looking for|what you(?:'ll| will)? (?:need|bring)|who you are"
    r"|about you|the ideal candidate|person specification"
    r"|(?:your |the |our |job |position |candidate |minimum |basic |required |key |desired )?"
    r"(?:skills|experience|qualifications|requirements)"
    r"(?:,? (?:and|&) (?:skills|experience|qualifications))?",
    re.I,
)
_EQUAL_OPPORTUNITY = re.compile(
    r"\b(?:equal(?:[- ]employment)? opportunit|affirmative action"
    r"|(?:do not|don't|does not|will not) discriminate|without regard to"
    r"|regardless of (?:race|age|gender|sex|religion|disability|background|ethnicity)"
    r"|protected (?:characteristic|veteran)|veteran status"
    r"|(?:welcome|encourage) applications from"
    r"|committed to (?:equality|diversity|inclusion|equal|building an? (?:diverse|inclusive)"
    r"|creating an? (?:diverse|inclusive))|reasonable (?:adjustments?|accommodations?))",
    re.I,
)
_BENEFIT = re.compile(
    r"\b(?:pensions?|401\(?k\)?|(?:health|medical|dental|life) (?:insurance|cover|care|plan"
    r"|assurance)|insurances|annual leave|days'? (?:holiday|annual leave|paid leave|vacation"
    r"|off)|holiday allowance|bank holidays|paid time off|PTO|parental leave|maternity"
    r"|paternity|cycle[- ]to[- ]work|gym|season ticket|share options|stock options?|RSUs"
    r"|equity|bonus|salary|compensation|remuneration|wellbeing|well-being|wellness"
    r"|employee assistance|(?:learning|training|education|conference) (?:budget|allowance)"
    r"|(?:learning|training|career|professional|personal) (?:&|and) development"
    r"|(?:career|personal) development|development (?:budget|programs?|programmes?)"
    r"|free (?:breakfast|lunch|snacks|fruit|drinks|coffee|parking)|company (?:car|events?)"
    r"|car allowance|childcare|child-care|relocation|visa sponsor\w*|flexible (?:working"
    r"|work|hours|schedule)|(?:remote|home) (?:working|work|office)(?: allowance| options?)?"
    r"|team (?:events?|activities|building)|discounts?|vouchers?|subsidi[sz]ed|allowance"
    r"|reimburse\w*|canteen|perks?)\b",
    re.I,
)
# Sentences about applying for the job ("Send your CV in English", "The application must
# include a list of publications").
_PROCESS = re.compile(
    r"\b(?:to apply|apply (?:now|online|here|today|via|through|by|using|for (?:this|the|our))"
    r"|how to apply|your application|(?:the|an|online) application (?:must|should|will|is|form"
    r"|deadline|process|materials|documents|in)|application (?:form|deadline|process|materials"
    r"|documents|letter)|applications? (?:must|should|will be|are)|cover(?:ing)? letter"
    r"|motivation(?:al)? letter|curriculum vitae|your (?:CV|resume|r\u00e9sum\u00e9)"
    r"|(?:recruitment|hiring|interview|selection|application) process"
    r"|send (?:us )?(?:your|an?) )",
    re.I,
)
_DUTY_START = re.compile(
    r"(?:administer|manage|process|advise|support|handle|calculate|run|prepare|maintain"
    r"|deliver|ensure|assist|oversee|own|lead|provide|review|design|build|set up)\b",
    re.I,
)
_SKILL_TALK = re.compile(
    r"\b(?:experience|experienced|knowledge|understanding|skills?|qualified|familiar"
    r"|proficien\w*|you(?:'ll| will)|responsible for)\b",
    re.I,
)
_COMPANY_NOUN = (
    r"(?:company|business|firm|provider|supplier|agency|consultancy|organi[sz]ation"
    r"|charity|start-?up|scale-?up|manufacturer|retailer|wholesaler|marketplace|group"
    r"|practice|employer|bank|insurer|lender|network|brand|studio|partnership)"
)
_BLURB = re.compile(
    r"(?:(?i:we(?:'re| are) (?:a|an|the|one)\b|we have been\b|founded in\b"
    r"|established in\b|since \d{4}\b|our (?:mission|story)\b)"
    r"|(?:[A-Z][\w&.'-]*\s){1,4}(?:is|are|has been|have been) (?:a|an|the|one of)\b"
    rf"(?:\s+[\w,'-]+){{0,5}}?\s+{_COMPANY_NOUN}s?\b"
    r"|(?:[A-Z][\w&.'-]*\s){1,4}(?:offers|provides|sells|makes|builds|helps|operates|runs"
    r"|designs|develops|manufactures|supplies|serves)\b)"
)
_NOT_BLURB = re.compile(r"\b(?:you|your|looking for|hiring|seeking|join|apply|candidates?)\b", re.I)


EQUAL_OPPORTUNITY_GROUP, PROCESS_GROUP, BENEFITS_GROUP = "eeo", "process", "benefits"
# One pass over a sentence finds all three kinds.
_KINDS = re.compile(
    f"(?P<{EQUAL_OPPORTUNITY_GROUP}>{_EQUAL_OPPORTUNITY.pattern})"
    f"|(?P<{PROCESS_GROUP}>{_PROCESS.pattern})|(?P<{BENEFITS_GROUP}>{_BENEFIT.pattern})",
    re.IGNORECASE,
)


def _heading_text(line: str) -> str:
    return line.strip().strip("#*_").strip().rstrip(":?!").strip()


def context_heading(line: str) -> str | None:
    """The kind of non-requirement section a heading-like line opens, else None.

    The heading may be the whole line ("What we offer") or lead it ("Perks: cycle to work").
    """
    for candidate in _heading_candidates(line):
        for kind, pattern in _CONTEXT_HEADING:
            if pattern.fullmatch(candidate):
                return kind
        named = _ABOUT_NAME.fullmatch(candidate)
        if named and not _ROLE_HEADING.fullmatch(candidate) and named.group(1) not in _PEOPLE:
            return COMPANY
    return None


def _heading_candidates(line: str) -> list[str]:
    text = _heading_text(line)
    found = [text] if 0 < len(text.split()) <= _HEADING_WORDS else []
    head, colon, _ = line.partition(":")
    if colon and 0 < len(head.split()) <= _HEADING_WORDS // 2:
        found.append(_heading_text(head))
    return found


def role_heading(line: str) -> bool:
    """A heading that opens a section about the job itself ("About the role", "Position
    summary: ...")."""
    return any(_ROLE_HEADING.fullmatch(c) for c in _heading_candidates(line))


def requirement_heading(line: str) -> bool:
    """A requirements heading without a cue word ("What we're looking for", "About you")."""
    text = _heading_text(line)
    return len(text.split()) <= _HEADING_WORDS and bool(_REQUIREMENT_HEADING.fullmatch(text))


def context_sentence(sentence: str, *, has_cue: bool) -> str | None:
    """Why a sentence is context wherever it stands (equal opportunity, benefits, company
    blurb), else None. Long runs of text (a posting pasted without line breaks) are never
    context as a whole."""
    if len(sentence.split()) > _SENTENCE_WORDS or _GLUED.search(sentence):
        return None
    kinds = {m.lastgroup for m in _KINDS.finditer(sentence)}
    if EQUAL_OPPORTUNITY_GROUP in kinds:
        return EQUAL_OPPORTUNITY
    if PROCESS_GROUP in kinds:
        return PROCESS
    if has_cue:
        return None
    if (
        BENEFITS_GROUP in kinds
        and not _DUTY_START.match(sentence)
        and not _SKILL_TALK.search(sentence)
    ):
        return BENEFITS
    if _BLURB.match(sentence) and not _NOT_BLURB.search(sentence):
        return COMPANY
    return None


def is_title_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the first line of a document of four or more lines,
    short and without sentence punctuation (a job title, or the name on a resume)."""
    if text[:start].strip():
        return False
    line_end = text.find("\n", start)
    if line_end == -1 or end > line_end:
        return False
    line = text[start:line_end].strip()
    lines = [x for x in text.splitlines() if x.strip()]
    return len(lines) >= 4 and len(line.split()) <= 10 and not line.endswith(tuple(".!?:;,"))


def paragraph_break(text: str, previous_end: int, start: int) -> bool:
    """A blank line between two sentences."""
    return text.count("\n", previous_end, start) >= 2


def starts_bullet(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return any(c in _BULLETS for c in text[line_start:start])
