"""The cue lexicon of the mail classifier, written by hand from how job mail is phrased:
rejections, acknowledgements, withdrawals, job-board copies (``cues_steps.py`` has the rest).

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
NOT_TO_OTHERS = r"(?! to (?:another|other|a different|an internal|the other|a more))"
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
        r"progressing|progress|advancing|advance|going|go|continuing|continue) (?:you |your "
        r"application |your candidacy )?(?:forward|further|ahead)\b(?! with (?:the|your|our|"
        r"this|today's|tomorrow's) (?:[\w-]+ )?(?:interview|call|meeting|chat|appointment))",
    ),
    cue(
        "not proceeding with you",
        REJ,
        0.95,
        r"(?:\bnot|n't|\bno longer|\bunable to) (?:be )?(?:moving|move|proceeding|proceed|"
        r"progressing|progress|advancing|advance|taking|take|pursuing|pursue|considering|"
        r"consider|continuing|continue) (?:forward |further |ahead )?(?:with )?(?:your|you) "
        r"(?:application|candidacy|"
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
        r"\b(?:position|role|job|vacancy|opening|requisition|opportunity|post)(?: (?:that |which )?"
        r"you (?:applied|interviewed) (?:for|to))?(?:,[^,.\n]{1,80},)? "
        r"(?:has|had|have|is|was) (?:now |already |since |recently )?(?:been )?(?:filled|closed|"
        r"cancell?ed|"
        r"put on hold|withdrawn|removed)",
    ),
    cue(
        "we filled the role",
        REJ,
        0.85,
        r"\bwe(?:'ve| have)? (?:now |already )?(?:filled|closed) (?:the|this|that) (?:position|"
        r"role|vacancy|job|opening|requisition)|\bwe(?:'ve| have)? (?:now |already )?filled the "
        r"[^.\n]{1,80}? (?:position|role|vacancy|job|opening|requisition|post)s?\b",
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
        r"(?:\bnot|n't) (?:quite )?(?:a|the right|the best|an? (?:ideal|strong|good|close|"
        r"right)) (?:fit|match)",
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
        r"(?:offer you|extend|move you|find (?:a )?(?:place|role|position|space|spot) for you|"
        r"move (?:your application |your candidacy )?forward|proceed|"
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
