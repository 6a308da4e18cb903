"""Speed of the exact tests at benchmark sizes where the old arithmetic broke or crawled.

Target (issue 14): exact McNemar and the minimum-discordance search fast at 10,000 discordant
problems (no O(d²) loop of exact tests). The baseline, measured in the same run, is the old
code path re-stated here: McNemar as an integer tail sum divided by ``2 ** d`` (it raised
OverflowError from d = 1,024 on, so it is timed at 1,000) and the minimum-discordance search
as a loop of those tests over every gap (timed at 1,000 discordant problems; the issue
measured 37 s at 3,000). Also times the planning numbers (exact power at 1,000 and 10,000
problems, problems needed for 4 points at 20% discordance) and one Monte Carlo sign-flip test
over 10,000 problems.

Usage: python bench/stats_speed.py
"""
from __future__ import annotations

import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.metrics import (mcnemar_exact, mcnemar_min_discordance, mcnemar_power, problems_needed,  # noqa: E402
                             sign_flip)


def old_mcnemar(b: int, c: int) -> float:
    d = b + c
    return 1.0 if d == 0 else min(1.0, 2.0 * sum(math.comb(d, i) for i in range(min(b, c) + 1)) / 2 ** d)


def old_min_discordance(d: int) -> int | None:
    return next((g for g in range(d % 2, d + 1, 2) if old_mcnemar((d + g) // 2, (d - g) // 2) < 0.05), None)


def timed(fn, *args, repeat: int = 1) -> tuple[float, object]:
    t = time.perf_counter()
    for _ in range(repeat):
        out = fn(*args)
    return (time.perf_counter() - t) / repeat, out


def main() -> None:
    t_old, p_old = timed(old_mcnemar, 520, 480, repeat=20)
    t_new, p_new = timed(mcnemar_exact, 520, 480, repeat=20)
    print(f"McNemar at 1,000 discordant: old {t_old * 1e3:.2f} ms, new {t_new * 1e3:.2f} ms "
          f"(ratio {t_old / t_new:.1f}x; p {p_old:.6g} vs {p_new:.6g})")
    t, p = timed(mcnemar_exact, 5200, 4800, repeat=20)
    print(f"McNemar at 10,000 discordant: {t * 1e3:.2f} ms, p = {p:.6g} (the old code raised OverflowError)")
    t_old, g_old = timed(old_min_discordance, 1000)
    t_new, g_new = timed(mcnemar_min_discordance, 1000, repeat=20)
    print(f"minimum significant gap at 1,000 discordant: old {t_old:.2f} s, new {t_new * 1e3:.2f} ms "
          f"(ratio {t_old / t_new:.0f}x; gap {g_old} vs {g_new})")
    for d in (3000, 10_000, 100_000):
        t, g = timed(mcnemar_min_discordance, d, repeat=20)
        print(f"minimum significant gap at {d:,} discordant: {t * 1e3:.2f} ms (gap {g})")
    for n in (1000, 10_000):
        t, p = timed(mcnemar_power, n, 0.2, 0.04, repeat=5)
        print(f"exact power, {n:,} problems at 20% discordance, δ = 4 pts: {t * 1e3:.1f} ms (power {p:.3f})")
    t, n = timed(problems_needed, 0.04, 0.2)
    print(f"problems needed for 4 pts at 20% discordance: {t:.2f} s ({n:,} problems)")
    d = np.random.default_rng(0).normal(0.01, 0.3, 10_000)
    t, r = timed(sign_flip, d)
    print(f"sign-flip test over 10,000 problems ({r.resamples:,} random patterns): {t:.2f} s, p = {r.p:.4f}")


if __name__ == "__main__":
    main()
