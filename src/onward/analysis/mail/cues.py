"""The cue lexicon of the mail classifier, written by hand from how job mail is phrased.

Weights are evidence strengths in (0, 1), combined per label as a noisy-OR. Flags: ``-``
the cue is not discounted in conditional sentences; ``!`` a negation before it turns it into
rejection evidence ("we are unable to offer you the role"). "withdrawal" is not a label:
it marks a confirmation that the candidate withdrew; nor is "job_board_copy": a job board's
notice that it passed on an application the person sent (LinkedIn's "Your application was
sent to ..."), labelled an acknowledgement but flagged, since the employer did not write it.
"""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue

REJ, ACK, INT, ASM, OFF, OTH, WDR, JBD = (
    "rejection",
    "application_received",
    "interview_invitation",
    "assessment",
    "offer",
    "other",
    "withdrawal",
    "job_board_copy",
)
_MOVE = (
    r"(?:move|moving|moved|proceed|proceeding|go|going|continue|continuing|pursue|pursuing|"
    r"progress|progressing|advance|advancing)"
)
_PEOPLE = r"(?:candidate|applicant|individual|profile|people|person|talent|finalist|application)s?"
_NOT_TO_OTHERS = r"(?! to (?:another|other|a different|an internal|the other|a more))"
_YOUR_APP = r"(?:your|the) (?:application|candidacy|profile|cv|resume|submission|candidature)"

