"""Bad form input never becomes a 500, on every page.

Every HTML route is opened as the owner (with her own objects filled in), every POST form
on it is read, and each form is submitted with junk in every field: empty, too long, NUL
bytes, impossible dates, negative and huge numbers, values not among the choices. Plain
and htmx submissions both. The forms are found on the pages, so a new form is covered
without editing this file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import resolve

from onward.accounts.models import User
from tests import isolation_objects
from tests.test_isolation import _values, html_routes

pytestmark = pytest.mark.django_db

JUNK = {
    "empty": "",
    "nul": "a\x00b",
    "long": "x" * 20_000,
    "impossible-date": "2026-02-30",
    "negative": "-1",
    "huge": str(2**70),
    "not-a-choice": "definitely-not-a-choice",
    "markup": "<script>alert(1)</script>",
}
SKIP_ACTIONS = {"accounts:signout"}  # ends the session the sweep runs in


@dataclass
class Form:
    action: str
    fields: dict[str, str] = field(default_factory=dict)  # name -> value on the page


class FormParser(HTMLParser):
    """The POST forms of a page with their field names and current values."""

    def __init__(self, page_url: str) -> None:
        super().__init__()
        self.page_url = page_url
        self.forms: list[Form] = []
        self._open: Form | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "get").lower() == "post":
            self._open = Form(action=a.get("action") or self.page_url)
            self.forms.append(self._open)
        elif self._open is not None and tag in ("input", "select", "textarea") and a.get("name"):
            self._open.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._open = None


def forms_on(client: Client, url: str) -> list[Form]:
    response = client.get(url)
    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        return []
    parser = FormParser(url)
    parser.feed(response.content.decode())
    return parser.forms


def _junk(form: Form, value: str) -> dict[str, str]:
    """Every field set to ``value``, except the CSRF token (the test client skips CSRF)."""
    return {name: value for name in form.fields if name != "csrfmiddlewaretoken"}


DESTRUCTIVE = ("delete", "retract", "revoke")


def all_forms(client: Client, ids: dict[str, int]) -> list[Form]:
    """Every POST form on every page, once each; forms that delete or undo come last, so
    the objects the other forms act on still exist when those are sent."""
    found: dict[tuple[str, tuple[str, ...]], Form] = {}
    for route in html_routes():
        if not set(route.params) <= set(ids):
            continue
        for form in forms_on(client, route.url(_values(ids))):
            name = resolve(urlsplit(form.action).path).view_name
            if name not in SKIP_ACTIONS:
                found.setdefault((form.action, tuple(sorted(form.fields))), form)
    return sorted(found.values(), key=lambda f: any(w in f.action for w in DESTRUCTIVE))


def test_every_form_survives_junk(alice: User) -> None:
    ids = isolation_objects.build(alice)
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    forms = all_forms(client, ids)
    failures = []
    for form in forms:
        for case, value in JUNK.items():
            for headers in ({}, {"HX-Request": "true"}):
                response = client.post(form.action, _junk(form, value), headers=headers)
                if response.status_code >= 500:
                    failures.append(f"{form.action} [{case}] {headers}: 500")
    assert len(forms) > 40
    assert not failures, "\n".join(failures)
