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
        "Hi Lee,\n\nI'll be honest: we decided to promote one of our drivers into the "
        "supervisor spot, he's been here years. If you fancy weekend driving shifts we can "
        "offer you those from next month.\n\nMo",
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
        "Hi Ravi,\n\nThanks for your interest in the Platform Engineer role. After looking at "
        "your experience we don't see a strong enough match with what the team needs at the "
        "moment. We'll keep your details for the future.\n\nTalent team",
        REJ,
    ),
    Case(
        "r4-offer-went-to-a-candidate",
        "Your application - Ward Clerk",
        "Dear Chloe,\n\nThank you for meeting the panel. It was a close call, but in the end "
        "we've extended an offer to a candidate with more hospital experience.\n\nBest "
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
        "Hi Nell,\n\nthanks for applying. At the moment all our positions are filled in the "
        "Leeds area. We'll keep your details and call you if that changes.\n\nHomecare office",
        REJ,
    ),
    Case(
        "r4-went-with-someone-who",
        "Re: Interview - Shop Assistant",
        "Hi Ama,\n\nWe've now seen everyone on the shortlist and have decided to go ahead with "
        "someone who has more retail experience. Thanks for your time, and good luck.\n\nJen",
        REJ,
    ),
]

ACK_CASES = [
    Case(
        "r4-came-through",
        "RE: my application",
        "Hi Nico,\n\nJust to confirm your CV came through fine and it's with the hiring "
        "manager now. We'll let you know either way once the shortlist is done.\n\nSara",
        ACK,
    ),
    Case(
        "r4-eligible-list",
        "Application status: Library Assistant",
        "Dear Ms Ward,\n\nYour application for Library Assistant has been reviewed and placed "
        "on the eligible list, which has been referred to the hiring department. You will be "
        "told the outcome when the process ends.\n\nHuman Resources",
        ACK,
    ),
    Case(
        "r4-process-sentence-for-everyone",
        "Thanks for applying - Graduate Surveyor",
        "Dear Kim,\n\nThank you for applying. We've received your application. As part of our "
        "process all applicants will be asked to sit an online numerical test; if you progress "
        "you'll get the link by email.\n\nEarly Careers",
        ACK,
    ),
]

STEP_CASES = [
    Case(
        "r4-test-before-interviews",
        "Apprenticeship - maths test",
        "Hi Kai,\n\nThanks for applying to our plumbing apprenticeship. Before we can book "
        "interviews, every applicant sits a written maths test.\n\nTest date: Saturday 9 "
        "January, 9am, at the training centre. Bring a pen and photo ID.\n\nGina",
        ASM,
    ),
    Case(
        "r4-on-demand-video",
        "Your video interview invitation",
        "Hi Pat,\n\nHarbour Bank would like to get to know you through an on-demand video "
        "interview: three questions, recorded whenever suits you, open until Sunday.\n\n"
        "Start here: https://example.test/v/123",
        ASM,
    ),
    Case(
        "r4-practical-test",
        "Graphic Designer - next step",
        "Hi Ola,\n\nThanks for the chat! The next step is a practical test: we'll send you a "
        "short brief and ask for two logo concepts within five days. We pay £100 for your "
        "time.\n\nBen",
        ASM,
    ),
    Case(
        "r4-reasoning-test",
        "Your aptitude test - Calder Foods",
        "Dear Ike,\n\nThank you for your application for Electrician. The next step is a "
        "mechanical reasoning test of about 20 minutes; the link is below.\n\nCalder HR",
        ASM,
    ),
    Case(
        "r4-swing-by",
        "welder",
        "Pete,\n\nGot your CV from Dana. Swing by the workshop Thursday about 10 and we'll have "
        "a chat and show you round.\n\nMick",
        INT,
    ),
    Case(
        "r4-client-wants-to-meet",
        "Re: Project Manager - Bristol",
        "Hi Ade,\n\nGood news, the client wants to meet you: they've suggested Monday at 11 at "
        "their office. Can you make it?\n\nRuth, Keystone Recruitment",
        INT,
    ),
    Case(
        "r4-trial-day",
        "Your application as baker",
        "Dear Mr Roth,\n\nthank you for your application and the call. We would like to invite "
        "you to a trial day at the bakery on Friday from 6 to 11 so we can see your "
        "work.\n\nBest regards\nMaria",
        INT,
    ),
    Case(
        "r4-confirmed-interview-with-task",
        "Re: Interview - Teaching Assistant",
        "Dear Ms Obi,\n\nI can confirm your interview on Wednesday 4 March at 10am. The "
        "interview will include a short written task, and please bring photo ID for the DBS "
        "check.\n\nOffice Manager",
        INT,
    ),
]

