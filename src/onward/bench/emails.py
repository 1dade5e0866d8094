"""Email classifier benchmark (``python -m onward.bench emails``)."""

from __future__ import annotations

import hashlib

HOLDOUT_TENTHS = 3


def is_holdout(email_id: str) -> bool:
    """The fixed 30% holdout: first byte of SHA-256(id, UTF-8) modulo 10 below 3.

    Fixed before any tuning; the holdout part of each data file is never read while tuning.
    """
    return hashlib.sha256(email_id.encode("utf-8")).digest()[0] % 10 < HOLDOUT_TENTHS
