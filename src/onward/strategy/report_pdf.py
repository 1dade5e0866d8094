"""The growth report as a PDF, drawn by WeasyPrint from the same standalone HTML document
that ``onward report --format html`` writes (charts inlined as data URIs, the stylesheet's
print rules applied).

WeasyPrint needs Pango at run time. Where the library or its system libraries are missing,
:class:`PdfUnavailable` says so in one sentence and points to the browser's print, which
uses the same print stylesheet. Nothing is fetched while rendering: the document is
self-contained, and the URL fetcher refuses everything but ``data:`` URIs.
"""

from __future__ import annotations

import logging
from typing import Any

from onward.strategy.report import Report
from onward.strategy.report_html import document

INSTALL_HINT = (
    "PDF export needs WeasyPrint and the Pango library, which this installation lacks "
    "({cause}). Open the report in your browser and use Print, then Save as PDF: the page "
    "has a print layout."
)


class PdfUnavailable(Exception):
    """The PDF renderer cannot load here; the message says what to do instead."""


def _renderer() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango or its friends are missing
        cause = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
        raise PdfUnavailable(INSTALL_HINT.format(cause=cause)) from error
    return weasyprint


def fetcher() -> Any:
    """WeasyPrint's fetcher, allowed ``data:`` URIs only (the charts)."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def pdf_of(report: Report) -> bytes:
    """The report as PDF bytes (raises :class:`PdfUnavailable`)."""
    weasyprint = _renderer()
    html = weasyprint.HTML(string=document(report), url_fetcher=fetcher())
    # The screen stylesheet uses rules a PDF has no use for (media queries on width, shadows,
    # animations); WeasyPrint logs each one it skips. Keep its errors, not that chatter.
    chatter = logging.getLogger("weasyprint")
    level = chatter.level
    chatter.setLevel(logging.ERROR)
    try:
        data: bytes = html.write_pdf()
    finally:
        chatter.setLevel(level)
    return data


def filename(report: Report) -> str:
    return f"onward-{report.period.kind}ly-report-{report.period.last.isoformat()}.pdf"
