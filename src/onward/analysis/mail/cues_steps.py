"""Cues for the steps after an application: interviews, assessments, offers; and the cues
of mail that is not about an application at all ("other"), in the body, the subject line and
the sender. Conventions as in ``cues.py``."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import (
    ACK,
    ASM,
    INT,
    NOT_TO_OTHERS,
    OFF,
    OTH,
    REJ,
    WDR,
)

INTERVIEW_CUES: tuple[Cue, ...] = (
    cue(
        "invite you to interview",
        INT,
        0.85,
        r"\b(?:invite|invited|inviting|invitation) (?:you )?(?:to|for) (?:an? |the |your |"
        r"our )?(?:(?!complete\b|record\b|take\b|sit\b)\w+ ){0,3}?(?:interview|phone screen|"
        r"screening call|call|conversation|chat|video call|meeting|discussion|"
        r"assessment cent(?:er|re)|onsite|on-site)",
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
    cue(
        "are you available",
        INT,
        0.6,
        r"\b(?:are|would|will) you (?:be )?(?:available|free)\b(?! for (?:lunch|dinner|drinks|a "
        r"drink|breakfast|a pint))",
    ),
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
        r"(?<!one-way[ ])(?<!one[ ]way[ ])(?<!on-demand[ ])(?<!recorded[ ])(?<!self-paced[ ])"
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
        0.9,
        r"\brecord (?:your |the |a |an )?(?:short |brief )?(?:video )?(?:answers|responses|video|"
        r"interview)|"
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
        r"employment )?offer\b" + NOT_TO_OTHERS,
        "!",
    ),
    cue(
        "formal offer",
        OFF,
        0.7,
        r"\b(?:formal|official|written|verbal|conditional|contingent|final|job|employment) offer\b"
        + NOT_TO_OTHERS,
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
    cue("subject: interview", INT, 0.5, r"(?<!mock[ ])\binterview"),
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
