"""The per-owner cache of strategy figures, keyed by a cheap fingerprint of the inputs.

Computing the figures reads every application's event log and runs the whole engine: a
second or so at 5,000 applications. The fingerprint is the owner's change stamps
(``core.changes``) of applications, postings, events, posting skills, the profile and
experiments, plus the day, because applications pass their quiet period as
days go by. Same fingerprint, same figures: they are read back from ``FigureCache``
(one row per owner, shared by every process). The background job
``strategy.tasks.refresh_figures`` recomputes stale rows ahead of the next visit.

Pages that only show the figures (``figures_or_previous``) do not wait for a recompute
after a change: they show the previous figures, marked as such, and queue a recompute for
that owner (``strategy.tasks.refresh_owner``), which the worker runs within seconds. Pages
that need the newest figures (an experiment just created, a review saved with its
evidence, the growth report, the CLI) call ``figures``, which computes in the request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import pickle
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

import onward
from onward.accounts.models import User
from onward.core import background, changes
from onward.skills import selectors as skills_selectors
from onward.strategy import compute
from onward.strategy.figures import FORMAT, Figures
from onward.strategy.models import Experiment, FigureCache
from onward.tracker import selectors as tracker_selectors

log = logging.getLogger(__name__)


def fingerprint(owner: User, *, now: dt.datetime) -> str:
    parts = (
        f"f{FORMAT}",
        onward.__version__,
        timezone.localdate(now).isoformat(),
        str(compute.QUIET_DAYS),
        tracker_selectors.history_version(owner=owner),
        skills_selectors.fit_version(owner=owner),
        changes.stamp(owner_id=owner.pk, tables=(Experiment,)),
    )
    # A digest: the parts can be longer than the column, and cutting them would drop the
    # last ones (the experiments) from the comparison.
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


_SHAPE = f"{FORMAT}/{onward.__version__}"
"""Figures stored under another shape (format or version) are never shown as previous
figures: their fields may differ from what the pages read."""


@dataclass(frozen=True)
class Shown:
    """Figures for a page, and whether newer ones are being computed (``stale``)."""

    figures: Figures
    stale: bool


def _unpickle(owner: User, payload: Any, *, current_shape_only: bool = False) -> Figures | None:
    try:
        stored = pickle.loads(bytes(payload))
    except Exception:  # an older format that no longer unpickles: compute again
        log.warning("unreadable strategy figures for user %s; computing again", owner.pk)
        return None
    shaped = isinstance(stored, tuple) and len(stored) == 2 and stored[0] == _SHAPE
    if shaped:
        stored = stored[1]
    elif current_shape_only:
        return None
    return stored if isinstance(stored, Figures) else None


# perf: the figures last read per owner, by (fingerprint, computed_at) of their row, so a
# page reads that small pair instead of unpickling the payload again (4.5 ms at 5,000
# applications). Figures are frozen: threads share them read-only.
_read: OrderedDict[int, tuple[tuple[str, dt.datetime], Figures]] = OrderedDict()
_read_lock = threading.Lock()
_READ_SIZE = 16  # owners; ~150 KB pickled at 5,000 applications, a few MB unpickled


def _load(owner: User, key: str) -> Figures | None:
    rows = FigureCache.objects.filter(owner=owner, fingerprint=key)
    stamp = rows.values_list("computed_at").first()
    if stamp is None:
        return None
    version = (key, stamp[0])
    with _read_lock:
        held = _read.get(owner.pk)
    if held is not None and held[0] == version:
        return held[1]
    payload = rows.filter(computed_at=stamp[0]).values_list("payload").first()
    figures = None if payload is None else _unpickle(owner, payload[0])
    if figures is not None:
        with _read_lock:
            _read[owner.pk] = (version, figures)
            _read.move_to_end(owner.pk)
            while len(_read) > _READ_SIZE:
                _read.popitem(last=False)
    return figures


def _previous(owner: User) -> Figures | None:
    """The owner's last stored figures, whatever their inputs, if their shape is current."""
    row = FigureCache.objects.filter(owner=owner).values_list("payload").first()
    return None if row is None else _unpickle(owner, row[0], current_shape_only=True)


def _store(owner: User, key: str, figures: Figures, now: dt.datetime) -> None:
    payload = pickle.dumps((_SHAPE, figures), protocol=pickle.HIGHEST_PROTOCOL)
    values = {"fingerprint": key, "payload": payload, "computed_at": now}
    try:
        with transaction.atomic():
            FigureCache.objects.update_or_create(owner=owner, defaults=values)
    except IntegrityError:  # stored meanwhile by another request: theirs is as good
        pass


def figures(owner: User, *, now: dt.datetime | None = None) -> Figures:
    """The owner's figures: from the cache when the inputs have not changed."""
    now = now or timezone.now()
    key = fingerprint(owner, now=now)
    cached = _load(owner, key)
    if cached is not None:
        return cached
    experiments = list(Experiment.objects.filter(owner=owner).order_by("started_on", "pk"))
    fresh = compute.compute(owner, experiments, now=now)
    _store(owner, key, fresh, now)
    return fresh


def figures_or_previous(owner: User, *, now: dt.datetime | None = None) -> Shown:
    """Current figures when cached; else the previous ones (marked stale) while a recompute
    for this owner is queued; computed here only when there are none at all."""
    now = now or timezone.now()
    key = fingerprint(owner, now=now)
    current = _load(owner, key)
    if current is not None:
        return Shown(current, stale=False)
    previous = _previous(owner)
    if previous is None:
        return Shown(figures(owner, now=now), stale=False)
    from onward.strategy import tasks  # the task module imports the services

    background.enqueue_once(tasks.refresh_owner, owner.pk)
    return Shown(previous, stale=True)


def refresh(owner: User, *, now: dt.datetime | None = None) -> bool:
    """Compute the figures ahead of a visit when they are stale; True if it did."""
    now = now or timezone.now()
    key = fingerprint(owner, now=now)
    if FigureCache.objects.filter(owner=owner, fingerprint=key).exists():
        return False
    figures(owner, now=now)
    return True
