"""The train stage: LoRA instruction tuning of one base model on each arm, checkpoints on a schedule.

``run_train(cfg, run_dir)`` trains every arm × seed (or the ones asked for) from
``data/<arm>/{train,val}.jsonl`` and writes, per run, ``train/<arm>/seed<seed>/``:

* ``checkpoint-<step:06d>/``: the LoRA adapter (``adapter_model.safetensors``,
  ``adapter_config.json``) and ``meta.json`` (step, epoch, tokens seen, train loss, val loss,
  learning rate, data and config hashes, arm, seed, base model). Written to a temporary folder
  and renamed into place: a kill while saving never leaves a half checkpoint that looks whole.
* ``metrics.jsonl``: train loss, learning rate and grad norm every logging step, val loss at
  every checkpoint.
* ``hf/``: the trainer's own resumable state (optimizer, scheduler, RNG) at each checkpoint.

The wrapper is thin: our settings become TRL's ``SFTConfig`` + PEFT's ``LoraConfig`` and
``SFTTrainer(...).train()`` does the work. Examples are conversational prompt/completion pairs
(system + user → assistant), for which TRL computes the loss on the completion tokens only.
Examples whose prompt alone fills ``max_length`` would train on nothing; they are dropped
before training (and counted), and a collator guard refuses any batch without a single label.

Fair arms: every arm and seed uses the same optimiser settings, schedule and number of steps:
``train.epochs`` passes over the largest arm's training split (or ``train.max_steps``), so the
same number of examples per arm with the usual equal budgets
(:func:`codediv.rundir.train_plan`); the settings and their hash are recorded in each
``meta.json``, with the epoch and tokens seen at that step.
``--resume`` continues a run from its last complete checkpoint (same data order, optimizer and
RNG state). Under ``accelerate launch`` the same code trains data-parallel; only the main
process writes checkpoints and metrics. Under ``executor.kind: ray`` every arm × seed is its
own Ray task (:func:`train_task`, through :mod:`codediv.distributed`), side by side; a rerun
task resumes from its last complete checkpoint.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import math
import shutil
from pathlib import Path

from .config import ExperimentConfig
from .errors import CodedivError
from .rundir import RunDir, training_settings_hash

log = logging.getLogger(__name__)


class TrainError(CodedivError):
    """Training cannot start as configured; the message says what to do."""


def load_split(path: Path, tokenizer, max_length: int) -> tuple[list[dict], int]:
    """Prompt/completion rows from an arm split; drops rows whose prompt leaves no room to learn."""
    rows, dropped = [], 0
    if not path.exists():
        return rows, 0
    for line in path.read_text().splitlines():
        ex = json.loads(line)
        prompt, completion = ex["messages"][:-1], ex["messages"][-1:]
        ids = tokenizer.apply_chat_template(prompt, tokenize=True, add_generation_prompt=True)
        n_prompt = len(ids["input_ids"] if hasattr(ids, "keys") else ids)
        if n_prompt >= max_length - 8:  # at least a few completion tokens must survive truncation
            dropped += 1
            continue
        rows.append({"prompt": prompt, "completion": completion})
    return rows, dropped


def bf16_autocast_supported() -> bool:
    """bf16 mixed precision pays off here: a GPU with bf16, or a CPU with native bf16 (AVX512-BF16/AMX).

    With ``model.dtype: auto`` weights stay fp32 and the forward/backward run under bf16 autocast
    (TRL's own default); on this project's 2-core CPU that is ~1.6x faster than plain fp32.
    """
    import torch
    if torch.cuda.is_available():
        return torch.cuda.is_bf16_supported()
    cpu = torch.cpu
    return bool(getattr(cpu, "_is_avx512_bf16_supported", lambda: False)()
                or getattr(cpu, "_is_amx_tile_supported", lambda: False)())


def build_trainer(cfg: ExperimentConfig, model, tokenizer, train_rows: list[dict], val_rows: list[dict],
                  out: Path, callbacks: list, use_cpu: bool | None = None):
    """TRL SFTTrainer with our settings (the whole mapping from our config to TRL/PEFT)."""
    from .model import quiet_hf
    with quiet_hf():  # TRL's per-split preparation bars and deprecation notices are noise in a run
        return _trainer(cfg, model, tokenizer, train_rows, val_rows, out, callbacks, use_cpu)


def _trainer(cfg: ExperimentConfig, model, tokenizer, train_rows, val_rows, out: Path, callbacks, use_cpu):
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer
    ProgressCallback, StepBar = _step_bar()
    t, lo = cfg.train, cfg.lora
    bf16 = model.dtype == torch.bfloat16 or (cfg.model.dtype == "auto" and bf16_autocast_supported())
    args = SFTConfig(
        output_dir=str(out / "hf"), max_steps=t.max_steps, per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.batch_size, gradient_accumulation_steps=t.grad_accum,
        learning_rate=t.learning_rate, lr_scheduler_type=t.lr_scheduler,
        warmup_steps=math.ceil(t.warmup_ratio * t.max_steps), weight_decay=t.weight_decay,
        # Keep two trainer states: the trainer prunes old ones before our callback publishes the new
        # checkpoint, so a kill in between must still find the state of the last published one.
        logging_steps=t.logging_steps, save_strategy="no", save_total_limit=2, eval_strategy="no", report_to=list(t.report_to),
        seed=t.seeds[0], data_seed=t.seeds[0], max_length=t.max_length, bf16=bf16, fp16=False,
        gradient_checkpointing=t.gradient_checkpointing, completion_only_loss=True,
        include_num_input_tokens_seen=True, dataloader_num_workers=0, disable_tqdm=False,  # steps bar with ETA
        use_cpu=bool(use_cpu) if use_cpu is not None else not torch.cuda.is_available(),
        save_only_model=False, dataset_num_proc=None)
    lora = LoraConfig(r=lo.r, lora_alpha=lo.alpha, lora_dropout=lo.dropout, target_modules=lo.target_modules,
                      task_type="CAUSAL_LM", bias="none")
    trainer = SFTTrainer(model=model, args=args, train_dataset=Dataset.from_list(train_rows),
                         eval_dataset=Dataset.from_list(val_rows) if val_rows else None,
                         processing_class=tokenizer, peft_config=lora, callbacks=callbacks)
    trainer.data_collator = LabelGuard(trainer.data_collator)
    if trainer.pop_callback(ProgressCallback) is not None:
        trainer.add_callback(StepBar)  # the step bar alone: every logged dict lives in metrics.jsonl
    return trainer


def _step_bar():
    from transformers.trainer_callback import ProgressCallback

    class StepBar(ProgressCallback):
        """transformers' step bar (with its time left) without printing every logged dict under it."""

        def on_log(self, args, state, control, logs=None, **kwargs):
            return None
    return ProgressCallback, StepBar


class LabelGuard:
    """Wraps a collator: a batch with no completion token to learn from is an error, not a no-op."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, examples):
        batch = self.inner(examples)
        if "labels" in batch and bool((batch["labels"] != -100).sum() == 0):
            raise TrainError("a training batch has no completion tokens to learn from (all labels masked); "
                             "raise train.max_length or shorten the prompts")
        return batch

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _begin_run(cfg: ExperimentConfig, run: RunDir, arm: str, seed: int, resume: bool) -> bool:
    """Ready one run's folder: False when it is already trained to its last step; without
    ``resume`` an error when it holds checkpoints, else a fresh folder."""
    out = run.train_run(arm, seed)
    done = [c.step for c in run.checkpoints(arm, seed)]
    if done and done[-1] == run.train_plan(cfg).steps:
        log.info("%s seed %d: already trained to step %d", arm, seed, done[-1])
        return False
    if done and not resume:
        raise TrainError(f"{out} already holds checkpoints up to step {done[-1]}; pass --resume to continue "
                         f"or delete the folder to start over")
    if not resume and out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    return True


def train_one(cfg: ExperimentConfig, run_dir: Path, arm: str, seed: int, base_folder: Path,
              resume: bool = False, use_cpu: bool | None = None) -> Path:
    """Train one arm with one seed; returns its training run folder."""
    from .model import load_model, load_tokenizer, quiet_hf
    from ._train_callbacks import ScheduleCallback, truncate_metrics
    run = RunDir(run_dir)
    data = run.arm_data(arm)
    if not (data / "train.jsonl").exists():
        raise TrainError(f"{data / 'train.jsonl'} does not exist; run `codediv data build` first")
    out = run.train_run(arm, seed)
    if not _begin_run(cfg, run, arm, seed, resume):
        return out
    done = [c.step for c in run.checkpoints(arm, seed)]
    plan = run.train_plan(cfg)
    schedule = plan.schedule
    run.discard_partial_checkpoints(arm, seed)
    tok = load_tokenizer(base_folder)
    train_rows, dropped = load_split(data / "train.jsonl", tok, cfg.train.max_length)
    val_rows, _ = load_split(data / "val.jsonl", tok, cfg.train.max_length)
    if not train_rows:
        raise TrainError(f"no usable training examples in {data / 'train.jsonl'}")
    meta = {"arm": arm, "seed": seed, "base_model": cfg.model.base, "config_hash": training_settings_hash(cfg, seed),
            "data_hash": run.arm_data_hash(arm), "planned_steps": plan.steps,
            "train_examples": len(train_rows), "dropped_too_long": dropped}
    model = load_model(base_folder, cfg.model.dtype)
    cb = ScheduleCallback(run, arm, seed, schedule, meta)
    # The steps come from the plan (train.epochs over the largest arm, or train.max_steps).
    one = cfg.for_seed(seed)
    one = dataclasses.replace(one, train=dataclasses.replace(one.train, max_steps=plan.steps))
    trainer = build_trainer(one, model, tok, train_rows, val_rows, out, [cb], use_cpu)
    cb.trainer = trainer
    ckpt = None
    truncate_metrics(run.metrics(arm, seed), done[-1] if done else 0)  # the resumed run logs these again
    if resume and done:
        ckpt = str(run.trainer_state(arm, seed, done[-1]))
        log.info("%s seed %d: resuming from step %d", arm, seed, done[-1])
    with quiet_hf():  # keeps the trainer's own step bar; drops transformers' notices about its internals
        trainer.train(resume_from_checkpoint=ckpt)
    return out


def run_train(cfg: ExperimentConfig, run_dir: str | Path, arms: list[str] | None = None,
              seeds: list[int] | None = None, resume: bool = False) -> Path:
    """The ``codediv train`` stage; returns ``<run>/train``."""
    from .model import resolve_base
    run_dir = Path(run_dir)
    names = cfg.arm_names
    unknown = sorted(set(arms or []) - set(names))
    if unknown:
        raise TrainError(f"unknown arm(s) {', '.join(unknown)}; the config defines {', '.join(names)}")
    if cfg.executor.kind == "ray":
        _train_on_ray(cfg, run_dir, [(a, s) for a in arms or names for s in seeds or cfg.train.seeds], resume)
        return RunDir(run_dir).train
    base = resolve_base(cfg.model.base)
    for arm in arms or names:
        for seed in seeds or cfg.train.seeds:
            log.info("training arm %s, seed %d", arm, seed)
            train_one(cfg, run_dir, arm, seed, base, resume)
    return RunDir(run_dir).train


# -- executor.kind: ray (codediv.distributed runs the tasks) --------------------------------------------
def train_task(cfg: ExperimentConfig, run_dir: str, arm: str, seed: int) -> str:
    """One arm x seed as a Ray task: the base model is resolved on the task's node; a rerun task resumes."""
    from .model import resolve_base
    return str(train_one(cfg, Path(run_dir), arm, seed, resolve_base(cfg.model.base), resume=True))


def _train_on_ray(cfg: ExperimentConfig, run_dir: Path, runs: list[tuple[str, int]], resume: bool) -> None:
    """Every run that needs training as its own task, side by side; failures reported together at the end."""
    from .distributed import connect, run_tasks
    connect(cfg.executor)  # before any folder is touched
    run = RunDir(run_dir)
    todo = [(a, s) for a, s in runs if _begin_run(cfg, run, a, s, resume)]  # --resume checked here, once
    jobs = [(f"training arm {a} seed {s}", (cfg, str(run.root), a, s)) for a, s in todo]
    _, failed = run_tasks(cfg.executor, train_task, jobs, run_dir=str(run.root))
    if failed:
        raise TrainError(f"{len(failed)} of {len(jobs)} training run(s) failed, the others are trained (rerun to "
                         f"resume them): " + "; ".join(f"{k}: {v}" for k, v in sorted(failed.items())))
