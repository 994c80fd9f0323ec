"""Honest comparisons of two groups of days: a difference, its n, and how sure it is.

The report's insights ask questions like "is energy higher on days tagged #sport?". Days in a
journal are not independent draws: a good week is a run of good days, and a tag used in runs
(a holiday, a project) makes a plain two-sample test far too sure of itself. So each
comparison here (docs/insights.md has a worked example):

1. takes the two groups' means and the difference, with Welch's standard error;
2. shrinks the number of days to an *effective* number for runs of similar days: with ``r_y``
   the lag-1 autocorrelation of the energy series (its day-to-day persistence, after the group
   means are taken out) and ``r_x`` that of the grouping (is the tag used in runs?), both over
   consecutive logged days, the variance of a difference of means grows by
   ``(1 + r_x r_y) / (1 − r_x r_y)`` (Bartlett's formula for two AR(1)-like series; Bretherton
   et al., J. Climate 1999), so each group counts ``n (1 − r_x r_y) / (1 + r_x r_y)`` days when
   ``r_x r_y > 0`` and its plain ``n`` otherwise;
3. gives a 95 % Welch interval and a two-sided p-value on the Welch–Satterthwaite degrees of
   freedom of those effective numbers;
4. across the many tags of one report, keeps the false discovery rate at 10 % with the
   Benjamini–Hochberg procedure: only comparisons that survive it are said to "go with" a
   difference; the rest are "not enough to say".

Pure functions, standard library only (the Student t distribution through the regularised
incomplete beta function), so ``report`` stays within its speed budget.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul

MIN_DAYS = 5  # each group needs this many days before anything is said
MAX_LAG = 28  # the longest run of similar days the correction looks for
FALSE_DISCOVERY_RATE = 0.05  # 5 %: a surviving effect also has a 95 % interval that excludes 0
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Comparison:
    """Group ``with`` against group ``without``: means, n, effective n, interval, p-value."""

    n_with: int
    n_without: int
    mean_with: float
    mean_without: float
    difference: float
    low: float  # the 95 % interval of the difference
    high: float
    n_eff_with: float
    n_eff_without: float
    p_value: float
    inflation: float  # 1 + 2 Σ r_x(k) r_y(k): how much runs of similar days widen the interval

    @property
    def enough(self) -> bool:
        return self.n_with >= MIN_DAYS and self.n_without >= MIN_DAYS


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def variance(values: Sequence[float]) -> float:
    """The sample variance (n − 1); 0 for fewer than two values."""
    if len(values) < 2:
        return 0.0
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)


def autocorrelation(series: Sequence[float | None], lag: int) -> float:
    """The autocorrelation at ``lag`` days over the pairs where both days were logged."""
    return _Series(series).at(lag)


class _Series:
    """A series made ready for autocorrelations at many lags: centred, a missing day as 0 with
    a 0 in ``mask``, so each lag is two C-speed sums of products (``map(mul, …)``)."""

    def __init__(self, series: Sequence[float | None]) -> None:
        present = [v for v in series if v is not None]
        self.known = len(present)
        centre = mean(present) if present else 0.0
        self.values = [0.0 if v is None else v - centre for v in series]
        self.mask = [0 if v is None else 1 for v in series]
        self.spread = sum(v * v for v in self.values) / self.known if self.known else 0.0

    def at(self, lag: int) -> float:
        pairs = sum(map(mul, self.mask, self.mask[lag:]))
        if self.known < 3 or pairs < 2 or self.spread <= 0:
            return 0.0
        together = sum(map(mul, self.values, self.values[lag:])) / pairs
        return max(-1.0, min(1.0, together / self.spread))


def inflation(x: Sequence[float | None], y: Sequence[float | None], days: int) -> float:
    """How much runs of similar days widen a comparison: 1 + 2 Σ_k r_x(k) r_y(k), at least 1.

    The sum runs over lags 1 … ``MAX_LAG`` (fewer for a short journal) and stops at the first
    lag where either autocorrelation is no longer positive, so noise at long lags adds nothing.
    """
    first, second = _Series(x), _Series(y)
    total = 1.0
    for lag in range(1, min(MAX_LAG, max(1, days // 5)) + 1):
        ry = second.at(lag)
        if ry <= 0:
            break
        rx = first.at(lag)
        if rx <= 0:
            break
        total += 2 * rx * ry
    return total


def compare(energy: Sequence[float | None], group: Sequence[bool | None]) -> Comparison:
    """Compare days where ``group`` is true with days where it is false.

    Both sequences have one item per calendar day, in order; ``None`` in ``energy`` (not
    logged) or in ``group`` (not known) leaves the day out of the means but keeps the calendar,
    so the autocorrelations only link neighbouring days.
    """
    with_ = [e for e, g in zip(energy, group) if e is not None and g is True]
    without = [e for e, g in zip(energy, group) if e is not None and g is False]
    n1, n0 = len(with_), len(without)
    m1 = mean(with_) if with_ else math.nan
    m0 = mean(without) if without else math.nan
    if n1 < 2 or n0 < 2:
        return Comparison(n1, n0, m1, m0, m1 - m0, math.nan, math.nan, n1, n0, 1.0, 1.0)
    # persistence of energy once the groups' own levels are taken out, and of the grouping
    residual = [None if e is None or g is None else e - (m1 if g else m0)
                for e, g in zip(energy, group)]
    indicator = [None if e is None or g is None else (1.0 if g else 0.0)
                 for e, g in zip(energy, group)]
    product = inflation(residual, indicator, len(energy))
    shrink = 1 / product
    e1, e0 = max(2.0, n1 * shrink), max(2.0, n0 * shrink)
    v1, v0 = variance(with_), variance(without)
    a, b = v1 / e1, v0 / e0
    error = math.sqrt(a + b)
    difference = m1 - m0
    if error == 0:
        same = difference == 0
        return Comparison(n1, n0, m1, m0, difference, difference, difference, e1, e0,
                          1.0 if same else 0.0, product)
    freedom = (a + b) ** 2 / ((a * a) / (e1 - 1) + (b * b) / (e0 - 1))
    reach = t_quantile(0.5 + CONFIDENCE / 2, freedom) * error
    p_value = 2 * (1 - t_cdf(abs(difference) / error, freedom))
    return Comparison(n1, n0, m1, m0, difference, difference - reach, difference + reach,
                      e1, e0, max(0.0, min(1.0, p_value)), product)


def benjamini_hochberg(p_values: Sequence[float], rate: float = FALSE_DISCOVERY_RATE) -> list[bool]:
    """Which of ``p_values`` are discoveries at false discovery rate ``rate`` (same order)."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    total = len(p_values)
    cut = 0
    for rank, index in enumerate(order, start=1):
        if p_values[index] <= rate * rank / total:
            cut = rank
    chosen = set(order[:cut])
    return [i in chosen for i in range(total)]


