"""The learning plan's timeline items: actions planned and completed."""

from __future__ import annotations

from onward.core import links
from onward.core.timeline import Scope, TimelineItem
from onward.skills.models import LearningAction


def learning(scope: Scope) -> list[TimelineItem]:
    app = "surfaced_by__id"
    items = [
        TimelineItem(
            "learning",
            a.created_at,
            f"Planned: {a.title}",
            a.skill_label,
            links.url_for("learning", a.pk),
            scope.application_id,
            a.pk,
        )
        for a in scope.filter(LearningAction.objects.all(), "created_at", app)
    ]
    done = LearningAction.objects.filter(completed_at__isnull=False)
    for a in scope.filter(done, "completed_at", app):
        assert a.completed_at is not None
        items.append(
            TimelineItem(
                "learning",
                a.completed_at,
                f"Completed: {a.title}",
                a.skill_label,
                links.url_for("learning", a.pk),
                scope.application_id,
                a.pk,
                win_key=f"learning:{a.uid}",
            )
        )
    return items
