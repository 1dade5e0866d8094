"""Rejection families from the fourth round (issue 12: a third writer's mail): an insider
promoted, the job given to one of ours, an offer made to someone else, no strong enough
match, every position taken, going or ending up with "someone who ...", hiring paused,
over-qualified, not appointed, "we're full". Steps and look-alikes of the round are in
``cues_families_round4_steps.py``. Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import REJ

_SOMEONE = r"(?:someone|somebody|an?(?:other)? (?:candidate|applicant|person|individual|finalist))"
_PLACES = r"(?:positions|roles|vacancies|places|posts|jobs|spots|shifts)"

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
    ),
    cue(
        "offer made to someone else",
        REJ,
        0.9,
        r"\b(?:extended|made|offered|given|accepted) (?:an |the |our )?offer (?:to|from) "
        r"(?:the other |one of the other )?(?:[\w-]+ )?" + _SOMEONE + r"\b|\boffer (?:has "
        r"gone|went) to (?:[\w-]+ )?" + _SOMEONE + r"\b",
        "-",
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
    ),
    cue(
        "going with someone who",
        REJ,
        0.9,
        r"\b(?:decided|chosen|opted|going|gone|went|elected) (?:to )?(?:go |proceed |move forward "
        r"|continue |carry on )?(?:ahead )?with " + _SOMEONE + r" (?:who|whose|with|that)\b",
    ),
    cue(
        "gave the job to one of ours",
        REJ,
        0.85,
        r"\b(?:given|gave|giving|offered|handed) (?:it|the (?:[\w-]+ ){0,2}?(?:job|role|position|"
        r"post|spot|place|work|shifts?|hours)) to (?:my|our|his|her|their) (?:own )?[\w-]+\b",
    ),
    cue(
        "not taking anyone on",
        REJ,
        0.85,
        r"\bnot (?:looking|able|planning|going) to (?:take on|hire|recruit|bring on|add) "
        r"(?:any(?:one|body| more| new| further)?|more|new|another|extra)\b",
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
    ),
    cue(
        "overqualified",
        REJ,
        0.7,
        r"\bover-? ?qualified\b|\bmore experience than (?:what )?(?:we|the role|this role|the "
        r"job) (?:need|needs|require|requires)\b|\btoo (?:senior|experienced) for (?:this|the|"
        r"what)\b",
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
    ),
    cue(
        "did not score highly enough",
        REJ,
        0.85,
        r"\b(?:did not|didn't|does not|doesn't|not) (?:score|rank|rate|perform|scored|ranked|rated"
        r"|performed) (?:quite )?(?:high|highly|well|strongly) enough\b",
        "-",
    ),
    cue(
        "we are full",
        REJ,
        0.75,
        r"\b(?:we're|we are) (?:actually |now |currently |already |just )?(?:all )?full(?: up)?\b"
        r"(?![- ]time)|\bselection (?:has been|is now|is) closed\b",
    ),
    cue(
        "say no, including you",
        REJ,
        0.75,
        r"\bsay(?:ing)? no to [^.\n]{0,60}?\bincluding you\b|\bsay(?:ing)? no to you\b",
    ),
    cue(
        "moving ahead with those whose",
        REJ,
        0.85,
        r"\b(?:moving|move|going|go|proceeding|proceed|continuing|continue) "
        r"(?:forward |ahead |on )?"
        r"with (?:the )?(?:candidates|applicants|people|those|others|profiles) (?:whose|who|"
        r"that|with)\b",
    ),
    cue(
        "preference to others",
        REJ,
        0.9,
        r"\b(?:given|give|gave|giving) (?:the |our )?preference to (?:an?)?(?:other|another|a "
        r"different|someone)\b|\bpreferred (?:an?)?other (?:candidates?|applicants?|profiles?)\b",
    ),
    cue(
        "ended up with someone",
        REJ,
        0.85,
        r"\bended up (?:getting|hiring|taking on|taking|going with|choosing|picking|appointing|"
        r"offering it to|giving it to|with) (?:someone|somebody|another|a different|an internal|"
        r"one of)\b",
    ),
    cue(
        "unable to take you on",
        REJ,
        0.8,
        r"\b(?:unable|not able|can't|cannot|won't be able|aren't able|are not able) to (?:add|take|"
        r"bring|welcome) you (?:on|onto|to|into|aboard)\b",
        "-",
    ),
    cue(
        "the job went to someone",
        REJ,
        0.85,
        r"\b(?:job|role|position|post|place|spot|vacancy|apprenticeship|contract|internship|it) "
        r"(?:went|has gone|'s gone|was given|has been given|was awarded|has been awarded|was "
        r"offered"
        r"|has been offered) to (?:a|an|another|someone|somebody|one of|the other|our|my)\b",
    ),
    cue(
        "not taking your application forward",
        REJ,
        0.9,
        r"(?:\bnot|n't) (?:going to |able to |planning to )?(?:be )?(?:taking|take|putting|put|"
        r"carrying|carry) (?:your (?:application|candidacy|cv|profile)|you) (?:forward|further)\b",
        "-",
    ),
    cue(
        "another candidate fits better",
        REJ,
        0.85,
        r"\b(?:another|other|a different) (?:candidate|applicant|person)(?:'s|s'?)? (?:[\w-]+ "
        r"){0,2}?(?:aligns?|match(?:es)?|fits?|suits?) (?:better|more closely)\b",
    ),
    cue(
        "we've hired already",
        REJ,
        0.8,
        r"\bwe(?:'ve| have) (?:already |now |just )?(?:hired|recruited|appointed)(?: someone| "
        r"somebody)?(?: already| now)?(?=\s*[.!,;]|\s+(?:for (?:the|this|that) (?:role|position|"
        r"job|post)|someone|somebody))",
    ),
    cue(
        "not scheduling an interview",
        REJ,
        0.85,
        r"(?:\b(?:will|would|are|'re|shall) not|n't) (?:be )?(?:scheduling|arranging|booking|"
        r"setting up|offering) (?:you )?(?:an? |any |further )?(?:interviews?|next steps?|"
        r"calls?)\b",
    ),
    cue(
        "not appointed",
        REJ,
        0.85,
        r"(?:\bnot|n't) (?:been )?(?:appointed|hired|taken on|engaged|recruited)\b",
        "-",
    ),
)
