"""Families of meaning from the fourth round (issue 12: a third writer's mail): an insider
promoted or an offer made to someone else, no strong enough match, every position taken,
going with "someone who ..."; acknowledgements that say an application came through or sits
on a list; tests named by their subject or announced as the next step; invitations to drop
by; withdrawals the candidate asked for; career-service events and volunteering, which are
not job mail. Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ACK, ASM, INT, OFF, OTH, REJ, WDR
from onward.analysis.mail.cues_families_steps import NONJOB

_SOMEONE = r"(?:someone|somebody|an?(?:other)? (?:candidate|applicant|person|individual|finalist))"
_PLACES = r"(?:positions|roles|vacancies|places|posts|jobs|spots|shifts)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

ROUND4_REJECTION_CUES: tuple[Cue, ...] = (
    cue(
        "promoted an insider",
        REJ,
        0.85,
        r"\b(?:decided|chosen|chose|opted|going|gone|went|made the decision) to (?:promote|move "
        r"up) (?:one of (?:our|my|the) (?:own )?(?:[\w-]+ ){0,2}?[\w-]+s|someone (?:from|on|in|"
        r"within) (?:our|my|the) (?:own )?(?:team|staff|crew|side)|an? (?:internal|existing|"
        r"current) [\w-]+)\b|\bwe(?:'ve| have)? (?:now )?promoted (?:one of (?:our|my)|someone "
        r"(?:from|within)|an internal|a (?:colleague|team member|member of (?:our|the) (?:team|"
        r"staff)))",
        gate=("promot", "move up"),
    ),
    cue(
        "not a strong enough match",
        REJ,
        0.85,
        r"\b(?:don't|do not|didn't|did not|can't|cannot|couldn't|could not) (?:see|feel|think|"
        r"find|believe) (?:that )?(?:there(?:'s| is| was) )?(?:a |an )?(?:strong|close|good|"
        r"clear|right|direct)(?: enough)? (?:match|fit|alignment)\b|\b(?:isn't|is not|wasn't|"
        r"was not|not) (?:quite )?(?:a |an )?(?:strong|close|clear)(?: enough)? (?:match|fit)\b",
        "-",
        gate=("match", "fit", "alignment"),
    ),
    cue(
        "offer made to someone else",
        REJ,
        0.9,
        r"\b(?:extended|made|offered|given|accepted) (?:an |the |our )?offer (?:to|from) "
        r"(?:the other |one of the other )?(?:[\w-]+ )?" + _SOMEONE + r"\b|\boffer (?:has "
        r"gone|went) to (?:[\w-]+ )?" + _SOMEONE + r"\b",
        "-",
        gate=("offer",),
    ),
    cue(
        "all positions taken",
        REJ,
        0.85,
        r"\b(?:all (?:of )?(?:our|the) (?:[\w-]+ )?" + _PLACES + r" (?:are|have been|have) (?:now "
        r"|currently |already )?|(?:our|the) (?:[\w-]+ )?"
        + _PLACES
        + r" (?:are|have) (?:all |now |"
        r"already )+(?:been )?|we (?:have|'ve got) all (?:of )?(?:our|the) "
        + _PLACES
        + r" (?:now |"
        r"currently |already )?)(?:filled|taken|full|covered|gone)\b",
        "-",
        gate=("all",),
    ),
    cue(
        "going with someone who",
        REJ,
        0.9,
        r"\b(?:decided|chosen|opted|going|gone|went|elected) (?:to )?(?:go |proceed |move forward "
        r"|continue |carry on )?(?:ahead )?with " + _SOMEONE + r" (?:who|whose|with|that)\b",
        gate=("with",),
    ),
    cue(
        "gave the job to one of ours",
        REJ,
        0.85,
        r"\b(?:given|gave|giving|offered|handed) (?:it|the (?:[\w-]+ ){0,2}?(?:job|role|position|"
        r"post|spot|place|work|shifts?|hours)) to (?:my|our|his|her|their) (?:own )?[\w-]+\b",
        gate=("given", "gave", "giving", "offered", "handed"),
    ),
    cue(
        "not taking anyone on",
        REJ,
        0.85,
        r"\bnot (?:looking|able|planning|going) to (?:take on|hire|recruit|bring on|add) "
        r"(?:any(?:one|body| more| new| further)?|more|new|another|extra)\b",
        gate=("not",),
    ),
    cue(
        "profile does not correspond",
        REJ,
        0.85,
        r"\b(?:profile|experience|background|skill ?set|skills|cv|application|qualifications) "
        r"(?:does not|doesn't|did not|didn't|do not|don't) (?:quite )?(?:correspond|match|fit|align"
        r"|meet)\b|\b(?:profile|application|candidacy|candidature) (?:was|has) not (?:been )?"
        r"(?:retained|kept|selected)\b",
        "-",
        gate=("not", "n't"),
    ),
    cue(
        "overqualified",
        REJ,
        0.7,
        r"\bover-? ?qualified\b|\bmore experience than (?:what )?(?:we|the role|this role|the "
        r"job) (?:need|needs|require|requires)\b|\btoo (?:senior|experienced) for (?:this|the|"
        r"what)\b",
        gate=("qualified", "experience", "too"),
    ),
    cue(
        "hiring paused or cancelled",
        REJ,
        0.85,
        r"\b(?:pause|paused|pausing|freeze|froze|frozen|halt|halted|stop|stopped) (?:the |our |"
        r"all |this )?(?:hiring|recruitment|recruiting|search|process)\b|\b(?:gone|going|been "
        r"put|put) on pause\b|\bno longer have (?:the )?(?:budget|funding|headcount)\b|"
        r"\b(?:we(?:'ll| will) be |we are |we're |we have to |we need to )(?:closing|cancell?ing|"
        r"withdrawing) "
        r"(?:this|the) (?:vacancy|role|position|opening|requisition|post)\b",
        gate=("pause", "freeze", "froze", "halt", "stop", "budget", "funding", "headcount", "ing "),
    ),
    cue(
        "did not score highly enough",
        REJ,
        0.85,
        r"\b(?:did not|didn't|does not|doesn't|not) (?:score|rank|rate|perform|scored|ranked|rated"
        r"|performed) (?:quite )?(?:high|highly|well|strongly) enough\b",
        "-",
        gate=("enough",),
    ),
    cue(
        "we are full",
        REJ,
        0.75,
        r"\b(?:we're|we are|we're now|we are now|we're all|we are all) (?:all )?full(?: up)?\b"
        r"(?![- ]time)|\bselection (?:has been|is now|is) closed\b",
        gate=("full", "closed"),
    ),
    cue(
        "say no, including you",
        REJ,
        0.75,
        r"\bsay(?:ing)? no to [^.\n]{0,60}?\bincluding you\b|\bsay(?:ing)? no to you\b",
        gate=("no to",),
    ),
    cue(
        "not appointed",
        REJ,
        0.85,
        r"(?:\bnot|n't) (?:been )?(?:appointed|hired|taken on|engaged|recruited)\b",
        "-",
        gate=("not", "n't"),
    ),
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
        gate=("through", "manager", "team"),
    ),
    cue(
        "placed on a list",
        ACK,
        0.7,
        r"\b(?:placed|put|added|included) (?:on|onto|to|in) (?:the|our) (?:eligible|eligibility|"
        r"candidate|hiring|talent) (?:list|register|pool)\b",
        gate=("list", "register", "pool"),
    ),
    cue(
        "still reviewing applications",
        ACK,
        0.45,
        r"\bstill (?:reviewing|going through|looking at|considering|assessing|sorting through) "
        r"(?:the |all )?(?:applications|cvs|candidates|applicants)\b|\blet you know either way\b",
        gate=("still", "either way"),
    ),
    cue(
        "next step is a test",
        ASM,
        0.8,
        r"\b(?:next|first|following) (?:step|stage|round)(?: in (?:our|the) process)? (?:is|will "
        r"be|would be) (?:a|an|our|the) (?:[\w-]+ ){0,3}?(?:test|assessment|exercise|task|"
        r"assignment|take-? ?home|challenge|case study)\b",
        gate=("step", "stage", "round"),
    ),
    cue(
        "test named by its subject",
        ASM,
        0.7,
        r"\b(?:practical|reasoning|mechanical|subject|maths?|typing|spelling|art|edit|editing|"
        r"trade|drawing|welding|driving|language|literacy|numeracy) (?:test|assessment)s?\b|\ba "
        r"(?:short |small |quick )?take-? ?home\b(?! pay| salary| income| amount)",
        gate=("test", "assessment", "home"),
    ),
    cue(
        "drop by and talk",
        INT,
        0.7,
        r"\b(?:come|swing|drop|stop|pop|call) (?:by|in|round|over|down|into)\b[^.\n]{0,60}?\b(?:and"
        r"|to|so) (?:we(?:'ll| will| can) )?(?:have a |grab a )?(?:talk|chat|meet|show you)\b",
        "!",
        gate=("come", "swing", "drop", "stop", "pop", "call"),
    ),
    cue(
        "someone wants to meet you",
        INT,
        0.75,
        r"\b(?:client|hiring manager|manager|employer|panel|they|team) (?:wants?|would like|'d "
        r"like|is keen|are keen) to (?:see|meet|interview) you\b|\b(?:they've|they have|client "
        r"has) (?:proposed|suggested|offered) (?:" + _WEEKDAY + r"|tomorrow|a time|two times)",
        "!",
        gate=("see you", "meet you", "interview you", "proposed", "suggested", "offered"),
    ),
    cue(
        "interview confirmed",
        INT,
        0.85,
        r"\b(?:confirm|confirming) (?:your|the) (?:[\w-]+ ){0,2}?interview\b|\byour interview "
        r"(?:is|has been) (?:now )?(?:confirmed|booked)\b",
        "!",
        gate=("interview",),
    ),
    cue(
        "you wish to withdraw",
        WDR,
        0.9,
        r"\b(?:you|that you)(?:'d| would)? (?:wish|want|would like|'d like|intend|have asked|"
        r"asked|decided) to withdraw\b",
        gate=("withdraw",),
    ),
    cue(
        "application still in process",
        ACK,
        0.7,
        r"\b(?:application|candidacy|cv|profile)\b[^.\n]{0,50}?\bis still (?:in process|in "
        r"progress|in review|under review|being reviewed|being considered|under consideration|"
        r"open|active)\b",
        "-",
        gate=("still",),
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
        gate=("delay", "wait", "longer", "pushed", "postponed", "forgotten"),
    ),
    cue(
        "confirm receipt",
        ACK,
        0.85,
        r"\bconfirm(?:ing|s)? (?:the )?receipt of (?:your|the)\b|\b(?:application|cv|resume)\b"
        r"[^.\n]{0,60}?\b(?:landed|arrived) (?:safely |ok |fine )?(?:with us|in our inbox|here)\b",
        "-",
        gate=("receipt", "landed", "arrived"),
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
        gate=("call", "chat", "conversation"),
    ),
    cue(
        "propose you the position",
        OFF,
        0.85,
        r"\b(?:pleased|happy|delighted|glad) to propose (?:to )?you (?:the|a|an) (?:[\w-]+ ){0,3}?"
        r"(?:position|role|job|post|contract)\b|\bpromise of (?:hiring|employment)\b",
        gate=("propose", "promise"),
    ),
    cue(
        "interview experience survey",
        OTH,
        0.8,
        r"\b(?:survey|feedback) (?:on|about) your (?:recent )?(?:interview|candidate|application|"
        r"hiring) experience\b|\bcandidate experience survey\b|\banonymous (?:[\w-]+ ){0,2}?"
        r"survey\b",
        "-",
        gate=("survey", "experience"),
    ),
    cue(
        "passed your cv on",
        ACK,
        0.7,
        r"\b(?:passed|forwarded|sent|handed) (?:it|them|your (?:cv|resume|application|details)) "
        r"(?:on |over )?(?:to|on to)\b|\b(?:application|cv|resume)\b[^.\n]{0,50}?\bis (?:now |"
        r"safely )?"
        r"with us\b",
        gate=("passed", "forwarded", "sent", "handed", "with us"),
    ),
    cue(
        "fancy a coffee",
        INT,
        0.65,
        r"\b(?:fancy|up for|free for) (?:a |an )?(?:quick |short )?(?:coffee|chat|call|"
        r"brew|cuppa)\b",
        "!",
        gate=("coffee", "chat", "call", "brew", "cuppa"),
    ),
    cue(
        "want you on board",
        OFF,
        0.8,
        r"\b(?:want|like|love|have) you (?:on ?board|aboard|to join (?:us|the team))\b(?! for "
        r"(?:an? )?"
        r"(?:interview|chat|call))|\b(?:formal |written )?(?:contract|offer letter) (?:to follow|"
        r"will follow|is on its way)\b",
        gate=("board", "aboard", "join", "follow"),
    ),
    cue(
        "career-service event",
        OTH,
        0.7,
        r"\bmock interviews?\b|\binterview (?:practice|prep|preparation|skills) (?:day|session|"
        r"workshop|event|evening)s?\b|\bcareers? (?:fair|service|services) (?:event|workshop)",
        "-",
        gate=("mock", "interview", "career"),
    ),
    cue(
        "volunteering",
        OTH,
        0.6,
        r"\b(?:sign(?:ing|ed)? up|registering|registered) (?:to|as an?) volunteer\b|\bvolunteer "
        r"(?:orientation|briefing|induction|rota|shift|training)s?\b",
        "-",
        gate=("volunteer",),
    ),
)

NONJOB_ROUND4_CUES: tuple[Cue, ...] = (
    cue(
        "applied for something else",
        NONJOB,
        0.75,
        r"\b(?:application|applying|applied) (?:for|to) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?"
        r"(?:credit card|card|loan|mortgage|(?:hardship|support|relief|emergency) fund|financial "
        r"aid|scholarship|bursary|grant|unit \w+|apartment|flat|membership|club)\b(?![ -](?:[\w-]+ "
        r")?(?:role|job|position|post|vacancy|manager|officer|assistant|analyst))|\bapplying to "
        r"join\b(?! (?:the|our) team)|"
        r"\bhousehold income\b|\beligibility threshold\b|\bguarantor\b|\bmembership cap\b",
        "-",
        gate=("appl", "income", "threshold", "guarantor", "membership"),
    ),
)

ROUND4_CUES = ROUND4_REJECTION_CUES + ROUND4_STEP_CUES + NONJOB_ROUND4_CUES
