"""The analyze stage: results.sqlite + training metrics -> ``<run>/analysis/`` (JSON and CSV).

``run_analyze(cfg, run_dir)`` reads ``config.yaml``'s settings (passed in as ``cfg``),
``results.sqlite``, ``data/benchmark.jsonl`` (titles, selection/report split),
``data/manifest.json`` (the arms side by side; optional) and
``train/<arm>/seed<k>/{metrics.jsonl,checkpoint-*/meta.json}`` (optional), and writes:

==========================  =============================================================
``summary.json``            inputs and their hashes, arms, seeds, steps, split sizes, k
                            values, warnings, the data arms from the manifest, the
                            ``plan`` (:func:`codediv.planning.plan` for the report split at
                            ``analysis.discordance`` and ``analysis.min_effect``), the
                            declared ``primary_metric``, what each run was trained on
                            (``training_seen``: examples, tokens, steps, epochs) and the
                            problems with a scored reference per split
``steps.json|csv``          per arm/seed/step/split: pass@k + score interval for every k
                            (``pass@k_lo/hi``, Wilson on the per-problem mean), solved,
                            mean share of tests passed, partials, verdicts, and the mean
                            reference bits per byte / NLL per token with t intervals
                            (``ref_bpb``, ``ref_nll``, ``ref_problems``)
``matrix.json``,            the problem × step matrix per run (S solved, P partial with its
``matrix_<arm>_seed<k>.csv``  share of tests, F failed, - not evaluated)
``events.json|csv``,        learning events per problem (first solved, breakthrough,
``learning.csv``            regressions, flips) and per run (stability, retention)
``errors.json|csv``         error taxonomy per arm/seed/step (mapping: codediv.results)
``selection.json|csv``      candidates (selection pass@1, held-out loss, stability),
                            partially evaluated checkpoints, selected step and reasons per
                            run; the selected checkpoint scored on the report split; the
                            best-on-report step by the primary metric (optimistically biased)
``comparison.json|csv``     arms (``kind`` arms) and each arm vs the base (``kind``
                            vs_base) at their selected checkpoints on the report split: 2×2
                            table, exact McNemar ``mcnemar_p`` (raw) and ``mcnemar_p_holm``
                            (Holm within the kind's family, every seed included), interval of
                            the pass@1 difference, exact-power detectable difference, verdict
``comparisons.json|csv``    every per-problem metric compared per family (schema below)
``seeds.json``              mean ± sd across seeds and the multi-seed tests (sign-flip
                            ``sign_flip_p`` raw and ``sign_flip_p_holm`` over the arm pairs)
``code_quality.json|csv``   lines, complexity, functions of accepted programs per run
``results_table.json|csv``  the study's table (model, pass@1, problems solved)
``training.json``           train loss / learning-rate curves, the arm's own validation loss,
                            checkpoint metas, and ``heldout``: the comparable held-out loss
                            (reference bits per byte and NLL per token on the selection split)
                            per step, base model as step 0
``problems.json``           problem id, title and split (for the report)
==========================  =============================================================

``comparisons.json`` (its CSV has one row per comparison with ``metric`` and ``family``)::

    {"alpha": 0.05, "adjustment": "holm", "split": "report",
     "descriptions": {metric: text},
     "metrics": {
       metric: {                       # "pass@1", "test_fraction", "ref_bpb", "ref_nll", "pass@k" for
                                       # k > 1 with several samples (codediv.significance.metrics_for),
                                       # "error_share" (failure classes, base -> checkpoint)
         family: [                     # "arms", "vs_base"; for error_share one family per run,
                                       # "<arm> seed <k>: step <s> vs base"
           {"name", "a", "b", "seed", "a_step", "b_step",   # error_share adds "class",
                                                            # "problems_with_class", "base_..."
            "problems",                # report problems both checkpoints evaluated
            "mean_a", "mean_b",        # the metric's mean over those problems
            "difference",              # mean of (a - b) per problem
            "difference_lo", "difference_hi", "interval",   # e.g. "mover-wilson" (bounded metric)
            "differing",               # problems whose difference is not zero
            "p", "test", "resamples", "p_mc_se",   # sign-flip p (raw), how it was computed
            "p_holm", "family_size",   # Holm-adjusted within this family, and its size
            "significant"}]}}}         # p_holm < alpha

Error taxonomy (full table in :mod:`codediv.results`): syntax = ``CE``/``NOCODE``; runtime =
``RE``; algorithm = ``TLE``/``MLE``/``OLE`` or ``WA`` on every test; logic/edge case = ``WA``
with some tests passed; a non-accepted sample passing any test also counts as a partial success.
A problem is solved at a checkpoint when at least half its samples are accepted.

Every number is a pure function of those inputs (Monte Carlo sign patterns are seeded by
``analysis.seed`` and the comparison's name); ``report`` reads only this folder. Every verdict
is decided on a Holm-adjusted p-value and says so; raw p-values are kept beside them.
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
from pathlib import Path

import numpy as np
from tqdm import tqdm

from .config import ExperimentConfig, config_hash
from .learning import error_rows, learning_table, problem_matrix, step_rows, usable_ks
from .metrics import code_quality
from .planning import plan
from .results import Results, load_results
from .rundir import RunDir
from .selection import selection_record, training_curves
from .significance import (METRICS, adjust_family, compare_checkpoints, error_shift_family, metric_families,
                           metrics_for, seed_comparison, seed_stats)
from .store import Store
from .errors import CodedivError

log = logging.getLogger(__name__)
ANALYSIS_VERSION = "1"


class AnalysisError(CodedivError):
    """The run folder cannot be analysed; the message says what to do."""


def _file_hash(*paths: Path) -> str | None:
    h, seen = hashlib.sha256(), False
    for p in paths:
        if p.exists():
            seen = True
            with open(p, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 22), b""):
                    h.update(chunk)
    return h.hexdigest()[:16] if seen else None


def benchmark_or_warning(run: RunDir) -> tuple[list, list[str]]:
    """Benchmark problems (empty, with a warning, when data/benchmark.jsonl is missing)."""
    if not run.benchmark.exists():
        return [], [f"{run.benchmark} is missing: problem titles and the selection/report split are unknown"]
    problems, errors = run.benchmark_problems()
    return problems, [f"benchmark: {e}" for e in errors[:5]]


def _better_key(metric: str):
    """Sort key under which the best value of ``metric`` is the largest (missing values last)."""
    up = METRICS[metric].higher_is_better

    def key(row: dict) -> float:
        v = row.get(metric)
        return -np.inf if v is None else (v if up else -v)
    return key


def select_all(results: Results, cfg: ExperimentConfig, step_scores: list[dict]) -> list[dict]:
    """Selection per run, then the selected and the best-on-report checkpoints on the report split."""
    a, out = cfg.analysis, []
    better = _better_key(a.primary_metric)
    report = {(r["arm"], r["seed"], r["step"]): r for r in step_scores if r["split"] == "report"}
    for arm in results.arms:
        for seed in results.seeds[arm]:
            rec = selection_record(results, arm, seed, a.selection_policy, a.selection_tolerance)
            # Report-split numbers are attached only after the choice is made.
            if rec["selected_step"] is not None:
                strip = ("arm", "seed", "step", "model", "split")
                scores = {c["step"]: {k: v for k, v in report[(arm, seed, c["step"])].items() if k not in strip}
                          for c in rec["candidates"]}
                rec["report"] = scores[rec["selected_step"]]
                best = max(scores, key=lambda s: (better(scores[s]), -s))
                rec["best_on_report"] = {"step": best, "metric": a.primary_metric, **scores[best],
                                         "optimistically_biased": True,
                                         "note": "chosen on the same problems it is scored on; not an estimate"}
            out.append(rec)
    return out


def heldout_curve(steps: list[dict], arm: str, seed: int) -> list[dict]:
    """The comparable held-out loss of one run per step (base model as step 0): mean reference bits
    per byte on the selection split, the same text for every arm (the training plot's loss)."""
    return [{"step": r["step"], "ref_bpb": r["ref_bpb"], "ref_nll": r["ref_nll"], "problems": r["ref_problems"]}
            for r in steps if (r["arm"], r["seed"], r["split"]) == (arm, seed, "selection") and r["ref_bpb"] is not None]


def unselectable(results: Results) -> list[str]:
    """Warnings for checkpoints with results but none on the selection split (never candidates)."""
    sel = results.masks["selection"]
    if not sel.any():
        return []
    return [f"{arm} seed {seed} step {step} has no selection-split results, so it cannot be selected; "
            "rerun `codediv eval` to finish its evaluation"
            for (arm, seed, step), ck in sorted(results.checkpoints.items())
            if arm != "base" and ck.evaluated.any() and not (ck.evaluated & sel).any()]


def selected_map(selection: list[dict]) -> dict[tuple[str, int], int]:
    return {(r["arm"], r["seed"]): r["selected_step"] for r in selection if r["selected_step"] is not None}


def checkpoint_pairs(results: Results, chosen: dict) -> dict[str, list[tuple[str, dict, object, object]]]:
    """The two families of paired comparisons at the selected checkpoints.

    ``arms``: every pair of arms, per seed both trained; ``vs_base``: every selected trained
    checkpoint against the base model. Entries are (name, labels, checkpoint A, checkpoint B).
    """
    arms = [x for x in results.arms if any(k[0] == x for k in chosen)]
    out: dict[str, list] = {"arms": [], "vs_base": []}
    for i, x in enumerate(arms):
        for y in arms[i + 1:]:
            for seed in sorted(set(results.seeds[x]) & set(results.seeds[y])):
                if (x, seed) in chosen and (y, seed) in chosen:
                    labels = {"a": x, "b": y, "seed": seed, "a_step": chosen[(x, seed)], "b_step": chosen[(y, seed)]}
                    out["arms"].append((f"{x} vs {y} (seed {seed})", labels, results.get(x, seed, chosen[(x, seed)]),
                                        results.get(y, seed, chosen[(y, seed)])))
    if results.base is not None:
        for (arm, seed), step in chosen.items():
            if step > 0:
                labels = {"a": arm, "b": "base", "seed": seed, "a_step": step, "b_step": 0}
                out["vs_base"].append((f"{arm} vs base (seed {seed})", labels, results.get(arm, seed, step),
                                       results.base))
    return out


def compare_all(results: Results, chosen: dict, cfg: ExperimentConfig) -> tuple[list[dict], list[dict]]:
    """McNemar comparisons per family (Holm within each) and the multi-seed tests (one family)."""
    a, rep = cfg.analysis, results.masks["report"]
    out = []
    for family, entries in checkpoint_pairs(results, chosen).items():
        rows = [{"kind": family, "seed": labels["seed"],
                 **compare_checkpoints(ca, cb, rep, (labels["a"], labels["b"]), a.alpha, a.power)}
                for _, labels, ca, cb in entries]
        adjust_family(rows, "mcnemar_p", family, a.alpha, "solved_difference")
        out += rows
    multi = []
    arms = [x for x in results.arms if any(k[0] == x for k in chosen)]
    for i, x in enumerate(arms):
        for y in arms[i + 1:]:
            runs_x = {s: results.get(x, s, chosen[(x, s)]) for s in results.seeds[x] if (x, s) in chosen}
            runs_y = {s: results.get(y, s, chosen[(y, s)]) for s in results.seeds[y] if (y, s) in chosen}
            if len(set(runs_x) & set(runs_y)) > 1:
                multi.append(seed_comparison(runs_x, runs_y, rep, (x, y), a.alpha, a.permutations, a.seed))
    adjust_family(multi, "sign_flip_p", "seeds", a.alpha, "mean_difference", " by the sign-flip test over seeds")
    return out, multi


def comparisons_by_metric(results: Results, chosen: dict, cfg: ExperimentConfig, ks: list[int]) -> dict:
    """``comparisons.json``: every metric per family, and the error-class shifts (module docstring)."""
    a, rep = cfg.analysis, results.masks["report"]
    metrics = metric_families(checkpoint_pairs(results, chosen), rep, a.alpha, a.permutations, a.seed, ks)
    shifts = {}
    if results.base is not None:
        for (arm, seed), step in sorted(chosen.items()):
            if step > 0:
                rows = error_shift_family(results.get(arm, seed, step), results.base, rep, a.alpha, a.permutations,
                                          a.seed)
                shifts[f"{arm} seed {seed}: step {step} vs base"] = [
                    {"a": arm, "b": "base", "seed": seed, "a_step": step, "b_step": 0, **r} for r in rows]
    metrics["error_share"] = shifts
    return {"alpha": a.alpha, "adjustment": "holm", "split": "report",
            "metrics": metrics,
            "descriptions": {**{k: v.description for k, v in metrics_for(ks).items()},
                             "error_share": "per-problem share of samples in each failure class; one family per run"}}


def quality_rows(store_path: Path, results: Results, chosen: dict) -> list[dict]:
    """Code-quality measures of accepted programs at the base and each selected checkpoint."""
    targets = [("base", 0, 0, "base")] if results.base is not None else []
    targets += [(arm, seed, step, arm) for (arm, seed), step in sorted(chosen.items()) if step > 0]
    out = []
    with Store(store_path) as st:
        for arm, seed, step, label in targets:
            measures, seen = [], set()
            for r in st.rows(arm=arm, seed=seed, step=step):
                # One accepted program per problem (the lowest sample id): every problem weighs
                # the same however many of its samples were accepted.
                if r.verdict == "AC" and r.problem_id not in seen:
                    seen.add(r.problem_id)
                    m = code_quality(r.code)
                    if m is not None:
                        measures.append(m)
            row = {"arm": label, "seed": seed, "step": step, "programs": len(measures)}
            for key in ("lines", "complexity", "functions"):
                vals = np.array([m[key] for m in measures], dtype=float)
                row[f"{key}_mean"] = float(vals.mean()) if vals.size else None
                row[f"{key}_median"] = float(np.median(vals)) if vals.size else None
            row["with_functions_share"] = (float(np.mean([m["functions"] > 0 for m in measures]))
                                           if measures else None)
            out.append(row)
    return out


def results_table(results: Results, steps: list[dict], chosen: dict, model: str) -> list[dict]:
    """The study's table: model, pass@1 and problems solved, report split and all problems."""
    idx = {(r["arm"], r["seed"], r["step"], r["split"]): r for r in steps}
    rows = []
    entries = []
    if results.base is not None and results.arms:
        arm0 = results.arms[0]
        entries.append(("base", model, arm0, results.seeds[arm0][0], 0))
    entries += [(arm, f"{model} + {arm} LoRA", arm, seed, step) for (arm, seed), step in sorted(
        chosen.items(), key=lambda kv: (results.arms.index(kv[0][0]), kv[0][1]))]
    for label, name, arm, seed, step in entries:
        rep, alls = idx[(arm, seed, step, "report")], idx[(arm, seed, step, "all")]
        rows.append({"arm": label, "model": name, "seed": seed, "step": step,
                     "report_pass@1": rep["pass@1"], "report_pass@1_lo": rep["pass@1_lo"],
                     "report_pass@1_hi": rep["pass@1_hi"], "report_solved": rep["solved"],
                     "report_problems": rep["problems"], "report_test_fraction": rep["test_fraction"],
                     "report_ref_bpb": rep["ref_bpb"], "report_ref_bpb_lo": rep["ref_bpb_lo"],
                     "report_ref_bpb_hi": rep["ref_bpb_hi"], "report_ref_problems": rep["ref_problems"],
                     "all_pass@1": alls["pass@1"], "all_solved": alls["solved"], "all_problems": alls["problems"]})
    return rows


def write_json(path: Path, obj, compact: bool = False) -> None:
    # Large per-problem files are written compactly: indentation triples their size and time.
    text = json.dumps(obj, indent=None if compact else 1, separators=(",", ":") if compact else None,
                      default=_np_default)
    path.write_text(text + "\n")


def _np_default(x):
    if isinstance(x, np.generic):
        return x.item()
    raise TypeError(f"not JSON serialisable: {type(x).__name__}")


def write_csv(path: Path, rows: list[dict]) -> None:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=keys)
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in r.items()})


