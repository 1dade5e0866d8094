"""The growth report as a PDF (WeasyPrint) from the web page, the API and the CLI, and what
each says when this installation cannot draw PDFs."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pypdf
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.cli.tests.conftest import Invoke
from onward.strategy import report_pdf, selectors
from onward.strategy.tests.builders import applied

pytestmark = pytest.mark.django_db


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _history(owner: User) -> None:
    now = timezone.now()
    applied(owner, days_ago=3, now=now, answer="rejected", after=1)
    applied(owner, days_ago=5, now=now, answer="screening", after=1)
    factories.checkin(owner, mood=4, energy=3, at=now)
    factories.goal(owner, target=2)


@pytest.fixture
def no_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without Pango: importing WeasyPrint fails with OSError."""

    def missing() -> object:
        raise report_pdf.PdfUnavailable(report_pdf.INSTALL_HINT.format(cause="no libpango"))

    monkeypatch.setattr(report_pdf, "_renderer", missing)


def test_the_pdf_reads_like_the_page(alice: User) -> None:
    _history(alice)
    text = _text(report_pdf.pdf_of(selectors.report(owner=alice, period="month")))
    assert "Your monthly growth report" in text
    for heading in ("What happened", "Your funnel, whole search", "Mood and energy"):
        assert heading in text
    assert "Applications sent" in text


def test_nothing_is_fetched_from_outside() -> None:
    for url in ("http://example.com/track.png", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            report_pdf.fetcher().fetch(url)


@pytest.mark.parametrize("kind", ["week", "month"])
def test_the_page_downloads_a_pdf(alice: User, alice_client: Client, kind: str) -> None:
    _history(alice)
    page = alice_client.get(reverse("strategy:report"), {"period": kind}).content.decode()
    assert f"{reverse('strategy:report_pdf')}?period={kind}" in page
    response = alice_client.get(reverse("strategy:report_pdf"), {"period": kind})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"onward-{kind}ly-report-" in response["Content-Disposition"]
    assert f"Your {kind}ly growth report" in _text(response.content)


def test_without_pdf_support_the_page_says_so_and_offers_print(
    alice_client: Client, no_pdf: None
) -> None:
    response = alice_client.get(reverse("strategy:report_pdf"), {"period": "week"}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "PDF export needs WeasyPrint" in page and "Save as PDF" in page
    assert "Your weekly growth report" in page


def test_an_unknown_period_pdf_is_not_found(alice_client: Client) -> None:
    assert alice_client.get(reverse("strategy:report_pdf"), {"period": "year"}).status_code == 404


def test_the_api_gives_a_pdf(alice: User) -> None:
    _history(alice)
    response = JsonClient.for_user(alice).get("/strategy/report.pdf?period=month")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "Your monthly growth report" in _text(response.content)


def test_without_pdf_support_the_api_answers_503_with_a_message(alice: User, no_pdf: None) -> None:
    response = JsonClient.for_user(alice).get("/strategy/report.pdf")
    assert response.status_code == 503
    assert "PDF export needs WeasyPrint" in response.json()["detail"]


def test_the_cli_writes_a_private_pdf(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    _history(alice)
    target = tmp_path / "report.pdf"
    args = ["report", "--format", "pdf", "--output", str(target), "--user", "alice"]
    result = invoke(args)
    assert result.exit_code == 0, result.output
    assert "Your weekly growth report" in _text(target.read_bytes())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it holds your journal


def test_the_cli_needs_a_file_for_a_pdf(alice: User, invoke: Invoke) -> None:
    result = invoke(["report", "--format", "pdf", "--user", "alice"])
    assert result.exit_code != 0
    assert "--output" in result.output


def test_without_pdf_support_the_cli_says_so_in_one_line(
    alice: User, invoke: Invoke, tmp_path: Path, no_pdf: None
) -> None:
    target = tmp_path / "report.pdf"
    result = invoke(["report", "--format", "pdf", "--output", str(target), "--user", "alice"])
    assert result.exit_code != 0
    assert "PDF export needs WeasyPrint" in result.output
    assert "Traceback" not in result.output
    assert not target.exists()
