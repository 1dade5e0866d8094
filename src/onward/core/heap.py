"""Keep the garbage collector's full passes short in long-running server processes.

Once a server process is warm it holds a few hundred thousand long-lived objects (Django,
the URL map, compiled templates, the skills engine). A full (generation 2) collection
walks every one of them and stalls every thread of the process meanwhile, so now and then
one request pays for it. ``gc.freeze()`` moves what is alive now out of the collector's
reach (reference counting still frees it); later full passes walk only what was made
since. Forked processes gain too: frozen objects are not touched by their collections, so
their memory pages stay shared with the parent.
"""

from __future__ import annotations

import gc
import threading


def freeze_startup_objects() -> int:
    """Collect once, then freeze everything still alive; how many objects are frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def freeze_after(thread: threading.Thread | None) -> threading.Thread:
    """``freeze_startup_objects`` once ``thread`` (a warm-up) has finished, in a daemon
    thread (at once when there is none)."""

    def run() -> None:
        if thread is not None:
            thread.join()
        freeze_startup_objects()

    freezer = threading.Thread(target=run, name="onward-heap-freeze", daemon=True)
    freezer.start()
    return freezer
