"""Account commands: ``onward user create|token|tokens|revoke|link``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from onward.cli.errors import command
from onward.cli.output import console, fail, note, ok
from onward.cli.params import current_user

if TYPE_CHECKING:
    from onward.accounts.models import User

user_app = typer.Typer(help="Manage accounts, API tokens and sign-in links.", no_args_is_help=True)

UsernameArg = Annotated[str, typer.Argument(help="The account's username.", show_default=False)]


def _user(username: str) -> User:
    from onward.accounts import selectors

    user = selectors.user_find(username=username)
    if user is None:
        fail(f"no account called {username!r}")
    return user


def _read_password(from_stdin: bool) -> str:
    if not from_stdin:
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        fail("no password on stdin")
    return password


@user_app.command("create")
@command
def create(
    username: UsernameArg,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    no_password: Annotated[
        bool, typer.Option("--no-password", help="No password: sign in with `user link`.")
    ] = False,
    email: Annotated[str, typer.Option(help="Email address.")] = "",
    staff: Annotated[bool, typer.Option("--staff", help="Allow the admin pages.")] = False,
) -> None:
    """Create an account (asks for the password twice unless --password-stdin)."""
    from onward.accounts import services

    if password_stdin and no_password:
        fail("use --password-stdin or --no-password, not both")
    password = None if no_password else _read_password(password_stdin)
    user = services.user_create(username=username, password=password, email=email, is_staff=staff)
    ok(f"Created the account {user.username!r} (id {user.pk}).")


@user_app.command("token")
@command
def token(
    username: UsernameArg,
    name: Annotated[str, typer.Option("--name", "-n", help="What the token is for.")],
) -> None:
    """Create an API token; prints its secret once (store it now)."""
    from onward.accounts import services

    api_token, secret = services.api_token_create(owner=_user(username), name=name)
    typer.echo(secret)
    note(f"Token {api_token.pk} ({api_token.name}) created. This secret is shown only once.")


@user_app.command("tokens")
@command
def tokens(username: UsernameArg) -> None:
    """List an account's API tokens (never their secrets)."""
    from django.utils import timezone
    from rich.table import Table
    from rich.text import Text

    from onward.accounts import selectors

    table = Table(show_edge=False, header_style="bold")
    for column in ("ID", "Name", "Prefix", "Created", "Last used", "Status"):
        table.add_column(column)
    for item in selectors.api_token_list(owner=_user(username)):
        used = timezone.localtime(item.last_used_at) if item.last_used_at else None
        table.add_row(
            str(item.pk),
            Text(item.name),
            f"{item.prefix}...",
            f"{timezone.localtime(item.created_at):%Y-%m-%d %H:%M}",
            f"{used:%Y-%m-%d %H:%M}" if used else "never",
            "active" if item.is_active else "revoked",
        )
    if not table.rows:
        ok("No tokens.")
        return
    console.print(table)


@user_app.command("revoke")
@command
def revoke(
    username: UsernameArg,
    token_id: Annotated[int, typer.Argument(help="Token id (see `onward user tokens`).")],
) -> None:
    """Revoke an API token; clients using it stop working at once."""
    from django.http import Http404

    from onward.accounts import selectors, services

    try:
        api_token = selectors.api_token_get(owner=_user(username), pk=token_id)
    except Http404:
        fail(f"{username!r} has no token with id {token_id}")
    services.api_token_revoke(token=api_token)
    ok(f"Revoked token {token_id} ({api_token.name}).")


def _served_at(data_dir: Path) -> str:
    try:
        found = (data_dir / "serve-address.txt").read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        found = ""
    return found if found.startswith("http") else "http://127.0.0.1:8000"


@user_app.command("link")
@command
def link(
    username: Annotated[
        str | None,
        typer.Argument(help="The account (default: the only one).", show_default=False),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="Where Onward is reachable (default: where `onward serve` last ran, "
            "else http://127.0.0.1:8000).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print a fresh one-time sign-in link."""
    from django.conf import settings
    from django.urls import reverse

    from onward.accounts import services

    base_url = base_url or _served_at(Path(settings.DATA_DIR))
    owner = _user(username) if username else current_user(None)
    secret = services.signin_link_create(user=owner)
    path = reverse("accounts:signin_link", kwargs={"secret": secret})
    typer.echo(base_url.rstrip("/") + path)
    note(f"Works once, for {settings.SIGNIN_LINK_MINUTES} minutes.")
