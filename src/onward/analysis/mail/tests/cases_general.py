"""A fourth hand-written table (issue 12: generalise to real phrasing), written and labelled
before the lexicon changes it accompanies; its first score is in docs/benchmarks.md. Varied
employers, trades, countries and registers; invented people and companies, our own words.
Same conventions as ``cases.py``."""

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

GENERAL_REJECTIONS = [
    Case(
        "g-rej-appointed",
        "Clinical Pharmacist vacancy",
        "Dear Tomasz,\n\nThank you for attending the interview panel on Friday. I am writing "
        "to let you know that we have appointed another applicant to the post. We were "
        "grateful for the time you gave us.\n\nYours sincerely,\nHelen Mbeki\nPharmacy Lead",
        REJ,
        "Helen Mbeki <h.mbeki@eastmoor.nhs.example>",
    ),
    Case(
        "g-rej-on-hold-closed",
        "Your application: Marketing Executive",
        "Hi Leah,\n\nWe wanted to update you: the Marketing Executive role has been put on "
        "hold because of a budget review, and we have closed all open applications for it. "
        "If it reopens you are welcome to apply again.\n\nBest,\nPeople Team, Orchard & Vale",
        REJ,
    ),
    Case(
        "g-rej-this-occasion",
        "Warehouse Operative application",
        "Dear Kwame,\n\nThank you for your interest in working with Northgate Logistics. We are "
        "sorry to say that on this occasion your application has not been successful.\n\n"
        "Northgate Recruitment",
        REJ,
    ),
    Case(
        "g-rej-chatty-someone",
        "Re: sous chef",
        "Hey Marco, thanks for doing the trial shift Saturday, the team liked you. Honestly "
        "it was close but we've given the job to someone who can do the early starts. Sorry "
        "about that - pop in for a coffee any time.\n\nDev",
        REJ,
        "Dev Sharma <dev@saltandember.example>",
    ),
    Case(
        "g-rej-decided-hire",
        "Update - Junior Architect",
        "Dear Ines,\n\nMany thanks for your patience. The studio has decided to hire a "
        "candidate whose portfolio is closer to our residential work, so we will not be "
        "taking your application further.\n\nKind regards,\nBüro Kessler",
        REJ,
    ),
    Case(
        "g-rej-after-test",
        "Your coding exercise",
        "Hi Arjun,\n\nThanks for completing the take-home exercise for the Android Engineer "
        "role. The reviewers went through it carefully; unfortunately the submission did not "
        "reach the level we need for this position, so we will not be progressing your "
        "application.\n\nRegards,\nTalent at Pixelmoor",
        REJ,
    ),
    Case(
        "g-rej-after-interview",
        "Thank you for interviewing with Calder Bank",
        "Dear Ms Okafor,\n\nThank you for attending the second interview for the Credit "
        "Analyst role. After deliberation the panel has decided that other candidates are a "
        "better match for the team's current needs. We are grateful for your time and wish "
        "you every success.\n\nCalder Bank Talent Acquisition",
        REJ,
    ),
    Case(
        "g-rej-pass",
        "Re: Freelance translator",
        "Hi Yuki, thanks for the sample translation. We're going to pass for now - we need "
        "someone with legal Japanese. Good luck!\nMaria",
        REJ,
    ),
    Case(
        "g-rej-no-vacancy",
        "Speculative application",
        "Dear Callum,\n\nThank you for your speculative letter. I am afraid we have no "
        "vacancies for electricians at present and we are not able to take your application "
        "forward.\n\nRegards,\nBrennan Electrical",
        REJ,
    ),
    Case(
        "g-rej-role-withdrawn",
        "Data Scientist - requisition 4471",
        "Hello Farah,\n\nWe regret that the Data Scientist requisition has been withdrawn "
        "following an internal reorganisation. As a result your application will not be "
        "considered further.\n\nHR Services, Lumen Analytics",
        REJ,
    ),
    Case(
        "g-rej-short-regret",
        "Teaching Assistant post",
        "Dear Ruth, I regret to tell you that you have not been shortlisted for the Teaching "
        "Assistant post at Hillcrest Primary. Thank you for applying.",
        REJ,
    ),
    Case(
        "g-rej-internal",
        "Your application to Fernhill Council",
        "Dear applicant,\n\nThe post of Planning Officer has been filled by an internal "
        "candidate. Your application is therefore closed.\n\nFernhill Council HR",
        REJ,
    ),
]

