"""Honest checkpoint selection: choose on the selection split, score on the report split.

``training_curves`` reads ``train/<arm>/seed<k>/metrics.jsonl`` (training rows with loss and
learning rate, evaluation rows with the arm's own ``val_loss``) and the checkpoints'
``meta.json``; a missing folder gives empty curves (an eval-only run).

``candidates`` describes the checkpoints of one run using ONLY the problems tagged
``bench:selection``: it receives the selection mask and reads nothing of the other problems,
so the report split cannot influence the choice (``tests/test_selection.py`` perturbs report
rows every way and checks the whole record is unchanged). A candidate must have every
measurement the policy uses on every selection problem: judged on all of them for the
pass-based policies, scored by the likelihood pass on all of them that have a reference for
``loss``; a checkpoint measured on only some of them (an interrupted evaluation) is listed
under ``partial`` and never selected, and a checkpoint with no selection-split measurement at
all does not exist for selection. Each candidate has its selection-split pass@1 and problems
solved (None when it was not generated from), its *held-out loss* and its *stability*.

The held-out loss is the mean bits per byte of the selection problems' verified reference
solutions under the checkpoint (the likelihood pass of the eval stage). Unlike each arm's own
validation split, it is measured on the same text for every arm and the base model, so it is
comparable across arms; it is the only loss selection uses (None when the likelihood pass
did not run). Stability is the share of selection problems whose solved status agrees with
the neighbouring candidates' (:func:`codediv.metrics.local_stability`, on the selection
problems of the candidates only), which penalises a score that is a one-step spike.

``select`` applies ``analysis.selection_policy`` and returns the step with its reasons:

* ``pass_at_1``: highest selection pass@1; exact ties go to the most stable, then the lowest
  held-out loss, then the earliest step.
* ``pass_then_loss`` (default): checkpoints within ``selection_tolerance`` problems of the
  best selection pass@1 are tied (a one-problem gap on a small split is noise); the tie goes
  to the lowest held-out loss, then the most stable, then the earliest step.
* ``loss``: lowest held-out loss, ties by selection pass@1 then the earliest step; falls back
  to ``pass_then_loss`` when no checkpoint has one.

The base model (step 0) is a candidate only when no trained checkpoint of the run is complete.
When the benchmark has no selection split at all, every evaluated checkpoint is a candidate
without scores or stability, and the last step is taken.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass

import numpy as np

from .metrics import local_stability
from .results import Results
from .rundir import RunDir


@dataclass(frozen=True)
class Candidate:
    """One checkpoint as selection sees it (selection split only)."""

    step: int  #: optimizer step
    problems: int  #: selection problems evaluated (all of them, for a candidate)
    solved: int | None  #: selection problems solved (None: not generated from)
    pass1: float | None  #: selection-split pass@1 (None: not generated from)
    loss: float | None  #: held-out loss: mean bits per byte of the selection references (None: not scored)
    stability: float | None  #: agreement with neighbouring candidates (None without judged neighbours)


def training_curves(run: RunDir, arm: str, seed: int) -> dict:
    """Training rows, evaluation rows and checkpoint metas of one run ({} parts when missing)."""
    train, evals, metas = [], [], []
    path = run.metrics(arm, seed)
    if path.exists():
        for line in path.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn last line from an interrupted run
            if not isinstance(row, dict) or "step" not in row:
                continue
            if row.get("val_loss") is not None:
                evals.append({"step": row["step"], "val_loss": row["val_loss"]})
            elif row.get("loss") is not None:
                train.append({k: row.get(k) for k in ("step", "epoch", "loss", "learning_rate", "grad_norm",
                                                      "tokens_seen")})
    for ck in run.checkpoints(arm, seed):
        try:
            metas.append(ck.meta())
        except json.JSONDecodeError:
            continue
    return {"arm": arm, "seed": seed, "train": train, "eval": evals, "checkpoints": metas}


def candidates(results: Results, arm: str, seed: int, selection_mask: np.ndarray, policy: str
               ) -> tuple[list[Candidate], list[dict]]:
    """The complete checkpoints of one run and the partially evaluated ones (selection split only)."""
    steps = results.steps(arm, seed)
    if not selection_mask.any():  # no selection split: nothing to score, any evaluated checkpoint may be chosen
        return [Candidate(s, 0, None, None, None, None) for s in steps], []
    by_loss = policy == "loss"
    scorable = selection_mask & results.scorable
    complete, partial = [], []
    for step in steps:
        ck = results.get(arm, seed, step)
        need, have = (scorable, ck.scored) if by_loss and scorable.any() else (selection_mask, ck.evaluated)
        seen, total = int((have & need).sum()), int(need.sum())
        if seen == total:
            complete.append((step, ck))
        elif seen > 0:
            partial.append({"step": step, "selection_problems_evaluated": seen, "selection_problems": total})
    out = []
    judged = [ck.evaluated[selection_mask].all() for _, ck in complete]
    stab = (local_stability(np.array([ck.solved[selection_mask] for _, ck in complete]))
            if complete and all(judged) else [None] * len(complete))
    for (step, ck), st, j in zip(complete, stab, judged):
        loss = float(ck.ref_bpb[scorable].mean()) if scorable.any() and ck.scored[scorable].all() else None
        out.append(Candidate(step, int(selection_mask.sum()), int(ck.solved[selection_mask].sum()) if j else None,
                             float(ck.pass1[selection_mask].mean()) if j else None, loss,
                             round(float(st), 6) if st is not None else None))
    trained = [c for c in out if c.step > 0]
    return trained or out, partial


def select(cands: list[Candidate], policy: str, tolerance: float = 1.0) -> tuple[int, list[str]]:
    """Apply a selection policy (module docstring); returns (step, reasons)."""
    if not cands:
        raise ValueError("no checkpoint to select from")
    if len(cands) == 1:
        c = cands[0]
        what = "the base model" if c.step == 0 else f"step {c.step}"
        return c.step, [f"only one checkpoint is a candidate ({what}); it is selected by default"]
    reasons = []
    loss = lambda c: c.loss if c.loss is not None else math.inf  # noqa: E731
    st = lambda c: c.stability if c.stability is not None else 0.0  # noqa: E731
    p1 = lambda c: c.pass1 if c.pass1 is not None else -1.0  # noqa: E731
    if policy == "loss":
        with_loss = [c for c in cands if c.loss is not None]
        if with_loss:
            best = min(with_loss, key=lambda c: (c.loss, -p1(c), c.step))
            return best.step, [f"policy loss: step {best.step} has the lowest held-out loss on the selection split "
                               f"({best.loss:.4f} bits per byte) among {len(with_loss)} checkpoints"]
        reasons.append("policy loss, but no held-out loss was measured (likelihood pass off or no references): "
                       "fell back to pass_then_loss")
        policy = "pass_then_loss"
    top = max(p1(c) for c in cands)
    n = max(c.problems for c in cands) or 1
    if policy == "pass_at_1":
        tied = [c for c in cands if p1(c) >= top - 1e-12]
        best = min(tied, key=lambda c: (-st(c), loss(c), c.step))
        reasons.append(f"policy pass_at_1: step {best.step} has the highest selection-split pass@1 "
                       f"({best.pass1:.3f}, {best.solved}/{best.problems} solved)")
        if len(tied) > 1:
            reasons.append(f"{len(tied)} checkpoints tie at that score ({_steps(tied)}); "
                           "broken by stability, then held-out loss, then the earlier step")
        return best.step, reasons
    tied = [c for c in cands if p1(c) * n >= top * n - tolerance - 1e-9]
    best = min(tied, key=lambda c: (loss(c), -st(c), c.step))
    reasons.append(f"policy pass_then_loss: best selection-split pass@1 is {top:.3f}; "
                   f"{len(tied)} checkpoint(s) lie within {tolerance:g} problem(s) of it ({_steps(tied)})")
    if len(tied) > 1:
        why = (f"lowest held-out loss ({best.loss:.4f} bits per byte)" if best.loss is not None
               else "highest stability (no held-out loss measured; then the earliest step)")
        reasons.append(f"among them step {best.step} has the {why}; its selection pass@1 is {best.pass1:.3f} "
                       f"({best.solved}/{best.problems} solved), stability {st(best):.3f}")
    else:
        reasons.append(f"step {best.step} is the only one ({best.solved}/{best.problems} selection problems solved)")
    return best.step, reasons


def _steps(cands: list[Candidate]) -> str:
    return "steps " + ", ".join(str(c.step) for c in cands)


def selection_record(results: Results, arm: str, seed: int, policy: str, tolerance: float) -> dict:
    """Candidates, partial checkpoints, the selected step and the reasons for one run.

    A pure function of the selection-split rows: no report-split number enters it (report
    scores are attached afterwards by :mod:`codediv.analyze`).
    """
    mask = results.masks["selection"]
    cands, partial = candidates(results, arm, seed, mask, policy)
    rec = {"arm": arm, "seed": seed, "policy": policy, "selection_problems": int(mask.sum()),
           "candidates": [asdict(c) for c in cands], "partial": partial, "selected_step": None}
    skipped = [f"step {p['step']} was evaluated on only {p['selection_problems_evaluated']}/"
               f"{p['selection_problems']} selection problems (an interrupted evaluation: rerun `codediv eval`), "
               "so it is not a candidate" for p in partial]
    if not cands:
        what = "on every selection problem" if partial else "on the selection split"
        return {**rec, "reasons": [f"no checkpoint of this run was evaluated {what}"] + skipped}
    if not mask.any():
        step, reasons = cands[-1].step, [
            "the benchmark has no selection split, so benchmark scores are not used to choose (choosing on the "
            "report split would bias its score): the last checkpoint is taken unselected"]
    else:
        step, reasons = select(cands, policy, tolerance)
    return {**rec, "selected_step": step, "reasons": reasons + skipped}