def training_seen(curves: dict, manifest: dict) -> dict:
    """Per arm and seed: training examples, tokens and epochs planned and actually seen (the final
    checkpoint's meta.json), so the report can state what each arm was trained on."""
    arms, plan_ = manifest.get("arms", {}), manifest.get("training", {})
    out = {}
    for (arm, seed), c in curves.items():
        last = max(c.get("checkpoints", []), key=lambda m: m.get("step", 0), default={})
        out[f"{arm}/seed{seed}"] = {
            "arm": arm, "seed": seed, "train_examples": arms.get(arm, {}).get("splits", {}).get("train", {}).get("examples"),
            "train_tokens": arms.get(arm, {}).get("splits", {}).get("train", {}).get("tokens"),
            "planned_steps": plan_.get("steps"), "planned_epochs": plan_.get("epochs", {}).get(arm),
            "steps": last.get("step"), "epochs_seen": last.get("epoch"), "tokens_seen": last.get("tokens_seen")}
    return out


def _summary(cfg: ExperimentConfig, run: RunDir, results: Results, ks: list[int], warnings: list[str],
             curves: dict) -> dict:
    manifest = run.manifest
    man = json.loads(manifest.read_text()) if manifest.exists() else {}
    data_arms = man.get("arms", {})
    metrics = run.metrics_files()
    counts = {s: int(m.sum()) for s, m in results.masks.items()}
    return {"analysis_version": ANALYSIS_VERSION, "experiment": cfg.name, "model": cfg.model.base,
            "config_hash": config_hash(cfg),
            "inputs": {"results.sqlite": _file_hash(run.store, run.store.with_name(run.store.name + "-wal")),
                       "data/benchmark.jsonl": _file_hash(run.benchmark),
                       "data/manifest.json": _file_hash(manifest),
                       "train metrics": _file_hash(*metrics)},
            "arms": results.arms, "seeds": results.seeds,
            "steps": {f"{a}/seed{s}": results.steps(a, s) for a in results.arms for s in results.seeds[a]},
            "has_base": results.base is not None, "split_sizes": counts, "pass_k": ks,
            "samples_per_problem": int(max((ck.n.max() for ck in results.checkpoints.values()), default=0)),
            "selection_policy": cfg.analysis.selection_policy, "selection_tolerance": cfg.analysis.selection_tolerance,
            "alpha": cfg.analysis.alpha, "power": cfg.analysis.power, "permutations": cfg.analysis.permutations,
            "plan": plan(counts.get("report") or None, cfg.analysis.discordance, cfg.analysis.min_effect,
                         cfg.analysis.alpha, cfg.analysis.power),
            "unjudged": results.unjudged, "warnings": warnings + results.warnings, "data_arms": data_arms,
            "primary_metric": cfg.analysis.primary_metric, "training_seen": training_seen(curves, man),
            "benchmark_references": man.get("benchmark", {}).get("references"),
            "reference_problems": {s: int((m & results.scorable).sum()) for s, m in results.masks.items()}}


