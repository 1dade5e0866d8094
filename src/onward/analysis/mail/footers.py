"""Where the sign-off and the boilerplate (legal notices, notification footers) begin."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FOOTER = re.compile(
    r"unsubscribe|opt[- ]out\b|manage (?:your )?(?:e-?mail |notification |communication )?"
    r"(?:preferences|settings|subscriptions)|e-?mail preferences|notification settings|"
    r"you (?:are |were )?receiv(?:ed|ing) this|you(?:'re| are) receiving|"
    r"this (?:e-?mail|message|notification) (?:was|is|has been) (?:sent|intended|addressed)|"
    r"received this (?:e-?mail|message|communication) (?:in|by) (?:error|mistake)|"
    r"\bconfidential(?!ly| (?:conversation|chat|call|discussion|search|role|opportunity|"
    r"interview|process|basis|meeting|enquiry|inquiry|approach|assignment|position|vacancy))|"
    r"\bprivileged\b|intended (?:only |solely )?for the (?:use of the )?"
    r"(?:addressee|recipient|named|individual|person)|"
    r"\u00a9|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|"
    r"privacy (?:policy|notice|statement)|terms (?:of|and) (?:use|service|conditions)|"
    r"equal (?:employment )?opportunity|\beeo\b|affirmative action|"
    r"learn why we included this|view (?:this (?:e-?mail|message) |it )?(?:in|on) (?:your|a) "
    r"(?:web )?browser|\bhelp cent(?:er|re)\b|linkedin corporation|"
    r"powered by (?:greenhouse|lever|workday|icims|smartrecruiters|ashby|workable|jobvite|"
    r"bamboohr|teamtailor|personio|recruitee|taleo|successfactors)|"
    r"registered (?:office|in england|address)|company (?:registration|number|no\b)|"
    r"\bvat (?:no|number|reg)|follow us on|"
    r"(?:please )?do not reply|don't reply|no-?reply|not monitored|unattended mailbox|"
    r"this is an automated|automatically generated|sent automatically",
    re.I,
)
_SHORT = 110
_MAX_GAP = 5
_LONG_ONLY = re.compile(r"do not reply|don't reply|no-?reply|automated|automatically", re.I)
_URL_ONLY = re.compile(r"\s*(?:<?https?://\S+>?|www\.\S+|\[[^\]]{0,80}\])\s*", re.I)
_SIG_DELIMITER = re.compile(r"--\s?")
_MOBILE = re.compile(
    r"\s*(?:sent from my \w+|sent from (?:outlook|mail) for|get outlook for)", re.I
)
_VALEDICTION = re.compile(
    r"\s*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|"
    r"sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|respectfully|cheers|"
    r"all the best|many thanks|thanks(?: again| so much)?|thank you(?: again)?|with thanks|"
    r"mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|cordialement|"
    r"bien [àa] vous|saludos(?: cordiales)?|met vriendelijke groet)\s*[,.!]?\s*",
    re.I,
)


def _is_footer_line(text: str) -> bool:
    match = _FOOTER.search(text)
    if not match:
        return False
    # "Do not reply" inside a long paragraph is part of the message, not a footer.
    return len(text) <= 160 or not _LONG_ONLY.fullmatch(match.group())


def footer_start(lines: Sequence[str]) -> int:
    """Index of the first footer line (``len(lines)`` when there is no footer).

    The footer is the longest tail made of footer-like lines, links, blank and short lines,
    that starts with a footer-like line and leaves at least one line of content above it;
    at most a few short lines may sit between two footer lines.
    """
    start = len(lines)
    gap = 0  # content lines since the last footer line found (going up)
    i = len(lines) - 1
    while i > 0 and gap <= _MAX_GAP:
        text = lines[i].strip()
        if not text or _URL_ONLY.fullmatch(text):
            i -= 1
            continue
        if _is_footer_line(text):
            start, gap = i, 0
        elif len(text) > _SHORT:
            break
        else:
            gap += 1
        i -= 1
    if start < len(lines) and not any(line.strip() for line in lines[:start]):
        return len(lines)
    return start


def signature_start(lines: Sequence[str]) -> int:
    """Index where the sign-off begins (``len(lines)`` when none is found).

    A ``-- `` delimiter or a "Sent from my phone" line starts a signature; otherwise the
    last valediction ("Best regards,") in the second half, followed by a few short lines.
    """
    for i, line in enumerate(lines):
        if i and (_SIG_DELIMITER.fullmatch(line) or _MOBILE.match(line)):
            return i
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 3:
        return len(lines)
    for i in reversed(content[1:]):
        if _VALEDICTION.fullmatch(lines[i]):
            tail = [line for line in lines[i + 1 :] if line.strip()]
            if len(tail) <= 8 and all(len(line.strip()) <= 80 for line in tail):
                return i
            return len(lines)
    return len(lines)
