"""metrics.py against hand-computed values, scipy, statsmodels and exact arithmetic.

Reference implementations: statsmodels (Wilson, exact McNemar, Holm), scipy (the exact
permutation test, t intervals, the multinomial law), Python integers (binomial tails beyond
2**1023), and enumeration of every possible table (power, coverage).
"""
from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist

import numpy as np
import pytest
from scipy import optimize, stats

from codediv import metrics as M


def test_pass_at_k_hand_values():
    assert M.pass_at_k(10, 3, 1) == pytest.approx(0.3)
    # 1 - C(7,5)/C(10,5) = 1 - 21/252
    assert M.pass_at_k(10, 3, 5) == pytest.approx(1 - 21 / 252)
    assert M.pass_at_k(5, 0, 2) == 0.0
    assert M.pass_at_k(5, 4, 2) == 1.0  # fewer than k wrong samples: any k contain a right one
    assert M.pass_at_k(1, 1, 1) == 1.0
    with pytest.raises(ValueError):
        M.pass_at_k(3, 1, 4)


def test_pass_at_k_array_matches_scalar_and_comb():
    n = np.array([10, 10, 10, 20, 1])
    c = np.array([0, 3, 10, 7, 1])
    got = M.pass_at_k_array(n, c, 1)
    assert got.tolist() == pytest.approx([0.0, 0.3, 1.0, 0.35, 1.0])
    got5 = M.pass_at_k_array(n[:4], c[:4], 5)
    want = [1 - math.comb(int(a) - int(b), 5) / math.comb(int(a), 5) for a, b in zip(n[:4], c[:4])]
    assert got5.tolist() == pytest.approx(want)


# -- intervals -----------------------------------------------------------------------------
def test_wilson_hand_values():
    # 6/24 (the reference study's Deep): p=.25, z=1.95996 -> (0.1200, 0.4490)
    lo, hi = M.wilson(6, 24)
    assert lo == pytest.approx(0.1200, abs=1e-4)
    assert hi == pytest.approx(0.4490, abs=1e-4)
    # 0/10: lower bound 0, upper z^2/(n+z^2)
    z2 = 1.959964 ** 2
    assert M.wilson(0, 10) == pytest.approx((0.0, z2 / (10 + z2)), abs=1e-6)
    assert M.wilson(0, 0) == (0.0, 1.0)
    assert M.wilson(6, 24, alpha=0.2)[1] < hi  # a narrower level gives a narrower interval


def test_wilson_matches_statsmodels_on_thousands_of_tables():
    from statsmodels.stats.proportion import proportion_confint
    rng = np.random.default_rng(1)
    n = np.concatenate([rng.integers(1, 60, 2000), rng.integers(60, 10_001, 1000), [10_000, 1, 2]])
    x = np.array([rng.integers(0, k + 1) for k in n[:-3]] + [0, 1, 0])
    for alpha in (0.05, 0.1):
        lo, hi = proportion_confint(x, n, alpha=alpha, method="wilson")
        got = np.array([M.wilson(int(a), int(b), alpha) for a, b in zip(x, n)])
        assert np.max(np.abs(got[:, 0] - lo)) < 1e-12 and np.max(np.abs(got[:, 1] - hi)) < 1e-12


def test_wilson_mean_never_degenerate_and_conservative_for_fractions():
    for n in (1, 24, 1000):
        lo0, hi0 = M.wilson_mean(np.zeros(n))
        lo1, hi1 = M.wilson_mean(np.ones(n))
        assert lo0 == 0.0 < hi0 and lo1 < hi1 == 1.0  # no (0, 0) or (1, 1)
    x = np.array([0, 1, 1, 0, 1] * 5, dtype=float)
    assert M.wilson_mean(x) == pytest.approx(M.wilson(x.sum(), x.size))  # 0/1 values: plain Wilson
    # rescaling: a metric in [0, 10] has ten times the interval of the same metric in [0, 1]
    v = np.random.default_rng(0).uniform(size=30)
    assert np.array(M.wilson_mean(10 * v, bounds=(0, 10))) == pytest.approx(10 * np.array(M.wilson_mean(v)))
    # fractional values: at least as wide as the t interval of their mean (variance <= mu(1 - mu))
    t_lo, t_hi = stats.t.interval(0.95, v.size - 1, loc=v.mean(), scale=stats.sem(v))
    lo, hi = M.wilson_mean(v)
    assert hi - lo > t_hi - t_lo and lo < v.mean() < hi
    assert M.wilson_mean(np.zeros(0)) == (0.0, 1.0)


