"""Do the arms really differ? Paired comparisons at the selected checkpoints, report split only.

General machinery, for any per-problem metric (pure functions on arrays):

* :func:`paired_comparison` compares two arrays over the same problems: the mean paired
  difference, an interval (:func:`codediv.metrics.paired_interval`: MOVER-Wilson for
  bounded metrics, t otherwise) and a sign-flip permutation p-value
  (:func:`codediv.metrics.sign_flip`: exact when small or for 0/1 outcomes, Monte Carlo with
  the +1 correction otherwise, seeded per comparison name so the order of comparisons never
  changes a p-value).
* :func:`compare_family` takes ``{comparison_name: (x, y)}`` and returns each comparison with
  its raw p-value, its Holm-adjusted p-value within that family (:func:`codediv.metrics.holm`)
  and the family size; ``significant`` is decided on the adjusted value.
* :func:`adjust_family` does the same for records already holding a p-value (the McNemar
  comparisons, the multi-seed tests) and writes their verdict sentences, which use the
  adjusted p-value and say so.

On checkpoints: :func:`compare_checkpoints` is the pass@1 comparison of two checkpoints on the
problems both evaluated: the 2×2 table of solved problems, exact McNemar, the interval of the
pass@1 difference, the difference detectable with ``analysis.power`` at the observed
discordance by the exact test's power, the smallest gap the exact test could call
significant given the discordant problems seen, and the problems needed for the observed
gap. :func:`seed_comparison` uses several training seeds per arm: mean ± sd of report-split
pass@1 across seeds, a sign-flip test over the per-seed differences (seeds paired by seed
number; training randomness is the unit, and with S seeds p cannot go below 2/2^S, which is
stated) and the interval of the seed-averaged per-problem difference (problems the unit).
:func:`metric_families` applies :func:`compare_family` to every metric of :data:`METRICS` for
the arm pairs and the arm-vs-base pairs; :func:`error_shift_family` tests the change in each
error class's per-problem share from the base model to a checkpoint.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .metrics import (detectable_difference, holm, mcnemar_exact, mcnemar_min_discordance, pair_table,
                      paired_interval, pass_at_k_array, problems_needed, sign_flip)
from .results import CLASSES, Checkpoint

@dataclass(frozen=True)
class Metric:
    """A per-problem metric compared between checkpoints."""

    values: Callable[[Checkpoint], np.ndarray]  #: one value per problem
    available: Callable[[Checkpoint], np.ndarray]  #: problems where the checkpoint has a value
    bounds: tuple[float, float] | None  #: range of a value (bounded intervals), None when unbounded
    higher_is_better: bool  #: direction, for the sentences that say which arm is better
    description: str
    label: str = ""  #: the name sentences use ("reference bits per byte"); the key when empty

    @property
    def is_share(self) -> bool:
        """A value in [0, 1] shown as a percentage (the others are shown as numbers)."""
        return self.bounds == (0.0, 1.0)


def _judged(ck: Checkpoint) -> np.ndarray:
    return ck.evaluated


def _scored(ck: Checkpoint) -> np.ndarray:
    return ck.scored


#: Every per-problem metric, by name (the names ``analysis.primary_metric`` takes). A new
#: metric adds one entry; comparisons.json then carries it in every family.
METRICS: dict[str, Metric] = {
    "pass@1": Metric(lambda ck: ck.pass1, _judged, (0.0, 1.0), True,
                     "per-problem pass@1 (share of the problem's samples accepted)"),
    "test_fraction": Metric(lambda ck: ck.frac, _judged, (0.0, 1.0), True, "per-problem mean share of tests passed",
                            "share of tests passed"),
    "ref_bpb": Metric(lambda ck: ck.ref_bpb, _scored, None, False,
                      "per-problem bits per byte of the verified reference solutions given the evaluation prompt "
                      "(likelihood pass; lower is better)", "reference bits per byte"),
    "ref_nll": Metric(lambda ck: ck.ref_nll, _scored, None, False,
                      "per-problem mean NLL per answer token (nats) of the verified reference solutions "
                      "(likelihood pass; lower is better)", "reference NLL per token"),
}
FAILURE_CLASSES = tuple(c for c in CLASSES if c != "accepted")


def _pass_at(k: int) -> Metric:
    """pass@k per problem (the unbiased estimator) where a checkpoint has at least k samples."""
    def values(ck: Checkpoint) -> np.ndarray:
        out, ok = np.zeros(ck.n.shape), ck.n >= k
        out[ok] = pass_at_k_array(ck.n[ok], ck.c[ok], k)
        return out
    return Metric(values, lambda ck: ck.n >= k, (0.0, 1.0), True,
                  f"per-problem pass@{k} (unbiased estimator over the problem's samples, Chen et al. 2021)")


def metric(name: str) -> Metric | None:
    """The registered metric ``name`` (``pass@k`` for any k included), or None."""
    if name in METRICS:
        return METRICS[name]
    k = name.removeprefix("pass@")
    return _pass_at(int(k)) if k != name and k.isdigit() and int(k) > 0 else None


def metrics_for(ks: list[int]) -> dict[str, Metric]:
    """:data:`METRICS` plus pass@k for every k > 1 of ``ks`` (when several samples were drawn)."""
    return {**METRICS, **{f"pass@{k}": _pass_at(k) for k in ks if k > 1}}


def _rng(seed: int, name: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(name.encode())])


# -- any metric ----------------------------------------------------------------------------
def paired_comparison(x: np.ndarray, y: np.ndarray, alpha: float = 0.05,
                      bounds: tuple[float, float] | None = (0.0, 1.0), n_perm: int = 10000,
                      rng: np.random.Generator | None = None) -> dict:
    """Mean of ``x - y`` over paired problems, its interval and a sign-flip p-value."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"paired arrays differ in shape: {x.shape} vs {y.shape}")
    lo, hi, how = paired_interval(x, y, alpha, bounds)
    sf = sign_flip(x - y, n_perm=n_perm, rng=rng)
    test = "exact sign-flip test" if sf.method == "exact" else \
        f"Monte Carlo sign-flip test ({sf.resamples} resamples, +1 corrected)"
    return {"problems": int(x.size), "mean_a": float(x.mean()) if x.size else None,
            "mean_b": float(y.mean()) if y.size else None,
            "difference": float((x - y).mean()) if x.size else 0.0, "difference_lo": lo, "difference_hi": hi,
            "interval": how, "differing": sf.nonzero, "p": sf.p, "test": test, "resamples": sf.resamples,
            "p_mc_se": (float(np.sqrt(sf.p * (1 - sf.p) / sf.resamples)) if sf.resamples else 0.0)}


