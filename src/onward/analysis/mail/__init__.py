"""Job-search mail: read .eml files and mbox exports, classify each message, extract facts.

Pure Python (standard library ``email``), no Django, no network. Parsing gives
:class:`ParsedMail`; classification gives :class:`MailClassification`.
"""

from __future__ import annotations

from onward.analysis.mail.errors import MailFormatError, NotAnEmailError, NotAnMboxError
from onward.analysis.mail.folder import eml_paths, iter_eml_folder, read_eml_file
from onward.analysis.mail.html_text import html_to_text
from onward.analysis.mail.layout import body_layout
from onward.analysis.mail.mbox import iter_mbox
from onward.analysis.mail.model import (
    Address,
    Attachment,
    BodyLayout,
    ForwardedHeader,
    ParsedMail,
    Region,
)
from onward.analysis.mail.parse import parse_eml, parse_raw
from onward.analysis.mail.raw import RawMail

__all__ = [
    "Address",
    "Attachment",
    "BodyLayout",
    "ForwardedHeader",
    "MailFormatError",
    "NotAnEmailError",
    "NotAnMboxError",
    "ParsedMail",
    "RawMail",
    "Region",
    "body_layout",
    "eml_paths",
    "html_to_text",
    "iter_eml_folder",
    "iter_mbox",
    "parse_eml",
    "parse_raw",
    "read_eml_file",
]
