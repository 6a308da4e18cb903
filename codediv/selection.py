"""Honest checkpoint selection: choose on the selection split, score on the report split.

``training_curves`` reads ``train/<arm>/seed<k>/metrics.jsonl`` (training rows with loss and
learning rate, evaluation rows with ``val_loss``) and the checkpoints' ``meta.json``; a
missing folder gives empty curves (an eval-only run).

``candidates`` describes the checkpoints of one run using ONLY the problems tagged
``bench:selection``: it receives the selection mask and reads nothing of the other problems,
so the report split cannot influence the choice (``tests/test_selection.py`` perturbs report
rows every way and checks the whole record is unchanged). A candidate must have been
evaluated on every selection problem; a checkpoint evaluated on only some of them (an
interrupted evaluation) is listed under ``partial`` and never selected, and a checkpoint
with no selection-split result at all does not exist for selection. Each candidate has its
selection-split pass@1 and problems solved, its validation loss, and its *stability*: the
share of selection problems whose solved status agrees with the neighbouring candidates'
(:func:`codediv.metrics.local_stability`, computed on the selection problems of the
complete checkpoints only), which penalises a score that is a one-step spike.

``select`` applies ``analysis.selection_policy`` and returns the step with its reasons:

* ``pass_at_1``: highest selection pass@1; exact ties go to the most stable, then the lowest
  validation loss, then the earliest step.
* ``pass_then_val_loss`` (default): checkpoints within ``selection_tolerance`` problems of the
  best selection pass@1 are tied (a one-problem gap on a small split is noise); the tie goes
  to the lowest validation loss, then the most stable, then the earliest step.
* ``val_loss``: lowest validation loss, ties by selection pass@1 then earliest; falls back to
  ``pass_then_val_loss`` when no validation loss was recorded.

The base model (step 0) is a candidate only when no trained checkpoint of the run is complete.
When the benchmark has no selection split at all, every evaluated checkpoint is a candidate
without scores or stability, and the choice falls to validation loss (or the last step).
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
    solved: int  #: selection problems solved
    pass1: float  #: selection-split pass@1
    val_loss: float | None  #: validation loss at this step (None when not recorded)
    stability: float | None  #: agreement with neighbouring candidates (None without a selection split)


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


def val_loss_at(curves: dict, step: int) -> float | None:
    """Validation loss at ``step``: the evaluation row, else the checkpoint's meta.json."""
    for row in curves.get("eval", []):
        if row["step"] == step and _finite(row["val_loss"]):
            return float(row["val_loss"])
    for meta in curves.get("checkpoints", []):
        if meta.get("step") == step and _finite(meta.get("val_loss")):
            return float(meta["val_loss"])
    return None