REJECTION_CUES: tuple[Cue, ...] = (
    cue(
        "regret to inform",
        REJ,
        0.95,
        r"\bregret(?:fully)? (?:to|that we must) (?:inform|advise|tell|let you know|say|share|"
        r"notify)",
    ),
    cue(
        "sorry to inform",
        REJ,
        0.8,
        r"\b(?:sorry|sad|disappointed) to (?:inform|tell|let you know|say|share)",
    ),
    cue(
        "with other candidates",
        REJ,
        0.95,
        _MOVE
        + r" (?:forward |ahead |further )?(?:with|on with) (?:(?:an?|the|some) )?(?:other|another|"
        r"different|alternative|more|stronger|additional)\b[^.]{0,40}?\b" + _PEOPLE,
    ),
    cue(
        "not moving forward",
        REJ,
        0.85,
        r"(?:\bnot|n't|\bno longer|\bunable to) (?:be )?(?:moving|move|proceeding|proceed|"
        r"progressing|progress|advancing|advance|going|go|continuing|continue) (?:forward|"
        r"further|ahead)\b",
    ),
    cue(
        "not proceeding with you",
        REJ,
        0.95,
        r"(?:\bnot|n't|\bno longer|\bunable to) (?:be )?(?:moving|move|proceeding|proceed|"
        r"progressing|progress|advancing|advance|taking|take|pursuing|pursue|considering|"
        r"consider) (?:forward |further |ahead )?(?:with )?(?:your|you) (?:application|candidacy|"
        r"profile|cv|resume|any further|further)",
    ),
    cue(
        "decided not to",
        REJ,
        0.95,
        r"\b(?:decided|chosen|elected|opted|made the (?:difficult |tough )?decision|"
        r"determined) (?:not to|to not) (?:move|proceed|progress|pursue|advance|continue|go|"
        r"invite|offer|take|consider|extend|shortlist)",
    ),
    cue(
        "will not be inviting",
        REJ,
        0.85,
        r"(?:\b(?:will|would|are|'re|have|'ve|shall) not|n't) (?:be )?(?:offering|inviting|"
        r"extending|selecting|shortlisting|considering|progressing) (?:you|your)",
    ),
    cue(
        "not selected",
        REJ,
        0.85,
        r"(?:\bnot|n't) (?:been )?(?:selected|shortlisted|chosen|successful|invited|progressed)\b|"
        r"\b(?:did not|didn't|will not|won't|decided not to|chose not to) (?:select|choose|"
        r"shortlist|progress|advance|invite) (?:you|your (?:application|candidacy|profile))\b",
    ),
    cue("unsuccessful", REJ, 0.75, r"\bunsuccessful\b"),
    cue(
        "chose another candidate",
        REJ,
        0.95,
        r"\b(?:selected|chosen|identified|hired|offered the (?:role|position) to|"
        r"extended an offer to|decided on|gone with|went with|moved forward with|proceeding with|"
        r"decided to proceed with|decided to pursue|pursue) (?:an?\s+|the\s+)?(?:other|another|"
        r"different|alternate|alternative|more (?:suitable|qualified|experienced)|stronger|"
        r"internal)\b[^.]{0,30}?\b" + _PEOPLE,
    ),
    cue(
        "position filled",
        REJ,
        0.85,
        r"\b(?:position|role|job|vacancy|opening|requisition|opportunity|post)(?:,[^,.\n]{1,80},)? "
        r"(?:has|had|have|is|was) (?:now |already |since |recently )?(?:been )?(?:filled|closed|"
        r"cancell?ed|"
        r"put on hold|withdrawn|removed)",
    ),
    cue(
        "we filled the role",
        REJ,
        0.85,
        r"\bwe(?:'ve| have)? (?:now |already )?(?:filled|closed) (?:the|this|that) (?:position|"
        r"role|vacancy|job|opening|requisition)",
    ),
    cue(
        "no longer considered",
        REJ,
        0.8,
        r"\bno longer (?:be |being )?(?:under consideration|in consideration|considered|"
        r"being considered|in the running|in process|available|open|hiring|recruiting|moving)",
    ),
    cue("no longer accepting", REJ, 0.5, r"\bno longer accepting (?:applications|candidates)"),
    cue(
        "no longer reviewing",
        REJ,
        0.8,
        r"\bno longer (?:reviewing|considering|interviewing) (?:applicants|applications|"
        r"candidates)",
    ),
    cue(
        "filled with another candidate",
        REJ,
        0.9,
        r"\bfill(?:ed|ing)? (?:the|this|that) (?:position|role|vacancy|opening) with (?:another|"
        r"other|a different|an internal|a more)",
    ),
    cue(
        "better matching candidates",
        REJ,
        0.85,
        r"\b(?:candidates?|applicants?|individuals?|profiles?|others) (?:whose|who|"
        r"that) [^.]{0,100}?(?:more closely|better|more directly|more strongly|most closely|"
        r"more|best|closer|most) (?:match|matches|matched|fit|fits|align|aligns|aligned|meet|"
        r"meets|suit|suits|"
        r"suited)",
    ),
    cue(
        "offer went to someone else",
        REJ,
        0.95,
        r"\b(?:extend|extended|extending|make|made|give|gave|offer|offered) (?:the |an |our |a )?"
        r"(?:offer|position|role|job) to (?:another|other|a different|an internal|the other|a "
        r"more) (?:\w+ )?(?:candidate|applicant|person|individual|finalist)",
    ),
    cue(
        "went with someone else",
        REJ,
        0.9,
        r"\b(?:go|going|gone|went|proceed|proceeding|proceeded) with (?:a|another|one|the other|a "
        r"different|an internal|a more \w+) (?:candidate|applicant|person|finalist)\b|\b(?:go|"
        r"going|"
        r"gone|went|chosen|chose|hired|selected|picked|offered (?:it|the role) to) (?:with )?"
        r"someone else",
    ),
    cue(
        "other candidates match better",
        REJ,
        0.85,
        r"\b(?:other|another) (?:candidates?|applicants?|profiles?) (?:\w+ ){0,3}?(?:more closely|"
        r"better|more|most closely) (?:match|matches|fit|fits|align|aligns|suit|suits|meet|meets)",
    ),
    cue(
        "not considered further",
        REJ,
        0.85,
        r"\b(?:will|would|shall|can|could) not be (?:considered|progressed|reviewed|taken) "
        r"(?:any )?further\b",
    ),
    cue(
        "we don't think it's a fit",
        REJ,
        0.75,
        r"\b(?:don't|do not|doesn't|does not|didn't|did not) (?:think|feel|believe|see) (?:that )?"
        r"(?:it's|it is|this is|you're|you are|there is|there's|we're|we are) (?:a |the |quite "
        r"the )?(?:right |good |strong |best |close )?(?:fit|match)",
    ),
    cue(
        "not the right fit",
        REJ,
        0.7,
        r"\bnot (?:a|the right|the best|an? (?:ideal|strong|good|close)) (?:fit|match)",
    ),
    cue(
        "does not match",
        REJ,
        0.55,
        r"\b(?:doesn't|does not|did not|didn't|do not|don't) (?:quite |fully |closely )?(?:match|"
        r"fit|meet|align)",
    ),
    cue(
        "unable to offer",
        REJ,
        0.85,
        r"(?:\bunable to|\bnot able to|\bcannot|\bcan't|\bcan not|(?:\bnot|n't) be able to|"
        r"\bnot in a position to) "
        r"(?:offer you|extend|move you|move (?:your application |your candidacy )?forward|proceed|"
        r"progress your|advance your|consider you|take your|invite you)",
    ),
    cue(
        "pass on your application",
        REJ,
        0.85,
        r"\b(?:pass|passing) on your (?:application|candidacy|profile)\b",
    ),
    cue(
        "not the most qualified",
        REJ,
        0.75,
        r"\bnot (?:the|a) (?:most|best|strongest) (?:qualified|suitable|suited)\b",
    ),
    cue(
        "stronger candidates",
        REJ,
        0.65,
        r"\b(?:candidates?|applicants?) (?:with|who have|who had) (?:stronger|more relevant|more "
        r"direct|more extensive|closer|better|more) (?:\w+ )?(?:experience|backgrounds?|skills|"
        r"qualifications)\b",
    ),
    cue(
        "different direction",
        REJ,
        0.6,
        r"\b(?:different|another) direction|\bgoing in a direction\b",
    ),
    cue(
        "no fit seen",
        REJ,
        0.75,
        r"\b(?:do not|don't|did not|didn't|does not|doesn't) see (?:a|an|the) (?:fit|match|"
        r"alignment)\b",
    ),
    cue(
        "selection made",
        REJ,
        0.6,
        r"\b(?:made|reached) (?:a|our|the|their) (?:selection|hiring decision) (?:for|on) "
        r"(?:this|the|that) (?:position|role|opening|vacancy)|\bclos(?:e|ing|ed) (?:the|this) "
        r"requisition\b",
    ),
    cue(
        "closing your application",
        REJ,
        0.8,
        r"\bend(?:ing)? (?:our |your )?consideration|\bclos(?:e|ed|ing) (?:out )?(?:your|"
        r"the) (?:application|candidacy|file)",
    ),
    cue(
        "not taking further",
        REJ,
        0.9,
        r"\bnot (?:to )?(?:be )?(?:take|taking) (?:your application|this|things|it|"
        r"you) (?:any )?further",
    ),
    cue(
        "application declined",
        REJ,
        0.95,
        r"\b(?:decline|declined|reject|rejected) (?:your|the) (?:application|candidacy)|\b"
        + _YOUR_APP
        + r" (?:has been|was|is) (?:declined|rejected|unsuccessful|not successful)",
    ),
    cue(
        "after careful consideration",
        REJ,
        0.35,
        r"\bafter (?:careful|thorough|much|serious|thoughtful|a careful|a thorough|further|"
        r"extensive|considerable) (?:consideration|review|deliberation|evaluation|thought)",
    ),
    cue("unfortunately", REJ, 0.45, r"\bunfortunately\b"),
    cue(
        "wish you success",
        REJ,
        0.3,
        r"\b(?:wish|wishing) you (?:the )?(?:very )?(?:best|every success|success|all the best|"
        r"luck|good luck|well)\b",
        "-",
    ),
    cue(
        "keep on file",
        REJ,
        0.15,
        r"\b(?:keep|retain|hold|store) (?:your|the) (?:resume|cv|details|information|application|"
        r"profile|data) (?:on file|in our (?:database|system|talent))",
    ),
    cue(
        "future openings",
        REJ,
        0.2,
        r"\bencourage you to (?:re-?apply|apply|keep an eye)|\bfuture (?:opportunities|openings|"
        r"roles|positions|vacancies)",
    ),
    cue(
        "competitive",
        REJ,
        0.2,
        r"\bhighly competitive|\b(?:large|high|significant|overwhelming) (?:number|"
        r"volume) of (?:applications|applicants|candidates)",
    ),
    cue(
        "difficult decision",
        REJ,
        0.5,
        r"\b(?:difficult|tough|hard) decision|\bnot an easy decision",
    ),
    cue(
        "not the news",
        REJ,
        0.75,
        r"\bnot the (?:news|answer|outcome) you (?:were )?(?:hoping|looking)",
    ),
    cue(
        "position not available",
        REJ,
        0.75,
        r"\b(?:position|role|job) (?:is|was) (?:no longer|not) (?:open|available)",
    ),
    cue("rejection word", REJ, 0.3, r"\brejection\b"),
    cue(
        "de: absage",
        REJ,
        0.9,
        r"\bleider (?:müssen|können|haben) wir|\babsage\b|nicht (?:weiter )?berücksichtig|"
        r"für (?:einen )?(?:anderen|andere) (?:kandidat|bewerber)",
    ),
    cue(
        "fr: pas retenu",
        REJ,
        0.9,
        r"\bne (?:pas|pouvons pas) donner (?:une )?suite|\bpas (?:été )?retenue?\b",
    ),
    cue(
        "es/nl: not selected",
        REJ,
        0.85,
        r"\bno ha(?:s)? sido seleccionad|\bhelaas (?:moeten|hebben) we",
    ),
    cue(
        "unfortunately (other languages)",
        REJ,
        0.45,
        r"\b(?:leider|malheureusement|lamentablemente|helaas)\b",
    ),
)

