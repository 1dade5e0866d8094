"""Every write of the Inbox. Callers import the package:
``from onward.inbox import services`` then ``services.review_item_accept(...)``.
"""

from __future__ import annotations

from django.db import models

from onward.core.services import FieldRules
from onward.inbox.models import ReviewItem
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

# What every write must meet beyond the models' own validation; import applies the same
# rules to each record (the limits of a review item's edits).
FIELD_RULES: dict[type[models.Model], FieldRules] = {
    ReviewItem: FieldRules(max_lengths={"company": 200, "role": 200, "message": 100_000}),
}

__all__ = [
    "FIELD_RULES",
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
