"""The data stage: from problem sources to matched Deep/Diverse training arms.

``run_data(cfg, run_dir)`` reads the configured sources and benchmark and writes

* ``data/<arm>/{train,val,test}.jsonl``: one training example a line
  (``arm, problem_id, solution_index, difficulty, tokens, messages``);
* ``data/benchmark.jsonl``: the benchmark problems, each tagged ``bench:selection`` or
  ``bench:report`` (checkpoints are chosen on the first, scored on the second), keeping only
  the reference solutions the judge accepts (the eval stage's likelihood pass scores them);
* ``data/manifest.json``: input and output hashes, every count dropped and why, the arms
  side by side (problems, examples, tokens, difficulty histogram, mean diversity) and the
  training plan (optimizer steps, epochs each arm makes over its training split).

Pipeline, in order: load sources (bad records counted by reason) → merge near-duplicate
problems across sources → decontaminate against the benchmark → collapse solutions equal up
to names/comments/layout (:func:`codediv.diversity.fingerprint`) → verify every candidate
with the judge (only ``AC`` solutions stay eligible) → draw the arms → split each arm by
problem → write.

Fair arms: with ``pool: common`` every arm draws from the same problems, those with at least
``max k`` verified solutions, so Deep is not handed harder single-solution problems; with
``pool: stratified`` each arm draws from problems with at least its own ``k`` but is matched
to the common pool's difficulty mix. Both use one stratified random order per arm: the arm
takes its prefix of ``budget / k`` problems (``budget_by: examples``, the study's way) or the
shortest prefix whose examples reach ``budget`` tokens (``budget_by: tokens``).

Everything is deterministic given the inputs and ``seed``: same inputs → byte-identical files.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import random
import re
from collections import Counter
from pathlib import Path
from typing import Callable

from .config import ArmSettings, ExperimentConfig
from .decontam import find_contaminated, ngrams, overlap, statement_tokens
from .diversity import fingerprint, mean_pairwise_distance, most_diverse
from .judge import Judge
from .prompts import training_messages
from .records import Problem, Solution, write_jsonl
from .sources import load_source
from .benchmark import build_benchmark, split_tag, stable_hash
from .errors import CodedivError
from .rundir import RunDir, data_inputs_hash

log = logging.getLogger(__name__)
DIFFICULTIES = ("easy", "medium", "hard", None)
_APPROX = re.compile(r"\w+|[^\w\s]")


class DataError(CodedivError):
    """The arms cannot be built as configured; the message says what to change."""


def approx_tokens(text: str) -> int:
    """Word-and-symbol count: a tokenizer-free stand-in, recorded as such in the manifest."""
    return len(_APPROX.findall(text))


# -- loading -----------------------------------------------------------------------------
def load_pool(cfg: ExperimentConfig) -> tuple[list[Problem], dict]:
    problems, skipped, filtered = [], Counter(), Counter()
    for spec in cfg.data.sources:
        opts = dict(spec.get("options") or {})
        res = load_source(spec["kind"], path=spec.get("path"), limit=spec.get("limit"), **opts)
        problems += res.problems
        skipped.update({f"{spec['kind']}: {k}": v for k, v in res.skipped.items()})
        filtered.update({f"{spec['kind']}: {k}": v for k, v in res.filtered.items()})
    seen, unique = set(), []
    for p in problems:
        if p.id in seen:
            skipped["duplicate id"] += 1
            continue
        seen.add(p.id)
        unique.append(p)
    return unique, {"loaded": len(unique), "skipped": dict(sorted(skipped.items())),
                    "filtered": dict(sorted(filtered.items()))}


# -- cleaning ----------------------------------------------------------------------------
def merge_duplicate_problems(problems: list[Problem], threshold: float) -> tuple[list[Problem], int]:
    """Merge problems whose statements overlap; the first kept absorbs the others' solutions."""
    kept: list[Problem] = []
    grams: list[set] = []
    index: dict[tuple, list[int]] = {}
    merged = 0
    for p in problems:
        g = ngrams(statement_tokens(p.statement), 8)
        cands = sorted({j for x in g for j in index.get(x, ())})
        dup = next((j for j in cands if max(overlap(grams[j], g), overlap(g, grams[j])) >= threshold), None)
        if dup is not None and kept[dup].style == p.style:
            k = kept[dup]
            kept[dup] = dataclasses.replace(k, solutions=k.solutions + tuple(s for s in p.solutions if s not in k.solutions))
            merged += 1
            continue
        for x in g:
            index.setdefault(x, []).append(len(kept))
        kept.append(p)
        grams.append(g)
    return kept, merged