RECEIVED_CUES: tuple[Cue, ...] = (
    cue(
        "we received your application",
        ACK,
        0.85,
        r"\b(?:we(?:'ve| have)?|we've) (?:successfully |now |just |"
        r"recently )?received your (?:job |online |profile )?(?:application|resume|cv|submission|"
        r"candidacy|interest|details|information)",
    ),
    cue(
        "application has been received",
        ACK,
        0.85,
        r"\b(?:your|the) (?:job |online )?(?:application|resume|cv|submission|candidacy|"
        r"profile)(?: (?:for|to) [^.\n]{1,80}?)? (?:has|have|was|"
        r"is) (?:been )?(?:successfully )?(?:received|submitted|sent|completed|recorded|"
        r"registered|forwarded)\b",
    ),
    cue(
        "thank you for applying",
        ACK,
        0.55,
        r"\bthank(?:s| you)(?: so much| very much)? for (?:applying|your (?:recent |"
        r"online )?(?:job )?application|submitting (?:an? |your )?(?:application|resume|cv)|"
        r"your submission|considering|completing (?:your|the|an) (?:online )?application)",
    ),
    cue(
        "thank you for your interest",
        ACK,
        0.3,
        r"\bthank(?:s| you)(?: so much| very much)? for (?:your |expressing )?interest in",
    ),
    cue("successfully applied", ACK, 0.8, r"\byou(?:'ve| have)? (?:successfully|now) applied\b"),
    cue(
        "submitted an application",
        ACK,
        0.6,
        r"\b(?:have |has )?(?:successfully )?(?:submitted|completed) (?:an?|your|"
        r"the) (?:online )?(?:job )?(?:application|submission process)\b(?! for other)",
    ),
    cue(
        "we will review",
        ACK,
        0.6,
        r"\b(?:will|'ll|shall|are going to) (?:now )?(?:be )?(?:carefully |closely |"
        r"thoroughly )?(?:review|reviewing|evaluate|evaluating|assess|assessing|consider|"
        r"considering|look(?:ing)? (?:at|over|through)|take a (?:close |careful )?look at|"
        r"go through) (?:your|the|all|each) (?:application|resume|cv|qualifications|profile|"
        r"background|experience|information|materials|submission|applications|details)",
    ),
    cue(
        "under review",
        ACK,
        0.35,
        r"\b(?:currently |now )?(?:reviewing (?:your|all|the) (?:application|resume|candidates|"
        r"applications)|under review|being reviewed|in review)\b",
    ),
    cue(
        "will contact if a match",
        ACK,
        0.65,
        r"\b(?:if|should|once|when)\b[^.]{0,140}?\b(?:match|matches|fit|fits|align|aligns|meet|"
        r"meets|suitable|qualified|interested|selected|shortlisted|"
        r"progress)\b[^.]{0,140}?\b(?:contact|reach out|be in touch|get in touch|hear from|"
        r"get back|notify|let you know|follow up|be contacted)",
        "-",
    ),
    cue(
        "thanks for taking the time to apply",
        ACK,
        0.45,
        r"\b(?:appreciate|thank you for|thanks for) (?:you )?(?:taking|the time you took|"
        r"the time you have taken|the time and effort you took)(?: the time)? to (?:apply|submit|"
        r"send)",
    ),
    cue(
        "if you don't hear from us",
        ACK,
        0.5,
        r"\bif you (?:do not|don't|haven't|have not) (?:hear|heard) (?:back )?from (?:us|anyone)",
        "-",
    ),
    cue(
        "you will hear from us",
        ACK,
        0.3,
        r"\b(?:you(?:'ll| will)|we(?:'ll| will)) (?:be in touch|get back to you|"
        r"hear (?:back )?from (?:us|them|a member|one of)|contact you|reach out)",
    ),
    cue(
        "application status link",
        ACK,
        0.3,
        r"\b(?:check|track|view|see|monitor|follow) (?:the )?(?:status of )?your (?:application|"
        r"candidacy)(?: status)?|\bcandidate (?:home|portal|zone|profile)\b",
    ),
    cue(
        "application confirmation",
        ACK,
        0.7,
        r"\bapplication (?:confirmation|acknowledg(?:e)?ment|received|submitted|complete)\b",
    ),
    cue("applied on", ACK, 0.3, r"\bapplied (?:on|:)"),
    cue(
        "this email confirms",
        ACK,
        0.5,
        r"\bthis (?:e-?mail|message|note) (?:is to )?confirm(?:s|ing)? (?:that )?(?:we|you|your|"
        r"receipt)",
    ),
    cue(
        "de: eingang",
        ACK,
        0.8,
        r"\beingangsbestätigung|\bihre bewerbung (?:ist|wurde|haben wir)[^.]{0,40}(?:eingegangen|"
        r"erhalten)|vielen dank für ihre bewerbung",
    ),
    cue(
        "fr: candidature reçue",
        ACK,
        0.85,
        r"\bnous avons (?:bien )?reçu votre candidature|accusé de réception",
    ),
)

