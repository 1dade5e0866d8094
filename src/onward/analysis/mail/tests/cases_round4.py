"""A sixth hand-written table (issue 12, fourth round: a third writer's mail), one case or
more per cue family or context rule of ``cues_families_round4.py`` and its look-alikes.
Invented people and companies, our own words, written before the change they test. Same
conventions as ``cases.py``."""

from __future__ import annotations

from onward.analysis.mail.tests.cases import Case
from onward.analysis.mail.tests.cases_round4_probes import PROBE2_CASES, PROBE3_CASES, PROBE_CASES

REJ, ACK, INT, ASM, OFF, OTH = (
    "rejection",
    "application_received",
    "interview_invitation",
    "assessment",
    "offer",
    "other",
)

COUNTER_OFFER_CASES = [
    Case(
        "r4-counter-offer-instead",
        "Store Manager - Fenwick Lane",
        "Hi Dara,\n\nThanks for coming in twice. We've given the store manager job to someone "
        "from our own team, but we were impressed and would like to offer you an assistant "
        "manager position instead, if that interests you.\n\nRuth",
        REJ,
    ),
    Case(
        "r4-counter-offer-other-post",
        "Head Chef vacancy",
        "Dear Tomasz,\n\nThe panel has decided to appoint another candidate to the Head Chef "
        "post. However, we would love to offer you the sous chef role, starting in January, "
        "on the same terms we discussed.\n\nKind regards,\nMillbrook Kitchens",
        REJ,
    ),
    Case(
        "r4-counter-offer-promoted",
        "Re: supervisor job",
        "Hi Lee,\n\nStraight answer: we've decided to promote someone from our own team into "
        "the supervisor job. If you fancy weekend driving, we can offer you those shifts "
        "from next month.\n\nMo",
        REJ,
    ),
    Case(
        "r4-counter-offer-part-time",
        "Operations Manager",
        "Hi Jess,\n\nThe operations manager post has been filled. We can offer you a "
        "part-time coordinator position instead, three days a week, if you would like it.\n\n"
        "Owen",
        REJ,
    ),
    Case(
        "r4-plain-offer-stays",
        "Barista role",
        "Hi Jo,\n\nGreat news: we'd like to offer you the barista role at our Quay Street "
        "cafe, 30 hours a week. Could you start Monday?\n\nPaula",
        OFF,
    ),
]

QUOTED_CASES = [
    Case(
        "r4-single-quoted-rejection-in-newsletter",
        "The Job Hunt Weekly #41",
        "Hello readers,\n\nReceived a 'we regret to inform you' message this week? You're not "
        "alone: 40 of you wrote in about one. Below, three recruiters explain what happens "
        "after the panel meets.\n\nUnsubscribe | Manage preferences",
        OTH,
    ),
    Case(
        "r4-single-quoted-chose-another-in-article",
        "Career Notes: after the final round",
        "Nothing stings like a 'we've chosen to go with another candidate' note after three "
        "rounds. This month our columnist looks at asking for feedback.\n\nRead more on our "
        "blog.",
        OTH,
    ),
    Case(
        "r4-apostrophes-in-a-real-rejection",
        "Your application",
        "Hi Sam,\n\nWe've thought it over and we won't be moving forward with your "
        "application. We're sorry it's not better news.\n\nThe Orchard team",
        REJ,
    ),
]

REJECTION_CASES = [
    Case(
        "r4-no-strong-match",
        "Update on your candidacy",
        "Hi Ravi,\n\nThanks for your interest in the Platform Engineer role. We've read your "
        "CV closely, and honestly we don't think there's a close enough fit with this team's "
        "stack.\n\nTalent team",
        REJ,
    ),
    Case(
        "r4-offer-went-to-a-candidate",
        "Your application - Ward Clerk",
        "Dear Chloe,\n\nThank you for meeting the panel. It was close, but we have made an "
        "offer to an applicant who has worked on a hospital ward before.\n\nBest "
        "wishes,\nRecruitment",
        REJ,
    ),
    Case(
        "r4-offer-to-you-stays",
        "Ward Clerk - offer",
        "Dear Chloe,\n\nWe've extended an offer to you for the Ward Clerk post; the letter is "
        "attached. Please sign and return it by Friday.\n\nRecruitment",
        OFF,
    ),
    Case(
        "r4-all-positions-filled",
        "Care assistant",
        "Hi Nell,\n\nthanks for applying. Every round in Leeds is covered just now: all the "
        "care posts have been filled there. I'll call you if one comes up.\n\nHomecare office",
        REJ,
    ),
    Case(
        "r4-went-with-someone-who",
        "Re: Interview - Shop Assistant",
        "Hi Ama,\n\nThanks for coming in. We've now seen the whole shortlist and we're going "
        "with someone who has run a till before. Best of luck.\n\nJen",
        REJ,
    ),
]

