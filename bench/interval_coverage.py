"""Coverage of codediv's 95% intervals at n = 24, 100, 1000 problems and p = 0.05, 0.25, 0.5.

Target (issue 14): every cell >= 0.93 for a nominal 95% interval, rare events and small
benchmarks included, and no interval of zero width. The baseline measured in the same run is
the percentile bootstrap over problems (2,000 resamples) that codediv used before.

1. pass@1, one greedy sample per problem (a problem is solved with probability p): Wilson
   (:func:`codediv.metrics.wilson`), coverage computed EXACTLY by summing the binomial law
   over every outcome; the bootstrap baseline by simulation.
2. pass@5 from 10 samples per problem, problem difficulty θ ~ Beta(0.5, b) with b set so that
   the benchmark's true pass@5 is p: Wilson on the per-problem mean
   (:func:`codediv.metrics.wilson_mean`) against the bootstrap, both by simulation.
3. Paired difference of pass@1 between two checkpoints (p = share of discordant problems,
   60/40 between them, δ = 0.2 p): MOVER-Wilson (:func:`codediv.metrics.paired_interval`),
   exact for n <= 100 (every split of the discordant problems summed), simulated at 1000.
4. Paired difference of the share of tests passed (4 tests; a share p of problems differ, by
   a skewed amount): MOVER-Wilson by simulation.

Simulated cells print their Monte Carlo standard error. Usage:
python bench/interval_coverage.py [--reps 4000] [--seed 0]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from scipy import integrate, optimize, special, stats

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.metrics import pass_at_k_array, paired_interval, wilson, wilson_mean  # noqa: E402

NS, PS, ALPHA, TARGET, N_BOOT = (24, 100, 1000), (0.05, 0.25, 0.5), 0.05, 0.93, 2000


def boot_ci(means: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Percentile intervals from bootstrap means, one row of resamples per replicate."""
    return np.quantile(means, ALPHA / 2, axis=1), np.quantile(means, 1 - ALPHA / 2, axis=1)


def pass1_cell(n: int, p: float, reps: int, rng) -> tuple[float, float, float, float]:
    x = np.arange(n + 1)
    prob = stats.binom.pmf(x, n, p)
    lo, hi = np.array([wilson(int(k), n) for k in x]).T
    exact = float(prob[(lo <= p) & (p <= hi)].sum())
    width0 = float(prob[hi - lo <= 0].sum())
    draws = rng.binomial(n, p, size=reps)
    means = rng.binomial(n, draws[:, None] / n, size=(reps, N_BOOT)) / n  # resampling 0/1 problems
    blo, bhi = boot_ci(means)
    return exact, width0, float(np.mean((blo <= p) & (p <= bhi))), float(np.mean(bhi - blo <= 0))


def beta_for_pass_at_k(p: float, k: int, a: float = 0.5) -> float:
    """b such that E[1 - (1 - θ)^k] = p for θ ~ Beta(a, b)."""
    f = lambda b: 1 - np.exp(special.betaln(a, b + k) - special.betaln(a, b)) - p  # noqa: E731
    return optimize.brentq(f, 1e-3, 1e5)