INTERVIEW_CUES: tuple[Cue, ...] = (
    cue(
        "invite you to interview",
        INT,
        0.85,
        r"\b(?:invite|invited|inviting|invitation) (?:you )?(?:to|for) (?:an? |the |your |"
        r"our )?(?:\w+ ){0,3}?(?:interview|phone screen|screening call|call|conversation|chat|"
        r"video call|meeting|discussion|assessment cent(?:er|re)|onsite|on-site)",
        "!",
    ),
    cue(
        "schedule an interview",
        INT,
        0.8,
        r"\b(?:schedule|set up|arrange|book|organi[sz]e|coordinate|find a time for) (?:an? |the |"
        r"your |a time for (?:an? )?|some time for (?:an? )?)?(?:\w+ ){0,3}?(?:interview|"
        r"phone screen|screen|call|conversation|chat|video call|meeting|time to (?:talk|speak|"
        r"chat|connect))",
        "!f",
    ),
    cue(
        "would like to speak",
        INT,
        0.6,
        r"\b(?:like|love|want|keen) to (?:speak|talk|chat|meet|connect|set up a call|"
        r"get to know you|learn more about you|discuss (?:the|this) (?:role|position|"
        r"opportunity))|\b(?:happy|excited|pleased|glad) to (?:speak|talk|chat) with you",
        "!f",
    ),
    cue(
        "reschedule",
        INT,
        0.75,
        r"\b(?:move|moving|reschedule|rescheduling|shift|push|postpone) (?:the|our|your|my) "
        r"(?:interview|call|meeting|chat|conversation)\b|\b(?:could|can) we (?:meet|talk|speak|do "
        r"the (?:interview|call))\b",
    ),
    cue(
        "calendar invite",
        INT,
        0.6,
        r"\b(?:sent|send|sending|forwarded) (?:you )?(?:a |the |an )?(?:calendar|meeting|zoom|"
        r"teams|"
        r"outlook|google) invit(?:e|ation)|\bcalendar invit(?:e|ation)",
    ),
    cue(
        "interview scheduled",
        INT,
        0.9,
        r"\b(?:your|the|an?) (?:\w+ ){0,2}?interview (?:is|has been|was) (?:now )?(?:scheduled|"
        r"confirmed|booked|set|arranged)",
    ),
    cue(
        "interview invitation",
        INT,
        0.8,
        r"\binterview (?:invitation|invite|request|confirmation|details|schedule|scheduling|slot|"
        r"time)s?\b",
    ),
    cue(
        "availability",
        INT,
        0.45,
        r"\b(?:your|share|send|provide|confirm|with) (?:\w+ )?availability\b",
    ),
    cue("are you available", INT, 0.6, r"\b(?:are|would|will) you (?:be )?(?:available|free)\b"),
    cue(
        "time slots",
        INT,
        0.6,
        r"\b(?:time ?slots?|available (?:times|slots|dates)|(?:pick|select|choose|book|"
        r"grab) (?:a|an|your) (?:time|slot)|(?:works|suits) (?:best )?for you)",
    ),
    cue(
        "meeting link",
        INT,
        0.6,
        r"\b(?:calendly\.com|goodtime\.io|cal\.com|calendar\.app\.google|doodle\.com|"
        r"youcanbook\.me|zoom\.us/j|teams\.microsoft\.com/l/meetup|meet\.google\.com)/\S",
    ),
    cue(
        "kind of interview",
        INT,
        0.55,
        r"\b(?:phone|video|technical|first|second|third|final|next|initial|onsite|on-site|"
        r"virtual|in-person|panel|hiring manager|introductory|intro) (?:round )?(?:interview|"
        r"screen|screening call)\b|\b(?:intro|introductory|screening|discovery) call\b",
        "!",
    ),
    cue(
        "next round",
        INT,
        0.45,
        r"\b(?:next|following) (?:round|stage|step)s? (?:of|in) (?:the|our) (?:interview|hiring|"
        r"recruitment|selection) process",
        "!",
    ),
    cue(
        "move you forward",
        INT,
        0.6,
        r"\b(?:move|moving|advance|advancing|progress|progressing) (?:you |"
        r"your application )?(?:forward )?(?:to|into) (?:the )?(?:next|an?) (?:round|stage|step|"
        r"interview)",
        "!",
    ),
    cue(
        "you have been selected",
        INT,
        0.65,
        r"\b(?:pleased|happy|delighted|excited) to (?:inform|"
        r"let) you (?:know )?that you (?:have been|were|'ve been) (?:selected|shortlisted|"
        r"invited|chosen)",
        "!",
    ),
    cue(
        "shortlisted",
        INT,
        0.5,
        r"\byou(?:'ve| have| are|'re| were)? (?:been )?shortlisted\b|\bshortlisted you\b",
        "!",
    ),
    cue(
        "de/fr: interview",
        INT,
        0.7,
        r"\bvorstellungsgespräch|einladung zu(?:m|r) (?:gespräch|interview)|\bentretien\b",
    ),
)

