"""The run folder: the one place that knows where every stage's files live.

Stages meet only through these files, so no stage spells a path or parses a folder name:
each asks a :class:`RunDir`. Layout of ``runs/<name>/`` (``--run-dir`` to choose)::

    config.yaml                              the fully resolved config
    data/<arm>/{train,val,test}.jsonl        one training example a line      (data)
    data/benchmark.jsonl, data/manifest.json tagged benchmark; hashes, counts  (data)
    train/<arm>/seed<k>/checkpoint-<step:06d>/  adapter + meta.json            (train)
    train/<arm>/seed<k>/metrics.jsonl, hf/   training log; trainer state       (train)
    results.sqlite                           generations + judgments           (eval)
    analysis/                                JSON and CSV                      (analyze)
    report/                                  report.md, report.html, figures   (report)
    publish/<arm>-seed<k>/                   selected adapter + model card     (publish)

Checkpoints: a checkpoint is *complete* when its folder has its final name and a
``meta.json``; it is written as ``checkpoint-<step>.tmp`` and renamed into place
(:meth:`RunDir.publish_checkpoint`), so a kill while saving never leaves a half checkpoint that
looks whole, and discovery (:meth:`RunDir.checkpoints`) lists complete ones only, in step
order. A checkpoint's :attr:`Checkpoint.content_hash` covers its adapter files: the eval
stage keys stored results by it, so a retrained checkpoint is re-evaluated and an unchanged
one never is.

Staleness: every artifact records the hash of what it was made from. The hashes that decide
whether data or a training run is stale live here (``data_inputs_hash``,
``training_settings_hash``, :meth:`RunDir.arm_data_hash`), so ``codediv run`` checks them
without importing a stage.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .config import ExperimentConfig, TrainSettings, config_hash, to_yaml
from .errors import CodedivError
from .records import Problem, load_problems

ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json")  #: what a checkpoint holds beside meta.json
BASE = "base"  #: the arm name the base model is stored under (seed 0, step 0)
_CHECKPOINT = re.compile(r"checkpoint-(\d+)$")


class RunFolderError(CodedivError):
    """A file a stage needs is not in the run folder; the message names the command that makes it."""


def checkpoint_name(step: int) -> str:
    return f"checkpoint-{step:06d}"


def checkpoint_steps(train: TrainSettings, steps: int | None = None) -> list[int]:
    """The schedule over ``steps`` optimizer steps (default ``train.max_steps``), final step included:
    ``train.checkpoints`` evenly spread checkpoints when set, else start, start+every, ... ."""
    last = steps if steps is not None else train.max_steps
    if train.checkpoints:
        n = min(train.checkpoints, last)
        return sorted({max(1, round(last * i / n)) for i in range(1, n + 1)})
    start, every = train.checkpoint_start, train.checkpoint_every
    found = list(range(start, last, every)) if start > 0 else []
    return sorted(set(found + [last]))


@dataclass(frozen=True)
class TrainPlan:
    """How long every training run of an experiment is, from its settings and its arms' data."""

    steps: int  #: optimizer steps of every run (the same for every arm: fair arms)
    schedule: list[int]  #: checkpoint steps
    examples: dict[str, int]  #: training examples per arm
    epochs: dict[str, float]  #: passes over its own training split that each arm makes

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def train_plan(train: TrainSettings, examples: dict[str, int]) -> TrainPlan:
    """Steps from ``train.epochs`` over the largest arm (or ``train.max_steps``), and epochs per arm.

    Every arm gets the same number of optimizer steps and examples per step, so with the usual
    equal example budgets every arm also sees the same number of examples; an arm with fewer
    training examples makes slightly more passes over them, and the plan says how many.
    """
    per_step = train.batch_size * train.grad_accum
    largest = max(examples.values(), default=0)
    if train.epochs is not None and largest:
        steps = max(1, math.ceil(train.epochs * largest / per_step))
    else:
        steps = train.max_steps
    epochs = {arm: round(steps * per_step / n, 3) if n else 0.0 for arm, n in examples.items()}
    return TrainPlan(steps, checkpoint_steps(train, steps), dict(examples), epochs)


