"""Is A's rate better than B's? A posterior probability, and a verdict that is careful.

``prob_a_better`` is P(p_A > p_B | data) for the two Beta posteriors (exact, see
``beta.prob_greater``). It is always reported when both sides have counted applications.
It becomes a **finding** (``Verdict.A_BETTER`` / ``B_BETTER``) only when all of these hold:

1. Both sides have at least ``MIN_COMPARE_N`` counted applications, and the two together
   have at least ``MIN_MARGIN`` successes and ``MIN_MARGIN`` failures (otherwise there is
   nothing to tell apart; such a pair is ``NOT_ENOUGH_DATA`` and not tested at all).
2. The probability clears ``threshold_for(m)`` = 1 - ``FAMILY_ALPHA`` / (2 m), where m is
   the number of comparisons tested together (all segments x steps of one report;
   m = 1 for a pre-registered experiment). This is a Bonferroni correction on both
   directions: if no segment truly differs, the chance that *any* of the m comparisons is
   reported stays near or below ``FAMILY_ALPHA`` (5%) instead of growing with m.
3. The better side's posterior mean is at least ``MIN_RATIO`` times the worse side's:
   a difference too small to change what you do is not worth a headline, and this also
   stops small systematic biases (late answers, seasonal drift) from becoming findings
   in large searches.

The bench (``python -m onward.bench insights``) measures how often this reports a real
3x effect and how often it raises a false alarm; see docs/benchmarks.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.strategy.beta import prob_greater
from onward.analysis.strategy.rates import Rate, Tally

FAMILY_ALPHA = 0.05
"""Accepted chance of at least one false finding per report (both directions)."""
MIN_COMPARE_N = 10
"""Fewest counted applications on each side of a comparison."""
MIN_MARGIN = 3
"""Fewest successes, and fewest failures, over both sides together."""
MIN_RATIO = 1.5
"""Smallest ratio of posterior means (better / worse) reported as a finding."""


class Verdict(StrEnum):
    A_BETTER = "a_better"
    B_BETTER = "b_better"
    NO_CLEAR_DIFFERENCE = "no_clear_difference"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class Comparison:
    a_label: str
    b_label: str
    a: Rate
    b: Rate
    prob_a_better: float | None  # None when a side has no counted application
    ratio: float | None  # a's posterior mean / b's
    threshold: float
    family_size: int
    verdict: Verdict
    reasons: tuple[str, ...]

    @property
    def is_finding(self) -> bool:
        return self.verdict in (Verdict.A_BETTER, Verdict.B_BETTER)

    @property
    def tested(self) -> bool:
        return self.verdict != Verdict.NOT_ENOUGH_DATA


def threshold_for(family_size: int) -> float:
    """The posterior probability a finding needs when ``family_size`` comparisons are tested."""
    return 1.0 - FAMILY_ALPHA / (2 * max(1, family_size))


def ineligibility(a: Tally, b: Tally) -> str | None:
    """Why this pair cannot be tested (sample-size rules only), or None when it can."""
    if min(a.n, b.n) < MIN_COMPARE_N:
        return f"{a.n} and {b.n} counted; at least {MIN_COMPARE_N} are needed on each side."
    successes = a.successes + b.successes
    failures = a.n + b.n - successes
    if min(successes, failures) < MIN_MARGIN:
        return (
            f"{successes} successes and {failures} failures in all; at least "
            f"{MIN_MARGIN} of each are needed to tell the two apart."
        )
    return None


def _verdict(prob: float, ratio: float, threshold: float) -> tuple[Verdict, str]:
    better_prob, better_ratio = max(prob, 1 - prob), max(ratio, 1 / ratio)
    if better_prob < threshold:
        return Verdict.NO_CLEAR_DIFFERENCE, (
            f"No clear difference yet: a {better_prob:.1%} chance that the higher one is "
            f"truly higher; a finding needs {threshold:.2%}."
        )
    if better_ratio < MIN_RATIO:
        return Verdict.NO_CLEAR_DIFFERENCE, (
            f"Probably a real difference, but small ({better_ratio:.2f} times); "
            f"a finding needs {MIN_RATIO:g} times."
        )
    verdict = Verdict.A_BETTER if prob > 0.5 else Verdict.B_BETTER
    return verdict, (
        f"A finding: {better_ratio:.1f} times the rate, with a {better_prob:.2%} chance "
        f"that the difference is in this direction (needed {threshold:.2%})."
    )


def compare_rates(
    a: Rate, b: Rate, *, family_size: int = 1, a_label: str = "A", b_label: str = "B"
) -> Comparison:
    """Compare two rates, as one of ``family_size`` comparisons tested together."""
    threshold = threshold_for(family_size)
    if a.n == 0 or b.n == 0:
        reason = "Nothing counted yet on one side."
        return Comparison(
            a_label, b_label, a, b, None, None, threshold, family_size,
            Verdict.NOT_ENOUGH_DATA, (reason,),
        )  # fmt: skip
    prob = prob_greater(a.posterior, b.posterior)
    ratio = a.posterior.mean / b.posterior.mean
    facts = (f"{a_label}: {a.reason}", f"{b_label}: {b.reason}")
    blocked = ineligibility(a.tally, b.tally)
    if blocked is not None:
        verdict, reason = Verdict.NOT_ENOUGH_DATA, f"Not enough data yet: {blocked}"
    else:
        verdict, reason = _verdict(prob, ratio, threshold)
    return Comparison(
        a_label, b_label, a, b, prob, ratio, threshold, family_size, verdict, (reason, *facts)
    )
