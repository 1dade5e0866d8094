"""Families of meaning for the steps after an application, written in general form (issue
12): a recruiter or manager proposing a call, interview times, tasks, referees and
pre-employment checks, casual offers; and mail about money, housing, schools or visas whose
"application declined" is not a job's. Conventions as in ``cues.py``; ``NONJOB`` and
``JOBCTX`` are not labels: they weigh whether a mail is about a job at all."""

from __future__ import annotations

from onward.analysis.mail.cue_engine import Cue, cue
from onward.analysis.mail.cues import ASM, INT, OFF, OTH

NONJOB, JOBCTX = "not_job", "job_context"

FAMILY_STEP_CUES: tuple[Cue, ...] = (
    cue(
        "open to a call",
        INT,
        0.75,
        r"\b(?:would|could|will|are) you (?:be )?(?:open|up|able|willing|keen|interested|"
        r"around) (?:to|for) (?:an? |a quick |a short )?(?:[\w-]+ ){0,2}?(?:call|chat|"
        r"conversation|interview|meeting|catch-up|coffee)\b",
        "!",
    ),
    cue(
        "minutes for a call",
        INT,
        0.7,
        r"\b(?:do|would) you have (?:\d+|a few|five|ten|fifteen|twenty|thirty|some|any|a "
        r"spare) (?:\w+ )?(?:minutes|mins|min|time) (?:for|to)\b|\bwhat(?:'s| is| would be) "
        r"(?:the )?best (?:number|time|day) (?:to (?:reach|call|contact|speak)|for a call)",
    ),
    cue(
        "could you make a time",
        INT,
        0.7,
        r"\b(?:could|can|would) you (?:do|make|manage|join|attend|come (?:in|to|for)|pop in|hop "
        r"on|jump on) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:call|chat|interview|meeting|"
        r"conversation|trial|shift|session|\w+day|tomorrow|\d)",
    ),
    cue(
        "have a conversation",
        INT,
        0.6,
        r"\b(?:like|love|want|keen) to have (?:a|an) (?:\w+ )?(?:chat|conversation|call|talk|"
        r"discussion) with you",
        "!f",
    ),
    cue(
        "trial shift",
        INT,
        0.6,
        r"\btrial (?:work ?)?(?:shift|day|session|morning|afternoon)s?\b|\bworking interview\b",
        "!",
    ),
    cue(
        "let's talk",
        INT,
        0.6,
        r"\blet'?s (?:chat|talk|speak|find a time|set up|grab|hop on|jump on)\b|\b(?:give me a "
        r"(?:call|ring|bell)|call me (?:on|back|at)|ring me)\b|\b(?:invite|have) you (?:in|"
        r"along|over) (?:for|to)\b|\b(?:come|pop) (?:in|along|by) (?:for|to) (?:an? )?(?:[\w-]+ "
        r")?(?:chat|interview|meeting|coffee|trial)",
        "!",
    ),
    cue(
        "which time suits",
        INT,
        0.6,
        r"\b(?:what|which|when) (?:time|day|date|times|days|dates)? ?(?:would |will |might )?"
        r"(?:suit|suits|work|works) (?:best )?(?:for )?you\b",
        "-",
    ),
    cue(
        "interview when",
        INT,
        0.7,
        r"\binterview(?: date| time| details)?: ?(?:on )?(?:mon|tue|wed|thu|fri|sat|sun|\d)|"
        r"\binterview (?:is |will be )?(?:on|at) (?:mon|tue|wed|thu|fri|sat|sun|\d)|\b(?:wants?|"
        r"would like|'d like|keen) to meet (?:with )?you\b",
    ),
    cue(
        "proposed slot",
        INT,
        0.6,
        r"\bproposed (?:slot|time|date)s?\b|\b(?:alternate|alternative|other) (?:slots|times|"
        r"dates)\b|\bschedule (?:your|the|a) (?:[\w-]+ )?(?:round|stage|session)\b",
        "f",
    ),
    cue("recruiter found you", INT, 0.4, r"\bcame across your (?:profile|cv|resume|details)"),
    cue("reschedule word", INT, 0.6, r"\breschedul(?:e|ed|ing)\b|\brearrang(?:e|ed|ing)\b"),
    cue(
        "does this time suit",
        INT,
        0.5,
        r"\b(?:let (?:me|us) know|confirm|tell me) (?:if|whether|which|what) (?:(?:one|option|"
        r"this|that|the (?:time|date|slot|day)|time|slot|day|date) )?(?:is |would be )?(?:suitable|"
        r"convenient|suits|works|ok|okay|fine|doesn't work|does not work|doesn't suit|you "
        r"(?:would |'d )?prefer)",
        "-",
    ),
    cue(
        "digital interview",
        ASM,
        0.8,
        r"\b(?:digital|automated|online video) interview\b",
    ),
    cue(
        "referees",
        ASM,
        0.6,
        r"\breferees?\b|\b(?:provide|submit|send|give|nominate|supply) (?:[\w-]+ ){0,6}?"
        r"references\b",
    ),
    cue(
        "pre-employment checks",
        ASM,
        0.6,
        r"\bpre-? ?employment (?:checks?|screening|process|clearance)|\bdbs (?:check|form|"
        r"application)|\bright to work (?:check|documents)",
    ),
    cue(
        "a task to do",
        ASM,
        0.7,
        r"\b(?:design|practical|sample|presentation|analysis|translation|marking|data|writing|"
        r"short|small) (?:task|exercise|assignment|brief)\b|\blike you to (?:do|complete|prepare|"
        r"take|work on|have a go at) (?:a|an|the|our|this) (?:[\w-]+ ){0,3}?(?:task|exercise|"
        r"test|assignment|challenge|presentation|case study|case)\b",
    ),
    cue(
        "like to offer you",
        OFF,
        0.9,
        r"\b(?:like|love|want|pleased|happy|delighted|glad) to offer you\b|\boffer you (?:the|"
        r"a|this|our) (?:[\w-]+ ){1,4}?(?:position|role|job|post|place|contract)\b",
        "!",
    ),
    cue(
        "we can offer pay",
        OFF,
        0.7,
        r"\b(?:can|could|are able to|would like to) offer (?:you )?(?:£|\$|€|\d)",
        "!",
    ),
    cue(
        "the job is yours",
        OFF,
        0.85,
        r"\b(?:position|role|job|post|place) is yours\b|\b(?:love|like|delighted|pleased|happy) "
        r"to have you (?:join|on board|aboard|on the team|with us)",
    ),
    cue(
        "start and contract",
        OFF,
        0.45,
        r"\bcan you start\b|\bcontract (?:is |has been )?attached|\bcontract will follow|"
        r"\battached (?:is )?(?:your |the )?(?:contract|employment contract)",
        "-",
    ),
)

