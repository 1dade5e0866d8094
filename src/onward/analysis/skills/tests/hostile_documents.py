"""Hostile resume files, built as bytes at run time (no binary fixture is committed).

Each entry of ``CORPUS`` is one probe of the hardening issue: zip and deflate bombs, XML
entity tricks, encrypted, damaged and mislabelled files. The builders are pure Python (zipfile,
zlib) so they do not depend on python-docx or pypdf behaving; the heavy ones are cached, so a
test run builds each file once. ``python -m onward.bench documents`` measures them.
"""

from __future__ import annotations

import functools
import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

MB = 1024 * 1024
W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_DOC_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_DOC_OPEN = b'<w:document xmlns:w="' + W + b'"><w:body>'
_DOC_CLOSE = b"</w:body></w:document>"


@dataclass(frozen=True)
class Hostile:
    """One hostile file: its test id (which says the type it claims), how to build it, and a
    fragment of the message its refusal must carry."""

    key: str
    build: Callable[[], bytes]
    expect: str

    @property
    def filename(self) -> str:
        """The name it is uploaded as: cv.docx, cv.pdf or cv.txt, or no extension at all."""
        kind = self.key.partition("-")[0]
        return f"cv.{kind}" if kind in ("docx", "pdf", "txt") else "resume"

    @property
    def why(self) -> str:
        """What it probes: the first line of its builder's docstring."""
        return (self.build.__doc__ or self.key).strip().splitlines()[0]


# --- .docx --------------------------------------------------------------------------------


