"""Who wrote and about which job: the company and the role title, with evidence.

Candidates come from the sender (display name, then domain, skipping job boards, applicant
tracking systems and free mail), the subject and the body ("your application to X",
"the X position", "The X Recruiting Team"); candidates naming the same company add up
(noisy-OR) and the best one wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from onward.analysis.mail.cue_engine import compile_pattern
from onward.analysis.mail.platforms import FREEMAIL, PLATFORM_DOMAINS, PLATFORM_NAMES

# A company name: capitalised words (with &, of, and, digits, dots, hyphens) - five at most.
_NAME = (
    r"(?:[Tt]he[ ])?(?P<name>[A-Z0-9][\w&'.\-]*"
    r"(?:(?:[ ]|-)(?:&|and|of|de|du|[A-Z0-9][\w&'.\-]*)){0,5})"
)
_COMPANY_PATTERNS = (
    (0.9, r"(?i:\bapplication was sent to) " + _NAME),
    (
        0.75,
        r"(?i:\b(?:thank(?:s| you)(?: so much| very much)? for (?:applying|your (?:interest|"
        r"application)|considering|submitting your application)(?: (?:for|to) (?:a|the|"
        r"our) (?:[\w/-]+ ){0,6}?(?:position|role|job|opening))? (?:to|in|at|with)(?: joining|"
        r" a career at| career opportunities at)?|interest in joining|your application (?:to|with|"
        r"at)|applying (?:to|at|with))) " + _NAME,
    ),
    (
        0.7,
        r"\b"
        + _NAME
        + r" (?:Talent Acquisition|Recruiting|Recruitment|Hiring|HR|People|Careers|Talent|"
        r"Human Resources)(?: Team)?\b",
    ),
    (
        0.6,
        r"(?i:\b(?:position|role|job|opening|opportunity|internship|vacancy|career|careers|"
        r"opportunities) (?:at|with)) " + _NAME,
    ),
    (0.5, r"(?i:\b(?:joining|join(?: us at)?|work(?:ing)? (?:at|for)|welcome to)) " + _NAME),
    (0.5, r"(?m)^\s*(?:Team|The) " + _NAME + r"\s*$"),
)
# Spaces match any whitespace; lead-in phrases ignore case, names must be capitalised.
_COMPILED = tuple((w, re.compile(compile_pattern(p).pattern)) for w, p in _COMPANY_PATTERNS)
_SUBJECT_COMPANY = (
    *_COMPILED,
    (0.6, re.compile(r"\b(?:at|@) " + _NAME + r"\s*(?:[!.:|,\-]|$)")),
    (
        0.6,
        re.compile(
            r"(?i:\b(?:update|message|news|note|thank you|thanks|greetings|hello) from) " + _NAME
        ),
    ),
    (
        0.5,
        re.compile(
            r"^(?:(?i:your) )?"
            + _NAME
            + r" (?i:application|offer|interview|careers?|job|recruiting|talent)\b"
        ),
    ),
    (0.5, re.compile(r"^" + _NAME + r"\s*(?:[|:]| - )")),
    (0.5, re.compile(r"(?: - | \| )" + _NAME + r"\s*$")),
)
_GENERIC_NAME = re.compile(
    r"\b(?:careers?|jobs?|recruit(?:ing|ment|er|ers)?|talent|acquisition|team|hr|human resources|"
    r"people|hiring|notifications?|no-?reply|do not reply|donotreply|mailer|alerts?|support|info|"
    r"admin|staffing|applications?|candidates?)\b",
    re.I,
)
_NOT_COMPANY = frozenset(
    [
        "the",
        "we",
        "our",
        "you",
        "your",
        "i",
        "a",
        "an",
        "this",
        "that",
        "it",
        "dear",
        "hi",
        "hello",
        "thank",
        "thanks",
        "team",
        "careers",
        "career",
        "talent",
        "hiring",
        "recruiting",
        "application",
        "position",
        "role",
        "job",
        "jobs",
        "data",
        "senior",
        "junior",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "us",
        "unfortunately",
        "please",
        "congratulations",
        "confirmation",
        "important",
        "update",
        "applied",
        "got",
        "received",
        "re",
        "fwd",
        "fw",
        "hi",
        "new",
        "your",
        "action",
        "required",
        "reminder",
        "invitation",
        "interview",
        "offer",
        "employment",
        "business",
        "marketing",
        "sales",
        "product",
        "software",
        "research",
        "operations",
        "finance",
        "technical",
        "summer",
        "internship",
        "intern",
        "analyst",
        "engineer",
    ]
)
_ABBREVIATIONS = frozenset({"Inc", "Co", "Corp", "Ltd", "St", "Jr", "Sr", "Bros", "Intl", "Mfg"})
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Words of a job title, not of a company name ("Data Analyst at Acme" is not a company).
_JOB_WORD = re.compile(
    r"\b(?:engineer|analyst|scientist|manager|developer|designer|intern|specialist|consultant|"
    r"director|coordinator|assistant|technician|position|role|job)s?\b",
    re.I,
)
_SUFFIXES = re.compile(
    r"[,.]?\s+(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|s\.?a|b\.?v|n\.?v|pty)\.?$",
    re.I,
)


@dataclass(frozen=True)
class Extracted:
    """A value read from the mail: where (field, span), by which rule, how sure."""

    value: str
    confidence: float
    field: str
    start: int
    end: int
    rule: str


def company_key(name: str) -> str:
    """A comparison key: lower case, no legal suffix, no punctuation or spaces."""
    name = _SUFFIXES.sub("", name.strip())
    return re.sub(r"[^0-9a-z]+", "", name.lower().removeprefix("the "))


def find_company(
    subject: str, body: str, sender: str
) -> tuple[Extracted | None, tuple[Extracted, ...]]:
    """The most likely company and all candidates considered (strongest first)."""
    candidates = _from_sender(sender) + _from_text(subject, "subject", _SUBJECT_COMPANY)
    candidates += _from_text(body[:20000], "body", _COMPILED)
    if not candidates:
        return None, ()
    totals: dict[str, float] = defaultdict(float)
    for item in candidates:
        key = company_key(item.value)
        totals[key] = 1.0 - (1.0 - totals[key]) * (1.0 - item.confidence)
    best_key = max(totals, key=lambda k: (totals[k], -len(k)))
    best = max(
        (c for c in candidates if company_key(c.value) == best_key), key=lambda c: c.confidence
    )
    chosen = Extracted(
        best.value, round(totals[best_key], 3), best.field, best.start, best.end, best.rule
    )
    ordered = tuple(sorted(candidates, key=lambda c: -c.confidence))
    return chosen, ordered


def _from_text(
    text: str, field: str, patterns: tuple[tuple[float, re.Pattern[str]], ...]
) -> list[Extracted]:
    out = []
    for weight, pattern in patterns:
        for match in pattern.finditer(text):
            name = _clean_name(match["name"])
            if name:
                start = match.start("name")
                out.append(
                    Extracted(name, weight, field, start, start + len(name), pattern.pattern[:40])
                )
    return out


def _clean_name(raw: str) -> str:
    name = _first_sentence(raw).strip(" .,;:!-'")
    if _JOB_WORD.search(name):
        return ""
    name = re.sub(r"^The\s+", "", name)
    name = re.sub(r"(?:'s|\u2019s)$", "", name)
    words = name.split()
    while words and words[-1].lower() in _NOT_COMPANY | {"and", "of", "&", "de"}:
        words.pop()
    name = " ".join(words).strip(" .,;:!-'")
    if not name or name.lower() in _NOT_COMPANY or name.replace(" ", "").isdigit():
        return ""
    if _GENERIC_NAME.fullmatch(name) or len(name) > 60 or _JOB_WORD.search(name):
        return ""
    return name


def _first_sentence(raw: str) -> str:
    """Cut a name at a full stop that ends a sentence ("Obie. After" -> "Obie"), keeping
    abbreviations ("U.S. Bank", "Acme Inc.")."""
    words = raw.split(" ")
    for i, word in enumerate(words[:-1]):
        abbreviation = word[:-1] in _ABBREVIATIONS or _INITIALS.fullmatch(word)
        if word.endswith(".") and not abbreviation:
            return " ".join(words[: i + 1])
    return raw


def _from_sender(sender: str) -> list[Extracted]:
    match = re.match(
        r"\s*\"?(?P<display>[^<\"]*)\"?\s*<?(?P<address>[^<>\s]+@[^<>\s]+?)>?\s*$", sender
    )
    if not match:
        return []
    display, address = match["display"].strip(), match["address"].lower()
    local, _, domain = address.partition("@")
    out: list[Extracted] = []
    free = _registered_label(domain) in FREEMAIL
    from_name = "" if free else _display_company(display)
    domain_name = _domain_company(domain)
    if from_name:
        start = sender.find(from_name)
        agrees = bool(domain_name) and company_key(domain_name) in company_key(from_name)
        out.append(
            Extracted(
                from_name,
                0.75 if agrees else 0.5,
                "sender",
                start,
                start + len(from_name),
                "display name",
            )
        )
    if domain_name:
        label = _registered_label(domain)
        start = sender.lower().find(label, sender.find("@"))
        out.append(Extracted(domain_name, 0.35, "sender", start, start + len(label), "domain"))
    elif _is_platform(domain) and local and not _GENERIC_NAME.search(local) and local.isalpha():
        start = sender.lower().find(local + "@")
        out.append(
            Extracted(
                local.capitalize(), 0.2, "sender", start, start + len(local), "tracker tenant"
            )
        )
    return out


def _display_company(display: str) -> str:
    """ "Notion Careers" -> "Notion"; "Sam from Acme" -> "Acme"; "Acme via Greenhouse" -> "Acme"."""
    display = re.split(r"\s+via\s+", display, maxsplit=1)[0]
    parts = re.split(r"\s+(?:from|at|@)\s+|\s+[|\-\u2013]\s+", display)
    name = parts[-1] if len(parts) > 1 else display
    name = _GENERIC_NAME.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip(" .,-|:")
    if len(name) < 2 or name.lower() in PLATFORM_NAMES:
        return ""
    return _clean_name(name)


def _registered_label(domain: str) -> str:
    labels = domain.split(".")
    if (
        len(labels) >= 3
        and labels[-2] in ("co", "com", "org", "net", "ac", "gov")
        and len(labels[-1]) == 2
    ):
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else domain


def _is_platform(domain: str) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in PLATFORM_DOMAINS)


def _domain_company(domain: str) -> str:
    if not domain or _is_platform(domain) or _registered_label(domain) in FREEMAIL:
        return ""
    label = _registered_label(domain)
    if len(label) < 2 or label in ("mail", "email", "careers", "jobs"):
        return ""
    return label.capitalize() if label.isalpha() else label


# A role title: capitalised words, acronyms, "of", "&", "/", "-", "(...)", up to 10 tokens.
_ROLE = (
    r"(?P<role>[A-Z][\w+#./&-]*(?:(?: |/|, | - | \u2013 )"
    r"(?:[A-Z0-9(][\w+#./&()-]*|of|and|&|for|in|to|de|I{1,3}|[IV]+)){0,10})"
)
_ROLE_PATTERNS = (
    (
        0.8,
        r"(?:^|\n)\s*(?i:position|role|job title|job|title|position applied for|"
        r"vacancy)\s*:\s*(?:\n\s*)?" + _ROLE,
    ),
    (
        0.75,
        r"\b(?:for|to|on) (?:the|our|this|your) (?:open |opening |new )?"
        + _ROLE
        + r" (?:position|role|opening|job|vacancy|opportunity|post)\b",
    ),
    (0.7, r"\b(?:position|role|post) of (?:a |an )?" + _ROLE),
    (
        0.6,
        r"\b(?:application|applying|applied|apply) (?:for|to) (?:the |a |an )?(?:position |"
        r"role )?(?:of )?" + _ROLE + r"(?= position| role| at | with |[,.!(]|\s*$|\s*\n)",
    ),
    (0.55, r"\byour application for the " + _ROLE + r" job\b"),
)
_ROLE_COMPILED = tuple((w, re.compile(p)) for w, p in _ROLE_PATTERNS)
_SUBJECT_ROLE = (
    (0.6, re.compile(r"(?:^|: |- )" + _ROLE + r" (?:at|@|with) [A-Z]")),
    (
        0.55,
        re.compile(r"\b(?:application|applying|interview|offer) (?:for|to|:) (?:the )?" + _ROLE),
    ),
)
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|analyst|scientist|manager|developer|designer|intern|internship|specialist|"
    r"associate|consultant|director|lead|researcher|architect|administrator|coordinator|"
    r"representative|officer|assistant|technician|nurse|teacher|accountant|writer|editor|"
    r"executive|advisor|adviser|strategist|recruiter|operator|programmer|tester|partner|head|vp|"
    r"president|fellow|trainee|apprentice|graduate|clerk|agent|counsel|attorney|lawyer|"
    r"therapist|pharmacist|physician|doctor|driver|mechanic|electrician|chef|cook|cashier|"
    r"instructor|lecturer|professor|postdoc|economist|actuary|statistician|biostatistician|"
    r"planner|buyer|controller|auditor|bookkeeper|underwriter|owner|expert|supervisor|"
    r"principal|staff|co-?ordinator|sre|devops|qa)s?\b",
    re.I,
)
_REQ_ID = re.compile(
    r"\s*(?:[-\u2013,(]\s*)?(?:\(?(?:id|job id|req(?:uisition)?(?: id)?|ref)[:#]?\s*)?\b"
    r"(?:[A-Z]{1,3}-?\d{4,}|\d{4}-\d{3,}|\d{5,})\b\)?\s*",
    re.I,
)


def find_role(subject: str, body: str) -> Extracted | None:
    """The most likely role title (one that names a job, e.g. "... Analyst", first)."""
    candidates = _roles(subject, "subject", _SUBJECT_ROLE) + _roles(
        body[:20000], "body", _ROLE_COMPILED
    )
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.confidence, c.field == "body", -c.start))


def _roles(
    text: str, field: str, patterns: tuple[tuple[float, re.Pattern[str]], ...]
) -> list[Extracted]:
    out = []
    for weight, pattern in patterns:
        for match in pattern.finditer(text):
            role = _clean_role(match["role"])
            if not role:
                continue
            confidence = weight if _ROLE_NOUN.search(role) else weight * 0.5
            start = match.start("role")
            out.append(
                Extracted(
                    role, round(confidence, 3), field, start, start + len(role), "role phrase"
                )
            )
    return out


def _clean_role(raw: str) -> str:
    role = re.split(r"\.\s", raw, maxsplit=1)[0]  # a sentence ends the title
    if role.count("(") > role.count(")"):  # "Scientist (ID" -> "Scientist"
        role = role[: role.rfind("(")]
    role = _REQ_ID.sub(" ", role).strip(" ,.-:(")
    role = re.sub(r"\s+", " ", role)
    role = re.sub(r"\s+(?:position|role|job|opening)$", "", role, flags=re.I)
    if len(role) < 2 or len(role) > 90 or role.lower() in _NOT_COMPANY:
        return ""
    return role