ASSESSMENT_CUES: tuple[Cue, ...] = (
    cue(
        "kind of test",
        ASM,
        0.7,
        r"\b(?:online|technical|coding|programming|skills?|cognitive|aptitude|personality|"
        r"psychometric|behaviou?ral|numerical|verbal|logical|written|pre-employment|pre-hire|"
        r"game-based|situational judge?ment) (?:assessment|test|challenge|exercise|evaluation|"
        r"questionnaire|task)s?\b",
    ),
    cue(
        "take-home",
        ASM,
        0.85,
        r"\b(?:take-? ?home|home) (?:assignment|task|test|exercise|challenge|project|case|"
        r"assessment)",
    ),
    cue(
        "complete the assessment",
        ASM,
        0.8,
        r"\b(?:complete|completing|take|taking|finish|submit|start|begin|access) (?:the|this|our|"
        r"an?|your) (?:following |short |brief |online |next )?(?:\w+ ){0,2}?(?:assessment|test|"
        r"questionnaire|challenge|exercise|assignment|case study|evaluation)s?\b",
    ),
    cue(
        "assessment platform",
        ASM,
        0.6,
        r"\b(?:hackerrank|codility|codesignal|testgorilla|hirevue|pymetrics|criteria corp|shl|"
        r"mettl|coderbyte|devskiller|testdome|harver|vervoe|canditech|wonderlic|hackerearth|"
        r"codingame|imocha|glider\.ai|qualified\.io|cut-e|aon assessment|saville)\b",
    ),
    cue("assessment", ASM, 0.45, r"\bassessments?\b"),
    cue("case study", ASM, 0.45, r"\bcase stud(?:y|ies)\b"),
    cue("questionnaire", ASM, 0.45, r"\bquestionnaire\b"),
    cue(
        "background check",
        ASM,
        0.55,
        r"\b(?:background|reference|criminal|pre-employment|employment|right to work) (?:check|"
        r"screening|verification)s?\b",
    ),
    cue(
        "deadline",
        ASM,
        0.25,
        r"\bdeadline\b|\bdue (?:date|by)\b|\bcomplete (?:it |this |them )?(?:by|within|before)\b|"
        r"\bwithin \d+ (?:hours|days|business days)\b|\blink (?:will )?expires?\b",
    ),
    cue(
        "one-way video",
        ASM,
        0.8,
        r"\brecord (?:your |the )?(?:answers|responses|video|interview)|"
        r"\b(?:one-? ?way|hirevue|recorded|pre-recorded|asynchronous|async|on-demand|"
        r"self-paced) (?:video )?interview|\brecorded (?:video )?(?:responses|answers)|"
        r"\bvideo (?:responses|answers)\b|\bpre-recorded questions|\bquestions on camera",
    ),
)