ACK_CASES = [
    Case(
        "r4-came-through",
        "Re: checking in",
        "Hello Ines,\n\nGood to hear from you. Yes, we have it: your CV came through and "
        "Tom, our hiring manager, is reading the shortlist pile this week. Whatever the "
        "decision, you'll get an answer from me.\n\nPriya",
        ACK,
    ),
    Case(
        "r4-eligible-list",
        "Application status: Groundskeeper",
        "Dear Mr Roy,\n\nWe have assessed your application for Groundskeeper. You meet the "
        "minimum requirements and have been added to the eligible list; the parks department "
        "will contact the people it chooses to see.\n\nPersonnel Office",
        ACK,
    ),
    Case(
        "r4-process-sentence-for-everyone",
        "Thanks for applying - Graduate Surveyor",
        "Dear Kim,\n\nThank you for applying; your application has reached us. All scheme "
        "applicants are asked to sit a numerical test, and those who pass the first sift "
        "will be emailed a link.\n\nEarly Careers",
        ACK,
    ),
]

STEP_CASES = [
    Case(
        "r4-test-before-interviews",
        "Apprenticeship - maths test",
        "Hi Kai,\n\nThanks for applying to our plumbing apprenticeship. Everyone sits a "
        "short maths test first, before we can book interviews; yours is on Saturday 9 "
        "January at 9am at the training centre. Bring a pen.\n\nGina",
        ASM,
    ),
    Case(
        "r4-on-demand-video",
        "Video interview - Harbour Bank",
        "Hi Pat,\n\nThe next step with Harbour Bank is a self-paced video interview: three "
        "questions on screen, and you record your answers whenever it suits you before "
        "Sunday.\n\nStart here: https://example.test/v/123",
        ASM,
    ),
    Case(
        "r4-practical-test",
        "Graphic Designer - next step",
        "Hi Ola,\n\nThanks for the chat! Next up is a practical test: two logo ideas from a "
        "one-page brief, due within five days. It is paid.\n\nBen",
        ASM,
    ),
    Case(
        "r4-reasoning-test",
        "Your aptitude test - Calder Foods",
        "Dear Ike,\n\nThanks for applying for Electrician. Please sit our reasoning test "
        "(around 20 minutes) using the link below by Friday.\n\nCalder HR",
        ASM,
    ),
    Case(
        "r4-swing-by",
        "welder",
        "Pete,\n\nDana passed me your CV. Can you drop into the workshop Thursday about 10 "
        "so we can talk it through? I'll show you the machines.\n\nMick",
        INT,
    ),
    Case(
        "r4-client-wants-to-meet",
        "Re: Project Manager - Bristol",
        "Hi Ade,\n\nI heard back from my client this morning. They've suggested Monday at 11 "
        "at their Bristol office for a first meeting - does that work?\n\nRuth, Keystone "
        "Recruitment",
        INT,
    ),
    Case(
        "r4-trial-day",
        "Your application as baker",
        "Dear Mr Roth,\n\nthanks for your application and for the phone call. Come and bake "
        "with us for a trial day on Friday, 6 to 11, and meet the team.\n\nBest "
        "regards\nMaria",
        INT,
    ),
    Case(
        "r4-confirmed-interview-with-task",
        "Re: Interview - Teaching Assistant",
        "Dear Ms Obi,\n\nThis is to confirm your interview for the Teaching Assistant post: "
        "Wednesday 4 March, 10am. Part of the morning is a short written task, and we will "
        "need photo ID for the DBS check.\n\nOffice Manager",
        INT,
    ),
]

OTHER_CASES = [
    Case(
        "r4-wish-to-withdraw",
        "Your application",
        "Dear Mr Bell,\n\nNoted that you wish to withdraw from the Housing Officer process; "
        "I have taken your name off Monday's interview schedule. Congratulations on the new "
        "post.\n\nHR",
        OTH,
        withdrawn=True,
    ),
    Case(
        "r4-mock-interview-event",
        "Practice interviews next week",
        "Hello final-years,\n\nWant a dry run before the real thing? Local recruiters are "
        "running mock interviews in the library on 3 March, with written feedback for "
        "everyone who takes part. Places through the careers portal.\n\nCareers Service",
        OTH,
    ),
    Case(
        "r4-volunteer-briefing",
        "See you at the beach clean",
        "Hi Tess,\n\nYou're registered as a volunteer for Saturday's beach clean. Please "
        "come to the volunteer briefing at 9am by the lifeguard hut; gloves and bags "
        "provided.\n\nShoreline Trust",
        OTH,
    ),
]

