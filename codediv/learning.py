"""Per-checkpoint scores and learning dynamics, computed from :class:`~codediv.results.Results`.

Pure functions (no I/O) returning JSON-ready rows:

* ``step_rows``: per arm, seed, step and split (selection, report, all): pass@k for every k
  with its score interval over problems (``pass@k_lo/hi``: Wilson on the per-problem mean,
  :func:`codediv.metrics.wilson_mean`; exact Wilson for greedy pass@1, conservative for
  fractional per-problem values, never the degenerate (0, 0) or (1, 1) a percentile
  bootstrap gives when every problem scores alike), problems solved, mean share of tests
  passed, partial successes, verdict counts.
* ``problem_matrix``: the problem × step matrix of one training run (solved / partial with
  its share of tests / failed).
* ``learning_table``: per problem, first step solved, breakthrough, regressions and flips
  (:func:`codediv.metrics.learning_events`), and the run's stability score.
* ``error_rows``: the error taxonomy (:mod:`codediv.results`) per arm, seed and step.
"""
from __future__ import annotations

import numpy as np

from .metrics import learning_events, pass_at_k_array, wilson_mean
from .records import VERDICTS
from .results import CLASSES, SPLITS, Checkpoint, Results


def usable_ks(results: Results, ks: list[int]) -> list[int]:
    """The k values every evaluated problem has enough samples for."""
    counts = [ck.n[ck.n > 0].min() for ck in results.checkpoints.values() if ck.evaluated.any()]
    floor = min(counts) if counts else 1
    return sorted({k for k in ks if k <= floor} | {1})


def score(ck: Checkpoint, mask: np.ndarray, ks: list[int], alpha: float) -> dict:
    """Scores of one checkpoint over the evaluated problems in ``mask``."""
    m = mask & ck.evaluated
    n = int(m.sum())
    row: dict = {"problems": n}
    vals = np.array([pass_at_k_array(ck.n[m], ck.c[m], k) for k in ks]).T.reshape(n, len(ks))
    for k, col in zip(ks, vals.T):
        lo, hi = wilson_mean(col, alpha)
        row.update({f"pass@{k}": float(col.mean()) if n else 0.0, f"pass@{k}_lo": lo, f"pass@{k}_hi": hi})
    row.update({"solved": int(ck.solved[m].sum()), "test_fraction": float(ck.frac[m].mean()) if n else 0.0,
                "partial_problems": int(((~ck.solved) & (ck.frac > 0))[m].sum()),
                "partial_samples": int(ck.partial[m].sum())})
    counts = ck.verdicts[m].sum(axis=0)
    row.update({f"n_{v}": int(x) for v, x in zip(VERDICTS, counts)})
    return row


def step_rows(results: Results, ks: list[int], alpha: float) -> list[dict]:
    """Scores per arm, seed, step and split (base rows repeated under every arm as step 0)."""
    out, memo = [], {}
    for arm in results.arms:
        for seed in results.seeds[arm]:
            for step in results.steps(arm, seed):
                ck = results.get(arm, seed, step)
                for split in SPLITS:
                    key = (id(ck), split)
                    if key not in memo:  # the shared base model is scored once
                        memo[key] = score(ck, results.masks[split], ks, alpha)
                    out.append({"arm": arm, "seed": seed, "step": step, "model": ck.arm, "split": split,
                                **memo[key]})
    return out


def problem_matrix(results: Results, arm: str, seed: int) -> dict:
    """The problem × step matrix of one run: status S/P/F/-, share of tests passed, pass@1."""
    steps = results.steps(arm, seed)
    cks = [results.get(arm, seed, s) for s in steps]
    return {"arm": arm, "seed": seed, "steps": steps, "problems": results.problem_ids,
            "status": [list(x) for x in np.array([ck.status() for ck in cks]).T] if cks else [],
            "test_fraction": np.round(np.array([ck.frac for ck in cks]).T, 4).tolist() if cks else [],
            "pass@1": np.round(np.array([ck.pass1 for ck in cks]).T, 4).tolist() if cks else []}


def learning_table(results: Results, arm: str, seed: int) -> dict:
    """Learning events per problem of one run, and the run's stability.

    ``stability`` = 1 - flips / (problems × (steps - 1)): the share of consecutive
    evaluated-step pairs where a problem keeps its status. ``retention`` = share of the
    problems solved at some trained step that are still solved at the last step.
    """
    steps = results.steps(arm, seed)
    cks = [results.get(arm, seed, s) for s in steps]
    problems, flips = [], 0
    solved = np.array([ck.solved for ck in cks]) if cks else np.zeros((0, len(results.problem_ids)), bool)
    evaluated = np.array([ck.evaluated for ck in cks]) if cks else solved
    ever = last = 0
    for j, pid in enumerate(results.problem_ids):
        idx = [i for i in range(len(steps)) if evaluated[i, j]]
        if not idx:
            continue
        seq = [bool(solved[i, j]) for i in idx]
        ev = learning_events(seq)
        flips += ev.flips
        at = [steps[i] for i in idx]
        trained = [x for x, s in zip(seq, at) if s > 0]
        ever += any(trained)
        last += bool(trained and trained[-1] and any(trained))
        problems.append({"problem_id": pid, "title": results.titles[pid], "split": _split(results, j),
                         "steps": at, "solved": seq,
                         "first_solved": at[ev.first_solved] if ev.first_solved is not None else None,
                         "breakthrough": at[ev.breakthrough] if ev.breakthrough is not None else None,
                         "regressions": [{"solved_at": at[a], "lost_at": at[b]} for a, b in ev.regressions],
                         "flips": ev.flips})
    pairs = len(problems) * max(len(steps) - 1, 0)
    return {"arm": arm, "seed": seed, "steps": steps, "problems": problems,
            "breakthroughs": sum(p["breakthrough"] is not None for p in problems),
            "regressions": sum(len(p["regressions"]) for p in problems),
            "problems_regressed": sum(bool(p["regressions"]) for p in problems),
            "flips": flips, "stability": 1.0 - flips / pairs if pairs else 1.0,
            "retention": last / ever if ever else None}


def _split(results: Results, j: int) -> str:
    return next((s for s in ("selection", "report") if results.masks[s][j]), "none")


def error_rows(results: Results) -> list[dict]:
    """Error-class counts and shares over all judged samples, per arm, seed and step."""
    out = []
    for arm in results.arms:
        for seed in results.seeds[arm]:
            for step in results.steps(arm, seed):
                ck = results.get(arm, seed, step)
                counts = ck.classes.sum(axis=0)
                total = int(counts.sum())
                row = {"arm": arm, "seed": seed, "step": step, "samples": total,
                       "partial_samples": int(ck.partial.sum())}
                row.update({c: int(x) for c, x in zip(CLASSES, counts)})
                row.update({f"{c}_share": (float(x) / total if total else 0.0) for c, x in zip(CLASSES, counts)})
                out.append(row)
    return out
