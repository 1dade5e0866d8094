"""The lexicon behind ``feedback.classify_feedback``: themes, sentiment markers, negation
and clause words. The theme cues themselves live in ``feedback_cues``. Plain data.

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

A cue with ``defer`` is a vehicle ("your answers", "at the level", "explain"): it only
counts when no cue of another candidate theme shares its clause.
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
        "Another candidate was chosen or the field was large: outside your control.",
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
    # A vehicle ("your answers", "at the level"): dropped when its clause has a cue of
    # another candidate theme, which then says what the remark is about.
    defer: bool = False
    # A skill named in the built-in vocabulary (``feedback_skill_names``): it only counts
    # when its clause praises or criticises it.
    named: bool = False


# Sentiment markers: (pattern, weight). Matched like cues; a negation within three words
# before a marker flips it ("not strong", "no concerns"). Words in NEGATION_FILLERS do not
# count towards those three ("didn't come across as nervous", "didn't feel there was a
# strong alignment"). Adverb forms are written in ("brilliant(?:ly)?").
# Advice: praise words after it describe what to aim for ("try to give clear examples").
ADVICE = (
    r"try|consider|suggest|recommend|next time|focus on|work on|benefit from|make sure"
    r"|remember to|aim to|advise|would help"
)
# What the role asks for: a comparative after it describes the need ("someone with
# stronger Excel skills"), not the candidate.
WANT = (
    r"(?:we're|we are|we were|were|are) looking for|(?:we'd|we would) (?:like|prefer|want)"
    r"|need(?:ed|s)?|want(?:ed)? someone|someone (?:who|with)|requires?|required|essential"
    r"|prioriti[sz](?:e|es|ed|ing)|preference for"
    r"|at least|minimum of|(?:are |were )?(?:seeking|searching for|search(?:ing)?)(?: for)? (?:a "
    r"|an )?"
    r"(?:candidates?|someone|people|person)"
)
POSITIVE_MARKERS: tuple[tuple[str, float], ...] = (
    # "It wasn't your CV (that held you back)": a cleft that clears what follows it.
    (
        r"(?:(?:it|this) (?:wasn't|was not|isn't|is not|was never)|it's not)(?: really"
        r"| necessarily| just| so much)? (?:your|(?:about|down to|a question of|a matter of"
        r"|an issue with|a problem with|because of|due to)(?: your)?)",
        1.5,
    ),
    # Pleasantries praise the conversation, not a theme: "great to hear about your work".
    (
        r"(?:great|lovely|nice|good|wonderful|fantastic|brilliant|a pleasure|pleasure)"
        r" (?:to|meeting|speaking|talking|chatting) (?:(?:meet|hear|learn|talk|speak|chat)"
        r"(?: more)?(?: about| with| to)?|you|with you|to you)|enjoyed (?:meeting|speaking"
        r"|talking|chatting|hearing|learning)(?: about| with| to)?",
        0.0,
    ),
    (r"one of the (?:very )?(?:best|strongest|most \w+|\w+est)", 1.0),
    (r"strong(?:ly|er|est)?|strengths?|impress(?:ed|ive|ively)|excellent(?:ly)?|outstanding", 1.0),
    (r"exceptional(?:ly)?|fantastic(?:ally)?|brilliant(?:ly)?|superb(?:ly)?|praised", 1.0),
    (r"stood out|standout|impeccable|spot on|best|wonderful(?:ly)?|first[- ]class", 1.0),
    (r"great|lovely|loved|thoughtful(?:ly)?|thorough(?:ly)?|polished|engaging|compelling", 0.8),
    (r"knowledgeable|beautiful(?:ly)?|stunning|accurate(?:ly)?|plenty|wealth of|extensive", 0.8),
    (r"neat(?:ly)?|tidy|precise|meticulous|deep(?:ly)?|in[- ]depth", 0.8),
    (r"scored (?:highly|well|strongly)|high scores?|top scor\w+|passed|exactly what we need", 1.0),
    (r"good|solid|enjoyed|well[- ]written|high quality|effective(?:ly)?|calm(?:ly)?", 0.8),
    (r"well|competent|capable|confident(?:ly)?|liked|appreciated?|skilled|nice|pleased", 0.6),
    (r"happy with|valued|delighted|correct(?:ly)?|clean(?:ly)?", 0.6),
    (r"positive|clear(?:ly)?|comfortable|convinced|sure|certain|better|insightful|insight", 0.6),
    (r"fine|decent|sound|reasonable|a (?:real )?pleasure to (?:read|review|watch|see)", 0.6),
    (r"demonstrated", 0.4),
    # General praise by meaning (adjectives and their adverbs), not tied to one theme.
    (r"tast(?:y|ier)|delicious|creative(?:ly)?|inventive|insightful|sharp|bright|smart", 0.7),
    (r"professional(?:ly)?|methodical|rigorous(?:ly)?|careful(?:ly)?", 0.7),
    (r"friendly|personable|warm(?:ly)?|enthusias(?:m|tic|tically)|passion(?:ate|ately)?", 0.7),
    (r"efficient(?:ly)?|safe(?:ly)?|interesting|rated (?:you )?highly", 0.6),
    (r"(?:really |very )?(?:enjoyed|liked|loved) (?:your|the|how)|credit to you", 0.8),
    (r"attractive|elegant|well[- ](?:executed|crafted|made|finished|presented)|flawless", 0.8),
)
NEGATIVE_MARKERS: tuple[tuple[str, float], ...] = (
    (r"(?:\w+'d|would) have (?:liked|loved|wanted|hoped|expected)(?: to (?:see|hear))?", 1.0),
    (r"weak(?:er|ness|nesses)?|lack(?:ed|ing|s)?|struggl(?:e|ed|es|ing)|insufficient", 1.0),
    (
        r"(?:did not|didn't|does not|doesn't|do not|don't|failed to|not) (?:quite )?(?:meet|reach"
        r"|achieve|pass|hit)",
        1.0,
    ),
    (r"failed|scored (?:poorly|low|badly)|low scores?|didn't pass|did not pass", 1.0),
    (r"not enough|fell short|falls short|room for improvement|poor(?:ly)?|underwhelm\w*", 1.0),
    (r"held you back|let you down|counted against you|fell down|tripped (?:you )?up", 1.0),
    (
        r"(?:came|was|is|were) (?:down to|due to)|(?:deciding|decisive) factor|tipped the balance",
        0.8,
    ),
    (
        r"(?:main|key|biggest|only|one) area|areas? (?:to|for|of) (?:work on|development"
        r"|improvement|concern|focus|develop|improve)|picked up on",
        0.9,
    ),
    (r"needs? (?:work|development|improvement|strengthening)|(?:not|\w+n't) quite", 0.9),
    (r"concern(?:s|ed)?|area for development|development areas?|reservations", 0.9),
    (
        r"difficult(?:y|ies)|sticking point|stumbling block|hesitat(?:ion|ed|ant)|weak (?:spot"
        r"|point)"
        r"|downside|(?:the )?(?:only |main |one )?(?:thing|piece|bit) (?:that )?(?:was )?missing",
        0.9,
    ),
    (r"missing|gaps?|limited|doubts?|shaky|rusty|inconsistent|mismatch(?:ed)?|below|bad", 0.8),
    (r"superficial|disappoint\w*|brush up|missed|worried|worry|confusing|thin", 0.8),
    (
        r"(?:weren't|wasn't|were not|was not|not|aren't|isn't|are not|is not)(?: \w+)? (?:sure"
        r"|convinced|confident|certain) (?:that|whether|if|you|you'd|you're|you'll|you would|how)",
        1.0,
    ),
    (r"unfamiliar|inaccura\w+|dabbled|pass mark|only (?:used|done|dabbled|worked)", 0.8),
    (r"shallow|patchy|sketchy|light on|not (?:yet )?(?:at|where)", 0.8),
    (r"where (?:it|they|we) needs? to be", 0.8),
    (ADVICE, 0.7),
    (r"mistakes?|errors?|improve(?:ment|d)?|vague|unclear|unsure|hesitant|uncertain", 0.7),
    (r"a (?:little|bit|touch) (?:more|less|too)|slightly (?:more|less|too)|too much", 0.8),
    (r"(?:a (?:little|bit|touch)|slightly|rather|too|quite|overly) (?:long|short|brief)", 0.8),
    (r"dated|outdated|old[- ]fashioned|cluttered|messy|sloppy|careless|rushed", 0.7),
    (r"slow(?:ly|er)?|took (?:\w+ )?longer|took too long", 0.8),
    (r"issues?|problems?(?![- ]solv)|could|should|would have|hoped|hoping|too", 0.6),
    (WANT, 0.6),
    (r"wanted to see|hoped to see|expected to see", 0.6),
    (r"more|less|deeper|generic|basic|difficult|hard", 0.5),
    # General criticism by meaning (adjectives, verbs of falling short, their word forms).
    (r"abrupt(?:ly)?|blunt(?:ly)?|rude(?:ly)?|dismissive(?:ly)?|curt(?:ly)?|brusque", 0.8),
    (r"disorgani[sz]ed|unstructured|chaotic|muddled|rambl(?:e|ed|ing)|tangents?", 0.8),
    (r"lapses?|slipp(?:ed|ing)|wobbl(?:y|ed)|unsafe(?:ly)?|incorrect(?:ly)?", 0.8),
    (r"surface[- ]level|beginner|entry[- ]level|rudimentary|elementary|naive", 0.7),
    (r"flat|lacklustre|lackluster|bland|unconvincing|unprepared|off[- ]task", 0.7),
    (r"(?:very )?little (?:to say|about|on|of|evidence)|(?:nothing|not much|little) to show", 0.8),
    (r"(?:hard|difficult|tricky) to (?:follow|understand|read|hear)|lost (?:us|the panel)", 0.9),
    (r"let (?:\w+ )?down|not up to|below (?:par|standard|the bar)|fell below", 1.0),
    (r"incomplete|unfinished|half[- ]finished|ignor(?:ed|ing)", 0.8),
    (r"(?:well )?below (?:target|standard|expectations?|the (?:target|standard|level))", 1.0),
    (r"off (?:target|the mark|brief|topic)|out of (?:square|level|tolerance|date)", 0.8),
    (r"sub-?standard|not (?:safe|square|level|accessible|compliant|acceptable)", 0.8),
)
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "hardly", "barely", "cannot"})
# Words skipped when measuring how far a negation reaches: "wasn't really all that strong".
NEGATION_FILLERS = frozenset(
    {
        *("a", "an", "the", "at", "all", "as", "to", "that", "there", "it", "so", "really"),
        *("very", "particularly", "overly", "quite", "too", "especially", "yet", "always"),
        *("be", "been", "is", "was", "were", "are", "seem", "seemed", "appear", "appeared"),
        *("come", "came", "across", "feel", "felt", "think", "thought", "believe", "find"),
        *("found", "sound", "sounded", "look", "looked", "get", "got", "go", "went"),
        *("enough", "much", "many", "any", "us", "me", "them", "give", "gave", "show"),
        *("showed", "see", "saw", "hear", "heard", "have", "has", "had"),
    }
)
# Words that open a new clause: praise before them does not carry past them.
CLAUSE_BREAKS = (
    r"but|however|although|though|whereas|whilst|while|(?<!not )(?<!n't )yet|despite|except"
    r"|unfortunately|that said|having said that|on the other hand|it was (?:more|rather|just)"
    r"|it's (?:more|rather)|(?:the|our) (?:main|real|only|bigger|biggest|key) (?:issue|concern"
    r"|gap|problem|reason|sticking point)|where you (?:struggled|fell down|fell short)"
)
SUBORDINATORS = ("although", "though", "whilst", "while", "despite", "whereas", "even though")
