"""Email drafts: asking for feedback after a rejection, thanking and keeping in touch.

Plain-text drafts the user edits before sending. Wording depends on how far the process
got (an application, a screening call, one or several interviews, the final stage); the
tone stays short, polite and confident: it asks, it does not plead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tone(StrEnum):
    BRIEF = "brief"
    WARM = "warm"
    SPECIFIC_QUESTION = "specific_question"
    THANK_YOU = "thank_you"
    STAY_IN_TOUCH = "stay_in_touch"


@dataclass(frozen=True)
class DraftContext:
    candidate_name: str
    company: str
    role_title: str
    contact_name: str | None = None
    stage_reached: str = "applied"  # saved/applied/screening/interview/offer/...
    interview_rounds: int = 0
    specific_question: str | None = None


@dataclass(frozen=True)
class NoteContext:
    candidate_name: str
    contact_name: str
    company: str
    context: str | None = None  # how you met: "at the PyData meetup in March"
    topic: str | None = None  # what they helped with: "your advice on portfolio reviews"
    looking_for: str | None = None  # "data engineering roles"


@dataclass(frozen=True)
class EmailDraft:
    tone: Tone
    subject: str
    body: str


@dataclass(frozen=True)
class _Stage:
    key: str  # application | screening | interview | final
    feedback_on: str  # "my interview"
    thanks: str  # "for the time you spent interviewing me"
    warm: str  # a sentence about the experience so far
    next_step: str  # "my next application"
    question: str  # the default specific question


_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})


def _count(number: int) -> str:
    return _NUMBERS[number] if 0 <= number < len(_NUMBERS) else str(number)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _role(ctx: DraftContext) -> str:
    title = _clean(ctx.role_title)
    return f"the {title} role" if title else "the role"


def _role_at(ctx: DraftContext) -> str:
    return f"{_role(ctx)} at {_clean(ctx.company)}"


def _final(ctx: DraftContext) -> _Stage:
    rounds = ctx.interview_rounds
    over = f"over {_count(rounds)} rounds" if rounds >= 2 else "through the process"
    return _Stage(
        "final",
        "my final-stage interviews",
        "for the time you and the team gave me throughout the process",
        f"Getting to know the team at {_clean(ctx.company)} {over} was a pleasure, and I am "
        "glad to have made it to the final stage.",
        "my next interviews",
        "What was the main factor in the final decision?",
    )


def _interview(ctx: DraftContext) -> _Stage:
    rounds = max(ctx.interview_rounds, 1)
    return _Stage(
        "interview",
        "my interview" if rounds == 1 else f"my {_count(rounds)} interviews",
        "for the time you spent interviewing me",
        f"I enjoyed meeting the team and learning how {_clean(ctx.company)} approaches its work.",
        "my next interviews",
        "Was there one area of my interview that, had it been stronger, would have "
        "changed the outcome?",
    )


def _stage(ctx: DraftContext) -> _Stage:
    stage = ctx.stage_reached.strip().lower()
    if stage in {"offer", "accepted", "declined"} or (
        stage == "interview" and ctx.interview_rounds >= 3
    ):
        return _final(ctx)
    if stage == "interview":
        return _interview(ctx)
    company = _clean(ctx.company)
    if stage == "screening":
        return _Stage(
            "screening",
            "our conversation",
            "for taking the time to speak with me",
            f"I enjoyed our conversation and hearing more about the work at {company}.",
            "my next application",
            "Was there a requirement of the role that I did not show strongly enough in "
            "our conversation?",
        )
    return _Stage(
        "application",
        "my application",
        "for considering my application",
        f"I was genuinely interested in the work at {company}, so I appreciated being considered.",
        "my next application",
        f"Was there anything in my CV or cover letter that made it a weaker match for "
        f"{_role(ctx)}?",
    )


def _subject(text: str, ctx: DraftContext) -> str:
    title = _clean(ctx.role_title)
    return f"{text} ({title})" if title else text


def _greeting(contact: str | None) -> str:
    name = _clean(contact)
    return f"Dear {name}," if name else "Dear Hiring Team,"


def _question(ctx: DraftContext, stage: _Stage) -> str:
    text = _clean(ctx.specific_question)
    if not text:
        return stage.question
    text = text[0].upper() + text[1:]
    return text if text.endswith(("?", ".")) else f"{text}?"


def _letter(greeting: str, paragraphs: list[str], sign_off: str, name: str) -> str:
    return "\n\n".join([greeting, *paragraphs, f"{sign_off},\n{_clean(name)}"])


def _brief(ctx: DraftContext, stage: _Stage) -> EmailDraft:
    body = _letter(
        _greeting(ctx.contact_name),
        [
            f"Thank you for letting me know about {_role_at(ctx)}, and {stage.thanks}. If you "
            f"have a moment, I would welcome any brief feedback on {stage.feedback_on}; it "
            f"would help me make {stage.next_step} stronger.",
        ],
        "Kind regards",
        ctx.candidate_name,
    )
    return EmailDraft(Tone.BRIEF, _subject(f"Feedback on {stage.feedback_on}", ctx), body)


def _warm(ctx: DraftContext, stage: _Stage) -> EmailDraft:
    body = _letter(
        _greeting(ctx.contact_name),
        [
            f"Thank you for letting me know about {_role_at(ctx)}, and {stage.thanks}. "
            + stage.warm,
            f"If you could share a line or two on {stage.feedback_on}, in particular what "
            "would have made the difference, I would be grateful: I am keen to keep "
            "improving. I would also be glad to hear from you if a suitable role opens up "
            "in future.",
        ],
        "With thanks",
        ctx.candidate_name,
    )
    return EmailDraft(Tone.WARM, _subject("Thank you, and a small request", ctx), body)


def _specific(ctx: DraftContext, stage: _Stage) -> EmailDraft:
    body = _letter(
        _greeting(ctx.contact_name),
        [
            f"Thank you for letting me know about {_role_at(ctx)}. I know feedback takes time, "
            "so I will keep to a single question:",
            _question(ctx, stage),
            f"Even a short answer would help me prepare for {stage.next_step}.",
        ],
        "Kind regards",
        ctx.candidate_name,
    )
    return EmailDraft(Tone.SPECIFIC_QUESTION, f"One question about {_role(ctx)}", body)


def feedback_request_drafts(ctx: DraftContext) -> tuple[EmailDraft, ...]:
    """Three feedback-request drafts: brief, warm, and one specific question."""
    if not _clean(ctx.candidate_name) or not _clean(ctx.company):
        raise ValueError("candidate_name and company are required")
    stage = _stage(ctx)
    return (_brief(ctx, stage), _warm(ctx, stage), _specific(ctx, stage))


def _first_name(name: str) -> str | None:
    """The first name ("Jo" from "Jo Park"), or None after a title ("Dr Park")."""
    parts = _clean(name).split()
    if parts[0].rstrip(".").lower() in _TITLES:
        return None
    return parts[0]


def _note_parts(ctx: NoteContext) -> tuple[str, str]:
    if not _clean(ctx.candidate_name) or not _clean(ctx.contact_name):
        raise ValueError("candidate_name and contact_name are required")
    where = _clean(ctx.context)
    first = _first_name(ctx.contact_name)
    greeting = f"Hi {first}," if first else f"Dear {_clean(ctx.contact_name)},"
    return greeting, f" {where}" if where else ""


def thank_you_note(ctx: NoteContext) -> EmailDraft:
    """A short thank-you to a contact who gave time or advice."""
    greeting, where = _note_parts(ctx)
    topic = _clean(ctx.topic) or "taking the time to talk with me"
    body = _letter(
        greeting,
        [
            f"Thank you for {topic}{where}. It was genuinely useful, and I appreciated how "
            "openly you shared your experience.",
            f"I hope all is going well at {_clean(ctx.company)}. If I can ever return the "
            "favour, please let me know.",
        ],
        "Best wishes",
        ctx.candidate_name,
    )
    first = _first_name(ctx.contact_name)
    return EmailDraft(Tone.THANK_YOU, f"Thank you, {first}" if first else "Thank you", body)


def stay_in_touch_note(ctx: NoteContext) -> EmailDraft:
    """A light check-in with a contact, with no ask attached."""
    greeting, where = _note_parts(ctx)
    met = f"I enjoyed our conversation{where}" if where else "I enjoyed our last conversation"
    looking = _clean(ctx.looking_for)
    search = f"I am currently exploring {looking}" if looking else "I am exploring my next role"
    body = _letter(
        greeting,
        [
            f"{met} and wanted to keep in touch. {search}, and I would be glad to stay "
            f"connected as things develop at {_clean(ctx.company)}.",
            "No need to reply if you are busy; I just wanted to say hello.",
        ],
        "Best wishes",
        ctx.candidate_name,
    )
    return EmailDraft(Tone.STAY_IN_TOUCH, "Keeping in touch", body)
