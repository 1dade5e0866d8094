"""Families of meaning from the fourth round (issue 12: a third writer's mail): an insider
promoted or an offer made to someone else, no strong enough match, every position taken,
going with "someone who ..."; acknowledgements that say an application came through or sits
on a list; tests named by their subject or announced as the next step; invitations to drop
by; withdrawals the candidate asked for; career-service events and volunteering, which are
not job mail. Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ACK, ASM, INT, OTH, REJ, WDR

_SOMEONE = r"(?:someone|somebody|an?(?:other)? (?:candidate|applicant|person|individual|finalist))"
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
        r"\b(?:all (?:of )?(?:our|the) (?:positions|roles|vacancies|places|posts|jobs|spots) "
        r"(?:are|have been) (?:now |currently |already )?|(?:our|the) (?:positions|roles|"
        r"vacancies|places|posts) are (?:all |now )+|we (?:have|'ve got) all (?:of )?(?:our|the) "
        r"(?:positions|roles|vacancies|places|posts|spots) (?:now |currently |already )?)(?:filled"
        r"|taken|full|covered)\b",
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

ROUND4_CUES = ROUND4_REJECTION_CUES + ROUND4_STEP_CUES