OTHER_CASES = [
    Case(
        "r4-wish-to-withdraw",
        "Your application",
        "Dear Mr Bell,\n\nThank you for letting us know that you wish to withdraw your "
        "application. I've cancelled your interview slot on Monday. Best of luck in the new "
        "job.\n\nHR",
        OTH,
        withdrawn=True,
    ),
    Case(
        "r4-mock-interview-event",
        "Reminder: Mock Interview Day",
        "Hi students,\n\nMock Interview Day is back on 3 March: practise with local employers "
        "and get feedback on your answers. Sign up on the careers portal.\n\nCareers Service",
        OTH,
    ),
    Case(
        "r4-volunteer-briefing",
        "Volunteer briefing - confirmation",
        "Hi Tess,\n\nThanks for signing up to volunteer at the city marathon! This email "
        "confirms your place at the volunteer briefing on Friday at 6pm.\n\nRace team",
        OTH,
    ),
]

MORE_REJECTION_CASES = [
    Case(
        "r4-job-to-family",
        "Re: weekend shifts",
        "Hi Lou, sorry pet, we've given the weekend shifts to our nephew in the end. Thanks for "
        "dropping your CV in. Bev",
        REJ,
    ),
    Case(
        "r4-not-taking-on",
        "Your application - HGV Driver",
        "Hi Stan,\n\nThanks for applying. Right now we're not looking to take on any more "
        "drivers, as the winter contract fell through. I'll keep your number.\n\nKeith",
        REJ,
    ),
    Case(
        "r4-profile-does-not-correspond",
        "Application Buyer",
        "Dear Mr. Peeters,\n\nWe studied your candidature with attention. Unfortunately your "
        "profile does not correspond to the needs of this function, notably the German "
        "language.\n\nWith our best wishes for your search,\nHR",
        REJ,
    ),
    Case(
        "r4-candidature-not-retained",
        "Your application - Logistics Intern",
        "Dear Lucia,\n\nthank you for your interest. We inform you that the selection is now "
        "closed and your candidature was not retained.\n\nHR Office",
        REJ,
    ),
    Case(
        "r4-overqualified",
        "re: warehouse picker",
        "Hey Gav, good to meet you. Honestly you're overqualified for this one and we couldn't "
        "pay what you're worth. If a supervisor job opens I'll shout.\n\nDes",
        REJ,
    ),
    Case(
        "r4-hiring-paused",
        "Re: Junior Developer",
        "Hello Ana,\n\nThanks for the coding task, we liked it. Sadly we've had to pause hiring "
        "for this position because the client's funding fell through.\n\nBest,\nMiguel",
        REJ,
    ),
    Case(
        "r4-score-not-high-enough",
        "Your application for Policy Officer",
        "Dear Ade,\n\nWe have now marked the written exercises. Your submission did not score "
        "highly enough to go through to interview this time.\n\nBest wishes,\nRecruitment",
        REJ,
    ),
    Case(
        "r4-we-are-full",
        "Re: fruit picking",
        "Hi Olly, thanks for getting in touch. We're all full up for the summer season now. Try "
        "us again in spring. Jan",
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
        "Hi Joss,\n\nThanks for applying to the Fellowship. We had 600 applications for two "
        "places, so we had to say no to many strong people, including you this time.\n\n"
        "Fernhill",
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
        "Dear Noor,\n\nApologies for the delay. Shortlisting has been pushed back because the "
        "head is off sick; we'll be in touch with everyone by the 12th.\n\nSchool Office",
        ACK,
    ),
    Case(
        "r4-confirm-receipt",
        "Acknowledgement: Payroll Officer",
        "Dear Applicant,\n\nWe confirm receipt of your application for Payroll Officer. You "
        "will hear from us about the next stage in due course.\n\nHR Shared Services",
        ACK,
    ),
    Case(
        "r4-cv-landed",
        "Got it!",
        "Hey Mia,\n\nJust a note that your application for Junior Animator landed safely with "
        "us. We'll look at everything after the deadline.\n\nPixelmoth",
        ACK,
    ),
    Case(
        "r4-eligible-candidates-will",
        "Application received - Graduate Scheme",
        "Dear Finn,\n\nThank you for submitting your application. Eligible candidates will "
        "receive an invitation to complete our online tests within five working days.\n\n"
        "Early Careers",
        ACK,
    ),
    Case(
        "r4-could-we-have-a-call",
        "Your CV - Site Manager",
        "Hi Rob,\n\nThanks for the CV. Before I send it to my client, could we have a "
        "15-minute call tomorrow morning to go through your projects?\n\nDee",
        INT,
    ),
    Case(
        "r4-have-you-time",
        "Estimator role",
        "Hi Cal,\n\nSaw your profile on a job board. Have you got time for a quick chat this "
        "afternoon about an estimator role in Leeds?\n\nSam",
        INT,
    ),
    Case(
        "r4-record-a-video",
        "Next step: Customer Adviser",
        "Hi Jo,\n\nAs the next step, please record a short video interview answering three "
        "questions. It takes about 15 minutes.\n\nRecruitment",
        ASM,
    ),
    Case(
        "r4-task-inside-interview",
        "Your interview on Monday",
        "Hi Priya,\n\nLooking forward to Monday. Just so you know, the interview will include a "
        "20-minute written exercise before the panel, so please arrive at 9:30.\n\nTom",
        INT,
    ),
    Case(
        "r4-propose-you-the-position",
        "Job proposal - Buyer",
        "Dear Ines,\n\nFollowing our meetings, we are pleased to propose you the position of "
        "Buyer, permanent contract, 42 000 EUR gross a year. The contract is attached.\n\n"
        "Paul",
        OFF,
    ),
    Case(
        "r4-interview-survey",
        "How was your interview?",
        "Hi Omar,\n\nYou recently interviewed with Brightside. Tell us about your interview "
        "experience in a short anonymous survey; it won't affect any decision.\n\nCandidate "
        "Experience",
        OTH,
    ),
]

