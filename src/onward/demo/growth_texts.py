"""Words for the demo growth loop: reflections, feedback, reframes, notes (data only)."""

from __future__ import annotations

from typing import Any

# After an interview-stage rejection: (went_well, lacked, skill tags, moments, factors)
INTERVIEW_REFLECTIONS: tuple[dict[str, Any], ...] = (
    {
        "went_well": "Walked through my churn dashboard clearly and the hiring manager asked "
        "good follow-up questions. I kept my answers to two minutes.",
        "lacked": "Hands-on dbt experience; they use it for every model.",
        "skill_tags": ["dbt", "SQL"],
        "moments": [
            {
                "stage": "interview",
                "interview_round": 2,
                "question": "How would you model slowly changing dimensions?",
                "note": "I knew the idea but not the dbt snapshot syntax, and I rambled.",
            }
        ],
        "factors": [
            {"text": "I had not practised modelling questions out loud", "control": "within"},
            {"text": "They had an internal candidate in the final round", "control": "outside"},
        ],
    },
    {
        "went_well": "The live SQL exercise went well: window functions, no hints needed.",
        "lacked": "Experience presenting to senior stakeholders.",
        "skill_tags": ["SQL", "Stakeholder management"],
        "moments": [
            {
                "stage": "interview",
                "interview_round": 3,
                "question": "Tell us about a time you changed a decision with data.",
                "note": "My example was too technical; I lost the panel halfway through.",
            }
        ],
        "factors": [
            {"text": "My STAR examples were not ready for a panel", "control": "within"},
            {"text": "The panel ran late and seemed rushed", "control": "outside"},
        ],
    },
    {
        "went_well": "Good rapport with the team lead; the take-home was on time and tidy.",
        "lacked": "Statistics depth: A/B test power and sample sizes.",
        "skill_tags": ["Statistics", "A/B testing"],
        "moments": [
            {
                "stage": "interview",
                "interview_round": 2,
                "question": "How many users would you need to detect a 2% uplift?",
                "note": "Froze on the power calculation.",
            }
        ],
        "factors": [
            {"text": "Revise experiment design basics", "control": "within"},
            {"text": "Another candidate had five years in experimentation", "control": "outside"},
        ],
    },
    {
        "went_well": "Asked sharp questions about their data quality issues; they noted it.",
        "lacked": "Airflow in production.",
        "skill_tags": ["Airflow", "Python"],
        "moments": [
            {
                "stage": "interview",
                "interview_round": 1,
                "question": "How do you make a pipeline idempotent?",
                "note": "Answered, but without a concrete example.",
            }
        ],
        "factors": [
            {"text": "Prepare one pipeline story end to end", "control": "within"},
            {"text": "The role was re-scoped to senior mid-process", "control": "outside"},
        ],
    },
)

SCREENING_REFLECTIONS: tuple[dict[str, Any], ...] = (
    {
        "went_well": "The recruiter call was relaxed and I explained my career change well.",
        "lacked": "Looker; they asked twice.",
        "skill_tags": ["Looker"],
        "moments": [
            {
                "stage": "screening",
                "question": "What are your salary expectations?",
                "note": "I gave a number too early and too low.",
            }
        ],
        "factors": [
            {"text": "Research the salary band before the call", "control": "within"},
            {"text": "They wanted someone who could start next week", "control": "outside"},
        ],
    },
    {
        "went_well": "Kept my pitch under a minute.",
        "lacked": "",
        "skill_tags": [],
        "moments": [
            {"stage": "screening", "note": "Not sure how to explain the gap in my CV."},
        ],
        "factors": [{"text": "Write a two-line answer about the gap", "control": "within"}],
    },
)

FEEDBACK_TEXTS = (
    "Thank you for your time. The panel liked your SQL and how clearly you communicated, "
    "but we went with a candidate with more hands-on dbt experience. Your communication "
    "skills were a real strength.",
    "Your technical exercise was strong. Where we felt less sure was stakeholder "
    "management: your examples were quite technical for a senior audience.",
    "Honestly it was very close. The role was re-scoped during the process and we needed "
    "someone more senior; that was no reflection on your interview.",
)

REQUEST_CONTACTS = ("Priya Shah", "Tom Becker", "Alex Morgan", "Sam Lee", "Jordan Fox")

REFRAMES: tuple[dict[str, str], ...] = (
    {
        "thought": "I keep getting to the final round and failing. Maybe I'm just not good enough.",
        "evidence_for": "Three final-round rejections in two months.",
        "evidence_against": "Reaching the final round means they saw a real fit. The feedback "
        "praised my SQL and communication.",
        "balanced_view": "I'm close. The gap is specific (dbt, stakeholder examples), not "
        "everything.",
        "points_toward": "A dbt course, and two stakeholder stories practised out loud.",
    },
    {
        "thought": "Recruiters never get back to me, so why bother applying.",
        "evidence_for": "Several applications with no reply.",
        "evidence_against": "Referrals and tailored applications got responses much more often.",
        "balanced_view": "Cold applications are a numbers game; tailored ones work for me.",
        "points_toward": "Fewer, tailored applications and two outreach messages a week.",
    },
)

CHECKIN_NOTES = (
    "Slept badly, but the walk helped.",
    "Good coffee chat today.",
    "Tired of waiting to hear back.",
    "Finished a dbt module, felt good.",
    "",
    "",
    "",
)
