"""Do the arms really differ? Paired comparisons at the selected checkpoints, report split only.

``compare_checkpoints`` compares two checkpoints on the problems both evaluated in a mask:
the per-problem 2×2 table (both, only A, only B, neither), the exact McNemar p-value, the
paired bootstrap interval of the difference in pass@1, the minimum detectable difference
(Connor 1987 at ``analysis.power``; :func:`codediv.metrics.min_detectable_difference`), the
smallest gap the exact test could call significant given the discordant problems seen, and
a plain verdict sentence.

``seed_comparison`` uses several training seeds per arm: mean ± sd of report-split pass@1
across seeds, an exact sign-flip permutation test over the per-seed differences (seeds paired
by seed number; it treats training randomness as the unit, and with S seeds its p-value
cannot go below 2/2^S, which is stated), and a pooled paired bootstrap over problems of the
seed-averaged per-problem pass@1 (problems as the unit, seeds averaged out).
"""
from __future__ import annotations

import numpy as np

from .metrics import (mcnemar_exact, mcnemar_min_discordance, min_detectable_difference, pair_table,
                      paired_bootstrap_diff, problems_needed, sign_flip_test)
from .results import Checkpoint


def verdict_text(p: float, alpha: float, diff: float, a: str, b: str) -> str:
    """One plain sentence: significant or not at alpha, and which way."""
    if p < alpha:
        lead, lag = (a, b) if diff > 0 else (b, a)
        return f"significant at {alpha:g} (p = {p:.3g}): {lead} ahead of {lag}"
    return f"not significant at {alpha:g} (p = {p:.3g})"


def compare_checkpoints(ca: Checkpoint, cb: Checkpoint, mask: np.ndarray, labels: tuple[str, str],
                        n_boot: int, alpha: float, power: float, seed: int) -> dict:
    """Paired comparison of two checkpoints over the problems in ``mask`` both evaluated."""
    m = mask & ca.evaluated & cb.evaluated
    n = int(m.sum())
    t = pair_table(ca.solved[m], cb.solved[m])
    p = mcnemar_exact(t.only_a, t.only_b)
    diff, lo, hi = paired_bootstrap_diff(ca.pass1[m], cb.pass1[m], n_boot, alpha, np.random.default_rng(seed))
    disc = t.only_a + t.only_b
    psi = disc / n if n else 0.0
    mdd = min_detectable_difference(n, psi, alpha, power)
    solved_gap = t.only_a - t.only_b
    return {"a": labels[0], "b": labels[1], "a_step": ca.step, "b_step": cb.step, "problems": n,
            "a_solved": t.both + t.only_a, "b_solved": t.both + t.only_b,
            "table": {"both": t.both, "only_a": t.only_a, "only_b": t.only_b, "neither": t.neither},
            "solved_difference": solved_gap, "mcnemar_p": p,
            "pass1_difference": diff, "pass1_difference_lo": lo, "pass1_difference_hi": hi,
            "discordant_share": psi,
            "min_detectable_difference": mdd,
            "min_detectable_problems": (None if mdd is None else int(np.ceil(mdd * n - 1e-9))),
            "min_significant_gap": mcnemar_min_discordance(disc, alpha),
            "problems_needed": (problems_needed(solved_gap / n, psi, alpha, power) if n and solved_gap else None),
            "alpha": alpha, "power": power,
            "significant": bool(p < alpha), "verdict": verdict_text(p, alpha, solved_gap, *labels)}


def seed_stats(values: list[float]) -> dict:
    """Mean and sample standard deviation (None with one value)."""
    v = np.asarray(values, dtype=float)
    return {"n": int(v.size), "mean": float(v.mean()) if v.size else None,
            "sd": float(v.std(ddof=1)) if v.size > 1 else None, "values": [float(x) for x in v]}


def seed_comparison(runs_a: dict[int, Checkpoint], runs_b: dict[int, Checkpoint], mask: np.ndarray,
                    labels: tuple[str, str], n_boot: int, alpha: float, seed: int) -> dict:
    """Compare two arms over several training seeds (each run at its selected checkpoint)."""
    common = sorted(set(runs_a) & set(runs_b))
    pa = {s: _pass1(ck, mask) for s, ck in runs_a.items()}
    pb = {s: _pass1(ck, mask) for s, ck in runs_b.items()}
    diffs = [pa[s] - pb[s] for s in common]
    p_sign = sign_flip_test(diffs, rng=np.random.default_rng(seed))
    both = mask.copy()
    for ck in [runs_a[s] for s in common] + [runs_b[s] for s in common]:
        both &= ck.evaluated
    avg_a = np.mean([runs_a[s].pass1[both] for s in common], axis=0) if common else np.zeros(0)
    avg_b = np.mean([runs_b[s].pass1[both] for s in common], axis=0) if common else np.zeros(0)
    diff, lo, hi = paired_bootstrap_diff(avg_a, avg_b, n_boot, alpha, np.random.default_rng(seed))
    mean_diff = float(np.mean(diffs)) if diffs else 0.0
    return {"a": labels[0], "b": labels[1], "seeds": common,
            "a_pass1": seed_stats([pa[s] for s in sorted(pa)]), "b_pass1": seed_stats([pb[s] for s in sorted(pb)]),
            "differences": diffs, "mean_difference": mean_diff,
            "sign_flip_p": p_sign, "sign_flip_min_p": (2.0 / 2 ** len(common)) if common else 1.0,
            "pooled_problems": int(both.sum()), "pooled_difference": diff,
            "pooled_difference_lo": lo, "pooled_difference_hi": hi,
            "pooled_excludes_zero": bool(lo > 0 or hi < 0),
            "verdict": verdict_text(p_sign, alpha, mean_diff, *labels) + " by the sign-flip test over seeds"}


def _pass1(ck: Checkpoint, mask: np.ndarray) -> float:
    m = mask & ck.evaluated
    return float(ck.pass1[m].mean()) if m.any() else 0.0