def dedup_solutions(problems: list[Problem], max_candidates: int) -> tuple[list[Problem], dict]:
    """Collapse solutions equal up to names/comments/layout; keep at most max_candidates."""
    collapsed = capped = 0
    out = []
    for p in problems:
        seen, keep = set(), []
        for s in p.solutions:
            fp = fingerprint(s)
            if fp in seen:
                collapsed += 1
                continue
            seen.add(fp)
            keep.append(s)
        capped += max(0, len(keep) - max_candidates)
        out.append(dataclasses.replace(p, solutions=tuple(keep[:max_candidates])))
    return out, {"duplicates_collapsed": collapsed, "over_candidate_cap": capped}


def verify(problems: list[Problem], cfg: ExperimentConfig, progress: bool) -> tuple[list[Problem], dict]:
    """Judge every candidate solution; keep only AC ones. Returns the kept problems and the
    accounting: candidates, verdicts, and per source what was tried, accepted, rejected by
    verdict and which problems lost every solution (see :func:`verification_accounting`)."""
    jcfg = cfg.judge.judge_config()
    by_id = {p.id: p for p in problems}
    sols = [Solution(p.id, s, i) for p in problems for i, s in enumerate(p.solutions)]
    with Judge(jcfg) as judge:
        results = judge.judge_all(by_id, sols, progress=progress)
    verdicts = {(r.problem_id, r.sample_id): r.verdict for r in results}
    accepted = {key for key, v in verdicts.items() if v == "AC"}
    out = [dataclasses.replace(p, solutions=tuple(s for i, s in enumerate(p.solutions) if (p.id, i) in accepted))
           for p in problems]
    return out, {"candidates": len(sols), "verdicts": dict(sorted(Counter(verdicts.values()).items())),
                 "by_source": verification_accounting(problems, verdicts)}


def verify_references(bench: list[Problem], cfg: ExperimentConfig, progress: bool) -> tuple[list[Problem], dict]:
    """Keep only the benchmark's reference solutions the judge accepts (the likelihood pass scores
    them); problems are never dropped, a problem whose references all fail just has none left."""
    with_refs = [p for p in bench if p.solutions]
    if not (cfg.data.verify and with_refs):
        return bench, {"verified": False, "problems_with_reference": len(with_refs)}
    checked, acc = verify(with_refs, cfg, progress)
    kept = {p.id: p for p in checked}
    out = [kept.get(p.id, p) for p in bench]
    return out, {"verified": True, "problems_with_reference": sum(1 for p in out if p.solutions),
                 "solutions_tried": acc["candidates"], "verdicts": acc["verdicts"]}


#: a solution the judge could not grade at all (its worker crashed); counted, never silent
NOT_JUDGED = "not judged"
_IDS_KEPT = 20  # problem ids listed per source in the manifest (the counts are complete)
LOSS_SHARE = 0.02  # a source losing more than this share of its reference solutions is warned about


def verification_accounting(problems: list[Problem], verdicts: dict[tuple[str, int], str]) -> dict[str, dict]:
    """Per source: solutions tried and accepted, rejections by verdict, problems that lost all.

    ``verdicts`` maps (problem id, solution index) to the verdict; a candidate missing from it
    was never graded and counts as rejected under :data:`NOT_JUDGED`."""
    acc: dict[str, dict] = {}
    for p in problems:
        a = acc.setdefault(p.source, {"problems_tried": 0, "solutions_tried": 0, "accepted": 0,
                                      "rejected": Counter(), "problems_lost": 0, "lost_problem_ids": [],
                                      "rejected_problem_ids": []})
        if not p.solutions:
            continue
        got = [verdicts.get((p.id, i), NOT_JUDGED) for i in range(len(p.solutions))]
        ok = got.count("AC")
        a["problems_tried"] += 1
        a["solutions_tried"] += len(got)
        a["accepted"] += ok
        a["rejected"].update(v for v in got if v != "AC")
        if ok < len(got) and len(a["rejected_problem_ids"]) < _IDS_KEPT:
            a["rejected_problem_ids"].append(p.id)
        if ok == 0:
            a["problems_lost"] += 1
            if len(a["lost_problem_ids"]) < _IDS_KEPT:
                a["lost_problem_ids"].append(p.id)
    for a in acc.values():
        a["rejected"] = dict(sorted(a["rejected"].items()))
    return dict(sorted(acc.items()))


