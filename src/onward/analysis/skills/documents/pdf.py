"""The text of a PDF, read by pypdf inside fixed budgets (in-process; see ``isolated`` for
the child process that adds hard limits around this).

Three layers, cheapest first:

1. Before pypdf parses anything, every Flate stream in the file is inflated once into a
   counter (nothing kept), so the whole file cannot unpack to more than
   ``max_unpacked_bytes``; too many streams are refused before that.
2. pypdf's own limits (``pypdf.Configuration``, pypdf >= 7.1) are tightened for the call:
   the decoded size of any one stream, tokens parsed per content stream, form XObject draws,
   page tree and dictionary sizes; and it never runs an external program.
3. Pages are read one at a time against budgets for the whole file: page count, decoded
   content bytes, character maps of the fonts each page loads (pypdf parses them again for
   every page), content tokens interpreted (counted by a visitor pypdf calls before every
   operator, which also checks the clock), and characters of text.

pypdf raises many exception types on damaged files (its own, but also ``KeyError``,
``AssertionError``, ``RecursionError`` ...): whatever leaves a pypdf call is a property of
the file, so it becomes one DocumentError. Encrypted PDFs are refused: see ``ENCRYPTED``.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from onward.analysis.skills.documents.limits import MB, Budget, DocumentError, unpacks_too_large

T = TypeVar("T")
CHUNK = 64 * 1024
UNREADABLE = "it is not a readable PDF (the file is damaged, or uses features Onward cannot read)"
LIMITED = "it is not a readable PDF: it is built in a way no resume is (a safety limit stopped it)"
# Refused whatever the cipher, even when pypdf could decrypt it (RC4, or no user password):
# AES needs the `cryptography` package, which Onward does not depend on for this alone, and
# refusing every encrypted file behaves the same on every install. A PDF with only copy or
# print restrictions is encrypted too; re-saving it is a few seconds' work for its owner.
ENCRYPTED = (
    "the PDF is encrypted (a password, or copy restrictions); save or print it to a new PDF "
    "without them, or upload the .docx"
)
_STREAM = re.compile(rb"(?<!end)stream *(?:\r\n|\r|\n)")
log = logging.getLogger(__name__)


def text_from_pdf(data: bytes, budget: Budget) -> str:
    check_inflated_size(data, budget)
    import pypdf  # on use: the .txt and .docx paths do not need it

    with pypdf.apply_configuration(**pypdf_limits(budget)):
        reader = _call(budget, lambda: pypdf.PdfReader(io.BytesIO(data), strict=False))
        if _call(budget, lambda: reader.is_encrypted):
            raise DocumentError(ENCRYPTED)
        return "\n".join(_page_text(page, budget) for page in _pages(reader, budget))


def check_inflated_size(data: bytes, budget: Budget) -> None:
    """Inflate every stream that starts like zlib data into a counter, within the budget."""
    left = budget.limits.max_unpacked_bytes
    for count, match in enumerate(_STREAM.finditer(data), 1):
        if count > budget.limits.max_streams:
            raise DocumentError(
                f"it has more than {budget.limits.max_streams:,} streams, far more than a resume"
            )
        left -= inflated_size(memoryview(data)[match.end() :], left + 1)
        if left < 0:
            raise unpacks_too_large(budget.limits)
        budget.check()


def inflated_size(data: memoryview, most: int) -> int:
    """How many bytes the zlib (or gzip) data at the start of ``data`` inflates to, counting
    up to just past ``most``: 0 if it is not zlib data, what came out before any damage."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    size = 0
    try:
        for start in range(0, len(data), CHUNK):
            pending: bytes | memoryview = data[start : start + CHUNK]
            while pending and size <= most and not inflater.eof:
                size += len(inflater.decompress(pending, MB))
                pending = inflater.unconsumed_tail
            if size > most or inflater.eof:
                break
    except zlib.error:
        pass
    return size


def pypdf_limits(budget: Budget) -> dict[str, Any]:
    """Overrides of ``pypdf.Configuration`` for one file."""
    limits = budget.limits
    stream = limits.max_stream_bytes
    return {
        "maximum_declared_stream_length": limits.max_file_bytes,
        "array_based_stream_maximum_output_length": limits.max_content_bytes,
        "zlib_maximum_output_length": stream,
        "lzw_maximum_output_length": stream,
        "run_length_maximum_output_length": stream,
        "brotli_maximum_output_length": stream,
        "jbig2_maximum_output_length": stream,
        "image_maximum_buffer_size": stream,
        "zlib_maximum_recovery_input_length": 64 * 1024,  # tried byte by byte, in Python
        "stream_decoding_work_maximum_length": 4 * stream,
        "stream_parsing_work_maximum_count": limits.max_tokens,
        "array_maximum_element_count": 20_000,
        "dictionary_maximum_element_count": 2_000,
        "xform_maximum_invocations_per_extraction": limits.max_draws_per_page + 100,
        "page_tree_maximum_entries": 20 * limits.max_pages,
        "page_tree_maximum_page_entries": 20 * limits.max_pages,
        "jbig2dec_binary": None,  # never run an external program on an upload
    }


