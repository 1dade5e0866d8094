from __future__ import annotations

import io

import pytest

from onward.analysis.skills.documents import DocumentError, text_from_bytes


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF with ``text`` in Helvetica (valid xref offsets)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _docx(lines: list[str]) -> bytes:
    docx = pytest.importorskip("docx", reason="python-docx not installed")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Skills"
    table.rows[0].cells[1].text = "Docker"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        pytest.param(b"Python and SQL", "cv.txt", "Python and SQL", id="utf8"),
        pytest.param("\ufeffPython".encode(), "cv.TXT", "Python", id="bom-upper-ext"),
        pytest.param("Résumé".encode("utf-16"), "cv.txt", "Résumé", id="utf16"),
        pytest.param("Café".encode("cp1252"), "cv.md", "Café", id="cp1252"),
    ],
)
def test_text_files(data: bytes, name: str, expected: str) -> None:
    assert text_from_bytes(data, name) == expected


def test_docx() -> None:
    text = text_from_bytes(_docx(["Jane Doe", "Python, SQL"]), "cv.docx")
    assert text.splitlines() == ["Jane Doe", "Python, SQL", "Skills | Docker"]


def test_pdf() -> None:
    pytest.importorskip("pypdf", reason="pypdf not installed")
    assert "Python and SQL" in text_from_bytes(_pdf("Python and SQL"), "cv.pdf")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"x", "cv.exe", "unsupported file type .exe", id="type"),
        pytest.param(b"x", "cv", "unsupported file type \\(none\\)", id="no-ext"),
        pytest.param(b"not a zip", "cv.docx", "not a readable .docx", id="bad-docx"),
        pytest.param(
            b"%PDF-1.4 garbage", "cv.pdf", "not a readable PDF|no readable text", id="bad-pdf"
        ),
        pytest.param(b"   \n", "cv.txt", "no readable text", id="empty"),
    ],
)
def test_unreadable(data: bytes, name: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        text_from_bytes(data, name)
