"""Beta-Binomial arithmetic: posteriors, credible intervals, P(A converts better than B).

Model: each step converts with an unknown probability ``p``; ``s`` successes out of
``n`` counted applications are Binomial(n, p). The prior is **Beta(1, 1)** (uniform:
every rate from 0 to 100% equally plausible before any data, worth two imaginary
applications, one success and one failure), so the posterior is Beta(s + 1, n - s + 1).

Why uniform rather than Jeffreys' Beta(1/2, 1/2): its posterior parameters are whole
numbers, so P(A > B) has an exact finite sum (``prob_greater``), and it pulls small
samples gently toward 50% instead of toward the extremes (0 of 3 reads as "about 20%,
anywhere up to 50%", not "about 14%"). With a few dozen applications the two priors
agree to within a percentage point.

Functions here are exact or accurate to about 1e-10: the regularised incomplete beta
function by its continued fraction (modified Lentz), its inverse by safeguarded Newton
steps, and the comparison by the closed-form sum for integer parameters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

PRIOR_ALPHA = 1
PRIOR_BETA = 1
CREDIBLE_MASS = 0.90
"""Equal-tailed credible interval: 5% of the posterior below it, 5% above."""

_TINY = 1e-300
_EPS = 1e-15
_MAX_TERMS = 10_000


def log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _continued_fraction(x: float, a: float, b: float) -> float:
    """1 / (1 + d1 / (1 + d2 / (1 + ...))), the fraction in I_x(a, b), by modified Lentz."""
    value, c, d = 1.0, 1.0, 0.0  # evaluating g = 1 + d1/(1 + d2/(1 + ...)); result is 1/g
    for k in range(1, _MAX_TERMS):
        m = k // 2
        if k % 2:  # d_{2m+1}
            term = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        else:  # d_{2m}
            term = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 + term * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + term / c
        c = c if abs(c) > _TINY else _TINY
        value *= c * d
        if abs(c * d - 1.0) < _EPS:
            return 1.0 / value
    raise ArithmeticError(f"incomplete beta did not converge for x={x}, a={a}, b={b}")


def beta_cdf(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b) = P(Beta(a, b) <= x)."""
    if a <= 0 or b <= 0:
        raise ValueError("Beta parameters must be positive")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1) / (a + b + 2):  # the fraction converges fast only below the mean
        return 1.0 - beta_cdf(1.0 - x, b, a)
    log_front = a * math.log(x) + b * math.log1p(-x) - log_beta(a, b)
    return math.exp(log_front) / a * _continued_fraction(x, a, b)


def _log_pdf(x: float, a: float, b: float) -> float:
    return (a - 1) * math.log(x) + (b - 1) * math.log1p(-x) - log_beta(a, b)


@lru_cache(maxsize=65_536)
def beta_quantile(q: float, a: float, b: float) -> float:
    """The x with P(Beta(a, b) <= x) = q: Newton steps kept inside a shrinking bracket."""
    if not 0.0 <= q <= 1.0:
        raise ValueError("q must be in [0, 1]")
    if q in (0.0, 1.0):
        return q
    low, high, x = 0.0, 1.0, a / (a + b)
    for _ in range(200):
        error = beta_cdf(x, a, b) - q
        if error > 0:
            high = x
        else:
            low = x
        step = x - error / math.exp(_log_pdf(x, a, b))
        following = step if low < step < high else (low + high) / 2
        if abs(following - x) <= 1e-14 * max(x, 1e-300) or high - low < 1e-15:
            return following
        x = following
    return x


@dataclass(frozen=True)
class Posterior:
    """Beta(alpha, beta) belief about a conversion rate."""

    alpha: float
    beta: float

    @property
    def mean(self) -> float:
        return self.alpha / (self.alpha + self.beta)

    def interval(self, mass: float = CREDIBLE_MASS) -> tuple[float, float]:
        tail = (1.0 - mass) / 2
        return (
            beta_quantile(tail, self.alpha, self.beta),
            beta_quantile(1.0 - tail, self.alpha, self.beta),
        )

    def prob_below(self, x: float) -> float:
        return beta_cdf(x, self.alpha, self.beta)


def posterior(successes: int, failures: int) -> Posterior:
    if successes < 0 or failures < 0:
        raise ValueError("counts cannot be negative")
    return Posterior(PRIOR_ALPHA + successes, PRIOR_BETA + failures)


def _whole(value: float) -> int:
    if value != int(value) or value < 1:
        raise ValueError(f"exact comparison needs whole Beta parameters, got {value}")
    return int(value)


def _b_beats_a(a1: int, b1: int, a2: int, b2: int) -> float:
    """P(Y > X) for X ~ Beta(a1, b1), Y ~ Beta(a2, b2): a finite sum of a2 terms.

    P(Y > X) = sum_{i=0}^{a2-1} B(a1 + i, b1 + b2) / ((b2 + i) B(1 + i, b2) B(a1, b1)),
    from integrating P(Y > x) (a binomial tail when a2 is whole) against X's density.
    """
    base = log_beta(a1, b1)
    total = 0.0
    for i in range(a2):
        log_term = log_beta(a1 + i, b1 + b2) - math.log(b2 + i) - log_beta(1 + i, b2) - base
        total += math.exp(log_term)
    return total


@lru_cache(maxsize=262_144)
def _prob_greater(a1: int, b1: int, a2: int, b2: int) -> float:
    """P(X > Y), X ~ Beta(a1, b1), Y ~ Beta(a2, b2), by the shortest of four equal sums.

    P(X > Y) = 1 - P(Y > X) (a2 terms) = P(X > Y) with roles swapped (a1 terms), and the
    same with both rates mirrored, p -> 1 - p, which swaps each pair of parameters
    (b2 and b1 terms).
    """
    shortest = min(a1, a2, b1, b2)
    if shortest == a2:
        value = 1.0 - _b_beats_a(a1, b1, a2, b2)
    elif shortest == a1:
        value = _b_beats_a(a2, b2, a1, b1)
    elif shortest == b2:
        value = _b_beats_a(b1, a1, b2, a2)
    else:
        value = 1.0 - _b_beats_a(b2, a2, b1, a1)
    return min(1.0, max(0.0, value))


def prob_greater(a: Posterior, b: Posterior) -> float:
    """P(p_a > p_b) for independent Beta posteriors with whole parameters, exactly."""
    return _prob_greater(_whole(a.alpha), _whole(a.beta), _whole(b.alpha), _whole(b.beta))