def _finite(x) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def candidates(results: Results, arm: str, seed: int, selection_mask: np.ndarray, curves: dict
               ) -> tuple[list[Candidate], list[dict]]:
    """The complete checkpoints of one run and the partially evaluated ones (selection split only)."""
    total = int(selection_mask.sum())
    steps = results.steps(arm, seed)
    if total == 0:  # no selection split: nothing to score, any evaluated checkpoint may be chosen
        return [Candidate(s, 0, 0, 0.0, val_loss_at(curves, s), None) for s in steps], []
    complete, partial = [], []
    for step in steps:
        ck = results.get(arm, seed, step)
        seen = int((ck.evaluated & selection_mask).sum())
        if seen == total:
            complete.append((step, ck))
        elif seen > 0:
            partial.append({"step": step, "selection_problems_evaluated": seen, "selection_problems": total})
    stab = local_stability(np.array([ck.solved[selection_mask] for _, ck in complete]).reshape(len(complete), total))
    out = [Candidate(step, total, int(ck.solved[selection_mask].sum()), float(ck.pass1[selection_mask].mean()),
                     val_loss_at(curves, step), round(float(st), 6)) for (step, ck), st in zip(complete, stab)]
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
    vl = lambda c: c.val_loss if c.val_loss is not None else math.inf  # noqa: E731
    st = lambda c: c.stability if c.stability is not None else 0.0  # noqa: E731
    if policy == "val_loss":
        with_vl = [c for c in cands if c.val_loss is not None]
        if with_vl:
            best = min(with_vl, key=lambda c: (c.val_loss, -c.pass1, c.step))
            return best.step, [f"policy val_loss: step {best.step} has the lowest validation loss "
                               f"({best.val_loss:.4f}) among {len(with_vl)} checkpoints"]
        reasons.append("policy val_loss, but no validation loss was recorded: fell back to pass_then_val_loss")
        policy = "pass_then_val_loss"
    top = max(c.pass1 for c in cands)
    n = max(c.problems for c in cands) or 1
    if policy == "pass_at_1":
        tied = [c for c in cands if c.pass1 >= top - 1e-12]
        best = min(tied, key=lambda c: (-st(c), vl(c), c.step))
        reasons.append(f"policy pass_at_1: step {best.step} has the highest selection-split pass@1 "
                       f"({best.pass1:.3f}, {best.solved}/{best.problems} solved)")
        if len(tied) > 1:
            reasons.append(f"{len(tied)} checkpoints tie at that score ({_steps(tied)}); "
                           "broken by stability, then validation loss, then the earlier step")
        return best.step, reasons
    tied = [c for c in cands if c.pass1 * n >= top * n - tolerance - 1e-9]
    best = min(tied, key=lambda c: (vl(c), -st(c), c.step))
    reasons.append(f"policy pass_then_val_loss: best selection-split pass@1 is {top:.3f}; "
                   f"{len(tied)} checkpoint(s) lie within {tolerance:g} problem(s) of it ({_steps(tied)})")
    if len(tied) > 1:
        why = (f"lowest validation loss ({best.val_loss:.4f})" if best.val_loss is not None
               else "highest stability (no validation loss recorded; then the earliest step)")
        reasons.append(f"among them step {best.step} has the {why}; its selection pass@1 is {best.pass1:.3f} "
                       f"({best.solved}/{best.problems} solved), stability {st(best):.3f}")
    else:
        reasons.append(f"step {best.step} is the only one ({best.solved}/{best.problems} selection problems solved)")
    return best.step, reasons


def _steps(cands: list[Candidate]) -> str:
    return "steps " + ", ".join(str(c.step) for c in cands)


def selection_record(results: Results, arm: str, seed: int, curves: dict, policy: str, tolerance: float) -> dict:
    """Candidates, partial checkpoints, the selected step and the reasons for one run.

    A pure function of the selection-split rows and the training curves: no report-split
    number enters it (report scores are attached afterwards by :mod:`codediv.analyze`).
    """
    mask = results.masks["selection"]
    cands, partial = candidates(results, arm, seed, mask, curves)
    rec = {"arm": arm, "seed": seed, "policy": policy, "selection_problems": int(mask.sum()),
           "candidates": [asdict(c) for c in cands], "partial": partial, "selected_step": None}
    skipped = [f"step {p['step']} was evaluated on only {p['selection_problems_evaluated']}/"
               f"{p['selection_problems']} selection problems (an interrupted evaluation: rerun `codediv eval`), "
               "so it is not a candidate" for p in partial]
    if not cands:
        what = "on every selection problem" if partial else "on the selection split"
        return {**rec, "reasons": [f"no checkpoint of this run was evaluated {what}"] + skipped}
    if not mask.any():
        # Without selection problems only validation loss is honest; failing that, the last step.
        if any(c.val_loss is not None for c in cands):
            step, reasons = select(cands, "val_loss", tolerance)
        else:
            step, reasons = cands[-1].step, ["the last checkpoint is taken unselected"]
        reasons.insert(0, "the benchmark has no selection split, so benchmark scores are not used to choose "
                          "(choosing on the report split would bias its score)")
    else:
        step, reasons = select(cands, policy, tolerance)
    return {**rec, "selected_step": step, "reasons": reasons + skipped}
