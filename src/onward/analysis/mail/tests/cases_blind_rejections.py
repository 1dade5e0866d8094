"""A third hand-written table, about rejections and what resembles them, written after the
real holdout was scored and before the lexicon changes that followed (its first score is in
docs/benchmarks.md). Same conventions as ``cases.py``."""

from __future__ import annotations

from onward.analysis.mail.tests.cases import Case


def _rej(cid: str, body: str, subject: str = "Your application") -> Case:
    return Case(cid, subject, body, "rejection")


BLIND_REJECTIONS = [
    _rej("r-no-longer-be", "Hi Sam, after review you will no longer be considered for this role."),
    _rej("r-didnt-select", "Thanks for applying. The hiring team did not select you for the role."),
    _rej("r-not-chosen", "We have chosen not to advance your application to interview."),
    _rej(
        "r-cancelled-named",
        "We must let you know that the vacancy, Data Engineer II, has been "
        "cancelled, and applications to it are closed.",
    ),
    _rej(
        "r-cannot-proceed",
        "We will not be able to proceed with your application because the "
        "role requires an active security clearance.",
    ),
    _rej(
        "r-sponsorship",
        "Unfortunately we are unable to sponsor work visas for this position, "
        "so we cannot move your application forward.",
    ),
    _rej(
        "r-not-qualified",
        "After review, we found that you do not meet the minimum "
        "qualifications for this position. Thank you for your interest.",
    ),
    _rej(
        "r-hired-else",
        "Thanks for your patience. We have hired for this position and are no "
        "longer recruiting for it.",
    ),
    _rej(
        "r-other-direction",
        "The team has decided to take the search in a different direction. "
        "We appreciate your time.",
    ),
    _rej("r-pass", "Hi Sam, we are going to pass on your application for now. Best of luck."),
    _rej("r-not-progress", "I'm afraid we won't be progressing with your candidacy."),
    _rej(
        "r-unable-offer-interview",
        "We are not in a position to offer you an interview at this stage.",
    ),
    _rej(
        "r-stronger",
        "We received applications from candidates with stronger experience in "
        "Kubernetes and have decided to focus on them.",
    ),
    _rej(
        "r-closed-file",
        "We have now closed your application for the Nurse position. We wish you well.",
    ),
    _rej(
        "r-not-successful-stage",
        "I'm sorry to tell you that you were not successful at the interview stage.",
    ),
    Case(
        "n-not-a-rejection-1",
        "Re: schedule",
        "Unfortunately I can't do Tuesday - could we move the interview to Wednesday at 3pm?",
        "interview_invitation",
    ),
    Case(
        "n-not-a-rejection-2",
        "Application received",
        "We have received your application. We are unable to respond to every applicant "
        "individually, but we will contact you if your profile matches.",
        "application_received",
    ),
    Case(
        "n-not-a-rejection-3",
        "Offer",
        "I'm delighted to offer you the role. Unfortunately the start date has to move to June 2.",
        "offer",
    ),
    Case(
        "n-not-a-rejection-4",
        "Good news",
        "You have not been rejected: we simply need more "
        "time. Would you be available for a second interview next week?",
        "interview_invitation",
    ),
    Case(
        "n-not-a-rejection-5",
        "Thanks",
        "Thanks Sam, I'll pass your CV on to the hiring "
        "manager today and get back to you about next steps.",
        "other",
    ),
]
