"""One conversion rate: who counted, the posterior, and whether it is worth a number yet.

A rate is shown as a number only with at least ``MIN_RATE_N`` counted applications AND
a 90% credible interval at most ``MAX_INTERVAL_WIDTH`` wide. Below that the rate carries
``estimate=None`` and a plain reason ("not enough data yet"), never a number: with 3
applications, 1 success reads as "33%" but the interval runs from 10% to 75%.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from onward.analysis.strategy.beta import CREDIBLE_MASS, Posterior, posterior
from onward.analysis.strategy.steps import Outcome

MIN_RATE_N = 8
"""Fewest counted applications behind a rate shown as a number."""
MAX_INTERVAL_WIDTH = 0.40
"""Widest 90% interval shown as a number (40 percentage points): e.g. 5 of 10 is 27% to
73% (0.46 wide: not yet); 2 of 10 is 8% to 47% (0.39: shown); 7 of 14 is 30% to 70%."""


@dataclass(frozen=True)
class Tally:
    """Application keys by outcome for one step (keys sorted)."""

    converted: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()

    @property
    def n(self) -> int:
        """Counted applications (the denominator)."""
        return len(self.converted) + len(self.failed)

    @property
    def successes(self) -> int:
        return len(self.converted)

    @property
    def censored(self) -> int:
        return len(self.pending) + len(self.withdrawn)


def tally(outcomes: Iterable[tuple[str, Outcome]]) -> Tally:
    groups: dict[Outcome, list[str]] = {o: [] for o in Outcome}
    for key, outcome in outcomes:
        groups[outcome].append(key)
    return Tally(
        converted=tuple(sorted(groups[Outcome.CONVERTED])),
        failed=tuple(sorted(groups[Outcome.FAILED])),
        pending=tuple(sorted(groups[Outcome.PENDING])),
        withdrawn=tuple(sorted(groups[Outcome.WITHDRAWN])),
    )


@dataclass(frozen=True)
class Estimate:
    mean: float  # posterior mean
    low: float  # 90% credible interval
    high: float
    mass: float = CREDIBLE_MASS

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass(frozen=True)
class Rate:
    """A step's rate. ``estimate`` is None when there is not enough data yet (see reason)."""

    tally: Tally
    posterior: Posterior
    estimate: Estimate | None
    reason: str

    @property
    def n(self) -> int:
        return self.tally.n

    @property
    def successes(self) -> int:
        return self.tally.successes

    @property
    def enough(self) -> bool:
        return self.estimate is not None


def _waiting_note(counts: Tally) -> str:
    parts = []
    if counts.pending:
        parts.append(f"{len(counts.pending)} too recent to tell")
    if counts.withdrawn:
        parts.append(f"{len(counts.withdrawn)} withdrawn before an answer was due")
    return f" Not counted: {' and '.join(parts)}." if parts else ""


def rate_of(counts: Tally) -> Rate:
    """The posterior of a tally and, when there is enough data, its estimate."""
    belief = posterior(counts.successes, counts.n - counts.successes)
    note = _waiting_note(counts)
    if counts.n < MIN_RATE_N:
        reason = f"Not enough data yet: {counts.n} counted, at least {MIN_RATE_N} needed.{note}"
        return Rate(counts, belief, None, reason)
    low, high = belief.interval()
    if high - low > MAX_INTERVAL_WIDTH:
        reason = (
            f"Not enough data yet: {counts.successes} of {counts.n} leaves the rate anywhere "
            f"from {low:.0%} to {high:.0%}.{note}"
        )
        return Rate(counts, belief, None, reason)
    reason = (
        f"{counts.successes} of {counts.n}: about {belief.mean:.0%}, "
        f"90% credible interval {low:.0%} to {high:.0%}.{note}"
    )
    return Rate(counts, belief, Estimate(belief.mean, low, high), reason)
