"""The strategy app's timeline items: experiments started and completed."""

from __future__ import annotations

from onward.core import links
from onward.core.timeline import Scope, TimelineItem, midday, short
from onward.strategy.choices import ExperimentStatus
from onward.strategy.models import Experiment


def experiments(scope: Scope) -> list[TimelineItem]:
    """One item when an experiment starts, another when it is completed (a win)."""
    started = ("pk", "started_on", "name", "hypothesis")
    rows = scope.rows(
        Experiment.objects.all(), "started_on", started, name="strategy.experiments", app=None,
        day=True,
    )  # fmt: skip
    items = [
        TimelineItem(
            "experiment",
            midday(on),
            f"Experiment started: {name}",
            short(hypothesis),
            links.url_for("experiment", pk),
            None,
            pk,
        )
        for pk, on, name, hypothesis in rows
    ]
    done = Experiment.objects.filter(status=ExperimentStatus.COMPLETED, completed_at__isnull=False)
    fields = ("pk", "uid", "completed_at", "name", "learned")
    for pk, uid, at, name, learned in scope.rows(
        done, "completed_at", fields, name="strategy.experiments_done", app=None
    ):
        items.append(
            TimelineItem(
                "experiment",
                at,
                f"Experiment completed: {name}",
                short(learned),
                links.url_for("experiment", pk),
                None,
                pk,
                win_key=f"experiment:{uid}",
            )
        )
    return scope.before_cursor(items)