def verification_warning(by_source: dict[str, dict], few: int = 3) -> str | None:
    """One sentence when a source lost more than 2% of its reference solutions or any problem:
    per such source the counts, the first few problem ids (lost ones first) and what to check."""
    parts = []
    for source, a in by_source.items():
        tried, rejected = a["solutions_tried"], sum(a["rejected"].values())
        if not (a["problems_lost"] or (tried and rejected / tried > LOSS_SHARE)):
            continue
        lost = a["lost_problem_ids"][:few]
        ids = lost or a["rejected_problem_ids"][:few]
        verdicts = ", ".join(f"{n} {v}" for v, n in a["rejected"].items())
        parts.append(f"{source} rejected {rejected} of {tried} reference solutions ({rejected / tried:.0%}: {verdicts}) "
                     f"and lost {a['problems_lost']} of {a['problems_tried']} problems entirely, "
                     f"{'lost' if lost else 'rejected'} first in {', '.join(ids)}")
    if not parts:
        return None
    return ("Verification dropped reference data: " + "; ".join(parts) + " — check that source's grading rule "
            "(the problems' checker), its harness (import prelude, time and memory limits) and the rejected verdicts under "
            "stats.verification in data/manifest.json before trusting the pool.")


# -- arms --------------------------------------------------------------------------------
def stratified_order(problems: list[Problem], target: dict, seed: str) -> list[Problem]:
    """A random order whose every prefix follows the ``target`` difficulty shares closely."""
    strata: dict = {}
    for p in sorted(problems, key=lambda p: stable_hash(seed, p.id)):
        strata.setdefault(p.difficulty, []).append(p)
    taken = Counter()
    order: list[Problem] = []
    live = [d for d in DIFFICULTIES if strata.get(d) and target.get(str(d), 0) > 0]
    while live:
        n = len(order) + 1
        d = max(live, key=lambda d: (target[str(d)] * n - taken[d], -DIFFICULTIES.index(d)))
        order.append(strata[d][taken[d]])
        taken[d] += 1
        if taken[d] == len(strata[d]):
            live.remove(d)
    return order


def _difficulty_shares(problems: list[Problem]) -> dict:
    c = Counter(str(p.difficulty) for p in problems)
    n = sum(c.values()) or 1
    return {k: v / n for k, v in sorted(c.items())}


def choose_solutions(p: Problem, k: int, how: str, seed: str) -> list[int]:
    if how == "diverse" and k > 1:
        return sorted(most_diverse(list(p.solutions), k))
    rng = random.Random(stable_hash(seed, p.id))
    return sorted(rng.sample(range(len(p.solutions)), k))


