"""The eval stage: generate from every checkpoint, judge every program, store every row.

``run_eval(cfg, run_dir)`` fills ``results.sqlite`` (:mod:`codediv.store`) with one row per
arm × seed × step × benchmark problem × sample: the base model as arm ``base`` step 0, then
every complete checkpoint under ``train/<arm>/seed<k>/`` in step order. Prompts come from
:func:`codediv.prompts.build_messages` (the same function that built the training data);
code is extracted with :func:`codediv.prompts.extract_code`; raw completions are kept.

Overlap and resumability: generation runs in the main thread, one batch at a time; each
finished batch is written to ``generations`` (committed) and handed to the judge's worker
pool, whose verdicts are written to ``judgments`` as they arrive, while the next batch is
generated. A killed run loses at most the batch being generated: on restart, generations
already stored are not regenerated, and stored generations without a verdict are judged
first. The verdict cache makes a program seen before (another checkpoint, another sample)
free to judge.

Reads: ``data/benchmark.jsonl``, ``train/**/checkpoint-*/``; writes ``results.sqlite``.
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import logging
import time
from collections import defaultdict
from pathlib import Path

from tqdm import tqdm

from .config import ExperimentConfig, arms as resolve_arms
from .judge import Judge, JudgeConfig, tests_hash
from .prompts import build_messages, extract_code, prompt_hash
from .records import Problem, load_problems
from .sandbox import Limits
from .store import Store
from .train import complete_checkpoints, run_dir_for
from .errors import CodedivError

log = logging.getLogger(__name__)


class EvalError(CodedivError):
    """The evaluation cannot start; the message says what to do."""


@dataclasses.dataclass(frozen=True)
class Target:
    """One model state to evaluate."""

    arm: str
    seed: int
    step: int
    adapter: Path | None  #: None for the base model


def find_targets(cfg: ExperimentConfig, run_dir: Path, arms: list[str] | None = None,
                 steps: list[int] | None = None) -> list[Target]:
    targets = []
    if cfg.generate.include_base and (steps is None or 0 in steps):
        targets.append(Target("base", 0, 0, None))
    for arm in arms or [a["name"] for a in resolve_arms(cfg)]:
        for seed in cfg.train.seeds:
            out = run_dir_for(run_dir, arm, seed)
            for step in complete_checkpoints(out):
                if steps is None or step in steps:
                    targets.append(Target(arm, seed, step, out / f"checkpoint-{step:06d}"))
    return targets


def load_benchmark_file(run_dir: Path, problems: list[str] | None = None) -> list[Problem]:
    path = run_dir / "data" / "benchmark.jsonl"
    if not path.exists():
        raise EvalError(f"{path} does not exist; run `codediv data build` first")
    rep = load_problems(path)
    probs = [p for p in rep.records if problems is None or p.id in problems]
    if not probs:
        raise EvalError("no benchmark problem matches the --problems filter")
    return probs


def judge_config(cfg: ExperimentConfig) -> JudgeConfig:
    j = cfg.judge
    return JudgeConfig(mode=j.mode, workers=j.workers, require_isolation=j.require_isolation,
                       limits=dataclasses.replace(Limits(), time_s=j.time_limit_s, memory_mb=j.memory_limit_mb))


class _Pipeline:
    """Generation rows in, judgments out, both persisted as they happen."""

    def __init__(self, store: Store, judge: Judge, problems: dict[str, Problem]):
        self.store, self.judge, self.problems = store, judge, problems
        self.pending: dict[cf.Future, dict] = {}
        self.judge_wait_s = 0.0

    def submit(self, rows: list[dict]) -> None:
        for r in rows:
            fut = self.judge.submit(self.problems[r["problem_id"]], r["code"], r["sample_id"])
            self.pending[fut] = r

    def drain(self, block: bool = False) -> int:
        if not self.pending:
            return 0
        t0 = time.perf_counter()
        done, _ = cf.wait(list(self.pending), timeout=None if block else 0,
                          return_when=cf.ALL_COMPLETED if block else cf.FIRST_COMPLETED)
        if block:
            self.judge_wait_s += time.perf_counter() - t0
        rows = []
        for fut in done:
            g = self.pending.pop(fut)
            res = fut.result()
            rows.append({**{k: g[k] for k in ("arm", "seed", "step", "problem_id", "sample_id")},
                         "verdict": res.verdict, "passed": res.passed, "total": res.total,
                         "tests": [dataclasses.asdict(t) for t in res.tests], "error": res.error, "cached": res.cached})
        self.store.add_judgments(rows)
        return len(rows)


class _Lazy:
    """Builds the backend on first use."""

    def __init__(self, build):
        self._build, self._backend = build, None
        self.load_s = 0.0

    def generate(self, *args):
        if self._backend is None:
            t0 = time.perf_counter()
            self._backend = self._build()
            self.load_s = time.perf_counter() - t0
        return self._backend.generate(*args)

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()


def _generation_rows(target: Target, probs: list[Problem], gens, hashes: dict) -> list[dict]:
    rows = []
    for p, samples in zip(probs, gens):
        msgs = build_messages(p)
        for sid, g in enumerate(samples):
            rows.append({"arm": target.arm, "seed": target.seed, "step": target.step, "problem_id": p.id,
                         "sample_id": sid, "prompt_hash": prompt_hash(msgs), "tests_hash": hashes[p.id],
                         "completion": g.text, "code": extract_code(g.text, p), "gen_tokens": g.n_tokens,
                         "gen_time_s": round(g.time_s, 4), "checkpoint": str(target.adapter or "")})
    return rows


def evaluate_target(backend, pipe: _Pipeline, target: Target, probs: list[Problem], cfg: ExperimentConfig,
                    hashes: dict, bar) -> float:
    """Generate and queue judging for every missing (problem, sample) of one target; returns gen seconds."""
    have = pipe.store.generated_keys(target.arm, target.seed, target.step)
    n = cfg.generate.n_samples
    todo = [p for p in probs if any((p.id, s) not in have for s in range(n))]
    bar.update(len(probs) - len(todo))
    gen_s = 0.0
    bs = max(1, cfg.generate.batch_size)
    for start in range(0, len(todo), bs):
        chunk = todo[start:start + bs]
        t0 = time.perf_counter()
        gens = backend.generate([build_messages(p) for p in chunk], target.adapter, cfg.generate)
        gen_s += time.perf_counter() - t0
        rows = _generation_rows(target, chunk, gens, hashes)
        pipe.store.add_generations(rows)
        pipe.submit(rows)
        pipe.drain(block=False)
        bar.update(len(chunk))
    return gen_s


def run_eval(cfg: ExperimentConfig, run_dir: str | Path, arms: list[str] | None = None,
             steps: list[int] | None = None, problems: list[str] | None = None, progress: bool = True) -> dict:
    """The ``codediv eval`` stage; returns timing and counts."""
    from .backends import make_backend
    from .model import resolve_base
    run_dir = Path(run_dir)
    probs = load_benchmark_file(run_dir, problems)
    targets = find_targets(cfg, run_dir, arms, steps)
    by_id = {p.id: p for p in probs}
    hashes = {p.id: tests_hash(p)[:16] for p in probs}
    t_start = time.perf_counter()
    with Store(run_dir / "results.sqlite") as store, Judge(judge_config(cfg)) as judge:
        pipe = _Pipeline(store, judge, by_id)
        leftovers = [r for r in store.unjudged() if r["problem_id"] in by_id]
        pipe.submit(leftovers)  # generated before a kill, never judged
        def build():
            base = None if cfg.generate.backend == "scripted" else resolve_base(cfg.model.base)
            b = make_backend(cfg.generate.backend, base, cfg.generate, cfg.generate.script, cfg.model.dtype)
            if hasattr(b, "register"):
                for p in probs:
                    b.register(build_messages(p)[-1]["content"], p.id)
            return b
        backend = _Lazy(build)  # a rerun with nothing left to generate never loads the model
        gen_s = 0.0
        with tqdm(total=len(targets) * len(probs), desc="eval", unit="prompt", disable=not progress) as bar:
            for t in targets:
                bar.set_postfix_str(f"{t.arm} seed{t.seed} step {t.step}")
                gen_s += evaluate_target(backend, pipe, t, probs, cfg, hashes, bar)
        pipe.drain(block=True)
        backend.close()
        counts = store.counts()
    wall = time.perf_counter() - t_start
    return {"targets": len(targets), "problems": len(probs), "model_load_s": round(backend.load_s, 2),
            "generation_s": round(gen_s - backend.load_s, 2),
            "judge_wait_s": round(pipe.judge_wait_s, 2), "wall_s": round(wall, 2), **counts}


def results_table(run_dir: str | Path) -> list[dict]:
    """The study's table from the store: model, pass@1 and problems solved per arm/seed/step."""
    agg: dict = defaultdict(lambda: [0, 0, set(), set()])
    with Store(Path(run_dir) / "results.sqlite") as st:
        q = "SELECT arm, seed, step, problem_id, verdict FROM judgments"
        for arm, seed, step, pid, verdict in st.db.execute(q):
            a = agg[(arm, seed, step)]
            a[0] += verdict == "AC"
            a[1] += 1
            a[3].add(pid)
            if verdict == "AC":
                a[2].add(pid)
    return [{"model": f"{arm} seed{seed} step {step}" if arm != "base" else "base", "arm": arm, "seed": seed,
             "step": step, "pass@1": a[0] / a[1] if a[1] else 0.0, "solved": len(a[2]), "problems": len(a[3])}
            for (arm, seed, step), a in sorted(agg.items(), key=lambda kv: (kv[0][0] != "base", kv[0]))]


def format_table(rows: list[dict]) -> str:
    lines = [f"{'model':<28}{'pass@1':>8}{'solved':>10}"]
    for r in rows:
        lines.append(f"{r['model']:<28}{r['pass@1']:>8.1%}{r['solved']:>6}/{r['problems']:<3}")
    return "\n".join(lines)
