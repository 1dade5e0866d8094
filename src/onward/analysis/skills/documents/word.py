"""The text of a .docx: zip sizes checked first, then the main part streamed through expat.

Nothing here builds a tree: the main document part is fed to expat in 64 KB pieces and only
the text of runs is kept, so memory stays at the file plus its text. The XML parser refuses
any DTD (the Open Packaging Conventions forbid them in a package, and entity declarations
are how "billion laughs" and external-entity files work), before a single entity is read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from typing import IO, Any, NoReturn
from xml.parsers import expat

from onward.analysis.skills.documents.limits import (
    MB,
    Budget,
    DocumentError,
    packed_too_tightly,
    size,
    unpacks_too_large,
)

CHUNK = 64 * 1024
RATIO_GRACE = 1 * MB  # smaller parts may compress as well as they like
UNREADABLE = "it is not a readable .docx file: "
DAMAGED = UNREADABLE + "the file is damaged or incomplete"
NOT_WORD = "it is not a Word document (.docx); save it from your word processor as .docx"
_PACKAGE_RELS = "_rels/.rels"
_MAIN_TYPE = "/officeDocument"  # the end of the main part's relationship type (any edition)
_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO 29500 strict
)
_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What each WordprocessingML element means for the text (other elements are skipped).
_ROLES = {"p": "p", "t": "t", "tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "tr": "tr"}
_ROLES |= {"tc": "tc", "noBreakHyphen": "-"}
_ACTIONS = {f"{ns}}}{local}": role for ns in _W for local, role in _ROLES.items()}
_ACTIONS[_FALLBACK] = "fallback"


def text_from_docx(data: bytes, budget: Budget) -> str:
    check_directory(data, budget)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_parts(archive.infolist(), budget)
            main = _main_part(archive, budget)
            body = BodyText(budget)
            _parse(archive, main, body.handlers(), budget)
            return body.text()
    except DocumentError:
        raise
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, OSError) as exc:
        raise DocumentError(DAMAGED) from exc
    except expat.ExpatError as exc:
        where = f"line {exc.lineno}, column {exc.offset}"
        raise DocumentError(f"{UNREADABLE}its XML is broken ({where})") from exc


def check_directory(data: bytes, budget: Budget) -> None:
    """Count the zip entries from its end record, before zipfile reads them all."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or len(data) < end + 22:
        return  # not a zip at all: zipfile says so
    entries = int.from_bytes(data[end + 10 : end + 12], "little")
    directory = int.from_bytes(data[end + 12 : end + 16], "little")
    zip64 = end >= 20 and data[end - 20 : end - 16] == b"PK\x06\x07"
    if zip64 or entries > budget.limits.max_parts or directory > budget.limits.max_parts * 512:
        raise _too_many_parts(budget)


def check_parts(infos: list[zipfile.ZipInfo], budget: Budget) -> None:
    """Refuse encrypted, oddly compressed, over-compressed or too many parts before reading."""
    limits = budget.limits
    if len(infos) > limits.max_parts:
        raise _too_many_parts(budget)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError("it is password-protected; save a copy without a password")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DocumentError(f"{UNREADABLE}a part uses a compression Word never writes")
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_GRACE and info.file_size > limits.max_ratio * packed:
            raise packed_too_tightly(limits)
    if total > limits.max_unpacked_bytes:
        raise unpacks_too_large(limits)


def _too_many_parts(budget: Budget) -> DocumentError:
    return DocumentError(
        f"it has more than {budget.limits.max_parts:,} parts; a Word document has a few dozen"
    )


def _main_part(archive: zipfile.ZipFile, budget: Budget) -> zipfile.ZipInfo:
    """The part the package's relationships name as the main document."""
    names = {info.filename: info for info in archive.infolist()}
    if _PACKAGE_RELS not in names:
        raise DocumentError(NOT_WORD)
    targets: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.endswith("}Relationship") and attrs.get("Type", "").endswith(_MAIN_TYPE):
            targets.append(attrs.get("Target", ""))

    _parse(archive, names[_PACKAGE_RELS], {"StartElementHandler": start}, budget)
    target = posixpath.normpath(targets[0].lstrip("/")) if targets else ""
    if target not in names:
        raise DocumentError(NOT_WORD)
    info = names[target]
    if info.file_size > budget.limits.max_xml_bytes:
        raise _xml_too_large(budget)
    return info


def _xml_too_large(budget: Budget) -> DocumentError:
    most = size(budget.limits.max_xml_bytes)
    return DocumentError(f"its text part unpacks to more than {most}; a resume needs less")


def _forbid_dtd(*_: object) -> NoReturn:
    raise DocumentError(
        f"{UNREADABLE}it has a DTD (XML entity declarations); Word never writes one"
    )


def _parse(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, handlers: dict[str, Any], budget: Budget
) -> None:
    """Stream one part through a DTD-refusing expat parser, within the XML budget."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_dtd
    parser.ExternalEntityRefHandler = _forbid_dtd
    for name, handler in handlers.items():
        setattr(parser, name, handler)
    with archive.open(info) as part:
        _feed(parser, part, budget)


def _feed(parser: expat.XMLParserType, part: IO[bytes], budget: Budget) -> None:
    read = 0
    while chunk := part.read(CHUNK):
        read += len(chunk)
        if read > budget.limits.max_xml_bytes:
            raise _xml_too_large(budget)
        parser.Parse(chunk, False)
        budget.check()
    parser.Parse(b"", True)


class BodyText:
    """Collects paragraphs in document order; a table row becomes "cell | cell".

    Paragraphs nest (a text box sits inside a run of its anchor paragraph) and so do tables,
    so open paragraphs, rows and cells are stacks. A text box is written twice, as DrawingML
    and as a VML fallback: everything under ``mc:Fallback`` is skipped.
    """

    def __init__(self, budget: Budget) -> None:
        self._budget = budget
        self._blocks: list[list[str]] = [[]]  # the body, then one per open cell
        self._paragraphs: list[list[str]] = []
        self._rows: list[list[str]] = []
        self._in_text = 0
        self._skipping = 0

    def handlers(self) -> dict[str, Callable[..., None]]:
        return {
            "StartElementHandler": self.start,
            "EndElementHandler": self.end,
            "CharacterDataHandler": self.data,
        }

    def text(self) -> str:
        return "\n".join(self._blocks[0])

    def start(self, name: str, _attrs: object) -> None:
        role = _ACTIONS.get(name)
        if role is None:
            return
        if role == "fallback":
            self._skipping += 1
        elif self._skipping:
            return
        elif role == "p":
            self._paragraphs.append([])
        elif role == "t":
            self._in_text += 1
        elif role == "tr":
            self._rows.append([])
        elif role == "tc":
            self._blocks.append([])
        else:
            self._put(role)

    def end(self, name: str) -> None:
        role = _ACTIONS.get(name)
        if role is None:
            return
        if role == "fallback":
            self._skipping -= 1
        elif self._skipping:
            return
        elif role == "p":
            self._blocks[-1].append("".join(self._paragraphs.pop()))
        elif role == "t":
            self._in_text -= 1
        elif role == "tc":
            cell = "\n".join(self._blocks.pop())
            (self._rows[-1] if self._rows else self._blocks[-1]).append(cell)
        elif role == "tr":
            self._blocks[-1].append(" | ".join(self._rows.pop()))

    def data(self, text: str) -> None:
        if self._in_text and not self._skipping:
            self._put(text)

    def _put(self, text: str) -> None:
        if self._paragraphs:
            self._paragraphs[-1].append(text)
            self._budget.add_text(len(text))
