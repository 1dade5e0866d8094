"""The learning plan's timeline items: actions planned and completed."""

from __future__ import annotations

from onward.core import links
from onward.core.timeline import Scope, TimelineItem
from onward.skills.models import LearningAction


def learning(scope: Scope) -> list[TimelineItem]:
    app = "surfaced_by__id"
    planned = ("pk", "created_at", "title", "skill_label")
    rows = scope.rows(
        LearningAction.objects.all(), "created_at", planned, name="skills.learning", app=app
    )
    items = [
        TimelineItem(
            "learning",
            at,
            f"Planned: {title}",
            skill,
            links.url_for("learning", pk),
            scope.application_id,
            pk,
        )
        for pk, at, title, skill in rows
    ]
    done = LearningAction.objects.filter(completed_at__isnull=False)
    fields = ("pk", "uid", "completed_at", "title", "skill_label")
    for pk, uid, at, title, skill in scope.rows(
        done, "completed_at", fields, name="skills.learning_done", app=app
    ):
        items.append(
            TimelineItem(
                "learning",
                at,
                f"Completed: {title}",
                skill,
                links.url_for("learning", pk),
                scope.application_id,
                pk,
                win_key=f"learning:{uid}",
            )
        )
    return items
