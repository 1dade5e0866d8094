"""The phrasings ``feedback_missing.missing_spans`` reads as "the candidate lacked X".

Plain data: regular expressions matched against the lower-cased text that
``feedback_reading`` leaves (boilerplate blanked out). Each frame says where the needed
phrase is: ``after`` the cue ("where you fell short was *X*", "we needed someone who
could *X*") or ``before`` it (the subject of "*your SQL* was weak", "*objection
handling* needs work").
"""

from __future__ import annotations

from dataclasses import dataclass

AFTER, BEFORE = "after", "before"
LACKING, NEEDED, ADVICE, OTHER_CANDIDATE = "lacking", "needed", "advice", "other candidate"
DETAIL = "detail"  # "especially X": counts only after another frame in the same sentence

# Modifiers that sit between a frame and what it is about ("more hands-on", "at least
# two years of"): part of the cue, not of the needed phrase.
_MORE = (
    r"(?: (?:more|stronger|deeper|better|broader|proven|hands-on|solid|strong|real|direct"
    r"|demonstrable|extensive|significant|some|enough|sufficient|much more|far more|greater"
    r"|further|additional|a bit more|a little more|slightly more|a lot more|current|recent"
    r"|relevant|practical|commercial|prior|previous|at least [\w-]+|minimum(?: of)? [\w-]+"
    r"|\d+\+?|one|two|three|four|five|six|several|a)(?: (?:years?|yrs|months?)(?: of| in"
    r"| with)?)?)*"
)
_NEED_VERB = (
    r"(?:need(?:ed|s)?(?! to (?!see))(?: to see)?|want(?:ed|s)?(?! to (?!see))(?: to see)?"
    r"|(?:'re|were|are) after|(?:were|are|was|is|'re|'m|am) (?:looking|searching) for"
    r"|require[sd]?|prefer(?:red)?|expect(?:ed)?|were hoping for|hoped for"
    r"|(?:were|are|'re) seeking|search(?:ing)?(?: for)?|seek(?:ing)?)"
)
_WHO = (
    r"(?: (?:someone|somebody|a candidate|candidates|people|a person|an? [\w-]+ (?:person"
    r"|candidate|profile)|a more [\w-]+ (?:person|candidate|profile)|an? [\w-]+(?= (?:who"
    r"|with|that)\b)))?"
    r"(?: (?:who|that) (?:could|can|would|will|has|had|have|is|was|knows|already"
    r"|has already|had already|can already)(?: (?:already|also|confidently|comfortably))?"
    r"| (?:who|that)(?:'s|'d|'ve)(?: already| also)?"
    r"| (?:with|w/|to have|to see|for|who has got))?"
)


@dataclass(frozen=True)
class Frame:
    pattern: str
    side: str  # AFTER | BEFORE
    kind: str  # LACKING | NEEDED | ADVICE | OTHER_CANDIDATE | DETAIL
    # "the phonics teaching did not follow our scheme": a subject that is not a person
    # ("you", "the candidate") is what was lacking too.
    subject: bool = False