def compare_family(pairs: dict[str, tuple[np.ndarray, np.ndarray]], alpha: float = 0.05,
                   bounds: tuple[float, float] | None = (0.0, 1.0), n_perm: int = 10000,
                   seed: int = 0) -> dict[str, dict]:
    """Every comparison of one family, with raw and Holm-adjusted p-values (module docstring)."""
    out = {name: paired_comparison(x, y, alpha, bounds, n_perm, _rng(seed, name)) for name, (x, y) in pairs.items()}
    for r, adj in zip(out.values(), holm(r["p"] for r in out.values())):
        r.update({"p_holm": adj, "family_size": len(out), "significant": bool(adj < alpha)})
    return out


def verdict_text(p_adj: float, p_raw: float, m: int, alpha: float, diff: float, a: str, b: str) -> str:
    """One plain sentence on the Holm-adjusted p-value: significant or not, and which way."""
    how = (f"Holm-adjusted p = {p_adj:.3g} over {m} comparisons, raw p = {p_raw:.3g}" if m > 1 else
           f"p = {p_raw:.3g}, the only comparison in its family, so Holm leaves it unadjusted")
    if p_adj < alpha:
        lead, lag = (a, b) if diff > 0 else (b, a)
        return f"significant at {alpha:g} ({how}): {lead} ahead of {lag}"
    return f"not significant at {alpha:g} ({how})"


