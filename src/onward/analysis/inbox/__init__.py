"""The Inbox engine: one email or tracker row in, what it says and which application it is
about out. Pure Python like the rest of ``onward.analysis``.

- :mod:`digest`: parse and classify one message into a small :class:`MailDigest` (what a
  review item needs, nothing more), safe to run in a worker process.
- :mod:`match`: find the application a message or row is about (thread, company, sender
  domain, role, dates; fuzzy), or say it looks like a new one, with reasons.
"""

from __future__ import annotations

from onward.analysis.inbox.digest import EvidenceNote, MailDigest, digest_batch, digest_raw
from onward.analysis.inbox.match import Candidate, Match, MatchIndex, Signals

__all__ = [
    "Candidate",
    "EvidenceNote",
    "MailDigest",
    "Match",
    "MatchIndex",
    "Signals",
    "digest_batch",
    "digest_raw",
]
