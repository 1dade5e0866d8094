"""Broader cue families for ``feedback.classify_feedback`` (fourth round): word families
by meaning across fields, added to the themes of ``feedback_cues``. Plain data.

Each family names what a remark is about in many professions at once (the work a
candidate produced, how they prepared, how they speak to the people they serve, how they
work with a team), so that a writer who never saw the lexicon is still read. Weights sit
at or just under the threshold: a family word alone, unjudged, stays a mention.
"""

from __future__ import annotations

from onward.analysis.feedback_lexicon import Cue
from onward.analysis.feedback_lexicon import Theme as _T

# What you produce or know in the work itself, across fields.
_WORK = (
    r"(?:your |the |their )?(?:analysis|analytical (?:work|thinking)|maths?|mathematics"
    r"|arithmetic|mental arithmetic|sums|numbers work|calculations?|estimat(?:e|es|ing)"
    r"|drafting|draft(?:s)?|dishes|plates|food|cooking|cookery|knife work|seasoning"
    r"|craft(?:smanship)?|finish(?:ing)? work|joinery|brickwork|plastering|tiling|welds?"
    r"|technique|methodology|methodologies|frameworks?|theory|research design"
    r"|commercial (?:awareness|acumen|sense|judgement|judgment)|business acumen"
    r"|product sense|product thinking|market knowledge|industry knowledge"
    r"|food (?:hygiene|safety)|hygiene|allergens?|haccp|cross[- ]contamination"
    r"|agile|scrum|kanban|waterfall|prince2|lean|six sigma|sprint planning"
    r"|(?:ml|ai|machine learning|deep learning|nlp|llms?|statistical|statistics) (?:answers?"
    r"|knowledge|questions?|understanding|depth|fundamentals)"
    r"|data model(?:l?ing)?|state management|networking|security|accessibility"
    r"|brand voice|tone of voice|copy|headlines?|visual polish|colour|color|composition)"
)
_PREP = (
    r"(?:know|knew|learn|learnt|learned|find out|found out|read|reading|understand|understood"
    r"|research(?:ed)?) (?:(?:much|more|anything|enough|a little|a bit|very little|little)"
    r" )?(?:about )?(?:our|the) (?:product|products|company|business|brand|organi[sz]ation"
    r"|site|website|audience|readers|clients|customers|service|services|school|ward|trust"
    r"|charity|mission|menu|store|shop|practice|firm|publication)"
    r"|asked (?:us )?what we do|before (?:the|your) (?:interview|call|meeting|visit|trial)"
)
_SERVE = (
    r"(?:telephone|phone|bedside|customer|client|patient) manner|manner (?:with|towards|on)"
    r" (?:the |a )?(?:customers?|patients?|clients?|callers?|parents?|guests?|phone)"
    r"|with (?:the |a )?(?:frustrated|angry|upset|difficult|anxious) (?:customer|patient|client"
    r"|caller|parent|guest)s?|plain (?:language|english)|(?:talked|spoke) over|handover"
    r"|de-?escalat\w+|active listening|empath(?:y|ise|ize|etic)|(?:feel|felt) (?:heard|listened to)"
    r"|lost (?:the|your|their|our) (?:\S+ )?(?:audience|room|listeners|readers?|panel)"
    r"|jump(?:ed|ing|s)? (?:straight )?(?:in)?to (?:solutions|conclusions|fixing)"
)
_TEAM = (
    r"muck(?:ed|ing)? in|pitch(?:ed|ing)? in|(?:on|by) your own|work(?:ed|ing)? alone"
    r"|(?:with|alongside) the (?:others|team|rest of the team|crew|lads|staff)"
    r"|reliab(?:le|ility)|rel(?:y|ied) on|punctual(?:ity)?|(?:were|was|turned up|arrived) late"
    r"|work ethic|enthusias(?:m|tic) (?:for|about) (?:the|our) (?:brand|company|role|mission)"
    r"|stopgap|stop-gap|commitment to (?:the|our) (?:role|team|company)"
    r"|challenge (?:senior|more senior) colleagues|raising concerns|speak(?:ing)? up"
    r"|discretion|discreet|confidential(?:ity)?|integrity|trustworth(?:y|iness)|honesty"
    r"|loyalty|conduct"
)

