"""Families of meaning the first lexicon missed, written in general form (issue 12): the
plain ways people say someone else got the job, the role closed or paused, "pass"; the
process descriptions of acknowledgements (``cues_families_steps.py`` has the rest).
Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ACK, REJ

_SOMEONE = (
    r"(?:someone|somebody|another|an? (?:[\w-]+ )?(?:candidate|applicant|person|individual)|"
    r"the other|a different|an internal|one of (?:the|our) other)"
)
_POST = r"(?:position|role|job|post|place|contract|vacancy|opening|requisition)"

FAMILY_REJECTION_CUES: tuple[Cue, ...] = (
    cue(
        "someone else appointed",
        REJ,
        0.9,
        r"\b(?:appointed|hired|recruited|employed|engaged|found|taken on|gone with|went with|"
        r"settled on|decided on) (?:an? |the )?(?:other|another|different|internal|external|"
        r"preferred|successful|more experienced|stronger)? ?(?:someone|somebody|candidate|"
        r"applicant|person|individual)\b|\b(?:taken|took|take|taking) (?:someone|somebody|a "
        r"(?:\w+ )?(?:lad|lass|guy|person|candidate)) on\b",
    ),
    cue(
        "decided to hire someone",
        REJ,
        0.9,
        r"\b(?:decided|chosen|chose|opted|elected) to (?:hire|appoint|recruit|go with|proceed "
        r"with|progress|offer (?:the|this) (?:[\w-]+ )?" + _POST + r" to) (?:an? |another |the "
        r"other |a different )?(?:[\w-]+ )?(?:candidate|applicant|person|someone|individual)",
    ),
    cue(
        "gave the job to someone",
        REJ,
        0.95,
        r"\b(?:offer|offered|offering|give|gave|given|giving|award|awarded) (?:the|this|that) "
        r"(?:[\w-]+ ){0,3}?" + _POST + r" to " + _SOMEONE,
    ),
    cue(
        "we filled the post",
        REJ,
        0.85,
        r"\bwe(?:'ve| have)? (?:now |already |since |just )?(?:filled|closed|recruited for|"
        r"hired for|appointed to) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:position|role|"
        r"vacancy|job|opening|requisition|post)",
    ),
    cue(
        "post of X filled",
        REJ,
        0.85,
        r"\b(?:position|role|job|vacancy|post|requisition) (?:of|for) [^,.\n]{1,60}? "
        r"(?:has|had|is|was) (?:now |already )?(?:been )?(?:filled|closed|cancell?ed|withdrawn|"
        r"put on hold|placed on hold|paused|frozen)",
    ),
    cue(
        "role paused",
        REJ,
        0.7,
        r"\b(?:position|role|job|vacancy|post|requisition|hiring|recruitment)(?: [^,.\n]{1,40}?)? "
        r"(?:has been |is |was )?(?:now )?(?:placed on hold|put on hold|paused|frozen)\b",
    ),
    cue(
        "applications closed",
        REJ,
        0.8,
        r"\bclos(?:e|ed|ing) (?:out )?(?:all |any )?(?:open |outstanding |active |current "
        r"|existing )?(?:applications|candidacies)\b|\byour (?:application|candidacy) "
        r"(?:is|has been|was) (?:therefore |now |also )?(?:closed|archived)\b",
    ),
    cue(
        "pass for now",
        REJ,
        0.8,
        r"\b(?:going to|decided to|have to|will|'ll|must|need to|gonna|'re) (?:have to |need "
        r"to )?pass(?= for now| this time| at this (?:time|stage|point)| on (?:this|it|you|your "
        r"(?:application|candidacy|profile))\b|[.,;!]| -)",
    ),
    cue(
        "did not meet the bar",
        REJ,
        0.85,
        r"\b(?:did not|didn't|does not|doesn't|do not|don't|not|failed to) (?:quite |yet )?"
        r"(?:meet|met|reach|reached|hit|pass|passed|clear|cleared|achieve|achieved|get to) "
        r"(?:the |our )?(?:[\w-]+ )?(?:bar|"
        r"threshold|standard|level|benchmark|pass mark|cut-? ?off|minimum)\b",
    ),
    cue(
        "not this time",
        REJ,
        0.6,
        r"\b(?:unsuccessful|not (?:been )?successful|not (?:been )?selected|not (?:been )?"
        r"shortlisted) (?:on this occasion|this time)\b",
    ),
    cue(
        "the job has gone",
        REJ,
        0.85,
        r"\b(?:position|role|job|post|place|vacancy)(?:'s| has| is| was)? (?:now |already )?"
        r"(?:gone|been taken|been given|been offered|been awarded) to\b|\b(?:position|role|job|"
        r"post|place|vacancy)(?:'s| has| is| was) (?:now |already )?(?:gone|been taken|taken)\b|"
        r"\b(?:successful|chosen|preferred) (?:candidate|applicant) has (?:now )?(?:accepted|"
        r"started|been (?:appointed|selected|chosen|offered|notified|informed))",
    ),
    cue(
        "you did not get it",
        REJ,
        0.85,
        r"\b(?:didn't|did not|haven't|have not|weren't|were not) (?:get|got|been offered|secure|"
        r"secured|been given) (?:the|this|that) (?:[\w-]+ )?(?:position|role|job|post|place)\b|"
        r"\bnot (?:been )?the successful (?:candidate|applicant)|\bnot (?:to|be) (?:be )?"
        r"(?:taking|take) you on\b|\b(?:unable to|can't|cannot|not able to|n't be able to) "
        r"take you on\b",
    ),
    cue(
        "no appointment made for you",
        REJ,
        0.75,
        r"\bmade an appointment (?:to|for) (?:the|this|that) (?:[\w-]+ )?(?:post|role|position|"
        r"vacancy)|\bwithout (?:appointing|making an appointment)|\b(?:decided|chosen) not to "
        r"(?:appoint|fill|recruit)|\b(?:recruit|hire|fill (?:it|the role|the post|the "
        r"position)|promote) (?:internally|from within|in-house)|\b(?:hiring|recruitment) "
        r"freeze\b",
    ),
    cue(
        "not progressing",
        REJ,
        0.8,
        r"(?:\bnot|n't|\bno longer) (?:be )?(?:progressing|proceeding)(?=[.,;!]| at this| on "
        r"this| this time| any further| further| with (?:you|your (?:application|candidacy)))",
    ),
    cue(
        "not what we need",
        REJ,
        0.7,
        r"\b(?:isn't|is not|wasn't|was not|aren't|are not|not) (?:quite |exactly )?(?:what|the "
        r"(?:kind|type|profile|experience|background)(?: of \w+)?(?: that)?) (?:we(?:'re| are| "
        r"were)?|the (?:team|client|business) (?:is|are|were)?) ?(?:looking for|need|needed|"
        r"require|required|after)\b",
    ),
    cue(
        "we must decline",
        REJ,
        0.8,
        r"\b(?:have to|must|going to|'ll|will|need to|decided to) (?:respectfully |regretfully "
        r")?decline (?:your|you|on this occasion|this time|at this (?:time|stage))",
    ),
    cue(
        "not good news",
        REJ,
        0.7,
        r"\bnot (?:good|great|better|the best) news\b|\bbad news\b|\bit's a no\b|\bnot "
        r"going to work out\b|\bdidn't work out\b",
    ),
    cue(
        "not through to the next stage",
        REJ,
        0.8,
        r"(?:\bnot|n't|\bunable to|\bno longer) (?:[\w-]+ ){0,6}?(?:to|through to|into|onto|"
        r"past|beyond) (?:the )?(?:next|following|interview|initial|first|final) (?:[\w-]+ )?"
        r"(?:stage|round|step|phase|screening|list)\b|\b(?:haven't|have not|didn't|did not|"
        r"won't|will not) (?:made|make|get|got|gone|go) (?:it )?(?:through|past|any further)\b|"
        r"\bnot (?:been )?(?:taken|carried|put) forward\b",
    ),
    cue(
        "another candidate stood out",
        REJ,
        0.85,
        r"\b(?:another|other|the other|a different) (?:[\w-]+ )?(?:candidates?|applicants?|"
        r"finalists?|people|person) (?:was|were|had|have|has|demonstrated|showed|stood out|"
        r"edged|pipped|offered|brought|is|are) (?:[\w-]+ ){0,2}?(?:stronger|better|closer|more|"
        r"greater|ahead|out)\b|\bclose second\b|\brunner-? ?up\b|\bnarrowly missed\b",
    ),
    cue(
        "given it to someone",
        REJ,
        0.9,
        r"\b(?:given|gave|offered|awarded|give) (?:it|the job|the role|the post|the position) "
        r"to " + _SOMEONE,
    ),
    cue(
        "not hiring for it",
        REJ,
        0.75,
        r"(?:\bnot|n't|\bno longer) (?:currently )?(?:hiring|recruiting) (?:for )?(?:that|this|the|"
        r"any) (?:[\w-]+ )?(?:role|position|job|post|vacancy|roles|positions|jobs)\b|\b(?:filled|"
        r"closed) all (?:of )?(?:our|the) (?:[\w-]+ )?(?:positions|roles|vacancies|jobs|places)\b",
    ),
    cue(
        "recruitment concluded",
        REJ,
        0.6,
        r"\b(?:have|has|'ve) (?:now )?(?:concluded|completed|finalised|finalized|closed) (?:the|"
        r"our) (?:[\w-]+ )?(?:recruitment|selection|search|hiring|process)\b",
    ),
    cue(
        "consolation",
        REJ,
        0.4,
        r"\b(?:this|it) (?:is|will be|may be|must be) (?:\w+ )?disappointing|\bdisappointing "
        r"news|\b(?:really|so|very|truly|terribly) sorry\b|\bsorry (?:mate|to say|but we)\b|"
        r"\bdon't take (?:this|it) (?:as a reflection|personally)|\breflection on you\b|"
        r"\b(?:good|best of) luck (?:with|in) (?:your|the) (?:[\w-]+ )?(?:search|hunt|future)|"
        r"\bkeep (?:your|you) (?:number|cv|details|name) (?:on file|in mind)|\bkeep your "
        r"(?:number|cv|details)\b|\bwherever you land\b|\bno luck this time\b",
    ),
    cue(
        "decided to keep looking",
        REJ,
        0.65,
        r"\b(?:decided|going|chosen) to (?:keep|continue) (?:looking|searching|our search)\b|"
        r"\b(?:hold|holding) off (?:on )?(?:hiring|recruiting|filling)\b|\banswer is no\b",
    ),
    cue(
        "went with a local candidate",
        REJ,
        0.85,
        r"\b(?:go|going|gone|went|opted|plumped|ended up going|decided to go) (?:with|for) "
        r"(?:an? |another |the other |a more |someone |somebody )(?:[\w-]+ ){0,2}?(?:candidate|"
        r"applicant|person|individual|finalist|with|who|whose|else)\b",
    ),
    cue(
        "offered it to another",
        REJ,
        0.9,
        r"\b(?:offered|given|gave|awarded|offering) (?:the|this|that|it) (?:[\w-]+ ){0,3}?to "
        + _SOMEONE,
    ),
    cue(
        "not matching our needs",
        REJ,
        0.7,
        r"\b(?:is|are|was|were) not (?:matching|suitable|suited|aligned)\b|\bnot (?:matching|"
        r"suitable for|suited to) (?:with )?(?:our|the) (?:[\w-]+ )?(?:requirements?|needs|"
        r"criteria|position|role|profile)",
    ),
    cue("we have to inform", REJ, 0.4, r"\b(?:have|has) to inform (?:you )?(?:that )?"),
    cue(
        "role no longer needed",
        REJ,
        0.75,
        r"\b(?:role|position|cover|vacancy|job|post|contract|placement|opening)(?: [^,.\n]{1,40}?)?"
        r" (?:is|was|has been) (?:now )?no longer (?:needed|required|going ahead|happening)\b|"
        r"(?:\bnot|n't) (?:be )?(?:filling|recruiting for|hiring for|going ahead with) (?:the|"
        r"this|that) (?:[\w-]+ )?(?:role|position|vacancy|post|job|opening)\b|\b(?:not|n't) the "
        r"right time to (?:bring on|hire|recruit|add)\b",
    ),
    cue(
        "no further action",
        REJ,
        0.85,
        r"\bno further (?:action|steps?) (?:will be|is being|are being|is to be) taken (?:on|"
        r"with|regarding|in respect of) (?:your|the) (?:application|candidacy)|\bstop (?:here|"
        r"there) with your (?:application|candidacy)\b",
    ),
    cue(
        "focus on other candidates",
        REJ,
        0.8,
        r"\b(?:decided|chosen|opted|going|elected) to (?:prioriti[sz]e|focus on|concentrate on|"
        r"favou?r) (?:other |candidates|applicants|profiles|people|those)|\bfocus(?:ing)? on "
        r"other (?:candidates|applicants|profiles)\b|\bnot (?:been )?among (?:the )?(?:[\w-]+ )?"
        r"(?:candidates|applicants|those|people) (?:selected|chosen|shortlisted|invited|"
        r"progressing|taken forward)",
    ),
    cue(
        "process continues with others",
        REJ,
        0.85,
        r"\b(?:continu|proceed|mov|go|went|gone|progress|advanc)\w* (?:[\w-]+ ){0,3}?with "
        r"(?:other|another|different|alternative) (?:[\w-]+ )?(?:candidates|applicants|people|"
        r"profiles|persons|finalists|candidate|applicant|person)\b",
    ),
    cue(
        "we chose a person who",
        REJ,
        0.8,
        r"\b(?:we(?:'ve| have)?|team has|panel has|they(?:'ve| have)?|client has) (?:now )?"
        r"(?:chosen|selected|picked|hired|appointed|gone with|decided on) (?:an?|another) "
        r"(?!few|number|handful|small|short|group|couple|select)"
        r"(?:[\w-]+ ){0,2}?(?:whose|who|with)\b",
    ),
    cue("regrettably", REJ, 0.45, r"\b(?:regrettably|sadly|i'm afraid|i am afraid)\b"),
)

PROCESS_CUES: tuple[Cue, ...] = (
    cue(
        "only successful candidates contacted",
        ACK,
        0.75,
        r"\bonly (?:successful|shortlisted|short-listed|selected) (?:candidates|applicants|"
        r"applications)",
        "-",
    ),
    cue(
        "cannot reply to everyone",
        ACK,
        0.7,
        r"\b(?:(?:unable|not able|not always able|not possible|aim|try|endeavou?r) to|cannot|"
        r"can't|can not|(?:won't|will not) be able to) (?:respond|reply|get back|give "
        r"(?:individual )?feedback|provide (?:individual )?feedback)(?: individually)? "
        r"(?:to )?(?:every|each|all|everyone|everybody|applicants|unsuccessful)",
        "-",
    ),
    cue(
        "assume unsuccessful",
        ACK,
        0.6,
        r"\b(?:assume|take it|presume) (?:that )?(?:your application|you) (?:has|have|was|"
        r"were)? ?(?:not )?(?:been )?(?:unsuccessful|successful)",
        "-",
    ),
    cue(
        "process described",
        ACK,
        0.45,
        r"\bshortlisting (?:will )?(?:takes? place|will be|is|happens)|\b(?:after|following) "
        r"the closing date|\b(?:our|the) (?:hiring|recruitment|selection|interview) process "
        r"(?:has|consists|involves|includes|is made up|usually)",
        "-",
    ),
    cue(
        "we have your application",
        ACK,
        0.8,
        r"\bwe(?:'ve| have)? (?:got|now have|have) your (?:application|cv|resume|details)\b|"
        r"\byour (?:application|cv|resume)(?: for [^.\n]{1,60}?)? (?:has )?(?:arrived|reached "
        r"us|come through)\b",
    ),
    cue(
        "thanks for sending your CV",
        ACK,
        0.5,
        r"\bthank(?:s| you)(?: so much| very much)? for (?:[\w-]+ ){0,4}?(?:sending|submitting|"
        r"forwarding|dropping) (?:over |through |in |us )?your (?:cv|resume|application|details)",
    ),
    cue(
        "we will call if a match",
        ACK,
        0.6,
        r"\b(?:contact|call|ring|be in touch|get in touch|reach out|get back)(?: to)? (?:you )?"
        r"(?:if|should|when) [^.]{0,60}?\b(?:match|matches|fit|suitable|shortlisted|selected|"
        r"interested|progress|successful)\b",
        "-",
    ),
)

FAMILY_CUES = FAMILY_REJECTION_CUES + PROCESS_CUES