# -- exact McNemar ---------------------------------------------------------------------------
@pytest.mark.parametrize("b,c,p", [(0, 0, 1.0), (1, 0, 1.0), (0, 5, 2 / 32), (3, 3, 1.0),
                                   (2, 10, 2 * (1 + 12 + 66) / 4096), (1, 5, 2 * (1 + 6) / 64)])
def test_mcnemar_exact_known_tables(b, c, p):
    assert M.mcnemar_exact(b, c) == pytest.approx(p)
    assert M.mcnemar_exact(c, b) == pytest.approx(p)


def test_mcnemar_exact_matches_statsmodels_and_exact_arithmetic_at_any_size():
    from statsmodels.stats.contingency_tables import mcnemar
    rng = np.random.default_rng(2)
    d = np.concatenate([rng.integers(1, 200, 1500), rng.integers(1024, 10_001, 500), [1024, 1025, 10_000]])
    b = np.array([rng.binomial(k, rng.uniform(0.3, 0.7)) for k in d[:-3]] + [1024, 500, 4900])
    for bi, di in zip(b, d):
        got = M.mcnemar_exact(int(bi), int(di - bi))
        ref = mcnemar([[0, int(bi)], [int(di - bi), 0]], exact=True).pvalue
        assert got == pytest.approx(ref, rel=1e-9, abs=1e-300)
    # integer arithmetic: 2 * sum C(d, i) / 2^d over the smaller tail, beyond float's 2**1023
    for bi, ci in [(1024, 0), (600, 500), (1000, 1100), (2500, 2400)]:
        d_ = bi + ci
        exact = Fraction(2 * sum(math.comb(d_, i) for i in range(min(bi, ci) + 1)), 2 ** d_)
        assert M.mcnemar_exact(bi, ci) == pytest.approx(float(min(exact, Fraction(1))), rel=1e-9, abs=1e-300)