def run_analyze(cfg: ExperimentConfig, run_dir: str | Path, progress: bool = False) -> Path:
    """Analyse a run folder; returns the ``analysis/`` folder (see the module docstring)."""
    run = RunDir(run_dir)
    store = run.store
    if not store.exists():
        raise AnalysisError(f"{store} does not exist; run `codediv eval` for this run first")
    out = run.analysis
    out.mkdir(parents=True, exist_ok=True)
    bar = tqdm(total=6, desc="analyze", disable=not progress)
    problems, warnings = benchmark_or_warning(run)
    results = load_results(store, problems, cfg.arm_names, list(cfg.train.seeds))
    if not results.checkpoints:
        raise AnalysisError(f"{store} has no judged or scored results; run `codediv eval` (and let it finish) first")
    a = cfg.analysis
    ks = usable_ks(results, list(a.pass_k))
    runs = [(arm, seed) for arm in results.arms for seed in results.seeds[arm]]
    bar.update()
    steps = step_rows(results, ks, a.alpha)
    write_json(out / "steps.json", steps)
    write_csv(out / "steps.csv", steps)
    bar.update()
    _write_dynamics(out, results, runs)
    bar.update()
    curves = {(arm, seed): {**training_curves(run, arm, seed), "heldout": heldout_curve(steps, arm, seed)}
              for arm, seed in runs}
    write_json(out / "training.json", list(curves.values()), compact=True)
    selection = select_all(results, cfg, steps)
    write_json(out / "selection.json", selection)
    write_csv(out / "selection.csv", [_selection_csv(r) for r in selection])
    chosen = selected_map(selection)
    warnings += unselectable(results)
    bar.update()
    _write_comparisons(out, results, cfg, (selection, chosen), ks)
    bar.update()
    quality = quality_rows(store, results, chosen)
    write_json(out / "code_quality.json", quality)
    write_csv(out / "code_quality.csv", quality)
    table = results_table(results, steps, chosen, cfg.model.base)
    write_json(out / "results_table.json", table)
    write_csv(out / "results_table.csv", table)
    write_json(out / "problems.json", problem_rows(results))
    write_json(out / "summary.json", _summary(cfg, run, results, ks, warnings, curves))
    bar.update()
    bar.close()
    log.info("analysis written to %s", out)
    return out


