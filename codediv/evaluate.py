"""The eval stage: generate from every checkpoint, judge every program, store every row.

``run_eval(cfg, run_dir)`` fills ``results.sqlite`` (:mod:`codediv.store`) for the base model
(arm ``base`` step 0) and every complete checkpoint of every training run
(:meth:`codediv.rundir.RunDir.checkpoints`), in two passes:

1. likelihood (``likelihood.enabled``; :mod:`codediv.scoring`): every target's NLL of the
   benchmark's verified reference solutions given the evaluation prompt, by batched forward
   passes, one row per target × problem × reference;
2. generation and judging: one row per target × problem × sample, from every target or
   (``generate.checkpoints: final``) from the base model and each run's last checkpoint, since
   on a CPU a generated prompt costs several times a scored reference. Prompts come from
   :func:`codediv.prompts.build_messages` (the same function that built the training data);
   code is extracted with :func:`codediv.prompts.extract_code`; raw completions are kept.

What is kept: results are keyed per target (one model state), never for the whole store.
Each target records its checkpoint's content hash, a hash of the generation settings (every
``generate`` field except ``batch_size``, a throughput knob, and ``include_base`` and
``checkpoints``, which choose targets, plus ``model``) and a hash of the judge settings (mode, limits, judge version; not the worker
count, which never changes a verdict). On each run a target whose checkpoint or generation
settings changed is generated again, one whose judge settings alone changed is judged again
from its stored programs, and per problem a changed prompt regenerates and changed tests
re-judge that problem's rows only. So adding a seed, an arm or a checkpoint generates only
the new rows.

Overlap and resumability: generation runs in the main thread, one batch at a time; each
finished batch is written to ``generations`` (committed) and handed to the judge's worker
pool, whose verdicts are written to ``judgments`` as they arrive. With a GPU the next batch is
generated meanwhile; on a CPU-only host the judge finishes the batch first, because torch
threads and judge workers on the same cores slow each other down several times over. A
killed run loses at most the batch being scored or generated: on restart, rows already stored
are not computed again, and stored generations without a verdict are judged first. The
verdict cache makes a program seen before (another checkpoint, another sample) free to judge.

Under ``executor.kind: ray`` (:mod:`codediv.distributed`) each target's generation is one task
on a pool of workers that loaded the model once (:func:`generate_rows`, the same batches as
here), and judging goes to judging workers behind the same ``submit`` interface
(:class:`codediv.distributed_judge.RayJudge`); this process still writes every row, as each
target's rows come back; the likelihood pass runs on the same workers first
(:func:`codediv.scoring.score_rows`), so the model is loaded once for both. A killed run then
loses the targets being scored or generated.

Reads: ``data/benchmark.jsonl``, ``train/<arm>/seed<k>/checkpoint-*/``; writes ``results.sqlite``.
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import functools
import logging
import time
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from .backends import make_backend
from .config import ExperimentConfig, config_hash
from .errors import CodedivError
from .judge import JUDGE_VERSION, Judge, tests_hash
from .prompts import build_messages, extract_code, prompt_hash
from .records import Problem
from .rundir import BASE, RunDir
from .scoring import references, score_rows, score_target
from .scoring import missing as missing_references
from .store import Store

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
    content_hash: str  #: the checkpoint's content hash ("base" for the base model)


def find_targets(cfg: ExperimentConfig, run_dir: str | Path, arms: list[str] | None = None,
                 steps: list[int] | None = None) -> list[Target]:
    """The base model (when ``generate.include_base``) and every complete checkpoint, filtered."""
    run = RunDir(run_dir)
    targets = []
    if cfg.generate.include_base and (steps is None or 0 in steps):
        targets.append(Target(BASE, 0, 0, None, BASE))
    for arm in arms or cfg.arm_names:
        for seed in cfg.train.seeds:
            for ck in run.checkpoints(arm, seed):
                if steps is None or ck.step in steps:
                    targets.append(Target(arm, seed, ck.step, ck.path, ck.content_hash))
    return targets


def generation_hash(cfg: ExperimentConfig) -> str:
    """What a target's generations depend on besides its checkpoint (module docstring)."""
    gen = {k: v for k, v in dataclasses.asdict(cfg.generate).items()
           if k not in ("batch_size", "include_base", "checkpoints")}  # which targets, not what they generate
    return config_hash({"generate": gen, "model": dataclasses.asdict(cfg.model)})


