"""``codediv run``: data → train → eval → analyze → report, resumable, with time estimates.

Each stage runs only when its inputs changed (by hash) or its outputs are incomplete:

* data: skipped when ``data/manifest.json`` records the same ``inputs_hash``;
* train: each arm × seed is skipped when its final checkpoint exists and was made from the
  current data and training settings; an interrupted run resumes from its last complete
  checkpoint; a run made from other inputs is deleted and retrained;
* eval: ``eval_inputs.json`` records the hash of the generation and judge settings, the
  benchmark file and every checkpoint's ``meta.json``; when it changes, ``results.sqlite`` is
  rebuilt, otherwise only missing rows are generated (the store itself is resumable);
* analyze and report are cheap and always rerun.

Between stages it prints the stage, elapsed time and an estimate of the time left, made from
work units (optimizer steps, prompts) and the rates measured so far in this run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import shutil
import time
from pathlib import Path

from .config import ExperimentConfig, arms as resolve_arms, save_config

log = logging.getLogger(__name__)
STAGES = ("data", "train", "eval", "analyze", "report")


def _stale_train(cfg: ExperimentConfig, run_dir: Path) -> list[Path]:
    """Training runs whose checkpoints were made from other data or settings."""
    from .train import arm_data_hash, run_dir_for, seeded, training_settings_hash
    stale = []
    for arm in resolve_arms(cfg):
        data = run_dir / "data" / arm["name"]
        if not (data / "train.jsonl").exists():
            continue
        data_hash = arm_data_hash(data)
        for seed in cfg.train.seeds:
            out = run_dir_for(run_dir, arm["name"], seed)
            settings = training_settings_hash(seeded(cfg, seed))
            for meta_path in out.glob("checkpoint-*/meta.json"):
                meta = json.loads(meta_path.read_text())
                if meta.get("data_hash") != data_hash or meta.get("config_hash") != settings:
                    stale.append(out)
                    break
    return stale


def eval_inputs_hash(cfg: ExperimentConfig, run_dir: Path) -> str:
    h = hashlib.sha256(json.dumps([dataclasses.asdict(cfg.generate), dataclasses.asdict(cfg.judge),
                                   cfg.model.base], sort_keys=True).encode())
    bench = run_dir / "data" / "benchmark.jsonl"
    if bench.exists():
        h.update(bench.read_bytes())
    for meta in sorted((run_dir / "train").glob("*/seed*/checkpoint-*/meta.json")):
        h.update(str(meta.relative_to(run_dir)).encode() + meta.read_bytes())
    return h.hexdigest()[:16]


class Clock:
    """Elapsed time per stage and a remaining-time estimate from measured rates.

    The per-step and per-prompt rates start as rough CPU guesses (SmolLM2-135M on 2 cores) and
    the training rate is replaced by the measured one once training has run; the benchmark size
    is known only after the data stage (``set_benchmark``).
    """

    def __init__(self, cfg: ExperimentConfig):
        from .train import checkpoint_steps
        self.t0 = time.perf_counter()
        self.n_runs = len(resolve_arms(cfg)) * len(cfg.train.seeds)
        t = cfg.train
        self.targets = self.n_runs * len(checkpoint_steps(t.max_steps, t.checkpoint_start, t.checkpoint_every)) \
            + int(cfg.generate.include_base)
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
    from .dataset import data_inputs_hash, run_data
    from .evaluate import run_eval
    from .planning import run_warning
    from .report import run_report
    from .train import run_train
    run_dir = Path(run_dir)
    save_config(cfg, run_dir)
    times: dict[str, float] = {}
    clock = Clock(cfg)

    def timed(stage: str, fn) -> None:
        clock.say(stage)
        t = time.perf_counter()
        fn()
        times[stage] = round(time.perf_counter() - t, 1)

    manifest = run_dir / "data" / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text()).get("inputs_hash") == data_inputs_hash(cfg):
        print("[1/5] data: up to date, skipped", flush=True)
    else:
        timed("data", lambda: run_data(cfg, run_dir, progress))
    clock.set_benchmark(run_dir / "data" / "benchmark.jsonl")
    warning = run_warning(cfg, run_dir)  # said before any GPU hour is spent, not after
    if warning:
        print(warning, flush=True)
    for out in _stale_train(cfg, run_dir):
        log.warning("%s was trained from other data or settings; retraining it", out)
        shutil.rmtree(out)
    timed("train", lambda: run_train(cfg, run_dir, resume=True))
    if times["train"] > 5:
        clock.sec_per_step = times["train"] / max(1, clock.steps)
    stamp = run_dir / "eval_inputs.json"
    h = eval_inputs_hash(cfg, run_dir)
    if stamp.exists() and json.loads(stamp.read_text()).get("hash") != h:
        log.warning("generation/judge settings, benchmark or checkpoints changed: rebuilding results.sqlite")
        for suffix in ("", "-wal", "-shm"):
            (run_dir / f"results.sqlite{suffix}").unlink(missing_ok=True)
    stamp.write_text(json.dumps({"hash": h}) + "\n")
    eval_stats: dict = {}
    timed("eval", lambda: eval_stats.update(run_eval(cfg, run_dir, progress=progress)))
    timed("analyze", lambda: run_analyze(cfg, run_dir))
    report: list[Path] = []
    timed("report", lambda: report.append(run_report(cfg, run_dir)))
    return {"seconds": times, "eval": eval_stats, "report": str(report[0]),
            "total_s": round(time.perf_counter() - clock.t0, 1)}