def passk_cell(n: int, p: float, reps: int, rng, k: int = 5, samples: int = 10) -> tuple[float, float, float]:
    b = beta_for_pass_at_k(p, k)
    true = integrate.quad(lambda t: (1 - (1 - t) ** k) * stats.beta.pdf(t, 0.5, b), 0, 1, limit=200)[0]
    hit_w = hit_b = 0
    boot_reps = min(reps, 600)
    for r in range(reps):
        theta = rng.beta(0.5, b, size=n)
        vals = pass_at_k_array(np.full(n, samples), rng.binomial(samples, theta), k)
        lo, hi = wilson_mean(vals)
        hit_w += lo <= true <= hi
        if r < boot_reps:
            idx = rng.integers(0, n, size=(N_BOOT // 4, n))  # 500 resamples: enough for the baseline
            blo, bhi = boot_ci(vals[idx].mean(axis=1)[None, :])
            hit_b += blo[0] <= true <= bhi[0]
    return hit_w / reps, hit_b / boot_reps, true


def paired_bounds(n: int, b: int, c: int) -> tuple[float, float]:
    x = np.repeat([1.0, 0.0, 0.0], [b, c, n - b - c])
    y = np.repeat([0.0, 1.0, 0.0], [b, c, n - b - c])
    return paired_interval(x, y, ALPHA)[:2]


def paired_cell(n: int, psi: float, reps: int, rng) -> tuple[float, str, float]:
    p10, p01 = 0.6 * psi, 0.4 * psi
    delta = p10 - p01
    if n <= 100:  # exact: the interval depends on the discordant cells only
        cover = 0.0
        for b in range(n + 1):
            for c in range(n + 1 - b):
                pr = stats.multinomial.pmf([b, c, n - b - c], n, [p10, p01, 1 - psi])
                if pr > 1e-15:
                    lo, hi = paired_bounds(n, b, c)
                    cover += pr * (lo <= delta + 1e-12 and delta - 1e-12 <= hi)
        how = "exact"
    else:
        cells = rng.multinomial(n, [p10, p01, 1 - psi], size=reps)
        memo = {}
        hits = 0
        for b, c, _ in cells:
            if (b, c) not in memo:
                memo[(b, c)] = paired_bounds(n, int(b), int(c))
            lo, hi = memo[(b, c)]
            hits += lo <= delta <= hi
        cover, how = hits / reps, "simulated"
    cells = rng.multinomial(n, [p10, p01, 1 - psi], size=min(reps, 2000))
    boot = [rng.multinomial(n, [b / n, c / n, 1 - (b + c) / n], size=N_BOOT) for b, c, _ in cells]
    means = np.array([(x[:, 0] - x[:, 1]) / n for x in boot])
    blo, bhi = boot_ci(means)
    return cover, how, float(np.mean((blo <= delta) & (delta <= bhi)))


def fraction_cell(n: int, psi: float, reps: int, rng) -> float:
    vals = np.arange(-4, 5) / 4
    vals = vals[vals != 0]
    w = np.exp(1.2 * vals)
    w /= w.sum()
    true = psi * float(np.sum(w * vals))
    hits = 0
    for _ in range(reps):
        d = np.where(rng.uniform(size=n) < psi, rng.choice(vals, size=n, p=w), 0.0)
        x, y = np.clip(d, 0, 1), np.clip(-d, 0, 1)  # two checkpoints' shares whose difference is d
        lo, hi, _ = paired_interval(x, y, ALPHA)
        hits += lo <= true <= hi
    return hits / reps


def se(c: float, reps: int) -> str:
    return f"±{np.sqrt(c * (1 - c) / reps):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=4000, help="simulated replicates per cell")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng, reps, t0 = np.random.default_rng(args.seed), args.reps, time.perf_counter()
    worst = {}

    def row(name: str, cells: list[tuple[float, str]]) -> None:
        worst[name] = min(worst.get(name, 1.0), *(c for c, _ in cells))
        print(f"  {name:<34}" + "".join(f"{c:>8.3f} {note:<9}" for c, note in cells))

    print(f"95% intervals, coverage per cell (target >= {TARGET}); columns p = " + ", ".join(map(str, PS)))
    for n in NS:
        print(f"n = {n}")
        p1 = [pass1_cell(n, p, reps, rng) for p in PS]
        row("pass@1 Wilson (exact)", [(c[0], f"w0={c[1]:.2f}") for c in p1])
        row("  baseline: bootstrap, pass@1", [(c[2], f"w0={c[3]:.2f}") for c in p1])
        pk = [passk_cell(n, p, max(reps // 4, 200), rng) for p in PS]
        row("pass@5 of 10, Wilson on the mean", [(c[0], se(c[0], max(reps // 4, 200))) for c in pk])
        row("  baseline: bootstrap, pass@5", [(c[1], se(c[1], min(max(reps // 4, 200), 600))) for c in pk])
        pd = [paired_cell(n, p, reps, rng) for p in PS]
        row("paired pass@1 Δ, MOVER-Wilson", [(c[0], c[1] if c[1] == "exact" else se(c[0], reps)) for c in pd])
        row("  baseline: bootstrap, paired Δ", [(c[2], se(c[2], min(reps, 2000))) for c in pd])
        fr = [fraction_cell(n, p, max(reps // 4, 200), rng) for p in PS]
        row("paired test-share Δ, MOVER-Wilson", [(c, se(c, max(reps // 4, 200))) for c in fr])
    print("worst cell per method (w0 = share of zero-width intervals):")
    for name, c in worst.items():
        verdict = "meets" if c >= TARGET else "misses"
        print(f"  {name.strip():<36} {c:.3f}  {verdict} the {TARGET} target")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