def judging_hash(cfg: ExperimentConfig) -> str:
    """What a target's verdicts depend on besides its programs and the problems' tests."""
    j = cfg.judge.judge_config()
    return config_hash({"version": JUDGE_VERSION, "mode": j.mode, "limits": dataclasses.asdict(j.limits),
                        "tle_budget": j.tle_budget})


def sync_targets(store: Store, cfg: ExperimentConfig, targets: list[Target], problems: list[Problem]) -> Counter:
    """Drop every stored row the targets' current inputs no longer match; counts targets by status."""
    gen_h, judge_h = generation_hash(cfg), judging_hash(cfg)
    prompts = {p.id: prompt_hash(build_messages(p)) for p in problems}
    tests = {p.id: tests_hash(p)[:16] for p in problems}
    status: Counter = Counter()
    for t in targets:
        s = store.sync_target(t.arm, t.seed, t.step, str(t.adapter or ""), t.content_hash, gen_h, judge_h)
        status[s] += 1
        if s in ("regenerate", "rejudge"):
            log.info("%s seed %d step %d: %s", t.arm, t.seed, t.step,
                     "checkpoint or generation settings changed, generating again" if s == "regenerate"
                     else "judge settings changed, judging again")
        regen, rejudge = store.drop_stale_rows(t.arm, t.seed, t.step, prompts, tests)
        if regen or rejudge:
            log.info("%s seed %d step %d: %d row(s) with a changed prompt, %d with changed tests",
                     t.arm, t.seed, t.step, regen, rejudge)
    return status


def _benchmark_subset(run: RunDir, problems: list[str] | None = None) -> tuple[list[Problem], list[Problem]]:
    """Every benchmark problem, and those the ``--problems`` filter keeps."""
    bench, _ = run.benchmark_problems()
    chosen = [p for p in bench if problems is None or p.id in problems]
    if not chosen:
        raise EvalError("no benchmark problem matches the --problems filter")
    return bench, chosen


class _JudgingQueue:
    """Generation rows in, judgments out, both persisted as they happen."""

    def __init__(self, store: Store, judge: Judge, problems: dict[str, Problem]):
        self.store, self.judge, self.problems = store, judge, problems
        self.pending: dict[cf.Future, dict] = {}
        self.judge_wait_s = 0.0
        self.failed: list[str] = []  #: one line per program whose judging raised

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
            try:
                res = fut.result()
            except Exception as e:  # one program that cannot be judged never loses the others' verdicts
                self.failed.append(f"{g['arm']} seed {g['seed']} step {g['step']} {g['problem_id']}: {e}")
                log.error("could not judge %s", self.failed[-1])
                continue
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

    def _get(self):
        if self._backend is None:
            t0 = time.perf_counter()
            self._backend = self._build()
            self.load_s = time.perf_counter() - t0
        return self._backend

    def generate(self, *args):
        return self._get().generate(*args)

    def score(self, *args):
        return self._get().score(*args)

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()


def _generation_rows(target: Target, probs: list[Problem], gens, hashes: dict) -> list[dict]:
    rows = []
    for p, samples in zip(probs, gens):
        for sid, g in enumerate(samples):
            rows.append({"arm": target.arm, "seed": target.seed, "step": target.step, "problem_id": p.id,
                         "sample_id": sid, "prompt_hash": prompt_hash(build_messages(p)), "tests_hash": hashes[p.id],
                         "completion": g.text, "code": extract_code(g.text, p), "gen_tokens": g.n_tokens,
                         "gen_time_s": round(g.time_s, 4), "checkpoint": str(target.adapter or "")})
    return rows


