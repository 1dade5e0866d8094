"""The first run of `onward serve`: it says where your data lives and asks your name (at a
terminal), which then signs the emails Onward drafts instead of "owner"."""

from __future__ import annotations

import io

import pytest
from tests import factories

from onward.accounts.models import User
from onward.cli import serve
from onward.growth import services as growth_services
from onward.tracker.choices import Stage


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.django_db
def test_first_run_says_where_data_lives_and_asks_the_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Tty("Maya Lopez\n"))
    link = serve._prepare(demo=False)
    out = capsys.readouterr().out
    assert link is not None and link.startswith("/accounts/signin/link/")
    assert "Your data lives in" in out and "never leaves this machine" in out
    owner = User.objects.get()
    assert owner.display_name == "Maya Lopez"
    serve._prepare(demo=False)  # later runs ask nothing
    assert "What's your name" not in capsys.readouterr().out


@pytest.mark.django_db
def test_without_a_terminal_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    serve._prepare(demo=False)
    assert User.objects.get().display_name == ""


@pytest.mark.parametrize(("name", "signed"), [("", "[Your name]"), ("Maya Lopez", "Maya Lopez")])
@pytest.mark.django_db
def test_drafts_are_signed_with_your_name_never_the_username(name: str, signed: str) -> None:
    owner = factories.user("owner")
    owner.display_name = name
    owner.save()
    app = factories.application(owner, stage=Stage.SCREENING)
    drafts = growth_services.feedback_drafts(application=app)
    assert all(d.body.rstrip().endswith(signed) for d in drafts)
    assert all(not d.body.rstrip().endswith("owner") for d in drafts)
