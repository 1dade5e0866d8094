"""What the demo's employers said: rejection messages and the notes on stage changes.

Templates take ``{company}`` and ``{title}``. Rejections are keyed by the stage reached.
"""

from __future__ import annotations

from typing import NamedTuple

from onward.tracker.choices import RejectionChannel as Ch
from onward.tracker.choices import RejectionReason as Why
from onward.tracker.choices import Stage


class RejectionText(NamedTuple):
    reason: Why
    channel: Ch
    message: str


_SIGN = "\n\nKind regards,\nThe {company} Talent Team"
_THANKS = "Dear candidate,\n\nThank you for applying for the {title} role at {company}. "

AT_APPLIED = (
    RejectionText(Why.NONE_GIVEN, Ch.EMAIL, _THANKS + "After careful consideration, we have "
        "decided not to progress your application on this occasion. We wish you every success "
        "in your search." + _SIGN),
    RejectionText(Why.NONE_GIVEN, Ch.EMAIL, _THANKS + "We received a very high number of "
        "applications and unfortunately will not be moving forward with yours. We will keep "
        "your details on file for future opportunities." + _SIGN),
    RejectionText(Why.NONE_GIVEN, Ch.PORTAL, "Application status changed to: Not selected. "
        "Thank you for your interest in {company}."),
    RejectionText(Why.NONE_GIVEN, Ch.NONE, ""),
    RejectionText(Why.MORE_EXPERIENCED, Ch.EMAIL, _THANKS + "We have decided to proceed with "
        "candidates whose experience more closely matches the requirements, in particular "
        "several years of hands-on data engineering in production." + _SIGN),
    RejectionText(Why.MORE_EXPERIENCED, Ch.PORTAL, "Unfortunately we are looking for candidates "
        "with more experience for this position. We encourage you to apply for future roles."),
    RejectionText(Why.ROLE_CLOSED, Ch.EMAIL, _THANKS + "Unfortunately hiring for this position "
        "has been paused following a budget review, so we are closing all applications. We're "
        "sorry we can't give better news." + _SIGN),
    RejectionText(Why.LOCATION_VISA, Ch.EMAIL, _THANKS + "This role requires three days a week "
        "in our office, and from your application it looks like the commute would not work. "
        "Please do look out for our remote roles." + _SIGN),
    RejectionText(Why.SKILLS_MISMATCH, Ch.EMAIL, _THANKS + "The hiring team felt your background "
        "is strong on reporting but lighter on the Python and orchestration this role needs. "
        "Thank you for your time." + _SIGN),
)  # fmt: skip

AT_SCREENING = (
    RejectionText(Why.MORE_EXPERIENCED, Ch.CALL, "Recruiter called: the hiring manager wants "
        "someone who has owned Airflow pipelines in production; mine are mostly on the analytics "
        "side. She suggested I reapply when they open an analytics engineering role."),
    RejectionText(Why.SALARY, Ch.EMAIL, "Hi,\n\nThanks again for the call last week. Having "
        "discussed with the hiring manager, your salary expectations are above the budget we "
        "have for the {title} position, so we won't be taking things further at this stage."
        + _SIGN),
    RejectionText(Why.FILLED_INTERNALLY, Ch.EMAIL, "Hi,\n\nI wanted to let you know that we have "
        "filled the {title} position with an internal candidate. It was good to speak with you "
        "and I'd be happy to keep in touch." + _SIGN),
    RejectionText(Why.NONE_GIVEN, Ch.EMAIL, _THANKS + "Following your initial conversation with "
        "our team, we have decided not to move forward with your application." + _SIGN),
    RejectionText(Why.SKILLS_MISMATCH, Ch.EMAIL, "Hi,\n\nThank you for your time on the phone. "
        "The team are looking for stronger Python: most of the role is building and testing "
        "ingestion code rather than SQL. Your dbt project was impressive, though." + _SIGN),
    RejectionText(Why.ROLE_CLOSED, Ch.CALL, "Recruiter called to say the role is on hold while "
        "they restructure the data team. She'll get back in touch if it reopens."),
)  # fmt: skip

AT_INTERVIEW = (
    RejectionText(Why.SKILLS_MISMATCH, Ch.EMAIL, "Hi,\n\nThank you for the time you put into the "
        "interviews. The panel liked your SQL and the way you explained the trade-offs in your "
        "dbt project. Where you fell short was the pipeline design question: partitioning, "
        "backfills and idempotent loads. With a bit more hands-on experience there we'd love "
        "to hear from you again." + _SIGN),
    RejectionText(Why.MORE_EXPERIENCED, Ch.EMAIL, "Hi,\n\nIt was a really close call, and the "
        "team enjoyed meeting you. In the end we have offered the role to a candidate who has "
        "led a migration to dbt before, which is the first big project for this hire." + _SIGN),
    RejectionText(Why.CULTURE_FIT, Ch.CALL, "Hiring manager called: they need someone who is "
        "happy to work alone most of the time as the only data person on site, and felt I'd "
        "want more of a team around me. Fair, to be honest."),
    RejectionText(Why.NONE_GIVEN, Ch.EMAIL, _THANKS + "Thank you for taking the time to "
        "interview with us. We have now completed our process and will not be offering you the "
        "position." + _SIGN),
    RejectionText(Why.OTHER, Ch.EMAIL, "Hi,\n\nI'm sorry to say the team has been reorganised "
        "and the {title} role will now be filled from the existing BI team. This is no "
        "reflection on your interviews, which went well." + _SIGN),
)  # fmt: skip

REJECTIONS: dict[str, tuple[RejectionText, ...]] = {
    Stage.APPLIED: AT_APPLIED,
    Stage.SCREENING: AT_SCREENING,
    Stage.INTERVIEW: AT_INTERVIEW,
}

SCREENING_NOTES = (
    "30-minute call with the recruiter: background, notice period, salary expectations.",
    "Intro call with the talent partner. They asked a lot about my dbt side project.",
    "Screening call with the hiring manager, very friendly. Next step is a technical round.",
    "Recruiter screen: right to work, hybrid days, why I'm moving towards engineering.",
)

INTERVIEW_NOTES = {
    "phone": (
        "Call with the hiring manager about the team and my move into analytics engineering.",
        "Phone interview with the data lead: mostly about past projects and stakeholders.",
    ),
    "technical": (
        "Live SQL exercise (window functions, a tricky dedup) and questions on dbt testing.",
        "Take-home review: walked through my Airflow DAG and how I'd backfill it.",
        "Pairing on a Python data-cleaning task, then questions about incremental loads.",
    ),
    "case": (
        "Case study: why did weekly active users drop 8%? Presented my approach to two analysts.",
        "Case: design the data model for a subscription business. Ran out of time on SCD2.",
    ),
    "panel": (
        "Panel with the data lead, a product manager and an engineer. Lots of stakeholder "
        "questions.",
    ),
    "final": (
        "Final with the Head of Data: values, career goals, handling conflicting priorities.",
        "Final round with the CTO. Relaxed chat; asked good questions about their roadmap.",
    ),
}

OFFER_NOTES = (
    "Verbal offer: {pay}, 25 days holiday, start in about a month. Written offer to follow.",
)
CLOSING_NOTES = {
    Stage.DECLINED: (
        "Declined: the offer came in under my floor and the role turned out to be mostly "
        "reporting. Thanked them and asked to stay in touch.",
    ),
    Stage.WITHDRAWN: (
        "Withdrew: the screening call made it clear the role is mostly Excel reporting with no "
        "path towards engineering.",
    ),
}
