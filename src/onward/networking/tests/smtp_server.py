"""A real SMTP server on 127.0.0.1 for the digest tests (aiosmtpd), with optional AUTH."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    messages: list[Message] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    reject_with: str = ""  # an SMTP reply to refuse every message with, e.g. "550 ..."

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reject_with:
            return self.reject_with
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(*, password: str | None = None) -> Iterator[tuple[Mailbox, int]]:
    """Start the server; with ``password``, AUTH LOGIN/PLAIN is required (user "onward")."""
    box = Mailbox()

    def authenticate(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, secret = data.login.decode(), data.password.decode()
            box.logins.append((user, secret))
            return AuthResult(success=user == "onward" and secret == password)
        return AuthResult(success=False)

    port = _free_port()
    options: dict[str, Any] = {}
    if password is not None:
        options = {"authenticator": authenticate, "auth_required": True, "auth_require_tls": False}
    controller = Controller(box, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()