NONJOB_CUES: tuple[Cue, ...] = (
    cue(
        "non-job application",
        NONJOB,
        0.75,
        r"\b(?:credit card|card|loan|mortgage|rental|tenancy|lease|flat|apartment|property|"
        r"school place|school|nursery|membership|insurance|visa|passport|benefits?|grant|planning|"
        r"permit|licen[cs]e|account|overdraft|admissions?) application\b",
        "-",
    ),
    cue(
        "payment",
        NONJOB,
        0.7,
        r"\byour (?:payment|card|transaction|order|purchase|booking|reservation|subscription|"
        r"direct debit|refund|claim)\b|\bpayment (?:details|method|was declined|declined|"
        r"failed)|\bcard (?:was |has been )?declined|\border #|\bcredit (?:report|score|"
        r"limit|reference agency|reporting agency)",
        "-",
    ),
    cue(
        "housing and schools",
        NONJOB,
        0.6,
        r"\b(?:landlord|tenant|tenancy|lettings|letting agent|estate agent|admissions|school "
        r"place|reception place|pupil|gym|rental enquiry|similar properties|this property|"
        r"\d+ ?bed(?:room)? (?:flat|house|apartment|home))\b",
        "-",
    ),
    cue(
        "job words",
        JOBCTX,
        0.5,
        r"\b(?:role|position|vacancy|vacancies|job|jobs|post of|candidate|candidacy|interview|"
        r"hiring|recruit\w*|cv|resume|career|careers|employment|shift|salary)\b",
        "-",
    ),
    cue(
        "interview advice",
        OTH,
        0.5,
        r"\binterview (?:skills|tips|questions|prep|preparation|coaching|techniques)\b|"
        r"\bworkshop\b|\bbook your (?:place|seat|spot)\b|\blearn how to\b",
    ),
)

STEP_FAMILY_CUES = FAMILY_STEP_CUES + NONJOB_CUES

SUBJECT_FAMILY_CUES: tuple[Cue, ...] = (
    cue(
        "subject: checks",
        ASM,
        0.55,
        r"\breference (?:check|request|details)|\breferences\b|\breferees?\b|"
        r"\bpre-? ?employment\b|\bdbs\b|\b(?:design|practical|written) (?:task|exercise)|"
        r"\bdigital interview",
        "-",
    ),
    cue("subject: reschedule", INT, 0.5, r"\breschedul|\brearrang|\bchange of (?:time|date)"),
)
