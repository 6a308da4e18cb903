"""``codediv run``: data → train → eval → analyze → report, resumable, with time estimates.

Each stage runs only when its inputs changed (by hash) or its outputs are incomplete; the
hashes are the run folder's (:mod:`codediv.rundir`), and this module calls each stage only
through its ``run_*`` function:

* data: skipped when ``data/manifest.json`` records the same ``inputs_hash``;
* train: each arm × seed is skipped when its final checkpoint exists and was made from the
  current data and training settings; an interrupted run resumes from its last complete
  checkpoint; a run made from other inputs is deleted, its stored results are forgotten, and
  it is retrained;
* eval: the store keeps or invalidates results per checkpoint (:mod:`codediv.evaluate`), so
  only what is new or changed is generated and judged;
* analyze and report are cheap and always rerun.

Between stages it prints the stage, elapsed time and an estimate of the time left, made from
work units (optimizer steps, prompts) and the rates measured so far in this run.
"""
from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

from .config import ExperimentConfig
from .records import load_problems
from .rundir import RunDir, checkpoint_steps, data_inputs_hash, training_settings_hash
from .store import Store

log = logging.getLogger(__name__)
STAGES = ("data", "train", "eval", "analyze", "report")


def stale_training_runs(cfg: ExperimentConfig, run: RunDir) -> list[tuple[str, int]]:
    """(arm, seed) of training runs whose checkpoints were made from other data or settings."""
    stale = []
    for arm in cfg.arm_names:
        if not (run.arm_data(arm) / "train.jsonl").exists():
            continue
        data_hash = run.arm_data_hash(arm)
        for seed in cfg.train.seeds:
            made_from = (data_hash, training_settings_hash(cfg, seed))
            metas = (c.meta() for c in run.checkpoints(arm, seed))
            if any((m.get("data_hash"), m.get("config_hash")) != made_from for m in metas):
                stale.append((arm, seed))
    return stale


def _discard_training_run(run: RunDir, arm: str, seed: int) -> None:
    log.warning("%s was trained from other data or settings; retraining it", run.train_run(arm, seed))
    shutil.rmtree(run.train_run(arm, seed))
    if run.store.exists():
        with Store(run.store) as store:
            store.drop_training_run(arm, seed)


class Clock:
    """Elapsed time per stage and a remaining-time estimate from measured rates.

    Work units: optimizer steps, likelihood scores (one reference of one problem at one
    checkpoint) and generated prompts. Their rates start as CPU guesses for SmolLM2-135M on
    2 cores; once training has run, the measured step time replaces the guess and scales the
    evaluation guesses by the same factor (same machine, same model). The benchmark size and
    the training plan are known only after the data stage (``set_benchmark``, ``set_plan``).
    """

    GUESS_STEP_S, GUESS_SCORE_S, GUESS_PROMPT_S = 7.5, 1.5, 3.0  # per example in a step / per score / per prompt

    def __init__(self, cfg: ExperimentConfig):
        self.cfg = cfg
        self.t0 = time.perf_counter()
        self.n_runs = len(cfg.arms) * len(cfg.train.seeds)
        self.set_plan(checkpoint_steps(cfg.train), cfg.train.max_steps)
        self.problems = self.references = cfg.benchmark.limit or 0
        self.sec_per_step = self.GUESS_STEP_S * cfg.train.batch_size * cfg.train.grad_accum
        self.scale = 1.0  # measured / guessed step time, applied to the evaluation guesses

    def set_plan(self, schedule: list[int], steps: int) -> None:
        """Work units from the training plan (known exactly once the data stage has run)."""
        per_run = len(schedule) if self.cfg.generate.checkpoints == "all" else 1
        base = int(self.cfg.generate.include_base)
        self.generated = self.n_runs * per_run + base
        self.scored = (self.n_runs * len(schedule) + base) if self.cfg.likelihood.enabled else 0
        self.steps = self.n_runs * steps

    def set_benchmark(self, path: Path) -> None:
        if path.exists():
            probs = load_problems(path).records
            self.problems = len(probs)
            self.references = sum(min(len(p.solutions), self.cfg.likelihood.references) for p in probs)

    def measured_training(self, seconds: float) -> None:
        if seconds > 5 and self.steps:
            guess = self.sec_per_step
            self.sec_per_step = seconds / self.steps
            self.scale = self.sec_per_step / guess

    def remaining(self, stage: str) -> float:
        g = self.cfg.generate
        per_prompt = self.GUESS_PROMPT_S * g.n_samples * g.max_new_tokens / 128 * self.scale
        left = 0.0
        if STAGES.index(stage) <= STAGES.index("train"):
            left += self.steps * self.sec_per_step
        if STAGES.index(stage) <= STAGES.index("eval"):
            left += self.scored * self.references * self.GUESS_SCORE_S * self.scale
            left += self.generated * self.problems * per_prompt
        return left + 20.0

    def say(self, stage: str) -> None:
        el = time.perf_counter() - self.t0
        print(f"[{STAGES.index(stage) + 1}/{len(STAGES)}] {stage}: elapsed {el / 60:.1f} min, "
              f"about {self.remaining(stage) / 60:.0f} min left", flush=True)


def run_all(cfg: ExperimentConfig, run_dir: str | Path, progress: bool = True) -> dict:
    """Run every stage that needs running; returns per-stage seconds and the report path."""
    from .analyze import run_analyze
    from .dataset import run_data
    from .evaluate import run_eval
    from .planning import run_warning
    from .report import run_report
    from .train import run_train
    run = RunDir(run_dir)
    run.write_config(cfg)
    times: dict[str, float] = {}
    clock = Clock(cfg)

    def timed(stage: str, fn) -> None:
        clock.say(stage)
        t = time.perf_counter()
        fn()
        times[stage] = round(time.perf_counter() - t, 1)

    if run.manifest.exists() and json.loads(run.manifest.read_text()).get("inputs_hash") == data_inputs_hash(cfg):
        print("[1/5] data: up to date, skipped", flush=True)
    else:
        timed("data", lambda: run_data(cfg, run.root, progress))
    plan = run.train_plan(cfg)
    clock.set_plan(plan.schedule, plan.steps)
    clock.set_benchmark(run.benchmark)
    warning = run_warning(cfg, run.root)  # said before any GPU hour is spent, not after
    if warning:
        print(warning, flush=True)
    for arm, seed in stale_training_runs(cfg, run):
        _discard_training_run(run, arm, seed)
    timed("train", lambda: run_train(cfg, run.root, resume=True))
    clock.measured_training(times["train"])
    eval_stats: dict = {}
    timed("eval", lambda: eval_stats.update(run_eval(cfg, run.root, progress=progress)))
    timed("analyze", lambda: run_analyze(cfg, run.root))
    report: list[Path] = []
    timed("report", lambda: report.append(run_report(cfg, run.root)))
    return {"seconds": times, "eval": eval_stats, "report": str(report[0]),
            "total_s": round(time.perf_counter() - clock.t0, 1)}
