"""What of a pasted feedback text the employer actually says: boilerplate is blanked out.

People paste feedback as it arrived: with a greeting ("Hi Maya,"), a sign-off and a
signature ("Ruby Chen, Talent Partner"), a legal footer, forwarding headers, the reply
they were answering, and the courtesy sentences of a rejection template ("Thank you for
your interest...", "We wish you every success"). None of it is feedback, and names or
company names in it can look like skills (Maya, Ruby, Sage, Oracle). :func:`read_feedback`
returns the lower-cased text with those parts replaced by spaces (newlines kept), so every
offset still points into the original, and says what it left out and why.

The rules, applied in order:

1. Header lines: forwarding markers ("---------- Forwarded message ---------"), e-mail
   header fields ("From:", "Sent:", "Subject:"...) and subject lines ("RE: ...").
2. A reply: after an "On <date>, <name> wrote:" line, an "Original Message" marker or a
   "From:" header block, the rest is the message being answered, left out when there is
   enough text above it (otherwise it is the forwarded feedback itself); lines quoted
   with ">" are left out when there is text that is not quoted.
3. Legal footers: a paragraph with confidentiality, registration or equal-opportunity
   wording.
4. Sign-offs ("Best,", "Kind regards, Pascal") and everything after them up to the next
   header; trailing signature lines without a sign-off (names, job titles, company
   names, phone numbers, e-mail and web addresses).
5. Greetings at the start of a line ("Hi Maya,", "Dear Mr Pascal Moreau,", "Hello,") and
   a name addressed at the very start ("Ada - your Python was...").
6. Courtesy and template sentences of a rejection: thanks for applying or attending,
   "after careful consideration", wishes, "we will keep your details on file".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from onward.analysis.feedback_text import normalise

HEADER, REPLY, QUOTED, FOOTER, SIGN_OFF, SIGNATURE, GREETING, COURTESY = (
    "header",
    "reply",
    "quoted",
    "footer",
    "sign-off",
    "signature",
    "greeting",
    "courtesy",
)
MIN_REPLY_WORDS = 12  # words above a reply marker for it to be a reply, not a forward
MAX_SIGNATURE_WORDS = 9
MAX_NAME_WORDS = 4
MAX_SUBJECT_WORDS = 16


@dataclass(frozen=True)
class Ignored:
    """A part of the text that is not read as feedback; ``text[start:end]`` is it."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Reading:
    """``norm``: the text lower-cased, ignored parts blanked (same length as ``text``)."""

    text: str
    norm: str
    ignored: tuple[Ignored, ...]

    def is_read(self, start: int, end: int) -> bool:
        """Whether any of ``text[start:end]`` is read (not blanked)."""
        return bool(self.norm[start:end].strip())