GENERAL_ACKS = [
    Case(
        "g-ack-only-successful",
        "Application received - Care Assistant",
        "Dear Joy,\n\nThank you for applying for the Care Assistant role at Meadowbank Care. "
        "Due to the number of applications, only successful candidates will be contacted. If "
        "you have not heard from us within three weeks, please assume that your application "
        "has been unsuccessful on this occasion.\n\nMeadowbank Care Recruitment",
        ACK,
    ),
    Case(
        "g-ack-shortlist-process",
        "Your application to Tidewell",
        "Hi Omar,\n\nWe have your application for Site Engineer. Shortlisting takes place "
        "after the closing date; shortlisted applicants will be invited to an interview in "
        "early March. We are unfortunately unable to give feedback to applicants who are not "
        "shortlisted.\n\nTidewell Construction",
        ACK,
    ),
    Case(
        "g-ack-simple",
        "Thanks for your application",
        "Hello Bea, this is to confirm that your application for the Barista role at Kettle "
        "& Crumb arrived safely. The manager will look at it this week.",
        ACK,
    ),
    Case(
        "g-ack-portal",
        "Application submitted: Lab Technician II",
        "Dear Stefan,\n\nYour application for Lab Technician II (job 88213) was submitted on "
        "12 March. You can follow its progress in your candidate portal. A recruiter will "
        "contact you if your profile matches the requirements.\n\nHelixa Biotech",
        ACK,
    ),
    Case(
        "g-ack-not-every",
        "Accountant role",
        "Hi Nadia,\n\nThank you for getting in touch about the Accountant role. We receive a "
        "lot of CVs and can't reply to everyone who is unsuccessful, but every application is "
        "read by a partner.\n\nBest wishes,\nHolm & Price",
        ACK,
    ),
    Case(
        "g-ack-spanish",
        "Hemos recibido tu candidatura",
        "Hola Lucía, thank you for applying to Soluna Viajes. We received your application for "
        "the Travel Consultant position and our team will review it in the next few days.",
        ACK,
    ),
    Case(
        "g-ack-registered-agency",
        "Welcome to Brightpath Recruitment",
        "Hi Tendai,\n\nThanks for registering with Brightpath and sending your CV for the "
        "Payroll Officer vacancy. One of our consultants will review it and give you a call "
        "if it's a good fit.\n\nBrightpath Recruitment",
        ACK,
    ),
    Case(
        "g-ack-timeline",
        "We got your application",
        "Hey Chris! We got your application for Product Designer. Our hiring process has "
        "three steps: a portfolio review, a design exercise and a final interview. We aim to "
        "reply to everyone within two weeks.\n\nThe Fable team",
        ACK,
    ),
]

