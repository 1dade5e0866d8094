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
    """Applications by outcome for one step: their keys (sorted), or only their numbers.

    A count-only tally (``Tally.of_counts``) leaves the key tuples empty: segment
    comparisons and segment funnels need the numbers, not the lists, and listing every
    key thousands of times is what made large searches slow. Read the numbers through
    ``n``, ``successes``, ``n_pending``, ``n_withdrawn`` and ``censored``, never through
    ``len`` of a key tuple.
    """

    converted: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()
    counts: tuple[int, int, int, int] | None = None  # set only on count-only tallies

    @classmethod
    def of_counts(cls, converted: int, failed: int, pending: int, withdrawn: int) -> Tally:
        return cls(counts=(converted, failed, pending, withdrawn))

    def numbers(self) -> tuple[int, int, int, int]:
        """(converted, failed, pending, withdrawn)."""
        if self.counts is not None:
            return self.counts
        groups = (self.converted, self.failed, self.pending, self.withdrawn)
        c, f, p, w = (len(keys) for keys in groups)
        return c, f, p, w

    def minus(self, part: Tally) -> Tally:
        """The count-only tally of the applications in this one but not in ``part``."""
        mine, theirs = self.numbers(), part.numbers()
        c, f, p, w = (a - b for a, b in zip(mine, theirs, strict=True))
        return Tally.of_counts(c, f, p, w)

    @property
    def n(self) -> int:
        """Counted applications (the denominator)."""
        converted, failed, _, _ = self.numbers()
        return converted + failed

    @property
    def successes(self) -> int:
        return self.numbers()[0]

    @property
    def n_pending(self) -> int:
        return self.numbers()[2]

    @property
    def n_withdrawn(self) -> int:
        return self.numbers()[3]

    @property
    def censored(self) -> int:
        return self.n_pending + self.n_withdrawn


_SLOTS = {Outcome.CONVERTED: 0, Outcome.FAILED: 1, Outcome.PENDING: 2, Outcome.WITHDRAWN: 3}


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


def count(outcomes: Iterable[Outcome]) -> Tally:
    """The count-only tally of some outcomes."""
    numbers = [0, 0, 0, 0]
    for outcome in outcomes:
        slot = _SLOTS.get(outcome)
        if slot is not None:
            numbers[slot] += 1
    c, f, p, w = numbers
    return Tally.of_counts(c, f, p, w)


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
    if counts.n_pending:
        parts.append(f"{counts.n_pending} too recent to tell")
    if counts.n_withdrawn:
        parts.append(f"{counts.n_withdrawn} withdrawn before an answer was due")
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