def paragraph(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def docx_package(body: Iterable[bytes], *, prolog: bytes = b"", entries: int = 0) -> bytes:
    """A minimal WordprocessingML package whose document.xml streams ``body`` chunks."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w") as handle:
            handle.write(_DOC_HEAD + prolog + _DOC_OPEN)
            for chunk in body:
                handle.write(chunk)
            handle.write(_DOC_CLOSE)
        for number in range(entries):
            archive.writestr(zipfile.ZipInfo(f"x/{number}"), b"")
    return out.getvalue()


def valid_docx(*lines: str) -> bytes:
    return docx_package(paragraph(line) for line in lines)


def _repeat(chunk: bytes, total: int) -> Iterator[bytes]:
    block = chunk * max(1, MB // len(chunk))
    for _ in range(max(1, total // len(block))):
        yield block


@functools.cache
def zip_bomb_docx(inflated_mb: int = 100) -> bytes:
    """A few hundred KB whose document.xml inflates to ``inflated_mb`` MB of paragraphs."""
    return docx_package(_repeat(paragraph("Python developer, SQL and Docker."), inflated_mb * MB))


@functools.cache
def lying_zip_bomb_docx() -> bytes:
    """The zip bomb with its size fields rewritten to claim document.xml is 4 KB."""
    data = bytearray(zip_bomb_docx(20))
    name = b"word/document.xml"
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name.decode()).header_offset
    data[local + 22 : local + 26] = (4096).to_bytes(4, "little")
    central = data.rfind(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.rfind(b"PK\x01\x02", 0, central)
    data[central + 24 : central + 28] = (4096).to_bytes(4, "little")
    return bytes(data)


def billion_laughs_docx() -> bytes:
    """Ten levels of entities, each ten times the one below: 10**10 "lol"s if expanded."""
    levels = [b'<!ENTITY l0 "lol">']
    for level in range(1, 11):
        levels.append(b'<!ENTITY l%d "%s">' % (level, b"&l%d;" % (level - 1) * 10))
    prolog = b"<!DOCTYPE w:document [" + b"".join(levels) + b"]>\n"
    return docx_package([b"<w:p><w:r><w:t>&l10;</w:t></w:r></w:p>"], prolog=prolog)


def external_entity_docx() -> bytes:
    """An external entity (XXE) that would read a local file into the resume's text."""
    prolog = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    return docx_package([b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"], prolog=prolog)


def bad_xml_docx() -> bytes:
    """document.xml that is not well-formed (a run closes a tag it never opened)."""
    return docx_package([b"<w:p><w:r><w:t>Python</w:r></w:t></w:p>"])


@functools.cache
def huge_run_docx(run_mb: int = 11) -> bytes:
    """One text run longer than libxml2's 10 MB limit for a single text node."""
    text = b"SQL " * (run_mb * MB // 4)
    return docx_package([b"<w:p><w:r><w:t>", text, b"</w:t></w:r></w:p>"])


@functools.cache
def many_entries_docx(entries: int = 40_000) -> bytes:
    """A small document with ``entries`` empty zip entries beside it."""
    return docx_package([paragraph("Python")], entries=entries)


def not_word_docx() -> bytes:
    """A valid zip that is not a Word document (no main document part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "Python and SQL")
    return out.getvalue()


def truncated_docx() -> bytes:
    """The first half of a valid .docx."""
    data = valid_docx("Python and SQL", "Docker and Kubernetes")
    return data[: len(data) // 2]


def ole_docx() -> bytes:
    """An OLE compound file: what Word writes for a password-protected .docx (or a .doc)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096)


# --- .pdf ---------------------------------------------------------------------------------


def pdf_file(objects: Sequence[bytes], *, trailer: bytes = b"") -> bytes:
    """A PDF of numbered ``objects`` (1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    size = len(objects) + 1
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (size, trailer))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def deflated_repeat(chunk: bytes, total: int) -> bytes:
    """zlib data for ``chunk`` repeated to about ``total`` bytes, compressing it only twice.

    After a full flush the compressor forgets its history, so every repetition encodes to the
    same bytes; only the Adler-32 checksum at the end has to cover the whole output.
    """
    block = chunk * max(1, MB // len(chunk))
    count = max(1, total // len(block))
    packer = zlib.compressobj(9)
    head = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    body = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.flush()
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(block, checksum)
    return head + body * (count - 1) + tail[:-4] + checksum.to_bytes(4, "big")


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_RESOURCES = b"/Resources << /Font << /F1 5 0 R >> >>"


def one_page_pdf(content: bytes, *, trailer: bytes = b"", extra: Sequence[bytes] = ()) -> bytes:
    """Catalog 1, pages 2, page 3, ``content`` (a whole stream object) 4, font 5, then extra."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s >>"
    objects = [
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page % _RESOURCES,
        content,
        _FONT,
        *extra,
    ]
    return pdf_file(objects, trailer=trailer)


def text_ops(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + text.encode() + b") Tj ET\n"


def valid_pdf(text: str = "Python and SQL") -> bytes:
    return one_page_pdf(stream(text_ops(text)))


@functools.cache
def deflate_bomb_pdf(inflated_mb: int = 500) -> bytes:
    """One page whose FlateDecode content stream inflates to ``inflated_mb`` MB of spaces."""
    data = deflated_repeat(b" " * 4096, inflated_mb * MB)
    return one_page_pdf(stream(data, b"/Filter /FlateDecode "))


@functools.cache
def text_operators_pdf(inflated_mb: int = 50) -> bytes:
    """One page with ``inflated_mb`` MB of text-showing operators, deflated."""
    data = deflated_repeat(text_ops("Python, SQL and Docker"), inflated_mb * MB)
    return one_page_pdf(stream(data, b"/Filter /FlateDecode "))


@functools.cache
def many_pages_pdf(pages: int = 20_000) -> bytes:
    """``pages`` pages that all draw the same small content stream."""
    kids = b" ".join(b"%d 0 R" % (6 + n) for n in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R %s >>"
    objects = [
        _CATALOG,
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        stream(text_ops("Python")),
        b"null",
        _FONT,
        *([page % _RESOURCES] * pages),
    ]
    return pdf_file(objects)


def page_tree_cycle_pdf() -> bytes:
    """A /Pages node that lists itself among its kids."""
    objects = [_CATALOG, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s >>"
    objects += [page % _RESOURCES, stream(text_ops("Python")), _FONT]
    return pdf_file(objects)


def xform_fanout_pdf(depth: int = 7, fanout: int = 10) -> bytes:
    """Form XObjects that each draw the next one ``fanout`` times: fanout**depth draws."""
    first = 6  # object number of form 0 (after catalog, pages, page, content, font)
    extra = []
    for level in range(depth):
        if level == depth - 1:
            body = text_ops("Python")
            names = b""
        else:
            body = b"/X Do\n" * fanout
            names = b"/XObject << /X %d 0 R >>" % (first + level + 1)
        extra.append(
            stream(
                body,
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /Font << /F1 5 0 R >> %s >> " % names,
            )
        )
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s >>"
    objects = [
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page % b"/Resources << /Font << /F1 5 0 R >> /XObject << /X %d 0 R >> >>" % first,
        stream(b"/X Do\n"),
        _FONT,
        *extra,
    ]
    return pdf_file(objects)


def to_unicode_cmap(size: int) -> bytes:
    """A ToUnicode CMap of about ``size`` bytes (identity mappings, 100 per block)."""
    block = b"100 beginbfchar\n" + b"".join(b"<%04X> <%04X>\n" % (n, n) for n in range(100))
    body = block + b"endbfchar\n"
    head = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    head += b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    return head + body * max(1, size // len(body)) + b"endcmap end end\n"


def font_maps_pdf(fonts: int = 100, cmap_kb: int = 100, *, drawn_by_form: int = 0) -> bytes:
    """``fonts`` font names for one font whose ToUnicode map is ``cmap_kb`` KB: pypdf parses
    the map once per name, for the page, or (with ``drawn_by_form``) for every drawing of a
    form that lists them. Small file, quadratic work."""
    names = b" ".join(b"/F%d 5 0 R" % n for n in range(fonts))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    cmap = stream(to_unicode_cmap(cmap_kb * 1024))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s >>"
    if not drawn_by_form:
        resources = b"/Resources << /Font << %s >> >>" % names
        content = text_ops("Python").replace(b"/F1", b"/F0")
        return pdf_file([_CATALOG, _ONE_KID, page % resources, stream(content), font, cmap])
    form = stream(
        text_ops("Python").replace(b"/F1", b"/F0"),
        b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << %s >> >> "
        % names,
    )
    resources = b"/Resources << /XObject << /X 7 0 R >> /Font << /F0 5 0 R >> >>"
    content = stream(b"/X Do\n" * drawn_by_form)
    return pdf_file([_CATALOG, _ONE_KID, page % resources, content, font, cmap, form])


_ONE_KID = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def deep_nesting_pdf(depth: int = 100_000) -> bytes:
    """A content stream operand nested ``depth`` arrays deep."""
    return one_page_pdf(stream(b"[" * depth + b"]" * depth + b" Tj\n"))


def _noise(label: bytes, size: int) -> bytes:
    """``size`` bytes that look random, the same on every run."""
    return hashlib.shake_256(label).digest(size)


def aes256_pdf() -> bytes:
    """AES-256 encryption (/V 5 /R 6, AESV3) with a user password nobody here knows.

    Building a real AES-256 file needs an AES implementation (pypdf's writer uses the
    ``cryptography`` package, which Onward does not depend on); without the password a reader
    cannot tell these random keys from real ones, so it probes the same code path.
    """
    hexed = {key: _noise(key, size).hex().encode() for key, size in _AES_FIELDS}
    encrypt = (
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 /EncryptMetadata true "
        b"/CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> "
        b"/StmF /StdCF /StrF /StdCF /O <%(O)s> /U <%(U)s> /OE <%(OE)s> /UE <%(UE)s> "
        b"/Perms <%(Perms)s> >>"
    ) % hexed
    document_id = _noise(b"id", 16).hex().encode()
    return one_page_pdf(
        stream(_noise(b"content", 64)),
        trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (document_id, document_id),
        extra=[encrypt],
    )


_AES_FIELDS = ((b"O", 48), (b"U", 48), (b"OE", 32), (b"UE", 32), (b"Perms", 16))


def truncated_pdf() -> bytes:
    """The first half of a valid PDF."""
    data = valid_pdf()
    return data[: len(data) // 2]


def garbage_pdf() -> bytes:
    """A PDF header, then noise."""
    return b"%PDF-1.7\n" + _noise(b"garbage", 4096)


# --- the corpus ---------------------------------------------------------------------------


def form_font_maps_pdf() -> bytes:
    """A form listing 20 fonts with 50 KB maps, drawn 300 times."""
    return font_maps_pdf(20, 50, drawn_by_form=300)


def empty() -> bytes:
    """An empty file."""
    return b""


def docx_named_otherwise() -> bytes:
    """A .docx under another extension."""
    return valid_docx("Python")


def pdf_named_otherwise() -> bytes:
    """A PDF under another extension."""
    return valid_pdf()


def binary_txt() -> bytes:
    """Binary bytes (with NULs) named .txt."""
    return _noise(b"bin", 2048) + bytes(64)


def huge_txt() -> bytes:
    """4.9 MB of text: more characters than any resume."""
    return b"Python " * 700_000


def plain_text() -> bytes:
    """A name without an extension."""
    return b"Python"


CORPUS: tuple[Hostile, ...] = (
    Hostile("docx-zip-bomb", zip_bomb_docx, "times its packed size"),
    Hostile("docx-lying-sizes", lying_zip_bomb_docx, "damaged or incomplete"),
    Hostile("docx-many-entries", many_entries_docx, "more than 1,000 parts"),
    Hostile("docx-bad-xml", bad_xml_docx, "XML is broken"),
    Hostile("docx-billion-laughs", billion_laughs_docx, "XML entity declarations"),
    Hostile("docx-external-entity", external_entity_docx, "XML entity declarations"),
    Hostile("docx-huge-run", huge_run_docx, "times its packed size"),
    Hostile("docx-not-word", not_word_docx, "not a Word document"),
    Hostile("docx-truncated", truncated_docx, "damaged or incomplete"),
    Hostile("docx-encrypted", ole_docx, "password-protected"),
    Hostile("docx-is-pdf", pdf_named_otherwise, "it is a PDF"),
    Hostile("docx-empty", empty, "empty"),
    Hostile("pdf-aes256", aes256_pdf, "encrypted"),
    Hostile("pdf-deflate-bomb", deflate_bomb_pdf, "unpacks to more than 64 MB"),
    Hostile("pdf-text-operators", text_operators_pdf, "drawing instructions"),
    Hostile("pdf-many-pages", many_pages_pdf, "20,000 pages"),
    Hostile("pdf-page-cycle", page_tree_cycle_pdf, "not a readable PDF"),
    Hostile("pdf-xform-fanout", xform_fanout_pdf, "images or forms"),
    Hostile("pdf-font-maps", font_maps_pdf, "character maps"),
    Hostile("pdf-form-font-maps", form_font_maps_pdf, "character maps"),
    Hostile("pdf-deep-nesting", deep_nesting_pdf, "safety limit"),
    Hostile("pdf-truncated", truncated_pdf, "not a readable PDF"),
    Hostile("pdf-garbage", garbage_pdf, "not a readable PDF"),
    Hostile("pdf-is-docx", docx_named_otherwise, "zip archive"),
    Hostile("pdf-empty", empty, "empty"),
    Hostile("txt-is-docx", docx_named_otherwise, "zip archive"),
    Hostile("txt-binary", binary_txt, "not plain text"),
    Hostile("txt-huge", huge_txt, "characters of text"),
    Hostile("txt-empty", empty, "empty"),
    Hostile("no-extension", plain_text, "supported"),
)


@functools.cache
def dense_docx(xml_mb: float = 7.9) -> bytes:
    """Just under 8 MB of XML in one-letter elements: the most parsing a .docx can ask for."""
    letters = bytes.maketrans(bytes(range(256)), bytes(97 + n % 26 for n in range(256)))
    names = _noise(b"names", int(xml_mb * MB) // 4).translate(letters)
    chunks = (
        b"".join(b"<%c/>" % name for name in names[start : start + 16_384])
        for start in range(0, len(names), 16_384)
    )
    return docx_package([paragraph("Python"), b"<w:p>", *chunks, b"</w:p>"])


@functools.cache
def dense_text_pdf() -> bytes:
    """About 1 MB of text operators on one page: 190,000 tokens, just under the budget."""
    return text_operators_pdf(1)


def font_maps_under_pdf() -> bytes:
    """19 fonts sharing a 100 KB character map: 1.9 MB of maps, just under the budget."""
    return font_maps_pdf(19, 100)


# Files that sit just under the limits: they are read, and cost the most an accepted file can.
WITHIN_LIMITS: tuple[Hostile, ...] = (
    Hostile("docx-dense-xml", dense_docx, ""),
    Hostile("pdf-dense-text", dense_text_pdf, ""),
    Hostile("pdf-font-maps-under", font_maps_under_pdf, ""),
)


def by_key(key: str) -> Hostile:
    return next(item for item in CORPUS + WITHIN_LIMITS if item.key == key)