def _batches(backend, target: Target, todo: list[Problem], cfg: ExperimentConfig, hashes: dict):
    """Generate ``todo`` for one target in ``generate.batch_size`` chunks: yields (rows, seconds, prompts)."""
    bs = max(1, cfg.generate.batch_size)
    for start in range(0, len(todo), bs):
        chunk = todo[start:start + bs]
        t0 = time.perf_counter()
        gens = backend.generate([build_messages(p) for p in chunk], target.adapter, cfg.generate)
        yield _generation_rows(target, chunk, gens, hashes), time.perf_counter() - t0, len(chunk)


def _missing(store: Store, target: Target, probs: list[Problem], n_samples: int) -> list[Problem]:
    have = store.generated_keys(target.arm, target.seed, target.step)
    return [p for p in probs if any((p.id, s) not in have for s in range(n_samples))]


def evaluate_target(backend, queue: _JudgingQueue, target: Target, probs: list[Problem], cfg: ExperimentConfig,
                    hashes: dict, bar, overlap: bool = True) -> float:
    """Generate and queue judging for every missing (problem, sample) of one target; returns gen seconds."""
    todo = _missing(queue.store, target, probs, cfg.generate.n_samples)
    bar.update(len(probs) - len(todo))
    gen_s = 0.0
    for rows, seconds, n in _batches(backend, target, todo, cfg, hashes):
        gen_s += seconds
        queue.store.add_generations(rows)
        queue.submit(rows)
        queue.drain(block=not overlap)
        bar.update(n)
    return gen_s


def generation_targets(cfg: ExperimentConfig, targets: list[Target]) -> list[Target]:
    """The targets to generate from: all of them, or (``generate.checkpoints: final``) the base
    model and each training run's last checkpoint."""
    if cfg.generate.checkpoints == "all":
        return targets
    last: dict[tuple[str, int], Target] = {}
    for t in targets:
        if t.arm != BASE and ((t.arm, t.seed) not in last or t.step > last[(t.arm, t.seed)].step):
            last[(t.arm, t.seed)] = t
    return [t for t in targets if t.arm == BASE or last.get((t.arm, t.seed)) is t]


def _overlap_judging() -> bool:
    """Judge while generating only when a GPU generates (module docstring)."""
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def _mark_done(store: Store, targets: list[Target], bench: list[Problem], n_samples: int) -> None:
    want = {(p.id, s) for p in bench for s in range(n_samples)}
    for t in targets:
        store.mark_target_done(t.arm, t.seed, t.step, want <= store.judged_keys(t.arm, t.seed, t.step))


def _build_backend(cfg: ExperimentConfig, bench: list[Problem]):
    from .model import resolve_base
    base = None if cfg.generate.backend == "scripted" else resolve_base(cfg.model.base)
    return make_backend(cfg.generate, base, cfg.model.dtype, problems=bench)


def _references(cfg: ExperimentConfig, probs: list[Problem]) -> list:
    """The references the likelihood pass scores (none when it is off, or for a backend without a model)."""
    if not cfg.likelihood.enabled:
        return []
    if cfg.generate.backend == "scripted":
        log.warning("likelihood pass skipped: the scripted backend has no model to score references with")
        return []
    return references(probs, cfg)


