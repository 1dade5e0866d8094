"""Families of meaning from the third round (issue 12: real mail from a second writer):
portal status lines, "we've filled it", choosing or recommending someone else, going back
to market, a hire not proceeding, not being in a position to take anyone on, plus a few
look-alikes (rescheduled interviews, saved-job notices, rejected ads). Conventions as in
``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ASM, INT, OTH, REJ

_OTHERS = (
    r"(?:an?other|other|a different|a more [\w-]+|an internal|the other|someone else|somebody "
    r"else|one of (?:our|the) other)"
)
_PERSON = r"(?:candidates?|applicants?|persons?|people|profiles?|individuals?|someone|somebody)"
_HIRE = r"(?:position|role|job|post|vacancy|opening|hire|hiring|recruitment|appointment)"

REAL_REJECTION_CUES: tuple[Cue, ...] = (
    cue(
        "portal status closed",
        REJ,
        0.85,
        r"\b(?:current |new |application |candidate )?status(?: of your application)? ?: "
        r"?(?:closed|position filled|filled|not selected|not progressed|rejected|unsuccessful|"
        r"declined|no longer (?:under consideration|in consideration|being considered)|not "
        r"proceeding|withdrawn by (?:the )?(?:employer|company|recruiter)|job closed|requisition "
        r"(?:closed|cancell?ed))\b",
        "-",
    ),
    cue(
        "we filled it",
        REJ,
        0.85,
        r"\b(?:we|i)(?:'ve| have)? (?:now |already |just |since )?(?:filled|found someone for) "
        r"(?:it|that|this|the spot|the place)\b|\b(?:we've|we have|we're|we are) (?:got )?(?:the "
        r"|our )?(?:team|staff|rota|crew|spot|place|role|position|vacancy) (?:sorted|covered|"
        r"filled)\b|\bwe(?:'re| are) (?:all |fully )?sorted (?:for|now|at)\b|\bwe(?:'re| are) "
        r"(?:now )?fully staffed\b",
    ),
    cue(
        "chose another candidate",
        REJ,
        0.9,
        r"\b(?:decided|decide|chosen|chose|choose|opted|elected|made the decision|taken the "
        r"decision|took the decision) (?:to )?(?:choose|select|pick|take|follow with|continue "
        r"with|go ahead with|carry on with|move on with|advance with|hire|appoint|go with|"
        r"promote|offer the (?:[\w-]+ )?"
        + _HIRE
        + r" to) "
        + _OTHERS
        + r" ?(?:[\w-]+ )?"
        + _PERSON
        + r"?\b",
    ),
    cue(
        "decided in favour of someone else",
        REJ,
        0.9,
        r"\b(?:decided|decision|chosen|opted|voted|gone|went) (?:has been made )?(?:in favou?r "
        r"of|for) " + _OTHERS + r" ?(?:[\w-]+ )?" + _PERSON + r"?\b",
    ),
    cue(
        "someone else recommended or selected",
        REJ,
        0.85,
        r"\b(?:has|have|had) (?:recommended|selected|shortlisted|chosen|picked|preferred|"
        r"identified) " + _OTHERS + r" (?:[\w-]+ )?" + _PERSON + r"\b",
    ),
    cue(
        "go with someone else",
        REJ,
        0.85,
        r"\b(?:going to|gonna|will|'ll|decided to|have to|need to|'re going to) (?:go|goes) "
        r"(?:with|for) (?:someone|somebody|another|a different|an internal|the other)\b",
    ),
    cue(
        "back to market",
        REJ,
        0.75,
        r"\b(?:go|going|went|gone) back (?:out )?to (?:the )?market\b|\bre-?advertis(?:e|ing) "
        r"(?:the|this|that) (?:[\w-]+ ){0,2}?" + _HIRE + r"|\b(?:reopen|re-open|restart)(?:ing)? "
        r"(?:the|our) search\b",
    ),
    cue(
        "hire not proceeding",
        REJ,
        0.8,
        r"\b(?:won't|will not|shan't|are not|aren't|not|no longer) (?:be )?(?:proceeding|"
        r"progressing|continuing|going ahead|moving forward|going forward) (?:with )?(?:the|your|"
        r"this|that|our) (?:[\w-]+ ){0,2}?(?:hire|application|candidacy|role|position|"
        r"recruitment|vacancy|appointment|candidature|process|search|selection)\b",
    ),
    cue(
        "cannot take the application further",
        REJ,
        0.85,
        r"\b(?:can't|cannot|can not|unable to|won't|will not|not able to|not be able to|not) "
        r"(?:be )?(?:tak(?:e|ing)|mov(?:e|ing)|progress(?:ing)?|carry(?:ing)?|push(?:ing)?) "
        r"(?:(?:your|the|this) (?:application|candidacy|profile|cv|candidature)|it) (?:any )?"
        r"(?:further|forward)\b|\b(?:your|the) (?:application|candidacy|candidature) (?:will|"
        r"would|has|is|was|can)? ?(?:not|n't) (?:be |been )?(?:taken|moved|progressed|carried|"
        r"put) (?:any )?(?:further|forward)\b",
    ),
    cue(
        "ended up hiring someone",
        REJ,
        0.85,
        r"\bended up (?:hiring|appointing|recruiting|going with|going for|taking on|choosing|"
        r"picking|offering (?:it|the [\w-]+) to|giving (?:it|the [\w-]+) to|promoting)\b",
    ),
    cue(
        "made a hire",
        REJ,
        0.85,
        r"\b(?:we|i)(?:'ve| have)? (?:now |since |already |just )?(?:made|completed) (?:a|an|the|"
        r"our) (?:[\w-]+ )?hire\b|\b(?:a|the) hire (?:has been|was) made\b",
    ),
    cue(
        "not in a position to take anyone on",
        REJ,
        0.8,
        r"\bnot (?:currently |presently |yet |now )?in a position to (?:take on|take (?:anyone|"
        r"someone|you|anybody) on|hire|recruit|employ|offer (?:you )?(?:a|the|any)|appoint|add "
        r"to)\b",
    ),
    cue(
        "not extending an invitation",
        REJ,
        0.85,
        r"\b(?:not|won't|will not|unable to|cannot|can't) (?:be )?(?:extend(?:ing)?|issu(?:e|ing)"
        r"|send(?:ing)?) (?:you )?an? (?:interview|invitation|offer)\b",
        "-",
    ),
    cue(
        "role put on hold",
        REJ,
        0.75,
        r"\b(?:putting|put|placing|placed|keeping|kept) (?:the|this|that|our) (?:[\w-]+ ){0,2}?"
        + _HIRE
        + r" on hold\b|\b(?:role|position|vacancy|post|job|hire|recruitment) (?:has been|is "
        r"being|was|is) (?:now )?(?:put|placed) on hold\b",
        "-",
    ),
    cue(
        "nothing going",
        REJ,
        0.75,
        r"\b(?:nothing|no (?:work|jobs?|vacancies|openings|positions|roles|shifts))(?: is)? "
        r"(?:going|available|on|doing|free) (?:at the (?:minute|moment)|right now|for now|"
        r"currently|this (?:year|season|time))\b",
    ),
    cue(
        "took someone on in the end",
        REJ,
        0.75,
        r"\b(?:took|taken|hired|went with|gone with|chose|picked|got) [\w' ]{1,30}? in the end\b",
    ),
    cue(
        "no longer need anyone",
        REJ,
        0.75,
        r"\b(?:won't|will not|don't|do not|no longer|not going to) (?:actually )?need (?:a|an|"
        r"the|anyone|anybody|someone|somebody)\b[^.\n]{0,40}?(?:after all|any ?more|now|for "
        r"now)\b",
    ),
    cue(
        "hired another of a kind",
        REJ,
        0.75,
        r"\b(?:hired|booked|chosen|chose|picked|gone with|went with|selected|appointed|engaged|"
        r"taken on|signed) (?:another|a different) [\w-]+\b(?! (?:for|at) (?:your|the|our) "
        r"(?:interview|call|meeting|chat))",
    ),
    cue(
        "not taking you to the next stage",
        REJ,
        0.85,
        r"\b(?:won't|will not|not|unable to|can't|cannot|not able to) (?:be )?(?:tak(?:e|ing)|"
        r"put(?:ting)?|mov(?:e|ing)|progress(?:ing)?|invit(?:e|ing)|bring(?:ing)?|push(?:ing)?) "
        r"you (?:through )?(?:to (?:the |a |an )?(?:next|second|third|final|another|further|"
        r"interview|assessment)|forward|further)\b",
    ),
    cue(
        "looking for someone more senior",
        REJ,
        0.6,
        r"\b(?:looking for|need|want|after) (?:someone|somebody|a candidate|candidates|a person) "
        r"(?:with )?(?:a bit |much |a lot )?more (?:senior|experienced|experience)\b",
    ),
    cue(
        "pass on a named person",
        REJ,
        0.8,
        r"\b(?:we'll|we will|we're going to|going to|decided to|have to) pass on "
        r"(?:him|her|them|(?-i:[A-Z][a-z]+))\b",
    ),
)

REAL_STEP_CUES: tuple[Cue, ...] = (
    cue(
        "wondered if you'd be free",
        INT,
        0.75,
        r"\bwonder(?:ed|ing)? if you(?:'d| would|'re| are| might be) (?:be )?(?:free|available|"
        r"up|open|around|keen) (?:for|to) (?:an? )?(?:[\w-]+ ){0,3}?(?:call|chat|conversation|"
        r"meeting|coffee|interview)\b",
        "-",
    ),
    cue(
        "booked you in",
        INT,
        0.8,
        r"\b(?:i've|i have|we've|we have) (?:now )?(?:booked|scheduled|pencilled|penciled|put) "
        r"you in (?:with|for)\b",
    ),
    cue(
        "pop in for a chat",
        INT,
        0.7,
        r"\b(?:can|could|would) you (?:pop|come|drop|swing|call) (?:in|into|by|down|over|round|"
        r"up)\b",
    ),
    cue(
        "paid test project",
        ASM,
        0.8,
        r"\b(?:paid |short |small )?(?:test project|trial project|trial task|test task|paid "
        r"(?:exercise|task|trial))\b|\bwork through a (?:short |small |quick )?(?:[\w-]+ )?"
        r"(?:exercise|task|brief)\b",
    ),
    cue(
        "pick a new slot",
        INT,
        0.8,
        r"\b(?:pick|choose|select|book|find) (?:a )?new (?:slot|time|date|time slot)\b|\bchoose "
        r"a new time\b",
    ),
    cue(
        "saved job gone",
        OTH,
        0.8,
        r"\ba job you (?:saved|viewed|liked|followed|bookmarked)\b|\bsimilar jobs you (?:might|"
        r"may) (?:like|be interested)",
        "-",
    ),
    cue(
        "ad or listing rejected",
        OTH,
        0.85,
        r"\byour (?:ad|advert|listing|post|comment|review|photo|video) (?:\"[^\"\n]{1,80}\" )?"
        r"(?:was|has been|is) (?:rejected|declined|removed|not approved)\b",
        "-",
    ),
)

REAL_CUES = REAL_REJECTION_CUES + REAL_STEP_CUES
