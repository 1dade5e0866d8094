"""Running an import: read, classify, match and queue, batch by batch.

Each batch (its review items, any auto-accepted changes, the run's counts and where to
resume) is written in one transaction, and only if the run is still ours (nobody cancelled
it or took it over): an import that stops for any reason resumes after its last whole batch
and never leaves half of one. Messages already imported are recognised by their Message-ID
(else a hash of their content), CSV rows by their stable key, so nothing is queued twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from onward.analysis.inbox.digest import MailDigest
from onward.analysis.inbox.match import MatchIndex
from onward.analysis.mail import MailFormatError
from onward.analysis.tracker_csv import CsvFormatError
from onward.inbox import digesting, files, selectors
from onward.inbox.choices import RunStatus, Source
from onward.inbox.imap import ImapError, ImapOptions, open_imap_stream, password_from_env
from onward.inbox.models import STALE, ImportRun, ReviewItem
from onward.inbox.services import items as builders
from onward.inbox.services import review
from onward.inbox.services.runs import csv_preview
from onward.inbox.sources import Step, Stream, open_stream

BATCH = 200
MAX_NOTES = 20
Progress = Callable[[ImportRun], None]


class LostRun(Exception):
    """The run was cancelled, or taken over by another worker: stop without writing."""


def import_run_execute(
    *,
    run: ImportRun,
    progress: Progress | None = None,
    budget: dt.timedelta | None = None,
    password: str | None = None,
) -> ImportRun:
    """Run (or continue) an import until it is done, stops on a problem, or ``budget`` is
    spent (then it is queued again: the caller enqueues the next slice). Never raises for
    a problem with the input: the run says what went wrong."""
    claimed = _claim(run)
    if claimed is None:
        run.refresh_from_db()
        return run
    run = claimed
    deadline = time.monotonic() + budget.total_seconds() if budget else None
    try:
        finished = _run(run, progress, deadline, password)
    except LostRun:
        run.refresh_from_db()
        return run
    except ImapError as exc:
        return _stop(run, RunStatus.STOPPED if exc.dropped else RunStatus.FAILED, str(exc))
    except (MailFormatError, CsvFormatError, ValueError) as exc:
        return _stop(run, RunStatus.FAILED, _plain(str(exc)))
    except OSError as exc:
        return _stop(run, RunStatus.FAILED, f"Could not read the file: {exc.strerror or exc}.")
    except KeyboardInterrupt:
        _stop(run, RunStatus.STOPPED, "Stopped. Run the same import again to continue.")
        raise
    return _finish(run) if finished else _pause(run)


def _plain(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _claim(run: ImportRun) -> ImportRun | None:
    """Take the run: queued, or running but abandoned by a worker that died."""
    now = timezone.now()
    with transaction.atomic():
        locked = ImportRun.objects.select_for_update().get(pk=run.pk)
        alive = locked.heartbeat_at is not None and now - locked.heartbeat_at < STALE
        abandoned = locked.status == RunStatus.RUNNING and not alive
        if locked.status != RunStatus.QUEUED and not abandoned:
            return None
        locked.status = RunStatus.RUNNING
        locked.heartbeat_at = now
        locked.started_at = locked.started_at or now
        locked.save(update_fields=["status", "heartbeat_at", "started_at", "updated_at"])
    return locked


def _stop(run: ImportRun, status: RunStatus, message: str) -> ImportRun:
    ImportRun.objects.filter(pk=run.pk, status=RunStatus.RUNNING).update(
        status=status, message=message, updated_at=timezone.now()
    )
    run.refresh_from_db()
    return run


def _pause(run: ImportRun) -> ImportRun:
    """Out of time for this slice: back in the queue, to continue where it is."""
    ImportRun.objects.filter(pk=run.pk, status=RunStatus.RUNNING).update(status=RunStatus.QUEUED)
    run.refresh_from_db()
    return run


def _finish(run: ImportRun) -> ImportRun:
    now = timezone.now()
    kept = "" if files.is_upload(run.stored_file) else run.stored_file
    ImportRun.objects.filter(pk=run.pk, status=RunStatus.RUNNING).update(
        status=RunStatus.DONE, done=F("total"), finished_at=now, stored_file=kept, updated_at=now
    )
    files.remove_upload(run.stored_file)
    run.refresh_from_db()
    return run


def _run(
    run: ImportRun, progress: Progress | None, deadline: float | None, password: str | None
) -> bool:
    if run.source == Source.CSV:
        return _run_rows(run, progress, deadline)
    stream = _mail_stream(run, password)
    ImportRun.objects.filter(pk=run.pk).update(total=stream.total)
    run.total = stream.total
    keep = bool(run.options.get("keep_bodies"))
    estimate = stream.total // 30_000 if run.source in (Source.MBOX, Source.ZIP) else stream.total
    processes = digesting.process_count(estimate)
    index = MatchIndex(selectors.match_candidates(owner=run.owner))
    pairs = digesting.digests(stream.steps, keep_body=keep, processes=processes)
    with contextlib.closing(pairs):
        for batch in _batches(pairs, BATCH):
            _write_mail(run, batch, index)
            if progress:
                progress(run)
            if deadline is not None and time.monotonic() > deadline:
                return False
    return True


def _mail_stream(run: ImportRun, password: str | None) -> Stream:
    if run.source == Source.IMAP:
        options = ImapOptions.from_dict(run.options.get("imap", {}))
        secret = password or password_from_env(str(run.options.get("password_env", "")))
        if not secret:
            name = run.options.get("password_env", "ONWARD_IMAP_PASSWORD")
            raise ImapError(f"No password: set {name} (or {name}_FILE) where Onward runs.")
        return open_imap_stream(options, secret, run.cursor)
    return open_stream(run.source, files.resolve(run.stored_file), run.cursor)


def _batches(pairs: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- one batch of mail -------------------------------------------------------------------


def _write_mail(run: ImportRun, batch: list[tuple[Step, MailDigest]], index: MatchIndex) -> None:
    counts: Counter[str] = Counter(read=len(batch))
    notes: list[str] = []
    with transaction.atomic():
        digests = {builders.key_digest(d.key) for _, d in batch if d.key}
        known = selectors.known_keys(owner=run.owner, digests=list(digests))
        new_items: list[ReviewItem] = []
        for step, digest in batch:
            item = _one_mail(run, step, digest, index, known, counts, notes)
            if item is not None:
                new_items.append(item)
        new_items = _insert(run, new_items, counts)
        counts["proposed"] = len(new_items)
        counts["auto"] = _auto_accept(run, new_items, index)
        last = batch[-1][0]
        _advance(run, last.cursor, last.done, counts, notes)


def _insert(run: ImportRun, items: list[ReviewItem], counts: Counter[str]) -> list[ReviewItem]:
    """Write the batch's items. Another import of the same mail that wrote some of them
    meanwhile (two uploads at once) makes those duplicates, not an error."""
    try:
        with transaction.atomic():
            return ReviewItem.objects.bulk_create(items)
    except IntegrityError:
        known = selectors.known_keys(owner=run.owner, digests=[i.key_digest for i in items])
        fresh = [i for i in items if i.key_digest not in known]
        counts["duplicate"] += len(items) - len(fresh)
        return ReviewItem.objects.bulk_create(fresh)


def _one_mail(
    run: ImportRun,
    step: Step,
    digest: MailDigest,
    index: MatchIndex,
    known: set[str],
    counts: Counter[str],
    notes: list[str],
) -> ReviewItem | None:
    if digest.error:
        counts["unreadable"] += 1
        notes.append(f"{_where(step)}: {digest.error}")
        return None
    key = builders.key_digest(digest.key)
    if key in known:
        counts["duplicate"] += 1
        return None
    known.add(key)
    built = builders.from_digest(owner=run.owner, run=run, digest=digest, index=index)
    match = built.match
    if match is not None and match.application_id is not None:
        confident = match.score >= 0.85
        domain = digest.sender_domain if confident else ""
        index.learn(match.application_id, message_key=digest.key, domain=domain)
    elif match is not None:
        index.propose(match)
    counts[built.outcome] += 1
    return built.item


def _where(step: Step) -> str:
    raw = step.raw
    if raw.source.startswith("imap:"):
        return f"message UID {raw.offset}"
    name = raw.source.rsplit("/", 1)[-1]
    return f"{name} at byte {raw.offset}" if raw.offset else name


def _auto_accept(run: ImportRun, new_items: Sequence[ReviewItem], index: MatchIndex) -> int:
    """Accept what is above the person's chosen confidence, when they turned that on."""
    floor = run.options.get("auto_accept_min")
    if floor is None:
        return 0
    chosen = [i for i in new_items if i.stage and i.confidence >= float(floor)]
    if not chosen:
        return 0
    result = review.review_items_accept(items=chosen, auto=True)
    touched = [i.result_application_id for i in result.accepted if i.result_application_id]
    for candidate in selectors.match_candidates(owner=run.owner, ids=touched):
        index.add(candidate)
    return len(result.accepted)