GENERAL_INTERVIEWS = [
    Case(
        "g-int-recruiter",
        "Quick question",
        "Hi Priyanka, I came across your profile and think you could be a strong match for a "
        "Site Reliability role with one of my clients in Dublin. Would you be open to a "
        "15-minute call this week? Let me know a good time.\n\nOwen, Keystone Talent",
        INT,
    ),
    Case(
        "g-int-slots",
        "Interview - Staff Nurse",
        "Dear Grace,\n\nFollowing your application we would like to meet you for an interview "
        "for the Staff Nurse post. We have slots on Tuesday 4th at 10:00 or 14:30. Please "
        "reply to confirm which suits you.\n\nWard Manager, St Aldric's Hospital",
        INT,
    ),
    Case(
        "g-int-teams",
        "Next step: conversation with the hiring manager",
        "Hi Luca,\n\nGreat news - Sofia, the hiring manager, would like to have a "
        "conversation with you about the Backend Lead role. Can you make Thursday at 3pm on "
        "Teams? I'll send the link once you confirm.\n\nBest,\nAmy",
        INT,
    ),
    Case(
        "g-int-reschedule",
        "Change of time for your interview",
        "Hi Dana, I'm so sorry but Mr Patel has a clash on Monday. Could we move your "
        "interview to Wednesday at 11 instead? Same room.\n\nThanks, Claire",
        INT,
    ),
    Case(
        "g-int-confirm",
        "Re: Interview",
        "Hi Sipho, brilliant, that's confirmed for Friday 9am at our Leeds office. Ask for "
        "me at reception.\nRegards, Jo",
        INT,
    ),
    Case(
        "g-int-shortlisted",
        "Shortlisted - Youth Worker",
        "Dear Amara,\n\nI am pleased to tell you that you have been shortlisted for the Youth "
        "Worker post. Interviews will take place on 20 May at the Eastside Centre; please let "
        "me know which time you would prefer.\n\nEastside Trust",
        INT,
    ),
    Case(
        "g-int-trial-shift",
        "Trial shift",
        "Hi Sam, thanks for dropping your CV in. Can you come in for a trial shift on "
        "Saturday from 11 till 3? Let me know if that works.\nMarta, Casa Nostra",
        INT,
    ),
]

GENERAL_ASSESSMENTS = [
    Case(
        "g-asm-platform",
        "Next step: online assessment",
        "Hi Jamal,\n\nThanks for your interest in the Graduate Analyst scheme. The next step "
        "is an online numerical reasoning test. Please complete it within 5 days using this "
        "link: https://tests.example/abc\n\nRecruitment, Ferro Capital",
        ASM,
    ),
    Case(
        "g-asm-references",
        "Pre-employment checks",
        "Dear Olu,\n\nAs part of our pre-employment checks, please send the names and contact "
        "details of two referees, and complete the DBS form attached.\n\nHR, Kingsway Schools",
        ASM,
    ),
    Case(
        "g-asm-task",
        "Design task",
        "Hi Mei, as the next stage we'd like you to do a short design task: redesign our "
        "checkout page and send us your file by Friday. It should take about three hours.\n"
        "Tom, Pebble",
        ASM,
    ),
    Case(
        "g-asm-background",
        "Background check authorisation",
        "Hello Raúl,\n\nTo continue with your application we need your consent for a "
        "background check through our screening partner. Please fill in the form at the "
        "link below.\n\nPeople Ops, Ridgeway",
        ASM,
    ),
    Case(
        "g-asm-video",
        "Your video interview for Lindqvist Retail",
        "Dear Noor,\n\nPlease record your answers to four short questions on our video "
        "interview platform. You will have two minutes per answer. The link stays open for "
        "72 hours.\n\nLindqvist Retail Careers",
        ASM,
    ),
]

GENERAL_OFFERS = [
    Case(
        "g-off-casual",
        "Good news",
        "Hi Ben, the partners were impressed and we'd love to have you join as our junior "
        "surveyor. We can offer £31,000 plus a car allowance. Can you start on 2 June? The "
        "contract will follow.\nRachel",
        OFF,
    ),
    Case(
        "g-off-formal",
        "Offer of employment - Senior Auditor",
        "Dear Ms Haddad,\n\nFollowing your recent interview, I am delighted to offer you the "
        "position of Senior Auditor at Marlow & Finch. Your offer letter is attached; please "
        "sign and return it by 30 April.\n\nHR Director",
        OFF,
    ),
    Case(
        "g-off-verbal-follow",
        "Welcome aboard!",
        "Hi Kofi, as discussed on the phone today, we are happy to confirm that the role is "
        "yours. Welcome to the team! Paperwork will arrive from HR tomorrow.\nLinda",
        OFF,
    ),
]

