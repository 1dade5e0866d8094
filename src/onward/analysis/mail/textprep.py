"""Make a body string readable before classification: HTML source, quoted-printable and
HTML entities that reached us undecoded (a raw export) become plain text."""

from __future__ import annotations

import html
import quopri
import re

from onward.analysis.mail.html_text import html_to_text

_HTML_TAG = re.compile(r"<(?:html|body|div|p|table|td|tr|br|span|a|font|center)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)
_QP_ESCAPE = re.compile(r"=(?:[0-9A-F]{2}|\r?\n)")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return len(_HTML_TAG.findall(text[:20000])) >= 4


def looks_quoted_printable(text: str) -> bool:
    escapes = _QP_ESCAPE.findall(text[:20000])
    return len(escapes) >= 5 and any(e in ("=3D", "=20", "=\n", "=\r\n") for e in escapes)


def readable_text(body: str) -> str:
    """``body`` itself when it is plain text; else its decoded, de-tagged text."""
    text = body
    if looks_quoted_printable(text):
        raw = quopri.decodestring(text.encode("utf-8", errors="surrogateescape"))
        text = raw.decode("utf-8", errors="replace")
    if looks_like_html(text):
        text = html_to_text(text)
    elif _ENTITY.search(text):  # entities left over from a careless HTML-to-text export
        text = html.unescape(text)
    return text