def _call(budget: Budget, step: Callable[[], T]) -> T:
    """Run one pypdf step; whatever it raises is a property of the file. A budget passed
    inside the step counts even if pypdf caught the error (it does, inside form XObjects)."""
    try:
        result = step()
    except DocumentError:
        raise
    except Exception as exc:
        budget.check()
        raise _unreadable(exc) from exc
    budget.check()
    return result


def _unreadable(exc: Exception) -> DocumentError:
    from pypdf.errors import DependencyError, LimitReachedError

    log.info("unreadable PDF: %s: %s", type(exc).__name__, exc)
    if isinstance(exc, DependencyError):  # only the AES ciphers need a missing package
        return DocumentError(ENCRYPTED)
    if isinstance(exc, (LimitReachedError, RecursionError, MemoryError)):
        return DocumentError(LIMITED)
    return DocumentError(UNREADABLE)


def _pages(reader: Any, budget: Budget) -> Iterator[Any]:
    declared = _call(budget, lambda: _declared_pages(reader))
    count = (
        declared if declared > budget.limits.max_pages else _call(budget, lambda: len(reader.pages))
    )
    if count > budget.limits.max_pages:
        raise DocumentError(
            f"it has {count:,} pages; Onward reads up to {budget.limits.max_pages} "
            "(upload your resume alone)"
        )
    pages = reader.pages
    for index in range(count):
        yield _call(budget, functools.partial(pages.__getitem__, index))


def _declared_pages(reader: Any) -> int:
    """The page count the file claims, read before pypdf walks the page tree."""
    count = reader.root_object["/Pages"].get_object().get("/Count", 0)
    return count if isinstance(count, int) else 0


def _page_text(page: Any, budget: Budget) -> str:
    budget.check()
    budget.page_draws = 0
    _call(budget, lambda: _count_content(page, budget))
    own, per_form = _call(budget, lambda: _font_map_costs(page))
    budget.add_font_map(own)

    def visit(operator: object, operands: object, *_: object) -> None:
        budget.add_tokens(1 + _size(operands))
        if operator == b"Do" and isinstance(operands, list) and operands:
            budget.add_draw()
            budget.add_font_map(per_form.get(str(operands[0]), 0))

    text = _call(budget, lambda: page.extract_text(visitor_operand_before=visit))
    budget.add_text(len(text or ""))
    return str(text or "")


def _size(operands: object) -> int:
    if not isinstance(operands, list):
        return 0
    return sum(1 + (len(item) if isinstance(item, list) else 0) for item in operands)


def _count_content(page: Any, budget: Budget) -> None:
    """Decode the page's content streams one by one (pypdf keeps them for extract_text),
    adding their sizes to the budget before any of them is parsed."""
    from pypdf.errors import LimitReachedError
    from pypdf.generic import StreamObject

    for item in _items(page.get("/Contents")):
        stream = item.get_object()
        if isinstance(stream, StreamObject):
            try:
                budget.add_content(len(stream.get_data()))
            except LimitReachedError:  # one stream over max_stream_bytes
                budget.add_content(budget.limits.max_content_bytes + 1)


def _font_map_costs(page: Any) -> tuple[int, dict[str, int]]:
    """The character-map bytes pypdf parses for the page's fonts, and, by XObject name, for
    the fonts of each form the page can draw. pypdf parses them again for every page and
    every form drawing, in Python, whether the font is used or not; so they are charged per
    page and per ``Do`` (the largest form of a name, if several forms share it)."""
    from pypdf.generic import StreamObject

    page_resources = _dictionary(page.get_inherited("/Resources", None))
    per_form: dict[str, int] = {}
    seen: set[int] = set()
    pending = [page_resources]
    while pending:
        for name, ref in _dictionary(pending.pop().get("/XObject")).items():
            form = ref.get_object()
            if not isinstance(form, StreamObject) or form.get("/Subtype") != "/Form":
                continue
            resources = _dictionary(form.get("/Resources"))
            per_form[str(name)] = max(per_form.get(str(name), 0), _font_map_bytes(resources))
            if id(form) not in seen:
                seen.add(id(form))
                pending.append(resources)
    return _font_map_bytes(page_resources), per_form


def _font_map_bytes(resources: Any) -> int:
    from pypdf.generic import StreamObject

    total = 0
    for font in _dictionary(resources.get("/Font")).values():
        font = _dictionary(font)
        for key in ("/ToUnicode", "/Encoding"):
            cmap = font.get(key)
            cmap = cmap.get_object() if cmap is not None else None
            if isinstance(cmap, StreamObject):
                total += len(cmap.get_data())
    return total


def _dictionary(value: Any) -> Any:
    """The dictionary ``value`` refers to, or an empty one."""
    from pypdf.generic import DictionaryObject

    found = value.get_object() if value is not None else None
    return found if isinstance(found, DictionaryObject) else DictionaryObject()


def _items(value: Any) -> list[Any]:
    """The objects of an array ``value`` refers to, or the object itself, or nothing."""
    from pypdf.generic import ArrayObject

    found = value.get_object() if value is not None else None
    if found is None:
        return []
    return list(found) if isinstance(found, ArrayObject) else [found]
