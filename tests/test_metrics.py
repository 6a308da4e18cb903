"""metrics.py against hand-computed values."""
from __future__ import annotations

import math

import numpy as np
import pytest

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


def test_wilson_hand_values():
    # 6/24 (the reference study's Deep): p=.25, z=1.95996 -> (0.1200, 0.4490)
    lo, hi = M.wilson(6, 24)
    assert lo == pytest.approx(0.1200, abs=1e-4)
    assert hi == pytest.approx(0.4490, abs=1e-4)
    # 0/10: lower bound 0, upper z^2/(n+z^2)
    z2 = 1.959964 ** 2
    assert M.wilson(0, 10) == pytest.approx((0.0, z2 / (10 + z2)), abs=1e-6)
    assert M.wilson(0, 0) == (0.0, 1.0)
    # a narrower level gives a narrower interval
    assert M.wilson(6, 24, alpha=0.2)[1] < hi


@pytest.mark.parametrize("b,c,p", [(0, 0, 1.0), (1, 0, 1.0), (0, 5, 2 / 32), (3, 3, 1.0),
                                   (2, 10, 2 * (1 + 12 + 66) / 4096), (1, 5, 2 * (1 + 6) / 64)])
def test_mcnemar_exact_known_tables(b, c, p):
    assert M.mcnemar_exact(b, c) == pytest.approx(p)
    assert M.mcnemar_exact(c, b) == pytest.approx(p)


def test_mcnemar_min_discordance():
    assert M.mcnemar_min_discordance(5) is None  # 5 vs 0 gives p = 0.0625
    assert M.mcnemar_min_discordance(6) == 6  # 6 vs 0: p = 2/64
    assert M.mcnemar_min_discordance(12) == 8  # 10 vs 2: p = .0386; 9 vs 3: p = .146


def test_pair_table():
    t = M.pair_table([1, 1, 0, 0, 1], [1, 0, 1, 0, 0])
    assert (t.both, t.only_a, t.only_b, t.neither, t.n) == (1, 2, 1, 1, 5)


def test_bootstrap_is_deterministic_and_sensible():
    vals = np.array([0, 1] * 20, dtype=float)
    a = M.bootstrap_mean_ci(vals, 1000, 0.05, np.random.default_rng(7))
    b = M.bootstrap_mean_ci(vals, 1000, 0.05, np.random.default_rng(7))
    c = M.bootstrap_mean_ci(vals, 1000, 0.05, np.random.default_rng(8))
    assert a == b and a != c
    assert a[0] < 0.5 < a[1]
    # the normal approximation of the same interval: 0.5 ± 1.96·sqrt(.25/40) ≈ ±0.155
    assert a[1] - a[0] == pytest.approx(0.31, abs=0.05)
    assert M.bootstrap_mean_ci(np.full(10, 0.3), 200) == pytest.approx((0.3, 0.3))


def test_paired_bootstrap_diff():
    a = np.array([1, 1, 1, 0, 0, 1, 1, 0], dtype=float)
    assert M.paired_bootstrap_diff(a, a) == (0.0, 0.0, 0.0)
    d, lo, hi = M.paired_bootstrap_diff(a, np.zeros(8), 500, 0.05, np.random.default_rng(0))
    assert d == pytest.approx(5 / 8) and lo <= d <= hi and 0 < lo


def test_min_detectable_difference_inverts_connor():
    mdd = M.min_detectable_difference(500, 0.2, 0.05, 0.8)
    assert mdd is not None and 0 < mdd < 0.2
    # plugging it back into Connor's sample-size formula gives back the number of problems
    assert M.problems_needed(mdd, 0.2, 0.05, 0.8) == pytest.approx(500, abs=1)
    # 24 problems, 5 discordant: even 5-0 is not detectable at 80% power
    assert M.min_detectable_difference(24, 5 / 24) is None
    assert M.min_detectable_difference(24, 0.0) is None


def test_sign_flip_test():
    assert M.sign_flip_test([0.1, 0.2, 0.3]) == pytest.approx(2 / 8)  # only all-+ and all-- as extreme
    assert M.sign_flip_test([0.1, -0.1]) == 1.0
    assert M.sign_flip_test([]) == 1.0
    assert M.sign_flip_test([0.5, 0.4, 0.3, 0.2, 0.1, 0.2]) == pytest.approx(2 / 64)


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