MORE_REJECTION_CASES = [
    Case(
        "r4-job-to-family",
        "Re: weekend work",
        "Hi Lou, thanks for asking about weekends at the shop. Bad news I'm afraid, we gave "
        "the shifts to our son's friend in the end. Bev",
        REJ,
    ),
    Case(
        "r4-not-taking-on",
        "Your application - HGV Driver",
        "Hi Stan,\n\nCheers for the CV. With the winter contract gone, we're not planning to "
        "hire any more drivers until spring. I'll hang on to your number.\n\nKeith",
        REJ,
    ),
    Case(
        "r4-profile-does-not-correspond",
        "Application Buyer",
        "Dear Mr. Peeters,\n\nWe have read your file with care. We regret that your "
        "experience does not match the requirements of this function, in particular fluency "
        "in German.\n\nWith our best wishes,\nHR",
        REJ,
    ),
    Case(
        "r4-candidature-not-retained",
        "Your application - Logistics Intern",
        "Dear Lucia,\n\nthank you for your interest in our logistics internship. After "
        "review, your application was not retained for the next phase.\n\nHR Office",
        REJ,
    ),
    Case(
        "r4-overqualified",
        "re: warehouse picker",
        "Hey Gav, good to meet you Tuesday. To be straight, you're overqualified for a "
        "picker's job and you'd be bored in a week. Shout if you see a supervisor post come "
        "up with us.\n\nDes",
        REJ,
    ),
    Case(
        "r4-hiring-paused",
        "Re: Junior Developer",
        "Hello Ana,\n\nYour coding task was good work. Unfortunately the company has decided "
        "to freeze recruitment until the new budget year, so the Junior Developer post will "
        "not go ahead.\n\nBest,\nMiguel",
        REJ,
    ),
    Case(
        "r4-score-not-high-enough",
        "Your application for Policy Officer",
        "Dear Ade,\n\nThe panel has marked the written exercises. I'm sorry to say your "
        "paper didn't rank highly enough for an interview place this time.\n\nBest "
        "wishes,\nRecruitment",
        REJ,
    ),
    Case(
        "r4-we-are-full",
        "Re: fruit picking",
        "Hi Olly, thanks for getting in touch about picking. We are full up with pickers "
        "this year, sorry. Jan",
        REJ,
    ),
    Case(
        "r4-full-time-is-not-full",
        "Cook - Harbour Cafe",
        "Hi Rae,\n\nWe're looking for a full-time cook and your CV looks great. Could you pop "
        "in Tuesday at 3 for a chat?\n\nMo",
        INT,
    ),
    Case(
        "r4-said-no-including-you",
        "A note from Fernhill",
        "Hi Joss,\n\nThanks for your Fellowship application. With 600 people going for two "
        "places, we've had to say no to a lot of excellent applicants, including you this "
        "round.\n\nFernhill",
        REJ,
    ),
]