FRAMES: tuple[Frame, ...] = (
    Frame(
        r"where (?:you|it|things|we|he|she|they) (?:fell|fall|came|come|went) (?:short|down"
        r"|unstuck|wrong)(?: (?:was|were|is|on|in|with|around))*"
        r"|where (?:we|the panel|they|the team|i) (?:hesitated|had (?:doubts|concerns"
        r"|reservations|questions)|struggled|were (?:less|not) (?:sure|convinced)"
        r"|weren't (?:sure|convinced)|were unsure)(?: (?:was|were|is|on|in|with|around|about))*",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:the |your |one |a |our )?(?:main |key |biggest |only |real |big |major |other |one "
        r"|first |second )?(?:gaps?|concerns?|weakness(?:es)?|weak (?:spots?|points?|areas?)"
        r"|development areas?|areas? (?:for|of|to) (?:development|improvement|develop|improve"
        r"|work on|focus on|concern|strengthen)|sticking point|hesitations?|reservations?|doubts?"
        r"|(?<=main |only | one | key |real )thing|(?<=biggest )thing"
        r"|difficulty|stumbling block|shortfall|downside|(?:thing|piece|area) (?:we kept coming"
        r" back to|that was missing|missing|that let you down|to work on|to improve))"
        r"(?: (?:for us|the panel had|we had|they had|he had|she had|was|were|is|are|=|:|-"
        r"|around|about|with|in|on|over|regarding|really|probably|just|that|mainly|mostly"
        r"|though|honestly))+",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:gaps?|weakness(?:es)?|to (?:work on|improve|develop)|development areas?"
        r"|areas? (?:for|to) (?:development|improvement|develop|improve|work on)"
        r"|could (?:improve|be better|be stronger)|needs? (?:work|improvement|improving)"
        r"|even better if|improvements?)\s*[:=-]",
        AFTER,
        LACKING,
    ),
    Frame(
        rf"(?:(?:we|they|you|the (?:team|client|panel|hiring manager|business|school|practice"
        rf"|trust|company|department|ward|firm)|i|she|he|(?:the|this|our) (?:role|position|post"
        rf"|job|vacancy|team)|it)(?: really| just| simply| also| now| still| definitely"
        rf"| ideally| actually| ultimately| would|'d| will|'ll)*(?: |(?='))|(?<![\w ]{{2}})\s*)"
        rf"{_NEED_VERB}{_WHO}{_MORE}",
        AFTER,
        NEEDED,
    ),
    Frame(
        r"(?:the|this|our) (?:role|job|position|post|work|team)(?:, however,|, though,)? (?:is"
        r"|will be|involves?|leans|relies|centres|centers|focuses|revolves)(?: heavily| mostly"
        r"| mainly| largely| entirely| primarily| about| around| on| in)*(?: \d+ ?%| half"
        r"| mostly| mainly| all)?(?: (?:on|in|of|around|with|about))?(?= )"
        r"|(?:we|we're|we are|the team is|the team are|the team works?|we work|we use)(?: now)?"
        r" (?:entirely|fully|mostly|mainly|all|exclusively|almost entirely|heavily)(?: (?:in|on"
        r"|with|using))?(?= )",
        AFTER,
        NEEDED,
    ),
    Frame(
        r"(?:is|are) (?:central|key|critical|crucial|vital|essential|core|fundamental) (?:to|for"
        r"|in) (?:this|the|our) (?:role|job|position|post|team)",
        BEFORE,
        NEEDED,
    ),
    Frame(
        # "your experience is mainly AutoCAD" says what the candidate has
        r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!'s )"
        r"(?:especially|particularly|in particular|notably|mainly|mostly)(?: (?:in|on|with"
        r"|around|for|at))?(?: (?:part|parts|the area|the areas) of)?",
        AFTER,
        DETAIL,
    ),
    Frame(
        rf"(?:for (?:this|the) (?:role|position|post|job) )?(?:is|are|was|were) (?:required"
        rf"|essential|needed|a must)(?: for (?:this|the) (?:role|position|post|job))?"
        rf"{_MORE}(?: (?:with|of|in))?",
        AFTER,
        NEEDED,
    ),
    Frame(
        r"(?:lack(?:ed|s|ing)?(?: of| in)?|a lack of|short on|light on|thin on|missing|not enough"
        r"|insufficient|limited|little|minimal|hardly any|not much|too little|no real|no direct"
        r"|no hands-on|no practical|no relevant|no prior|no previous|no commercial|no evidence of"
        r"|no examples? of|no mention of|no experience (?:of|in|with)|no exposure to"
        r"|no knowledge of|no background in|without (?:any )?(?:experience|knowledge) (?:of|in"
        r"|with))(?: (?:depth|evidence|experience|knowledge|understanding|exposure|familiarity"
        r"|detail|examples?|time|practice) (?:of|in|on|with|around|using|to))?",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:didn't|did not|couldn't|could not|wasn't able to|weren't able to|was not able to"
        r"|were not able to|unable to|failed to|struggled to|never|doesn't|does not)(?: really"
        r"| yet| quite| fully"
        r"| seem to| clearly| always| properly)? (?:demonstrate|show|explain|cover|mention"
        r"|handle|answer|write|use|apply|build|design|know|understand|consider|discuss|talk"
        r" about|describe|articulate|evidence|address|finish|complete|pass|manage|deal with"
        r"|go into|follow|identify|calculate|solve|set up|configure|test|debug|estimate|size"
        r"|structure|plan|prioriti[sz]e|lead|run|get (?:to grips|comfortable) with|find|see|hear"
        r"|spot|include|list|go far enough (?:on|into)|get (?:into|to))"
        r"(?: (?:much|enough|any|the|how to|how|your|our|this|that|on|about|with|evidence"
        r"|examples?|mention|proof|sign|signs|of|that|you|had|have|could|can|were|was|are))*",
        AFTER,
        LACKING,
        subject=True,
    ),
    Frame(
        r"(?:struggl(?:ed|es|ing)|unfamiliar|not (?:very |fully |entirely |that |particularly )?"
        r"(?:familiar|confident|comfortable|sure|fluent|proficient|strong|experienced)|less"
        r" (?:confident|familiar|comfortable|experienced)|uncomfortable|unsure|uncertain"
        r"|weren't sure|wasn't sure|shaky|rusty|weak(?:er)?|hesitant|inexperienced"
        r"|(?:a bit|a little|quite|fairly|very) new|not enough fluent|not yet (?:confident"
        r"|comfortable|familiar|proficient))(?: (?:enough|yet))? (?:with|on|about|of|in|around"
        r"|at|using|when it came to|in terms of)",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:haven't|hasn't|hadn't|have not|has not|had not|'ve not|'d not|have never|has never"
        r"|had never|never|do not|don't|does not|doesn't|didn't|did not|not)(?: yet| really"
        r"| ever| previously| actually| currently| personally)?(?= (?:done|had|have|hold|held"
        r"|worked (?:with|on|in)|led|managed|run|used|shipped|built|owned|administered"
        r"|partnered with|supervised|taught|delivered|launched|implemented|handled|sold"
        r"|operated|got|gained|completed|covered|possess)\b)",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:(?:we|i|they|the panel)(?:'d| would) have (?:liked|loved|wanted|hoped|expected) to"
        r" (?:see|hear)|(?:hoped|expected|wanted) to (?:see|hear)|(?:we|they|i) expected"
        r"|were hoping for)(?: (?:more|a bit more|stronger|deeper|better|some|much more|far more"
        r"|a lot more))?(?: (?:evidence|examples?|depth|detail|discussion|mention|understanding"
        r"|knowledge|experience) (?:of|on|in|around|about))?(?: on| of| around| about)?",
        AFTER,
        LACKING,
    ),
    Frame(
        r"(?:(?<![\w'])(?:i'd|i would|you should|you could|you might|you may want to|try to|try and"
        r"|suggest(?:ing)?|recommend(?:ing)?|advise|encourage you to|would benefit from"
        r"|need to|needs to|it would help to|my advice(?: would be)?(?: is)?(?: to)?:?|next time,?"
        r"|worth|consider|and|to|then|would be to|tip:)\s+|(?<=^)|(?<=[.!?:;\n]\s)|(?<=[.!?:;\n]))"
        r"(?:brush(?:ing)? up on|work(?:ing)? on|improv(?:e|ing)(?: on)?|build(?:ing)? up"
        r"|strengthen(?:ing)?|develop(?:ing)?|practi[cs](?:e|ing)|focus(?:ing)? on|read(?:ing)?"
        r" up on|get(?:ting)? (?:more |some )?(?:practice|experience|exposure) (?:with|in|on"
        r"|of)|gain(?:ing)? (?:more |some |further )?(?:experience|exposure|practice|confidence)"
        r" (?:with|in|of|on)|get your|look(?:ing)? into|learn(?:ing)?|study(?:ing)?)"
        r"(?: your| on| the| more| some| up on)?",
        AFTER,
        ADVICE,
    ),
    Frame(
        r"(?:the |a |an )?(?:other|successful|chosen|preferred|selected|appointed|stronger"
        r"|winning) (?:candidate|applicant|person|finalist|hire)s?(?: (?:we|they) (?:chose"
        r"|hired|appointed|picked|selected))?(?: simply| just| also| ultimately)? (?:had|has"
        r"|was|is|brought|offered|showed|demonstrated|could|knew|knows|'d)"
        r"(?: (?:more|stronger|deeper|slightly more|a bit more|significantly more|much more"
        r"|more direct|more relevant|a lot more|already|previously|recently|done|worked"
        r" (?:with|in|on)|run|led|managed))*",
        AFTER,
        OTHER_CANDIDATE,
    ),
    Frame(
        r"(?:went|gone|go|going|moving forward|move forward|moved forward|proceed(?:ing|ed)?"
        r"|went w/"
        r"|decided to go|offered (?:it|the role|the position|the job|the post) to|chose|choose"
        r"|chosen|appointed|hired|selected|picked|had|have|found)(?: (?:with|ahead with))?"
        r" (?:someone|a candidate|another candidate|candidates|an applicant|a person|other"
        r" candidate|somebody|another applicant|a different candidate|one candidate|candidate)"
        r"(?: else)?,? (?:who|that|with|w/|whose)(?:'s|'d|'ve)?(?: (?:has|had|have|could|can"
        r"|already|knows|knew"
        r"|was|is|brought|also|previously|just|simply|done|worked (?:with|in|on)|run|led"
        r"|managed|more|stronger|deeper|direct|hands-on|slightly more|a bit more))*",
        AFTER,
        OTHER_CANDIDATE,
    ),
    Frame(
        r"(?:was|were|is|are|seemed|looked|felt|came across as|appeared)(?: (?:a bit|a little"
        r"|quite|rather|too|very|pretty|somewhat|slightly|still|also|fairly|really|definitely"
        r"|clearly|just|a touch))* (?:weak(?:er)?|thin|rusty|shaky|limited|lacking|missing"
        r"|patchy|basic|below|not (?:strong|deep|good|detailed|solid|clear|developed|broad)"
        r" enough|not (?:quite )?(?:at|where|up to)|an area (?:of concern|for development"
        r"|to develop|to work on)|a (?:concern|weakness|gap|weak spot|worry)|the (?:weak spot"
        r"|weak point|weakest area|gap|main gap|concern|issue|problem|sticking point)"
        r"|superficial|inconsistent|not there yet|behind|poor|underdeveloped|insufficient"
        r"|inadequate|not up to scratch|sketchy|light|vague|unclear|confused|muddled|wrong"
        r"|incorrect|hard to follow|difficult to follow|confusing|not yet (?:at|where|up to))\b"
        r"|(?:wasn't|weren't|isn't|aren't)(?: \w+)? (?:deep|strong|good|detailed|solid|broad"
        r"|developed|advanced|clear|quite) enough\b"
        r"|(?:contained|had|included|showed) (?:several|some|a few|a number of|many|a couple of"
        r"|multiple)? ?(?:inaccuracies|errors|mistakes|gaps|issues|problems)\b"
        r"|(?:were|was) not met\b|not met\b",
        BEFORE,
        LACKING,
    ),
    Frame(
        r"(?:needs?|needed|could do with|would benefit from|requires?)(?: (?:a lot )?(?:more"
        r"|some|further|a bit more|a little more))? (?:work|improvement|improving|development"
        r"|developing|strengthening|polish(?:ing)?|practice|attention|brushing up)",
        BEFORE,
        LACKING,
    ),
    Frame(
        r"(?:weaker|less (?:strong|developed|experienced|confident)|not as strong) than",
        BEFORE,
        LACKING,
    ),
    Frame(
        r",? which (?:you|he|she) (?:do not|don't|did not|didn't|does not|doesn't|have not"
        r"|haven't|hasn't|had not|hadn't)(?: yet| currently| really)? (?:have|hold|had"
        r"|possess|show|demonstrate|done|use|used)(?: much of| much)?"
        r"|,? which (?:didn't|did not|wasn't|was not) (?:really )?(?:come through|come across"
        r"|show|land|stand out)",
        BEFORE,
        LACKING,
    ),
)
# Section headings whose lines name what was lacking ("Areas to develop", "Where we had
# concerns:") or what went well ("Strengths", "What went well:").
LACK_HEADING = (
    r"(?:areas?|things?|points?) (?:to|for|of) (?:develop|development|improve|improvement"
    r"|work on|focus on|concern|strengthen)|development areas?|weakness(?:es)?|concerns?"
    r"|gaps?|where (?:we|the panel|they) had (?:concerns|doubts|reservations)|what (?:didn't"
    r"|did not) go (?:so )?well|even better if|to improve|improvements?|(?:could|can) improve"
    r"|cons|negatives|minus(?:es)?"
)
PRAISE_HEADING = (
    r"strengths?|what went well|positives|highlights|pros|plus(?:es)?|(?:things|what) (?:you|we)"
    r" (?:did well|liked)"
)
# Words before a needed frame that cancel it: "no concerns about", "not that you lacked",
# "keep working on".
CANCEL = r"(?:\bno|\bnot|n't|\bnever|\bnothing|\bwithout|\bkeep(?: on)?|\bcontinue(?: to)?)\s*$"
# Where a needed phrase ends.
STOP = (
    r"[.!?;:\"\n\u2013\u2014]|\sfor\s|\s(?:in|during|on) (?:the|your|our) (?:[\w-]+ )?(?:test"
    r"|exercise|task|assessment|interview|role[- ]play|case study|session|call|presentation"
    r"|round)\b|\s[-\u2013\u2014]\s|,\s*(?:which|so|and (?:you|we|they|he"
    r"|she|i|that|it|the panel|the team|your|our|their|his|her)|but|though|however|as"
    r"|because|since|even|while"
    r"|whereas|although|that|who|where|when|if)\b|\s(?:which|but|though|however|because"
    r"|although|whereas|while|than|before|so that|so we|so i|as we|as the|as it|since|when"
    r"|if|until|unless|whereas|rather than|instead of|compared|from day one|for (?:this|the"
    r"|a|our|that|such a) (?:role|position|post|job|level|team)|at (?:this|that|the|our) level"
    r"|for us|right now|for now|at the moment|at this stage|on this occasion|in time"
    r"|which)\b"
)
# Inside a needed phrase, between items: "Spark, Airflow and data modelling".
ITEM_SPLIT = (
    r"\s*[()]\s*|,\s*(?:and |or |as well as |plus |including |especially |particularly "
    r"|e\.g\.,? |such as "
    r"|like )?|\s(?:and|or|as well as|plus|&|including|especially|particularly|e\.g\.|such as"
    r"|nor|along with)\s|\s?/\s?(?=[a-z]{3})(?<=[a-z]{3}/)|\s/\s"
)
# Leading words of an item that are not the skill: determiners, quantities, framing nouns.
LEAD = (
    r"(?:(?:the|a|an|your|our|their|his|her|its|any|some|more|much|enough|proper|real"
    r"|sufficient|further|additional|greater|stronger|deeper|better|broader|solid|strong|good"
    r"|great|hands-on|direct|practical|relevant|proven|demonstrable|prior|previous|recent"
    r"|current|genuine|clear|true|solid|in-depth|detailed|wider|full|formal|extra|really"
    r"|particularly|especially|also|just|only|mainly|mostly|around|about|on|with|in|of|at"
    r"|for|to|using|regarding|re|that|who|could|can|would|will|be|being|been|is|was|were|are"
    r"|have|has|had|having|get|gets|got|do|does|did|done|show|showing|demonstrate"
    r"|demonstrating|evidence|examples?|depth|level|amount|lot|bit|little|touch|kind|sort|type"
    r"|area|areas|side|part|question|questions|topic|subject|understanding|knowledge"
    r"|experience|exposure|familiarity|confidence|grasp|command|expertise|skills?|ability"
    r"|abilities|able|capability|how|what|when|which|whether|why|someone|somebody|people"
    r"|person|candidate|candidates|yet|already|still|even|ideally|least|minimum|years?|yrs"
    r"|months?|\d+\+?|one|two|three|four|five|six|several|many|few|couple|either|both|this"
    r"|these|those|very|quite|rather|too|so|such|it|them|he'd|she'd|you'd|they'd|he|she"
    r"|you|they|we|i|me|us|when it came to|in terms of|the area of|reason about|think about"
    r"|talk about|speak to|deal with|work with|working with|worked with|come to grips with"
    r"|first-hand|firsthand|day-to-day|end-to-end|senior-level|advanced|basic|general"
    r"|overall|specific|specifically|properly|fully|confidently|comfortably|qualifications?"
    r"|profiles?|background|answers?|responses?|solution|approach|handling of|holds?|holding"
    r"|possess(?:es)?|running|doing|using|years'|yrs')\s+)+"
)
# Trailing words of an item that are not the skill.
TRAIL = (
    r"(?:\s+(?:skills?|experience|exp|knowledge|expertise|abilities|ability|background|side"
    r"|question|questions|part|piece|round|element|aspect|area|areas|stuff|things|work|too"
    r"|as well|either|before|yet|though|overall|in general|at all|here|there|anywhere|really"
    r"|needed|required|essential|we need|we needed|that we need|in practice|in production"
    r"|at scale|in depth|from scratch|on your own|independently|day to day|in a \w+ setting"
    r"|confidently|properly|fully|end to end|in the interview|on the day|in the exercise"
    r"|in the test|in the task|example|examples|answers?|module|environment|environments|level"
    r"|setting|settings|generally))+$"
)
