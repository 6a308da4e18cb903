"""Statistics and measures for the analysis: small pure functions, no I/O.

Inputs are counts, booleans or numpy arrays; outputs are floats, tuples or small records.
Used by :mod:`codediv.learning`, :mod:`codediv.significance` and :mod:`codediv.planning`;
``tests/test_metrics.py`` checks every statistic against scipy, statsmodels or exact
arithmetic. Where scipy has the exact distribution (binomial tails, t quantiles) it is called.

* pass@k: the unbiased estimator of Chen et al. (2021).
* intervals: Wilson score interval of a proportion, and the same score interval on the mean
  of per-problem values in [0, 1] (pass@k, share of tests passed): never degenerate.
* exact McNemar (two-sided binomial on the discordant pairs, any size), its critical
  values, its exact power, the detectable difference and the problems needed.
* paired differences of any per-problem metric: the sign-flip permutation test (exact, or
  Monte Carlo with the +1 correction), a MOVER-Wilson interval for bounded metrics (t for
  unbounded ones), and Holm's adjustment for a family of comparisons.
* learning events on one problem's solved/failed sequence over evaluated steps.
* code-quality measures of a program (lines, cyclomatic complexity, functions defined).
"""
from __future__ import annotations

import ast
import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
from scipy import stats


# -- pass@k and intervals ----------------------------------------------------------------
def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k for one problem with ``n`` samples of which ``c`` are correct.

    Chen et al. 2021, "Evaluating Large Language Models Trained on Code", eq. 1:
    ``1 - C(n-c, k) / C(n, k)``, computed as a product so large ``n`` never overflows.
    """
    if k <= 0 or n <= 0:
        raise ValueError(f"pass@k needs n >= 1 and k >= 1, got n={n}, k={k}")
    if k > n:
        raise ValueError(f"pass@{k} needs at least {k} samples, got {n}")
    if n - c < k:
        return 1.0
    return 1.0 - float(np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


def pass_at_k_array(n: np.ndarray, c: np.ndarray, k: int) -> np.ndarray:
    """Vectorised :func:`pass_at_k` over problems (``n``, ``c`` integer arrays; n >= k)."""
    n = np.asarray(n, dtype=np.int64)
    c = np.asarray(c, dtype=np.int64)
    out = np.empty(n.shape, dtype=float)
    for nv in np.unique(n):  # a lookup table per sample count: few distinct n, many problems
        table = np.array([pass_at_k(int(nv), ci, k) for ci in range(int(nv) + 1)])
        mask = n == nv
        out[mask] = table[c[mask]]
    return out


def z_value(alpha: float) -> float:
    """The two-sided standard-normal quantile for level ``alpha`` (1.96 for 0.05)."""
    return NormalDist().inv_cdf(1.0 - alpha / 2.0)


def wilson(successes: float, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """Wilson score interval for a proportion ``successes / n`` (Wilson 1927).

    ``successes`` may be fractional (a sum of per-problem pass@1 estimates); with one sample
    per problem it is the count of problems solved. ``n == 0`` gives ``(0.0, 1.0)``.
    """
    if n <= 0:
        return 0.0, 1.0
    z = z_value(alpha)
    p = successes / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(max(p * (1 - p), 0.0) / n + z * z / (4 * n * n)) / denom
    # The bounds at 0/n and n/n are exactly 0 and 1; say so rather than trust the rounding.
    lo = 0.0 if p <= 0 else max(0.0, centre - half)
    hi = 1.0 if p >= 1 else min(1.0, centre + half)
    return lo, hi


def wilson_mean(values: np.ndarray, alpha: float = 0.05, bounds: tuple[float, float] = (0.0, 1.0)
                ) -> tuple[float, float]:
    """Score interval for the mean of per-problem values known to lie in ``bounds``.

    The values are rescaled to [0, 1] and their sum is treated as a Wilson "success" count
    over the problems. A [0, 1] variable with mean μ has variance at most μ(1 - μ), the
    binomial variance Wilson assumes, so the interval is exact Wilson for 0/1 values and
    conservative for fractional ones (per-problem pass@k, share of tests passed). Unlike a
    percentile bootstrap it never collapses to a point when every problem scores 0 or 1.
    """
    v = np.asarray(values, dtype=float)
    lo, hi = bounds
    if v.size == 0:
        return lo, hi
    span = hi - lo
    a, b = wilson(float(np.sum((v - lo) / span)), v.size, alpha)
    return lo + span * a, lo + span * b


# -- exact McNemar, its critical values and its power ------------------------------------
@dataclass(frozen=True)
class PairTable:
    """The per-problem 2×2 table of two paired binary outcomes."""

    both: int  #: solved by A and by B
    only_a: int  #: solved by A only (discordant)
    only_b: int  #: solved by B only (discordant)
    neither: int  #: solved by neither

    @property
    def n(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither


def pair_table(a: np.ndarray, b: np.ndarray) -> PairTable:
    """Count the 2×2 table of two boolean arrays over the same problems."""
    a = np.asarray(a, dtype=bool)
    b = np.asarray(b, dtype=bool)
    return PairTable(int(np.sum(a & b)), int(np.sum(a & ~b)), int(np.sum(~a & b)), int(np.sum(~a & ~b)))


def mcnemar_exact(only_a: int, only_b: int) -> float:
    """Exact two-sided McNemar p-value: a binomial(b + c, 1/2) test on the discordant pairs.

    ``scipy.stats.binomtest`` evaluates the binomial tail in floating point (no 2**d), so any
    number of discordant problems works; p = min(1, 2 · P(X <= min(b, c))) for this symmetric
    null, and no discordant pair gives 1. Equal to statsmodels' ``mcnemar(exact=True)``.
    """
    d = int(only_a) + int(only_b)
    if d == 0:
        return 1.0
    return float(stats.binomtest(min(int(only_a), int(only_b)), d, 0.5).pvalue)


def mcnemar_critical(discordant, alpha: float = 0.05) -> np.ndarray:
    """Largest minority count m that exact McNemar calls significant, per discordant count d.

    A split (m, d - m) is significant iff 2 · P(X <= m) < alpha for X ~ Binomial(d, 1/2), so
    m is one below the binomial alpha/2 quantile; -1 where no split is significant. Vectorised
    over ``discordant``: O(1) per d, no loop of tests.
    """
    d = np.atleast_1d(np.asarray(discordant, dtype=np.int64))
    m = stats.binom.ppf(alpha / 2, d, 0.5).astype(np.int64) - 1
    # The quantile is computed in floating point: settle the boundary on the CDF itself.
    for _ in range(2):
        up = (m + 1 < d / 2) & (2 * stats.binom.cdf(m + 1, d, 0.5) < alpha)
        down = (m >= 0) & (2 * stats.binom.cdf(m, d, 0.5) >= alpha)
        m = m + up - down
    return np.where(d > 0, m, -1)


def mcnemar_min_discordance(discordant: int, alpha: float = 0.05) -> int | None:
    """Smallest split gap ``|b - c|`` the exact McNemar test calls significant, given ``b + c``.

    None when even ``b + c`` vs 0 is not significant (e.g. 5 discordant problems: p = 0.0625).
    """
    m = int(mcnemar_critical(discordant, alpha)[0])
    return None if m < 0 else int(discordant) - 2 * m


def mcnemar_power(n: int, discordance: float, delta: float, alpha: float = 0.05) -> float:
    """Exact power of the two-sided exact McNemar test on ``n`` paired problems.

    The design: each problem is discordant with probability ψ = ``discordance`` (solved by
    exactly one of the two checkpoints) and δ = p10 - p01 = ``delta`` is the difference in
    pass rates. The number of discordant problems is D ~ Binomial(n, ψ) and, given D = d, the
    problems A alone solves are B ~ Binomial(d, (ψ + δ) / 2ψ). The test rejects iff
    min(B, d - B) <= m(d) (:func:`mcnemar_critical`), so

        power = Σ_d P(D = d) · [P(B <= m(d)) + P(B >= d - m(d))],

    summed exactly over the d that carry any probability (terms below 1e-15 of D's mass on
    either side are dropped: the error is below 1e-14).
    """
    psi, delta = float(discordance), abs(float(delta))
    if n <= 0 or psi <= 0:
        return 0.0
    if psi > 1 or delta > psi + 1e-12:
        raise ValueError(f"a difference of {delta:g} needs a discordance of at least that, got {psi:g}")
    d = np.arange(int(stats.binom.ppf(1e-15, n, psi)), int(stats.binom.isf(1e-15, n, psi)) + 1)
    m = mcnemar_critical(d, alpha)
    pi = min(1.0, (psi + delta) / (2 * psi))
    reject = stats.binom.cdf(m, d, pi) + stats.binom.sf(d - m - 1, d, pi)
    return float(np.sum(stats.binom.pmf(d, n, psi) * np.where(m >= 0, reject, 0.0)))


def detectable_difference(n: int, discordance: float, alpha: float = 0.05, power: float = 0.8) -> float | None:
    """Smallest δ the exact McNemar test detects with ``power`` on ``n`` problems at ψ.

    Power grows with δ at fixed ψ (the rejection region is fixed and B's success probability
    moves away from 1/2), so δ is found by bisection on :func:`mcnemar_power` to 1e-9. δ can
    never exceed ψ: None when even δ = ψ (every discordant problem going one way) falls short.
    """
    psi = float(discordance)
    if n <= 0 or psi <= 0 or mcnemar_power(n, psi, psi, alpha) < power:
        return None
    lo, hi = 0.0, psi
    while hi - lo > 1e-9:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if mcnemar_power(n, psi, mid, alpha) < power else (lo, mid)
    return hi


def problems_needed(delta: float, discordance: float, alpha: float = 0.05, power: float = 0.8,
                    max_problems: int = 10_000_000) -> int | None:
    """Smallest number of problems at which the exact McNemar test reaches ``power`` for δ at ψ.

    Exact power is not quite monotone in n (the test is discrete), so this is the first n at
    which it reaches the target, found by doubling, bisection and a final step back while the
    power stays above target; a few sizes just above it may fall short by a fraction of a
    point. None when δ = 0, δ > ψ or more than ``max_problems`` would be needed.
    """
    delta, psi = abs(float(delta)), float(discordance)
    if delta <= 0 or psi <= 0 or delta > psi + 1e-12:
        return None
    hi = 8
    while mcnemar_power(hi, psi, delta, alpha) < power:
        hi *= 2
        if hi > max_problems:
            return None
    lo = hi // 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if mcnemar_power(mid, psi, delta, alpha) < power else (lo, mid)
    while hi > 1 and mcnemar_power(hi - 1, psi, delta, alpha) >= power:
        hi -= 1
    return hi


# -- paired differences of any per-problem metric ----------------------------------------
@dataclass(frozen=True)
class SignFlip:
    """A sign-flip permutation p-value and how it was obtained."""

    p: float  #: two-sided p-value
    method: str  #: "exact" (every sign pattern, or the binomial law) or "monte_carlo"
    resamples: int  #: random sign patterns drawn (0 when exact)
    nonzero: int  #: differences that are not zero (zeros carry no sign)

    @property
    def min_p(self) -> float:
        """The smallest p-value any data could give with this many non-zero differences."""
        return min(1.0, 2.0 / 2.0 ** self.nonzero)


def sign_flip(diffs, max_exact: int = 16, n_perm: int = 10000, rng: np.random.Generator | None = None
              ) -> SignFlip:
    """Two-sided sign-flip permutation test that paired differences are symmetric about zero.

    Under the null every difference is as likely negated, so all 2^k sign patterns of the k
    non-zero differences are equally likely; p = the share with |sum| >= the observed |sum|
    (zeros never change the sum and are left out). Exact when k <= ``max_exact``, and for any
    k when every non-zero difference has the same size (0/1 outcomes: the sum is then
    binomial and p equals exact McNemar's). Otherwise ``n_perm`` random patterns with the +1
    correction, p = (1 + hits) / (1 + n_perm), which is never 0 and keeps the test valid;
    its Monte Carlo standard error is at most 0.5 / sqrt(n_perm).
    """
    d = np.asarray(diffs, dtype=float).ravel()
    nz = d[d != 0]
    k = nz.size
    if k == 0:
        return SignFlip(1.0, "exact", 0, 0)
    mag = np.abs(nz)
    if np.allclose(mag, mag[0], rtol=1e-12, atol=0):
        pos = int(np.sum(nz > 0))
        return SignFlip(mcnemar_exact(pos, k - pos), "exact", 0, k)
    obs = abs(nz.sum()) - 1e-9 * mag.sum()  # ties with the observed sum count, despite rounding
    hits = 0
    if k <= max_exact:
        bits = np.arange(k)
        for start in range(0, 2 ** k, 1 << 16):
            codes = np.arange(start, min(2 ** k, start + (1 << 16)))[:, None]
            signs = 1.0 - 2.0 * ((codes >> bits) & 1)
            hits += int(np.sum(np.abs(signs @ nz) >= obs))
        return SignFlip(hits / 2 ** k, "exact", 0, k)
    rng, total = rng or np.random.default_rng(0), float(nz.sum())
    chunk = max(1, 2_000_000 // k)
    for start in range(0, n_perm, chunk):
        rows = min(chunk, n_perm - start)
        # One random bit per sign (rng.bytes is the cheapest uniform source); with bit = 1 for +,
        # the signed sum is 2 * (bits @ nz) - sum(nz).
        bits = np.unpackbits(np.frombuffer(rng.bytes(-(-rows * k // 8)), dtype=np.uint8))[:rows * k]
        sums = 2.0 * (bits.reshape(rows, k).astype(np.float64) @ nz) - total
        hits += int(np.sum(np.abs(sums) >= obs))
    return SignFlip((1 + hits) / (1 + n_perm), "monte_carlo", n_perm, k)


def sign_flip_test(diffs, max_exact: int = 16, n_perm: int = 10000, rng: np.random.Generator | None = None
                   ) -> float:
    """The p-value of :func:`sign_flip`."""
    return sign_flip(diffs, max_exact, n_perm, rng).p


def paired_interval(x: np.ndarray, y: np.ndarray, alpha: float = 0.05,
                    bounds: tuple[float, float] | None = (0.0, 1.0)) -> tuple[float, float, str]:
    """Interval for the mean over problems of ``x - y`` (the same problems, paired).

    Bounded metrics (``bounds`` given; pass@k, share of tests passed, 0/1 outcomes): the
    difference d = x - y, rescaled to [-1, 1], is split into its positive and negative parts
    u = max(d, 0) and v = max(-d, 0), each a [0, 1] variable whose mean has a Wilson-type
    interval (:func:`wilson_mean`), and the two are recombined by MOVER (Zou & Donner 2008)
    with their correlation (u·v = 0 on every problem). For 0/1 outcomes u and v are the two
    discordant cells and the correlation is the multinomial one. Mostly-zero differences (rare
    discordance) and no discordance at all keep honest, non-degenerate intervals; the
    simulation in ``bench/interval_coverage.py`` measures the coverage. Unbounded metrics
    (``bounds=None``): Student's t interval on the differences. Returns (lo, hi, method).
    """
    d = np.asarray(x, dtype=float) - np.asarray(y, dtype=float)
    n = d.size
    if n == 0:
        return (-1.0, 1.0, "none") if bounds is None else (bounds[0] - bounds[1], bounds[1] - bounds[0], "none")
    if bounds is None:
        if n < 2 or np.all(d == d[0]):
            return float(d.mean()), float(d.mean()), "t (degenerate: every difference equal)"
        half = stats.t.ppf(1 - alpha / 2, n - 1) * d.std(ddof=1) / math.sqrt(n)
        return float(d.mean() - half), float(d.mean() + half), "t"
    span = bounds[1] - bounds[0]
    u, v = np.maximum(d, 0) / span, np.maximum(-d, 0) / span
    pu, pv = float(u.mean()), float(v.mean())
    lu, hu = wilson_mean(u, alpha)
    lv, hv = wilson_mean(v, alpha)
    den = math.sqrt(pu * (1 - pu) * pv * (1 - pv))
    r = -pu * pv / den if den > 0 else 0.0  # cov(u, v) = -E[u]E[v]; scaled like the Wilson widths
    est = pu - pv
    lo = est - math.sqrt(max((pu - lu) ** 2 - 2 * r * (pu - lu) * (hv - pv) + (hv - pv) ** 2, 0.0))
    hi = est + math.sqrt(max((hu - pu) ** 2 - 2 * r * (hu - pu) * (pv - lv) + (pv - lv) ** 2, 0.0))
    return span * max(lo, -1.0), span * min(hi, 1.0), "mover-wilson"


def holm(pvalues) -> list[float]:
    """Holm–Bonferroni adjusted p-values, in the input order (Holm 1979).

    Sorted ascending, the i-th smallest of m p-values becomes max over j <= i of
    min(1, (m - j + 1) · p_(j)); rejecting where the adjusted value is below α controls the
    family-wise error rate at α. Equal to statsmodels' ``multipletests(method="holm")``.
    """
    p = np.asarray(list(pvalues), dtype=float)
    if p.size == 0:
        return []
    order = np.argsort(p, kind="stable")
    adjusted = np.minimum(1.0, np.maximum.accumulate((p.size - np.arange(p.size)) * p[order]))
    out = np.empty(p.size)
    out[order] = adjusted
    return [float(x) for x in out]


# -- learning events on one problem ------------------------------------------------------
@dataclass(frozen=True)
class Events:
    """What happened to one problem over the evaluated steps (indices into the step list)."""

    first_solved: int | None  #: first index where it is solved
    breakthrough: int | None  #: index where a final solved run starts after >= 2 failures
    regressions: tuple[tuple[int, int], ...]  #: (last index solved, index where it was lost)
    flips: int  #: changes of status between consecutive evaluated steps


def learning_events(solved: list[bool], min_failures: int = 2) -> Events:
    """Events of one problem's solved/failed sequence over evaluated steps (step 0 = base).

    A breakthrough: failed at >= ``min_failures`` consecutive evaluated steps, then solved at
    every later step ("solved and kept"; solved only at the last step counts). A regression:
    solved at one step and failed at the next evaluated step (the study's forgetting).
    """
    s = [bool(x) for x in solved]
    first = next((i for i, x in enumerate(s) if x), None)
    regressions = tuple((i, i + 1) for i in range(len(s) - 1) if s[i] and not s[i + 1])
    flips = sum(s[i] != s[i + 1] for i in range(len(s) - 1))
    breakthrough = None
    if s and s[-1]:
        start = len(s) - 1
        while start > 0 and s[start - 1]:
            start -= 1
        if start >= min_failures and not any(s[start - min_failures:start]):
            breakthrough = start
    return Events(first, breakthrough, regressions, flips)


def local_stability(statuses: np.ndarray) -> np.ndarray:
    """Per-step agreement with neighbouring steps: ``statuses`` is (steps, problems) bool.

    For step i, the share of (problem, neighbour) pairs, neighbours i-1 and i+1 where they
    exist, whose solved status equals step i's. 1.0 = nothing flips around this checkpoint.
    """
    s = np.asarray(statuses, dtype=bool)
    t = s.shape[0]
    out = np.ones(t)
    if t < 2 or s.shape[1] == 0:
        return out
    for i in range(t):
        nb = [j for j in (i - 1, i + 1) if 0 <= j < t]
        out[i] = float(np.mean([np.mean(s[i] == s[j]) for j in nb]))
    return out


# -- code quality ------------------------------------------------------------------------
_BRANCHES = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.IfExp, ast.ExceptHandler, ast.With,
             ast.AsyncWith, ast.Assert, ast.comprehension, ast.match_case)


def code_quality(code: str) -> dict | None:
    """Lines, cyclomatic complexity and functions of a program; None if it does not parse.

    ``lines``: non-blank lines that are not only a comment. ``complexity``: McCabe's number
    for the whole program, 1 + decision points (if/elif, loops, except, with, assert,
    conditional expressions, comprehension loops and their ifs, match cases, each extra
    operand of and/or). ``functions``: def/async def statements (lambdas excluded).
    """
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    decisions = functions = 0
    for node in ast.walk(tree):
        if isinstance(node, _BRANCHES):
            decisions += 1
            if isinstance(node, ast.comprehension):
                decisions += len(node.ifs)
        elif isinstance(node, ast.BoolOp):
            decisions += len(node.values) - 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions += 1
    lines = sum(1 for ln in code.splitlines() if ln.strip() and not ln.strip().startswith("#"))
    return {"lines": lines, "complexity": 1 + decisions, "functions": functions}