MORE_STEP_CASES = [
    Case(
        "r4-still-under-review",
        "Update: Warehouse Lead",
        "Hi Tom,\n\nA quick note: your application for Warehouse Lead is still under review. "
        "We need about another week and will write to you then.\n\nPeople Team",
        ACK,
    ),
    Case(
        "r4-sorry-for-the-delay",
        "Teaching Assistant vacancy",
        "Dear Noor,\n\nA short note while you wait: the panel could not meet this week, so "
        "our decision is delayed. You will hear from us, one way or the other, before half "
        "term.\n\nSchool Office",
        ACK,
    ),
    Case(
        "r4-confirm-receipt",
        "Acknowledgement: Payroll Officer",
        "Dear Applicant,\n\nThis is an automatic reply to confirm receipt of your Payroll "
        "Officer application. Shortlisting starts after the closing date.\n\nHR Shared "
        "Services",
        ACK,
    ),
    Case(
        "r4-cv-landed",
        "Received - Junior Animator",
        "Hey Mia,\n\nQuick one to say your application arrived safely with us. Nobody looks "
        "at anything until the deadline passes, then we go through the lot.\n\nPixelmoth",
        ACK,
    ),
    Case(
        "r4-eligible-candidates-will",
        "Application received - Graduate Scheme",
        "Dear Finn,\n\nThank you for your application. What next: eligible candidates will "
        "be sent a link to our online tests in the coming week.\n\nEarly Careers",
        ACK,
    ),
    Case(
        "r4-could-we-have-a-call",
        "Your CV - Site Manager",
        "Hi Rob,\n\nThanks for the CV. I'd like to hear about your last two sites first - "
        "could we do a quick call tomorrow morning, say 9:30?\n\nDee",
        INT,
    ),
    Case(
        "r4-have-you-time",
        "Estimator role",
        "Hi Cal,\n\nI'm filling an estimating job in Leeds for a groundworks firm and your "
        "profile stood out. Have you got time for a short call on Wednesday?\n\nSam",
        INT,
    ),
    Case(
        "r4-record-a-video",
        "Next step: Customer Adviser",
        "Hi Jo,\n\nThanks for applying. Please use the link to record a video interview in "
        "your own time - three questions, two minutes each - by Sunday.\n\nRecruitment",
        ASM,
    ),
    Case(
        "r4-task-inside-interview",
        "Your interview on Monday",
        "Hi Priya,\n\nSee you Monday at 10. The interview starts with twenty minutes on a "
        "written exercise, then the panel's questions. No preparation is needed.\n\nTom",
        INT,
    ),
    Case(
        "r4-propose-you-the-position",
        "Job proposal - Buyer",
        "Dear Ines,\n\nAfter our two meetings, we are happy to propose you the Buyer role on "
        "a permanent contract at 42 000 EUR gross a year. Please find the contract "
        "attached.\n\nPaul",
        OFF,
    ),
    Case(
        "r4-interview-survey",
        "Tell us how it went",
        "Hi Omar,\n\nYou met our team at Brightside last week. Would you spend two minutes "
        "on an anonymous survey about your interview experience? Answers are never shared "
        "with the hiring team.\n\nCandidate Experience",
        OTH,
    ),
]

NONJOB_CASES = [
    Case(
        "r4-club-waitlist",
        "Membership",
        "Hi Ben,\n\nYour application to join the chess club is on hold: we have hit our "
        "member limit for this term, so you're on the waitlist for spring.\n\nSecretary",
        OTH,
    ),
    Case(
        "r4-credit-card-declined",
        "Your application - decision",
        "Dear customer,\n\nWe have looked at your credit card application. We're sorry, but "
        "we cannot approve a card for you right now.\n\nCard Services",
        OTH,
    ),
    Case(
        "r4-hardship-fund",
        "Hardship Fund",
        "Dear Student,\n\nWe have decided your Hardship Fund claim. Sadly it was not "
        "successful, since your household income is over the limit for support.\n\nStudent "
        "Support",
        OTH,
    ),
    Case(
        "r4-club-job-is-a-job",
        "Club Steward",
        "Hi Kev,\n\nThanks for applying for the club steward role. We'd like to invite you to "
        "an interview on Thursday at 6pm at the clubhouse.\n\nCommittee",
        INT,
    ),
    Case(
        "r4-loan-officer-is-a-job",
        "Thank you for your application",
        "Dear Kai,\n\nThank you for applying for the role of Loan Officer - Leeds. We have "
        "received your application and will be in touch within two weeks.\n\nCareers",
        ACK,
    ),
    Case(
        "r4-join-the-company-is-a-job",
        "Hi from Fernlea",
        "Hi Jo,\n\nThank you for applying to join Fernlea as our bookkeeper. We have since "
        "given the job to another applicant and the advert is now closed. Good luck!\n\nRuth",
        REJ,
    ),
    Case(
        "r4-actually-full-up",
        "Re: kitchen porter",
        "Hey Rob, thanks for asking. We're actually full for the summer, every shift is "
        "covered. Maybe in the autumn. Col",
        REJ,
    ),
    Case(
        "r4-prepare-a-case",
        "Account Director - presentation",
        "Hi Lena,\n\nThanks for Tuesday! Before we meet again, we'd like you to prepare a "
        "ten-minute presentation on winning back a lapsed client, to give to Sam at your "
        "second interview.\n\nHR",
        ASM,
    ),
]

ROUND4_ALL = (
    COUNTER_OFFER_CASES
    + QUOTED_CASES
    + REJECTION_CASES
    + ACK_CASES
    + STEP_CASES
    + OTHER_CASES
    + MORE_REJECTION_CASES
    + MORE_STEP_CASES
    + NONJOB_CASES
    + PROBE_CASES
    + PROBE2_CASES
    + PROBE3_CASES
)