def draw_arm(arm: ArmSettings, pool: list[Problem], target: dict, cfg: ExperimentConfig,
             count: Callable[[str], int]) -> list[tuple[Problem, list[int], list[int]]]:
    """Problems of one arm with chosen solution indices and their token counts."""
    d, k = cfg.data, arm.k
    eligible = [p for p in pool if len(p.solutions) >= k]
    order = stratified_order(eligible, target, f"{cfg.seed}:{arm.name}")
    picked, total, reached = [], 0, False
    want = arm.problems or (d.budget // k if d.budget_by == "examples" else None)
    for p in order:
        if want is not None and len(picked) >= want:
            break
        if want is None and total >= d.budget:
            reached = True
            break
        idx = choose_solutions(p, k, d.selection, f"{cfg.seed}:{arm.name}")
        toks = [count(json.dumps(training_messages(p, p.solutions[i]))) for i in idx]
        if max(toks) > d.max_tokens:
            continue  # too long to train on; the manifest counts what was drawn
        if want is None and total + sum(toks) > d.budget and d.budget - total < total + sum(toks) - d.budget:
            reached = True  # stopping here lands closer to the token budget than taking one more
            break
        picked.append((p, idx, toks))
        total += sum(toks)
    short = (want is not None and len(picked) < want) or (want is None and not reached and total < d.budget)
    if short:
        raise DataError(f"arm {arm.name!r} needs {want or d.budget} {'problems' if want else 'tokens'} with >= {k} "
                        f"verified solutions but the pool has only {len(picked)} usable problems; lower data.budget, "
                        f"add sources, or use data.pool=stratified")
    return picked


def split_arm(picked: list, splits: list[float], seed: str) -> dict[str, list]:
    items = sorted(picked, key=lambda x: stable_hash(seed, x[0].id))
    n = len(items)
    n_val = max(1, round(n * splits[1])) if n >= 3 and splits[1] > 0 else 0
    n_test = max(1, round(n * splits[2])) if n >= 3 and splits[2] > 0 else 0
    return {"val": items[:n_val], "test": items[n_val:n_val + n_test], "train": items[n_val + n_test:]}


def arm_rows(name: str, part: list) -> list[dict]:
    rows = []
    for p, idx, toks in sorted(part, key=lambda x: x[0].id):
        for i, t in zip(idx, toks):
            rows.append({"arm": name, "problem_id": p.id, "solution_index": i, "difficulty": p.difficulty,
                         "tokens": t, "messages": training_messages(p, p.solutions[i])})
    return rows


def arm_stats(parts: dict[str, list]) -> dict:
    allp = [x for part in parts.values() for x in part]
    stats = {s: {"problems": len(v), "examples": sum(len(x[1]) for x in v), "tokens": sum(sum(x[2]) for x in v)}
             for s, v in parts.items()}
    div = [mean_pairwise_distance([p.solutions[i] for i in idx]) for p, idx, _ in allp if len(idx) > 1]
    return {"problems": len(allp), "examples": sum(len(x[1]) for x in allp), "tokens": sum(sum(x[2]) for x in allp),
            "difficulty": dict(sorted(Counter(str(p.difficulty) for p, _, _ in allp).items())),
            "mean_diversity": round(sum(div) / len(div), 4) if div else 0.0, "splits": stats}


# -- the stage ---------------------------------------------------------------------------
def build_arms(pool: list[Problem], cfg: ExperimentConfig, count: Callable[[str], int]) -> dict[str, dict]:
    arm_list = cfg.arms
    kmax = max(a.k for a in arm_list)
    common = [p for p in pool if len(p.solutions) >= kmax]
    if not common:
        raise DataError(f"no problem has {kmax} verified solutions; lower the largest k or add sources")
    target = _difficulty_shares(common)
    draws = {}
    for arm in arm_list:
        base = common if cfg.data.pool == "common" else pool
        picked = draw_arm(arm, base, target, cfg, count)
        draws[arm.name] = {"k": arm.k, "parts": split_arm(picked, cfg.data.splits, f"{cfg.seed}:{arm.name}")}
    return draws


def run_data(cfg: ExperimentConfig, run_dir: str | Path, progress: bool = True,
             count_tokens: Callable[[str], int] | None = None) -> Path:
    """Build data/ for the experiment; returns the manifest path."""
    run = RunDir(run_dir)
    if count_tokens is None and cfg.data.token_counter == "tokenizer":
        from .model import chat_token_counter, load_tokenizer, resolve_base
        count_tokens = chat_token_counter(load_tokenizer(resolve_base(cfg.model.base)))
    count = count_tokens or approx_tokens
    pool, load_stats = load_pool(cfg)
    bench = build_benchmark(cfg)
    stats: dict = {"sources": load_stats}
    if cfg.data.dedup_problems:
        pool, stats["merged_duplicate_problems"] = merge_duplicate_problems(pool, cfg.data.overlap_threshold)
    if cfg.data.decontaminate:
        cont = find_contaminated(pool, bench, threshold=cfg.data.overlap_threshold)
        drop = {c.train_id for c in cont}
        pool = [p for p in pool if p.id not in drop]
        stats["decontaminated"] = [dataclasses.asdict(c) for c in cont]
    pool = [p for p in pool if p.style in ("stdin", "call") and p.solutions]
    pool, stats["solutions"] = dedup_solutions(pool, cfg.data.max_candidates)
    if cfg.data.verify:
        pool, stats["verification"] = verify(pool, cfg, progress)
    pool = [p for p in pool if p.solutions]
    stats["eligible_problems"] = len(pool)
    stats["eligible_by_solutions"] = dict(sorted(Counter(min(len(p.solutions), 10) for p in pool).items()))
    warning = verification_warning(stats["verification"]["by_source"]) if cfg.data.verify else None
    try:
        draws = build_arms(pool, cfg, count)
    except DataError:
        if warning:  # the lost data is likely why the arms cannot be built: say so first
            log.warning("%s", warning)
        raise
    bench, bench_refs = verify_references(bench, cfg, progress)
    hashes = {}
    write_jsonl(run.benchmark, bench)
    hashes["benchmark.jsonl"] = _file_hash(run.benchmark)
    for name, d in draws.items():
        for split, part in d["parts"].items():
            path = write_jsonl(run.arm_data(name) / f"{split}.jsonl", arm_rows(name, part))
            hashes[f"{name}/{split}.jsonl"] = _file_hash(path)
    manifest = {"inputs_hash": data_inputs_hash(cfg), "seed": cfg.seed,
                "token_counter": "tokenizer" if count_tokens else "approx (words and symbols)",
                "stats": stats, "arms": {n: {"k": d["k"], **arm_stats(d["parts"])} for n, d in draws.items()},
                "benchmark": {"problems": len(bench), **Counter(split_tag(p) for p in bench), "references": bench_refs},
                "training": run.train_plan(cfg).to_dict(), "outputs": hashes, "warning": warning}
    run.manifest.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    if warning:
        log.warning("%s", warning)
    return run.manifest


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def format_stats(manifest: dict) -> str:
    """The arms side by side, as printed by ``codediv data stats``."""
    arms = manifest["arms"]
    names = list(arms)
    rows = [("k (solutions/problem)", [str(arms[n]["k"]) for n in names]),
            ("problems", [str(arms[n]["problems"]) for n in names]),
            ("examples", [str(arms[n]["examples"]) for n in names]),
            ("train examples", [str(arms[n]["splits"]["train"]["examples"]) for n in names]),
            ("val / test examples", [f"{arms[n]['splits']['val']['examples']} / {arms[n]['splits']['test']['examples']}"
                                     for n in names]),
            ("tokens", [str(arms[n]["tokens"]) for n in names]),
            *_plan_rows(manifest.get("training"), names),
            ("mean diversity", [f"{arms[n]['mean_diversity']:.3f}" for n in names])]
    for d in sorted({k for n in names for k in arms[n]["difficulty"]}):
        rows.append((f"difficulty {d}", [str(arms[n]["difficulty"].get(d, 0)) for n in names]))
    width = max(len(r[0]) for r in rows)
    cols = [max(len(n), *(len(r[1][i]) for r in rows)) for i, n in enumerate(names)]
    lines = [" " * width + "  " + "  ".join(n.rjust(c) for n, c in zip(names, cols))]
    lines += [label.ljust(width) + "  " + "  ".join(v.rjust(c) for v, c in zip(vals, cols)) for label, vals in rows]
    return "\n".join(lines + verification_lines(manifest))


def _plan_rows(plan: dict | None, names: list[str]) -> list[tuple[str, list[str]]]:
    if not plan:
        return []
    return [("optimizer steps", [str(plan["steps"]) for _ in names]),
            ("epochs over train split", [f"{plan['epochs'].get(n, 0):g}" for n in names])]


def verification_lines(manifest: dict) -> list[str]:
    """Per source: reference solutions tried, accepted, rejected by verdict, problems lost."""
    by_source = manifest.get("stats", {}).get("verification", {}).get("by_source", {})
    if not by_source:
        return []
    lines = ["", "verification of reference solutions, per source:"]
    for source, a in by_source.items():
        rejected = ", ".join(f"{n} {v}" for v, n in a["rejected"].items()) or "none"
        lines.append(f"  {source}: {a['solutions_tried']} tried, {a['accepted']} accepted, rejected: {rejected}; "
                     f"{a['problems_lost']} of {a['problems_tried']} problems lost every solution")
    return lines