@dataclass(frozen=True)
class Checkpoint:
    """One complete checkpoint folder of a training run."""

    arm: str  #: the arm it was trained on
    seed: int  #: the training seed
    step: int  #: optimizer step
    path: Path  #: the folder (adapter files + meta.json)

    def meta(self) -> dict:
        return json.loads((self.path / "meta.json").read_text())

    @property
    def content_hash(self) -> str:
        """Hash of the adapter files (names and bytes): what generation from it depends on.

        The adapter config is hashed in a canonical form: PEFT writes ``target_modules`` from a
        set, in an order that changes with the process's hash seed, so the same adapter retrained
        in another process would otherwise look new and have its results recomputed."""
        h = hashlib.sha256()
        for name in ADAPTER_FILES:
            f = self.path / name
            if f.exists():
                h.update(name.encode() + b"\0")
                if name.endswith(".json"):
                    h.update(_canonical_config(f))
                    continue
                with open(f, "rb") as fh:
                    for chunk in iter(lambda: fh.read(1 << 22), b""):
                        h.update(chunk)
        return h.hexdigest()[:16]


def _canonical_config(path: Path) -> bytes:
    """An adapter config's JSON with sorted keys and a sorted ``target_modules`` list."""
    try:
        cfg = json.loads(path.read_text())
    except (OSError, ValueError):
        return path.read_bytes()
    if isinstance(cfg, dict) and isinstance(cfg.get("target_modules"), list):
        cfg["target_modules"] = sorted(cfg["target_modules"], key=str)
    return json.dumps(cfg, sort_keys=True).encode()


def checkpoint_at(path: str | Path) -> Checkpoint:
    """The checkpoint a folder ``.../train/<arm>/seed<k>/checkpoint-<step>`` holds."""
    path = Path(path)
    m, seed = _CHECKPOINT.match(path.name), path.parent.name
    if not m or not seed.startswith("seed") or not seed[4:].isdigit():
        raise ValueError(f"{path} is not a train/<arm>/seed<k>/checkpoint-<step> folder")
    return Checkpoint(path.parent.parent.name, int(seed[4:]), int(m.group(1)), path)