OFFER_CUES: tuple[Cue, ...] = (
    cue(
        "pleased to offer",
        OFF,
        0.9,
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally |"
        r"officially )?(?:offer|extend)",
        "!",
    ),
    cue(
        "extend an offer",
        OFF,
        0.9,
        r"\b(?:extend|extending|make|making|present|presenting) (?:you )?(?:an? |our |"
        r"the )?(?:formal |official |verbal |written |conditional |contingent )?(?:job |"
        r"employment )?offer\b" + _NOT_TO_OTHERS,
        "!",
    ),
    cue(
        "formal offer",
        OFF,
        0.7,
        r"\b(?:formal|official|written|verbal|conditional|contingent|final|job|employment) offer\b"
        + _NOT_TO_OTHERS,
        "!",
    ),
    cue(
        "offer letter",
        OFF,
        0.8,
        r"\boffer (?:letter|of employment|package|details|pack|document)",
        "!",
    ),
    cue(
        "offer you the role",
        OFF,
        0.9,
        r"\boffer you (?:the|a|this|our) (?:position|role|job|opportunity|post)",
        "!",
    ),
    cue(
        "accept the offer",
        OFF,
        0.7,
        r"\baccept(?:ing|ance of)? (?:the|this|our|your|my) offer|\bsign(?:ed)? (?:the|"
        r"your) offer|\breview (?:the|your) offer",
    ),
    cue(
        "pay terms",
        OFF,
        0.3,
        r"\b(?:base )?salary (?:of|will be)|\bcompensation\b|\bsign(?:ing|-on) bonus|"
        r"\bstock options\b|\bbenefits package\b|\brelocation package\b",
    ),
    cue("start date", OFF, 0.3, r"\b(?:start(?:ing)?|commencement) date\b"),
    cue(
        "welcome to the team",
        OFF,
        0.5,
        r"\bwelcome (?:to the team|aboard|to the \w+ (?:family|team))",
        "!",
    ),
    cue("congratulations", OFF, 0.3, r"\bcongratulations\b"),
    cue("de/fr: offer", OFF, 0.85, r"\bvertragsangebot|\bzusage\b|\bpromesse d'embauche"),
)

