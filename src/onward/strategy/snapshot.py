"""What a strategy review saves of the evidence it showed: plain JSON, readable later
even after the applications behind it changed or went."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from onward.strategy import wording
from onward.strategy.figures import ComparisonView, Figures, RateView
from onward.strategy.models import Experiment

FORMAT = 1


def rate_json(rate: RateView) -> dict[str, Any]:
    return {
        "successes": rate.successes,
        "n": rate.n,
        "mean": rate.mean,
        "low": rate.low,
        "high": rate.high,
        "reason": rate.reason,
    }


def comparison_json(item: ComparisonView) -> dict[str, Any]:
    return {
        "sentence": item.sentence,
        "dimension": item.dimension,
        "metric": item.metric,
        "a_label": item.a_label,
        "b_label": item.b_label,
        "a": rate_json(item.a),
        "b": rate_json(item.b),
        "chance": item.better_prob,
        "threshold": item.threshold,
        "verdict": item.verdict,
        "primary": item.primary,
        "reason": item.reason,
    }


def _experiments(figures: Figures, experiments: Sequence[Experiment]) -> list[dict[str, Any]]:
    rows = []
    for experiment in experiments:
        result = figures.experiment(experiment.pk)
        rows.append(
            {
                "id": experiment.pk,
                "name": experiment.name,
                "metric": experiment.metric,
                "status": experiment.status,
                "result": result.status if result else "",
                "reasons": list(result.reasons) if result else [],
            }
        )
    return rows


def snapshot_of(figures: Figures, experiments: Sequence[Experiment]) -> dict[str, Any]:
    """The funnel, findings, checks, diagnosis and experiments of a review, as JSON."""
    diagnosis = figures.diagnosis
    return {
        "format": FORMAT,
        "computed_at": figures.computed_at.isoformat(),
        "quiet_days": figures.quiet_days,
        "applications": figures.funnel.applications,
        "funnel": [
            {"metric": s.metric, "name": s.name, "label": s.label, **rate_json(s.rate)}
            for s in figures.funnel.steps
        ],
        "findings": [comparison_json(c) for c in figures.findings],
        "checks": [comparison_json(c) for c in figures.checks if not c.is_finding],
        "diagnosis": {
            "status": diagnosis.status,
            "step": diagnosis.metric,
            "name": wording.STEP_NAMES.get(diagnosis.metric, ""),
            "advice": diagnosis.advice,
            "reasons": list(diagnosis.reasons),
            "applications": diagnosis.cited_total,
        },
        "overdue": figures.times.overdue_total,
        "experiments": _experiments(figures, experiments),
    }
