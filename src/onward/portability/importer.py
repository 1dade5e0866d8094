"""Import an export file into an account: all or nothing, without blocking other writers.

1. ``parse_document`` checks the whole file (structure, references, consistency) and
   ``validate_records`` checks every record as a service write would; nothing is written
   until the whole file passes.
2. An import run (``runs``) writes the new records in short batches, owned by a hidden
   staging account, so the database lock is never held for long and nobody sees them yet.
3. ``run_switch`` gives them to the account (again in short batches, parents first), then
   writes the changes to records it already had in one short transaction. Any failure
   discards what the run wrote.

Importing the same file twice changes nothing the second time (records are matched by uid).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from onward.portability import runs
from onward.portability.batches import WriteBatches, checkpoints_between_batches
from onward.portability.document import parse_document
from onward.portability.errors import ImportFileError, Problem
from onward.portability.sections import SECTIONS
from onward.portability.sections.base import Counts
from onward.portability.sections.context import LoadContext
from onward.portability.validation import validate_records

if TYPE_CHECKING:
    import datetime as dt

    from onward.accounts.models import User

BOM = "\ufeff"


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, Counts]
    profile_filled: bool
    resumed: bool = False  # an interrupted import of the same file was carried on
    batches: int = 0  # write transactions, the final switch included
    longest_batch_seconds: float = 0.0  # the longest of them

    @property
    def created(self) -> int:
        return sum(c.created for c in self.counts.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.counts.values())


def account_import(
    *,
    owner: User,
    data: object,
    digest: str | None = None,
    batch_seconds: float = 0.2,
    pause_seconds: float = 0.1,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Upsert every record of ``data`` into ``owner``'s account, by uid.

    Any problem raises ``ImportFileError`` (``ImportBusyError`` while another import into
    the account runs) and leaves the account as it was. Write transactions last about
    ``batch_seconds``, with ``pause_seconds`` between them for other writers. ``digest``
    identifies the file (to resume an interrupted import of it); default: its content.
    """
    document = parse_document(data)
    now = now or timezone.now()
    validate_records(document, now=now)
    run, resumed = runs.run_start(owner=owner, digest=digest or _digest(data), now=now)
    batches = WriteBatches(
        seconds=batch_seconds, pause=pause_seconds, heartbeat=lambda: runs.run_heartbeat(run)
    )
    ctx = LoadContext(owner=owner, staging=run.staging, now=now, batches=batches)
    with checkpoints_between_batches():
        try:
            counts = {s.name: s.load(document.sections[s.name], ctx=ctx) for s in SECTIONS}
            filled = runs.run_switch(run, ctx=ctx, account=document.account)
        except BaseException:
            runs.run_discard(run, batches=WriteBatches(pause=pause_seconds))
            raise
    return ImportResult(
        counts=counts,
        profile_filled=filled,
        resumed=resumed,
        batches=batches.count,
        longest_batch_seconds=round(batches.longest, 3),
    )


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def account_import_json(
    *, owner: User, text: str, batch_seconds: float = 0.2, pause_seconds: float = 0.1
) -> ImportResult:
    """``account_import`` of a JSON text (a leading byte order mark is allowed)."""
    text = text.removeprefix(BOM)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ImportFileError([Problem(f"not valid JSON: {exc.msg} ({where})")]) from exc
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return account_import(
        owner=owner,
        data=data,
        digest=digest,
        batch_seconds=batch_seconds,
        pause_seconds=pause_seconds,
    )
