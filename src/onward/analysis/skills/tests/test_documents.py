from __future__ import annotations

import io
import zipfile

import pytest

from onward.analysis.skills.documents import DocumentError, text_from_bytes
from onward.analysis.skills.tests.hostile_documents import docx_package


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


def test_docx_reads_like_python_docx() -> None:
    docx = pytest.importorskip("docx", reason="python-docx not installed")
    document = docx.Document()
    first = document.add_paragraph("Jane ")
    first.add_run("Doe").bold = True
    second = document.add_paragraph("Python")
    second.add_run().add_tab()
    second.add_run("SQL")
    second.add_run().add_break()
    second.add_run("Docker")
    document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    expected = "\n".join(p.text for p in document.paragraphs)
    assert text_from_bytes(buffer.getvalue(), "cv.docx") == expected
    assert expected == "Jane Doe\nPython\tSQL\nDocker\n"


_MC = b"http://schemas.openxmlformats.org/markup-compatibility/2006"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            b"<w:p><w:hyperlink><w:r><w:t>GitHub</w:t></w:r></w:hyperlink></w:p>",
            "GitHub",
            id="hyperlink-runs",
        ),
        pytest.param(
            b"<w:p><w:r><w:t>SQL</w:t></w:r><w:del><w:r><w:delText>COBOL</w:delText></w:r>"
            b"</w:del></w:p>",
            "SQL",
            id="deleted-text-skipped",
        ),
        pytest.param(
            b"<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent xmlns:mc='"
            + _MC
            + b"'><mc:Choice><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Choice>"
            b"<mc:Fallback><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Fallback>"
            b"</mc:AlternateContent></w:r></w:p>",
            "In a box\nAnchor",
            id="text-box-once",
        ),
        pytest.param(
            b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:tc>"
            b"<w:tc><w:p><w:r><w:t>SQL</w:t></w:r></w:p><w:p><w:r><w:t>dbt</w:t></w:r></w:p>"
            b"</w:tc></w:tr></w:tbl><w:p><w:r><w:t>After</w:t></w:r></w:p>",
            "Skills | SQL\ndbt\nAfter",
            id="table-in-place",
        ),
        pytest.param(
            b"<w:p><w:r><w:t xml:space='preserve'> a&amp;b &#233; </w:t></w:r></w:p>",
            " a&b \u00e9 ",
            id="escapes",
        ),
    ],
)
def test_docx_body(body: bytes, expected: str) -> None:
    assert text_from_bytes(docx_package([body]), "cv.docx") == expected


def test_docx_strict_namespace_utf16_and_another_main_part() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = (
        f'<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="{strict}"><w:body>'
        "<w:p><w:r><w:t>Résumé</w:t></w:r></w:p></w:body></w:document>"
    ).encode("utf-16")
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Target="/word/main.xml" '
        'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"/>'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/main.xml", xml)
    assert text_from_bytes(out.getvalue(), "cv.docx") == "Résumé"


def test_pdf() -> None:
    pytest.importorskip("pypdf", reason="pypdf not installed")
    assert "Python and SQL" in text_from_bytes(_pdf("Python and SQL"), "cv.pdf")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"x", "cv.exe", "unsupported file type .exe", id="type"),
        pytest.param(b"x", "cv", "unsupported file type \\(none\\)", id="no-ext"),
        pytest.param(b"not a zip", "cv.docx", "not a .docx file", id="bad-docx"),
        pytest.param(
            b"%PDF-1.4 garbage", "cv.pdf", "not a readable PDF|no readable text", id="bad-pdf"
        ),
        pytest.param(b"   \n", "cv.txt", "no readable text", id="blank"),
    ],
)
def test_unreadable(data: bytes, name: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        text_from_bytes(data, name)