def _write_dynamics(out: Path, results: Results, runs: list[tuple[str, int]]) -> None:
    """Learning dynamics: the problem x step matrices, learned/forgotten events, error classes."""
    matrices = [problem_matrix(results, arm, seed) for arm, seed in runs]
    write_json(out / "matrix.json", matrices, compact=True)
    for m in matrices:
        write_csv(out / f"matrix_{m['arm']}_seed{m['seed']}.csv", _matrix_csv(m))
    learning = [learning_table(results, arm, seed) for arm, seed in runs]
    write_json(out / "events.json", learning, compact=True)
    write_csv(out / "events.csv", [{"arm": t["arm"], "seed": t["seed"], **{k: v for k, v in p.items()
                                    if k not in ("steps", "solved")}} for t in learning for p in t["problems"]])
    write_csv(out / "learning.csv", [{k: v for k, v in t.items() if k not in ("problems", "steps")} for t in learning])
    errors = error_rows(results)
    write_json(out / "errors.json", errors)
    write_csv(out / "errors.csv", errors)


def _write_comparisons(out: Path, results: Results, cfg: ExperimentConfig, picked: tuple, ks: list[int]) -> None:
    """The selected checkpoints compared (pass@1 tables, every per-problem metric, seeds)."""
    selection, chosen = picked
    comparisons, multi = compare_all(results, chosen, cfg)
    write_json(out / "comparison.json", comparisons)
    write_csv(out / "comparison.csv", comparisons)
    by_metric = comparisons_by_metric(results, chosen, cfg, ks)
    write_json(out / "comparisons.json", by_metric)
    write_csv(out / "comparisons.csv", [{"metric": m, "family": f, **r} for m, fams in by_metric["metrics"].items()
                                        for f, rows in fams.items() for r in rows])
    per_arm = {arm: seed_stats([r["report"]["pass@1"] for r in selection if r["arm"] == arm and "report" in r])
               for arm in results.arms}
    write_json(out / "seeds.json", {"per_arm": per_arm, "comparisons": multi})