JOB_BOARD_CUES: tuple[Cue, ...] = (
    cue("application was sent to", JBD, 0.9, r"\byour application was sent to\b"),
    cue("items were sent to", JBD, 0.85, r"\bthe following items were sent to\b"),
    cue(
        "applied on a job board",
        JBD,
        0.7,
        r"\b(?:you )?applied (?:on|via|through|with|using) (?:linkedin|indeed|glassdoor|"
        r"ziprecruiter|monster|dice|wellfound|otta|handshake)\b|\b(?:linkedin|indeed) (?:easy )?"
        r"apply\b",
    ),
)

WITHDRAWAL_CUES: tuple[Cue, ...] = (
    cue(
        "you withdrew",
        WDR,
        0.9,
        r"\byou(?:'ve| have)? (?:successfully |recently |"
        r"now )?withdr[ae]wn? (?:your (?:\w+ )?(?:application|candidacy|interest)|yourself|from)",
    ),
    cue(
        "application withdrawn",
        WDR,
        0.75,
        r"\b(?:your|the) (?:job )?(?:application|candidacy)(?: (?:for|to) [^.\n]{1,80}?)? (?:has|"
        r"have) (?:now )?been (?:successfully )?withdrawn",
    ),
    cue(
        "request to withdraw",
        WDR,
        0.9,
        r"\b(?:your|the) (?:request|decision|choice|wish) to withdraw|"
        r"\bwithdrawal (?:of your (?:application|candidacy)|request|confirmation|(?:has been |"
        r"is )?confirmed)|\bconfirm(?:ing|ed)? (?:your|the) withdrawal",
    ),
    cue(
        "sorry to see you go",
        WDR,
        0.8,
        r"\b(?:sorry|sad) to (?:see|hear) (?:you|that you) (?:go|withdr|have withdrawn|"
        r"are withdrawing|(?:have )?decided|'ve decided)",
    ),
    cue(
        "you decided not to proceed",
        WDR,
        0.85,
        r"\byou(?:'ve| have)? (?:decided|chosen|elected) (?:to withdraw|not to (?:proceed|"
        r"continue|move forward|pursue|accept)|to decline)|\b(?:respect|understand) your decision",
    ),
)

OTHER_CUES: tuple[Cue, ...] = (
    cue(
        "job alert",
        OTH,
        0.55,
        r"\bjob alerts?\b|\bjobs? (?:matching|that match|for you|you may (?:be interested in|"
        r"like)|recommended|picked for you)|\brecommended (?:jobs|for you|roles)|\bnew jobs?\b|"
        r"\bsimilar (?:jobs|roles|positions)|\b(?:based on|matching) your (?:profile|search|"
        r"preferences|activity|recent|saved)|\bjobs? (?:near|in) you|\btop jobs\b|\bhiring now\b|"
        r"\beasy apply\b|\b(?:is|are|actively) (?:hiring|recruiting)\b|\bjobs? you might",
    ),
    cue(
        "account and security",
        OTH,
        0.7,
        r"\b(?:reset|change|forgot|forgotten|new|temporary|update) (?:your )?password\b|"
        r"\bpassword (?:reset|change|was changed|has been changed)\b|\bverify your (?:e-?mail|"
        r"account|identity|address)|\bverification code|\bone-? ?time (?:code|passcode|password|"
        r"pin)|\bsecurity (?:code|alert)|\bsign-? ?in (?:attempt|link|code)|"
        r"\blog-? ?in (?:attempt|link|code)|\bconfirm your (?:e-?mail|account|address)|"
        r"\bactivate your account|\baccount (?:has been |was )?(?:created|activated|registered)",
    ),
    cue(
        "marketing",
        OTH,
        0.45,
        r"\bnewsletter\b|\bwebinar\b|\bmasterclass\b|\b(?:online )?course\b|\bbootcamp\b|"
        r"\bcoaching\b|\be-?book\b|\b(?:upcoming|virtual|career|hiring|recruiting) (?:event|"
        r"fair)s?\b|\bregister (?:now|today|here)\b|\b(?:save|reserve) your (?:seat|spot)|"
        r"\bthis week'?s\b|\bweekly (?:digest|roundup|update|newsletter)|\btips (?:for|to|on)\b|"
        r"\bcareer advice\b|\bread more\b|\b\d+% off\b|\bpromo(?:tion)? code\b|\bfree trial\b|"
        r"\bpremium\b",
    ),
    cue(
        "social notification",
        OTH,
        0.7,
        r"\bviewed your profile|\bwho(?:'s| has)? viewed|\b(?:invitation|invited you) to connect|"
        r"\bwants to connect|\bconnection request|\bnew (?:message|connection|follower)s?\b|"
        r"\bendorsed you|\b(?:people|someone) you may know|\bappeared in \d+ searches|"
        r"\bprofile views\b",
    ),
    cue("unsubscribe", OTH, 0.35, r"\bunsubscribe\b"),
    cue(
        "incomplete application",
        OTH,
        0.5,
        r"\b(?:complete|finish) your (?:application|profile)\b|\b(?:application|"
        r"profile) (?:is )?incomplete\b|\byou (?:started|haven't (?:yet )?(?:finished|completed))|"
        r"\b(?:still working on|not yet (?:finished|completed|submitted)) (?:the|your) application",
    ),
    cue(
        "survey",
        OTH,
        0.35,
        r"\bsurvey\b|\b(?:rate|feedback on|tell us about) your (?:candidate |application |"
        r"interview |recruiting )?experience",
    ),
)

