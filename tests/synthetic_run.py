"""Synthetic run folders for the analysis and report tests and the analysis benchmark.

A run is described by outcome patterns: for each problem, one token per evaluated step,
each token one letter per sample::

    S accepted (AC, every test passed)     P wrong answer passing half the tests (partial)
    F wrong answer on every test           C does not compile (CE)
    N no code (NOCODE)                     R runtime error (RE)
    T time limit (TLE, no test passed)     t time limit after passing half the tests
    M memory limit (MLE)

``build_run`` writes ``config.yaml``, ``data/benchmark.jsonl``, ``results.sqlite`` (through
:class:`codediv.store.Store`, as the eval stage does) and, unless told not to,
``train/<arm>/seed<k>/metrics.jsonl`` plus ``checkpoint-<step>/meta.json``.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from codediv.config import ExperimentConfig, from_dict
from codediv.records import Problem, Test, write_jsonl
from codediv.rundir import RunDir
from codediv.store import Store

N_TESTS = 4
LETTERS = {"S": ("AC", N_TESTS), "P": ("WA", N_TESTS // 2), "F": ("WA", 0), "C": ("CE", 0), "N": ("NOCODE", 0),
           "R": ("RE", 0), "T": ("TLE", 0), "t": ("TLE", N_TESTS // 2), "M": ("MLE", 0)}
PROGRAM = "import sys\n\ndef solve(a, b):\n    if a > b:\n        return a - b\n    return b - a\n\n" \
          "x, y = map(int, sys.stdin.read().split())\nprint(solve(x, y))  # {tag}\n"


def problems(n_selection: int, n_report: int) -> list[Problem]:
    """Benchmark problems sel-00.., rep-00.. tagged bench:selection / bench:report."""
    out = []
    for split, n in (("selection", n_selection), ("report", n_report)):
        for i in range(n):
            pid = f"bench/{split[:3]}-{i:03d}"
            out.append(Problem(id=pid, source="builtin", title=f"{split.title()} problem {i}", statement="...",
                               style="stdin", tests=tuple(Test(f"{j}\n", f"{j}\n") for j in range(N_TESTS)),
                               tags=(f"bench:{split}",)))
    return out


def tokens(pattern: str) -> list[str]:
    """'SFP' -> ['S','F','P'] (one sample per step); 'SS FF' -> ['SS','FF'] (two samples)."""
    return pattern.split() if " " in pattern else list(pattern)


def row(arm: str, seed: int, step: int, pid: str, sample: int, letter: str, code: str | None = None
        ) -> tuple[dict, dict]:
    """One generation row and its judgment, as the eval stage writes them."""
    verdict, passed = LETTERS[letter]
    if code is None:
        code = "" if letter == "N" else PROGRAM.format(tag=f"{pid} {step} {sample}")
    tests = [{"verdict": "AC" if j < passed else verdict, "time_s": 0.01, "skipped": False} for j in range(N_TESTS)]
    key = {"arm": arm, "seed": seed, "step": step, "problem_id": pid, "sample_id": sample}
    gen = {**key, "prompt_hash": "p", "tests_hash": "t", "completion": f"```python\n{code}```", "code": code,
           "gen_tokens": 10, "gen_time_s": 0.1, "checkpoint": "" if arm == "base" else f"{arm}/{step}"}
    judged = {**key, "verdict": verdict, "passed": passed, "total": N_TESTS, "tests": tests,
              "error": "" if verdict == "AC" else verdict, "cached": False}
    return gen, judged


def write_store(path: Path, base: dict[str, str] | None, runs: dict[tuple[str, int], dict[str, str]],
                steps: list[int]) -> None:
    """Store the base's pattern (one token) and each (arm, seed)'s patterns (one token a step)."""
    gens, judged = [], []
    for pid, pat in (base or {}).items():
        for s, letter in enumerate(tokens(pat)[0]):
            g, j = row("base", 0, 0, pid, s, letter)
            gens.append(g)
            judged.append(j)
    for (arm, seed), pats in runs.items():
        for pid, pat in pats.items():
            for step, tok in zip(steps, tokens(pat)):
                for s, letter in enumerate(tok):
                    g, j = row(arm, seed, step, pid, s, letter)
                    gens.append(g)
                    judged.append(j)
    with Store(path) as st:
        st.add_generations(gens)
        st.add_judgments(judged)


def write_train(run_dir: Path, arm: str, seed: int, steps: list[int], val: dict[int, float] | None = None) -> None:
    """A cosine-decay training log with eval rows and checkpoint meta at ``steps``."""
    run = RunDir(run_dir)
    folder = run.train_run(arm, seed)
    folder.mkdir(parents=True, exist_ok=True)
    last = max(steps)
    lines = []
    for step in range(1, last + 1):
        lr = 2e-4 * 0.5 * (1 + math.cos(math.pi * step / last))
        lines.append({"step": step, "epoch": step / last, "loss": 2.0 / (1 + 0.05 * step) + 0.01 * seed,
                      "learning_rate": lr, "grad_norm": 1.0, "tokens_seen": 100 * step})
        if step in steps:
            v = (val or {}).get(step, 1.5 - 0.001 * step)
            lines.append({"step": step, "val_loss": v})
            ck = run.checkpoint(arm, seed, step).path
            ck.mkdir(exist_ok=True)
            (ck / "meta.json").write_text(json.dumps(
                {"step": step, "epoch": step / last, "tokens_seen": 100 * step, "train_loss": lines[-2]["loss"],
                 "val_loss": v, "learning_rate": lr, "data_hash": "d", "config_hash": "c", "arm": arm,
                 "seed": seed, "base_model": "tiny"}))
    run.metrics(arm, seed).write_text("".join(json.dumps(x) + "\n" for x in lines))


def build_run(run_dir: Path, base: dict[str, str] | None, runs: dict, steps: list[int],
              n_selection: int, n_report: int, train: bool = True, val: dict | None = None,
              analysis: dict | None = None) -> ExperimentConfig:
    """Write a whole synthetic run folder; ``runs`` maps arm or (arm, seed) to patterns."""
    run_dir = Path(run_dir)
    runs = {(k, 0) if isinstance(k, str) else k: v for k, v in runs.items()}
    arms = list(dict.fromkeys(a for a, _ in runs)) or ["deep", "diverse"]
    seeds = sorted({s for _, s in runs}) or [0]
    cfg = from_dict({"name": "synthetic", "data": {"arms": [{"name": a, "k": 1 + 4 * i} for i, a in enumerate(arms)]},
                     "train": {"seeds": seeds, "max_steps": max(steps or [1]), "checkpoint_start": min(steps or [1]),
                               "checkpoint_every": (steps[1] - steps[0]) if len(steps) > 1 else 1},
                     "analysis": {**(analysis or {})}})
    run = RunDir(run_dir)
    run.write_config(cfg)
    write_jsonl(run.benchmark, problems(n_selection, n_report))
    write_store(run.store, base, runs, steps)
    if train:
        for arm, seed in runs:
            write_train(run_dir, arm, seed, steps, (val or {}).get(arm))
    return cfg


def random_run(run_dir: Path, n_problems: int, steps: int, samples: int, arms=("deep", "diverse"),
               seed: int = 0) -> ExperimentConfig:
    """A large random run (the scale benchmark): skill rises with the step, per problem difficulty."""
    import numpy as np
    rng = np.random.default_rng(seed)
    step_list = [100 * (i + 1) for i in range(steps)]
    n_sel = n_problems // 2
    probs = problems(n_sel, n_problems - n_sel)
    difficulty = rng.uniform(0, 1, len(probs))
    letters = np.array(list("SPFCRTtM"))
    weights = np.array([0.0, 0.15, 0.3, 0.1, 0.15, 0.15, 0.1, 0.05])

    def draw(skill: float) -> str:
        p_ac = np.clip(skill - difficulty, 0.02, 0.95)
        other = rng.choice(letters, p=weights / weights.sum(), size=(len(probs), samples))
        ac = rng.uniform(size=(len(probs), samples)) < p_ac[:, None]
        return np.where(ac, "S", other)

    base_grid = draw(0.2)
    base = {p.id: "".join(base_grid[i]) + " " for i, p in enumerate(probs)}
    runs = {}
    for a, arm in enumerate(arms):
        grids = [draw(0.3 + 0.04 * i + 0.03 * a) for i in range(steps)]
        runs[(arm, 0)] = {p.id: " ".join("".join(g[i]) for g in grids) + " " for i, p in enumerate(probs)}
    cfg = build_run(run_dir, base, runs, step_list, 0, 0, train=True)
    write_jsonl(RunDir(run_dir).benchmark, probs)
    return cfg


# -- the planted run shared by test_analyze and test_report -------------------------------
PLANTED_STEPS = [10, 20, 30]
PLANTED_BASE = {**{f"bench/sel-{i:03d}": "F" for i in range(4)},
                **{f"bench/rep-{i:03d}": ("S" if i == 0 else "F") for i in range(10)}}
# One letter per trained step (10, 20, 30); the base model is step 0 (PLANTED_BASE).
PLANTED_DEEP = {
    "bench/sel-000": "SSS", "bench/sel-001": "FSS", "bench/sel-002": "FSF", "bench/sel-003": "FFF",
    "bench/rep-000": "SSF",  # regression: solved at 20, lost at 30
    "bench/rep-001": "FSS",  # breakthrough at 20 (base F, 10 F, then kept)
    "bench/rep-002": "SSS",
    "bench/rep-003": "SFF", "bench/rep-004": "SFF", "bench/rep-005": "SFF",  # make step 10 best on report
    "bench/rep-006": "FFF", "bench/rep-007": "FFF",
    "bench/rep-008": "PPP",  # partial success: half the tests at every step
    "bench/rep-009": "CRT",  # syntax, runtime, algorithm
}
PLANTED_DIVERSE = {
    "bench/sel-000": "FSS", "bench/sel-001": "FFS", "bench/sel-002": "FFS", "bench/sel-003": "FFF",
    "bench/rep-000": "SSS", "bench/rep-001": "SSS", "bench/rep-002": "FFF",
    **{f"bench/rep-{i:03d}": "FFS" for i in range(3, 8)},  # five breakthroughs at 30
    "bench/rep-008": "FFF", "bench/rep-009": "FFt",
}
# deep prefers step 20 over the tied step 30 by validation loss
PLANTED_VAL = {"deep": {10: 1.2, 20: 1.0, 30: 1.1}, "diverse": {10: 1.3, 20: 1.2, 30: 1.25}}


def planted_run(run_dir: Path, deep: dict | None = None, diverse: dict | None = None, **kw) -> ExperimentConfig:
    """The planted run: 4 selection + 10 report problems, deep and diverse, steps 10/20/30.

    At the selected checkpoints (deep 20, diverse 30) the report-split 2×2 table is
    both 2 (rep-000, rep-001), only deep 1 (rep-002), only diverse 5 (rep-003..007),
    neither 2: exact McNemar p = 2·(1 + 6)/64 = 0.21875.
    """
    runs = {"deep": {**PLANTED_DEEP, **(deep or {})}, "diverse": {**PLANTED_DIVERSE, **(diverse or {})}}
    return build_run(run_dir, PLANTED_BASE, runs, PLANTED_STEPS, 4, 10, val=PLANTED_VAL, **kw)
