"""A fifth hand-written table (issue 12, third round: real mail from a second writer), one
case or more per cue family of ``cues_families_real.py`` and its look-alikes. Invented
people and companies, our own words. Same conventions as ``cases.py``."""

from __future__ import annotations

from onward.analysis.mail.tests.cases import Case

REJ, ACK, INT, ASM, OTH = (
    "rejection",
    "application_received",
    "interview_invitation",
    "assessment",
    "other",
)

ROUND3_CASES = [
    Case(
        "r3-status-closed",
        "An update on your application",
        "Hi Priya,\n\nThe status of your application for Data Analyst (REQ-4410) was "
        "updated.\n\nStatus: Closed\n\nSign in to your candidate account for details.\n\n"
        "Brightwell Foods",
        REJ,
        "Careers <notifications@portal.example>",
    ),
    Case(
        "r3-status-filled",
        "Requisition 7781 update",
        "Dear Mr. Okafor,\n\nYour application for Branch Adviser has a new status.\n\n"
        "Current status: Position filled\n\nPlease keep an eye on our careers site.",
        REJ,
    ),
    Case(
        "r3-filled-it",
        "Re: van driver",
        "Hiya Jordan, sorry mate we've filled it already. Cheers for asking.\n\nSteve",
        REJ,
    ),
    Case(
        "r3-team-sorted",
        "Re: kitchen porter",
        "Hi Ana, thanks for popping in with your CV, but we've got the team sorted for the "
        "summer now. All the best.\n\nMarco",
        REJ,
    ),
    Case(
        "r3-follow-with-others",
        "Feedback about your process - Frontend Developer",
        "Hello Bruno,\n\nWe thank you for taking part in our selection for Frontend "
        "Developer. After careful analysis we decided to continue with other candidates, "
        "with profile more adherent to the moment of the team.\n\nSuccess!\nPeople Team",
        REJ,
    ),
    Case(
        "r3-choose-other",
        "Recruitment for Java Developer",
        "Dear Mr. Tomasz,\n\nWe thank you for participation in the recruitment and for the "
        "time of the technical interview. We inform that at this moment we decided to select "
        "other candidate.\n\nKind regards,\nHR Department",
        REJ,
    ),
    Case(
        "r3-in-favour",
        "Your application as Working Student",
        "Dear Ms. Berger,\n\nmany thanks for your application and the pleasant talk. After "
        "careful weighing we have decided in favour of another applicant.\n\nWith kind "
        "regards\nPersonnel Department",
        REJ,
    ),
    Case(
        "r3-committee-recommended",
        "Research Assistant selection",
        "Dear Rohan,\n\nThank you for attending the interview for the Research Assistant "
        "post. The selection panel has recommended another candidate for the post.\n\n"
        "Regards,\nProf. Iyer",
        REJ,
    ),
    Case(
        "r3-go-with-someone",
        "Re: Helpdesk Analyst",
        "Hi Dev, good to talk earlier. I think we're going to go with someone who wants to "
        "stay on the desk long term, so I'll leave it there. Good luck!\n\nMo",
        REJ,
    ),
    Case(
        "r3-back-to-market",
        "Fwd: Payroll Manager feedback",
        "Hi Grace, the client has come back: they want to go back out to market for someone "
        "with more public-sector payroll. Sorry, I know the interview went well.\n\nTom",
        REJ,
    ),
    Case(
        "r3-hire-not-proceeding",
        "RE: Receptionist role",
        "Hi Leila,\n\nApologies for the silence. The practice has decided to use an agency "
        "temp for now, so we won't be proceeding with the direct hire.\n\nBest,\nDiane",
        REJ,
    ),
    Case(
        "r3-cannot-take-further",
        "Re: Nursery Assistant",
        "Hi Zoe,\n\nThanks for applying. We need someone with a Level 3 qualification for "
        "this room, so we can't take your application further right now.\n\nSally",
        REJ,
    ),
    Case(
        "r3-not-in-position",
        "RE: Graduate Surveyor",
        "Dear Owen,\n\nThanks for sending your CV - sadly we're not in a position to take on "
        "a graduate this year, though we'll hold onto your details.\n\nRuth",
        REJ,
    ),
    Case(
        "r3-no-interview-invite",
        "Your application to Fernhill Insurance",
        "Dear Amir,\n\nThank you for applying for the Claims Handler position. Having "
        "reviewed your application, we will not be extending an interview invitation at this "
        "time.\n\nFernhill Talent Team",
        REJ,
    ),
    Case(
        "r3-pass-on-name",
        "Fwd: Candidate update",
        "Hi Rosa, forwarding the client's reply below.\n\nBegin forwarded message:\n\n"
        "Hannah - we'll pass on Rosa. Good background but not enough audit experience.\n",
        REJ,
    ),
    Case(
        "r3-on-hold-after-trial",
        "Re: barista",
        "Hi Kim, thanks heaps for doing the trial on Sunday. Turns out we can't afford another "
        "barista until spring, so the role has been put on hold. Sorry!\n\nJo",
        REJ,
    ),
    Case(
        "r3-letting-you-know",
        "Re: Teaching Assistant",
        "Hi Farah,\n\nJust letting you know we need someone with a Level 3 certificate for "
        "this class, so we can't move your application forward.\n\nThanks,\nHead Teacher",
        REJ,
    ),
    Case(
        "r3-not-taken-forward-passive",
        "Your application: Archivist",
        "Dear Neil,\n\nThank you for applying for the Archivist role. We have now looked at "
        "every application. On this occasion your application will not be taken forward to "
        "interview.\n\nHR, Harbour Library",
        REJ,
    ),
    Case(
        "r3-ended-up-hiring",
        "RE: Sous chef",
        "Hi Luca - sorry for the slow reply, we ended up hiring from inside the kitchen. "
        "Thanks for your interest!\nBeth",
        REJ,
    ),
    Case(
        "r3-made-a-hire",
        "Thank you from Kestrel",
        "Hi Nadia,\n\nThank you for the conversations about the Events Lead role. We have now "
        "made a hire for this position, and wanted to tell you ourselves.\n\nWe'll reach out "
        "if a role that fits you opens up.\n\nKestrel People",
        REJ,
    ),
    Case(
        "r3-nothing-going",
        "Re: labourer",
        "alright Jack, we took on my cousin's lad in the end so there's nothing going at the "
        "minute. cheers Pete",
        REJ,
    ),
    Case(
        "r3-no-longer-need",
        "Re: Nanny for two",
        "Hi Grace, my mum has offered to help out so we won't need a nanny after all. So "
        "sorry to mess you around!",
        REJ,
    ),
    Case(
        "r3-booked-another",
        "Re: Wedding photographer",
        "Hi Lou, we've booked another photographer for the summer season, thanks so much though!",
        REJ,
    ),
    Case(
        "r3-not-to-next-stage",
        "Candidate feedback",
        "Hi Omar, feedback from the interview is that they're looking for someone more "
        "senior, so they won't be taking you to the second stage. Speak soon, Becky",
        REJ,
    ),
    Case(
        "r3-forwarded-not-progressing-it",
        "Fwd: Your application - Plumber",
        "Keeping this for my records.\n\n---------- Forwarded message ---------\nFrom: Rivet "
        "Plumbing <jobs@rivet.example>\nSubject: Your application - Plumber\n\nDear Sean,\n\n"
        "We have looked at your application and regret that we will not be progressing it "
        "further, as we need a Gas Safe registration.\n\nRivet Plumbing",
        REJ,
    ),
]