def problem_rows(results: Results) -> list[dict]:
    """Problem id, title and split, for the report's lists."""
    return [{"problem_id": pid, "title": results.titles[pid],
             "split": next((s for s in ("selection", "report") if results.masks[s][i]), "none")}
            for i, pid in enumerate(results.problem_ids)]


def _matrix_csv(m: dict) -> list[dict]:
    rows = []
    for pid, st, fr in zip(m["problems"], m["status"], m["test_fraction"]):
        rows.append({"problem_id": pid, **{f"step{s}": (f"P:{f:.2f}" if x == "P" else x)
                                          for s, x, f in zip(m["steps"], st, fr)}})
    return rows


def _selection_csv(r: dict) -> dict:
    sel = next((c for c in r["candidates"] if c["step"] == r["selected_step"]), {})
    rep, best = r.get("report", {}), r.get("best_on_report", {})
    return {"arm": r["arm"], "seed": r["seed"], "policy": r["policy"], "selected_step": r["selected_step"],
            "selection_pass@1": sel.get("pass1"), "selection_solved": sel.get("solved"),
            "heldout_loss": sel.get("loss"), "stability": sel.get("stability"),
            "report_pass@1": rep.get("pass@1"), "report_pass@1_lo": rep.get("pass@1_lo"),
            "report_pass@1_hi": rep.get("pass@1_hi"), "report_solved": rep.get("solved"),
            "best_on_report_step": best.get("step"), "best_on_report_pass@1": best.get("pass@1"),
            "reasons": " | ".join(r["reasons"])}