# Know-how shown or not shown on a point of the work: "didn't mention screen readers",
# "unsure of the testing sequence", "struggled with the estimation question". A vehicle:
# another theme named in the clause says what the remark is about.
_NOT_SHOWN = (
    r"(?:didn't|did not|never|failed to|forgot to|couldn't|could not) (?:mention|cover|consider"
    r"|address|account for|bring up|think about|spot|identify|explain why)"
    r"|(?:unsure|not sure|uncertain|confused|unclear) (?:of|about|on) (?:the|how|what|which|when"
    r"|why|your)"
)
_POINT = r"(?:the|an?|that) [\w-]+ (?:question|scenario|task)"

_ROLE = r"(?:role|post|position|job|vacancy|opening|opportunity)s?"
# The role itself changed: reshaped, split, merged, regraded, moved (the lexicon's own
# cues already read withdrawn, on hold, frozen, cancelled).
_CHANGED = (
    rf"(?:the |this |that )?{_ROLE} (?:was|were|has been|have been|had been|is being|are being"
    r"|got|will be) (?:redesigned|re-?scoped|split|merged|re-?graded|redefined|reshaped"
    r"|deleted|scrapped|downgraded|combined|moved|relocated|outsourced|offshored|absorbed)"
    r"|(?:an|to an|with an) internal(?! (?:audit|tool|system|process|team|training|memo))"
    r"|(?:paused|frozen|stopped|suspended|halted) (?:all )?(?:hiring|recruitment|recruiting)"
)
# How large or strong the field was.
_FIELD = (
    r"(?:applicants?|candidates?|applications?) (?:per|for each|for every) (?:place|role|post"
    r"|position|vacancy|seat)|(?:the )?final cut|(?:standard|calibre|caliber|quality) of"
    r" (?:the )?(?:applicants?|candidates?|applications?|field)"
)
# Where the candidate would be happier: the way the team works is the subject.
_ELSEWHERE = (
    r"(?:be|feel|be much|be a lot) (?:more )?(?:comfortable|at home|happier|suited) (?:somewhere"
    r"|elsewhere|in an? (?:bigger|smaller|larger|slower|faster|more)|with (?:a |longer|more))"
    r"|we move (?:very |really )?(?:quickly|fast)|ship(?:ping)? (?:daily|every day|weekly)"
)

# Done before, or not yet: the experience the role asks for.
_NOT_YET = (
    r"(?:which|that|something|what) you(?:'ve| have)? (?:haven't|have not|hadn't|had not|'ve not"
    r"|not)(?: yet| really)?(?: done| had| covered)?(?= yet| before| so far|[.,;]|$)"
    r"|(?:haven't|hasn't|have not|has not|'ve not|hadn't)(?: yet)? (?:done|had|worked|led"
    r"|managed|run|covered)(?= yet| before| so far|[.,;]|$)"
    r"|(?:not enough|too little|little|limited|no|more) time (?:running|leading|managing|doing"
    r"|working|spent|as an?|at (?:this|that|a senior))"
)
_DONE_BEFORE = (
    r"(?:had|has|have|'d|'s|'ve) (?:already |previously )?(?:done|closed|run|led|managed|built"
    r"|shipped|delivered|sold|taught|launched|won|held|covered|carried)"
    r"(?=[^.;]{0,60}\b(?:before|previously|already|for years)\b)"
)

FAMILY_CUES: dict[_T, tuple[Cue, ...]] = {
    _T.EXPERIENCE_LEVEL: (Cue(_NOT_YET, 1.2, "concern"), Cue(_DONE_BEFORE, 1.1)),
    _T.PROCESS_CHANGE: (Cue(_CHANGED, 1.3, "external"),),
    _T.COMPETITION: (Cue(_FIELD, 1.2, "external"),),
    _T.TECHNICAL_SKILLS: (
        Cue(_WORK, 0.9),
        Cue(_NOT_SHOWN, 1.0, "concern", defer=True),
        Cue(_POINT, 1.0, defer=True),
    ),
    _T.INTERVIEW_PERFORMANCE: (Cue(_PREP, 1.0),),
    _T.COMMUNICATION: (Cue(_SERVE, 1.0),),
    _T.CULTURE_FIT: (Cue(_TEAM, 1.0), Cue(_ELSEWHERE, 1.1, "concern")),
}
