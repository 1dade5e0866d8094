"""Drafts for the notes a networking reminder asks for, in the growth loop's three tones.

Each kind of note (a thank-you after an interview, a follow-up a week after applying, a
"stay in touch" after a rejection, a keep-warm hello, asking for a referral) comes as a
brief, a warm and a one-question draft. Drafts are for the person to edit and send
themselves: Onward never sends them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.drafts import EmailDraft, Tone

TONES = (Tone.BRIEF, Tone.WARM, Tone.SPECIFIC_QUESTION)
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})


class NoteKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    STAY_IN_TOUCH = "stay_in_touch"
    KEEP_WARM = "keep_warm"
    REFERRAL_ASK = "referral_ask"


@dataclass(frozen=True)
class NetworkNote:
    kind: NoteKind
    candidate_name: str
    contact_name: str = ""  # blank: to the hiring team
    company: str = ""
    role_title: str = ""
    how_met: str = ""  # "at the PyData meetup"
    topic: str = ""  # what you talked about: "the data platform migration"
    looking_for: str = ""  # "data engineering roles"


def _clean(text: str) -> str:
    return " ".join(text.split())


def _greeting(name: str, *, warm: bool) -> str:
    """ "Hi Jo," in the warm tone, "Dear Jo Park," otherwise (and after a title)."""
    words = _clean(name).split()
    if not words:
        return "Dear Hiring Team,"
    if warm and words[0].rstrip(".").lower() not in _TITLES:
        return f"Hi {words[0]},"
    return f"Dear {' '.join(words)},"


def _letter(ctx: NetworkNote, paragraphs: list[str], *, warm: bool) -> str:
    sign_off = "Best wishes" if warm else "Kind regards"
    parts = [_greeting(ctx.contact_name, warm=warm), *paragraphs]
    return "\n\n".join([*parts, f"{sign_off},\n{_clean(ctx.candidate_name)}"])


def _role(ctx: NetworkNote) -> str:
    title, company = _clean(ctx.role_title), _clean(ctx.company)
    role = f"the {title} role" if title else "the role"
    return f"{role} at {company}" if company else role


def _at(ctx: NetworkNote) -> str:
    company = _clean(ctx.company)
    return f" at {company}" if company else ""


def _topic(ctx: NetworkNote, fallback: str) -> str:
    return _clean(ctx.topic) or fallback


def _thank_you(ctx: NetworkNote) -> tuple[tuple[str, list[str]], ...]:
    topic = _topic(ctx, "the team and the work ahead")
    return (
        (
            f"Thank you: {_role(ctx)}",
            [
                f"Thank you for your time today discussing {_role(ctx)}. I enjoyed the "
                "conversation and remain very interested."
            ],
        ),
        (
            "Thank you for today",
            [
                f"Thank you for taking the time to talk with me about {_role(ctx)}. I enjoyed "
                f"hearing about {topic}, and it made me even keener on the role.",
                "If anything else would help you, I would be glad to send it over.",
            ],
        ),
        (
            "Thank you, and one follow-up thought",
            [
                f"Thank you for the conversation about {_role(ctx)}. I have been thinking "
                f"about {topic} since, and wanted to ask one thing:",
                "What would success in the first three months look like for this role?",
            ],
        ),
    )


def _follow_up(ctx: NetworkNote) -> tuple[tuple[str, list[str]], ...]:
    return (
        (
            f"Following up: {_role(ctx)}",
            [
                f"I applied for {_role(ctx)} last week and wanted to check whether there is "
                "any news on the timeline. I remain very interested."
            ],
        ),
        (
            "Checking in on my application",
            [
                f"I hope your week is going well. I applied for {_role(ctx)} recently and "
                "wanted to say again how much the role appeals to me.",
                "If it would help, I am happy to share anything more about my experience.",
            ],
        ),
        (
            f"A quick question about {_role(ctx)}",
            [
                f"I applied for {_role(ctx)} last week. One quick question, so I can plan "
                "around it:",
                "When do you expect to make decisions on the next stage?",
            ],
        ),
    )


def _stay_in_touch(ctx: NetworkNote) -> tuple[tuple[str, list[str]], ...]:
    looking = _clean(ctx.looking_for) or "my next role"
    return (
        (
            "Thank you, and keeping in touch",
            [
                f"Thank you for your time during the process for {_role(ctx)}. I would be "
                "glad to stay in touch if a suitable role opens up."
            ],
        ),
        (
            "Staying in touch",
            [
                f"Although {_role(ctx)} did not work out, I really enjoyed meeting you "
                "during the process and learning how the team works.",
                f"I am still exploring {looking}, and I would be glad to stay connected.",
            ],
        ),
        (
            "Keeping in touch, and one question",
            [
                f"Thank you for your time during the process for {_role(ctx)}. I would "
                "like to stay in touch, and I have one question if you have a moment:",
                "Is there a skill or experience that would make me a stronger candidate "
                "for your team in future?",
            ],
        ),
    )


def _keep_warm(ctx: NetworkNote) -> tuple[tuple[str, list[str]], ...]:
    met = _clean(ctx.how_met)
    since = f" since we met {met}" if met else ""
    looking = _clean(ctx.looking_for) or "my next role"
    return (
        (
            "Saying hello",
            [
                f"It has been a while{since}, so I wanted to say hello and hope all is "
                f"well{_at(ctx)}."
            ],
        ),
        (
            "Keeping in touch",
            [
                f"It has been a while{since}, and I wanted to check in and hear how things "
                f"are going{_at(ctx)}.",
                f"On my side, I am exploring {looking}. No need to reply if you are busy.",
            ],
        ),
        (
            "A quick hello and a question",
            [
                f"It has been a while{since}. I have been thinking about "
                f"{_topic(ctx, 'what you told me about your work')}, and wanted to ask:",
                "What has changed most in your work this year?",
            ],
        ),
    )


def _referral_ask(ctx: NetworkNote) -> tuple[tuple[str, list[str]], ...]:
    return (
        (
            f"Referral for {_role(ctx)}?",
            [
                f"I am applying for {_role(ctx)}. Would you be comfortable referring me? "
                "I can send my CV and a short summary to make it easy."
            ],
        ),
        (
            f"A favour: {_role(ctx)}",
            [
                f"I hope you are well. I have seen that {_role(ctx)} is open and I think it "
                "is a strong match for what I have been doing.",
                "If you feel comfortable, would you refer me? I will send everything you "
                "need, and no worries at all if it is not a good time.",
            ],
        ),
        (
            f"One question about {_role(ctx)}",
            [
                f"I am considering applying for {_role(ctx)}, and you know the team far "
                "better than the posting does. One question:",
                "Would a referral from you help, and if so, would you be comfortable making one?",
            ],
        ),
    )


_BUILDERS = {
    NoteKind.THANK_YOU: _thank_you,
    NoteKind.FOLLOW_UP: _follow_up,
    NoteKind.STAY_IN_TOUCH: _stay_in_touch,
    NoteKind.KEEP_WARM: _keep_warm,
    NoteKind.REFERRAL_ASK: _referral_ask,
}


def note_drafts(ctx: NetworkNote) -> tuple[EmailDraft, ...]:
    """Three drafts (brief, warm, one question) for the note ``ctx.kind`` asks for."""
    if not _clean(ctx.candidate_name):
        raise ValueError("candidate_name is required")
    texts = _BUILDERS[NoteKind(ctx.kind)](ctx)
    return tuple(
        EmailDraft(tone, subject, _letter(ctx, paragraphs, warm=tone == Tone.WARM))
        for tone, (subject, paragraphs) in zip(TONES, texts, strict=True)
    )