GENERAL_OTHER = [
    Case(
        "g-oth-rental",
        "Your rental application",
        "Dear applicant,\n\nThank you for applying for the flat at 14 Greave Street. "
        "Unfortunately the landlord has chosen another tenant and your application has been "
        "declined.\n\nHomeFind Lettings",
        OTH,
    ),
    Case(
        "g-oth-card-declined",
        "Payment declined",
        "Hi, we couldn't take the payment for your gym membership this month because your card "
        "was declined. Please update your card details to avoid losing access.\nFitZone",
        OTH,
    ),
    Case(
        "g-oth-loan",
        "Decision on your loan application",
        "Dear customer, after careful consideration we are unable to approve your loan "
        "application at this time. This does not affect your existing account.\nMerrow Bank",
        OTH,
    ),
    Case(
        "g-oth-alert",
        "12 new Nurse jobs in Bristol",
        "New jobs matching your search: Staff Nurse (Bristol), Practice Nurse (Bath) and more. "
        "View all jobs.",
        OTH,
        "JobHub Alerts <alerts@jobhub.example>",
    ),
    Case(
        "g-oth-course",
        "Ace your next interview",
        "Join our live workshop on interview skills this Thursday. Learn how to answer "
        "competency questions. Book your place now - 20% off this week.",
        OTH,
    ),
    Case(
        "g-oth-school",
        "Your school place application",
        "Dear parent, your application for a Reception place at Oakfield Primary was "
        "unsuccessful. You may appeal within 20 school days.\nCounty Admissions",
        OTH,
    ),
    Case(
        "g-oth-colleague",
        "Lunch Thursday?",
        "Hey, are you free for lunch on Thursday? Would be good to catch up about the "
        "conference.\nPat",
        OTH,
    ),
]

GENERAL_CASES = (
    GENERAL_REJECTIONS
    + GENERAL_ACKS
    + GENERAL_INTERVIEWS
    + GENERAL_ASSESSMENTS
    + GENERAL_OFFERS
    + GENERAL_OTHER
)

# A second round (written after the first round of fixes, labelled before running them):
# rejections in plainer or odder words, and look-alikes that are not rejections.
MORE_REJECTIONS = [
    Case(g, "Re: your application", body, REJ)
    for g, body in (
        (
            "g2-offered-accepted",
            "Sorry Ana, the job has been offered to and accepted by another applicant.",
        ),
        (
            "g2-other-finalist",
            "We'll be offering the role to one of the other finalists. "
            "Thanks so much for your time.",
        ),
        (
            "g2-not-included",
            "After shortlisting, I'm sorry to say you have not been included "
            "in the interview list on this occasion.",
        ),
        (
            "g2-made-it-through",
            "Hi Ola, I'm afraid you haven't made it through to the next round this time.",
        ),
        (
            "g2-place-programme",
            "Sadly we won't be able to offer you a place on the 2027 apprenticeship programme.",
        ),
        (
            "g2-screening",
            "Your application did not progress past the initial screening for "
            "the Store Manager role.",
        ),
        (
            "g2-seasonal-filled",
            "Thanks for asking about seasonal work - we've filled all our "
            "seasonal positions for this year.",
        ),
        ("g2-given-it", "Really sorry Jess, we've given it to an internal candidate."),
        (
            "g2-panel-felt",
            "Following the interview, the panel felt that another candidate "
            "demonstrated more experience of leading a team.",
        ),
        (
            "g2-close-second",
            "You were a very close second and the decision was hard. We hope you apply again.",
        ),
        (
            "g2-client-passed",
            "I've heard back from the client and they've decided to pass. "
            "I'll keep looking for you.",
        ),
        (
            "g2-next-stage",
            "We will not be able to take you through to the next stage of the "
            "process for the Buyer role.",
        ),
        (
            "g2-not-taken-forward",
            "Your application for the Lecturer post was not taken forward to interview.",
        ),
        (
            "g2-not-hiring",
            "Thanks for reaching out. We're not hiring for that role any more, "
            "it was closed last week.",
        ),
        (
            "g2-others-stronger",
            "We felt other applicants were a stronger match for what the practice needs right now.",
        ),
        (
            "g2-concluded",
            "We have now concluded the recruitment for the Finance Manager post "
            "and will not be taking your application further. Thank you for applying.",
        ),
        (
            "g2-feedback-call",
            "Thank you for interviewing with us. We've decided to go with a "
            "candidate who has more hospital experience. I'd be happy to have a call to talk "
            "you through feedback.",
        ),
        (
            "g2-decision-made",
            "Thanks for your patience, Tom. We have made a decision on the "
            "Graphic Designer role and it's not good news for you, I'm afraid.",
        ),
    )
]

