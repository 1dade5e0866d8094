"""A second table of hand-written emails, written after the first table passed and scored
once before any change to the classifier (the first score is in docs/benchmarks.md).
Same conventions as ``cases.py``."""

from __future__ import annotations

from onward.analysis.mail.tests.cases import Case

BLIND_CASES = [
    Case(
        "b-rej-warm",
        "Thank you, Sam",
        "Hi Sam,\n\nI really appreciated the conversations you had with us over the past few "
        "weeks. This was a tough one, but we've decided to go with a candidate who has more "
        "direct experience leading distributed teams. I'm happy to stay in touch.\n\nBest,\n"
        "Noor, VP Engineering, Tallgrass",
        "rejection",
    ),
    Case(
        "b-rej-no-vacancy",
        "Your speculative application",
        "Dear Sam,\n\nThank you for sending us your CV. We currently have no vacancies that "
        "match your profile, and we are therefore unable to take your application forward. "
        "We will hold your details for six months.\n\nKind regards,\nHR Department",
        "rejection",
    ),
    Case(
        "b-rej-workday-style",
        "Regarding Req R-5521 Financial Analyst",
        "Dear Sam Reyes,\n\nThank you for your interest in the Financial Analyst position. "
        "We have reviewed your qualifications and determined that other candidates more "
        "closely match the needs of this role. Your application will not be considered "
        "further.\n\nSincerely,\nTalent Acquisition",
        "rejection",
    ),
    Case(
        "b-rej-short-sorry",
        "Re: Junior developer",
        "Sorry Sam, we went with someone else in the end. Thanks for your time!",
        "rejection",
    ),
    Case(
        "b-rej-after-assessment",
        "Your assessment results",
        "Hi Sam,\n\nThank you for completing the technical assessment. Unfortunately your "
        "score did not meet the threshold required to progress to the interview stage, so "
        "we will not be moving forward with your application.\n\nRegards,\nBramble Data",
        "rejection",
    ),
    Case(
        "b-rej-dutch",
        "Je sollicitatie",
        "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas moeten we je laten weten dat we "
        "niet verder gaan met je sollicitatie.\n\nMet vriendelijke groet,\nHR",
        "rejection",
    ),
    Case(
        "b-ack-indeed",
        "Indeed Application: Warehouse Associate",
        "Application submitted\nWarehouse Associate\nStockwell Logistics - Reno, NV\n"
        "The following items were sent to Stockwell Logistics. Good luck!\n"
        "Next steps: the employer may contact you directly.",
        "application_received",
        "Indeed Apply <indeedapply@indeed.com>",
        job_board=True,
    ),
    Case(
        "b-ack-greenhouse",
        "Thank you for applying to Orbitline",
        "Hi Sam,\n\nThanks for your interest in Orbitline! We wanted to let you know we "
        "received your application for Site Reliability Engineer, and we are delighted that "
        "you would consider joining our team.\n\nOur team will review your application and "
        "will be in touch if your qualifications match our needs for the role.\n\n"
        "Regards,\nOrbitline",
        "application_received",
    ),
    Case(
        "b-ack-german",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Reyes,\n\nvielen Dank für Ihre Bewerbung als Werkstudent "
        "Controlling. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze.\n\n"
        "Freundliche Grüße\nPersonalabteilung",
        "application_received",
    ),
    Case(
        "b-ack-referral",
        "You've been referred",
        "Hi Sam, Dana referred you for the Solutions Engineer role and your profile is now "
        "with our recruiting team. We have received your application and will review it "
        "shortly.",
        "application_received",
    ),
    Case(
        "b-int-phone",
        "Phone screen?",
        "Hi Sam, I'm a recruiter at Pinecrest. I saw your application for the Analytics "
        "Engineer role and would love to do a quick 15-min phone screen. What does your "
        "calendar look like Thursday?",
        "interview_invitation",
    ),
    Case(
        "b-int-panel-details",
        "Your panel interview on 24 April",
        "Dear Sam,\n\nWe're pleased to invite you to a panel interview for the Policy "
        "Officer vacancy.\n\nDate: Thursday 24 April 2025\nTime: 10:30 BST\nLocation: 14 "
        "Carver Street, Sheffield\n\nPlease bring photo ID.\n\nRecruitment Team",
        "interview_invitation",
    ),
    Case(
        "b-int-second-round",
        "Second round",
        "Hi Sam, good news: the team enjoyed the first conversation and would like to move "
        "you forward to the second round, a 45-minute system design interview. Can you send "
        "me three time slots that work for you next week?",
        "interview_invitation",
    ),
    Case(
        "b-int-reply-thread",
        "Re: Next steps",
        "Perfect - I've sent a calendar invite for Monday 2pm with Jess and Ola.\n\nThanks,\n"
        "Rob\n\nOn Fri, 14 Mar 2025 at 16:03, Sam Reyes <sam@example.org> wrote:\n> Monday "
        "at 2pm works for me.\n>\n> On Thu, Rob wrote:\n>> Would you be free for an interview"
        " on Monday?",
        "interview_invitation",
    ),
    Case(
        "b-asm-case-study",
        "Case study for the Strategy Associate role",
        "Hi Sam,\n\nAs the next step we'd like you to prepare a short case study: a 5-slide "
        "market entry recommendation. Please submit it by Wednesday 26 March at noon.\n\n"
        "Best,\nClearwater Partners",
        "assessment",
    ),
    Case(
        "b-asm-personality",
        "Complete your assessment",
        "Dear Sam, thank you for your application. To continue, please complete the online "
        "personality and numerical reasoning assessment within 3 days using the link below.",
        "assessment",
    ),
    Case(
        "b-asm-testgorilla",
        "Invitation: skills test",
        "Hello Sam, Lakeshore Foods has invited you to take a skills test on TestGorilla. "
        "The test takes around 40 minutes. Start the test: https://app.testgorilla.example/x",
        "assessment",
    ),
    Case(
        "b-off-email",
        "Welcome to Fieldnote!",
        "Hi Sam,\n\nIt's official - we'd love you to join Fieldnote as our new Content "
        "Designer! Attached is your offer letter with the salary and benefits we discussed. "
        "Could you sign it by Friday?\n\nSo excited,\nMaya",
        "offer",
    ),
    Case(
        "b-off-verbal",
        "Good news",
        "Sam - the hiring committee approved your hire. I'd like to call you today to walk "
        "you through the offer details before we send the written offer.",
        "offer",
    ),
    Case(
        "b-oth-recommend",
        "Jobs you may be interested in",
        "Based on your profile: Data Engineer at Hollow Creek, Analytics Lead at Vireo. "
        "Apply now before these roles close.",
        "other",
    ),
    Case(
        "b-oth-2fa",
        "Your verification code",
        "Your one-time code is 482913. It expires in 10 minutes. If you did not try to sign "
        "in, please secure your account.",
        "other",
    ),
    Case(
        "b-oth-connection",
        "Sam, add Priya Nair to your network",
        "Priya Nair, Talent Partner at Brindle Labs, wants to connect. Accept the "
        "invitation to grow your network.",
        "other",
    ),
    Case(
        "b-oth-course",
        "Ace your next interview",
        "Our interview masterclass teaches you how to answer behavioural questions and "
        "negotiate an offer. 30% off this week only!",
        "other",
    ),
    Case(
        "b-oth-survey",
        "How did we do?",
        "Hi Sam, you recently interviewed with us. We'd value your feedback on your "
        "candidate experience - the survey takes 3 minutes.",
        "other",
    ),
    Case(
        "b-wdr-confirm",
        "Withdrawal confirmed",
        "Hello Sam,\n\nWe have processed your request to withdraw from consideration for the "
        "Logistics Planner position. Thank you for your interest in Stockwell.\n\nRecruiting",
        "other",
        withdrawn=True,
    ),
    Case(
        "b-wdr-declined-offer",
        "Re: Offer",
        "Hi Sam, thanks for letting us know you've decided to decline our offer. We respect "
        "your decision and wish you all the best in the new position.\n\nHelen",
        "other",
        withdrawn=True,
    ),
]