def run_eval(cfg: ExperimentConfig, run_dir: str | Path, arms: list[str] | None = None,
             steps: list[int] | None = None, problems: list[str] | None = None, progress: bool = True) -> dict:
    """The ``codediv eval`` stage; returns timing and counts."""
    run = RunDir(run_dir)
    bench, probs = _benchmark_subset(run, problems)
    targets = find_targets(cfg, run.root, arms, steps)
    gen_targets = generation_targets(cfg, targets)
    refs = _references(cfg, probs)
    by_id = {p.id: p for p in probs}
    hashes = {p.id: tests_hash(p)[:16] for p in probs}
    on_ray = cfg.executor.kind == "ray"
    if on_ray:  # reach the cluster before the store is touched: a failure here changes nothing
        from .distributed import TaskLog, connect
        connect(cfg.executor)
    t_start = time.perf_counter()
    with Store(run.store) as store:
        status = sync_targets(store, cfg, targets, bench)
        jobs = [(t, _missing(store, t, probs, cfg.generate.n_samples)) for t in gen_targets] if on_ray else []
        jobs = [(t, todo) for t, todo in jobs if todo]
        scores = [(t, missing_references(store, t, refs)) for t in targets] if on_ray else []
        scores = [(t, todo) for t, todo in scores if todo]
        ray_log = TaskLog() if on_ray else None
        with _open_judge(cfg, by_id, len(jobs) + len(scores), ray_log) as judge:
            queue = _JudgingQueue(store, judge, by_id)
            queue.submit([r for r in store.unjudged() if r["problem_id"] in by_id])  # generated, never judged
            backend = _Lazy(lambda: _build_backend(cfg, bench))  # a rerun with nothing to do loads no model
            score_s = gen_s = 0.0
            failed: list[str] = []
            work = len(targets) * len(refs) + len(gen_targets) * len(probs)
            with tqdm(total=work, desc="eval", unit="item", disable=not progress) as bar:
                if on_ray:
                    bar.update(work - sum(len(x) for _, x in scores + jobs))
                    failed = _run_on_ray(cfg, run, queue, scores, jobs, bench, hashes, bar, ray_log)
                else:
                    score_s, gen_s = _run_local(cfg, backend, store, queue, (targets, gen_targets),
                                                (refs, probs, hashes), bar)
            queue.drain(block=True)
            backend.close()
            _mark_done(store, gen_targets, bench, cfg.generate.n_samples)
            counts = store.counts()
    stats = {"targets": len(targets), "generation_targets": len(gen_targets), "problems": len(probs),
             "references": len(refs), "problems_without_reference": sum(1 for p in probs if not p.solutions),
             **_timings(backend.load_s, score_s, gen_s), "judge_wait_s": round(queue.judge_wait_s, 2),
             "wall_s": round(time.perf_counter() - t_start, 2), "targets_by_status": dict(status), **counts}
    if ray_log is not None:
        summary = ray_log.summary()
        stats.update(model_load_s=summary["setup_s"], generation_s=summary.get("target", {}).get("work_s", 0.0),
                     ray_tasks=summary)
    _raise_failures(failed, queue.failed)
    return stats


def _run_local(cfg, backend, store, queue, targets_pair, problems, bar) -> tuple[float, float]:
    """The local eval loop: the likelihood pass on every target first (forward passes only), then
    generation on the generation targets; returns (scoring seconds, generation seconds)."""
    targets, gen_targets = targets_pair
    refs, probs, hashes = problems
    score_s = gen_s = 0.0
    for t in targets if refs else []:
        bar.set_postfix_str(f"scoring {t.arm} seed{t.seed} step {t.step}")
        score_s += score_target(backend, store, t, refs, cfg, bar)
    overlap = _overlap_judging()
    for t in gen_targets:
        bar.set_postfix_str(f"generating {t.arm} seed{t.seed} step {t.step}")
        gen_s += evaluate_target(backend, queue, t, probs, cfg, hashes, bar, overlap)
    return score_s, gen_s


def _timings(load_s: float, score_s: float, gen_s: float) -> dict:
    """Model load, scoring and generation seconds; the load falls into the first timed call."""
    first_is_scoring = score_s > 0
    return {"model_load_s": round(load_s, 2),
            "scoring_s": round(score_s - (load_s if first_is_scoring else 0), 2),
            "generation_s": round(gen_s - (0 if first_is_scoring else load_s), 2)}


