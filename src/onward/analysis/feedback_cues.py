"""Theme cues for ``feedback.classify_feedback``: plain data, easy to read and tune.

Each theme lists families of phrasings, not sentences: spelling variants and word forms
are written into the patterns (``organi[sz]ation``, ``behaviou?r``, ``explain(?:ed|ing)``)
and the families name the vocabulary of many fields (software, nursing, teaching, sales,
finance, design, trades, admin, marketing). ``feedback_lexicon`` explains ``lean`` and
``defer``. A longer cue beats a shorter one it overlaps, so a setting such as "in the
role-play" can swallow the event noun at a low weight.

This module holds the themes about how the candidate came across; skills and experience
are in ``feedback_cues_background``, circumstances in ``feedback_cues_external``.
"""

from __future__ import annotations

from onward.analysis.feedback_cues_background import BACKGROUND_CUES
from onward.analysis.feedback_cues_external import EXTERNAL_CUES
from onward.analysis.feedback_cues_families import FAMILY_CUES
from onward.analysis.feedback_lexicon import Cue
from onward.analysis.feedback_lexicon import Theme as _T

PRESENTATION_CUES: dict[_T, tuple[Cue, ...]] = {
    _T.RESUME: (
        Cue(r"cvs?|r[eé]sum[eé]s?|curriculum vitae", 1.3),
        Cue(r"on paper", 1.0),
        Cue(
            r"application(?! form| pack)", 1.0
        ),  # "a strong application"; "your application" is 0.4
        Cue(r"cover letters?|personal statement|supporting statement", 1.2),
        Cue(r"application (?:form|pack)s?|written application", 1.2),
        Cue(r"cv (?:screen|screening|sift)|paper sift|application (?:materials?|documents?)", 1.2),
        Cue(
            r"linkedin(?: profile)?|portfolios?|showreel|(?:work|writing|design|code) samples?"
            r"|samples? of your work",
            1.0,
        ),
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
        # The setting of a remark, not its subject: "how you spoke to them in the role-play".
        Cue(
            r"(?:in|during|at|throughout) (?:the|your|our|this) (?:\w+ )?(?:interviews?"
            r"|role[- ]play|case study|assessment cent(?:re|er)|call|session|meeting)",
            0.3,
        ),
        Cue(r"prepared|preparation|prep|homework", 1.0),
        Cue(
            r"(?<!of )(?:your|the) interview (?:went|was|itself)"
            r"|(?<!the )(?<!your )(?<!of )interview"
            r" (?:went|was|itself)|how (?:the|your) interview went"
            r"|(?:the )?rest of (?:the|your) interview (?:went|was)"
            r"|interview,? which (?:went|was)",
            1.0,
        ),
        Cue(
            r"(?:great|good|strong|excellent|brilliant|fantastic|solid|lovely|really good"
            r"|very good|great first|good first) interviews?",
            1.0,
            "strength",
        ),
        Cue(r"under[- ]?prepared|unprepared|not prepared|ill[- ]prepared", 1.3, "concern"),
        Cue(r"well[- ]prepared|well[- ]researched", 1.2, "strength"),
        Cue(
            r"(?:(?:looked|look|looking) (?:at|into)|read(?:ing)? up on|(?:having )?read|researched"
            r"|familiari[sz]ed"
            r" yourself with) (?:the|our) (?:job description|job spec|website|company|trust"
            r"|school|organi[sz]ation|products?|services?|brief)(?: beforehand)?",
            1.2,
        ),
        Cue(r"nervous(?:ness)?|nerves|anxious", 1.0, "concern"),
        Cue(
            r"quiet|reserved|shy|timid|low[- ]energy|hesitant|guarded|closed off|aloof"
            r"|stand[- ]?offish",
            0.8,
            "concern",
        ),
        Cue(r"rehearsed|scripted|robotic|textbook answers?", 1.0, "concern"),
        Cue(r"confidence|self[- ]assurance", 0.9),
        Cue(r"came across as (?:very |quite |really )?confident", 1.0, "strength"),
        Cue(r"(?:specific|concrete|real|detailed|relevant|measurable) examples?", 1.2),
        Cue(r"examples? (?:you gave|you shared|you used|you provided|you chose)", 1.2),
        Cue(r"(?<!for )examples?", 1.0),
        Cue(
            r"go(?:es|ing|ne)? into (?:enough |more |much |sufficient |any )?(?:detail|depth)",
            1.0,
            defer=True,  # "your answers on AWS networking didn't go into enough depth"
        ),
        Cue(r"star (?:method|format|technique|framework|structure)", 1.2),
        Cue(r"answers?|responses?|answered|answering", 0.8, defer=True),
        Cue(r"under-?s(?:old|ell|elling|ells) yourself", 1.2, "concern"),
        Cue(
            r"s(?:old|ell|elling|ells) yourself|do(?:ing)? yourself justice|did yourself justice",
            1.1,
        ),
        Cue(r"behaviou?ral (?:questions?|interview|round)s?|competency[- ]based", 1.2),
        Cue(r"(?:situational|scenario|scenario[- ]based|hypothetical|competency) questions?", 1.2),
        Cue(
            r"(?:personal|individual|own) (?:contribution|role|impact)|what you (?:personally"
            r"|specifically|yourself|actually) (?:did|do|achieved)",
            1.1,
        ),
        Cue(
            r"why you (?:want|wanted|were applying|applied|are applying|chose|would like)"
            r"|reasons? for (?:applying|wanting|leaving|moving)",
            1.1,
            defer=True,  # in "your cover letter didn't say why you wanted..." it is the letter
        ),
        Cue(r"(?:sell|sold|selling|sells|oversold|oversell) your \w+", 1.1),
        Cue(r"modest|humble|self[- ]deprecating|downplay\w*|play(?:ed)? down", 0.9, "concern"),
        Cue(
            r"read(?:ing)? (?:from|off) (?:your |the )?(?:slides|notes|script|screen|them|it)",
            1.0,
            "concern",
        ),
        Cue(r"group (?:exercise|task|discussion|activity)|in[- ]tray(?: exercise)?", 1.0),
        Cue(
            r"research(?:ed)? (?:the company|us|our \w+)|knowledge of (?:the|our) "
            r"(?:company|business|products?|organi[sz]ation|clients?|trust|school|services?"
            r"|competitors|market|sector|industry|customers)|"
            r"understanding of (?:the|our) (?:business|company|products?)|(?:know|knew|knowing)"
            r" (?:much |enough |little )?about (?:the|our) (?:company|business|products?|clients?)",
            1.2,
        ),
        Cue(r"questions? for us|(?:asked|ask|asking) (?:[\w-]+ ){0,3}questions", 1.0),
        Cue(
            r"enthusias(?:m|tic)|passion(?:ate)?|engaged|energy|energetic|eager(?:ness)?"
            r"|keenness",
            1.0,
        ),
        Cue(r"motivation|motivated", 0.8),
        Cue(r"presentation", 1.0),
        Cue(r"presented|presenting", 1.0, defer=True),  # "the way you presented them was unclear"
        Cue(r"case (?:study|interview|exercise)|role[- ]play|assessment cent(?:re|er)", 1.0),
        Cue(r"body language|eye contact|punctuality|timekeeping|lateness", 1.0),
        Cue(r"punctual|keen(?! to| on| eye)", 0.8, "strength"),
        Cue(
            r"(?:arrived|arriving|joined|joining|logged on|dialled in"
            r"|turned up) (?:[\w-]+ ){0,4}late|(?:was|were) late|ran (?:out of|over)(?: time)?"
            r"|overran"
            r"|over time|went over (?:time|the time)",
            1.1,
        ),
        Cue(r"vague|superficial|surface[- ]level|generic answers?|high[- ]level answers?", 0.9),
        Cue(r"rapport", 1.0),
        Cue(r"first impressions?|demeanou?r|presence", 0.7),
    ),
    _T.CULTURE_FIT: (
        Cue(r"cultur(?:e|al|ally)(?: (?:fit|add|alignment|match))?", 1.4),
        Cue(r"addition to (?:the|our|your) (?:team|department|school|ward|practice)", 1.1),
        Cue(
            r"(?:adapt|adjust|settle)(?:ing|ed)? (?:in)?to (?:our|the|a|your) (?:[\w,-]+ ){0,3}"
            r"(?:culture|environment|structure|ways?|team|pace|setting|style)",
            1.1,
        ),
        Cue(
            r"(?:team|values?|company) fit|fit (?:with|within|into|in with|for) (?:the|our) "
            r"(?:\w+'s )?(?:team|company|organi[sz]ation|culture|department|school|ward|practice)"
            r"|fit(?:ted|ting)? in|slot(?:ted|ting)? (?:in|into)",
            1.3,
        ),
        Cue(r"fit", 0.6),
        Cue(r"values|mission|ethos|(?:our|core|company) principles", 1.1),
        Cue(
            r"shar(?:e|es|ed|ing) (?:our|the|their) (?:values|ethos|mission|vision)"
            r"|easy to (?:talk to|get on with|work with)|personable|likeable",
            1.5,
            "strength",
        ),
        Cue(
            r"ways? of working|working style|work style|how (?:we|you|they|our (?:[\w,]+ ){0,3}team"
            r"|the team) (?:like to |prefer to )?(?:works?|operates?)",
            1.1,
        ),
        Cue(r"team dynamics?|collaborat(?:e|ive|ion)|teamwork|team player", 0.9),
        Cue(r"(?:you'd|you would|you might) (?:prefer|be happier elsewhere)", 1.0, "concern"),
        Cue(r"(?:you'd|you would|you'll|you will) (?:thrive|fit right in)", 1.0, "strength"),
        Cue(r"(?:you'd|you would|you might|you'll) (?:be happy|enjoy|settle)", 1.0),
        Cue(
            r"arrogant|abrasive|blunt|dismissive|cocky|over[- ]?confident|entitled"
            r"|negative about (?:your )?(?:previous|former|current|last)",
            1.0,
            "concern",
        ),
        Cue(r"alignment|aligned|misaligned", 0.9),
        Cue(r"(?:quite |very |rather |a bit |too )?solo|lone wolf", 0.9, "concern"),
        Cue(
            r"startup|fast[- ]paced|environment|autonomy|ambiguity|corporate|pace|close[- ]knit"
            r"|hierarch\w+|traditional|informal|flat structure"
            r"|tight[- ]knit|small (?:team|office|company|business)|process[- ]driven|bureaucra\w+",
            0.7,
        ),
        Cue(r"remote|hybrid|on[- ]site|office[- ]based|independent(?:ly)?", 0.6),
        Cue(r"attitude|chemistry", 1.0),
        Cue(r"personality", 1.0, defer=True),  # "a sense of your personality in the interview"
        Cue(r"suit(?:s|ed)? (?:to )?(?:the|our) team|suited to (?:the|our) team", 1.2),
    ),
    _T.COMMUNICATION: (
        Cue(r"communicat(?:e|ed|ing|ion|ions|or)(?: skills?)?", 1.4),
        Cue(r"articulat(?:e|ed|ing)", 1.0, "strength"),
        Cue(r"explanations?|clarity", 1.0),
        Cue(r"explain(?:ed|ing|s)?", 1.0, defer=True),  # "your letter didn't explain why..."
        Cue(r"unclear", 0.8, "concern"),
        Cue(r"concise(?:ly|ness)?|succinct(?:ly)?|to the point|crisp(?:ly)?", 1.0, "strength"),
        Cue(
            r"(?:took|take|takes|taking) (?:[\w-]+ ){0,3}(?:while|long|time) to get to the point"
            r"|(?:didn't|did not|never|struggled to|couldn't"
            r"|could not) (?:quite )?get to the point",
            1.2,
            "concern",
        ),
        Cue(
            r"easy to (?:follow|understand|listen to)|(?:well|clearly|nicely"
            r"|logically)[- ]structured"
            r"|how clear(?: and [\w-]+)? your (?:answers|responses|explanations)"
            r"|(?:clear|concise|succinct|well[- ]organi[sz]ed"
            r"|articulate)(?: and [\w-]+)? (?:answers"
            r"|responses|explanations)",
            1.1,
            "strength",
        ),
        Cue(
            r"ramble(?:d|s)?|rambling|waffl(?:e|ed|ing)|verbose|long[- ]winded|tangents?"
            r"|lost (?:the thread|track)|wander(?:ed|ing|s)?|ran on|went on (?:too long|a bit|for)"
            r"|over[- ]?explain\w*",
            1.2,
            "concern",
        ),
        Cue(
            r"(?:hard|difficult|tricky|not easy) (?:for (?:us|me|them|the panel) )?to (?:follow"
            r"|understand|hear|keep up)|went quiet|speak up|mumbl\w+|(?:spoke|talked|speaking"
            r"|talking|speak|talk) (?:too |very |quite |rather |a bit |a little )?(?:quietly"
            r"|softly|fast|quickly|rapidly)|(?:spoke|talked) over",
            1.2,
            "concern",
        ),
        Cue(r"listen(?:ing|ed|er)?|interrupt(?:ed|ing)?", 0.9),
        Cue(r"(?:written|spoken) (?:english|communication)|writing skills", 1.3),
        Cue(
            r"written (?:report|work|task|exercise|responses?|answers?)|report writing|emails?", 1.2
        ),
        Cue(r"english|language skills|fluen(?:t|cy)|written skills|writing skills|verbal", 0.9),
        Cue(r"presentation skills|stakeholders?|storytelling|thought process", 0.9),
        Cue(r"stakeholder (?:management|engagement|communication)(?: skills)?", 1.2),
        Cue(
            r"think(?:ing)? (?:out loud|aloud)|(?:walk|talk)(?:ed|ing|s)? (?:us|me|them|the panel"
            r"|the interviewers?|the team) through",
            1.0,
        ),
        Cue(r"structur(?:e|ed|ing) (?:your |the |their )?(?:answers?|thoughts|responses?)", 1.0),
        Cue(r"jargon|tone|too formal|too informal|register", 1.0),
        Cue(r"answer(?:ed|ing)? the question(?: (?:that was |you were )?asked)?", 1.0),
    ),
}
_BASE: dict[_T, tuple[Cue, ...]] = {**PRESENTATION_CUES, **BACKGROUND_CUES, **EXTERNAL_CUES}
CUES: dict[_T, tuple[Cue, ...]] = {
    theme: cues + FAMILY_CUES.get(theme, ()) for theme, cues in _BASE.items()
}
