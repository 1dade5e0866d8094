"""Split a body text into the author's words, forwarded mail, quotes, signature and footers.

Works on plain text (HTML is converted first) and on whatever line endings it gets;
regions are character offsets into the text as given, so evidence found in a region can
be shown in place. Forwarded messages are kept as readable content (a forwarded employer
email is often the whole point); quoted replies are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.analysis.mail.footers import footer_start, signature_start
from onward.analysis.mail.model import BodyLayout, ForwardedHeader, Region

_FORWARD = re.compile(
    r"\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|"
    r"mensaje reenviado|doorgestuurd bericht)\s*-{2,}|begin forwarded message:|"
    r"-{2,}\s*forwarded by .*)\s*",
    re.I,
)
_ORIGINAL = re.compile(
    r"\s*-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine|"
    r"mensaje original)\s*-{2,}\s*",
    re.I,
)
_HEADER_LINE = re.compile(
    r"\s*\*?(from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|datum|an|betreff|de|"
    r"envoy[ée]|à|objet|enviado el|para|asunto)\*?\s*:\s*(.*)",
    re.I,
)
_ATTRIBUTION_START = re.compile(r"\s*(?:on|am|le|el|op|il)\s+\S", re.I)
_ATTRIBUTION_END = re.compile(
    r"(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|schreef|ha\s+scritto)\s*:\s*$", re.I
)
_UNDERSCORES = re.compile(r"\s*_{8,}\s*")
_FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|fw|wg|tr|rv)\s*:", re.I)
_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv|antw)\s*:", re.I)


@dataclass
class _Line:
    start: int
    end: int  # without the line break
    text: str
    kind: str = "main"


def _lines(text: str) -> list[_Line]:
    out = []
    for match in re.finditer(r"[^\n]*\n|[^\n]+$", text):
        line = match.group().rstrip("\r\n")
        out.append(_Line(match.start(), match.start() + len(line), line))
    return out


def body_layout(text: str, *, subject: str = "") -> BodyLayout:
    """Regions of ``text``; ``subject`` helps tell a forward (Fwd:) from a reply (Re:)."""
    lines = _lines(text)
    thread = "forward" if _FORWARD_SUBJECT.match(subject) else ""
    thread = thread or ("reply" if _REPLY_SUBJECT.match(subject) else "")
    forwarded = _mark_quotes_and_forwards(lines, thread=thread)
    _mark_tails(lines)
    return BodyLayout(text=text, regions=_regions(text, lines), forwarded=tuple(forwarded))


def _mark_quotes_and_forwards(lines: list[_Line], *, thread: str) -> list[ForwardedHeader]:
    forwarded: list[ForwardedHeader] = []
    kind = "main"
    i = 0
    while i < len(lines):
        line = lines[i]
        found = _block_start(lines, i, thread=thread)
        if found is not None:
            block_kind, header_end, fields = found
            for j in range(i, header_end):
                lines[j].kind = "header"
            if block_kind == "forwarded" and header_end < len(lines):
                forwarded.append(_forward_header(fields, lines[header_end].start))
            kind = block_kind
            i = header_end
            continue
        if line.text.lstrip().startswith(">"):
            line.kind = "quoted"
        elif kind == "quoted" and _bottom_posted(lines, i):
            kind = "main"
            line.kind = kind
        else:
            line.kind = kind
        i += 1
    return forwarded


def _block_start(
    lines: list[_Line], i: int, *, thread: str
) -> tuple[str, int, dict[str, str]] | None:
    """A forward marker, an original-message marker, an Outlook header block or an
    "On ... wrote:" line at ``i``: (kind of what follows, index after the block, fields)."""
    text = lines[i].text
    if _FORWARD.fullmatch(text):
        end, fields = _header_block(lines, i + 1)
        return "forwarded", end, fields
    if _ORIGINAL.fullmatch(text) or _UNDERSCORES.fullmatch(text):
        end, fields = _header_block(lines, i + 1)
        if _UNDERSCORES.fullmatch(text) and not fields:
            return None
        return _reply_or_forward(lines, i, thread), end, fields
    first = _HEADER_LINE.match(text)
    if first and first[1].lower() in ("from", "von", "de"):
        end, fields = _header_block(lines, i)
        if len(fields) >= 3:
            return _reply_or_forward(lines, i, thread), end, fields
    attribution_end = _attribution(lines, i)
    if attribution_end:
        return "quoted", attribution_end, {}
    return None


def _reply_or_forward(lines: list[_Line], i: int, thread: str) -> str:
    """Quoted history in a reply; forwarded content in a forward; otherwise forwarded when
    there is almost nothing above (a forward without "Fwd:")."""
    if thread:
        return "forwarded" if thread == "forward" else "quoted"
    words = sum(len(line.text.split()) for line in lines[:i] if line.kind == "main")
    return "forwarded" if words < 4 else "quoted"


def _header_block(lines: list[_Line], i: int) -> tuple[int, dict[str, str]]:
    fields: dict[str, str] = {}
    j = i
    while j < len(lines) and j - i < 14:
        match = _HEADER_LINE.match(lines[j].text)
        if match:
            fields.setdefault(_field_name(match[1]), match[2].strip())
        elif lines[j].text.strip() and fields:
            break
        elif lines[j].text.strip():
            return i, fields
        j += 1
    return j, fields


def _field_name(name: str) -> str:
    name = name.lower()
    for canonical, aliases in (
        ("from", ("from", "von", "de")),
        ("date", ("date", "sent", "gesendet", "datum", "envoyé", "envoye", "enviado el")),
        ("subject", ("subject", "betreff", "objet", "asunto")),
    ):
        if name in aliases:
            return canonical
    return name


def _forward_header(fields: dict[str, str], start: int) -> ForwardedHeader:
    return ForwardedHeader(
        sender=fields.get("from", ""),
        subject=fields.get("subject", ""),
        date=fields.get("date", ""),
        start=start,
    )


def _attribution(lines: list[_Line], i: int) -> int:
    """Index after an "On <date>, <name> wrote:" attribution starting at ``i`` (0 if none)."""
    if not _ATTRIBUTION_START.match(lines[i].text):
        return 0
    joined = ""
    for j in range(i, min(i + 4, len(lines))):
        joined += " " + lines[j].text
        if len(joined) > 400:
            return 0
        if _ATTRIBUTION_END.search(joined):
            return j + 1
    return 0


def _bottom_posted(lines: list[_Line], i: int) -> bool:
    """After a ``>`` quote, an unquoted line is the author's again (bottom posting)."""
    if not lines[i].text.strip():
        return False
    previous = [line for line in lines[:i] if line.text.strip()]
    return bool(previous) and previous[-1].text.lstrip().startswith(">")


def _mark_tails(lines: list[_Line]) -> None:
    """Signature and footer at the end of each main or forwarded stretch."""
    for first, last in _stretches(lines):
        texts = [line.text for line in lines[first:last]]
        footer = footer_start(texts)
        for line in lines[first + footer : last]:
            line.kind = "footer"
        signature = signature_start(texts[:footer])
        for line in lines[first + signature : first + footer]:
            line.kind = "signature"


def _stretches(lines: list[_Line]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i].kind not in ("main", "forwarded"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == lines[i].kind:
            j += 1
        out.append((i, j))
        i = j
    return out


def _regions(text: str, lines: list[_Line]) -> tuple[Region, ...]:
    regions: list[Region] = []
    for index, line in enumerate(lines):
        end = lines[index + 1].start if index + 1 < len(lines) else len(text)
        kind = line.kind
        if not line.text.strip() and regions:
            kind = regions[-1].kind  # blank lines belong to what precedes them
        if regions and regions[-1].kind == kind:
            regions[-1] = Region(kind, regions[-1].start, end)
        else:
            regions.append(Region(kind, line.start if not regions else regions[-1].end, end))
    if not regions:
        return (Region("main", 0, len(text)),)
    return tuple(regions)
