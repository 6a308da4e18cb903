"""Trainer callbacks for the train stage: the checkpoint schedule, metrics.jsonl, atomic checkpoints.

Order inside one optimizer step (transformers' Trainer): log → evaluate → save. So when a
scheduled step's checkpoint is saved, its train loss and val loss are already known and go
into its ``meta.json``.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from transformers import TrainerCallback

from .rundir import ADAPTER_FILES, RunDir


class ScheduleCallback(TrainerCallback):
    """Evaluate and save at the scheduled steps; log metrics; publish checkpoints atomically."""

    def __init__(self, run: RunDir, arm: str, seed: int, schedule: list[int], meta: dict):
        self.run, self.arm, self.seed = run, arm, seed
        self.schedule = set(schedule)
        self.meta = meta
        self.trainer = None
        self.last_loss: float | None = None
        self.last_lr: float | None = None
        self.val_loss: dict[int, float] = {}

    def on_step_end(self, args, state, control, **kw):
        if state.global_step in self.schedule:
            # Log at every checkpoint: its meta.json gets this step's train loss, and a run resumed
            # from it averages later losses over the same steps as an uninterrupted run.
            control.should_log = True
            control.should_save = True
            if self.trainer is not None and self.trainer.eval_dataset is not None:
                control.should_evaluate = True
        return control

    def on_log(self, args, state, control, logs=None, **kw):
        if not state.is_world_process_zero or not logs:
            return
        row = {"step": state.global_step}
        if "eval_loss" in logs:
            row["val_loss"] = logs["eval_loss"]
        elif "loss" in logs:
            self.last_loss, self.last_lr = logs["loss"], logs.get("learning_rate")
            row.update(epoch=logs.get("epoch", state.epoch), loss=logs["loss"], learning_rate=logs.get("learning_rate"),
                       grad_norm=logs.get("grad_norm"), tokens_seen=int(state.num_input_tokens_seen or 0))
        else:
            return  # the end-of-training summary repeats what is already logged
        with open(self.run.metrics(self.arm, self.seed), "a") as fh:
            fh.write(json.dumps(row) + "\n")

    def on_evaluate(self, args, state, control, metrics=None, **kw):
        if metrics and "eval_loss" in metrics:
            self.val_loss[state.global_step] = float(metrics["eval_loss"])

    def on_save(self, args, state, control, **kw):
        if not state.is_world_process_zero or state.global_step not in self.schedule:
            return
        step = state.global_step
        src = self.run.trainer_state(self.arm, self.seed, step)
        tmp = self.run.begin_checkpoint(self.arm, self.seed, step)
        for name in ADAPTER_FILES:
            shutil.copy2(src / name, tmp / name)
        meta = {**self.meta, "step": step, "epoch": state.epoch, "tokens_seen": int(state.num_input_tokens_seen or 0),
                "train_loss": self.last_loss, "val_loss": self.val_loss.get(step), "learning_rate": self.last_lr}
        self.run.publish_checkpoint(tmp, meta)  # the checkpoint appears whole or not at all


def truncate_metrics(path: Path, step: int) -> None:
    """Drop metrics logged after ``step`` (a resumed run logs them again)."""
    if not path.exists():
        return
    keep = [ln for ln in path.read_text().splitlines() if ln.strip() and json.loads(ln)["step"] <= step]
    path.write_text("".join(ln + "\n" for ln in keep))