_FORWARD = re.compile(
    r"\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message:?)\s*(?:-{2,})?\s*"
)
_REPLY_MARKER = re.compile(r"\s*(?:-{2,}\s*)?original message\s*(?:-{2,})?\s*")
_FIELD = re.compile(r"\s*(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s*\S.*")
_SUBJECT = re.compile(r"\s*(?:re|fw|fwd|aw|tr)\s*:\s*\S.*")
_WROTE = re.compile(r"\s*(?:on\b.{0,160})?\bwrote:\s*")
_QUOTE = re.compile(r"\s*>")
_FOOTER = re.compile(
    r"confidential|intended (?:solely |only )?for|intended recipient|named recipient"
    r"|(?:received|receive) (?:this|it) in error|registered (?:in england|office|in scotland"
    r"|in wales|charity|company)|company (?:registration )?(?:no|number)|charity (?:no|number)"
    r"|authori[sz]ed and regulated|equal opportunit(?:y|ies) employer|legally privileged"
    r"|unsubscribe|disclaimer|without regard to race|consider the environment"
)
_SIGN_OFF = (
    r"(?:best(?: wishes| regards)?|kind(?:est)? regards|(?:warm(?:est)? |many )?(?:regards"
    r"|wishes|thanks)|thanks(?: again| so much)?|thank you|cheers|sincerely|greetings"
    r"|yours(?: sincerely| faithfully| truly)?|all the best|with thanks|take care"
    r"|speak soon|respectfully|(?:best of|good) luck(?: out there)?)"
)
# A whole line: the sign-off, perhaps a name ("Best, Ruby", "Thanks - Ruby").
_SIGN_OFF_LINE = re.compile(rf"\s*{_SIGN_OFF}\s*[,.!:\-\u2013\u2014]*(?:\s*(?P<name>[^\n]*))?")
# At the end of a line after a sentence: "... Other things was ok. Greetings, Katarina".
_SIGN_OFF_TAIL = re.compile(
    rf"(?:(?<=[.!?])\s+|^\s*){_SIGN_OFF}\s*[,\-\u2013\u2014]\s*(?P<name>.+)$", re.IGNORECASE
)
_GREETING = re.compile(
    r"\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning)"
    r"(?![\w'])"
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w.'\u2019-]*|&|de|van|von|der|da|di|le|la|of|and)")
_GREETED = re.compile(r"(?:[A-Z][\w.'\u2019-]*|de|van|von|der|da|di|le|la)")
_NAME_FILLERS = frozenset({"there", "all", "again", "team", "applicant", "candidate", "both"})
_TITLE_WORDS = re.compile(
    r"\b(?:recruit\w*|talent|partner|manager|director|head|hr|people|acquisition|officer"
    r"|coordinator|advis[oe]r|consultant|specialist|lead|vp|ceo|cto|coo|founder|resourcing"
    r"|team|department|services|ltd|llp|inc|plc|gmbh|limited|trust|foundation|nhs|group"
    r"|associate|assistant|executive|administrator|sister|matron|principal|headteacher)\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"@|https?://|www\.|\.(?:com|co\.uk|org|io|net)\b|\+?\d[\d ()-]{7,}|\|")
# Words that judge: a line with one is feedback ("Strong SQL"), never a signature.
_JUDGING = re.compile(
    r"\b(?:strong|good|great|excellent|solid|weak|poor|limited|lacking|lacked|needs?|more|less"
    r"|not|no|gaps?|concerns?|missing|lovely|nice|clear|unclear)\b",
    re.IGNORECASE,
)
# Discourse words that open a sentence with a comma; never a name being addressed.
_NOT_A_NAME = frozenset(
    [
        "overall",
        "honestly",
        "sadly",
        "unfortunately",
        "however",
        "also",
        "firstly",
        "finally",
        "ok",
        "okay",
        "so",
        "well",
        "yes",
        "no",
        "sorry",
        "thanks",
        "hello",
        "hi",
        "hey",
        "dear",
        "again",
        "candidly",
        "basically",
        "ultimately",
        "frankly",
        "look",
        "right",
        "now",
        "then",
        "anyway",
        "again",
        "personally",
        "generally",
    ]
)
_VOCATIVE = re.compile(
    r"\s*(?P<name>[A-Z][a-z'\u2019]+)\s*(?:,|\s[-\u2013\u2014])\s+(?=[a-z]|(?:I|We|Your|You"
    r"|Thanks|Thank|Just|Sorry|As|Unfortunately|Sadly)\b)"
)
# Courtesy sentences of a rejection: left out from where they start to the sentence end.
_COURTESY_SENTENCE = re.compile(
    r"(?:(?:many |huge |we |i )?thank(?:s| you)(?: (?:so|very) much| again"
    r"| once again)?,? for (?:your"
    r"|the|taking|attending|coming|applying|interviewing|meeting|speaking|completing"
    r"|participating|following|getting|reaching|asking|letting|all|being|sending|considering"
    r"|chatting|talking|spending|putting|investing|joining|sitting)\b"
    r"|(?:we|i) (?:really |genuinely |truly )?appreciated? (?:your (?:time|patience|interest"
    r"|understanding)|you taking|the time)"
    r"|(?:we|i)(?:'d| would)? (?:wish|wishing) you"
    r"|(?:we|i)(?: will|'ll| shall| would like to| may) (?:keep|retain|hold) (?:your|you)"
    r"|(?:please )?(?:do )?(?:keep an eye on|check|visit) our (?:careers?|jobs) (?:page|site"
    r"|website|portal)"
    r"|(?:we|i)(?:'d| would)?(?: (?:genuinely|really|strongly|definitely))? (?:encourage"
    r"|invite|welcome) you to (?:re-?apply|apply|keep|stay)"
    r"|(?:we )?hope (?:this|the|that this) (?:feedback )?(?:is|was|helps|will be)"
    r"|(?:we |i )?hope to (?:meet|see|speak|hear from|work with) (?:you )?(?:again|in future"
    r"|in the future)"
    r"|(?:i'm |i am |we're |we are )?(?:sorry|apologies) (?:it's|it is|this is|for the) (?:not"
    r" (?:better|the) news|radio silence|delay)"
    r"|(?:i'm |i am |i'd be |we'd be |we're |i'm )?happy to (?:chat|talk|discuss|stay in touch))"
    r"(?:(?!,?\s(?:but|however|although|though|unfortunately|sadly)\b)[^.!?\n;])*[.!?]*"
)
# Template phrases left out wherever they are: "After careful consideration, we have...".
_COURTESY_PHRASE = re.compile(
    r"we regret to (?:inform|advise|tell) you(?: that)?"
    r"|after (?:careful|much|long|lengthy|thorough|further) (?:consideration|deliberation"
    r"|review)(?: of [^,.\n]*)?,?"
)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


class _Marks:
    """Ignored parts, collected rule by rule over the original text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _lines(text)
        self.kinds: list[str | None] = [None] * len(self.lines)
        self.parts: list[Ignored] = []

    def line(self, index: int, kind: str) -> None:
        if self.kinds[index] is None:
            self.kinds[index] = kind
            start, end = self.lines[index]
            if self.text[start:end].strip():
                self.parts.append(Ignored(start, end, kind))

    def part(self, start: int, end: int, kind: str) -> None:
        if self.text[start:end].strip():
            self.parts.append(Ignored(start, end, kind))

    def body(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def open(self, index: int) -> bool:
        return self.kinds[index] is None and bool(self.body(index).strip())

    def words_in(self, lines: range) -> int:
        return sum(len(self.body(i).split()) for i in lines if self.kinds[i] is None)


def _headers(marks: _Marks) -> list[tuple[int, bool]]:
    """Mark header lines; return (first line, is a reply) for each block of them."""
    blocks: list[tuple[int, bool]] = []
    in_block = False
    for i in range(len(marks.lines)):
        low = marks.body(i).lower()
        forward = _FORWARD.fullmatch(low) is not None
        reply = _REPLY_MARKER.fullmatch(low) is not None or _WROTE.fullmatch(low) is not None
        field = _FIELD.fullmatch(low) is not None
        subject = _SUBJECT.fullmatch(low) is not None and len(low.split()) <= MAX_SUBJECT_WORDS
        if forward or reply or field or subject:
            if not in_block:
                blocks.append((i, reply or (field and low.lstrip().startswith("from"))))
            marks.line(i, HEADER)
            in_block = True
        elif low.strip():
            in_block = False
    return blocks


def _replies(marks: _Marks, blocks: list[tuple[int, bool]]) -> None:
    """Below a reply header, and in lines quoted with ">", is the message being answered:
    left out when enough text comes before it (else it is the feedback, forwarded)."""
    quoted = [i for i in range(len(marks.lines)) if _QUOTE.match(marks.body(i))]
    for first, reply in blocks:
        if reply and marks.words_in(range(first)) >= MIN_REPLY_WORDS:
            for i in range(first, len(marks.lines)):
                marks.line(i, REPLY)
            break
    if quoted and marks.words_in(range(quoted[0])) >= MIN_REPLY_WORDS:
        for i in quoted:
            marks.line(i, QUOTED)


def _paragraphs(marks: _Marks) -> Iterator[list[int]]:
    block: list[int] = []
    for i in range(len(marks.lines)):
        if marks.body(i).strip():
            block.append(i)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _footers(marks: _Marks) -> None:
    paragraphs = list(_paragraphs(marks))
    for index, block in enumerate(paragraphs):
        if index == 0:
            continue  # a footer follows a message
        if any(_FOOTER.search(marks.body(i).lower()) for i in block):
            for i in block:
                marks.line(i, FOOTER)


def _name_like(line: str) -> bool:
    words = re.findall(r"[^\s,|/]+", line)
    if not words or len(words) > MAX_SIGNATURE_WORDS:
        return False
    return all(
        _NAME_WORD.fullmatch(w.strip("()[].:;-\u2013\u2014")) or not w.strip("()[].:;-\u2013\u2014")
        for w in words
    )


def _signature_line(line: str) -> bool:
    text = line.strip()
    if not text or (text[0] in "-*\u2022+" and not text.startswith("--")):
        return False
    if text.startswith("--") and len(text.strip("-_ ")) == 0:
        return True
    if _CONTACT.search(text) and len(text.split()) <= MAX_SIGNATURE_WORDS + 3:
        return True
    if text.endswith((".", "!", "?", ":")) and not text.endswith(("Ltd.", "Inc.")):
        return False
    if _JUDGING.search(text):
        return False
    return _name_like(text) or (
        bool(_TITLE_WORDS.search(text))
        and len(text.split()) <= MAX_SIGNATURE_WORDS
        and text[:1].isupper()
        and not re.search(r"\b(?:you|your|we|our|was|were|is|are|had|have)\b", text, re.I)
    )


def _is_sign_off(line: str) -> bool:
    match = _SIGN_OFF_LINE.fullmatch(line.lower())
    if not match:
        return False
    name = line[match.start("name") :].strip() if match.group("name") else ""
    return not name or _name_like(name) or _signature_line(name)


def _sign_offs(marks: _Marks) -> None:
    """From a sign-off to the next header (or the end) is a signature."""
    seen_words = 0
    i = 0
    while i < len(marks.lines):
        body = marks.body(i)
        if marks.open(i) and seen_words and _is_sign_off(body):
            marks.line(i, SIGN_OFF)
            i += 1
            while i < len(marks.lines) and marks.kinds[i] not in (HEADER, REPLY):
                marks.line(i, SIGNATURE)
                i += 1
            continue
        if marks.open(i):
            tail = _SIGN_OFF_TAIL.search(body)
            name = tail.group("name") if tail else ""
            if (
                tail
                and (seen_words or tail.start() > 0)
                and (_name_like(name) or _signature_line(name))
            ):
                start = marks.lines[i][0] + tail.start()
                marks.part(start, marks.lines[i][1], SIGN_OFF)
            seen_words += len(body.split())
        i += 1


def _trailing_signatures(marks: _Marks) -> None:
    """Signature lines at the end of each message (before a header or the end)."""
    ends = [i for i in range(len(marks.lines)) if marks.kinds[i] in (HEADER, REPLY)]
    for stop in [*ends, len(marks.lines)]:
        i = stop - 1
        block: list[int] = []
        while i >= 0 and marks.kinds[i] not in (HEADER, REPLY):
            body = marks.body(i)
            if not body.strip() or marks.kinds[i] is not None:
                i -= 1
                continue
            if not _signature_line(body):
                break
            block.append(i)
            i -= 1
        above = [j for j in range(i + 1) if marks.open(j)]
        if block and above and not marks.body(above[-1]).rstrip().endswith(":"):
            for j in block:
                marks.line(j, SIGNATURE)


def _greetings(marks: _Marks) -> None:
    first = True
    for i, (start, _) in enumerate(marks.lines):
        if not marks.open(i):
            continue
        body = marks.body(i)
        match = _GREETING.match(body.lower())
        if match:
            end = _greeting_end(body, match.end())
            marks.part(start, start + end, GREETING)
        elif first:
            vocative = _VOCATIVE.match(body)
            if vocative and vocative.group("name").lower() not in _NOT_A_NAME:
                marks.part(start, start + vocative.end(), GREETING)
        first = False


def _greeting_end(line: str, at: int) -> int:
    """The greeting with the name after it and its punctuation: "Dear Mr Pascal Moreau,"."""
    end = at
    for words, match in enumerate(re.finditer(r"\s*([\w.'\u2019-]+)", line[at:])):
        word = match.group(1)
        if words >= MAX_NAME_WORDS or not (
            _GREETED.fullmatch(word) or word.lower() in _NAME_FILLERS
        ):
            break
        if word.lower() in ("i", "we", "your", "you", "thanks", "thank"):
            break
        end = at + match.end()
    punct = re.match(r"\s*[,!:.\-\u2013\u2014]+", line[end:])
    return end + punct.end() if punct else end


def _sentence_start(norm: str, pos: int) -> bool:
    before = norm[:pos].rstrip(" \t")
    return not before.strip() or before[-1] in ".!?:;\n" or before.endswith(("\u2014", " -"))


def _courtesy(marks: _Marks, norm: str) -> None:
    for match in _COURTESY_SENTENCE.finditer(norm):
        if _sentence_start(norm, match.start()):
            marks.part(match.start(), match.end(), COURTESY)
    for match in _COURTESY_PHRASE.finditer(norm):
        marks.part(match.start(), match.end(), COURTESY)


def read_feedback(text: str) -> Reading:
    """The feedback text with its boilerplate blanked out (see the module doc)."""
    marks = _Marks(text)
    blocks = _headers(marks)
    _replies(marks, blocks)
    _footers(marks)
    _sign_offs(marks)
    _trailing_signatures(marks)
    _greetings(marks)
    chars = list(normalise(text))
    for part in marks.parts:
        for pos in range(part.start, part.end):
            if chars[pos] != "\n":
                chars[pos] = " "
    _courtesy(marks, "".join(chars))
    for part in marks.parts:
        for pos in range(part.start, part.end):
            if chars[pos] != "\n":
                chars[pos] = " "
    ignored = tuple(sorted(marks.parts, key=lambda p: (p.start, p.end)))
    return Reading(text, "".join(chars), ignored)