def _advance(
    run: ImportRun, cursor: dict[str, Any], done: int, counts: Counter[str], notes: list[str]
) -> None:
    """Count the batch and move the cursor, if the run is still ours (else undo it all)."""
    room = max(0, MAX_NOTES - len(run.notes))
    changed = ImportRun.objects.filter(
        pk=run.pk, status=RunStatus.RUNNING, read_count=run.read_count
    ).update(
        read_count=F("read_count") + counts["read"],
        proposed_count=F("proposed_count") + counts["proposed"],
        duplicate_count=F("duplicate_count") + counts["duplicate"],
        other_count=F("other_count") + counts[builders.OTHER],
        current_count=F("current_count") + counts[builders.CURRENT],
        unreadable_count=F("unreadable_count") + counts["unreadable"],
        auto_accepted_count=F("auto_accepted_count") + counts["auto"],
        cursor=cursor,
        done=done,
        notes=[*run.notes, *notes[:room]],
        heartbeat_at=timezone.now(),
        updated_at=timezone.now(),
    )
    if not changed:
        raise LostRun
    run.refresh_from_db()


# --- tracker rows ------------------------------------------------------------------------


def _run_rows(run: ImportRun, progress: Progress | None, deadline: float | None) -> bool:
    result = csv_preview(
        files.resolve(run.stored_file),
        columns=run.options.get("columns"),
        statuses=run.options.get("statuses"),
    )
    if result.mapping.missing:
        raise ValueError(f"no column for {', '.join(result.mapping.missing)}: choose one")
    start = int(run.cursor.get("row", 0))
    ImportRun.objects.filter(pk=run.pk).update(total=len(result.rows) + len(result.errors))
    run.total = len(result.rows) + len(result.errors)
    if start == 0 and result.errors:
        _note_rows(run, [e.message for e in result.errors])
    index = MatchIndex(selectors.match_candidates(owner=run.owner))
    rows = [row for row in result.rows if row.number > start]
    confidence = result.mapping.confidence
    for batch in _batches(rows, BATCH):
        _write_rows(run, batch, index, confidence, skipped=len(result.errors))
        if progress:
            progress(run)
        if deadline is not None and time.monotonic() > deadline:
            return False
    return True


