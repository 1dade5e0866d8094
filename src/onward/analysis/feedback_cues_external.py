"""Cues for circumstances outside the candidate (see ``feedback_cues``): another candidate
or a strong field, and changes to the role or the hiring process. Always neutral."""

from __future__ import annotations

from onward.analysis.feedback_lexicon import Cue
from onward.analysis.feedback_lexicon import Theme as _T

# Words that name a job in patterns ("the role", "this post", "the vacancy").
ROLE = r"(?:role|position|post|job|vacancy|opening|requisition|req)"
_WHO = r"(?:candidates?|applicants?|persons?|people|individuals?|finalists?|someone)"
EXTERNAL_CUES: dict[_T, tuple[Cue, ...]] = {
    _T.COMPETITION: (
        Cue(
            rf"(?:another|other|a different|the other)(?: [\w-]+)? {_WHO}"
            r"|(?:a |the )?(?:successful|preferred|chosen|selected|appointed|stronger|strongest"
            r"|more (?:experienced|qualified|senior|suitable))"
            r" (?:candidates?|applicants?|persons?)",
            1.5,
            "external",
        ),
        Cue(
            r"(?:the |a )?(?:person|candidate|applicant|individual|people|someone) (?:we|they|the"
            r" (?:team|client|panel|school|trust|company|hiring manager)) (?:have |has |had )?"
            r"(?:hired|chose|chosen|appointed|selected|picked|went with|offered|recruited)"
            r"|(?:we|they) (?:simply |just |also )?(?:had|have|found|met|interviewed) (?:a|another"
            r"|an|one|a more [\w-]+) (?:[\w-]+ )?(?:candidate|applicant|person|finalist)",
            1.3,
            "external",
        ),
        Cue(
            r"whose (?:[\w-]+ )?(?:experience|qualifications|background|skills?|skill ?sets?"
            r"|profiles?|expertise) (?:more |most |better |best |closely |more closely "
            r"|most closely )?"
            r"(?:match(?:es|ed)?|align(?:s|ed)?|fit(?:s|ted)?|suit(?:s|ed)?|meet(?:s)?)",
            1.3,
            "external",
        ),
        Cue(
            rf"(?:appointed|hired|selected|chose|chosen|picked|recruited) (?:an? |the )?{_WHO}"
            rf"|{ROLE} (?:has been|had been|was|is being) (?:offered|given|awarded) to"
            r"|over[- ]?subscribed|more applicants than places",
            1.3,
            "external",
        ),
        Cue(
            r"someone else|(?:went|gone|go|going) (?:with|w/)|(?:chose|choose|hired|selected"
            r"|appointed) (?:someone|candidate (?:with|who))"
            r"|(?:proceed|proceeding|progress|progressing|move|moving|go|going)"
            r" (?:forward |ahead )?with (?:other|another|different|(?:a |the )?(?:candidates?"
            r"|applicants?))"
            r"|more closely (?:match|matches|matched|aligned|fits?)|(?:we )?(?:just )?had (?:one"
            r"|another) (?:person|candidate|applicant)|finalists",
            1.1,
            "external",
        ),
        Cue(
            rf"(?:offer|offered|give|given|gave|award|awarded) (?:the|this) {ROLE} to"
            rf"|{ROLE} (?:has|had) (?:now )?been filled|{ROLE} (?:is|was) (?:now )?filled"
            rf"|{ROLE} filled",
            1.3,
            "external",
        ),
        Cue(
            r"(?:group|field|pool|set|range|line[- ]up|shortlist|calibre|quality|standard|number"
            r"|volume) of (?:(?!internal)[\w-]+ ){0,2}(?:candidates|applicants|finalists"
            r"|applications|cvs"
            r"|people)|(?:strong|stronger|excellent|impressive|high[- ]quality|talented"
            r"|exceptional|well[- ]qualified|experienced) (?:applications|applicants|candidates"
            r"|cvs|finalists)",
            1.3,
            "external",
        ),
        Cue(
            r"(?:strong|competitive|crowded|talented|deep|high[- ]calib(?:re|er)|exceptional"
            r"|impressive|excellent) (?:field|pool|shortlist|line[- ]up)|(?:highly|very|extremely)"
            r" competitive|competition|competitive (?:process|role|field|market)",
            1.3,
            "external",
        ),
        Cue(
            r"(?:large|high|huge|record|overwhelming|significant|unprecedented)"
            r" (?:number|volume) of (?:applications|applicants|candidates)"
            r"|(?:hundreds|so many|lots) of (?:applications|applicants|candidates)"
            r"|\d[\d,]* (?:applications|applicants)",
            1.3,
            "external",
        ),
        Cue(
            r"close (?:call|decision|second|run)|came (?:a close )?second|runner[- ]up"
            r"|final (?:two|three)|narrowly|(?:difficult|tough|hard|close|difficult) (?:decision"
            r"|choice|call)"
            r"|(?:it|this|that) was (?:very |really |so |incredibly |extremely )?close(?! to)"
            r"|second choice|(?:a |the )?reserve candidate"
            r"|came down to(?! (?:the fact|your|you|a lack|how|whether|my|what))|up against"
            r"|edged (?:it|ahead|you out)|pipped|beat you to"
            r"|(?:gave|give|gives) (?:them|him|her) the edge|had the edge",
            1.1,
            "external",
        ),
        Cue(r"shortlist(?:ed)?|pool", 0.5, "external"),
    ),
    _T.PROCESS_CHANGE: (
        Cue(r"on hold|hiring freeze|headcount freeze|frozen|freeze", 1.5, "external"),
        Cue(r"pause[ds]?|pausing", 1.3, "external"),
        # Budget as a circumstance, not "managing budgets" or a salary "above our budget".
        Cue(
            r"budget(?:ary)? (?:cuts?|constraints?|freeze|reasons|restrictions|pressures?"
            r"|changes?|reallocat\w+|(?:has|had|have) been|was|were|is being)"
            rf"|budgets? for (?:the|this) {ROLE} (?:was|were|has|have|had|is)|(?:lack of|no"
            r"|reduced|cut|limited|tight|tighter) budgets?|change in budget|funding|headcount"
            r"|cost[- ]cutting",
            1.3,
            "external",
        ),
        Cue(
            r"internal(?:ly)? (?:candidate|hire|applicant|move|transfer)s?|internally"
            r"|(?:hire|hired|fill|filled|promote|promoted|appoint|appointed) from within"
            r"|(?:existing|current) (?:team member|member of (?:staff|the team)|employee|staff"
            r" member|colleague)|member of our (?:existing |current |own )?(?:team|staff)"
            r"|promoted (?:someone|one of our|a colleague|a member)|someone internal"
            r"|(?:(?:has|have|had) been |was )?(?:filled|appointed|recruited) internally"
            rf"|{ROLE} (?:has|had|was|is)?(?: now| been| since)* filled (?:by|with) (?:an? |the )?"
            r"(?:internal|existing)(?: [\w-]+)?"
            r"|(?:went|gone|go|going|gone) internal|internal (?:hire|move|appointment|promotion)",
            1.5,
            "external",
        ),
        # Longer than "gone with" (competition), so an internal hire is not read as both.
        Cue(
            r"(?:(?:went|gone|go|going|proceed\w*|mov\w+(?: forward)?) with|appointed|hired"
            rf"|selected|chose|chosen|(?:offered|given) (?:it|the {ROLE}) to)"
            r" (?:an? |the |someone )?internal(?:ly)?(?: candidate| applicant| hire| colleague)?",
            1.5,
            "external",
        ),
        Cue(
            r"re-?organi[sz](?:ation|ing|ed)|reorg|restructur(?:e|ed|ing)|merg(?:er|e|ed|ing)"
            r"|(?<!paid )(?<!customer )(?<!user )(?<!talent )(?<!client )(?<!data )(?<!lead )"
            r"acquisition|outsourc\w+"
            r"|layoffs?|redundanc(?:y|ies)",
            1.4,
            "external",
        ),
        Cue(
            rf"{ROLE}(?: (?:has|was|is|have|had|got))?(?: (?:now|unfortunately|sadly|since|also"
            rf"|just|been))* "
            r"(?:closed|cancell?ed|withdrawn|pulled|removed|eliminated|scrapped|put on ice)"
            r"|(?:close|closed|cancel|cancell?ed|withdraw|withdrew|withdrawn|pull|pulled|scrap"
            rf"|scrapped) the {ROLE}|no longer (?:hiring"
            r"|recruiting|open|available|exists|needed|required)",
            1.5,
            "external",
        ),
        Cue(
            r"decided not to (?:fill|proceed with|continue with) (?:the|this) \w+", 1.3, "external"
        ),
        Cue(r"cancel(?:l?ed|l?ing)?|postponed|delayed|de-?prioriti[sz]ed", 1.0, "external"),
        Cue(
            r"(?:change|changes|shift) (?:in|of|to) (?:the |our )?(?:role|scope|requirements"
            r"|priorities|direction|strategy|plans?|team structure)|(?:role|scope|requirements"
            r"|priorities|plans|needs|direction|strategy|brief) (?:has |have |had )?(?:changed"
            r"|shifted)"
            r"|re-?(?:scop|defin|evaluat)(?:e|ed|ing)"
            r"|business (?:needs|priorities|reasons)|(?:go|going|gone|went) in a different"
            r" direction",
            1.2,
            "external",
        ),
    ),
}
