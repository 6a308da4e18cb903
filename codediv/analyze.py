"""The analyze stage: results.sqlite + training metrics -> ``<run>/analysis/`` (JSON and CSV).

``run_analyze(cfg, run_dir)`` reads ``config.yaml``'s settings (passed in as ``cfg``),
``results.sqlite``, ``data/benchmark.jsonl`` (titles, selection/report split),
``data/manifest.json`` (the arms side by side; optional) and
``train/<arm>/seed<k>/{metrics.jsonl,checkpoint-*/meta.json}`` (optional), and writes:

==========================  =============================================================
``summary.json``            inputs and their hashes, arms, seeds, steps, split sizes, k
                            values, warnings, the data arms from the manifest
``steps.json|csv``          per arm/seed/step/split: pass@1 + Wilson CI, pass@k + bootstrap
                            CI, solved, mean share of tests passed, partials, verdicts
``matrix.json``,            the problem × step matrix per run (S solved, P partial with its
``matrix_<arm>_seed<k>.csv``  share of tests, F failed, - not evaluated)
``events.json|csv``,        learning events per problem (first solved, breakthrough,
``learning.csv``            regressions, flips) and per run (stability, retention)
``errors.json|csv``         error taxonomy per arm/seed/step (mapping: codediv.results)
``selection.json|csv``      candidates, selected step and reasons per run; the selected
                            checkpoint scored on the report split; best-on-report step
                            (optimistically biased)
``comparison.json|csv``     arms (and each arm vs the base) at their selected checkpoints on
                            the report split: 2×2 table, McNemar, bootstrap CI, MDD, verdict
``seeds.json``              mean ± sd across seeds and the multi-seed tests
``code_quality.json|csv``   lines, complexity, functions of accepted programs per run
``results_table.json|csv``  the study's table (model, pass@1, problems solved)
``training.json``           loss / val loss / learning-rate curves and checkpoint steps
``problems.json``           problem id, title and split (for the report)
==========================  =============================================================

Error taxonomy (full table in :mod:`codediv.results`): syntax = ``CE``/``NOCODE``; runtime =
``RE``; algorithm = ``TLE``/``MLE``/``OLE`` or ``WA`` on every test; logic/edge case = ``WA``
with some tests passed; a non-accepted sample passing any test also counts as a partial success.
A problem is solved at a checkpoint when at least half its samples are accepted.

Every number is a pure function of those inputs (bootstrap draws are seeded by
``analysis.seed``); ``report`` reads only this folder.
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
from .learning import Bootstrapper, error_rows, learning_table, problem_matrix, step_rows, usable_ks
from .metrics import code_quality
from .results import Results, load_results
from .rundir import RunDir
from .selection import selection_record, training_curves
from .significance import compare_checkpoints, seed_comparison, seed_stats
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


def select_all(results: Results, curves: dict, cfg: ExperimentConfig, step_scores: list[dict]) -> list[dict]:
    """Selection per run, then the selected and the best-on-report checkpoints on the report split."""
    a, out = cfg.analysis, []
    report = {(r["arm"], r["seed"], r["step"]): r for r in step_scores if r["split"] == "report"}
    for arm in results.arms:
        for seed in results.seeds[arm]:
            rec = selection_record(results, arm, seed, curves[(arm, seed)], a.selection_policy,
                                   a.selection_tolerance)
            # Report-split numbers are attached only after the choice is made.
            if rec["selected_step"] is not None:
                strip = ("arm", "seed", "step", "model", "split")
                scores = {c["step"]: {k: v for k, v in report[(arm, seed, c["step"])].items() if k not in strip}
                          for c in rec["candidates"]}
                rec["report"] = scores[rec["selected_step"]]
                best = max(scores, key=lambda s: (scores[s]["pass@1"], -s))
                rec["best_on_report"] = {"step": best, **scores[best], "optimistically_biased": True,
                                         "note": "chosen on the same problems it is scored on; not an estimate"}
            out.append(rec)
    return out


def selected_map(selection: list[dict]) -> dict[tuple[str, int], int]:
    return {(r["arm"], r["seed"]): r["selected_step"] for r in selection if r["selected_step"] is not None}


def compare_all(results: Results, chosen: dict, cfg: ExperimentConfig) -> tuple[list[dict], list[dict]]:
    """Pairwise arm comparisons (per seed) and each arm vs the base, on the report split."""
    a, rep = cfg.analysis, results.masks["report"]
    arms = [x for x in results.arms if any(k[0] == x for k in chosen)]
    out, multi = [], []
    pairs = [(x, y) for i, x in enumerate(arms) for y in arms[i + 1:]]
    for x, y in pairs:
        for seed in sorted(set(results.seeds[x]) & set(results.seeds[y])):
            if (x, seed) in chosen and (y, seed) in chosen:
                cx, cy = results.get(x, seed, chosen[(x, seed)]), results.get(y, seed, chosen[(y, seed)])
                c = compare_checkpoints(cx, cy, rep, (x, y), a.bootstrap, a.alpha, a.power, a.seed)
                out.append({"kind": "arms", "seed": seed, **c})
        runs_x = {s: results.get(x, s, chosen[(x, s)]) for s in results.seeds[x] if (x, s) in chosen}
        runs_y = {s: results.get(y, s, chosen[(y, s)]) for s in results.seeds[y] if (y, s) in chosen}
        if len(set(runs_x) & set(runs_y)) > 1:
            multi.append(seed_comparison(runs_x, runs_y, rep, (x, y), a.bootstrap, a.alpha, a.seed))
    if results.base is not None:
        for (arm, seed), step in chosen.items():
            if step > 0:
                c = compare_checkpoints(results.get(arm, seed, step), results.base, rep, (arm, "base"),
                                        a.bootstrap, a.alpha, a.power, a.seed)
                out.append({"kind": "vs_base", "seed": seed, **c})
    return out, multi


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
                     "report_problems": rep["problems"], "all_pass@1": alls["pass@1"],
                     "all_solved": alls["solved"], "all_problems": alls["problems"]})
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


def _summary(cfg: ExperimentConfig, run: RunDir, results: Results, ks: list[int], warnings: list[str]) -> dict:
    manifest = run.manifest
    data_arms = json.loads(manifest.read_text()).get("arms", {}) if manifest.exists() else {}
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
            "alpha": cfg.analysis.alpha, "power": cfg.analysis.power, "bootstrap": cfg.analysis.bootstrap,
            "unjudged": results.unjudged, "warnings": warnings + results.warnings, "data_arms": data_arms}


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
        raise AnalysisError(f"{store} has no judged results; run `codediv eval` (and let judging finish) first")
    a = cfg.analysis
    boot = Bootstrapper(a.bootstrap, a.seed)
    ks = usable_ks(results, list(a.pass_k))
    runs = [(arm, seed) for arm in results.arms for seed in results.seeds[arm]]
    bar.update()
    steps = step_rows(results, ks, a.alpha, boot)
    write_json(out / "steps.json", steps)
    write_csv(out / "steps.csv", steps)
    bar.update()
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
    bar.update()
    curves = {(arm, seed): training_curves(run, arm, seed) for arm, seed in runs}
    write_json(out / "training.json", list(curves.values()), compact=True)
    selection = select_all(results, curves, cfg, steps)
    write_json(out / "selection.json", selection)
    write_csv(out / "selection.csv", [_selection_csv(r) for r in selection])
    chosen = selected_map(selection)
    bar.update()
    comparisons, multi = compare_all(results, chosen, cfg)
    write_json(out / "comparison.json", comparisons)
    write_csv(out / "comparison.csv", comparisons)
    per_arm = {arm: seed_stats([r["report"]["pass@1"] for r in selection if r["arm"] == arm and "report" in r])
               for arm in results.arms}
    write_json(out / "seeds.json", {"per_arm": per_arm, "comparisons": multi})
    bar.update()
    quality = quality_rows(store, results, chosen)
    write_json(out / "code_quality.json", quality)
    write_csv(out / "code_quality.csv", quality)
    table = results_table(results, steps, chosen, cfg.model.base)
    write_json(out / "results_table.json", table)
    write_csv(out / "results_table.csv", table)
    write_json(out / "problems.json", problem_rows(results))
    write_json(out / "summary.json", _summary(cfg, run, results, ks, warnings))
    bar.update()
    bar.close()
    log.info("analysis written to %s", out)
    return out


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
            "val_loss": sel.get("val_loss"), "stability": sel.get("stability"),
            "report_pass@1": rep.get("pass@1"), "report_pass@1_lo": rep.get("pass@1_lo"),
            "report_pass@1_hi": rep.get("pass@1_hi"), "report_solved": rep.get("solved"),
            "best_on_report_step": best.get("step"), "best_on_report_pass@1": best.get("pass@1"),
            "reasons": " | ".join(r["reasons"])}
