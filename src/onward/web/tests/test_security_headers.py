"""Every response carries the Content-Security-Policy and the other usual security headers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

import onward

pytestmark = pytest.mark.django_db
SRC = Path(onward.__file__).parent


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/", id="dashboard"),
        pytest.param("/applications/board/", id="board"),
        pytest.param("/api/v1/me", id="api"),
        pytest.param("/no-such-page/", id="not-found"),
    ],
)
def test_security_headers(alice_client: Client, path: str) -> None:
    response = alice_client.get(path)
    policy = response.headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


INLINE = re.compile(
    r"""\sstyle\s*=|<style|<script(?![^>]*\ssrc=)|\son[a-z]+\s*=|hx-on|javascript:""", re.I
)


# Written to a file (onward report --format html) and into the PDF, never served: its
# stylesheet is inlined so the file stands alone.
STANDALONE = {"strategy/templates/strategy/report_document.html"}


def test_templates_have_no_inline_scripts_styles_or_handlers() -> None:
    """The policy forbids them; a browser would silently ignore them."""
    found = [
        f"{path.relative_to(SRC)}: {match.group(0)}"
        for path in sorted(SRC.glob("*/templates/**/*.html"))
        if str(path.relative_to(SRC)) not in STANDALONE
        for match in INLINE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_htmx_injects_no_style_and_evaluates_nothing(alice_client: Client) -> None:
    html = alice_client.get("/").content.decode()
    assert '"includeIndicatorStyles": false, "allowEval": false' in html