def _raise_failures(targets: list[str], programs: list[str]) -> None:
    """After every other row is stored: one sentence for what could not be done."""
    if targets:
        raise EvalError(f"scoring or generation failed for {len(targets)} target(s), the others are stored "
                        f"(rerun `codediv eval` once fixed): {'; '.join(targets)}")
    if programs:
        raise EvalError(f"{len(programs)} program(s) could not be judged and stay unjudged (rerun `codediv eval` "
                        f"to judge them); the first: {programs[0]}")


# -- executor.kind: ray (codediv.distributed runs the tasks; this module says what they do) ----------
def _open_judge(cfg: ExperimentConfig, problems: dict[str, Problem], generation_jobs: int, ray_log):
    """The local Judge, or under Ray the driver side of judging on the cluster's CPUs."""
    if cfg.executor.kind != "ray":
        return Judge(cfg.judge.judge_config())
    from .distributed import connect, worker_counts
    from .distributed_judge import RayJudge
    _, n_judge = worker_counts(cfg.executor, connect(cfg.executor), generation_jobs)
    return RayJudge(cfg.executor, cfg.judge.judge_config(), problems, n_judge, ray_log)


@dataclasses.dataclass
class WorkerState:
    """What a generation worker builds once: the backend (the model, loaded once) and the problems by id."""

    backend: object
    problems: dict

    def close(self) -> None:
        self.backend.close()


def worker_setup(cfg: ExperimentConfig, bench: list[Problem]) -> WorkerState:
    return WorkerState(_build_backend(cfg, bench), {p.id: p for p in bench})


def generate_rows(state: WorkerState, target: Target, problem_ids: list[str], cfg: ExperimentConfig,
                  hashes: dict) -> list[dict]:
    """One target's generation task: the same batches the local path makes, returned as generation rows."""
    todo = [state.problems[pid] for pid in problem_ids]
    return [r for rows, _, _ in _batches(state.backend, target, todo, cfg, hashes) for r in rows]


def _run_on_ray(cfg: ExperimentConfig, run: RunDir, queue: _JudgingQueue, scores: list, jobs: list,
                bench: list[Problem], hashes: dict, bar, ray_log) -> list[str]:
    """Each target's scoring, then each target's generation, as tasks on one pool of workers (the
    model loaded once for both); rows stored (and generations judged) as targets finish.

    Returns the targets that failed, one line each (their rows are computed again on a rerun)."""
    from .distributed import TargetPool, connect, worker_counts
    if not (jobs or scores):
        return []
    n_gen, _ = worker_counts(cfg.executor, connect(cfg.executor), len(jobs) + len(scores))
    pool = TargetPool(cfg.executor, functools.partial(worker_setup, cfg, bench), n_gen, str(run.root), ray_log)
    name_of = lambda t: f"{t.arm} seed {t.seed} step {t.step}"  # noqa: E731
    scoring = {name_of(t): (t, [r.key for r in todo], cfg) for t, todo in scores}
    work = {name_of(t): (t, [p.id for p in todo], cfg, hashes) for t, todo in jobs}
    failed = []
    try:
        for name, rows, error in pool.map(score_rows, list(scoring.items())):
            if name is None:
                continue
            if error is not None:  # its generation would fail the same way: reported once, not tried
                log.error("%s: scoring failed: %s", name, error)
                failed.append(f"{name}: {error}")
                bar.update(len(work.pop(name, (None, []))[1]))
            else:
                queue.store.add_likelihoods(rows)
            bar.update(len(scoring[name][1]))
        for label, rows, error in pool.map(generate_rows, list(work.items())):
            if label is None:  # nothing finished for a while: store the verdicts that came back
                queue.drain(block=False)
                continue
            if error is not None:
                log.error("%s: generation failed: %s", label, error)
                failed.append(f"{label}: {error}")
            else:
                queue.store.add_generations(rows)
                queue.submit(rows)
                queue.drain(block=False)
            bar.update(len(work[label][1]))
    finally:
        pool.close()
    queue.judge.grow(worker_counts(cfg.executor, connect(cfg.executor), 0)[1])  # judging goes on: use every CPU
    return failed
