"""Theme cues for skills and experience (see ``feedback_cues``): tools and know-how across
fields, and years, seniority, qualifications and leadership."""

from __future__ import annotations

from onward.analysis.feedback_lexicon import Cue
from onward.analysis.feedback_lexicon import Theme as _T

BACKGROUND_CUES: dict[_T, tuple[Cue, ...]] = {
    _T.TECHNICAL_SKILLS: (
        Cue(
            r"technical (?:skills?|ability|abilities|knowledge|depth|expertise|competenc(?:e|y)"
            r"|assessment|test|interview|round|exercise|challenge|questions?|side|background"
            r"|answers?|work|understanding)",
            1.4,
        ),
        Cue(r"technical(?:ly)?", 0.9, defer=True),  # "technical B2B audiences", "technical support"
        Cue(r"hard skills?|skill ?set|hands[- ]on|skills?[- ]wise", 0.9),
        Cue(
            r"(?<!reason )(?<!post )(?<!zip )(?<!dress )(?<!area )cod(?:e|er|ers|ing)|programming"
            r"|algorithms?|data structures?|problem[- ]solving",
            1.0,
        ),
        Cue(r"systems? design|architecture|design (?:question|round|interview|exercise)", 1.2),
        Cue(r"take[- ]home(?: (?:test|task|assignment|exercise))?", 1.2),
        Cue(
            r"(?:coding|programming|skills?|aptitude|numeracy|numerical reasoning|excel|sql"
            r"|typing|practical|trade|data entry|proofreading|drug calc(?:ulation)?|bend"
            r"|weld(?:ing)?"
            r"|maths?|literacy) (?:test|challenge|exercise|assessment|round|task)s?",
            1.3,
        ),
        Cue(
            r"(?:numerical|verbal|logical|abstract|diagrammatic|critical) reasoning"
            r"|psychometric(?: tests?)?|aptitude",
            1.2,
        ),
        Cue(
            r"debug(?:ging)?|testing|unit tests?|test coverage|complexity|big[- ]o|edge cases?"
            r"|optimi[sz](?:e|ation|ing)|scalab(?:le|ility)",
            0.8,
        ),
        Cue(
            r"(?:python|java|javascript|typescript|sql|excel|aws|azure|gcp|kubernetes|docker|react"
            r"|terraform|spark|tableau|power bi|figma|salesforce|sap|statistics|machine learning"
            r"|data modell?ing|financial modell?ing|accounting|bookkeeping|autocad|golang|sketch"
            r"|adobe|photoshop|illustrator|indesign|xero|sage|quickbooks|ifrs|gaap|hubspot|crm"
            r"|seo|ppc|google analytics|ga4|analytics|microsoft office|ms office|spreadsheets?"
            r"|health and safety|regulations|legislation|compliance|regulatory)"
            r"(?: skills?| knowledge| tools?)?",
            1.0,
        ),
        # Hands-on know-how outside software: care, teaching, trades, sales, admin.
        Cue(
            r"clinical (?:skills?|knowledge|judgement|judgment|practice|reasoning|scenarios?)"
            r"|medication (?:management|administration|rounds?)|drug calc(?:ulation)?s?"
            r"|patient safety"
            r"|infection control|care planning|wound care|triage|safeguarding",
            1.2,
        ),
        Cue(
            r"(?:observed|model|sample|trial|demo) lessons?|lessons?(?! learn)|lesson planning"
            r"|questioning(?: techniques?)?"
            r"|micro[- ]?teach(?:ing)?|behaviou?r management|classroom management|subject"
            r" knowledge|differentiat\w+|curriculum|pedagog\w+|teaching practice",
            1.2,
        ),
        Cue(
            r"workmanship|fault[- ]finding|wiring|install(?:ations?|s)?|practical skills?"
            r"|tool skills"
            r"|error handling|(?:unit |integration |automated )?tests(?! (?:and|or))|code structure"
            r"|trouble[- ]?shooting|accounts (?:payable|receivable)|payroll|(?:the|your) practical"
            r"|written (?:test|assessment)s?"
            r"|typing (?:speed|accuracy)|touch[- ]typing|diary management|minute[- ]taking"
            r"|objection handling|prospecting|negotiation skills|closing skills|cold[- ]calling"
            r"|copywriting|design skills|visual design|user research|prototyping|typography",
            1.1,
        ),
        Cue(r"domain knowledge|fundamentals|expertise|proficien(?:t|cy)|familiarity with", 0.7),
        Cue(r"(?:grasp|command|handle) (?:of|on)", 1.0),
        Cue(
            r"(?:your|the) (?:[\w-]+ )?(?:solution|code|implementation|algorithm|queries|query"
            r"|formulas?|spreadsheet|calculations?|workmanship)|(?:your |the )?(?:test "
            r"|assessment )?"
            r"scores?"
            r"|[\w-]+ skills(?<!communication skills)(?<!people skills)(?<!stakeholder skills)"
            r"(?<!soft skills)"
            r"(?<!interpersonal skills)(?<!presentation skills)(?<!writing skills)"
            r"(?<!listening skills)(?<!social skills)(?<!organisational skills)"
            r"(?<!organizational skills)(?<!leadership skills)(?<!language skills)"
            r"(?<!interview skills)(?<!your skills)(?<!the skills)(?<!of skills)(?<!and skills)",
            0.9,
        ),
        Cue(
            r"(?:didn't|did not|don't|do not|doesn't|does not) (?:seem to |really )?know (?:the|how"
            r"|about|much|enough|your|our|what|when|which|any)",
            1.0,
            "concern",
        ),
        Cue(
            r"your (?:[\w-]+ )?(?:knowledge|know-how|understanding)(?: of)?"
            r"|skills (?:in|with|using|around)|data analy(?:sis|tics)",
            1.0,
        ),
        Cue(
            r"know(?:s)? (?:your|their|the) stuff|know (?:[\w-]+ ){1,3}inside out", 1.0, "strength"
        ),
        Cue(
            r"joinery|carpentry|joints|welds?|welding|brickwork|plastering|tiling|plumbing"
            r"|electrical work|finish(?:ing)? work|formulas?|formulae|pivot tables?|macros",
            1.0,
        ),
        Cue(r"depth of knowledge|(?:knowledge|understanding) of", 0.5),
        Cue(r"brush(?:ing)? up on|rusty", 0.8, "concern"),
    ),
    _T.EXPERIENCE_LEVEL: (
        # Not "patient experience" or "customer experience": those name a service.
        Cue(
            r"(?<!patient )(?<!customer )(?<!user )(?<!guest )(?<!visitor )(?<!student )"
            r"(?<!employee )(?<!candidate )(?<!interview )(?:experiences?|experienced)",
            1.0,
        ),
        Cue(
            r"(?:years?|yrs) of (?:[\w-]+ ){0,3}(?:experience|exp)|(?:\d+|two|three|four|five|six"
            r"|several|many)"
            r"\+? years|(?:another|an extra|a few more|a couple more|a) years? or two",
            1.2,
        ),
        Cue(
            r"(?:more|greater|deeper|broader|additional|less|more relevant) experience"
            r"|more (?:experienced|senior|junior|years)",
            1.3,
            "concern",
        ),
        Cue(
            r"(?:industry|sector|domain|relevant|commercial|professional|direct|leadership"
            r"|management|people management|client[- ]facing|agency|startup|enterprise|enough"
            r"|sufficient|adequate|limited|little|previous|prior|recent|proven|practical|clinical"
            r"|classroom|teaching|sales|site|on[- ]site|ward|post[- ]qualification|hands[- ]on"
            r"|first[- ]hand) experience",
            1.3,
        ),
        Cue(r"your (?:[\w-]+ (?:and )?){1,3}experience", 1.1),
        # What the experience is of belongs to it: "experience of payroll systems".
        Cue(r"experience (?:of|in|with|using) (?:[\w&-]+ ){0,2}[\w&-]+", 1.2),
        Cue(
            r"(?:lots|a lot|plenty|loads|a wealth|bags) of (?:[\w-]+ )?experience", 1.3, "strength"
        ),
        Cue(
            r"too (?:junior|senior|experienced|early in your career)"
            r"|over[- ]?qualified|under[- ]?qualified|less senior|(?:bit|little|slightly|somewhat"
            r"|rather) (?:too )?(?:junior|senior|inexperienced)",
            1.5,
            "concern",
        ),
        Cue(
            r"(?:stage|point|early|earlier|step) (?:in|of) (?:your|their) career|career stage"
            r"|hit the ground running|(?:step|move) up to|step(?:ping)? (?:up|into) (?:a|the)",
            1.3,
            "concern",
        ),
        Cue(
            r"(?:get|getting|become|grow|be) bored|bored quickly|under[- ]?(?:challenged"
            r"|stimulated)|find (?:the|this) (?:role|job|post) (?:\w+ )?(?:limiting|unchallenging)",
            1.2,
            "concern",
        ),
        Cue(
            r"(?:haven't|hasn't|hadn't|have not|has not|had not|'ve not|'d not|have never|has never"
            r"|had never|never)(?: yet| really| ever| previously| actually| personally)? (?:done"
            r"|had"
            r"|worked|led|managed|run|held|used|shipped|built|owned|administered|partnered"
            r"|supervised|taught|delivered|launched|implemented|handled|sold|operated|certified"
            r"|completed|covered)(?= (?:much|many|a lot|enough|any|a|an|the|either|one|with|on|in"
            r"|for|this|that|it|them|your|our|their)\b)",
            1.2,
            "concern",
        ),
        Cue(r"(?:had|has|have|who'd) (?:already |previously )?(?:worked|spent \w+ years)", 1.0),
        Cue(r"junior|senior(?:ity)?|entry[- ]level|mid[- ]level|early[- ]career", 0.9),
        Cue(
            r"apprentices?|trainees?|graduates?(?! (?:scheme|programme|program|intake))"
            r"|newly qualified",
            0.7,
        ),
        Cue(
            r"(?:at|from) your (?:last|previous|current|former) (?:company|role|job|employer"
            r"|post|school|practice|trust|firm|team)",
            1.0,
        ),
        Cue(
            r"time (?:in|on) (?:the |a )?(?:sector|industry|field|role|post|profession|trade"
            r"|job|ward|classroom|floor|tools)",
            1.2,
        ),
        Cue(
            r"(?:closer|more|close|constant|a lot of) (?:supervision|support|guidance|mentoring"
            r"|hand[- ]holding)|unsupervised",
            1.1,
            "concern",
        ),
        Cue(
            r"level (?:we|of the role|required|needed|for this role)|at (?:the|this|that) level"
            r"|the right level|levell?ing|level (?:this|the) (?:role|post|position) (?:sits|is)",
            1.0,
            defer=True,
        ),
        Cue(r"(?:an? )?(?:earlier|early) stage|not (?:yet )?ready (?:for|to)", 1.2, "concern"),
        Cue(r"track record|(?:academic|publication|teaching|employment|work|safety) record", 1.1),
        Cue(r"exp\.?(?![\w-])", 1.0),
        Cue(
            r"(?:someone|somebody|a candidate|candidates|people|a person|an? [\w-]+) (?:who's"
            r"|who has"
            r"|who had|who'd|who have|that has|that had|who already|who has already"
            r"|who had already)"
            r"(?: already| previously| actually| personally)? (?:run|led|managed|done|built|owned"
            r"|shipped|held|worked|delivered|administered|taught|implemented|launched|supervised"
            r"|operated|sold|used|certified|written|knows|knew|understands|works)",
            1.2,
        ),
        Cue(r"background|exposure(?: to)?", 0.7),
        Cue(r"background (?:in|with)", 1.1),
        Cue(r"qualifications?|qualified", 1.0),
        Cue(
            r"credentials|certifications?|certificates?|degree|licen[cs]es?|chartered"
            r"|(?:fully|part|newly)[- ]qualified|registration|accreditation|tickets?|diploma"
            r"|level \d(?: qualification| diploma| certificate)?|nvq|btec|masters|phd|mba|cipd"
            r"|aca|acca|cima|cfa|cpa|pgce|qts|registered (?:with|as)",
            1.0,
            defer=True,  # "your CV doesn't mention your certifications" is about the CV
        ),
        Cue(
            r"(?:lead|leading|led|run|running|ran) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:teams?"
            r"|departments?|functions?|divisions?|wards?|branch(?:es)?|stores?|sites?|crews?)"
            r"|manag(?:e|ed|ing) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:teams?|people|reports|staff"
            r"|budgets?|accounts?|departments?|p&ls?|portfolios?)|line management|direct reports"
            r"|leadership|(?:support\w*|supervis\w+|mentor\w*|coach\w*|develop\w*) (?:junior"
            r"|new|less experienced) (?:staff|colleagues|team members|members of staff)",
            1.0,
        ),
        Cue(r"requirements? (?:of|for) the (?:role|position)|role requirements", 0.7, defer=True),
    ),
}