class RunDir:
    """Paths of one run folder, checkpoint discovery and publication."""

    def __init__(self, root: str | Path):
        # Absolute: paths derived from it travel to Ray workers, whose working folder is not ours.
        self.root = Path(root).resolve()

    def __repr__(self) -> str:
        return f"RunDir({str(self.root)!r})"

    # -- files of each stage -------------------------------------------------------------
    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    def write_config(self, cfg: ExperimentConfig) -> Path:
        """Save the fully resolved config at the run's root (`codediv run`, `data build` and `train` do, first)."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.config.write_text(to_yaml(cfg))
        return self.config

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def benchmark(self) -> Path:
        return self.data / "benchmark.jsonl"

    @property
    def manifest(self) -> Path:
        return self.data / "manifest.json"

    def arm_data(self, arm: str) -> Path:
        """``data/<arm>/``: the arm's ``train.jsonl``, ``val.jsonl`` and ``test.jsonl``."""
        return self.data / arm

    @property
    def train(self) -> Path:
        return self.root / "train"

    def train_run(self, arm: str, seed: int) -> Path:
        """``train/<arm>/seed<k>/``: the folder of one training run."""
        return self.train / arm / f"seed{seed}"

    def metrics(self, arm: str, seed: int) -> Path:
        return self.train_run(arm, seed) / "metrics.jsonl"

    def trainer_state(self, arm: str, seed: int, step: int) -> Path:
        """The trainer's own resumable state at ``step`` (transformers names it ``checkpoint-<step>``)."""
        return self.train_run(arm, seed) / "hf" / f"checkpoint-{step}"

    @property
    def store(self) -> Path:
        return self.root / "results.sqlite"

    @property
    def analysis(self) -> Path:
        return self.root / "analysis"

    @property
    def report(self) -> Path:
        return self.root / "report"

    def publish(self, arm: str, seed: int) -> Path:
        return self.root / "publish" / f"{arm}-seed{seed}"

    # -- reading what other stages wrote -------------------------------------------------
    def benchmark_problems(self) -> tuple[list[Problem], list[str]]:
        """The benchmark the data stage wrote, and one error per bad line."""
        if not self.benchmark.exists():
            raise RunFolderError(f"{self.benchmark} does not exist; run `codediv data build` first")
        rep = load_problems(self.benchmark)
        return rep.records, rep.errors

    def require(self, path: Path, command: str) -> Path:
        """``path`` when it exists; otherwise one sentence naming the command that makes it."""
        if not path.exists():
            raise RunFolderError(f"{path} does not exist; run `{command}` first")
        return path

    def metrics_files(self) -> list[Path]:
        """Every training run's ``metrics.jsonl``, sorted."""
        return sorted(self.train.glob("*/seed*/metrics.jsonl"))

    def train_examples(self, arm: str) -> int:
        """Lines of ``data/<arm>/train.jsonl`` (0 before the data stage)."""
        path = self.arm_data(arm) / "train.jsonl"
        if not path.exists():
            return 0
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())

    def train_plan(self, cfg: ExperimentConfig) -> TrainPlan:
        """The experiment's :class:`TrainPlan` from the arms' training splits in this folder."""
        return train_plan(cfg.train, {arm: self.train_examples(arm) for arm in cfg.arm_names})

    def arm_data_hash(self, arm: str) -> str:
        """Hash of an arm's train (+ val) split: what a checkpoint's ``meta.json`` records as data_hash."""
        h = hashlib.sha256()
        for name in ("train.jsonl", "val.jsonl"):
            if (self.arm_data(arm) / name).exists():
                h.update((self.arm_data(arm) / name).read_bytes())
        return h.hexdigest()[:16]

    # -- checkpoints -------------------------------------------------------------------
    def checkpoint(self, arm: str, seed: int, step: int) -> Checkpoint:
        return Checkpoint(arm, seed, step, self.train_run(arm, seed) / checkpoint_name(step))

    def checkpoints(self, arm: str, seed: int) -> list[Checkpoint]:
        """The complete checkpoints of one training run, in step order."""
        folder = self.train_run(arm, seed)
        found = []
        for d in folder.glob("checkpoint-*") if folder.exists() else []:
            m = _CHECKPOINT.match(d.name)
            if m and (d / "meta.json").exists():
                found.append(Checkpoint(arm, seed, int(m.group(1)), d))
        return sorted(found, key=lambda c: c.step)

    def begin_checkpoint(self, arm: str, seed: int, step: int) -> Path:
        """An empty ``checkpoint-<step>.tmp`` folder to write a checkpoint into."""
        tmp = self.train_run(arm, seed) / (checkpoint_name(step) + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        return tmp

    def publish_checkpoint(self, tmp: Path, meta: dict) -> Checkpoint:
        """Write ``meta.json`` into ``tmp`` (synced), then rename it into place: whole or not at all."""
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        with open(tmp / "meta.json") as fh:
            os.fsync(fh.fileno())
        final = tmp.with_name(tmp.name.removesuffix(".tmp"))
        if final.exists():
            shutil.rmtree(final)
        os.rename(tmp, final)
        return checkpoint_at(final)

    def discard_partial_checkpoints(self, arm: str, seed: int) -> None:
        """Remove ``checkpoint-*.tmp`` folders: all a kill while saving leaves behind."""
        for tmp in self.train_run(arm, seed).glob("checkpoint-*.tmp"):
            shutil.rmtree(tmp)


# -- the hashes that tell a stale artifact ----------------------------------------------
def data_inputs_hash(cfg: ExperimentConfig) -> str:
    """What ``data/`` is made from: the data seed and the data, benchmark and judge settings."""
    return config_hash({"seed": cfg.seed, "data": dataclasses.asdict(cfg.data),
                        "benchmark": dataclasses.asdict(cfg.benchmark), "judge": dataclasses.asdict(cfg.judge)})


def training_settings_hash(cfg: ExperimentConfig, seed: int) -> str:
    """What one training run is made from besides its data (recorded as ``config_hash`` in meta.json)."""
    one = cfg.for_seed(seed)
    return config_hash({"model": dataclasses.asdict(one.model), "lora": dataclasses.asdict(one.lora),
                        "train": dataclasses.asdict(one.train)})