MORE_LOOKALIKES = [
    Case(
        "g2-ack-closing-date",
        "Application received",
        "Thanks for applying for the Support Worker role. The advert closes on 30 June and "
        "we'll shortlist after that. If you're not shortlisted you won't hear from us.",
        ACK,
    ),
    Case(
        "g2-int-feedback-good",
        "Interview",
        "Hi Ola, the team loved your portfolio. Could you come in on Tuesday at 2pm to meet "
        "the creative director?",
        INT,
    ),
    Case(
        "g2-oth-uni",
        "Your university application",
        "We regret that we are unable to offer you a place on the MSc Economics course. "
        "Admissions Office",
        OTH,
    ),
    Case(
        "g2-oth-newsletter-rejection",
        "How to bounce back from a rejection",
        "This week's newsletter: five ways to stay motivated after a job rejection. Read "
        "more on our blog. Unsubscribe",
        OTH,
    ),
]

MORE_CASES = MORE_REJECTIONS + MORE_LOOKALIKES

# A third round (written after the second round of fixes, labelled before running them):
# other registers - public sector, academia, agencies, English as a second language.
THIRD_REJECTIONS = [
    Case(g, subject, body, REJ)
    for g, subject, body in (
        (
            "g3-public-sector",
            "Outcome of your application",
            "Dear Applicant, the selection panel has considered your application against the "
            "essential criteria and I must advise that you have not met the standard required "
            "to progress.",
        ),
        (
            "g3-academic",
            "Lectureship in History",
            "Dear Dr Ndlovu, the committee has now completed its deliberations and has offered "
            "the lectureship to another candidate. We thank you for your interest in the "
            "department.",
        ),
        (
            "g3-agency-feedback",
            "Feedback from Norland Foods",
            "Hi Kev, just had feedback from Norland - they liked you but went for someone with "
            "more FMCG background. Gutted for you, I'll be in touch with the next one.",
        ),
        (
            "g3-esl",
            "About your application",
            "Dear Mr. Rahman, we are thanking you for your application. We have to inform that "
            "your profile is not matching with our present requirement. We wish you all the best.",
        ),
        (
            "g3-australian",
            "Thanks for applying - Site Admin",
            "G'day Mel, thanks heaps for applying. We've ended up going with a local candidate "
            "who can start straight away. All the best with the search.",
        ),
        (
            "g3-not-proceed-stage",
            "Your application with Arcadia Health",
            "Dear Pooja, following review of your application we will not be proceeding to the "
            "interview stage with your application at this time.",
        ),
        (
            "g3-unable-place",
            "Summer internship",
            "Hello Chen, we received many strong applications and were unable to find a place "
            "for you in this year's internship cohort.",
        ),
        (
            "g3-no-longer-needed",
            "Re: cover teacher",
            "Hi Sue, sorry to mess you around but the maternity cover is no longer needed - the "
            "teacher has decided to come back early. Thanks for your interest.",
        ),
        (
            "g3-best-wishes-not",
            "Re: Junior Copywriter",
            "Hi Abi, thank you for the lovely chat on Monday. We've decided that this isn't the "
            "right time to bring on a junior, so we won't be filling the role after all.",
        ),
        (
            "g3-successful-applicant",
            "Vacancy ref 2291",
            "Dear Sir/Madam, the vacancy has now been filled and the successful applicant has "
            "been notified. Thank you for applying.",
        ),
    )
]

