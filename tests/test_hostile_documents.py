"""Hostile resume uploads end cleanly on every adapter: a 400 JSON with a message from the
API, a field error on the web form, one ``error:`` line and a non-zero exit from the CLI.
Never a 500, never a traceback, never a saved resume.

The files are built at run time by ``onward.analysis.skills.tests.hostile_documents`` (zip
and deflate bombs, entity expansion, encrypted, damaged and mislabelled files); each one
carries a fragment of the message its refusal must show. PDFs go through the real child
process here, as they do in production.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from typer.testing import CliRunner

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.analysis.skills.tests.hostile_documents import CORPUS, Hostile
from onward.cli.app import app as cli
from onward.cli.tests.conftest import assert_failed
from onward.skills.models import Resume

pytestmark = pytest.mark.django_db
UPLOAD = "/api/v1/resumes/upload"
CASES = [pytest.param(item, id=item.key) for item in CORPUS]


def _upload(item: Hostile) -> SimpleUploadedFile:
    return SimpleUploadedFile(item.filename, item.build(), content_type="application/octet-stream")


@pytest.mark.parametrize("item", CASES)
def test_api_upload_is_a_400_with_a_message(alice: User, item: Hostile) -> None:
    api = JsonClient.for_user(alice)
    response = api.client.post(UPLOAD, {"file": _upload(item)}, headers=api.headers)
    assert response.status_code == 400, response.content[:300]
    [message] = response.json()["errors"]["file"]
    assert item.expect in message
    assert not Resume.objects.exists()


@pytest.mark.parametrize("item", CASES)
def test_web_upload_is_a_field_error(alice_client: Client, item: Hostile) -> None:
    response = alice_client.post(reverse("skills:resume"), {"file": _upload(item)})
    assert response.status_code == 400
    errors = response.context["form"].errors  # an empty file also asks for pasted text
    assert item.expect in " ".join(errors["file"])
    assert not Resume.objects.exists()


@pytest.mark.parametrize("item", CASES)
def test_cli_is_one_error_line(alice: User, tmp_path: Path, item: Hostile) -> None:
    path = tmp_path / item.filename
    path.write_bytes(item.build())
    result = CliRunner().invoke(cli, ["skills", "--from-resume", str(path)])
    assert_failed(result, item.expect)
    assert not Resume.objects.exists()


def test_cli_reads_no_further_than_the_size_limit(alice: User, tmp_path: Path) -> None:
    endless = Path("/dev/zero")
    if not endless.exists():
        pytest.skip("no /dev/zero here")
    link = tmp_path / "cv.txt"
    link.symlink_to(endless)
    result = CliRunner().invoke(cli, ["skills", "--from-resume", str(link)])
    assert_failed(result, "larger than 5 MB")
