"""The statistics behind the report's insights (docs/insights.md), checked by simulation.

A journal with a planted effect must show it; one without any must almost never claim one,
even when energy and tags come in runs of similar days (which fools a plain two-sample test).
"""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veerkracht.domain import statistics as s


@pytest.mark.parametrize(("value", "freedom", "want"), [
    (2.0, 5, 0.9490302605850709),
    (0.0, 3, 0.5),
    (-1.5, 12, 0.07972875175660343),
    (3.2, 2.5, 0.9682944858818092),
])
def test_t_cdf_matches_published_values(value, freedom, want):
    assert s.t_cdf(value, freedom) == pytest.approx(want, abs=1e-6)


@pytest.mark.parametrize(("freedom", "want"), [(10, 2.228138851986), (1, 12.7062047362), (30, 2.0422724563),
                                               (1000, 1.9623390808)])
def test_t_quantile_matches_the_tables(freedom, want):
    assert s.t_quantile(0.975, freedom) == pytest.approx(want, abs=1e-6)


def test_benjamini_hochberg_keeps_the_smallest_that_pass_their_step():
    # p sorted: .001 ≤ .1·1/5, .008 ≤ .1·2/5, .039 ≤ .1·3/5, .041 ≤ .1·4/5 = .08, .6 > .1
    assert s.benjamini_hochberg([0.041, 0.6, 0.001, 0.039, 0.008], 0.1) == [True, False, True, True, True]
    # at the report's 5 %: .001 ≤ .01, .008 ≤ .02, .039 > .03, .041 > .04
    assert s.benjamini_hochberg([0.041, 0.6, 0.001, 0.039, 0.008]) == [False, False, True, False, True]
    assert s.benjamini_hochberg([0.2, 0.5, 0.9]) == [False, False, False]
    assert s.benjamini_hochberg([]) == []


@given(st.lists(st.floats(0, 1), min_size=1, max_size=30))
def test_benjamini_hochberg_never_keeps_a_larger_p_and_drops_a_smaller(p_values):
    kept = s.benjamini_hochberg(p_values)
    for i, a in enumerate(p_values):
        for j, b in enumerate(p_values):
            if kept[j] and a < b:
                assert kept[i]


def test_the_autocorrelation_sees_runs_and_ignores_gaps():
    runs = [1.0] * 10 + [0.0] * 10 + [1.0] * 10
    assert s.autocorrelation(runs, 1) > 0.8
    alternating = [float(i % 2) for i in range(30)]
    assert s.autocorrelation(alternating, 1) < -0.9
    # gaps break pairs: two values that are never neighbours say nothing
    assert s.autocorrelation([1.0, None, 0.0, None, 1.0, None, 0.0], 1) == 0.0


def test_compare_gives_the_plain_figures_for_independent_days():
    energy = [7.0, 5.0, 8.0, 4.0, 7.0, 5.0, 6.0, 4.0, 8.0, 5.0]
    group = [True, False, True, False, True, False, True, False, True, False]
    found = s.compare(energy, group)
    assert (found.n_with, found.n_without) == (5, 5)
    assert found.mean_with == pytest.approx(7.2) and found.mean_without == pytest.approx(4.6)
    assert found.difference == pytest.approx(2.6)
    # the grouping alternates (r_x < 0): no shrinking, the effective n is the plain n
    assert found.n_eff_with == 5 and found.n_eff_without == 5
    assert found.low < 2.6 < found.high and found.p_value < 0.01


def _journal(rng: random.Random, days: int, effect: float, tags: int, *, next_day: bool = False):
    """Energy as an AR(1) around 5.5 (φ = 0.6) plus ``effect`` on days with tag 0; each tag
    used in runs (a day keeps yesterday's state with probability 0.85); 15 % of days unlogged."""
    used = [[False] * days for _ in range(tags)]
    for tag in range(tags):
        state = rng.random() < 0.3
        for day in range(days):
            if rng.random() > 0.85:
                state = rng.random() < 0.3
            used[tag][day] = state
    noise, energy = 0.0, []
    for day in range(days):
        noise = 0.6 * noise + rng.gauss(0, 1.3)
        cause = used[0][day - 1] if next_day else used[0][day]
        value = 5.5 + noise + (effect if cause and day > 0 else 0.0)
        energy.append(None if rng.random() < 0.15 else float(min(10, max(0, round(value)))))
    return energy, used


def _claims(energy, used, *, lag: int = 0, correct: bool = True) -> list[bool]:
    found = []
    for series in used:
        group = [None] * lag + series[: len(series) - lag] if lag else series
        found.append(s.compare(energy, group) if correct else _plain(energy, group))
    p_values = [c.p_value if c.enough else 1.0 for c in found]
    return s.benjamini_hochberg(p_values)


def _plain(energy, group):
    """A plain Welch test that treats every day as independent (what this module avoids)."""
    with_ = [e for e, g in zip(energy, group) if e is not None and g]
    without = [e for e, g in zip(energy, group) if e is not None and g is False]
    a, b = s.variance(with_) / len(with_), s.variance(without) / len(without)
    freedom = (a + b) ** 2 / (a * a / (len(with_) - 1) + b * b / (len(without) - 1))
    t = (s.mean(with_) - s.mean(without)) / math.sqrt(a + b)
    p = 2 * (1 - s.t_cdf(abs(t), freedom))
    return s.Comparison(len(with_), len(without), 0, 0, 0, 0, 0, 0, 0, p, 0)


SEEDS = range(120)


def test_a_planted_effect_is_found_in_almost_every_journal():
    found = 0
    for seed in SEEDS:
        energy, used = _journal(random.Random(seed), 365, effect=1.5, tags=6)
        found += _claims(energy, used)[0]
    assert found >= 0.9 * len(SEEDS), found


def test_without_an_effect_almost_nothing_is_claimed_though_days_come_in_runs():
    claimed = plain = 0
    for seed in SEEDS:
        energy, used = _journal(random.Random(1000 + seed), 365, effect=0.0, tags=6)
        claimed += any(_claims(energy, used))
        plain += any(_claims(energy, used, correct=False))
    # Benjamini–Hochberg at 5 % under no effect at all: about 5 % of journals claim one
    # (4.0 % over 500 other seeds; treating days as independent: 49 %)
    assert claimed <= 0.10 * len(SEEDS), claimed
    # ... where treating the days as independent claims one in far more of them
    assert plain >= 3 * max(claimed, 1), (plain, claimed)


def test_a_next_day_effect_is_found_the_next_day_and_not_the_same_day():
    next_found = same_found = 0
    for seed in SEEDS[:60]:
        energy, used = _journal(random.Random(2000 + seed), 365, effect=1.8, tags=4, next_day=True)
        next_found += _claims(energy, used, lag=1)[0]
    assert next_found >= 0.85 * 60, next_found
    for seed in SEEDS[:60]:
        energy, used = _journal(random.Random(3000 + seed), 365, effect=0.0, tags=4, next_day=True)
        same_found += any(_claims(energy, used, lag=1))
    assert same_found <= 0.15 * 60, same_found


def test_too_few_days_say_nothing():
    found = s.compare([7.0, 6.0, 5.0, 4.0, 6.0, 5.0], [True, True, False, False, False, False])
    assert not found.enough
    found = s.compare([7.0, 4.0], [True, False])
    assert math.isnan(found.low) and found.p_value == 1.0
