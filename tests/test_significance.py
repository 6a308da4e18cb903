"""Paired comparisons of checkpoints and of any per-problem metric, checked against statsmodels.

Covers the machinery a later per-problem metric plugs into (``paired_comparison``,
``compare_family``), the pass@1 comparison of checkpoints at benchmark sizes where the old
``2 ** d`` arithmetic overflowed, verdicts on Holm-adjusted p-values, the error-shift test that
counts problems rather than samples, and the multi-seed sign-flip test above 16 seeds.
"""
from __future__ import annotations

import numpy as np
import pytest
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests

from codediv.metrics import detectable_difference, mcnemar_power
from codediv.records import VERDICTS
from codediv.results import CLASSES, Checkpoint
from codediv.significance import (adjust_family, compare_checkpoints, compare_family, error_shift_family,
                                  paired_comparison, seed_comparison)


def ck(step: int, c, n=None, classes=None) -> Checkpoint:
    c = np.asarray(c)
    n = np.ones_like(c) if n is None else np.asarray(n)
    p = c.size
    cls = np.zeros((p, len(CLASSES)), int) if classes is None else np.asarray(classes)
    return Checkpoint("arm", 0, step, n, c, np.divide(c, n, out=np.zeros(p), where=n > 0),
                      np.zeros((p, len(VERDICTS)), int), cls, np.zeros(p, int))


def test_paired_comparison_of_binary_outcomes_is_exact_mcnemar():
    rng = np.random.default_rng(0)
    x, y = (rng.uniform(size=300) < 0.3).astype(float), (rng.uniform(size=300) < 0.25).astype(float)
    r = paired_comparison(x, y)
    b, c = int(np.sum((x == 1) & (y == 0))), int(np.sum((x == 0) & (y == 1)))
    assert r["p"] == pytest.approx(mcnemar([[0, b], [c, 0]], exact=True).pvalue)
    assert r["test"] == "exact sign-flip test" and r["differing"] == b + c and r["resamples"] == 0
    assert r["difference"] == pytest.approx(x.mean() - y.mean())
    assert r["difference_lo"] < r["difference"] < r["difference_hi"] and r["interval"] == "mover-wilson"


def test_compare_family_adjusts_like_statsmodels_and_decides_on_the_adjusted_p():
    rng = np.random.default_rng(1)
    pairs = {f"c{i}": (rng.integers(0, 5, 60) / 4, rng.integers(0, 5, 60) / 4 * (0.6 + 0.1 * i)) for i in range(6)}
    res = compare_family(pairs, alpha=0.05, n_perm=2000, seed=3)
    raw = [r["p"] for r in res.values()]
    assert [r["p_holm"] for r in res.values()] == pytest.approx(list(multipletests(raw, method="holm")[1]))
    assert all(r["family_size"] == 6 and r["significant"] == (r["p_holm"] < 0.05) for r in res.values())
    assert any(r["test"].startswith("Monte Carlo") and r["p"] >= 1 / 2001 for r in res.values())
    # a comparison's Monte Carlo draws depend on its name, not on its position in the family
    again = compare_family(dict(reversed(list(pairs.items()))), alpha=0.05, n_perm=2000, seed=3)
    assert all(again[k]["p"] == res[k]["p"] for k in res)


def test_compare_checkpoints_on_10000_problems_with_more_than_1024_discordant():
    rng = np.random.default_rng(2)
    a = rng.uniform(size=10_000) < 0.30
    b = np.where(rng.uniform(size=10_000) < 0.6, a, rng.uniform(size=10_000) < 0.26)  # ~16% discordant
    c = compare_checkpoints(ck(20, a.astype(int)), ck(0, b.astype(int)), np.ones(10_000, bool), ("deep", "base"),
                            0.05, 0.8)
    t = c["table"]
    assert t["only_a"] + t["only_b"] >= 1024
    assert c["mcnemar_p"] == pytest.approx(mcnemar([[t["both"], t["only_a"]], [t["only_b"], t["neither"]]],
                                                   exact=True).pvalue, rel=1e-9, abs=1e-300)
    mdd = c["min_detectable_difference"]
    assert mdd == pytest.approx(detectable_difference(10_000, c["discordant_share"]))
    assert mcnemar_power(10_000, c["discordant_share"], mdd) >= 0.8
    assert c["pass1_difference_lo"] < c["pass1_difference"] < c["pass1_difference_hi"]
    assert c["min_significant_gap"] < t["only_a"] + t["only_b"]