THIRD_LOOKALIKES = [
    Case(
        "g3-ack-not-shortlisted-process",
        "Application acknowledgement",
        "Dear Applicant, your application reference 7781 has been received. Applicants who are "
        "not shortlisted will be notified by email after the closing date.",
        ACK,
    ),
    Case(
        "g3-int-after-rejection-other",
        "Another role",
        "Hi Sam, I know the Analyst role didn't work out, but the Operations team has an "
        "opening and would like to speak with you. Are you free on Thursday afternoon?",
        INT,
    ),
    Case(
        "g3-oth-visa",
        "Visa application update",
        "Your visa application has been refused. Reasons for the refusal are listed in the "
        "attached letter.",
        OTH,
    ),
]

THIRD_CASES = THIRD_REJECTIONS + THIRD_LOOKALIKES

# A fourth round (written after the third round of fixes, labelled before running them):
# terse portal notices, translated corporate English, positive framing around a no.
FOURTH_REJECTIONS = [
    Case(g, subject, body, REJ)
    for g, subject, body in (
        (
            "g4-status-line",
            "Application status changed",
            "Hello Ravi,\n\nThe status of your application for Store Supervisor (REQ-5512) has "
            "changed.\n\nNew status: Not selected\n\nLog in to the careers portal for details.",
        ),
        (
            "g4-no-further-action",
            "Application ref 00912",
            "Dear Ms Byrne, we write to confirm that no further action will be taken on your "
            "application for the post of Administrative Officer.",
        ),
        (
            "g4-prioritise",
            "Your application at Veldhoven Systems",
            "Dear Joris, we appreciate your interest. For this position we have decided to "
            "prioritise candidates with hands-on experience of PLC programming.",
        ),
        (
            "g4-focus-other-profiles",
            "Your candidacy",
            "Hello Inès, thank you for your time. The hiring team has decided to focus on other "
            "profiles for this position.",
        ),
        (
            "g4-not-among",
            "Graduate Scheme 2027",
            "Dear Taylor, we regret that you were not among the candidates selected for the "
            "assessment centre.",
        ),
        (
            "g4-moving-on-others",
            "Product Owner",
            "Hi Lars, just a short note: we are continuing the process with other people, so "
            "we'll stop here with your application. Thanks a lot for your effort.",
        ),
        (
            "g4-positive-framing",
            "Thanks from Bramble Studio",
            "Hi Zoe! We loved meeting you and your illustrations are gorgeous. This time round "
            "we've chosen an illustrator whose style is closer to the brand. We'd love to stay "
            "in touch for freelance work.",
        ),
        (
            "g4-not-continuing",
            "Your application",
            "Dear Hassan, we will not be continuing with your application for the Electrician "
            "role. Thank you for applying.",
        ),
        (
            "g4-terse",
            "Driver role",
            "Hi Pete, no joy on the driver job I'm afraid, it's been filled. Cheers, Gaz",
        ),
        (
            "g4-hr-unable-to-support",
            "Re: Sponsorship question",
            "Hi Wen, thanks for being upfront. Unfortunately we can't sponsor a visa for this "
            "role, so we won't be able to consider your application.",
        ),
    )
]

FOURTH_LOOKALIKES = [
    Case(
        "g4-ack-status-received",
        "Application status changed",
        "Hello Ravi,\n\nThe status of your application for Store Supervisor has changed.\n\n"
        "New status: Under review\n\nLog in to the careers portal for details.",
        ACK,
    ),
    Case(
        "g4-oth-mortgage",
        "Mortgage decision",
        "Hi Jo, unfortunately the lender has decided not to proceed with your mortgage "
        "application. Your adviser will call you.",
        OTH,
    ),
]

FOURTH_CASES = FOURTH_REJECTIONS + FOURTH_LOOKALIKES