NONJOB_CASES = [
    Case(
        "r4-club-waitlist",
        "Membership application",
        "Hi Ben,\n\nThanks for applying to join the chess club. We're full this term, so "
        "you're on the waitlist for spring.\n\nSecretary",
        OTH,
    ),
    Case(
        "r4-credit-card-declined",
        "Your application - decision",
        "Dear customer,\n\nThank you for applying for a Gold credit card. Unfortunately we are "
        "unable to approve it at this time.\n\nCard Services",
        OTH,
    ),
    Case(
        "r4-hardship-fund",
        "Hardship Fund",
        "Dear Student,\n\nYour application to the Hardship Fund was unsuccessful because your "
        "household income is over the limit.\n\nStudent Support",
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
        "Hi Jo,\n\nThanks for applying to join Fernlea as our bookkeeper. We've now offered the "
        "role to someone, so we're closing applications. Good luck!\n\nRuth",
        REJ,
    ),
    Case(
        "r4-actually-full-up",
        "Re: kitchen porter",
        "Hey Rob, thanks for asking. We're actually all full up for the summer now. Try us in "
        "the autumn. Col",
        REJ,
    ),
    Case(
        "r4-prepare-a-case",
        "Account Director - next step",
        "Hi Lena,\n\nThanks for a great first interview! Next, we'd like you to prepare a short "
        "case on growing a client account, to present at your second interview.\n\nHR",
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
