"""The strategy app's timeline items: experiments started and completed."""

from __future__ import annotations

from onward.core import links
from onward.core.timeline import Scope, TimelineItem, midday, short
from onward.strategy.choices import ExperimentStatus
from onward.strategy.models import Experiment


def experiments(scope: Scope) -> list[TimelineItem]:
    """One item when an experiment starts, another when it is completed (a win)."""
    items = [
        TimelineItem(
            "experiment",
            midday(e.started_on),
            f"Experiment started: {e.name}",
            short(e.hypothesis),
            links.url_for("experiment", e.pk),
            None,
            e.pk,
        )
        for e in scope.filter(Experiment.objects.all(), "started_on", None, day=True)
    ]
    done = Experiment.objects.filter(status=ExperimentStatus.COMPLETED, completed_at__isnull=False)
    for e in scope.filter(done, "completed_at", None):
        assert e.completed_at is not None
        items.append(
            TimelineItem(
                "experiment",
                e.completed_at,
                f"Experiment completed: {e.name}",
                short(e.learned),
                links.url_for("experiment", e.pk),
                None,
                e.pk,
                win_key=f"experiment:{e.uid}",
            )
        )
    return scope.before_cursor(items)
