"""Training throughput on this CPU: SmolLM2-135M LoRA through codediv's train path vs plain TRL defaults.

All trainers run in one process on the same examples (the first solution of the first built-in
training problems, chat-formatted by ``codediv.prompts.training_messages`` and split into
prompt/completion pairs by ``codediv.train.load_split``), for the same number of optimizer steps,
batch size and max length:

1. codediv: ``codediv.train.build_trainer`` with the default config's settings (LoRA r 16,
   alpha 32, dropout 0.05 on all linear layers; no gradient checkpointing; completion-only
   loss), once with ``model.dtype=auto`` (fp32 weights; bf16 autocast on CPUs with native bf16)
   once with ``model.dtype=float32`` and once with ``model.dtype=bfloat16``;
2. plain TRL: ``SFTTrainer`` with ``SFTConfig`` defaults except output_dir, max_steps, batch
   size, max_length and use_cpu (so TRL's defaults stay on: bf16 autocast even on CPU, gradient
   checkpointing, its optimizer and schedule), on the model as ``from_pretrained`` loads it, with
   a plain PEFT ``LoraConfig`` of the same r, alpha, targets and dropout. Dropout is matched
   because it is an experiment setting, not part of the train path, and on CPU it is costly
   (a random mask on every LoRA input: about a third of the step time here).

Each trainer makes exactly one pass over the examples (steps x batch size = examples), so all
train on the same tokens, in different orders (their seeds differ). tokens/s = real (unpadded)
tokens / wall time of ``trainer.train()`` (model loading and tokenizing excluded). With
``--rounds`` above 1 the variants alternate and each one's best round counts, to even out load
from other processes. Target: codediv / TRL >= 1.

Usage: python bench/train_throughput.py [--steps 4] [--batch-size 4] [--max-length 512] [--rounds 1]
[--lora-dropout 0.05]. The float32 variant approximates a CPU without native bf16 (where auto is
float32), the kind the embedded default is sized for.
(about 3 minutes on 2 CPU cores; the converted SmolLM2 folder must exist or is made first, ~30 s).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.config import load_config  # noqa: E402
from codediv.model import load_model, load_tokenizer, resolve_base  # noqa: E402
from codediv.prompts import training_messages  # noqa: E402
from codediv.sources.builtin import load_builtin  # noqa: E402
from codediv.train import build_trainer, load_split  # noqa: E402


def examples(tok, n: int, max_length: int, folder: Path) -> list[dict]:
    """n prompt/completion rows, through the same loader the train stage uses."""
    path = folder / "train.jsonl"
    path.write_text("".join(json.dumps({"messages": training_messages(p, p.solutions[0])}) + "\n"
                            for p in load_builtin("train")[:2 * n]))
    rows, _ = load_split(path, tok, max_length)
    if len(rows) < n:
        raise SystemExit(f"only {len(rows)} usable examples at max_length {max_length}; lower --steps or --batch-size")
    return rows[:n]


def codediv_trainer(cfg, base: Path, tok, rows: list[dict], out: Path):
    return build_trainer(cfg, load_model(base, cfg.model.dtype), tok, rows, [], out, [], use_cpu=True)


def trl_trainer(cfg, base: Path, tok, rows: list[dict], out: Path):
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM
    from trl import SFTConfig, SFTTrainer
    args = SFTConfig(output_dir=str(out), max_steps=cfg.train.max_steps,
                     per_device_train_batch_size=cfg.train.batch_size, max_length=cfg.train.max_length, use_cpu=True)
    lora = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                      target_modules=cfg.lora.target_modules, task_type="CAUSAL_LM")
    return SFTTrainer(model=AutoModelForCausalLM.from_pretrained(base), args=args, train_dataset=Dataset.from_list(rows),
                      processing_class=tok, peft_config=lora)


def timed_train(make, cfg, base: Path, tok, rows: list[dict]) -> tuple[float, int]:
    """(seconds in trainer.train(), real tokens trained on)."""
    with tempfile.TemporaryDirectory() as d:
        trainer = make(cfg, base, tok, rows, Path(d))
        tokens = sum(len(ids) for ids in trainer.train_dataset["input_ids"])
        t0 = time.perf_counter()
        trainer.train()
        return time.perf_counter() - t0, tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--max-length", type=int, default=512)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--lora-dropout", type=float, default=0.05)
    args = ap.parse_args()
    common = [f"train.max_steps={args.steps}", f"train.batch_size={args.batch_size}",
              f"train.max_length={args.max_length}", "train.logging_steps=1000", f"lora.dropout={args.lora_dropout}"]
    cfg = load_config(None, common)
    base = resolve_base(cfg.model.base)
    tok = load_tokenizer(base)
    with tempfile.TemporaryDirectory() as d:
        rows = examples(tok, args.steps * args.batch_size, args.max_length, Path(d))
    variants = [("codediv, dtype auto", codediv_trainer, cfg),
                ("codediv, dtype float32", codediv_trainer, load_config(None, common + ["model.dtype=float32"])),
                ("codediv, dtype bfloat16", codediv_trainer, load_config(None, common + ["model.dtype=bfloat16"])),
                ("TRL defaults", trl_trainer, cfg)]
    best: dict[str, tuple[float, int]] = {}
    for r in range(args.rounds):
        for name, make, c in variants:
            dt, tokens = timed_train(make, c, base, tok, rows)
            print(f"round {r + 1}  {name:27s} {dt:6.1f} s  {tokens / dt:7.1f} tok/s", flush=True)
            if name not in best or dt < best[name][0]:
                best[name] = (dt, tokens)
    rate = {name: tokens / dt for name, (dt, tokens) in best.items()}
    trl = rate.pop("TRL defaults")
    print(f"SmolLM2-135M LoRA r={cfg.lora.r} on CPU: {args.steps} steps x batch {args.batch_size}, "
          f"max_length {args.max_length}, {best['TRL defaults'][1]} tokens; best of {args.rounds} round(s)")
    print(f"{'TRL defaults':27s} {trl:7.1f} tok/s")
    for name, v in rate.items():
        print(f"{name:27s} {v:7.1f} tok/s  = {v / trl:.2f}x TRL (target >= 1)")


if __name__ == "__main__":
    main()