def adjust_family(records: list[dict], p_key: str, family: str, alpha: float, diff_key: str,
                  suffix: str = "") -> None:
    """Holm-adjust ``records[*][p_key]`` as one family, in place; set verdicts on the adjusted p."""
    for r, adj in zip(records, holm(r[p_key] for r in records)):
        r.update({f"{p_key}_holm": adj, "family": family, "family_size": len(records),
                  "significant": bool(adj < alpha),
                  "verdict": verdict_text(adj, r[p_key], len(records), alpha, r[diff_key], r["a"], r["b"]) + suffix})


# -- checkpoints ---------------------------------------------------------------------------
def compare_checkpoints(ca: Checkpoint, cb: Checkpoint, mask: np.ndarray, labels: tuple[str, str],
                        alpha: float, power: float) -> dict:
    """Paired pass@1 comparison of two checkpoints over the problems in ``mask`` both evaluated.

    ``significant`` and ``verdict`` are provisional (raw p) until :func:`adjust_family` runs
    over the comparison's family.
    """
    m = mask & ca.evaluated & cb.evaluated
    n = int(m.sum())
    t = pair_table(ca.solved[m], cb.solved[m])
    p = mcnemar_exact(t.only_a, t.only_b)
    lo, hi, how = paired_interval(ca.pass1[m], cb.pass1[m], alpha)
    disc = t.only_a + t.only_b
    psi = disc / n if n else 0.0
    mdd = detectable_difference(n, psi, alpha, power)
    gap = t.only_a - t.only_b
    return {"a": labels[0], "b": labels[1], "a_step": ca.step, "b_step": cb.step, "problems": n,
            "a_solved": t.both + t.only_a, "b_solved": t.both + t.only_b,
            "table": {"both": t.both, "only_a": t.only_a, "only_b": t.only_b, "neither": t.neither},
            "solved_difference": gap, "mcnemar_p": p,
            "pass1_difference": float((ca.pass1[m] - cb.pass1[m]).mean()) if n else 0.0,
            "pass1_difference_lo": lo, "pass1_difference_hi": hi, "pass1_difference_interval": how,
            "discordant_share": psi, "min_detectable_difference": mdd,
            "min_detectable_problems": (None if mdd is None else int(np.ceil(mdd * n - 1e-9))),
            "min_significant_gap": mcnemar_min_discordance(disc, alpha),
            "problems_needed": (problems_needed(gap / n, psi, alpha, power) if n and gap else None),
            "power_method": "exact enumeration of the exact McNemar test's power at the observed discordance",
            "alpha": alpha, "power": power,
            "significant": bool(p < alpha), "verdict": verdict_text(p, p, 1, alpha, gap, *labels)}


def seed_stats(values: list[float]) -> dict:
    """Mean and sample standard deviation (None with one value)."""
    v = np.asarray(values, dtype=float)
    return {"n": int(v.size), "mean": float(v.mean()) if v.size else None,
            "sd": float(v.std(ddof=1)) if v.size > 1 else None, "values": [float(x) for x in v]}