# Cues read in the subject line only.
SUBJECT_CUES: tuple[Cue, ...] = (
    cue(
        "subject: status update",
        REJ,
        0.25,
        r"\b(?:application|candidacy) (?:status|update|outcome|decision|result)\b|\bupdate (?:on|"
        r"regarding|about) (?:your|the) (?:application|candidacy)|"
        r"\bregarding your (?:application|candidacy)|"
        r"\bimportant information about your application|\byour application status",
        "-",
    ),
    cue(
        "subject: rejection",
        REJ,
        0.6,
        r"\bunsuccessful\b|\bnot selected\b|\bregret\b|\brejection\b|\bdeclined\b|\babsage\b",
    ),
    cue(
        "subject: thank you for applying",
        ACK,
        0.6,
        r"\bthank(?:s| you)(?: so much)? for (?:applying|your application|submitting|completing)|"
        r"\bapplication (?:received|confirmation|submitted|acknowledg)|\bwe(?:'ve|"
        r" have) received your|\breceived your application|\bapplication was (?:sent|received|"
        r"submitted)|\bsuccessfully (?:applied|submitted)|\bbewerbungseingang|"
        r"\beingangsbestätigung",
        "-",
    ),
    cue(
        "subject: interest",
        ACK,
        0.3,
        r"\bthank(?:s| you)(?: so much)? for your interest|\byour (?:job )?application (?:to|"
        r"with|at|for)\b|\bapplication for\b",
        "-",
    ),
    cue("subject: interview", INT, 0.5, r"\binterview"),
    cue(
        "subject: invitation",
        INT,
        0.3,
        r"\binvitation\b|\binvite\b|\bnext steps?\b|\bschedul|\bavailability\b|\b(?:phone|"
        r"video) (?:screen|call)|\blet'?s (?:chat|talk|connect)|\bintroductory call",
    ),
    cue(
        "subject: assessment",
        ASM,
        0.65,
        r"\bassessment|\bcoding (?:challenge|test|exercise)|\btake-? ?home|\bonline test|"
        r"\bquestionnaire|\bhackerrank|\bcodility|\bcodesignal|\bbackground check|"
        r"\btechnical (?:test|exercise|challenge|task)|\bcase study",
    ),
    cue("subject: offer", OFF, 0.6, r"\boffer\b"),
    cue(
        "subject: offer letter",
        OFF,
        0.8,
        r"\boffer letter|\bjob offer\b|\boffer of employment|\byour (?:\w+ )?offer\b|"
        r"\bwelcome aboard|\bwelcome to the team",
    ),
    cue("subject: withdrawal", WDR, 0.6, r"\bwithdr[ae]wn?\b|\bwithdrawal\b", "-"),
    cue(
        "subject: notification",
        OTH,
        0.5,
        r"\bjob alert|\bjobs? for you|\bnew jobs?\b|\brecommended\b|\byou might (?:like|"
        r"be interested)|\bnewsletter|\bwebinar|\bdigest\b|\bpassword|\bverify\b|\bsecurity\b|"
        r"\bsign-? ?in\b|\b\d+% off|\bis hiring\b|\bare hiring\b|\bapply now\b|\bwho viewed|"
        r"\bviewed your profile|\bconnect\b|\bweekly\b|\btips\b|\bjobs? (?:in|near|at)\b|"
        r"\bsimilar jobs\b",
        "-",
    ),
)

# Cues read in the sender ("Name <address>").
SENDER_CUES: tuple[Cue, ...] = (
    cue(
        "sender: alerts",
        OTH,
        0.4,
        r"job-?alerts?|\balerts?@|newsletter|digest|marketing|\bnews@|\bpromo|\bcommunity@|"
        r"\bevents?@",
        "-",
    ),
    cue(
        "sender: social",
        OTH,
        0.35,
        r"\b(?:messages|invitations|notifications?|groups|updates)-noreply@|\bmessaging-digest",
        "-",
    ),
)
