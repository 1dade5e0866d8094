"""A small IMAP4rev1 server for the tests: real TCP, real TLS (implicit, or STARTTLS), a
folder of messages, and a switch that drops the connection in the middle of a FETCH.

It speaks the part of RFC 3501 a read-only client needs (CAPABILITY, STARTTLS, LOGIN,
SELECT/EXAMINE, UID SEARCH ALL/SINCE, UID FETCH of UID, RFC822.SIZE and BODY.PEEK[] with a
partial range, NOOP, LOGOUT) and records every command, so tests can check that nothing
was changed on the server. Written for these tests; not a general server.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

_TOKEN = re.compile(rb'"((?:[^"\\]|\\.)*)"|(\S+)')
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


@dataclass
class Mailbox:
    """What the server serves and how it misbehaves."""

    messages: list[bytes]
    user: str = "sam@example.org"
    password: str = "app password 123"
    folder: str = "INBOX"
    uidvalidity: int = 4242
    starttls: bool = False  # plain first, then STARTTLS; else TLS from the first byte
    drop_after: int | None = None  # drop the connection while sending message number N+1
    drops: int = 1  # how many times to drop
    commands: list[str] = field(default_factory=list)
    logins: int = 0

    def uids(self) -> list[int]:
        return list(range(1, len(self.messages) + 1))


def _tokens(line: bytes) -> list[str]:
    out = []
    for quoted, atom in _TOKEN.findall(line):
        raw = quoted.replace(b'\\"', b'"').replace(b"\\\\", b"\\") if quoted else atom
        out.append(raw.decode("utf-8", "replace"))
    return out


def _since(value: str) -> dt.date:
    day, month, year = value.split("-")
    return dt.date(int(year), _MONTHS[month[:3].title()], int(day))


def _date_of(message: bytes) -> dt.date | None:
    found = re.search(rb"^Date: (.+)$", message, re.M | re.I)
    try:
        return parsedate_to_datetime(found[1].decode().strip()).date() if found else None
    except (TypeError, ValueError):
        return None


def _uid_set(value: str, known: list[int]) -> list[int]:
    chosen: list[int] = []
    for part in value.split(","):
        if ":" in part:
            low, high = part.split(":")
            top = max(known, default=0) if high == "*" else int(high)
            chosen += [u for u in known if int(low) <= u <= top]
        elif part.isdigit() and int(part) in known:
            chosen.append(int(part))
    return chosen


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def setup(self) -> None:
        box = self.server.box
        if not box.starttls:
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        super().setup()
        self.secure = not box.starttls

    def send(self, text: str | bytes) -> None:
        data = text if isinstance(text, bytes) else text.encode()
        self.wfile.write(data)
        self.wfile.flush()

    def handle(self) -> None:
        self.send("* OK Onward test IMAP ready\r\n")
        while line := self.rfile.readline(65536):
            parts = _tokens(line.rstrip(b"\r\n"))
            if len(parts) < 2:
                continue
            tag, command, args = parts[0], parts[1].upper(), parts[2:]
            shown = args[:1] if command == "LOGIN" else args  # never the password
            self.server.box.commands.append(" ".join([command, *shown]))
            if not self.dispatch(tag, command, args):
                return

    def dispatch(self, tag: str, command: str, args: list[str]) -> bool:
        box = self.server.box
        if command == "CAPABILITY":
            extra = " STARTTLS LOGINDISABLED" if box.starttls and not self.secure else ""
            self.send(f"* CAPABILITY IMAP4rev1{extra}\r\n{tag} OK done\r\n")
        elif command == "STARTTLS" and box.starttls and not self.secure:
            self.send(f"{tag} OK begin TLS\r\n")
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
            self.rfile = self.request.makefile("rb")
            self.wfile = self.request.makefile("wb")
            self.secure = True
        elif command == "LOGIN":
            self.login(tag, args)
        elif command in ("SELECT", "EXAMINE"):
            self.examine(tag, args)
        elif command == "UID" and args:
            return self.uid(tag, args[0].upper(), args[1:])
        elif command == "LOGOUT":
            self.send(f"* BYE see you\r\n{tag} OK bye\r\n")
            return False
        elif command == "NOOP":
            self.send(f"{tag} OK\r\n")
        else:
            self.send(f"{tag} BAD unknown command\r\n")
        return True

    def login(self, tag: str, args: list[str]) -> None:
        box = self.server.box
        if not self.secure:
            self.send(f"{tag} NO encrypt first\r\n")
        elif args[:2] == [box.user, box.password]:
            box.logins += 1
            self.send(f"{tag} OK logged in\r\n")
        else:
            self.send(f"{tag} NO [AUTHENTICATIONFAILED] wrong user name or password\r\n")

    def examine(self, tag: str, args: list[str]) -> None:
        box = self.server.box
        if not args or args[0] != box.folder:
            self.send(f"{tag} NO no such folder\r\n")
            return
        self.send(
            f"* {len(box.messages)} EXISTS\r\n* OK [UIDVALIDITY {box.uidvalidity}] ok\r\n"
            f"* OK [UIDNEXT {len(box.messages) + 1}] ok\r\n{tag} OK [READ-ONLY] examined\r\n"
        )

    def uid(self, tag: str, verb: str, args: list[str]) -> bool:
        box = self.server.box
        if verb == "SEARCH":
            found = box.uids()
            if len(args) >= 2 and args[0].upper() == "SINCE":
                since = _since(args[1])
                found = [u for u in found if (_date_of(box.messages[u - 1]) or since) >= since]
            self.send(f"* SEARCH {' '.join(map(str, found))}\r\n{tag} OK searched\r\n")
            return True
        if verb != "FETCH" or len(args) < 2:
            self.send(f"{tag} BAD only SEARCH and FETCH here\r\n")
            return True
        items = " ".join(args[1:]).upper()
        for uid in _uid_set(args[0], box.uids()):
            if not self.fetch_one(uid, items):
                return False
        self.send(f"{tag} OK fetched\r\n")
        return True

    def fetch_one(self, uid: int, items: str) -> bool:
        box = self.server.box
        data = box.messages[uid - 1]
        if "BODY.PEEK[]" not in items:
            self.send(f"* {uid} FETCH (UID {uid} RFC822.SIZE {len(data)})\r\n")
            return True
        partial = re.search(r"BODY\.PEEK\[\]<0\.(\d+)>", items)
        body = data[: int(partial[1])] if partial else data
        head = f"BODY[]<0> {{{len(body)}}}" if partial else f"BODY[] {{{len(body)}}}"
        self.server.sent += 1
        if box.drop_after is not None and box.drops > 0 and self.server.sent > box.drop_after:
            box.drops -= 1
            self.server.sent = 0
            self.send(f"* {uid} FETCH (UID {uid} {head}\r\n".encode() + body[: len(body) // 2])
            self.request.shutdown(socket.SHUT_RDWR)
            return False
        self.send(f"* {uid} FETCH (UID {uid} {head}\r\n".encode() + body + b")\r\n")
        return True


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, box: Mailbox, tls: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.box = box
        self.tls = tls
        self.sent = 0
        self.errors: list[str] = []

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that refuses our certificate, or a dropped line: noted, not printed."""
        import sys

        self.errors.append(repr(sys.exc_info()[1]))


@contextmanager
def serving(box: Mailbox, *, cert: Path, key: Path) -> Iterator[int]:
    """Serve ``box`` on 127.0.0.1; yields the port."""
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server = _Server(box, tls)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
