"""A small, forgiving HTML-to-text converter for email bodies (standard library only).

Block elements become line breaks, list items get a dash, table cells a space, quoted
blocks (``<blockquote>``) a ``> `` prefix so reply trimming still sees them. Scripts,
styles, the head and hidden elements (``display:none``, preheader padding) are dropped;
entities are decoded; runs of spaces collapse. Never raises.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "br",
        "li",
        "blockquote",
    ]
)
_DROP = frozenset({"script", "style", "head", "title", "template", "svg", "noscript", "object"})
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
# Invisible characters senders use to pad previews; soft hyphen; byte order mark.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_QUOTE_IN, _QUOTE_OUT, _PRE_IN, _PRE_OUT = "\x01", "\x02", "\x03", "\x04"
_MAX_PIECES = 2_000_000


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip_tag = ""  # inside a dropped or hidden element: its tag
        self.skip_depth = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag:
            if tag == self.skip_tag and tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _DROP or (tag not in _VOID and _hidden(attrs)):
            self.skip_tag, self.skip_depth = tag, 1
            return
        self._open(tag)

    def _open(self, tag: str) -> None:
        if tag == "li":
            self.pieces.append("\n- ")
        elif tag == "blockquote":
            self.pieces.append("\n" + _QUOTE_IN + "\n")
        elif tag == "pre":
            self.pre += 1
            self.pieces.append("\n" + _PRE_IN)
        elif tag in ("td", "th"):
            self.pieces.append(" ")
        elif tag in _BLOCK:
            self.pieces.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_tag and tag not in _DROP:
            self._open(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth <= 0:
                    self.skip_tag = ""
            return
        if tag == "blockquote":
            self.pieces.append("\n" + _QUOTE_OUT + "\n")
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.pieces.append(_PRE_OUT + "\n")
        elif tag in _BLOCK and tag != "li":  # the next item (or the list's end) breaks the line
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_tag or len(self.pieces) > _MAX_PIECES:
            return
        self.pieces.append(data if self.pre else _SPACES.sub(" ", data.replace("\n", " ")))


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden" or (name == "style" and value and _HIDDEN_STYLE.search(value)):
            return True
        if name == "aria-hidden" and value == "true":
            return True
    return False


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment."""
    collector = _Collector()
    try:
        collector.feed(html)
        collector.close()
        raw = "".join(collector.pieces)
    except Exception:  # a broken document still gets a best-effort text
        raw = re.sub(r"<[^>]{0,2000}>", "\n", html)
    return _layout(INVISIBLE.sub("", raw))


def _layout(raw: str) -> str:
    lines: list[str] = []
    depth = 0
    pre = False
    for line in raw.split("\n"):
        depth += line.count(_QUOTE_IN) - line.count(_QUOTE_OUT)
        depth = max(depth, 0)
        in_pre = pre or _PRE_IN in line
        pre = in_pre and _PRE_OUT not in line
        for marker in (_QUOTE_IN, _QUOTE_OUT, _PRE_IN, _PRE_OUT):
            line = line.replace(marker, "")
        text = line.rstrip() if in_pre else _SPACES.sub(" ", line).strip()
        if not text:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.append("> " * depth + text)
    return _squeeze(lines)


def _squeeze(lines: list[str]) -> str:
    """Join lines; a blank line only between paragraphs that were blocks apart."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return "\n".join(out).strip()