# -- the Student t distribution ---------------------------------------------------------------


def t_cdf(value: float, freedom: float) -> float:
    """P(T ≤ value) for Student's t with ``freedom`` degrees of freedom (may be fractional)."""
    if math.isinf(value):
        return 1.0 if value > 0 else 0.0
    x = freedom / (freedom + value * value)
    tail = 0.5 * _incomplete_beta(freedom / 2, 0.5, x)
    return 1 - tail if value > 0 else tail


def t_quantile(probability: float, freedom: float) -> float:
    """The value below which Student's t falls with ``probability`` (Newton's method on t_cdf,
    from the normal quantile; bisection as a fallback)."""
    value = _normal_quantile(probability)
    for _ in range(50):
        step = (t_cdf(value, freedom) - probability) / _t_pdf(value, freedom)
        value -= step
        if abs(step) < 1e-12:
            return value
    low, high = -1e3, 1e3
    for _ in range(200):
        middle = (low + high) / 2
        if t_cdf(middle, freedom) < probability:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _t_pdf(value: float, freedom: float) -> float:
    return math.exp(math.lgamma((freedom + 1) / 2) - math.lgamma(freedom / 2)
                    - 0.5 * math.log(freedom * math.pi)
                    - (freedom + 1) / 2 * math.log1p(value * value / freedom))


def _normal_quantile(probability: float) -> float:
    """The standard normal quantile (a rational approximation, enough to start Newton)."""
    q = min(max(probability, 1e-12), 1 - 1e-12)
    r = math.sqrt(-2 * math.log(min(q, 1 - q)))
    z = r - (2.515517 + 0.802853 * r + 0.010328 * r * r) / (
        1 + 1.432788 * r + 0.189269 * r * r + 0.001308 * r ** 3)
    return z if q > 0.5 else -z


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b) (Numerical Recipes' continued fraction)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, 1 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        m2 = 2 * m
        step = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + step * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + step / c
        c = c if abs(c) > tiny else tiny
        result *= d * c
        step = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + step * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + step / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        result *= delta
        if abs(delta - 1) < 1e-12:
            break
    return result
