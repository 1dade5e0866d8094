"""The strategy figures as the pages, the API and the CLI show them.

``figures_of`` turns the engine's ``Overview`` into small frozen dataclasses: counts,
estimates, intervals, probabilities and reasons, with at most a few dozen application
ids cited where a list is shown (the engine's tallies hold every application's key,
which is too much to cache for a large search). These are what the per-owner cache
stores (``strategy.cache``), so a change here bumps ``FORMAT``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from onward.analysis.strategy.calibration import CALIBRATED, Calibration
from onward.analysis.strategy.compare import Comparison
from onward.analysis.strategy.diagnosis import Diagnosis
from onward.analysis.strategy.experiments import ExperimentResult
from onward.analysis.strategy.funnel import Funnel, StepRate
from onward.analysis.strategy.overview import Overview
from onward.analysis.strategy.rates import Rate
from onward.analysis.strategy.segments import SegmentComparison
from onward.analysis.strategy.timing import ResponseTime, ResponseTimes
from onward.strategy import wording

FORMAT = 2  # 2: the target role dimension
"""Bumped whenever these dataclasses change, so older cached figures are rebuilt."""
CITED = 40
"""Most application ids kept where a list of applications is shown."""
COMPANIES_SHOWN = 15


@dataclass(frozen=True)
class RateView:
    successes: int
    n: int  # counted (the denominator)
    pending: int  # too recent to tell
    withdrawn: int  # withdrawn before an answer was due
    mean: float | None  # None: not enough data yet
    low: float | None  # 90% credible interval
    high: float | None
    reason: str

    @property
    def enough(self) -> bool:
        return self.mean is not None


def rate_view(rate: Rate) -> RateView:
    tally, estimate = rate.tally, rate.estimate
    return RateView(
        successes=tally.successes,
        n=tally.n,
        pending=tally.n_pending,
        withdrawn=tally.n_withdrawn,
        mean=estimate.mean if estimate else None,
        low=estimate.low if estimate else None,
        high=estimate.high if estimate else None,
        reason=rate.reason,
    )


@dataclass(frozen=True)
class StepView:
    metric: str
    name: str  # short: "Answered"
    label: str  # what it counts: "applications that got an answer"
    rate: RateView


def _steps(steps: Sequence[StepRate]) -> tuple[StepView, ...]:
    return tuple(
        StepView(s.metric.value, wording.STEP_NAMES[s.metric.value], s.label, rate_view(s.rate))
        for s in steps
    )


@dataclass(frozen=True)
class FunnelView:
    applications: int
    open_applications: int
    reached: tuple[tuple[str, str, int], ...]  # (milestone, label, applications there)
    steps: tuple[StepView, ...]  # response, screen, interview, offer
    overall: tuple[StepView, ...]  # from applied to screening, interview, offer
    rounds: tuple[tuple[int, RateView], ...]  # interview round k -> another round or offer
    reasons: tuple[str, ...]

    def step(self, metric: str) -> StepView | None:
        return next((s for s in (*self.steps, *self.overall) if s.metric == metric), None)


def funnel_view(funnel: Funnel) -> FunnelView:
    return FunnelView(
        applications=funnel.applications,
        open_applications=funnel.open_applications,
        reached=tuple((m, wording.MILESTONES[m], n) for m, n in funnel.reached),
        steps=_steps(funnel.steps),
        overall=_steps(funnel.overall),
        rounds=tuple((r.round_no, rate_view(r.rate)) for r in funnel.rounds),
        reasons=funnel.reasons,
    )


@dataclass(frozen=True)
class SegmentView:
    dimension: str
    value: str
    label: str
    applications: int
    steps: tuple[StepView, ...]
    overall: tuple[StepView, ...]


@dataclass(frozen=True)
class ComparisonView:
    dimension: str
    segment: str  # side A
    rest: str  # side B: another value, or "rest"
    metric: str
    a_label: str  # "referral applications"
    b_label: str  # "your other channels"
    a: RateView
    b: RateView
    prob_a_better: float | None
    ratio: float | None
    threshold: float
    verdict: str  # a_better, b_better, no_clear_difference, not_enough_data
    primary: bool  # one of the pre-registered checks
    one_sided: bool
    reason: str

    @property
    def is_finding(self) -> bool:
        return self.verdict in ("a_better", "b_better")

    @property
    def better_prob(self) -> float | None:
        """The chance that the side that looks better truly is (or A, for a one-sided check)."""
        prob = self.prob_a_better
        if prob is None:
            return None
        return prob if self.one_sided or self.verdict == "a_better" else max(prob, 1 - prob)

    @property
    def sentence(self) -> str:
        a_wins = self.verdict != "b_better" and (self.prob_a_better or 0) >= 0.5
        better, worse = (self.a_label, self.b_label) if a_wins else (self.b_label, self.a_label)
        return wording.better_sentence(self.metric, better, worse)


def comparison_view(
    comparison: Comparison,
    *,
    dimension: str,
    segment: str,
    rest: str,
    metric: str,
    primary: bool = False,
    labels: tuple[str, str] | None = None,
) -> ComparisonView:
    a_label, b_label = labels or (
        wording.segment_noun(dimension, segment),
        wording.segment_noun(dimension, rest),
    )
    return ComparisonView(
        dimension=dimension,
        segment=segment,
        rest=rest,
        metric=metric,
        a_label=a_label,
        b_label=b_label,
        a=rate_view(comparison.a),
        b=rate_view(comparison.b),
        prob_a_better=comparison.prob_a_better,
        ratio=comparison.ratio,
        threshold=comparison.threshold,
        verdict=comparison.verdict.value,
        primary=primary,
        one_sided=comparison.one_sided,
        reason=comparison.reasons[0],
    )


def _segment_comparison(item: SegmentComparison) -> ComparisonView:
    return comparison_view(
        item.comparison,
        dimension=item.dimension.value,
        segment=item.segment,
        rest=item.rest,
        metric=item.metric.value,
        primary=item.primary,
    )


@dataclass(frozen=True)
class CheckView:
    metric: str
    name: str
    label: str
    rate: RateView
    expected: float
    prob_below: float | None
    weak: bool
    reason: str


@dataclass(frozen=True)
class DiagnosisView:
    status: str  # weak_stage, nothing_stands_out, not_enough_data
    metric: str  # the weakest step, "" without one
    name: str
    advice: str
    checks: tuple[CheckView, ...]
    cited: tuple[int, ...]  # applications that did not get through (at most CITED)
    cited_total: int
    reasons: tuple[str, ...]


def _ids(keys: Sequence[str]) -> tuple[int, ...]:
    return tuple(int(k) for k in keys if k.isdigit())


def diagnosis_view(diagnosis: Diagnosis) -> DiagnosisView:
    checks = tuple(
        CheckView(
            c.step.metric.value,
            wording.STEP_NAMES[c.step.metric.value],
            c.step.label,
            rate_view(c.step.rate),
            c.expected,
            c.prob_below,
            c.weak,
            c.reason,
        )
        for c in diagnosis.checks
    )
    weakest = diagnosis.weakest
    metric = weakest.step.metric.value if weakest else ""
    keys = diagnosis.application_keys
    return DiagnosisView(
        status=diagnosis.status.value,
        metric=metric,
        name=wording.STEP_NAMES.get(metric, ""),
        advice=diagnosis.advice,
        checks=checks,
        cited=_ids(sorted(keys, key=lambda k: -int(k) if k.isdigit() else 0)[:CITED]),
        cited_total=len(keys),
        reasons=diagnosis.reasons,
    )


@dataclass(frozen=True)
class OverdueView:
    application_id: int
    channel: str
    waited_days: float
    usual_days: float
    compared_with: str
    reason: str


@dataclass(frozen=True)
class TimesView:
    overall: ResponseTime
    by_channel: tuple[ResponseTime, ...]
    by_company: tuple[ResponseTime, ...]  # companies with enough answers, most answers first
    companies_timed: int  # companies with at least one answer timed
    overdue: tuple[OverdueView, ...]  # longest wait first, at most CITED
    overdue_total: int


def times_view(times: ResponseTimes) -> TimesView:
    companies = sorted((t for t in times.by_company if t.enough), key=lambda t: (-t.n, t.group))
    overdue = tuple(
        OverdueView(int(o.key), o.channel, o.waited_days, o.usual_days, o.compared_with, o.reason)
        for o in times.overdue[:CITED]
        if o.key.isdigit()
    )
    return TimesView(
        overall=times.overall,
        by_channel=times.by_channel,
        by_company=tuple(companies[:COMPANIES_SHOWN]),
        companies_timed=len(times.by_company),
        overdue=overdue,
        overdue_total=len(times.overdue),
    )


@dataclass(frozen=True)
class BandView:
    label: str
    applications: int
    response: RateView
    interview: RateView


@dataclass(frozen=True)
class CalibrationView:
    bands: tuple[BandView, ...]
    without_score: int
    enough: bool
    comparisons: tuple[ComparisonView, ...]  # highest band against lowest, per rate
    reasons: tuple[str, ...]


_CALIBRATED = tuple(metric.value for metric in CALIBRATED)


def _band_noun(label: str) -> str:
    return (
        f"postings with a fit {label}"
        if label.startswith("under")
        else (f"postings with a fit of {label}")
    )


def calibration_view(calibration: Calibration) -> CalibrationView:
    bands = tuple(
        BandView(b.label, b.applications, rate_view(b.response), rate_view(b.interview))
        for b in calibration.bands
    )
    comparisons = tuple(
        comparison_view(
            c,
            dimension="fit",
            segment=c.a_label,
            rest=c.b_label,
            metric=metric,
            labels=(_band_noun(c.a_label), _band_noun(c.b_label)),
        )
        for c, metric in zip(calibration.comparisons, _CALIBRATED, strict=False)  # none or all
    )
    return CalibrationView(
        bands, calibration.without_score, calibration.enough, comparisons, calibration.reasons
    )


@dataclass(frozen=True)
class ExperimentView:
    experiment_id: int
    status: str  # waiting, too_few, no_baseline, result
    during: RateView
    baseline: RateView
    comparison: ComparisonView | None
    applications: int  # made during the experiment
    required: int
    waiting_for: int
    reasons: tuple[str, ...]


def experiment_view(result: ExperimentResult) -> ExperimentView:
    experiment = result.experiment
    comparison = None
    if result.comparison is not None:
        comparison = comparison_view(
            result.comparison,
            dimension="experiment",
            segment="during",
            rest="before",
            metric=experiment.metric.value,
            labels=("applications during the experiment", "those made before it"),
        )
    return ExperimentView(
        experiment_id=int(experiment.key),
        status=result.status.value,
        during=rate_view(result.during),
        baseline=rate_view(result.baseline),
        comparison=comparison,
        applications=len(result.applications),
        required=result.required,
        waiting_for=result.waiting_for,
        reasons=result.reasons,
    )


@dataclass(frozen=True)
class Figures:
    computed_at: dt.datetime
    quiet_days: int
    funnel: FunnelView
    segments: tuple[SegmentView, ...]  # by dimension (``wording.DIMENSIONS`` order), value
    comparisons: tuple[ComparisonView, ...]
    family_size: int  # exploratory comparisons tested
    threshold: float
    primary_family_size: int
    primary_threshold: float
    diagnosis: DiagnosisView
    times: TimesView
    calibration: CalibrationView
    experiments: tuple[ExperimentView, ...]

    @property
    def findings(self) -> tuple[ComparisonView, ...]:
        """Findings, the pre-registered checks first, then the most certain."""
        found = [c for c in self.comparisons if c.is_finding]
        return tuple(sorted(found, key=lambda c: (not c.primary, -(c.better_prob or 0))))

    @property
    def checks(self) -> tuple[ComparisonView, ...]:
        """The pre-registered checks that exist in this search (both sides stated)."""
        return tuple(c for c in self.comparisons if c.primary)

    def segments_of(self, dimension: str) -> tuple[SegmentView, ...]:
        return tuple(s for s in self.segments if s.dimension == dimension)

    def comparisons_of(self, dimension: str) -> tuple[ComparisonView, ...]:
        return tuple(c for c in self.comparisons if c.dimension == dimension)

    def experiment(self, experiment_id: int) -> ExperimentView | None:
        return next((e for e in self.experiments if e.experiment_id == experiment_id), None)


def _order(dimension: str) -> int:
    names = list(wording.DIMENSIONS)
    return names.index(dimension) if dimension in names else len(names)


def figures_of(overview: Overview, *, computed_at: dt.datetime) -> Figures:
    report = overview.report
    segments = sorted(overview.segments, key=lambda s: (_order(s.dimension.value), s.value))
    return Figures(
        computed_at=computed_at,
        quiet_days=overview.quiet_days,
        funnel=funnel_view(overview.funnel),
        segments=tuple(
            SegmentView(
                s.dimension.value,
                s.value,
                wording.value_label(s.dimension.value, s.value),
                s.funnel.applications,
                _steps(s.funnel.steps),
                _steps(s.funnel.overall),
            )
            for s in segments
        ),
        comparisons=tuple(_segment_comparison(c) for c in report.comparisons),
        family_size=report.family_size,
        threshold=report.threshold,
        primary_family_size=report.primary_family_size,
        primary_threshold=report.primary_threshold,
        diagnosis=diagnosis_view(overview.diagnosis),
        times=times_view(overview.times),
        calibration=calibration_view(overview.calibration),
        experiments=tuple(experiment_view(r) for r in overview.experiments),
    )
