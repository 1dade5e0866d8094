"""How much work one resume file may cause, and the one error every refusal raises."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MB = 1024 * 1024


def size(count: int) -> str:
    """A byte count for people: "2 MB", "256 KB"."""
    if count >= MB and not count % MB:
        return f"{count // MB} MB"
    return f"{max(1, count // 1024):,} KB"


class DocumentError(ValueError):
    """The file cannot be read as a resume's text.

    The message is for the person who uploaded it: a lower-case clause without a final full
    stop ("it is damaged ..."), saying what is wrong and, where possible, what to do instead.
    Callers put it after their own words ("Cannot read this file: ...").
    """


@dataclass(frozen=True)
class Limits:
    """Budgets for reading one file. The defaults fit real resumes with a wide margin: a
    ten-page Word resume unpacks to well under 1 MB of XML; a PDF resume page holds some
    thousands of content tokens and its fonts' character maps a few KB each; the text of a
    long CV is some tens of thousands of characters.

    Sizes are checked before the work they bound (declared zip sizes before unpacking, all
    compressed PDF streams before parsing) and again while reading, so a file that lies about
    its sizes is stopped too. The clock is checked between small steps (64 KB of XML, each
    PDF operator, each page); a PDF is also read in a child process that the operating system
    stops at ``seconds`` (plus start-up) or ``max_memory_bytes``, whatever pypdf is doing.
    """

    max_file_bytes: int = 20 * MB  # the file as uploaded
    max_chars: int = 1_000_000  # text taken out of it
    seconds: float = 10.0  # wall-clock time for one file
    max_unpacked_bytes: int = 64 * MB  # all zip parts (declared) / all Flate streams (inflated)
    # .docx
    max_parts: int = 1_000  # zip entries (Word writes 10 to 50)
    max_ratio: int = 100  # unpacked / packed size of a part over 1 MB (Word's XML: 5 to 30)
    max_xml_bytes: int = 8 * MB  # the main document part, unpacked
    # .pdf
    max_pages: int = 50
    max_streams: int = 10_000  # stream objects in the file
    max_stream_bytes: int = 2 * MB  # any one stream pypdf decodes
    max_content_bytes: int = 2 * MB  # all pages' content streams, decoded
    max_tokens: int = 200_000  # content operators and operands interpreted, forms included
    max_font_map_bytes: int = 2 * MB  # fonts' character maps, counted each time one is loaded
    max_draws_per_page: int = 400  # images and forms a page draws (pypdf stops forms at 500)
    max_memory_bytes: int = 512 * MB  # address space of the child process that reads a PDF


class Budget:
    """The work done so far on one file. Passing a limit raises DocumentError and keeps it, so
    a caller whose callee swallowed the error (pypdf does, inside form XObjects) can re-raise."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._deadline = clock() + limits.seconds
        self.spent: str | None = None  # the message of the first limit passed
        self.chars = 0
        self.tokens = 0
        self.content_bytes = 0
        self.font_map_bytes = 0
        self.page_draws = 0

    def check(self) -> None:
        """Raise again if any limit was passed; stop if the time for this file is up."""
        if self.spent is not None:
            raise DocumentError(self.spent)
        if self._clock() > self._deadline:
            self._fail(too_slow(self.limits))

    def add_text(self, count: int) -> None:
        self.chars += count
        if self.chars > self.limits.max_chars:
            self._fail(
                f"it holds more than {self.limits.max_chars:,} characters of text; "
                "upload your resume alone"
            )

    def add_content(self, count: int) -> None:
        self.content_bytes += count
        if self.content_bytes > self.limits.max_content_bytes:
            self._fail(
                f"its pages hold more than {size(self.limits.max_content_bytes)} of "
                "drawing instructions, far more than a resume"
            )

    def add_font_map(self, count: int) -> None:
        self.font_map_bytes += count
        if self.font_map_bytes > self.limits.max_font_map_bytes:
            self._fail(
                f"its fonts load more than {size(self.limits.max_font_map_bytes)} of "
                "character maps, far more than a resume"
            )

    def add_tokens(self, count: int) -> None:
        self.tokens += count
        if self.tokens > self.limits.max_tokens:
            self._fail(
                f"its pages draw more than {self.limits.max_tokens:,} instructions, "
                "far more than a resume"
            )
        self.check()

    def add_draw(self) -> None:
        self.page_draws += 1
        if self.page_draws > self.limits.max_draws_per_page:
            self._fail(
                f"a page draws more than {self.limits.max_draws_per_page} images or forms, "
                "far more than a resume"
            )

    def _fail(self, error: DocumentError | str) -> None:
        self.spent = str(error)
        raise DocumentError(self.spent)


def too_slow(limits: Limits) -> DocumentError:
    return DocumentError(
        f"reading it took longer than {limits.seconds:g} seconds; "
        "a resume is much simpler than this file"
    )


def packed_too_tightly(limits: Limits) -> DocumentError:
    return DocumentError(
        f"a part of it unpacks to more than {limits.max_ratio} times its packed size, "
        "which a real document never does"
    )


def unpacks_too_large(limits: Limits) -> DocumentError:
    return DocumentError(
        f"it unpacks to more than {size(limits.max_unpacked_bytes)}, far more than a resume needs"
    )
