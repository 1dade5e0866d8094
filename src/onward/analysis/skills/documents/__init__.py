"""Plain text from resume files (.txt/.md, .docx, .pdf), read within fixed budgets.

``text_from_bytes`` is the only entry point. Whatever is wrong with a file (unsupported,
mislabelled, empty, damaged, encrypted, or built to exhaust the server: zip and deflate bombs,
XML entity expansion, millions of drawing operators) ends in one ``DocumentError`` whose
message can be shown as is; see ``Limits`` for the budgets and their defaults.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import PurePath

from onward.analysis.skills.documents.isolated import text_from_pdf_isolated
from onward.analysis.skills.documents.limits import Budget, DocumentError, Limits, size
from onward.analysis.skills.documents.pdf import text_from_pdf
from onward.analysis.skills.documents.word import text_from_docx

__all__ = ["MAX_BYTES", "SUPPORTED", "DocumentError", "Limits", "text_from_bytes"]

DEFAULT_LIMITS = Limits()
MAX_BYTES = DEFAULT_LIMITS.max_file_bytes
SUPPORTED = (".txt", ".md", ".docx", ".pdf")
# File signatures, to say what a mislabelled file really is, and what to do about it.
_SIGNATURES = (
    (b"%PDF-", "a PDF", "rename it to .pdf"),
    (b"PK\x03\x04", "a zip archive (such as a .docx)", "rename it to .docx if it is one"),
    (b"\xd0\xcf\x11\xe0", "a password-protected or old (.doc) Word file", "save it as .docx"),
    (b"{\\rtf", "an RTF document", "save it as .docx or PDF"),
    (b"\x89PNG", "an image", "upload the resume's .docx or PDF"),
    (b"\xff\xd8\xff", "an image", "upload the resume's .docx or PDF"),
)


def text_from_bytes(
    data: bytes,
    filename: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    clock: Callable[[], float] = time.monotonic,
    isolated: bool = True,
) -> str:
    """The text of a resume file, chosen by the file name's extension, or a DocumentError.

    A PDF is read in a child process with hard time and memory limits unless ``isolated`` is
    false (then only the in-process budgets hold; ``clock`` is used in this process only).
    """
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(
            f"{filename}: unsupported file type {suffix or '(none)'}; use {', '.join(SUPPORTED)}"
        )
    if not data:
        raise DocumentError("the file is empty")
    if len(data) > limits.max_file_bytes:
        raise DocumentError(f"the file is larger than {size(limits.max_file_bytes)}")
    _check_signature(data, suffix)
    budget = Budget(limits, clock)
    if suffix == ".docx":
        text = text_from_docx(data, budget)
    elif suffix == ".pdf":
        text = text_from_pdf_isolated(data, limits) if isolated else text_from_pdf(data, budget)
    else:
        text = text_from_txt(data, budget)
    if not text.strip():
        raise DocumentError("it contains no readable text (is it a scanned image?)")
    return text


def text_from_txt(data: bytes, budget: Budget) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        if "\x00" in text:
            raise DocumentError("it is not plain text (it holds binary data)")
    budget.add_text(len(text))
    return text


def _check_signature(data: bytes, suffix: str) -> None:
    """Refuse a file whose first bytes say it is something other than its extension."""
    head = data[:1024]
    if (suffix == ".pdf" and b"%PDF-" in head) or (
        suffix == ".docx" and head.startswith(b"PK\x03\x04")
    ):
        return
    found = next((item for item in _SIGNATURES if head.startswith(item[0])), None)
    if found is not None:
        _signature, what, advice = found
        raise DocumentError(f"it is {what}, not a {suffix} file; {advice}")
    if suffix in (".pdf", ".docx"):
        raise DocumentError(f"it is not a {suffix} file (it does not start like one)")