ROUND3_LOOKALIKES = [
    Case(
        "r3-confidential-conversation",
        "Opportunity - Finance Director",
        "Hi Jo,\n\nI'm running a Finance Director search for a family-owned retailer and your "
        "time at Pennant stood out.\n\nWould you be open to a brief confidential conversation "
        "this week? Thursday morning suits me.\n\nBest regards,\nAlex Moore\nPartner, Moore "
        "Search",
        INT,
    ),
    Case(
        "r3-wondered-if-free",
        "Operations Manager - a first chat",
        "Dear Sunil,\n\nI manage the Operations Manager hire and read your CV with interest. I "
        "wondered if you would be free for a short introductory phone call on Monday at 11?\n\n"
        "Regards,\nRuth Kaye",
        INT,
    ),
    Case(
        "r3-booked-you-in",
        "Re: Thursday",
        "Hi Max,\n\nGreat, I've booked you in with the plant manager for Thursday at 10am at the "
        "Swindon site. It'll be about 45 minutes.\n\nGemma (recruiter)",
        INT,
    ),
    Case(
        "r3-pop-in",
        "Re: mechanic job",
        "Hi Ollie, thanks for your CV. Could you pop in to the garage Tuesday after 4 for a "
        "chat? Bring your tools list.\n\nDes",
        INT,
    ),
    Case(
        "r3-paid-test-project",
        "Re: Illustrator role",
        "Hi Ama,\n\nThanks for the portfolio. Next we'd like you to do a small paid test "
        "project: two spot illustrations for a cookbook (brief attached), due next Friday."
        "\n\nKwesi",
        ASM,
    ),
    Case(
        "r3-rental-not-progressing",
        "About your rental enquiry",
        "Hi Dana,\n\nThe agent for the 1 bed flat on Mill Lane says this property has been "
        "let, and they won't be progressing your application.\n\nSee similar properties",
        OTH,
    ),
    Case(
        "r3-property-team-still-job",
        "Re: Conveyancing Assistant",
        "Hi Ruth,\n\nSorry for the wait. We've now filled the conveyancing assistant position. "
        "If anything opens up in the property team I'll be in touch.\n\nMark",
        REJ,
    ),
    Case(
        "r3-another-room-for-interview",
        "Interview room change",
        "Hi Ed, we have booked another room for your interview on Friday at 2pm, same "
        "building, second floor. See you then!\n\nRecruiting",
        INT,
    ),
    Case(
        "r3-no-pressure-chat",
        "Quick chat?",
        "Hi Omar, loved your blog post on search ranking. We're hiring for a senior role on "
        "our relevance team. No pressure at all, but would you be up for a short call "
        "next week? Grab a time here: calendly.com/example-recruiter/15min\n\nLena",
        INT,
    ),
    Case(
        "r3-newsletter-quote",
        "How to bounce back from a no",
        "In this week's digest:\n\nJust had a \"we have decided to move forward with other "
        'candidates" email? Three things to do next.\n\nPlus: ten firms hiring this month.\n\n'
        "Read more\n\nUnsubscribe",
        OTH,
        "Career Digest <newsletter@digest.example>",
    ),
    Case(
        "r3-reschedule-interview",
        "Interview with Larkspur - new time needed",
        "Hi Sam,\n\nUnfortunately your interviewer is no longer free on Tuesday at 11. Sorry "
        "for the short notice! Could you pick a new slot for the 30-minute interview with the "
        "link below?\n\nThanks,\nRecruiting",
        INT,
    ),
    Case(
        "r3-saved-job-gone",
        "A job you saved has closed",
        "Hi Tara,\n\nA job you saved is no longer accepting applications: Shop Assistant, "
        "Pebble Toys. Here are similar jobs you might like.\n\nJobsNow",
        OTH,
    ),
    Case(
        "r3-ad-rejected",
        "Your ad was not approved",
        'Hello,\n\nYour ad "Dog walker available in Leeds" was rejected because it breaks our '
        "posting rules. Please edit it and submit again.\n\nMarketplace team",
        OTH,
    ),
    Case(
        "r3-status-submitted",
        "Application update",
        "Hi Ben,\n\nThanks for applying to Product Designer. Status: Submitted. We will review "
        "your application and be in touch.\n\nOakline",
        ACK,
    ),
]

