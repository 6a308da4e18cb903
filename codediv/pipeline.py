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

    The per-step and per-prompt rates start as rough CPU guesses (SmolLM2-135M on 2 cores) and
    the training rate is replaced by the measured one once training has run; the benchmark size
    is known only after the data stage (``set_benchmark``).
    """

    def __init__(self, cfg: ExperimentConfig):
        self.t0 = time.perf_counter()
        self.n_runs = len(cfg.arms) * len(cfg.train.seeds)
        t = cfg.train
        self.targets = self.n_runs * len(checkpoint_steps(t)) + int(cfg.generate.include_base)
        self.steps = self.n_runs * t.max_steps
        self.prompts = self.targets * (cfg.benchmark.limit or 0)
        self.sec_per_step = 15.0 * cfg.train.batch_size * cfg.train.grad_accum / 2  # CPU guess until measured
        self.sec_per_prompt = 3.0 * cfg.generate.n_samples * cfg.generate.max_new_tokens / 128

    def set_benchmark(self, path: Path) -> None:
        if path.exists():
            self.prompts = self.targets * sum(1 for line in path.open() if line.strip())

    def remaining(self, stage: str) -> float:
        left = 0.0
        if STAGES.index(stage) <= STAGES.index("train"):
            left += self.steps * self.sec_per_step
        if STAGES.index(stage) <= STAGES.index("eval"):
            left += self.prompts * self.sec_per_prompt
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
    clock.set_benchmark(run.benchmark)
    warning = run_warning(cfg, run.root)  # said before any GPU hour is spent, not after
    if warning:
        print(warning, flush=True)
    for arm, seed in stale_training_runs(cfg, run):
        _discard_training_run(run, arm, seed)
    timed("train", lambda: run_train(cfg, run.root, resume=True))
    if times["train"] > 5:
        clock.sec_per_step = times["train"] / max(1, clock.steps)
    eval_stats: dict = {}
    timed("eval", lambda: eval_stats.update(run_eval(cfg, run.root, progress=progress)))
    timed("analyze", lambda: run_analyze(cfg, run.root))
    report: list[Path] = []
    timed("report", lambda: report.append(run_report(cfg, run.root)))
    return {"seconds": times, "eval": eval_stats, "report": str(report[0]),
            "total_s": round(time.perf_counter() - clock.t0, 1)}
