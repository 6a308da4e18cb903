"""Statistics and measures for the analysis: small pure functions, no I/O.

Inputs are counts, booleans or numpy arrays; outputs are floats, tuples or dicts. Used by
:mod:`codediv.analyze` (which loads rows and calls these) and tested against hand-computed
values in ``tests/test_metrics.py``.

* pass@k: the unbiased estimator of Chen et al. (2021).
* intervals: Wilson score interval (a proportion over problems); percentile bootstrap over
  problems (seeded ``numpy.random.Generator``; one weight matrix can serve many columns).
* paired tests: exact McNemar (two-sided binomial on the discordant pairs), paired bootstrap
  interval of a difference, the minimum detectable difference of a paired design, and an
  exact sign-flip permutation test over per-seed differences.
* learning events on one problem's solved/failed sequence over evaluated steps.
* code-quality measures of a program (lines, cyclomatic complexity, functions defined).
"""
from __future__ import annotations

import ast
import itertools
import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np


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
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def bootstrap_weights(n: int, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Resampling weights, shape (n_boot, n): row b counts how often each problem is drawn.

    ``weights @ values / n`` gives every resample's mean at once, so one matrix serves any
    number of value columns over the same problems (a BLAS product instead of a gather).
    """
    return rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot).astype(float)


def percentile_ci(stats: np.ndarray, alpha: float = 0.05) -> tuple[float, float]:
    """Percentile interval of bootstrap statistics (axis 0 = resamples)."""
    lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2], axis=0)
    return float(lo), float(hi)


def bootstrap_mean_ci(values: np.ndarray, n_boot: int = 2000, alpha: float = 0.05,
                      rng: np.random.Generator | None = None, weights: np.ndarray | None = None
                      ) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of per-problem ``values`` (resampling problems)."""
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return 0.0, 1.0
    if weights is None:
        weights = bootstrap_weights(values.size, n_boot, rng or np.random.default_rng(0))
    return percentile_ci(weights @ values / values.size, alpha)


def paired_bootstrap_diff(a: np.ndarray, b: np.ndarray, n_boot: int = 2000, alpha: float = 0.05,
                          rng: np.random.Generator | None = None) -> tuple[float, float, float]:
    """Mean of ``a - b`` over problems and its paired percentile-bootstrap interval.

    Problems are resampled together for both arms, so the interval reflects the pairing.
    """
    d = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if d.size == 0:
        return 0.0, 0.0, 0.0
    lo, hi = bootstrap_mean_ci(d, n_boot, alpha, rng)
    return float(d.mean()), lo, hi


# -- paired tests ------------------------------------------------------------------------
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

    p = min(1, 2 · P(X <= min(b, c))), X ~ Binomial(b + c, 1/2); no discordant pair gives 1.
    """
    d = only_a + only_b
    if d == 0:
        return 1.0
    tail = sum(math.comb(d, i) for i in range(min(only_a, only_b) + 1))
    return min(1.0, 2.0 * tail / 2 ** d)


def mcnemar_min_discordance(discordant: int, alpha: float = 0.05) -> int | None:
    """Smallest split gap ``|b - c|`` the exact McNemar test calls significant, given ``b + c``.

    None when even ``b + c`` vs 0 is not significant (e.g. 5 discordant problems: p = 0.0625).
    """
    for gap in range(discordant % 2, discordant + 1, 2):
        if mcnemar_exact((discordant + gap) // 2, (discordant - gap) // 2) < alpha:
            return gap
    return None


def min_detectable_difference(n: int, discordant_share: float, alpha: float = 0.05,
                              power: float = 0.8) -> float | None:
    """Smallest difference in pass rates a paired design of ``n`` problems detects with ``power``.

    Connor (1987), sample size for McNemar's test: with discordant share ψ = p10 + p01 and
    difference δ = p10 - p01, ``n = (z_{1-α/2} √ψ + z_{power} √(ψ - δ²))² / δ²``. Solved here
    for δ given n and ψ by bisection (the left side ``δ√n`` grows in δ, the right side
    shrinks). δ can never exceed ψ, so None means no difference is detectable at that
    discordance (too few problems, or the arms disagree too rarely).
    """
    if n <= 0 or discordant_share <= 0:
        return None
    psi = min(discordant_share, 1.0)
    za, zb = z_value(alpha), NormalDist().inv_cdf(power)

    def gap(delta: float) -> float:
        return delta * math.sqrt(n) - za * math.sqrt(psi) - zb * math.sqrt(max(psi - delta * delta, 0.0))

    if gap(psi) < 0:
        return None
    lo, hi = 0.0, psi
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if gap(mid) < 0 else (lo, mid)
    return hi


def problems_needed(delta: float, discordant_share: float, alpha: float = 0.05, power: float = 0.8) -> int | None:
    """Problems a paired design needs to detect ``delta`` at ψ (Connor 1987; see above)."""
    delta = abs(delta)
    if delta <= 0 or discordant_share <= 0 or delta > discordant_share:
        return None
    za, zb = z_value(alpha), NormalDist().inv_cdf(power)
    return math.ceil((za * math.sqrt(discordant_share) + zb * math.sqrt(discordant_share - delta ** 2)) ** 2
                     / delta ** 2)


def sign_flip_test(diffs: list[float], max_exact: int = 16, n_perm: int = 20000,
                   rng: np.random.Generator | None = None) -> float:
    """Two-sided sign-flip permutation p-value for per-seed differences having mean zero.

    Under the null each seed's difference is as likely negated, so every sign pattern is
    equally likely; p = share of patterns with |mean| >= the observed |mean| (exact up to
    ``max_exact`` seeds, sampled beyond). With S seeds p can never be below 2 / 2^S.
    """
    d = np.asarray(diffs, dtype=float)
    if d.size == 0 or np.all(d == 0):
        return 1.0
    obs = abs(d.mean()) - 1e-12  # tolerance so ties with the observed value count
    if d.size <= max_exact:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=d.size)))
    else:
        signs = (rng or np.random.default_rng(0)).choice((1.0, -1.0), size=(n_perm, d.size))
    return float(np.mean(np.abs(signs @ d / d.size) >= obs))


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
