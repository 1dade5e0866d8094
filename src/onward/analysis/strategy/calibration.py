"""Does the fit score predict how applications go, for you? Rates by fit band.

Applications with a fit score (``analysis.fit``, 0..1) are grouped into ``FIT_BANDS``
and each band gets its response rate and its applied-to-interview rate, counted by the
funnel's censoring rules and shown as numbers only with enough data (see ``rates``).
The lowest and highest bands with enough data are compared on both rates, as a family
of two (see ``compare``). The report is ``enough`` only when at least two bands have a
response rate: one band alone calibrates nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from onward.analysis.strategy.compare import Comparison, compare_rates
from onward.analysis.strategy.funnel import Observed, observe, tally_of
from onward.analysis.strategy.rates import Rate, rate_of
from onward.analysis.strategy.records import ApplicationRecord
from onward.analysis.strategy.steps import Metric

FIT_BANDS = (("under 40%", 0.0, 0.40), ("40 to 70%", 0.40, 0.70), ("70% and over", 0.70, 1.01))
"""(label, lowest score, score it stays below)."""
CALIBRATED = (Metric.RESPONSE, Metric.APPLIED_TO_INTERVIEW)


@dataclass(frozen=True)
class FitBand:
    label: str
    low: float
    high: float
    applications: int
    response: Rate
    interview: Rate  # applied to interview


@dataclass(frozen=True)
class Calibration:
    bands: tuple[FitBand, ...]
    without_score: int
    enough: bool
    comparisons: tuple[Comparison, ...]  # highest vs lowest band with data, per metric
    reasons: tuple[str, ...]


def _band(label: str, low: float, high: float, observed: list[Observed]) -> FitBand:
    inside = [
        o for o in observed if o.record.fit_score is not None and low <= o.record.fit_score < high
    ]
    return FitBand(
        label,
        low,
        high,
        len(inside),
        rate_of(tally_of(inside, Metric.RESPONSE)),
        rate_of(tally_of(inside, Metric.APPLIED_TO_INTERVIEW)),
    )


def calibration_by_fit(
    records: Iterable[ApplicationRecord], *, now: dt.datetime, quiet_days: int
) -> Calibration:
    """Response and interview rates by fit band, and whether high fit did better than low."""
    observed = list(observe(records, now=now, quiet_days=quiet_days))
    bands = tuple(_band(label, low, high, observed) for label, low, high in FIT_BANDS)
    without = sum(o.record.fit_score is None for o in observed)
    usable = [b for b in bands if b.response.enough]
    if len(usable) < 2:
        reason = (
            f"Not enough data yet: {len(usable)} fit band(s) with enough counted "
            "applications; at least two are needed."
        )
        return Calibration(bands, without, False, (), (reason,))
    low, high = usable[0], usable[-1]
    comparisons = tuple(
        compare_rates(
            getattr(high, name),
            getattr(low, name),
            family_size=2,
            a_label=high.label,
            b_label=low.label,
        )
        for name in ("response", "interview")
    )
    reasons = (
        f"{sum(b.applications for b in bands)} applications with a fit score, {without} without.",
        *(c.reasons[0] for c in comparisons),
    )
    return Calibration(bands, without, True, comparisons, reasons)
