"""One of every owned object for the isolation sweep, keyed by URL parameter name.

A route or API path with a parameter not listed here fails the sweep until it is added,
so new routes are covered automatically.
"""

from __future__ import annotations

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection
from tests import factories

# Parameters that are not object ids (public tokens by design).
NON_OBJECT_PARAMS = {"secret"}


def build(owner: User) -> dict[str, int]:
    rejected = factories.rejection(owner)
    active = factories.application(owner, stage=Stage.INTERVIEW)
    token, _secret = account_services.api_token_create(owner=owner, name="alice's token")
    event = active.events.order_by("id").first()
    assert event is not None
    return {
        "application_id": active.pk,
        "company_id": active.posting.company_id,
        "posting_id": active.posting_id,
        "rejection_id": rejected.pk,
        "event_id": event.pk,
        "token_id": token.pk,
        **_growth(owner, rejected),
        **_networking(owner, active),
        **_inbox(owner, active.posting.company.name),
    }


def _growth(owner: User, rejection: Rejection) -> dict[str, int]:
    """One of each growth object (the rebound flow is keyed by ``rejection_id``)."""
    from onward.growth import services
    from onward.skills import services as skills_services

    app = rejection.application
    services.rebound_start(rejection=rejection)
    reflection = services.reflection_create(
        owner=owner, kind="after_rejection", application=app, went_well="Good rapport"
    )
    feedback = services.feedback_record(
        application=app, text="More SQL depth", received_on=rejection.received_on, themes=[]
    )
    goal = services.goal_create(owner=owner, metric="outreach_messages", target=3)
    habit = services.habit_create(owner=owner, name="Walk")
    services.habit_check(habit=habit)
    return {
        "reflection_id": reflection.pk,
        "feedback_id": feedback.pk,
        "checkin_id": services.checkin_create(owner=owner, mood=3, energy=3).pk,
        "reframe_id": services.reframe_create(owner=owner, thought="I never get offers").pk,
        "win_id": services.win_add(owner=owner, title="Portfolio live").pk,
        "goal_id": goal.pk,
        "entry_id": services.goal_log(goal=goal, amount=2).pk,
        "habit_id": habit.pk,
        "followup_id": services.followup_create(owner=owner, title="Email Jo", application=app).pk,
        "action_id": skills_services.learning_action_create(
            owner=owner, title="SQL course", applications=[app]
        ).pk,
        **_skills(owner),
        **_strategy(owner),
    }


def _skills(owner: User) -> dict[str, int]:
    """A resume, a profile skill and a dismissed gap (posting skills ride on ``posting_id``)."""
    from onward.skills import services
    from onward.tracker import services as tracker_services

    added = services.resume_add(owner=owner, text="Five years of SQL and Python.")
    skill = services.profile_skill_add_by_label(owner=owner, label="Excel", level="advanced")
    dismissal = services.gap_dismiss(owner=owner, skill_id="dbt", reason="Not for me")
    target = tracker_services.target_role_save(
        owner=owner, occupation_id="family:data", label="Data & analytics"
    )
    return {
        "target_role_id": target.pk,
        "resume_id": added.resume.pk,
        "profile_skill_id": skill.pk,
        "dismissal_id": dismissal.pk,
    }


def _inbox(owner: User, company: str) -> dict[str, int]:
    """An email read into the review queue (a rejection from the interviewing application's
    company), and a CSV import waiting for its columns to be checked."""
    from onward.inbox import services

    mail = (
        f"From: {company} Careers <jobs@example.com>\nTo: you@example.org\n"
        f"Subject: Your application to {company}\nMessage-ID: <sweep-{owner.pk}@example.com>\n"
        "Date: Mon, 03 Mar 2025 10:00:00 +0000\n\n"
        f"Thank you for your interest in {company}. Unfortunately we have decided not to move "
        "forward with your application.\n"
    ).encode()
    run = services.import_run_upload(owner=owner, name="mail.eml", chunks=[mail])
    services.import_run_execute(run=run)
    sheet = b"Employer,Position,Where we are\nAcme,Analyst,Waiting on Jo\n"
    csv_run = services.import_run_upload(owner=owner, name="sheet.csv", chunks=[sheet])
    item = run.items.get()
    return {"import_run_id": csv_run.pk, "review_item_id": item.pk}


def snapshot(owner: User) -> dict[str, object]:
    """What must be unchanged after another user hammered every route."""
    from onward.portability import exporter

    return exporter.account_export(owner=owner)


def _strategy(owner: User) -> dict[str, int]:
    """An experiment and a strategy review."""
    from onward.strategy import services

    experiment = services.experiment_create(
        owner=owner, name="Tailor every resume", metric="response", target_count=10
    )
    review = services.review_create(
        owner=owner, commitments=["Ask for two referrals"], snapshot={"format": 1}
    )
    return {"experiment_id": experiment.pk, "review_id": review.pk}


def _networking(owner: User, application: Application) -> dict[str, int]:
    """A contact with an interaction, a link to an application and a reminder."""
    from onward.networking import services

    contact = services.contact_create(owner=owner, name="Jo Park", email="jo@example.com")
    interaction = services.interaction_log(contact=contact, kind="email", application=application)
    link = services.application_contact_link(
        contact=contact, application=application, role="recruiter"
    )
    reminder = services.reminder_create(
        owner=owner, title="Call Jo", due_on=interaction.occurred_on, contact=contact
    )
    return {
        "contact_id": contact.pk,
        "interaction_id": interaction.pk,
        "link_id": link.pk,
        "reminder_id": reminder.pk,
    }