def test_mcnemar_min_discordance_against_brute_force_and_at_large_sizes():
    assert M.mcnemar_min_discordance(5) is None  # 5 vs 0 gives p = 0.0625
    assert M.mcnemar_min_discordance(6) == 6  # 6 vs 0: p = 2/64
    assert M.mcnemar_min_discordance(12) == 8  # 10 vs 2: p = .0386; 9 vs 3: p = .146
    for alpha, top in ((0.05, 300), (0.01, 150)):
        for d in range(0, top):
            brute = next((g for g in range(d % 2, d + 1, 2)
                          if M.mcnemar_exact((d + g) // 2, (d - g) // 2) < alpha), None)
            assert M.mcnemar_min_discordance(d, alpha) == brute, (d, alpha)
    for d in (1024, 3000, 10_000, 99_999):  # the boundary is exact at sizes a loop of tests cannot afford
        g = M.mcnemar_min_discordance(d)
        assert M.mcnemar_exact((d + g) // 2, (d - g) // 2) < 0.05 <= M.mcnemar_exact((d + g) // 2 - 1, (d - g) // 2 + 1)


def test_pair_table():
    t = M.pair_table([1, 1, 0, 0, 1], [1, 0, 1, 0, 0])
    assert (t.both, t.only_a, t.only_b, t.neither, t.n) == (1, 2, 1, 1, 5)


# -- exact power ------------------------------------------------------------------------------
def _power_by_enumerating_tables(n: int, psi: float, delta: float, alpha: float) -> float:
    """Power as the probability of every (b, c) split whose statsmodels exact McNemar p < alpha."""
    from statsmodels.stats.contingency_tables import mcnemar
    p10, p01 = (psi + delta) / 2, (psi - delta) / 2
    total = 0.0
    for b in range(n + 1):
        for c in range(n + 1 - b):
            if b + c and mcnemar([[0, b], [c, 0]], exact=True).pvalue < alpha:
                total += stats.multinomial.pmf([b, c, n - b - c], n, [p10, p01, 1 - psi])
    return total


@pytest.mark.parametrize("n,psi,delta", [(10, 0.5, 0.3), (24, 0.3, 0.2), (24, 0.5, 0.4), (40, 0.2, 0.1)])
def test_mcnemar_power_equals_enumeration_of_every_table(n, psi, delta):
    assert M.mcnemar_power(n, psi, delta) == pytest.approx(_power_by_enumerating_tables(n, psi, delta, 0.05),
                                                           abs=1e-12)
    assert M.mcnemar_power(n, psi, -delta) == pytest.approx(M.mcnemar_power(n, psi, delta))


def test_mcnemar_power_matches_simulation_at_a_large_size():
    from statsmodels.stats.contingency_tables import mcnemar
    rng = np.random.default_rng(3)
    n, psi, delta, reps = 10_000, 0.05, 0.004, 4000  # ~500 discordant problems a table, power ~0.41
    cells = rng.multinomial(n, [(psi + delta) / 2, (psi - delta) / 2, 1 - psi], size=reps)
    hits = np.mean([mcnemar([[0, b], [c, 0]], exact=True).pvalue < 0.05 for b, c, _ in cells])
    se = math.sqrt(hits * (1 - hits) / reps)
    assert abs(M.mcnemar_power(n, psi, delta) - hits) < 4 * se


def test_connor_overstates_power_at_24_problems():
    """The approximation codediv used to print: its '80%' differences have 70-76% exact power at n = 24."""
    za, zb = M.z_value(0.05), NormalDist().inv_cdf(0.8)
    for psi in (0.3, 0.4, 0.5, 0.6, 0.8, 1.0):
        gap = lambda d: d * math.sqrt(24) - za * math.sqrt(psi) - zb * math.sqrt(psi - d * d)  # noqa: E731
        connor = optimize.brentq(gap, 1e-9, psi)
        assert 0.70 <= M.mcnemar_power(24, psi, connor) < 0.77
        exact = M.detectable_difference(24, psi)
        assert exact is None or exact > connor
    # at 30% discordance no difference at all reaches 80% power on 24 problems
    assert M.detectable_difference(24, 0.3) is None and M.mcnemar_power(24, 0.3, 0.3) < 0.8


def test_detectable_difference_is_the_power_boundary():
    for n, psi in [(24, 0.5), (100, 0.2), (500, 0.1), (10_000, 0.05)]:
        d = M.detectable_difference(n, psi)
        assert d is not None and 0 < d <= psi
        assert M.mcnemar_power(n, psi, d) >= 0.8 > M.mcnemar_power(n, psi, d - 1e-6)
    assert M.detectable_difference(24, 5 / 24) is None and M.detectable_difference(24, 0.0) is None
    grid = np.linspace(0, 0.3, 31)  # power grows with the difference at fixed discordance
    assert np.all(np.diff([M.mcnemar_power(60, 0.3, x) for x in grid]) >= -1e-12)


def test_problems_needed_matches_the_issue_and_is_the_first_size_with_power():
    n10, n20 = M.problems_needed(0.04, 0.1), M.problems_needed(0.04, 0.2)
    assert 480 <= n10 <= 540 and 980 <= n20 <= 1060  # 25% vs 29%: ~500 at 10%, ~1,000 at 20%
    for delta, psi in [(0.04, 0.1), (0.04, 0.2), (0.2, 0.5), (0.01, 0.05)]:
        n = M.problems_needed(delta, psi)
        assert M.mcnemar_power(n, psi, delta) >= 0.8 > M.mcnemar_power(n - 1, psi, delta)
        assert M.detectable_difference(n, psi) <= delta + 1e-9
    assert M.problems_needed(0.3, 0.2) is None and M.problems_needed(0.0, 0.2) is None


# -- paired differences -----------------------------------------------------------------------
def test_sign_flip_hand_values():
    assert M.sign_flip_test([0.1, 0.2, 0.3]) == pytest.approx(2 / 8)  # only all-+ and all-- as extreme
    assert M.sign_flip_test([0.1, -0.1]) == 1.0
    assert M.sign_flip_test([]) == 1.0 and M.sign_flip_test([0.0, 0.0]) == 1.0
    assert M.sign_flip_test([0.5, 0.4, 0.3, 0.2, 0.1, 0.2]) == pytest.approx(2 / 64)


def test_sign_flip_exact_matches_scipy_permutation_test():
    rng = np.random.default_rng(4)
    for trial in range(60):
        k = int(rng.integers(2, 13))
        d = np.round(rng.normal(rng.uniform(-1, 1), 1, size=k), int(rng.integers(1, 3)))  # rounding makes ties
        d[rng.uniform(size=k) < 0.2] = 0.0
        if np.all(d == 0):
            continue
        ref = stats.permutation_test((d,), np.mean, permutation_type="samples", n_resamples=np.inf,
                                     alternative="two-sided").pvalue
        got = M.sign_flip(d)
        assert got.method == "exact" and got.p == pytest.approx(ref, abs=1e-12), d


def test_sign_flip_of_binary_outcomes_is_exact_mcnemar_at_any_size():
    rng = np.random.default_rng(5)
    for n in (24, 1000, 10_000):
        a, b = rng.uniform(size=n) < 0.4, rng.uniform(size=n) < 0.37
        t = M.pair_table(a, b)
        got = M.sign_flip(a.astype(float) - b.astype(float))
        assert got.method == "exact" and got.nonzero == t.only_a + t.only_b
        assert got.p == M.mcnemar_exact(t.only_a, t.only_b)


def test_sign_flip_monte_carlo_has_the_plus_one_correction_and_is_seeded():
    d = np.linspace(0.1, 2.0, 30)  # every difference positive: no random pattern matches it
    r = M.sign_flip(d, n_perm=999, rng=np.random.default_rng(0))
    assert r.method == "monte_carlo" and r.p == pytest.approx(1 / 1000) and r.p > 0
    # with the exact enumeration switched off, the sampled p lies within 4 standard errors of it
    d = np.random.default_rng(6).normal(0.3, 1, size=14)
    exact = M.sign_flip(d).p
    mc = M.sign_flip(d, max_exact=0, n_perm=20000, rng=np.random.default_rng(1))
    assert abs(mc.p - exact) < 4 * math.sqrt(exact * (1 - exact) / 20000) + 1 / 20001
    assert mc == M.sign_flip(d, max_exact=0, n_perm=20000, rng=np.random.default_rng(1))
    # 17 seeds (one above the exact limit): never p = 0, always at least 1/(n_perm + 1)
    assert M.sign_flip(np.arange(1, 18) / 10, n_perm=500).p >= 1 / 501


def test_paired_interval_binary_has_honest_exact_coverage_at_24_problems():
    """Coverage over every possible 2×2 table (exact arithmetic), rare discordance included."""
    n = 24
    tables = np.array([(a, b, c, n - a - b - c) for a in range(n + 1) for b in range(n + 1 - a)
                       for c in range(n + 1 - a - b)])
    bounds = {}
    for a, b, c, d in tables:
        x = np.repeat([1.0, 1.0, 0.0, 0.0], [a, b, c, d])
        y = np.repeat([1.0, 0.0, 1.0, 0.0], [a, b, c, d])
        bounds[(b, c)] = M.paired_interval(x, y)[:2]  # the interval depends on the discordant cells only
    lo = np.array([bounds[(b, c)][0] for _, b, c, _ in tables])
    hi = np.array([bounds[(b, c)][1] for _, b, c, _ in tables])
    assert np.all(hi > lo)  # never degenerate, not even with no discordant problem
    worst = 1.0
    for p11 in (0.1, 0.4):
        for p10 in (0.0, 0.01, 0.03, 0.1, 0.25):
            for p01 in (0.0, 0.01, 0.05, 0.2):
                probs = stats.multinomial.pmf(tables, n, [p11, p10, p01, 1 - p11 - p10 - p01])
                delta = p10 - p01
                worst = min(worst, probs[(lo <= delta + 1e-12) & (delta - 1e-12 <= hi)].sum())
    assert worst >= 0.93


def test_paired_interval_unbounded_is_students_t():
    rng = np.random.default_rng(7)
    x, y = rng.normal(2, 1, 40), rng.normal(1.8, 1, 40)
    lo, hi, how = M.paired_interval(x, y, bounds=None)
    ref = stats.ttest_1samp(x - y, 0.0).confidence_interval(0.95)
    assert how == "t" and (lo, hi) == pytest.approx((ref.low, ref.high))
    lo, hi, how = M.paired_interval(x, x, bounds=None)
    assert lo == hi == 0.0 and "degenerate" in how


def test_paired_interval_bounded_scales_and_contains_the_estimate():
    rng = np.random.default_rng(8)
    x, y = rng.integers(0, 5, 30) / 4, rng.integers(0, 5, 30) / 4  # share of 4 tests passed
    lo, hi, how = M.paired_interval(x, y)
    assert how == "mover-wilson" and -1 <= lo < (x - y).mean() < hi <= 1
    lo10, hi10, _ = M.paired_interval(10 * x, 10 * y, bounds=(0, 10))
    assert (lo10, hi10) == pytest.approx((10 * lo, 10 * hi))
    assert M.paired_interval(x, x)[0] < 0 < M.paired_interval(x, x)[1]


def test_holm_matches_statsmodels_on_thousands_of_families(monkeypatch):
    import gc

    from statsmodels.stats.multitest import multipletests
    # multipletests runs gc.collect() on every call (0.1 s each here); its arithmetic is untouched
    monkeypatch.setattr(gc, "collect", lambda *a: 0)
    rng = np.random.default_rng(9)
    for trial in range(2000):
        m = int(rng.integers(1, 40))
        p = rng.uniform(0, 1, m) ** rng.uniform(0.5, 4)
        if trial % 3 == 0:
            p = np.round(p, 2)  # ties
        assert M.holm(p) == pytest.approx(list(multipletests(p, method="holm")[1]), abs=1e-12)
    assert M.holm([]) == [] and M.holm([0.03]) == [0.03]
    assert M.holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])


@pytest.mark.parametrize("seq,first,brk,regs,flips", [
    ("FFSS", 2, 2, (), 1),
    ("SFS", 0, None, ((0, 1),), 2),  # one failure is not a barrier
    ("FSFFS", 1, 4, ((1, 2),), 3),
    ("FFSF", 2, None, ((2, 3),), 2),  # solved but not kept
    ("FFF", None, None, (), 0),
    ("FFFS", 3, 3, (), 1),  # solved at the last step counts as kept
])
def test_learning_events(seq, first, brk, regs, flips):
    ev = M.learning_events([x == "S" for x in seq])
    assert (ev.first_solved, ev.breakthrough, ev.regressions, ev.flips) == (first, brk, regs, flips)


def test_local_stability():
    s = np.array([[1, 1], [1, 0], [1, 0]], dtype=bool)
    assert M.local_stability(s).tolist() == pytest.approx([0.5, 0.75, 1.0])
    assert M.local_stability(np.zeros((1, 3), bool)).tolist() == [1.0]


def test_code_quality_hand_count():
    code = (
        "import sys\n"
        "# a comment\n"
        "\n"
        "def f(x):\n"
        "    if x > 0 and x < 10:\n"        # if +1, and +1
        "        return [i for i in range(x) if i % 2]\n"  # comprehension +1, its if +1
        "    elif x < 0:\n"                  # elif +1
        "        return -x\n"
        "    return 0\n"
        "\n"
        "def g():\n"
        "    for _ in range(3):\n"           # for +1
        "        try:\n"
        "            pass\n"
        "        except ValueError:\n"       # except +1
        "            pass\n"
        "print(f(3) if g() else 1)\n"        # conditional expression +1
    )
    assert M.code_quality(code) == {"lines": 14, "complexity": 1 + 8, "functions": 2}
    assert M.code_quality("def (:\n") is None
    assert M.code_quality("print(1)\n") == {"lines": 1, "complexity": 1, "functions": 0}
