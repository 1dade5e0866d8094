"""Hand-written job-search emails (our own words, invented companies and people) with the
label a careful reader gives them. Used by the classifier tests; varied on purpose:
plain and chatty, corporate and terse, replies, forwards, notifications, traps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    id: str
    subject: str
    body: str
    label: str
    sender: str = ""
    withdrawn: bool = False
    job_board: bool = False


REJECTIONS = [
    Case(
        "rej-classic",
        "Your application to Brindle Labs",
        "Hi Sam,\n\nThank you for applying for the Backend Engineer role at Brindle Labs. We "
        "really enjoyed learning about your background.\n\nAfter reviewing your application "
        "carefully, we've decided not to move forward at this time. We'll keep your details "
        "on file should anything else come up.\n\nAll the best,\nPriya\nBrindle Labs",
        "rejection",
        "Priya at Brindle Labs <priya@brindlelabs.io>",
    ),
    Case(
        "rej-after-interview",
        "Following up on your interviews",
        "Hi Sam,\n\nThanks again for spending so much time with the team last week for the "
        "final round interview. It was a close call, but the panel has decided to extend the "
        "offer to another candidate whose experience in payments is a closer match.\n\nI "
        "know this is disappointing. I'd be glad to share feedback on a short call if that "
        "would help.\n\nWarm regards,\nLena Ortiz\nTalent Partner, Quillfeather",
        "rejection",
        "Lena Ortiz <lena.ortiz@quillfeather.com>",
    ),
    Case(
        "rej-british",
        "Application for Graduate Analyst",
        "Dear Sam,\n\nThank you for your recent application for the Graduate Analyst "
        "position. We regret that on this occasion your application has not been successful "
        "and we will not be taking it further.\n\nWe wish you every success in your search.\n"
        "\nYours sincerely,\nRecruitment Team, Hartwell & Lowe",
        "rejection",
    ),
    Case(
        "rej-terse-portal",
        "Status update",
        "Your application for Senior Data Engineer (REQ-44120) is no longer under "
        "consideration. Thank you for your interest.",
        "rejection",
        "Careers <no-reply@ferrohaus.com>",
    ),
    Case(
        "rej-role-cancelled",
        "Update regarding the Product Designer opening",
        "Hello Sam,\n\nI wanted to let you know that the Product Designer requisition has "
        "been cancelled due to a change in our budget, so we are closing all applications "
        "for it. I'm sorry for the inconvenience and hope you'll look at our other roles.\n\n"
        "Best,\nMarta",
        "rejection",
    ),
    Case(
        "rej-chosen-others",
        "Thank you from Oakridge Health",
        "Dear Sam Reyes,\n\nWe appreciate your interest in the Clinical Data Coordinator "
        "opening. The hiring team has reviewed all submissions and selected candidates whose "
        "qualifications best fit the current needs of the department.\n\nWe encourage you to "
        "apply for future openings.\n\nOakridge Health Talent Acquisition",
        "rejection",
    ),
    Case(
        "rej-html-ish",
        "An update on your application",
        "<html><body><p>Hi Sam,</p><p>Thanks for your patience while we reviewed "
        "applications for <b>Mobile Developer</b>.</p><p>Unfortunately, we won&rsquo;t be "
        "progressing your application to the next stage.</p><p>Kind regards,<br>The Zephyr "
        "Apps team</p></body></html>",
        "rejection",
    ),
    Case(
        "rej-german",
        "Ihre Bewerbung als Data Analyst",
        "Sehr geehrter Herr Reyes,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an "
        "unserem Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für einen "
        "anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nIhr HR-Team",
        "rejection",
    ),
    Case(
        "rej-position-filled",
        "Re: Customer Success Manager",
        "Hi Sam, just a quick note to say the position has now been filled internally. "
        "Thanks so much for your interest and good luck!\n\nTom",
        "rejection",
    ),
    Case(
        "rej-forwarded",
        "Fwd: Your candidacy at Lumenfold",
        "fyi - not the news I wanted\n\n---------- Forwarded message ---------\nFrom: "
        "Lumenfold Recruiting <jobs@lumenfold.ai>\nDate: Tue, 4 Mar 2025 at 09:12\nSubject: "
        "Your candidacy at Lumenfold\nTo: Sam <sam@example.org>\n\nHi Sam,\n\nAfter careful "
        "consideration we have decided to pursue other candidates for the ML Engineer role."
        "\n\nBest,\nLumenfold Recruiting",
        "rejection",
        "Sam Reyes <sam@example.org>",
    ),
    Case(
        "rej-not-a-fit-now",
        "Senior PM role",
        "Hey Sam - thanks for chatting with us. We loved your energy but we don't think it's "
        "the right fit for this role right now, as we need someone with more B2B marketplace "
        "experience. Let's keep in touch!",
        "rejection",
    ),
]

RECEIVED = [
    Case(
        "ack-classic",
        "We received your application",
        "Hi Sam,\n\nThanks for applying to the Data Analyst position at Corvid Freight. "
        "We've received your application and our team will review it over the next two weeks."
        " If your experience matches what we're looking for, a recruiter will reach out to set "
        "up a first conversation.\n\nCorvid Freight Talent",
        "application_received",
        "Corvid Freight Careers <careers@corvidfreight.com>",
    ),
    Case(
        "ack-conditional-rejection",
        "Application confirmation - QA Engineer",
        "Dear Sam,\n\nThis confirms that your application for QA Engineer has been submitted."
        " Due to the number of applications we receive, if you have not heard from us within "
        "four weeks, please assume that we will not be moving forward with your application."
        "\n\nRegards,\nPeople Team",
        "application_received",
    ),
    Case(
        "ack-terse",
        "Application received",
        "Your application (ref 88231) has been received. You can track its status in the "
        "candidate portal.",
        "application_received",
        "no-reply@hire.fennel.example",
    ),
    Case(
        "ack-linkedin",
        "Sam, your application was sent to Nimbus Freight",
        "Your application was sent to Nimbus Freight\nNimbus Freight\nLogistics Analyst\n"
        "Nimbus Freight · Denver, CO\nApplied on March 2, 2025\nView similar jobs\n"
        "This email was intended for Sam Reyes. Learn why we included this.\n"
        "You are receiving job application confirmation emails.\nUnsubscribe",
        "application_received",
        "LinkedIn <jobs-noreply@linkedin.com>",
        job_board=True,
    ),
    Case(
        "ack-will-be-in-touch",
        "Thanks for your interest in Sproutwell!",
        "Hi Sam,\n\nThank you for taking the time to apply for our Operations Associate role. "
        "Someone from the team will look over your materials shortly. Should your profile be "
        "a match, we'll be in touch about next steps, which usually start with a short phone "
        "screen.\n\nCheers,\nSproutwell",
        "application_received",
    ),
    Case(
        "ack-french",
        "Votre candidature",
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste de Chef de "
        "projet et nous vous en remercions. Notre équipe l'étudiera avec attention.\n\n"
        "Cordialement,\nL'équipe RH",
        "application_received",
    ),
    Case(
        "ack-html",
        "Application submitted",
        "<!DOCTYPE html><html><head><style>.x{color:red}</style></head><body><table><tr><td>"
        "<h1>Thanks, Sam!</h1><p>Your application for <strong>Support Engineer</strong> "
        "was successfully submitted to Gridline.</p><p>We review every application and will "
        "contact you if there is a match.</p></td></tr></table><div style='display:none'>"
        "preview text</div></body></html>",
        "application_received",
    ),
]

INTERVIEWS = [
    Case(
        "int-availability",
        "Next steps - Backend Engineer",
        "Hi Sam,\n\nThanks for applying! We'd love to set up a 30-minute call with our "
        "engineering manager. Could you share your availability for next week?\n\nBest,\nJo",
        "interview_invitation",
    ),
    Case(
        "int-calendly",
        "Interview with Halcyon Robotics",
        "Hi Sam, great news - the team would like to meet you for a technical interview. "
        "Please pick a slot that suits you here: https://calendly.com/halcyon-eng/tech-60\n\n"
        "Looking forward,\nRia",
        "interview_invitation",
    ),
    Case(
        "int-confirmed",
        "Interview confirmed: Thursday 13 March, 14:00 CET",
        "Hi Sam,\n\nYour interview for the Data Scientist role is confirmed for Thursday 13 "
        "March at 14:00 CET on Microsoft Teams. You will meet Anna (Head of Data) and Luis "
        "(Senior DS).\n\nJoin: https://teams.microsoft.com/l/meetup-join/abc\n\nBest,\n"
        "Talent team",
        "interview_invitation",
    ),
    Case(
        "int-onsite",
        "Final round at Copperleaf",
        "Hi Sam - congratulations on making it to the final round! We'd like to invite you "
        "to an onsite at our Austin office on April 2. Let me know if that date works and I "
        "will send the agenda.\n\nThanks,\nDevon",
        "interview_invitation",
    ),
    Case(
        "int-reschedule",
        "Re: Interview tomorrow",
        "Hi Sam, unfortunately our hiring manager is out sick tomorrow. Are you available on "
        "Friday at 10am instead for the same interview? Apologies for the shuffle.\n\nKim\n\n"
        "On Mon, Mar 10, 2025 at 9:00 AM Sam Reyes <sam@example.org> wrote:\n> Thanks, see "
        "you tomorrow!",
        "interview_invitation",
    ),
    Case(
        "int-recruiter-chat",
        "Quick chat about the Platform Engineer role?",
        "Hi Sam,\n\nI'm the recruiter for the Platform Engineer position you applied to. Your "
        "background looks like a strong match and I'd like to schedule a 20 minute phone "
        "screen. Would Tuesday or Wednesday afternoon work for you?\n\nThanks,\nMorgan",
        "interview_invitation",
    ),
]

ASSESSMENTS = [
    Case(
        "asm-coding",
        "Your coding challenge for Tessellate",
        "Hi Sam,\n\nAs a next step, please complete our online coding assessment on "
        "HackerRank. It takes about 90 minutes and must be submitted by Sunday, March 16 at "
        "23:59 UTC.\n\nGood luck!\nTessellate Hiring",
        "assessment",
    ),
    Case(
        "asm-takehome",
        "Take-home exercise",
        "Hey Sam, thanks for the great chat. The next stage is a short take-home exercise: a "
        "small API with tests. Please send it back within 5 days. Instructions are attached.",
        "assessment",
    ),
    Case(
        "asm-questionnaire",
        "A few questions before we continue",
        "Dear Sam,\n\nBefore we can continue with your application for Nurse Practitioner, we "
        "need you to fill in the attached screening questionnaire and return it by 20 March "
        "2025.\n\nKind regards,\nSt. Brigid's HR",
        "assessment",
    ),
    Case(
        "asm-video",
        "Record your video interview",
        "Hi Sam, as part of our process we use one-way video interviews. You will be asked "
        "five questions and can record your answers anytime in the next 72 hours using the "
        "link below.\n\nBest,\nRecruiting",
        "assessment",
    ),
    Case(
        "asm-reminder",
        "Reminder: your assessment expires soon",
        "Hi Sam, this is a friendly reminder that your Codility test for the Software "
        "Engineer role has not been completed yet. The link expires on Friday.",
        "assessment",
    ),
]

OFFERS = [
    Case(
        "off-classic",
        "Offer - Senior Analyst",
        "Dear Sam,\n\nOn behalf of Marrow & Finch, I am delighted to offer you the position "
        "of Senior Analyst. Your starting salary will be $98,000 per year, with a start date "
        "of May 5, 2025. The formal offer letter is attached; please sign and return it by "
        "April 18.\n\nCongratulations!\nHelen",
        "offer",
    ),
    Case(
        "off-verbal-followup",
        "Great speaking today",
        "Hi Sam, thanks for the call. As discussed, we're excited to extend you an offer for "
        "the Staff Engineer role. You'll receive the paperwork through DocuSign shortly. "
        "Welcome aboard (almost)!",
        "offer",
    ),
    Case(
        "off-contingent",
        "Conditional offer of employment",
        "Dear Sam,\n\nWe are pleased to make you a conditional offer of employment as a "
        "Registered Nurse, subject to a satisfactory background check and references.\n\n"
        "Best wishes,\nHR",
        "offer",
    ),
]

OTHER = [
    Case(
        "oth-job-alert",
        "12 new jobs for Data Analyst in Berlin",
        "Jobs matching your search: Data Analyst at Kestrel GmbH, Junior Analyst at Fennwick,"
        " BI Analyst at Olm. Easy apply with your profile.\nUnsubscribe | Manage alerts",
        "other",
        "Job Alerts <alerts@jobboard.example>",
    ),
    Case(
        "oth-password",
        "Reset your password",
        "Hi Sam, we received a request to reset your password for your candidate account. "
        "Click the link below to choose a new password. If you didn't request this, ignore "
        "this email.",
        "other",
        "Workday <no-reply@myworkday.com>",
    ),
    Case(
        "oth-profile-views",
        "Sam, you appeared in 9 searches this week",
        "See who viewed your profile and how you compare with other applicants. Try Premium "
        "free for 1 month.",
        "other",
        "LinkedIn <notifications-noreply@linkedin.com>",
    ),
    Case(
        "oth-newsletter-offer-words",
        "This week: how to negotiate your job offer",
        "In this week's newsletter: five scripts for negotiating a job offer, what to say "
        "when a recruiter asks about salary, and an upcoming webinar on interview "
        "preparation. Register now!\n\nUnsubscribe",
        "other",
        "Career Weekly <newsletter@careerweekly.example>",
    ),
    Case(
        "oth-account-created",
        "Welcome to the Lindqvist careers site",
        "Your candidate account has been created. Verify your email address to finish "
        "setting up your profile and start applying for jobs.",
        "other",
    ),
    Case(
        "oth-incomplete",
        "You left your application unfinished",
        "Hi Sam, you started an application for Warehouse Supervisor but haven't finished "
        "it yet. Complete your application today - it only takes a few minutes.",
        "other",
    ),
    Case(
        "oth-event",
        "Join us at our virtual career fair",
        "Meet our engineers at the spring virtual career fair on April 9. Reserve your spot "
        "now - places are limited.",
        "other",
    ),
    Case(
        "oth-user-own-note",
        "Re: coffee next week?",
        "Sounds great, see you Tuesday at the usual place!\n\nOn Fri, Mar 7, 2025, Alex "
        "wrote:\n> Want to grab coffee next week and talk about your job search?",
        "other",
    ),
]

WITHDRAWALS = [
    Case(
        "wdr-portal",
        "Application withdrawn",
        "Hi Sam,\n\nThis is to confirm that you have withdrawn your application for the "
        "Account Executive position. We're sorry to see you go and wish you the best in your "
        "search.\n\nRecruiting Team",
        "other",
        withdrawn=True,
    ),
    Case(
        "wdr-recruiter",
        "Re: Withdrawing my application",
        "Hi Sam, thanks for letting me know, and I completely understand your decision. I've "
        "withdrawn your candidacy from the process on our side. Best of luck with the new "
        "role!\n\nAmir\n\nOn Mon, Sam Reyes wrote:\n> Hi Amir, I've accepted another offer "
        "and would like to withdraw my application.",
        "other",
        withdrawn=True,
    ),
    Case(
        "wdr-not-hypothetical",
        "Thank you for applying",
        "Thanks for applying to the Designer role. We have received your application. If you "
        "wish to withdraw your application at any time, you can do so from your dashboard.",
        "application_received",
    ),
]

ALL_CASES = REJECTIONS + RECEIVED + INTERVIEWS + ASSESSMENTS + OFFERS + OTHER + WITHDRAWALS