def test_verdicts_use_the_holm_adjusted_p_and_say_so():
    rows = [{"a": "x", "b": "base", "p": p, "gap": 1} for p in (0.01, 0.02, 0.04)]
    adjust_family(rows, "p", "vs_base", 0.05, "gap")
    assert [r["p_holm"] for r in rows] == pytest.approx([0.03, 0.04, 0.04])
    assert all(r["significant"] for r in rows)
    assert rows[2]["verdict"] == ("significant at 0.05 (Holm-adjusted p = 0.04 over 3 comparisons, raw p = 0.04): "
                                  "x ahead of base")
    rows = [{"a": "x", "b": "y", "p": p, "gap": -1} for p in (0.03, 0.04)]
    adjust_family(rows, "p", "arms", 0.05, "gap")
    assert [r["significant"] for r in rows] == [False, False]  # 0.03 raw, 0.06 adjusted
    assert rows[0]["verdict"].startswith("not significant at 0.05 (Holm-adjusted p = 0.06 over 2 comparisons")


def test_error_shift_counts_problems_not_samples():
    """Base: one problem with 10 syntax-error samples, four with one wrong answer each; the
    checkpoint: the first problem solved, the four others syntax errors. Counted over samples,
    syntax errors fall (10/14 -> 4/14); over problems they rise (1 -> 4 of 5), as the test says."""
    syn, alg, acc = (CLASSES.index(k) for k in ("syntax", "algorithm", "accepted"))
    n = np.array([10, 1, 1, 1, 1])
    base_cls = np.zeros((5, len(CLASSES)), int)
    base_cls[0, syn], base_cls[1:, alg] = 10, 1
    step_cls = np.zeros((5, len(CLASSES)), int)
    step_cls[0, acc], step_cls[1:, syn] = 10, 1
    base = ck(0, np.zeros(5, int), n, base_cls)
    step = ck(30, np.array([10, 0, 0, 0, 0]), n, step_cls)
    fam = {r["class"]: r for r in error_shift_family(step, base, np.ones(5, bool), 0.05, 1000, 0)}
    assert (fam["syntax"]["base_problems_with_class"], fam["syntax"]["problems_with_class"]) == (1, 4)
    assert fam["syntax"]["difference"] == pytest.approx(0.8 - 0.2)
    assert fam["algorithm"]["difference"] == pytest.approx(-0.8)
    assert set(fam) == {"syntax", "runtime", "algorithm", "logic"} and fam["syntax"]["family_size"] == 4
    raw = [fam[k]["p"] for k in fam]
    assert [fam[k]["p_holm"] for k in fam] == pytest.approx(list(multipletests(raw, method="holm")[1]))


def test_seed_comparison_above_16_seeds_samples_with_the_plus_one_correction():
    mask = np.ones(4, bool)
    runs_a = {s: ck(10, np.array([1, 1, 1, int(s % 2)])) for s in range(20)}
    runs_b = {s: ck(10, np.array([0, 1, 0, 0]) if s % 3 else np.array([1, 1, 0, 0])) for s in range(20)}
    m = seed_comparison(runs_a, runs_b, mask, ("a", "b"), 0.05, 999, 0)
    assert m["sign_flip_method"] == "monte_carlo" and m["sign_flip_resamples"] == 999
    assert 0 < m["sign_flip_p"] and m["sign_flip_p"] >= 1 / 1000
    few = seed_comparison({s: runs_a[s] for s in range(3)}, {s: runs_b[s] for s in range(3)}, mask, ("a", "b"),
                          0.05, 999, 0)
    assert few["sign_flip_method"] == "exact" and few["sign_flip_min_p"] == pytest.approx(0.25)
