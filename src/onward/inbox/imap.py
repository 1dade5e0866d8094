"""Read a mailbox over IMAP, read-only: TLS with certificate checks (from the start, or
STARTTLS), EXAMINE (never marks anything read), UIDs to resume, and reconnecting when the
connection drops mid-way.

The password comes from an environment variable or a file it names (``<NAME>_FILE``),
read when the import runs; it is never stored. A Gmail or Outlook app password works.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import os
import re
import ssl
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError

from onward.analysis.mail.raw import MAX_LINE, Accumulator, RawMail, headers_complete
from onward.inbox.choices import ImapSecurity
from onward.inbox.sources import Cursor, Step, Stream

TIMEOUT = 30.0
FETCH_BATCH = 25
BATCH_BYTES = 8 * 1024 * 1024
MAX_FETCH = 16 * 1024 * 1024  # larger messages are read up to here (attachments, mostly)
RETRIES = 2
_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ImapError(Exception):
    """A problem with the mail server, in words a person can act on. ``dropped``: the
    connection was lost part-way (resuming continues where it stopped)."""

    def __init__(self, message: str, *, dropped: bool = False) -> None:
        super().__init__(message)
        self.dropped = dropped


@dataclass(frozen=True)
class ImapOptions:
    host: str
    user: str
    port: int | None = None
    folder: str = "INBOX"
    since: dt.date | None = None
    security: str = ImapSecurity.SSL
    cafile: str = ""  # trust this CA bundle instead of the system's (self-hosted servers)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == ImapSecurity.SSL else 143)

    def check(self) -> None:
        errors: dict[str, str] = {}
        if not re.fullmatch(r"[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]+\]", self.host or ""):
            errors["host"] = "Give the server's name, e.g. imap.gmail.com."
        if not self.user or len(self.user) > 255 or "\x00" in self.user:
            errors["user"] = "Give the user name (usually your email address)."
        if self.port is not None and not 1 <= self.port <= 65535:
            errors["port"] = "A port is a number from 1 to 65535."
        if not self.folder or len(self.folder) > 255 or re.search(r"[\x00-\x1f\"\\]", self.folder):
            errors["folder"] = "Name the folder, e.g. INBOX."
        if self.security not in ImapSecurity.values:
            errors["security"] = "Choose TLS or STARTTLS."
        if self.cafile and not Path(self.cafile).is_file():
            errors["cafile"] = f"There is no certificate file at {self.cafile}."
        if errors:
            raise ValidationError(errors)

    def label(self) -> str:
        return f"{self.user} on {self.host} ({self.folder})"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImapOptions:
        since = data.get("since")
        return cls(
            host=str(data.get("host", "")),
            user=str(data.get("user", "")),
            port=data.get("port"),
            folder=str(data.get("folder") or "INBOX"),
            since=dt.date.fromisoformat(since) if since else None,
            security=str(data.get("security", ImapSecurity.SSL)),
            cafile=str(data.get("cafile", "")),
        )


def password_from_env(name: str) -> str:
    """The password in ``$NAME``, else in the file named by ``$NAME_FILE`` ("" if neither)."""
    value = os.environ.get(name)
    if value:
        return value.strip("\r\n")
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise ImapError(f"Cannot read the password file {file_name}: {exc.strerror}") from exc
    return ""


# --- one connection ----------------------------------------------------------------------


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Session:
    """A logged-in, read-only view of one folder."""

    def __init__(self, options: ImapOptions, password: str, *, timeout: float = TIMEOUT) -> None:
        self.options = options
        self.conn = self._connect(password, timeout)
        self.uidvalidity = self._examine()

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.options.cafile or None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context

    def _connect(self, password: str, timeout: float) -> imaplib.IMAP4:
        o = self.options
        where = f"{o.host}:{o.effective_port}"
        try:
            if o.security == ImapSecurity.SSL:
                conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    o.host, o.effective_port, ssl_context=self._context(), timeout=timeout
                )
            else:
                conn = imaplib.IMAP4(o.host, o.effective_port, timeout=timeout)
                conn.starttls(ssl_context=self._context())
        except ssl.SSLCertVerificationError as exc:
            raise ImapError(
                f"The certificate of {o.host} could not be verified ({exc.verify_message}). "
                "Onward does not connect to a server it cannot verify."
            ) from exc
        except (ssl.SSLError, imaplib.IMAP4.error) as exc:
            raise ImapError(f"Could not start an encrypted connection to {where}: {exc}") from exc
        except OSError as exc:
            raise ImapError(f"Could not connect to {where}: {exc.strerror or exc}") from exc
        try:
            conn.login(o.user, password)
        except (imaplib.IMAP4.error, UnicodeEncodeError) as exc:
            _close(conn)
            raise ImapError(
                f"{o.host} refused the user name or password. For Gmail or Outlook, create an "
                "app password and use that."
            ) from exc
        return conn

    def _examine(self) -> int:
        folder = self.options.folder
        typ, _ = self.conn.select(_quoted(folder), readonly=True)
        if typ != "OK":
            raise ImapError(
                f"There is no folder called {folder!r} (Gmail's whole archive is "
                "'[Gmail]/All Mail')."
            )
        _, values = self.conn.response("UIDVALIDITY")
        first = values[0] if values else None
        return int(first) if isinstance(first, bytes) and first.isdigit() else 0

    def uids(self, after: int) -> list[int]:
        since = self.options.since
        criteria = f"SINCE {since.day}-{_MONTHS[since.month - 1]}-{since.year}" if since else "ALL"
        typ, data = self.conn.uid("SEARCH", criteria)
        if typ != "OK":
            raise ImapError(f"The server refused to list the messages: {data!r}")
        found = b" ".join(d for d in data if isinstance(d, bytes)).split()
        return sorted(u for u in (int(x) for x in found if x.isdigit()) if u > after)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        typ, data = self.conn.uid("FETCH", _set(uids), "(UID RFC822.SIZE)")
        _check(typ, data)
        out: dict[int, int] = {}
        for line in data:
            text = line[0] if isinstance(line, tuple) else line
            if not isinstance(text, bytes):
                continue
            uid, size = _UID.search(text), _SIZE.search(text)
            if uid and size:
                out[int(uid[1])] = int(size[1])
        return out

    def bodies(self, uids: list[int], *, partial: bool) -> dict[int, bytes]:
        part = f"BODY.PEEK[]<0.{MAX_FETCH}>" if partial else "BODY.PEEK[]"
        typ, data = self.conn.uid("FETCH", _set(uids), f"(UID {part})")
        _check(typ, data)
        out: dict[int, bytes] = {}
        for entry in data:
            if isinstance(entry, tuple) and (uid := _UID.search(entry[0])):
                out[int(uid[1])] = entry[1]
        return out

    def close(self) -> None:
        _close(self.conn)


def _set(uids: list[int]) -> str:
    return ",".join(str(u) for u in uids)


def _check(typ: str, data: list[Any]) -> None:
    if typ != "OK":
        raise ImapError(f"The server refused to send messages: {data!r}")


def _close(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(imaplib.IMAP4.error, OSError):
        conn.logout()


# --- the stream of messages --------------------------------------------------------------


def open_imap_stream(options: ImapOptions, password: str, cursor: Cursor) -> Stream:
    """The folder's messages after ``cursor`` (``{"uidvalidity", "uid", "count"}``), oldest
    UID first. Reconnects up to ``RETRIES`` times when the connection drops."""
    session = Session(options, password)
    last = int(cursor.get("uid", 0))
    if cursor.get("uidvalidity") not in (None, session.uidvalidity):
        last = 0  # the server renumbered the folder: read it again (known mail is skipped)
    try:
        uids = session.uids(last)
    except (imaplib.IMAP4.abort, OSError) as exc:
        session.close()
        raise ImapError(f"The connection to {options.host} dropped: {exc}", dropped=True) from exc
    count = int(cursor.get("count", 0))
    return Stream(count + len(uids), _steps(options, password, session, uids, count))


def _steps(
    options: ImapOptions, password: str, session: Session, uids: list[int], count: int
) -> Iterator[Step]:
    retries = RETRIES
    position = 0
    try:
        while position < len(uids):
            batch = uids[position : position + FETCH_BATCH]
            try:
                for uid, raw in _fetch(session, batch, options.folder):
                    count += 1
                    position += 1
                    cursor = {"uidvalidity": session.uidvalidity, "uid": uid, "count": count}
                    yield Step(raw, cursor, count)
            except (imaplib.IMAP4.abort, OSError) as exc:
                session.close()
                if retries <= 0:
                    raise ImapError(
                        f"The connection to {options.host} dropped after {count} messages "
                        f"({exc}). Resume the import to continue where it stopped.",
                        dropped=True,
                    ) from exc
                retries -= 1
                session = _reconnect(options, password)
    finally:
        session.close()


def _reconnect(options: ImapOptions, password: str) -> Session:
    try:
        return Session(options, password)
    except ImapError as exc:
        raise ImapError(f"{exc} Resume the import once it is reachable.", dropped=True) from exc


def _fetch(session: Session, batch: list[int], folder: str) -> Iterator[tuple[int, RawMail]]:
    sizes = session.sizes(batch)
    group: list[int] = []
    weight = 0
    for uid in batch:
        size = sizes.get(uid, 0)
        if group and (weight + size > BATCH_BYTES or size > MAX_FETCH):
            yield from _read(session, group, folder, sizes)
            group, weight = [], 0
        group.append(uid)
        weight += size
    if group:
        yield from _read(session, group, folder, sizes)


def _read(
    session: Session, uids: list[int], folder: str, sizes: dict[int, int]
) -> Iterator[tuple[int, RawMail]]:
    partial = any(sizes.get(uid, 0) > MAX_FETCH for uid in uids)
    bodies = session.bodies(uids, partial=partial)
    for uid in uids:
        data = bodies.get(uid)
        if data is None:  # deleted meanwhile, or the server left it out
            continue
        cut = sizes.get(uid, 0) > len(data)
        yield uid, raw_mail(data, source=f"imap:{folder}", uid=uid, cut=cut)


def raw_mail(data: bytes, *, source: str, uid: int, cut: bool) -> RawMail:
    """Fetched bytes as a :class:`RawMail` (huge attachments counted, not kept)."""
    acc = Accumulator()
    for line in data.splitlines(keepends=True):
        acc.add(line[:MAX_LINE])
    kept = acc.finish()
    truncated = cut or acc.over_cap or not headers_complete(kept)
    return RawMail(
        source=source, offset=uid, end=uid, data=kept, truncated=truncated,
        skipped_bytes=acc.skipped,
    )  # fmt: skip