ROUND3_ALL = ROUND3_CASES + ROUND3_LOOKALIKES

_FOOTER = (
    "\n\n--\nThis email and any attachments are confidential and intended solely for the "
    "addressee. If you are not the intended recipient, please notify the sender and delete "
    "it. Any views expressed are those of the author. Registered in England No. 0000000. "
    "We may monitor email traffic. Unsuccessful delivery notices are not monitored.\n"
)

# Bodies as they come out of a mailbox: HTML-only, quoted-printable left undecoded, a
# quoted reply, a forwarded chain, a long legal footer.
RAW_BODY_CASES = [
    Case(
        "raw-html-only",
        "Your application",
        "<html><head><style>.x{color:#333}</style><script>var t=1;</script></head><body>"
        "<p>Dear Ivy,</p><p>Thank you for your interest in the Buyer role. Unfortunately "
        "we won&rsquo;t be progressing your application on this occasion.</p><p>Best "
        "wishes,<br>Talent &amp; People</p></body></html>",
        REJ,
    ),
    Case(
        "raw-quoted-printable",
        "Application update",
        "Hi Noel,=0A=0AThanks for interviewing with us. We=E2=80=99ve decided to move forw=\n"
        "ard with another candidate for the Analyst role.=0A=0ABest,=0ARecruiting",
        REJ,
    ),
    Case(
        "raw-ack-over-quoted-rejection",
        "Re: Application received - Site Engineer",
        "Hi Ravi,\n\nThanks, we have received your application for Site Engineer and will "
        "review it next week.\n\nPaula\n\nOn Tue, 4 Nov 2026, Ravi wrote:\n> Hi Paula, I was "
        "turned down for the Planner role last month (you had decided to go with another "
        "candidate) so I am applying for Site Engineer instead.\n",
        ACK,
    ),
    Case(
        "raw-rejection-long-footer",
        "Your application - Porter",
        "Dear Abdi,\n\nThank you for applying. I'm sorry to say the position has been filled."
        "\n\nKind regards,\nFacilities" + _FOOTER,
        REJ,
    ),
    Case(
        "raw-ack-long-footer",
        "Application received",
        "Dear Abdi,\n\nThank you for applying for the Porter role. We have received your "
        "application and will be in touch.\n\nFacilities" + _FOOTER,
        ACK,
    ),
]

ROUND3_ALL = ROUND3_ALL + RAW_BODY_CASES
