"""Hostile resume files end in one DocumentError with a clear message, each defence on its own.

The corpus (``hostile_documents``) is built at run time. Every file is read in-process here
(``isolated=False``), so each refusal is the in-process budget's, not the child process's
backstop; a few run through the child process as well. No timing assertions: each budget is
shown to act by its own message, with the other limits opened wide.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace

import pytest

from onward.analysis.skills import documents
from onward.analysis.skills.documents import DocumentError, Limits, isolated, text_from_bytes
from onward.analysis.skills.documents.limits import MB
from onward.analysis.skills.tests import hostile_documents as hostile

pytest.importorskip("pypdf", reason="pypdf not installed")
OPEN = Limits(max_ratio=10**6, max_unpacked_bytes=10**9, max_xml_bytes=10**9)


@pytest.mark.parametrize("item", hostile.CORPUS, ids=[item.key for item in hostile.CORPUS])
def test_every_hostile_file_is_one_clear_refusal(item: hostile.Hostile) -> None:
    with pytest.raises(DocumentError) as refused:
        text_from_bytes(item.build(), item.filename, isolated=False)
    message = str(refused.value)
    assert item.expect in message
    assert "\n" not in message and not message.endswith(".")


@pytest.mark.parametrize(
    ("build", "filename", "limits", "message"),
    [
        pytest.param(
            lambda: hostile.zip_bomb_docx(100),
            "cv.docx",
            Limits(max_ratio=10**6),
            "unpacks to more than 64 MB",
            id="docx-declared-total",
        ),
        pytest.param(
            lambda: hostile.zip_bomb_docx(20),
            "cv.docx",
            Limits(max_ratio=10**6),
            "text part unpacks to more than 8 MB",
            id="docx-main-part",
        ),
        pytest.param(
            lambda: hostile.huge_run_docx(11),
            "cv.docx",
            OPEN,
            "more than 1,000,000 characters",
            id="docx-text-while-streaming",
        ),
        pytest.param(
            lambda: hostile.valid_docx("Python"),
            "cv.docx",
            Limits(max_parts=2),
            "more than 2 parts",
            id="docx-parts-from-end-record",
        ),
        pytest.param(
            lambda: hostile.deflate_bomb_pdf(20),
            "cv.pdf",
            Limits(max_unpacked_bytes=8 * MB),
            "unpacks to more than 8 MB",
            id="pdf-inflated-total",
        ),
        pytest.param(
            hostile.valid_pdf, "cv.pdf", Limits(max_streams=0), "more than 0 streams", id="streams"
        ),
        pytest.param(
            hostile.dense_text_pdf,
            "cv.pdf",
            Limits(max_content_bytes=MB // 4),
            "more than 256 KB of drawing",
            id="pdf-content-bytes",
        ),
        pytest.param(
            lambda: hostile.many_pages_pdf(4),
            "cv.pdf",
            Limits(max_tokens=25),
            "more than 25 instructions",
            id="pdf-tokens-across-pages",
        ),
        pytest.param(
            hostile.dense_text_pdf,
            "cv.pdf",
            Limits(max_tokens=10_000),
            "safety limit",  # pypdf's own cap per stream, set to the same number, acts first
            id="pdf-tokens-in-one-stream",
        ),
        pytest.param(
            lambda: hostile.many_pages_pdf(4),
            "cv.pdf",
            Limits(max_pages=3),
            "it has 4 pages; Onward reads up to 3",
            id="pdf-pages",
        ),
        pytest.param(
            lambda: hostile.font_maps_pdf(5, 10),
            "cv.pdf",
            Limits(max_font_map_bytes=32 * 1024),
            "character maps",
            id="pdf-page-font-maps",
        ),
        pytest.param(
            lambda: hostile.font_maps_pdf(2, 10, drawn_by_form=5),
            "cv.pdf",
            Limits(max_font_map_bytes=64 * 1024),
            "character maps",
            id="pdf-form-font-maps-per-draw",
        ),
        pytest.param(
            lambda: hostile.xform_fanout_pdf(3, 10),
            "cv.pdf",
            Limits(max_draws_per_page=50),
            "more than 50 images or forms",
            id="pdf-draws-inside-forms",
        ),
        pytest.param(
            lambda: hostile.valid_pdf("Python " * 20),
            "cv.pdf",
            Limits(max_chars=50),
            "more than 50 characters",
            id="pdf-text",
        ),
        pytest.param(
            lambda: b"x" * 2048,
            "cv.txt",
            Limits(max_file_bytes=1024),
            "larger than 1 KB",
            id="size",
        ),
    ],
)
def test_each_budget_stops_the_file_by_itself(
    build: Callable[[], bytes], filename: str, limits: Limits, message: str
) -> None:
    with pytest.raises(DocumentError, match=message):
        text_from_bytes(build(), filename, limits=limits, isolated=False)


def test_a_file_just_under_the_limits_is_read() -> None:
    fonts = hostile.font_maps_pdf(3, 10)
    limits = Limits(max_font_map_bytes=32 * 1024)
    assert text_from_bytes(fonts, "cv.pdf", limits=limits, isolated=False) == "Python"
    tight = replace(Limits(), max_xml_bytes=2 * MB)
    docx = hostile.docx_package([hostile.paragraph("SQL")] * 20_000)
    assert text_from_bytes(docx, "cv.docx", limits=tight).splitlines() == ["SQL"] * 20_000


class LateClock:
    """A clock that reads 0 when the budget starts, then is always past any deadline."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        return 0.0 if self.calls == 1 else 1e9


