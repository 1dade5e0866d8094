"""A sixth hand-written table (issue 12, fourth round: a third writer's mail), one case or
more per cue family or context rule of ``cues_families_round4.py`` and its look-alikes.
Invented people and companies, our own words, written before the change they test. Same
conventions as ``cases.py``."""

from __future__ import annotations

from onward.analysis.mail.tests.cases import Case

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

ROUND4_ALL = (
    COUNTER_OFFER_CASES + QUOTED_CASES + REJECTION_CASES + ACK_CASES + STEP_CASES + OTHER_CASES
)
