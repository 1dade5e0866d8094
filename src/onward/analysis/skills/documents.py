"""Plain text from resume files: .txt, .docx (python-docx) and .pdf (pypdf) bytes."""

from __future__ import annotations

import io
from pathlib import PurePath

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".docx", ".pdf")


class DocumentError(ValueError):
    """The file cannot be read as text (unsupported type, damaged, encrypted, or empty)."""


def text_from_bytes(data: bytes, filename: str) -> str:
    """The text of a resume file, chosen by the file name's extension."""
    suffix = PurePath(filename).suffix.lower()
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{filename} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if suffix in (".txt", ".md"):
        text = text_from_txt(data)
    elif suffix == ".docx":
        text = text_from_docx(data)
    elif suffix == ".pdf":
        text = text_from_pdf(data)
    else:
        raise DocumentError(
            f"{filename}: unsupported file type {suffix or '(none)'}; use {', '.join(SUPPORTED)}"
        )
    if not text.strip():
        raise DocumentError(f"{filename} contains no readable text (a scanned image?)")
    return text


def text_from_txt(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_from_docx(data: bytes) -> str:
    import zipfile

    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a runtime dependency
        raise DocumentError("python-docx is not installed") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"not a readable .docx file: {exc}") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def text_from_pdf(data: bytes) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a runtime dependency
        raise DocumentError("pypdf is not installed") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DocumentError(f"not a readable PDF: {exc}") from exc
    return "\n".join(pages)
