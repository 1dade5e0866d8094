"""The cue lexicon behind ``feedback.classify_feedback``: plain data, easy to read and tune.

Every pattern is a regular expression matched, with word boundaries added, against the
lower-cased feedback text (curly apostrophes straightened). Spelling variants are written
into the patterns (``organi[sz]ation``, ``behaviou?r``) so character offsets never shift.

A cue's ``lean`` says how its polarity is decided:

* ``topic``: the cue names an area; the sentiment markers around it (in the same clause)
  decide whether it is praised or criticised. Unqualified, it is a neutral mention.
* ``concern`` / ``strength``: the cue leans that way by itself ("overqualified",
  "articulate"); surrounding markers can still outweigh it, and a negation flips it.
* ``external``: circumstances outside the candidate (competition, process changes);
  always neutral, never read as praise or criticism.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Theme(StrEnum):
    RESUME = "resume"
    INTERVIEW_PERFORMANCE = "interview_performance"
    TECHNICAL_SKILLS = "technical_skills"
    EXPERIENCE_LEVEL = "experience_level"
    CULTURE_FIT = "culture_fit"
    COMMUNICATION = "communication"
    COMPETITION = "competition"
    PROCESS_CHANGE = "process_change"
    OTHER = "other"


@dataclass(frozen=True)
class ThemeInfo:
    theme: Theme
    label: str
    description: str


THEMES: tuple[ThemeInfo, ...] = (
    ThemeInfo(Theme.RESUME, "CV & application", "How the CV, cover letter or portfolio read."),
    ThemeInfo(
        Theme.INTERVIEW_PERFORMANCE,
        "Interview performance",
        "How the interview went: preparation, examples, answers, presence.",
    ),
    ThemeInfo(
        Theme.TECHNICAL_SKILLS,
        "Technical skills",
        "Hands-on skills and tools: coding, design, tests, domain know-how.",
    ),
    ThemeInfo(
        Theme.EXPERIENCE_LEVEL,
        "Experience level",
        "Years, seniority, industry or leadership experience compared with the role.",
    ),
    ThemeInfo(
        Theme.CULTURE_FIT,
        "Culture & team fit",
        "Values, ways of working and how you would fit the team.",
    ),
    ThemeInfo(
        Theme.COMMUNICATION,
        "Communication",
        "Clarity, structure and conciseness when explaining, listening or writing.",
    ),
    ThemeInfo(
        Theme.COMPETITION,
        "Strong competition",
        "Another candidate was chosen or the field was large: not a verdict on you.",
    ),
    ThemeInfo(
        Theme.PROCESS_CHANGE,
        "Role or process change",
        "The role closed, paused, changed or was filled internally.",
    ),
    ThemeInfo(Theme.OTHER, "Other", "Nothing specific recognised; tag it yourself."),
)
THEME_INFO: dict[Theme, ThemeInfo] = {info.theme: info for info in THEMES}
EXTERNAL_THEMES = frozenset({Theme.COMPETITION, Theme.PROCESS_CHANGE})


@dataclass(frozen=True)
class Cue:
    pattern: str
    weight: float
    lean: str = "topic"  # topic | concern | strength | external


_T = Theme
CUES: dict[Theme, tuple[Cue, ...]] = {
    _T.RESUME: (
        Cue(r"cvs?|r[eé]sum[eé]s?|curriculum vitae", 1.3),
        Cue(r"cover letters?|personal statement|supporting statement", 1.2),
        Cue(r"cv (?:screen|screening|sift)|paper sift|application (?:materials?|documents?)", 1.2),
        Cue(r"linkedin(?: profile)?|portfolios?", 1.0),
        Cue(r"formatting|layout", 1.0),
        Cue(r"tailor(?:ed|ing)?|generic application|keywords?", 0.7),
        Cue(r"typos?|spelling (?:mistakes?|errors?)|grammatical errors?", 0.9, "concern"),
        Cue(r"quantif(?:y|ied|ying)|achievements?|accomplishments?", 0.5),
        Cue(r"your application", 0.4),
    ),
    _T.INTERVIEW_PERFORMANCE: (
        Cue(r"interview (?:performance|technique)|performance in the interviews?", 1.5),
        Cue(r"how you interviewed|interviewed", 1.0),
        Cue(r"interviews?|interviewing", 0.5),
        Cue(r"prepared|preparation|prep", 1.0),
        Cue(r"under[- ]?prepared|unprepared|not prepared|ill[- ]prepared", 1.3, "concern"),
        Cue(r"well[- ]prepared|well[- ]researched", 1.2, "strength"),
        Cue(r"nervous(?:ness)?|nerves|anxious", 1.0, "concern"),
        Cue(r"confidence|self[- ]assurance", 0.9),
        Cue(r"came across as (?:very |quite |really )?confident", 1.0, "strength"),
        Cue(r"(?:specific|concrete|real|detailed|relevant|measurable) examples?", 1.2),
        Cue(r"examples?", 0.6),
        Cue(r"star (?:method|format|technique|framework|structure)", 1.2),
        Cue(r"answers?|responses?|answered", 0.6),
        Cue(r"behaviou?ral (?:questions?|interview|round)s?|competency[- ]based", 1.2),
        Cue(r"situational questions?", 1.2),
        Cue(
            r"research(?:ed)? (?:the company|us|our \w+)|knowledge of (?:the|our) "
            r"(?:company|business|products?|organi[sz]ation|clients?)|"
            r"understanding of (?:the|our) (?:business|company|products?)|(?:know|knew|knowing)"
            r" (?:much |enough |little )?about (?:the|our) (?:company|business|products?|clients?)",
            1.2,
        ),
        Cue(r"questions? for us|(?:asked|ask) (?:good |thoughtful |insightful )?questions", 1.0),
        Cue(r"enthusias(?:m|tic)|passion(?:ate)?|engaged|interest in the (?:role|company)", 0.9),
        Cue(r"motivation|motivated", 0.8),
        Cue(r"presentation|presented", 0.9),
        Cue(r"case (?:study|interview|exercise)|role[- ]play|assessment cent(?:re|er)", 1.0),
        Cue(r"body language|eye contact|punctuality|arrived late|ran (?:out of|over) time", 1.0),
        Cue(r"vague|superficial|surface[- ]level|generic answers?|high[- ]level answers?", 0.9),
        Cue(r"first impressions?|rapport|demeanou?r|presence", 0.7),
    ),
    _T.TECHNICAL_SKILLS: (
        Cue(
            r"technical (?:skills?|ability|abilities|knowledge|depth|expertise|competenc(?:e|y)"
            r"|assessment|test|interview|round|exercise|challenge|questions?|side|background)",
            1.4,
        ),
        Cue(r"technical(?:ly)?|hard skills?|skill ?set|hands[- ]on", 0.9),
        Cue(
            r"cod(?:e|er|ers|ing)|programming|algorithms?|data structures?|problem[- ]solving", 1.0
        ),
        Cue(r"systems? design|architecture|design (?:question|round|interview|exercise)", 1.2),
        Cue(r"take[- ]home(?: (?:test|task|assignment|exercise))?", 1.2),
        Cue(
            r"(?:coding|programming|skills?|aptitude|numeracy|numerical reasoning|excel|sql)"
            r" (?:test|challenge|exercise|assessment|round|task)s?",
            1.3,
        ),
        Cue(
            r"debug(?:ging)?|testing|unit tests?|test coverage|complexity|big[- ]o|edge cases?"
            r"|optimi[sz](?:e|ation|ing)|scalab(?:le|ility)",
            0.8,
        ),
        Cue(
            r"(?:python|java|javascript|typescript|sql|excel|aws|azure|gcp|kubernetes|docker|react"
            r"|terraform|spark|tableau|power bi|figma|salesforce|sap|statistics|machine learning"
            r"|data modell?ing|financial modell?ing|accounting|bookkeeping|autocad|golang)"
            r"(?: skills?| knowledge)?",
            1.0,
        ),
        Cue(r"domain knowledge|fundamentals|expertise|proficien(?:t|cy)|familiarity with", 0.7),
        Cue(r"depth of knowledge|(?:knowledge|understanding) of", 0.5),
        Cue(r"brush(?:ing)? up on|rusty", 0.8, "concern"),
    ),
    _T.EXPERIENCE_LEVEL: (
        Cue(r"experiences?|experienced", 0.8),
        Cue(
            r"(?:years|yrs) of (?:\w+ )?experience|(?:\d+|two|three|four|five|several)\+? years",
            1.2,
        ),
        Cue(
            r"(?:more|greater|deeper|broader|additional|less|more relevant) experience"
            r"|more (?:experienced|senior|junior|years)",
            1.3,
            "concern",
        ),
        Cue(
            r"(?:industry|sector|domain|relevant|commercial|professional|direct|leadership"
            r"|management|people management|client[- ]facing|agency|startup|enterprise) experience",
            1.3,
        ),
        Cue(
            r"too (?:junior|senior|experienced|early in your career)"
            r"|over[- ]?qualified|under[- ]?qualified|less senior|(?:bit|little|slightly|somewhat"
            r"|rather) (?:too )?(?:junior|senior|inexperienced)",
            1.5,
            "concern",
        ),
        Cue(r"junior|senior(?:ity)?|entry[- ]level|mid[- ]level|career stage|early[- ]career", 0.9),
        Cue(
            r"level (?:we|of the role|required|needed|for this role)|at (?:the|this|that) level"
            r"|the right level|levell?ing",
            1.0,
        ),
        Cue(r"track record|background|exposure(?: to)?|qualifications?|qualified", 0.7),
        Cue(r"credentials|certifications?|degree", 0.7),
        Cue(
            r"lead(?:ing)? (?:a |the )?teams?|manag(?:ed|ing) (?:a |the )?(?:team|people|reports)"
            r"|line management|direct reports|leadership"
            r"|(?:run|ran|running|led) (?:a |the )?(?:larger |bigger |big )?teams?",
            1.0,
        ),
        Cue(r"requirements? (?:of|for) the (?:role|position)|role requirements", 0.7),
    ),
    _T.CULTURE_FIT: (
        Cue(r"cultur(?:e|al)(?: (?:fit|add|alignment|match))?", 1.4),
        Cue(
            r"(?:team|values?|company) fit|fit (?:with|within|into) (?:the|our) "
            r"(?:team|company|organi[sz]ation|culture)|fit in",
            1.3,
        ),
        Cue(r"fit", 0.6),
        Cue(r"values|mission|ethos|principles", 1.1),
        Cue(r"ways? of working|working style|work style|how (?:we|our team) works?", 1.1),
        Cue(r"team dynamics?|collaborat(?:e|ive|ion)|teamwork|team player", 0.9),
        Cue(r"alignment|aligned|misaligned", 0.7),
        Cue(r"startup|fast[- ]paced|environment|autonomy|ambiguity|corporate", 0.7),
        Cue(r"attitude|personality|chemistry", 0.9),
    ),
    _T.COMMUNICATION: (
        Cue(r"communicat(?:e|ed|ing|ion|ions|or)(?: skills?)?", 1.4),
        Cue(r"articulat(?:e|ed|ing)", 1.0, "strength"),
        Cue(r"explain(?:ed|ing|s)?|explanations?|clarity", 0.9),
        Cue(r"unclear", 0.8, "concern"),
        Cue(r"concise(?:ly|ness)?|succinct(?:ly)?|to the point", 1.0, "strength"),
        Cue(
            r"ramble(?:d|s)?|rambling|waffl(?:e|ed|ing)|verbose|long[- ]winded|tangents?"
            r"|hard to follow|difficult to follow|lost the thread",
            1.2,
            "concern",
        ),
        Cue(r"listen(?:ing|ed|er)?|interrupt(?:ed|ing)?", 0.9),
        Cue(r"(?:written|spoken) (?:english|communication)|writing skills", 1.3),
        Cue(r"english|language skills|fluen(?:t|cy)|written skills|writing skills|verbal", 0.9),
        Cue(r"presentation skills|stakeholders?|storytelling|thought process", 0.9),
        Cue(r"think(?:ing)? (?:out loud|aloud)|walk(?:ed)? (?:us|me) through", 0.9),
        Cue(r"structure(?:d)? (?:your |the |their )?(?:answers?|thoughts|responses?)", 0.9),
        Cue(r"jargon|tone", 0.7),
    ),
    _T.COMPETITION: (
        Cue(
            r"(?:another|other|a different) (?:candidate|applicant|person|individual|finalist)s?"
            r"|(?:a |the )?(?:successful|preferred|chosen|selected|stronger|strongest|more "
            r"(?:experienced|qualified|senior|suitable)) (?:candidates?|applicants?)",
            1.5,
            "external",
        ),
        Cue(
            r"someone else|(?:went|gone|go|going) with|(?:chose|hired|selected|appointed) someone",
            1.1,
            "external",
        ),
        Cue(r"offered (?:the|this) (?:role|position|job) to", 1.3, "external"),
        Cue(
            r"(?:strong|competitive|crowded|talented|deep|high[- ]calib(?:re|er)) "
            r"(?:field|pool|shortlist)|(?:highly|very|extremely) competitive|competition"
            r"|competitive (?:process|role|field|market)",
            1.3,
            "external",
        ),
        Cue(
            r"(?:large|high|huge|record|overwhelming|significant) (?:number|volume) of "
            r"(?:applications|applicants|candidates)|(?:hundreds|so many|lots) of "
            r"(?:applications|applicants|candidates)|\d[\d,]* (?:applications|applicants)",
            1.3,
            "external",
        ),
        Cue(
            r"close (?:call|decision|second)|came (?:a close )?second|runner[- ]up"
            r"|final (?:two|three)|narrowly|(?:difficult|tough|hard) decision|came down to",
            1.1,
            "external",
        ),
        Cue(r"shortlist(?:ed)?|pool", 0.5, "external"),
    ),
    _T.PROCESS_CHANGE: (
        Cue(r"on hold|hiring freeze|headcount freeze|frozen|freeze", 1.5, "external"),
        Cue(r"pause[ds]?|pausing", 1.3, "external"),
        Cue(r"budget(?:ary|s)?|funding|headcount|cost[- ]cutting", 1.3, "external"),
        Cue(
            r"internal(?:ly)? (?:candidate|hire|applicant|move|transfer)s?|internally"
            r"|(?:hire|hired|fill|filled|promote|promoted) from within",
            1.5,
            "external",
        ),
        Cue(
            r"re-?organi[sz](?:ation|ing|ed)|reorg|restructur(?:e|ed|ing)|merger|acquisition"
            r"|layoffs?|redundanc(?:y|ies)",
            1.4,
            "external",
        ),
        Cue(
            r"(?:role|position|vacancy|opening|requisition|job) (?:has been|was|is|have been) "
            r"(?:closed|cancell?ed|withdrawn|pulled|removed|eliminated)|(?:closed|cancell?ed"
            r"|withdrawn|pulled) the (?:role|position|vacancy|opening)|no longer (?:hiring"
            r"|recruiting|open|available|exists|needed|required)",
            1.5,
            "external",
        ),
        Cue(
            r"decided not to (?:fill|proceed with|continue with) (?:the|this) \w+", 1.3, "external"
        ),
        Cue(r"cancell?ed|postponed|delayed|de-?prioriti[sz]ed", 1.0, "external"),
        Cue(
            r"(?:change|changes|shift) (?:in|of|to) (?:the |our )?(?:role|scope|requirements"
            r"|priorities|direction|strategy|plans?|team structure)|(?:role|scope|requirements"
            r"|priorities) (?:has|have) changed|re-?(?:scop|defin|evaluat)(?:e|ed|ing)"
            r"|business (?:needs|priorities|reasons)",
            1.2,
            "external",
        ),
    ),
}

# Sentiment markers: (pattern, weight). Matched like cues; a negation within three words
# before a marker flips it ("not strong", "no concerns").
POSITIVE_MARKERS: tuple[tuple[str, float], ...] = (
    (r"strong(?:ly|er|est)?|strengths?|impress(?:ed|ive|ively)|excellent|outstanding", 1.0),
    (r"exceptional|fantastic|brilliant|praised|stood out|standout|impeccable|spot on", 1.0),
    (r"great|lovely|loved|thoughtful|thorough|polished|engaging|compelling|knowledgeable", 0.8),
    (r"good|solid|enjoyed|well[- ]written|high quality", 0.8),
    (r"well|competent|capable|confident|liked|appreciated?|skilled|nice|pleased|positive", 0.6),
    (r"clear(?:ly)?|comfortable", 0.6),
    (r"demonstrated", 0.4),
)
NEGATIVE_MARKERS: tuple[tuple[str, float], ...] = (
    (r"(?:\w+'d|would) have (?:liked|loved|wanted|hoped|expected)(?: to see)?", 1.0),
    (r"weak(?:er|ness|nesses)?|lack(?:ed|ing|s)?|struggl(?:e|ed|es|ing)|insufficient", 1.0),
    (r"not enough|fell short|falls short|room for improvement|poor(?:ly)?|underwhelm\w*", 1.0),
    (r"needs? (?:work|development|improvement|strengthening)|not quite|concern(?:s|ed)?", 0.9),
    (r"missing|gaps?|limited|doubts?|shaky|rusty|inconsistent|mismatch(?:ed)?|below|bad", 0.8),
    (r"superficial|disappoint\w*|work on|brush up|missed|worried|confusing", 0.8),
    (r"try|consider|suggest|recommend|next time|focus on", 0.7),
    (r"mistakes?|errors?|improve(?:ment|d)?|vague|unclear", 0.7),
    (r"issues?|problems?(?![- ]solv)|could|should|would have|hoped|wanted to see|too", 0.6),
    (r"more|less|deeper|generic|basic|difficult|hard", 0.5),
)
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "hardly", "barely", "cannot"})
# Words that open a new clause: praise before them does not carry past them.
CLAUSE_BREAKS = (
    r"but|however|although|though|whereas|whilst|while|yet|despite|except|unfortunately"
    r"|that said|having said that|on the other hand"
)
SUBORDINATORS = ("although", "though", "whilst", "while", "despite", "whereas", "even though")
