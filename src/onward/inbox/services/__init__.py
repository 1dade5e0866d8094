"""Every write of the Inbox. Callers import the package:
``from onward.inbox import services`` then ``services.review_item_accept(...)``.
"""

from __future__ import annotations

from onward.inbox.services.execute import import_run_execute
from onward.inbox.services.review import (
    BulkResult,
    Edits,
    review_item_accept,
    review_item_ignore,
    review_item_reopen,
    review_items_accept,
    review_items_ignore,
)
from onward.inbox.services.runs import (
    import_run_cancel,
    import_run_delete,
    import_run_imap,
    import_run_local,
    import_run_resume,
    import_run_set_mapping,
    import_run_start,
    import_run_upload,
)
from onward.inbox.services.settings import inbox_settings_update

__all__ = [
    "BulkResult",
    "Edits",
    "import_run_cancel",
    "import_run_delete",
    "import_run_execute",
    "import_run_imap",
    "import_run_local",
    "import_run_resume",
    "import_run_set_mapping",
    "import_run_start",
    "import_run_upload",
    "inbox_settings_update",
    "review_item_accept",
    "review_item_ignore",
    "review_item_reopen",
    "review_items_accept",
    "review_items_ignore",
]