def _note_rows(run: ImportRun, messages: list[str]) -> None:
    notes = [*run.notes, *messages[: max(0, MAX_NOTES - len(run.notes))]]
    ImportRun.objects.filter(pk=run.pk).update(
        notes=notes, unreadable_count=F("unreadable_count") + len(messages)
    )
    run.refresh_from_db()


def _write_rows(
    run: ImportRun, batch: list[Any], index: MatchIndex, confidence: float, *, skipped: int
) -> None:
    counts: Counter[str] = Counter(read=len(batch))
    with transaction.atomic():
        digests = [builders.key_digest(row.key) for row in batch]
        known = selectors.known_keys(owner=run.owner, digests=digests)
        new_items: list[ReviewItem] = []
        for row, key in zip(batch, digests, strict=True):
            if key in known:
                counts["duplicate"] += 1
                continue
            built = builders.from_row(
                owner=run.owner, run=run, row=row, index=index, mapping_confidence=confidence
            )
            if built.match is not None and built.match.is_new:
                index.propose(built.match)
            counts[built.outcome] += 1
            if built.item is not None:
                new_items.append(built.item)
        new_items = _insert(run, new_items, counts)
        counts["proposed"] = len(new_items)
        counts["auto"] = _auto_accept(run, new_items, index)
        done = run.read_count + len(batch) + skipped
        _advance(run, {"row": batch[-1].number}, done, counts, [])