def seed_comparison(runs_a: dict[int, Checkpoint], runs_b: dict[int, Checkpoint], mask: np.ndarray,
                    labels: tuple[str, str], alpha: float, n_perm: int, seed: int) -> dict:
    """Compare two arms over several training seeds (each run at its selected checkpoint)."""
    common = sorted(set(runs_a) & set(runs_b))
    pa = {s: _pass1(ck, mask) for s, ck in runs_a.items()}
    pb = {s: _pass1(ck, mask) for s, ck in runs_b.items()}
    diffs = [pa[s] - pb[s] for s in common]
    sf = sign_flip(diffs, n_perm=n_perm, rng=_rng(seed, f"seeds {labels[0]} vs {labels[1]}"))
    both = mask.copy()
    for ck in [runs_a[s] for s in common] + [runs_b[s] for s in common]:
        both &= ck.evaluated
    avg_a = np.mean([runs_a[s].pass1[both] for s in common], axis=0) if common else np.zeros(0)
    avg_b = np.mean([runs_b[s].pass1[both] for s in common], axis=0) if common else np.zeros(0)
    lo, hi, how = paired_interval(avg_a, avg_b, alpha)
    mean_diff = float(np.mean(diffs)) if diffs else 0.0
    return {"a": labels[0], "b": labels[1], "seeds": common,
            "a_pass1": seed_stats([pa[s] for s in sorted(pa)]), "b_pass1": seed_stats([pb[s] for s in sorted(pb)]),
            "differences": diffs, "mean_difference": mean_diff,
            "sign_flip_p": sf.p, "sign_flip_method": sf.method, "sign_flip_resamples": sf.resamples,
            "sign_flip_min_p": (2.0 / 2 ** len(common)) if common else 1.0,
            "pooled_problems": int(both.sum()), "pooled_difference": float((avg_a - avg_b).mean()) if both.any() else 0.0,
            "pooled_difference_lo": lo, "pooled_difference_hi": hi, "pooled_difference_interval": how,
            "pooled_excludes_zero": bool(lo > 0 or hi < 0), "alpha": alpha,
            "verdict": verdict_text(sf.p, sf.p, 1, alpha, mean_diff, *labels) + " by the sign-flip test over seeds"}


def _pass1(ck: Checkpoint, mask: np.ndarray) -> float:
    m = mask & ck.evaluated
    return float(ck.pass1[m].mean()) if m.any() else 0.0


def metric_families(pairs: dict[str, list[tuple[str, dict, Checkpoint, Checkpoint]]], mask: np.ndarray,
                    alpha: float, n_perm: int, seed: int, ks: list[int] = ()) -> dict[str, dict[str, list[dict]]]:
    """Every metric of :data:`METRICS` over every family of checkpoint pairs.

    ``pairs`` maps a family ("arms", "vs_base") to (name, labels, checkpoint A, checkpoint B)
    entries; each comparison uses the problems in ``mask`` that both checkpoints evaluated.
    Returns ``{metric: {family: [comparison records]}}``.
    """
    out: dict[str, dict[str, list[dict]]] = {}
    for metric, spec in metrics_for(list(ks)).items():
        out[metric] = {}
        for family, entries in pairs.items():
            arrays, info = {}, {}
            for name, labels, ca, cb in entries:
                m = mask & spec.available(ca) & spec.available(cb)
                if not m.any():
                    continue  # e.g. a likelihood metric when the pass was off
                arrays[name] = (spec.values(ca)[m], spec.values(cb)[m])
                info[name] = labels
            res = compare_family(arrays, alpha, spec.bounds, n_perm,
                                 seed + zlib.crc32(f"{metric}/{family}".encode()))
            out[metric][family] = [{"name": name, **info[name], **r} for name, r in res.items()]
    return out


def error_shift_family(step: Checkpoint, base: Checkpoint, mask: np.ndarray, alpha: float, n_perm: int,
                       seed: int) -> list[dict]:
    """Change of each failure class's per-problem share of samples, base model -> ``step``.

    Problems, not samples, are the unit: each problem contributes the share of its samples in
    the class (0 or 1 with one sample per problem, so the test is exact McNemar on problems).
    The failure classes form one family (Holm), so picking the largest shift stays honest.
    """
    m = mask & step.evaluated & base.evaluated
    arrays, counts = {}, {}
    for i, cls in enumerate(CLASSES):
        if cls in FAILURE_CLASSES:
            s = step.classes[m, i] / step.n[m]
            b = base.classes[m, i] / base.n[m]
            arrays[cls] = (s, b)
            counts[cls] = (int(np.sum(s > 0)), int(np.sum(b > 0)))
    res = compare_family(arrays, alpha, (0.0, 1.0), n_perm, seed + step.step)
    return [{"name": cls, "class": cls, "problems_with_class": counts[cls][0],
             "base_problems_with_class": counts[cls][1], **r} for cls, r in res.items()]
