"""IMAP imports against a real IMAP server on 127.0.0.1, started here (``imap_server``):
TLS with a certificate checked against the test CA, STARTTLS, read-only access, a wrong
password, an untrusted certificate, and a connection dropped in the middle of a FETCH
(reconnected, or stopped and resumed after the last whole batch, without duplicates)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke
from onward.inbox import imap, services
from onward.inbox.choices import RunStatus
from onward.inbox.imap import ImapOptions
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.services import execute
from onward.inbox.tests import mail
from onward.inbox.tests.conftest import TlsFiles
from onward.inbox.tests.imap_server import Mailbox, serving

pytestmark = pytest.mark.django_db

PASSWORD_ENV = "ONWARD_TEST_IMAP_PASSWORD"
COMPANIES = ["Quillfeather", "Brindle Labs", "Corvid Freight", "Tessellate", "Gridline"]


def _messages(count: int) -> list[bytes]:
    out = []
    for n in range(count):
        company = f"{COMPANIES[n % len(COMPANIES)]} {n // len(COMPANIES) or ''}".strip()
        body = mail.REJECTION if n % 2 else mail.RECEIVED
        day = 1 + n % 28
        out.append(
            mail.email(
                body,
                company=company,
                date=f"{['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][n % 7]}, "
                f"{day:02d} Feb 2025 09:00:00 +0000",
                message_id=f"<imap-{n}@test.example>",
            )
        )
    return out


@pytest.fixture
def box() -> Mailbox:
    return Mailbox(messages=_messages(12))


@pytest.fixture
def port(box: Mailbox, tls_files: TlsFiles) -> Iterator[int]:
    with serving(box, cert=tls_files.cert, key=tls_files.key) as port:
        yield port


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch, box: Mailbox) -> None:
    monkeypatch.setenv(PASSWORD_ENV, box.password)


def _run(owner: User, port: int, box: Mailbox, tls: TlsFiles, **overrides: object) -> ImportRun:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "user": box.user,
        "port": port,
        "security": "starttls" if box.starttls else "ssl",
        "cafile": str(tls.ca),
    }
    values.update(overrides)
    options = ImapOptions(**values)  # type: ignore[arg-type]
    run = services.import_run_imap(
        owner=owner, options=options, password_env=PASSWORD_ENV, queue=False
    )
    return services.import_run_execute(run=run)


def _keys(owner: User) -> list[str]:
    return sorted(ReviewItem.objects.filter(owner=owner).values_list("message_key", flat=True))


def test_tls_import_reads_everything_and_changes_nothing_on_the_server(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    run = _run(alice, port, box, tls_files)
    assert run.status == RunStatus.DONE, run.message
    assert run.read_count == 12
    assert len(_keys(alice)) == 12  # six acknowledgements and six rejections, each new
    verbs = {c.split()[0] for c in box.commands}
    assert "EXAMINE" in verbs and "SELECT" not in verbs
    assert not any(c.startswith(("STORE", "COPY", "EXPUNGE", "APPEND")) for c in box.commands)
    fetches = [c for c in box.commands if c.startswith("UID FETCH")]
    assert fetches  # bodies fetched with BODY.PEEK (never marks them read), see below
    assert run.cursor == {"uidvalidity": 4242, "uid": 12, "count": 12}


def test_bodies_are_fetched_with_peek(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    _run(alice, port, box, tls_files)
    bodies = [c for c in box.commands if c.startswith("UID FETCH") and "BODY" in c]
    assert bodies
    assert all("BODY.PEEK[]" in c for c in bodies)  # never sets the \\Seen flag


def test_starttls(alice: User, tls_files: TlsFiles) -> None:
    box = Mailbox(messages=_messages(3), starttls=True)
    with serving(box, cert=tls_files.cert, key=tls_files.key) as port:
        run = _run(alice, port, box, tls_files)
    assert run.status == RunStatus.DONE, run.message
    assert [c.split()[0] for c in box.commands[:3]] == ["CAPABILITY", "STARTTLS", "CAPABILITY"]
    assert len(_keys(alice)) == 3


def test_an_untrusted_certificate_is_refused(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    run = _run(alice, port, box, tls_files, cafile=str(tls_files.other_ca))
    assert run.status == RunStatus.FAILED
    assert "could not be verified" in run.message
    assert box.logins == 0  # the password never left


def test_a_wrong_password_says_so(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not it")
    run = _run(alice, port, box, tls_files)
    assert run.status == RunStatus.FAILED
    assert "refused the user name or password" in run.message
    assert "app password" in run.message


def test_an_unknown_folder_says_so(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    run = _run(alice, port, box, tls_files, folder="Jobs")
    assert run.status == RunStatus.FAILED
    assert "no folder called 'Jobs'" in run.message


def test_the_password_can_come_from_a_file(
    alice: User,
    port: int,
    box: Mailbox,
    tls_files: TlsFiles,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text(box.password + "\n", encoding="utf-8")
    monkeypatch.delenv(PASSWORD_ENV)
    monkeypatch.setenv(f"{PASSWORD_ENV}_FILE", str(secret))
    assert _run(alice, port, box, tls_files).status == RunStatus.DONE


def test_since_date_limits_the_search(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    import datetime as dt

    run = _run(alice, port, box, tls_files, since=dt.date(2025, 2, 7))
    assert run.status == RunStatus.DONE
    assert run.read_count == 6  # 1..12 February, from the 7th
    assert "SEARCH" in " ".join(box.commands)


def test_a_dropped_connection_is_reconnected(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles
) -> None:
    box.drop_after, box.drops = 5, 1
    run = _run(alice, port, box, tls_files)
    assert run.status == RunStatus.DONE, run.message
    assert box.logins == 2
    assert _keys(alice) == sorted(f"imap-{n}@test.example" for n in range(12))


def test_a_connection_that_keeps_dropping_stops_and_resumes_after_the_last_batch(
    alice: User,
    port: int,
    box: Mailbox,
    tls_files: TlsFiles,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(execute, "BATCH", 4)  # write every 4 messages
    monkeypatch.setattr(imap, "FETCH_BATCH", 2)  # fetch 2 at a time
    box.drop_after, box.drops = 3, 10  # each connection dies while sending its 4th message
    run = _run(alice, port, box, tls_files)
    assert run.status == RunStatus.STOPPED
    assert "dropped" in run.message and "Resume" in run.message
    kept = _keys(alice)
    assert len(kept) == run.read_count == 4  # one whole batch; the half batch was not kept
    assert run.cursor["uid"] == 4
    box.drops = 0  # the line is good again
    run = services.import_run_resume(run=run, queue=False)
    run = services.import_run_execute(run=run)
    assert run.status == RunStatus.DONE, run.message
    assert _keys(alice) == sorted(f"imap-{n}@test.example" for n in range(12))
    assert run.read_count == 12


def test_the_cli_reads_imap(
    alice: User, port: int, box: Mailbox, tls_files: TlsFiles, invoke: Invoke
) -> None:
    result = invoke(
        [
            "import", "mail", "--imap", "127.0.0.1", "--port", str(port),
            "--imap-user", box.user, "--ca-file", str(tls_files.ca),
            "--password-env", PASSWORD_ENV,
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Read 12 from sam@example.org on 127.0.0.1 (INBOX): 12 suggestions" in result.stdout
    assert box.password not in result.output
    assert box.password not in str(ImportRun.objects.get().options)