@pytest.mark.parametrize(
    ("build", "filename"),
    [
        pytest.param(lambda: hostile.valid_docx("Python"), "cv.docx", id="docx"),
        pytest.param(hostile.valid_pdf, "cv.pdf", id="pdf"),
    ],
)
def test_the_clock_stops_reading(build: Callable[[], bytes], filename: str) -> None:
    with pytest.raises(DocumentError, match="took longer than 10 seconds"):
        text_from_bytes(build(), filename, clock=LateClock(), isolated=False)


# --- the child process ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["pdf-aes256", "pdf-deflate-bomb", "pdf-xform-fanout", "pdf-garbage"]
)
def test_the_child_process_gives_the_same_refusals(key: str) -> None:
    item = hostile.by_key(key)
    with pytest.raises(DocumentError) as refused:
        text_from_bytes(item.build(), item.filename)
    assert item.expect in str(refused.value)


def test_the_child_process_reads_a_pdf() -> None:
    assert text_from_bytes(hostile.valid_pdf("Python and SQL"), "cv.pdf") == "Python and SQL"


def test_a_child_out_of_memory_is_a_refusal() -> None:
    # 16 MB of address space: loading pypdf already fails, as a runaway parse would.
    limits = Limits(max_memory_bytes=16 * MB)
    with pytest.raises(DocumentError, match="not a readable PDF"):
        text_from_bytes(hostile.valid_pdf(), "cv.pdf", limits=limits)


def test_a_child_past_its_time_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolated, "STARTUP_SECONDS", 0.0)
    with pytest.raises(DocumentError, match=r"took longer than 0\.01 seconds"):
        text_from_bytes(hostile.valid_pdf(), "cv.pdf", limits=Limits(seconds=0.01))


def test_without_a_child_process_the_budgets_still_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    assert text_from_bytes(hostile.valid_pdf("SQL"), "cv.pdf") == "SQL"
    with pytest.raises(DocumentError, match="encrypted"):
        text_from_bytes(hostile.aes256_pdf(), "cv.pdf")


def test_the_package_names_its_public_api() -> None:
    assert Limits().max_file_bytes == documents.MAX_BYTES
    assert {"DocumentError", "Limits", "text_from_bytes"} <= set(documents.__all__)
