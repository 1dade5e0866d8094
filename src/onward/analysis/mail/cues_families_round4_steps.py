"""Families of meaning from the fourth round (issue 12: a third writer's mail), besides
rejections: acknowledgements that say an application came through, sits on a list or is
delayed; tests named by their subject or announced as the next step; invitations to drop by
or to a call; offers in translated English; withdrawals the candidate asked for;
career-service events, volunteering, surveys, conferences and non-job applications, which
are not job mail. Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ACK, ASM, INT, OFF, OTH, WDR
from onward.analysis.mail.cues_families_steps import NONJOB

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The noun ends its phrase ("a credit card.", "the Hardship Fund has"), so it is not the
# first word of a job title ("the role of Mortgage Broker").
_PHRASE_END = (
    r"\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|has|have|was|is|with|from|on|in|to|and|because|for|"
    r"this|that|which)\b)"
)

ROUND4_STEP_CUES: tuple[Cue, ...] = (
    cue(
        "application came through",
        ACK,
        0.75,
        r"\b(?:your (?:application|cv|resume|form|documents?|email|details)|yours) (?:has |have "
        r")?(?:came|come|got|gone) through\b|\b(?:is|it's|are|has been|have been) (?:now )?(?:with"
        r"|passed (?:on )?to|sent to|forwarded to) the (?:hiring|recruiting|line) (?:manager|team)"
        r"\b",
    ),
    cue(
        "placed on a list",
        ACK,
        0.7,
        r"\b(?:placed|put|added|included) (?:on|onto|to|in) (?:the|our) (?:eligible|eligibility|"
        r"candidate|hiring|talent) (?:list|register|pool)\b",
    ),
    cue(
        "still reviewing applications",
        ACK,
        0.45,
        r"\bstill (?:reviewing|going through|looking at|considering|assessing|sorting through) "
        r"(?:the |all )?(?:applications|cvs|candidates|applicants)\b|\blet you know either way\b",
    ),
    cue(
        "next step is a test",
        ASM,
        0.8,
        r"\b(?:next|first|following) (?:step|stage|round)(?: in (?:our|the) process)? (?:is|will "
        r"be|would be) (?:a|an|our|the) (?:[\w-]+ ){0,3}?(?:test|assessment|exercise|task|"
        r"assignment|take-? ?home|challenge|case study)\b",
    ),
    cue(
        "test named by its subject",
        ASM,
        0.7,
        r"\b(?:practical|reasoning|mechanical|subject|maths?|typing|spelling|art|edit|editing|"
        r"trade|drawing|welding|driving|language|literacy|numeracy) (?:test|assessment)s?\b|\ba "
        r"(?:short |small |quick )?take-? ?home\b(?! pay| salary| income| amount)",
    ),
    cue(
        "present it at the interview",
        ASM,
        0.6,
        r"\bpresent (?:it |this |them |your [\w-]+ )?(?:to [^.\n]{1,40}? )?(?:at|in|during) "
        r"(?:your|the) (?:[\w-]+ )?interview\b",
    ),
    cue(
        "application logged",
        ACK,
        0.8,
        r"\b(?:application|submission)\b[^.\n]{0,80}?\b(?:has been|was|is) (?:successfully )?"
        r"(?:submitted|logged|registered|recorded)\b|\backnowledge (?:receipt of )?your "
        r"(?:application|cv|resume|submission)\b",
        "-",
    ),
    cue(
        "got it, will review",
        ACK,
        0.5,
        r"\bgot (?:it|your (?:cv|resume|application|email|message|details))\b|\bwe(?:'ll| will) be "
        r"(?:reviewing|looking at|going through) (?:everything|all (?:the )?applications|"
        r"applications|cvs|them)\b",
    ),
    cue(
        "writing sample",
        ASM,
        0.7,
        r"\b(?:writing|code|coding|work|design) samples?\b",
    ),
    cue(
        "a referee writes",
        OTH,
        0.7,
        r"\b(?:i've|i have|i) (?:written|sent|submitted|done|completed|filled in) (?:the |a |my )?"
        r"(?:reference|referee form)s? for\b|\bhappy to (?:give|provide|write|be) (?:\w+ )?(?:a )?"
        r"(?:reference|referee)\b",
        "-",
    ),
    cue(
        "drop by and talk",
        INT,
        0.7,
        r"\b(?:come|swing|drop|stop|pop|call) (?:by|in|round|over|down|into)\b[^.\n]{0,60}?\b(?:and"
        r"|to|so) (?:we(?:'ll| will| can) )?(?:have a |grab a )?(?:talk|chat|meet|show you)\b",
        "!",
    ),
    cue(
        "someone wants to meet you",
        INT,
        0.75,
        r"\b(?:client|hiring manager|manager|employer|panel|they|team) (?:wants?|would like|'d "
        r"like|is keen|are keen) to (?:see|meet|interview) you\b|\b(?:they've|they have|client "
        r"has) (?:proposed|suggested|offered) (?:" + _WEEKDAY + r"|tomorrow|a time|two times)",
        "!",
    ),
    cue(
        "interview confirmed",
        INT,
        0.85,
        r"\b(?:confirm|confirming) (?:your|the) (?:[\w-]+ ){0,2}?interview\b|\byour interview "
        r"(?:is|has been) (?:now )?(?:confirmed|booked)\b",
        "!",
    ),
    cue(
        "you wish to withdraw",
        WDR,
        0.9,
        r"\b(?:you|that you)(?:'d| would)? (?:wish|want|would like|'d like|intend|have asked|"
        r"asked|decided) to withdraw\b",
    ),
    cue(
        "application still in process",
        ACK,
        0.7,
        r"\b(?:application|candidacy|cv|profile)\b[^.\n]{0,50}?\bis still (?:in process|in "
        r"progress|in review|under review|being reviewed|being considered|under consideration|"
        r"open|active)\b",
        "-",
    ),
    cue(
        "sorry for the delay",
        ACK,
        0.45,
        r"\b(?:sorry|apologi[sz]e|apologies) (?:for|about) the (?:delay|wait)\b|\btaking longer "
        r"than (?:usual|expected|planned|hoped)\b|\b(?:decision|process|shortlisting|review) "
        r"(?:is|has "
        r"been|was) (?:delayed|pushed back|postponed)\b|\bhaven't forgotten (?:about )?you\b",
        "-",
    ),
    cue(
        "confirm receipt",
        ACK,
        0.85,
        r"\bconfirm(?:ing|s)? (?:the )?receipt of (?:your|the)\b|\b(?:application|cv|resume)\b"
        r"[^.\n]{0,60}?\b(?:landed|arrived) (?:safely |ok |fine )?(?:with us|in our inbox|here)\b",
        "-",
    ),
    cue(
        "could we have a call",
        INT,
        0.7,
        r"\b(?:could|can|shall) we (?:have|do|set up|arrange|book|jump on|hop on) (?:a|an) "
        r"(?:quick |short |brief |\d+[- ]?min(?:ute)?s? )?(?:call|chat|phone call|video call|"
        r"conversation)\b|"
        r"\b(?:have|got) you (?:got )?(?:time|a minute|a moment|\w+ minutes) for a (?:quick |"
        r"short |brief )?(?:call|chat)\b",
        "!",
    ),
    cue(
        "propose you the position",
        OFF,
        0.85,
        r"\b(?:pleased|happy|delighted|glad) to propose (?:to )?you (?:the|a|an) (?:[\w-]+ ){0,3}?"
        r"(?:position|role|job|post|contract)\b|\bpromise of (?:hiring|employment)\b",
    ),
    cue(
        "interview experience survey",
        OTH,
        0.8,
        r"\b(?:survey|feedback) (?:on|about) your (?:recent )?(?:interview|candidate|application|"
        r"hiring) experience\b|\bcandidate experience survey\b|\banonymous (?:[\w-]+ ){0,2}?"
        r"survey\b",
        "-",
    ),
    cue(
        "passed your cv on",
        ACK,
        0.7,
        r"\b(?:passed|forwarded|handed) (?:it|them) on to\b|\b(?:passed|forwarded|sent|handed) "
        r"your (?:cv|resume|application|details) (?:on |over )?(?:to|on to)\b|\b(?:application|cv|"
        r"resume)\b[^.\n]{0,50}?\bis (?:now |"
        r"safely )?"
        r"with us\b",
    ),
    cue(
        "fancy a coffee",
        INT,
        0.65,
        r"\b(?:fancy|up for|free for) (?:a |an )?(?:quick |short )?(?:coffee|chat|call|"
        r"brew|cuppa)\b",
        "!",
    ),
    cue(
        "want you on board",
        OFF,
        0.8,
        r"\b(?:want|like|love|have) you (?:on ?board|aboard|to join (?:us|the team))\b(?! for "
        r"(?:an? )?"
        r"(?:interview|chat|call))|\b(?:formal |written )?(?:contract|offer letter) (?:to follow|"
        r"will follow|is on its way)\b",
    ),
    cue(
        "career-service event",
        OTH,
        0.7,
        r"\bmock interviews?\b|\binterview (?:practice|prep|preparation|skills) (?:day|session|"
        r"workshop|event|evening)s?\b|\bcareers? (?:fair|service|services) (?:event|workshop)",
        "-",
    ),
    cue(
        "volunteering",
        OTH,
        0.6,
        r"\b(?:sign(?:ing|ed)? up|registering|registered) (?:to|as an?) volunteer\b|\bvolunteer "
        r"(?:orientation|briefing|induction|rota|shift|training)s?\b",
        "-",
    ),
)

NONJOB_ROUND4_CUES: tuple[Cue, ...] = (
    cue(
        "applied for something else",
        NONJOB,
        0.75,
        r"\b(?:application|applying|applied) (?:for|to) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?"
        r"(?:credit card|card|loan|mortgage|(?:hardship|support|relief|emergency) fund|financial "
        r"aid|scholarship|bursary|grant|unit \w+|apartment|flat|membership)" + _PHRASE_END + r"|"
        r"\b(?:application|applying|applied) to join (?:the |our )?(?:[\w-]+ ){0,2}?(?:club|"
        r"society|choir|gym|association|league)" + _PHRASE_END + r"|"
        r"\bhousehold income\b|\beligibility threshold\b|\bguarantor\b|\bmembership cap\b",
        "-",
    ),
    cue(
        "conference or supplier",
        NONJOB,
        0.7,
        r"\b(?:another|other|a different) (?:speakers?|vendors?|suppliers?|venues?|bids?|quotes?|"
        r"proposals?|talks?|papers?)\b|\b(?:call for (?:papers|proposals|speakers)|speaker (?:slot|"
        r"line-?up)|talk proposal|conference (?:panel|programme|program|committee))\b",
        "-",
    ),
)

ROUND4_STEP_FAMILY_CUES = ROUND4_STEP_CUES + NONJOB_ROUND4_CUES
